//! Design: DESIGN.md#compiler
//!
//! The single parse entry point ([`parse`]), CPython 3.13's SyntaxError
//! wording for `ruff_python_parser`'s errors, an AST validation pass for
//! what the parser accepts but CPython's compiler rejects ([`validate`]),
//! and CPython's printed form of a SyntaxError ([`format_syntax_error`]).
//!
//! Which error wins follows CPython: tokenizer errors (bracket mismatch,
//! unterminated strings, bad number literals, too many nested brackets) win
//! over any parser error wherever they are; indentation errors only if the
//! parser reaches them first; "'(' was never closed" if the parser error is
//! inside the unclosed bracket. The tokenizer part is `limits::scan`.

#![forbid(unsafe_code)]

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{
    self as ast, AnyNodeRef, Expr, ExprContext, Mod, Pattern, PythonVersion, Stmt, UnaryOp,
};
use ruff_python_parser::{
    parse_unchecked, InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    ParseOptions, Parsed, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange};

use super::limits;
use super::source::SourceMap;
use super::{CompileError, Mode};
use crate::error::ExcKind;

/// `end_offset` value standing for CPython's `-1`.
pub const END_NONE: u32 = u32::MAX;

/// Builds a CompileError at byte `start` (end at byte `end`, or a point if
/// `None`), with CPython's 1-based character columns and source line.
pub(crate) fn error_at(
    map: &SourceMap<'_>,
    filename: &str,
    kind: ExcKind,
    msg: String,
    start: usize,
    end: Option<usize>,
) -> CompileError {
    let len = map.text.len();
    let start = floor_char(map.text, start.min(len));
    let (lineno, offset) = map.line_char_col(start as u32);
    let (end_lineno, end_offset) = match end {
        Some(e) => map.line_char_col(floor_char(map.text, e.min(len)) as u32),
        None => (lineno, offset),
    };
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        lineno,
        offset,
        end_lineno,
        end_offset,
        text: line_with_newline(map, lineno),
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn line_with_newline(map: &SourceMap<'_>, line: u32) -> Option<String> {
    let t = map.line_text(line)?;
    let mut s = t.to_string();
    if map.line_count() > line || map.text.ends_with('\n') || map.text.ends_with('\r') {
        s.push('\n');
    }
    Some(s)
}

fn err_range(map: &SourceMap<'_>, filename: &str, kind: ExcKind, msg: impl Into<String>, r: TextRange) -> CompileError {
    error_at(map, filename, kind, msg.into(), r.start().to_usize(), Some(r.end().to_usize()))
}

fn syntax(map: &SourceMap<'_>, filename: &str, msg: impl Into<String>, r: TextRange) -> CompileError {
    err_range(map, filename, ExcKind::SyntaxError, msg, r)
}

/// Parses `source` as CPython 3.13 would (`Mode::Exec`/`Single`: a module;
/// `Mode::Eval`: an expression), with CPython's errors. The returned tree
/// is at most [`limits::MAX_AST_DEPTH`] deep.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Mod, CompileError> {
    let scan = limits::scan(source, filename);
    if let Some(e) = &scan.error {
        if e.hard {
            return Err(e.err.clone());
        }
    }
    let pmode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let parsed = parse_unchecked(source, ParseOptions::from(pmode).with_target_version(PythonVersion::PY313));
    let map = SourceMap::new(source);
    let (depth, _) = limits::ast_depth(parsed.syntax());
    let result = first_error(&parsed, &scan, &map, filename, source);
    let module = parsed.into_syntax();
    match result {
        Some(e) => {
            limits::dismantle(module);
            Err(e)
        }
        None => {
            if depth > limits::MAX_AST_DEPTH {
                let e = limits::check_ast(&module, &map, filename).err();
                limits::dismantle(module);
                return Err(e.expect("depth over limit"));
            }
            Ok(module)
        }
    }
}

fn first_error(
    parsed: &Parsed<Mod>,
    scan: &limits::Scan,
    map: &SourceMap<'_>,
    filename: &str,
    source: &str,
) -> Option<CompileError> {
    // The parser error CPython would meet first.
    let mut first: Option<(usize, Option<&ParseError>, Option<TextRange>, Option<UnsupportedSyntaxErrorKind>)> = None;
    for e in parsed.errors() {
        let p = e.location.start().to_usize();
        if first.as_ref().is_none_or(|f| p < f.0) {
            first = Some((p, Some(e), None, None));
        }
    }
    for u in parsed.unsupported_syntax_errors() {
        // PEP 810's `lazy import` is supported (the compiler checks where).
        if matches!(u.kind, UnsupportedSyntaxErrorKind::LazyImportStatement) {
            continue;
        }
        let p = u.range.start().to_usize();
        if first.as_ref().is_none_or(|f| p < f.0) {
            first = Some((p, None, Some(u.range), Some(u.kind)));
        }
    }
    if let Some(se) = &scan.error {
        // Soft tokenizer error: wins if the parser gets there first.
        if first.as_ref().is_none_or(|f| se.pos <= f.0) {
            return Some(se.err.clone());
        }
    }
    let (pos, perr, urange, ukind) = first?;
    if let Some(u) = &scan.unclosed {
        if pos >= u.outer_pos {
            return Some(u.err.clone());
        }
    }
    if let Some(e) = perr {
        return Some(map_parse_error(e, parsed, map, filename, source));
    }
    let r = urange.unwrap_or_default();
    let msg = match ukind {
        Some(UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes) => {
            "multiple exception types must be parenthesized"
        }
        Some(UnsupportedSyntaxErrorKind::UnpackingInComprehension(k)) => {
            if format!("{k:?}").contains("Dict") {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            }
        }
        Some(UnsupportedSyntaxErrorKind::LazyImportStatement) => {
            // CPython sees NAME 'lazy' then fails at the next token.
            let next = next_token_after(parsed, r.end().to_usize()).unwrap_or(r);
            return Some(syntax(map, filename, "invalid syntax", next));
        }
        _ => "invalid syntax",
    };
    Some(syntax(map, filename, msg, r))
}

fn next_token_after(parsed: &Parsed<Mod>, pos: usize) -> Option<TextRange> {
    parsed
        .tokens()
        .iter()
        .find(|t| t.start().to_usize() >= pos && !t.kind().is_trivia())
        .map(|t| t.range())
}

fn token_at(parsed: &Parsed<Mod>, pos: usize) -> Option<(TokenKind, TextRange)> {
    parsed
        .tokens()
        .iter()
        .find(|t| t.start().to_usize() <= pos && pos < t.end().to_usize().max(t.start().to_usize() + 1))
        .map(|t| (t.kind(), t.range()))
}

/// Byte offset just after the last non-blank character before `pos`.
fn trim_back(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let mut i = pos.min(b.len());
    while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r') {
        i -= 1;
    }
    i
}

/// All expression nodes, outermost first, with an explicit stack.
fn all_exprs(m: &Mod) -> Vec<&Expr> {
    let mut out = Vec::new();
    let mut stack = vec![limits::Child::Other(AnyNodeRef::from(m))];
    while let Some(c) = stack.pop() {
        if let limits::Child::Expr(e) = c {
            out.push(e);
        }
        let mut kids = limits::child_nodes(c.node());
        kids.reverse();
        stack.extend(kids);
    }
    out
}

/// Outermost expression with exactly this range.
fn find_expr<'a>(exprs: &[&'a Expr], r: TextRange) -> Option<&'a Expr> {
    exprs.iter().copied().find(|e| e.range() == r)
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Is `e` a `bitwise_or` in CPython's grammar (what
/// `invalid_named_expression` matches)?
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::BoolOp(_)
            | Expr::Compare(_)
            | Expr::Lambda(_)
            | Expr::If(_)
            | Expr::Named(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
            | Expr::Slice(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == UnaryOp::Not)
}

/// CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::Starred(s) => {
            if del {
                Some(e)
            } else {
                invalid_target(&s.value, del)
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

fn stmt_containing(m: &Mod, pos: usize, innermost: bool) -> Option<&Stmt> {
    let mut found = None;
    let mut stack = vec![limits::Child::Other(AnyNodeRef::from(m))];
    while let Some(c) = stack.pop() {
        if let limits::Child::Stmt(s) = c {
            let r = s.range();
            if r.start().to_usize() <= pos && pos < r.end().to_usize().max(r.start().to_usize() + 1) {
                found = Some(s);
                if !innermost {
                    break;
                }
            } else {
                continue;
            }
        }
        stack.extend(limits::child_nodes(c.node()));
    }
    found
}

fn map_parse_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    map: &SourceMap<'_>,
    filename: &str,
    source: &str,
) -> CompileError {
    let r = e.location;
    let p = r.start().to_usize();
    let module = parsed.syntax();
    let invalid = || syntax(map, filename, "invalid syntax", r);
    let node_at = |r: TextRange| -> Option<&Expr> {
        let exprs = all_exprs(module);
        find_expr(&exprs, r)
    };
    match &e.error {
        ParseErrorType::OtherError(msg) => {
            if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
                let (what, kw): (String, &str) = match rest {
                    "function definition" => ("function definition".into(), "def"),
                    "class definition" => ("class definition".into(), "class"),
                    _ => {
                        let k = rest.trim_start_matches('`');
                        let k = k.split('`').next().unwrap_or("");
                        (format!("'{k}' statement"), if k == "except*" { "except" } else { k })
                    }
                };
                let line = header_line(parsed, map, p, kw);
                let mut err = err_range(
                    map,
                    filename,
                    ExcKind::IndentationError,
                    format!("expected an indented block after {what} on line {line}"),
                    r,
                );
                if p >= trim_back(source, source.len()) {
                    // At end of file CPython (reading a file) reports offset 0.
                    err.lineno = map.line_of(trim_back(source, p) as u32);
                    err.end_lineno = err.lineno;
                    err.text = line_with_newline(map, err.lineno);
                    err.offset = 0;
                    err.end_offset = END_NONE;
                }
                return err;
            }
            if msg.starts_with("Expected `except` or `finally`") {
                return syntax(map, filename, "expected 'except' or 'finally' block", r);
            }
            if msg.starts_with("Cannot have both 'except' and 'except*'") {
                let r2 = TextRange::at(r.start(), 6.into());
                return syntax(map, filename, "cannot have both 'except' and 'except*' on the same 'try'", r2);
            }
            invalid()
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            if *expected == TokenKind::Colon && *found == TokenKind::Newline {
                return syntax(map, filename, "expected ':'", r);
            }
            if *expected == TokenKind::Colon && matches!(found, TokenKind::Rbrace | TokenKind::Comma) {
                let end = trim_back(source, p);
                let in_dict = all_exprs(module)
                    .iter()
                    .any(|e| matches!(e, Expr::Dict(_)) && e.start().to_usize() < p && p < e.end().to_usize());
                if in_dict && end > 0 {
                    let mut err = error_at(
                        map,
                        filename,
                        ExcKind::SyntaxError,
                        "':' expected after dictionary key".into(),
                        end - 1,
                        None,
                    );
                    err.end_offset = 0;
                    return err;
                }
            }
            if *found == TokenKind::Equal {
                // `if f() = 1:` — CPython's invalid_named_expression.
                let end = trim_back(source, p);
                let exprs = all_exprs(module);
                let lhs = exprs
                    .iter()
                    .copied()
                    .filter(|x| x.end().to_usize() == end)
                    .min_by_key(|x| x.start());
                if let Some(lhs) = lhs {
                    if let Expr::Name(_) = lhs {
                        let rhs = next_token_after(parsed, r.end().to_usize()).unwrap_or(r);
                        return syntax(
                            map,
                            filename,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            TextRange::new(lhs.start(), rhs.end()),
                        );
                    }
                    if is_bitwise_or(lhs)
                        && !matches!(
                            lhs,
                            Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)
                        )
                    {
                        return syntax(
                            map,
                            filename,
                            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(lhs)),
                            lhs.range(),
                        );
                    }
                }
                return invalid();
            }
            if *expected == TokenKind::Comma && found.as_augmented_assign_operator().is_some() {
                let s = stmt_start_before(parsed, p);
                let end = trim_back(source, p);
                return syntax(
                    map,
                    filename,
                    "'tuple' is an illegal expression for augmented assignment",
                    TextRange::new((s as u32).into(), (end as u32).into()),
                );
            }
            if *expected == TokenKind::Comma && starts_expression(*found) {
                let exprs = all_exprs(module);
                let end = trim_back(source, p);
                let b = exprs.iter().copied().filter(|x| x.start().to_usize() == p).max_by_key(|x| x.end());
                let a = exprs.iter().copied().filter(|x| x.end().to_usize() == end).min_by_key(|x| x.start());
                if let (Some(a), Some(b)) = (a, b) {
                    return syntax(
                        map,
                        filename,
                        "invalid syntax. Perhaps you forgot a comma?",
                        TextRange::new(a.start(), b.end()),
                    );
                }
            }
            invalid()
        }
        ParseErrorType::ExpectedExpression => {
            if let Some((TokenKind::Rbrace, _)) = token_at(parsed, p) {
                if in_fstring(module, p) {
                    return syntax(map, filename, "f-string: valid expression required before '}'", r);
                }
            }
            if let Some((k @ (TokenKind::Exclamation | TokenKind::Colon | TokenKind::Equal), _)) = token_at(parsed, p) {
                if in_fstring(module, p) {
                    let c = match k {
                        TokenKind::Exclamation => '!',
                        TokenKind::Colon => ':',
                        _ => '=',
                    };
                    return syntax(map, filename, format!("f-string: valid expression required before '{c}'"), r);
                }
            }
            invalid()
        }
        ParseErrorType::UnexpectedIndentation => {
            let mut err = err_range(map, filename, ExcKind::IndentationError, "unexpected indent", r);
            let line = map.line_text(err.lineno).unwrap_or("");
            let indent = line.chars().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
            err.offset = indent as u32;
            err.end_offset = END_NONE;
            err
        }
        ParseErrorType::Lexical(lex) => map_lexical(lex, r, parsed, map, filename, source),
        ParseErrorType::FStringError(f) | ParseErrorType::TStringError(f) => fstring_error(f, r, map, filename, source),
        ParseErrorType::InvalidAssignmentTarget => {
            let Some(node) = node_at(r) else { return invalid() };
            let stmt = stmt_containing(module, p, true);
            if let Some(Stmt::Assign(a)) = stmt {
                if a.targets.len() == 1
                    && a.targets[0].range() == node.range()
                    && is_bitwise_or(node)
                    && !matches!(
                        node,
                        Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)
                    )
                    && is_bitwise_or(&a.value)
                {
                    return syntax(
                        map,
                        filename,
                        format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(node)),
                        node.range(),
                    );
                }
            }
            let t = invalid_target(node, false).unwrap_or(node);
            if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) {
                return syntax(map, filename, "assignment to yield expression not possible", t.range());
            }
            syntax(map, filename, format!("cannot assign to {}", expr_name(t)), t.range())
        }
        ParseErrorType::InvalidDeleteTarget => {
            let Some(node) = node_at(r) else { return invalid() };
            let t = invalid_target(node, true).unwrap_or(node);
            syntax(map, filename, format!("cannot delete {}", expr_name(t)), t.range())
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let Some(node) = node_at(r) else { return invalid() };
            syntax(
                map,
                filename,
                format!("'{}' is an illegal expression for augmented assignment", expr_name(node)),
                r,
            )
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let Some(node) = node_at(r) else { return invalid() };
            match node {
                Expr::Tuple(_) | Expr::List(_) => syntax(
                    map,
                    filename,
                    format!("only single target (not {}) can be annotated", expr_name(node)),
                    r,
                ),
                _ => syntax(map, filename, "illegal target for annotation", r),
            }
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let name = node_at(r).map(expr_name).unwrap_or("expression");
            syntax(map, filename, format!("cannot use assignment expressions with {name}"), r)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax(map, filename, "parameter without a default follows parameter with a default", r)
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax(map, filename, "arguments cannot follow var-keyword argument", r)
        }
        ParseErrorType::VarParameterWithDefault => {
            let before = &source[..p.min(source.len())];
            let msg = if before.trim_end().ends_with("**") || source[p..].starts_with("**") {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            };
            syntax(map, filename, msg, r)
        }
        ParseErrorType::ExpectedKeywordParam => syntax(map, filename, "named arguments must follow bare *", r),
        ParseErrorType::PositionalAfterKeywordArgument | ParseErrorType::PositionalAfterKeywordUnpacking => {
            let msg = if matches!(e.error, ParseErrorType::PositionalAfterKeywordArgument) {
                "positional argument follows keyword argument"
            } else {
                "positional argument follows keyword argument unpacking"
            };
            // CPython points at the token after the arguments (the `)`).
            let close = all_exprs(module)
                .iter()
                .filter_map(|x| match x {
                    Expr::Call(c) if c.arguments.start().to_usize() <= p && p < c.arguments.end().to_usize() => {
                        Some(c.arguments.end())
                    }
                    _ => None,
                })
                .min();
            match close {
                Some(end) if end.to_usize() > 0 => {
                    let s = end.to_usize() - 1;
                    error_at(map, filename, ExcKind::SyntaxError, msg.into(), s, Some(end.to_usize()))
                }
                _ => syntax(map, filename, msg, r),
            }
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            syntax(map, filename, "iterable argument unpacking follows keyword argument unpacking", r)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax(map, filename, "Generator expression must be parenthesized", r)
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax(map, filename, "iterable unpacking cannot be used in comprehension", r)
        }
        ParseErrorType::InvalidStarredExpressionUsage => syntax(map, filename, "can't use starred expression here", r),
        ParseErrorType::InvalidMatchPatternTarget => syntax(map, filename, "cannot use '_' as a target", r),
        ParseErrorType::ExpectedRealNumber => syntax(map, filename, "real number required in complex literal", r),
        ParseErrorType::ExpectedImaginaryNumber => {
            syntax(map, filename, "imaginary number required in complex literal", r)
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            // `print "x"`: CPython's invalid_legacy_expression.
            let end = trim_back(source, p);
            let exprs = all_exprs(module);
            let prev = exprs.iter().copied().filter(|x| x.end().to_usize() == end).min_by_key(|x| x.start());
            if let Some(Expr::Name(n)) = prev {
                if (n.id.as_str() == "print" || n.id.as_str() == "exec") && !source[p..].starts_with('(') {
                    let next = exprs.iter().copied().filter(|x| x.start().to_usize() == p).max_by_key(|x| x.end());
                    let stop = next.map(|x| x.end()).unwrap_or(r.end());
                    let id = n.id.as_str();
                    return syntax(
                        map,
                        filename,
                        format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
                        TextRange::new(n.start(), stop),
                    );
                }
            }
            let tok = token_at(parsed, p).map(|t| t.1).unwrap_or(r);
            syntax(map, filename, "invalid syntax", tok)
        }
        ParseErrorType::SimpleAndCompoundStatementOnSameLine => {
            let tok = token_at(parsed, p).map(|t| t.1).unwrap_or(r);
            syntax(map, filename, "invalid syntax", tok)
        }
        _ => {
            let tok = token_at(parsed, p).map(|t| t.1).unwrap_or(r);
            syntax(map, filename, "invalid syntax", tok)
        }
    }
}

fn starts_expression(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Ellipsis
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::Not
    )
}

fn in_fstring(m: &Mod, pos: usize) -> bool {
    all_exprs(m).iter().any(|e| {
        matches!(e, Expr::FString(_) | Expr::TString(_))
            && e.start().to_usize() < pos
            && pos < e.end().to_usize()
    })
}

/// Byte offset of the first token of the logical line containing `pos`.
fn stmt_start_before(parsed: &Parsed<Mod>, pos: usize) -> usize {
    let mut start = 0;
    for t in parsed.tokens().iter() {
        if t.start().to_usize() >= pos {
            break;
        }
        match t.kind() {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi | TokenKind::Colon => {
                start = t.end().to_usize();
            }
            _ => {}
        }
    }
    let b = parsed.tokens().iter().find(|t| t.start().to_usize() >= start && !t.kind().is_trivia());
    b.map(|t| t.start().to_usize()).unwrap_or(start)
}

/// Line of the nearest keyword `kw` token before `pos` (the block header).
fn header_line(parsed: &Parsed<Mod>, map: &SourceMap<'_>, pos: usize, kw: &str) -> u32 {
    let src = map.text;
    let mut line = map.line_of(pos as u32);
    for t in parsed.tokens().iter() {
        if t.start().to_usize() >= pos {
            break;
        }
        let text = &src[t.range()];
        if text == kw {
            line = map.line_of(t.start().to_u32());
        }
    }
    line
}

fn map_lexical(
    lex: &LexicalErrorType,
    r: TextRange,
    parsed: &Parsed<Mod>,
    map: &SourceMap<'_>,
    filename: &str,
    source: &str,
) -> CompileError {
    let p = r.start().to_usize();
    match lex {
        LexicalErrorType::IndentationError => {
            let mut e = err_range(
                map,
                filename,
                ExcKind::IndentationError,
                "unindent does not match any outer indentation level",
                r,
            );
            let len = map.line_text(e.lineno).map(|t| t.chars().count()).unwrap_or(0);
            e.offset = len as u32 + 1;
            e.end_offset = END_NONE;
            e
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            if (*tok as u32) < 0x80 {
                syntax(map, filename, "invalid syntax", r)
            } else {
                error_at(
                    map,
                    filename,
                    ExcKind::SyntaxError,
                    format!("invalid character '{}' (U+{:04X})", tok, *tok as u32),
                    p,
                    Some(p),
                )
            }
        }
        LexicalErrorType::InvalidByteLiteral => {
            let tr = parsed
                .tokens()
                .iter()
                .find(|t| t.start().to_usize() <= p && p < t.end().to_usize())
                .map(|t| t.range())
                .unwrap_or(r);
            syntax(map, filename, "bytes can only contain ASCII literal characters", tr)
        }
        LexicalErrorType::UnclosedStringError => {
            let line = map.line_of(trim_back(source, r.end().to_usize()) as u32);
            error_at(
                map,
                filename,
                ExcKind::SyntaxError,
                format!("unterminated string literal (detected at line {line})"),
                p,
                Some(p),
            )
        }
        LexicalErrorType::Eof => syntax(map, filename, "unexpected EOF while parsing", r),
        LexicalErrorType::LineContinuationError => {
            syntax(map, filename, "unexpected character after line continuation character", r)
        }
        LexicalErrorType::FStringError(f) | LexicalErrorType::TStringError(f) => {
            fstring_error(f, r, map, filename, source)
        }
        LexicalErrorType::UnicodeError | LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace => {
            syntax(
                map,
                filename,
                "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape",
                r,
            )
        }
        _ => syntax(map, filename, "invalid syntax", r),
    }
}

fn fstring_error(
    f: &InterpolatedStringErrorType,
    r: TextRange,
    map: &SourceMap<'_>,
    filename: &str,
    source: &str,
) -> CompileError {
    let msg = match f {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'".to_string(),
        InterpolatedStringErrorType::InvalidConversionFlag => {
            let c = source[r.start().to_usize().min(source.len())..].chars().next().unwrap_or('}');
            if c == '}' || c == ':' || r.is_empty() {
                "f-string: missing conversion character".to_string()
            } else {
                format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'")
            }
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed".to_string(),
        InterpolatedStringErrorType::UnterminatedString => {
            let line = map.line_of(r.end().to_u32());
            format!("unterminated f-string literal (detected at line {line})")
        }
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            let line = map.line_of(r.end().to_u32());
            format!("unterminated triple-quoted f-string literal (detected at line {line})")
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".to_string()
        }
        InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: conversion type must come right after the exclamanation mark".to_string()
        }
        InterpolatedStringErrorType::NewlineInFormatSpec => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings".to_string()
        }
    };
    syntax(map, filename, msg, r)
}

// ---------------------------------------------------------------------------
// Validation: what ruff accepts but CPython's compiler rejects.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Func {
    /// Module or class body.
    None,
    Sync,
    Async,
    Lambda,
}

#[derive(Clone, Copy)]
struct Ctx {
    func: Func,
    in_loop: bool,
    /// Innermost comprehension between here and the enclosing function.
    comp: Option<&'static str>,
    module_level: bool,
}

/// Checks the parsed tree for the errors CPython's compiler (not its
/// symbol table) raises: 'return'/'yield'/'await' outside function,
/// 'break'/'continue' outside loop, repeated keyword arguments, starred
/// assignment targets, assignment to `__debug__`, `__future__` imports,
/// asynchronous comprehensions outside async functions, `async for`/`async
/// with` outside async functions, unreachable match patterns.
///
/// Call after [`limits::check_ast`]-bounded parsing ([`parse`] does it);
/// it walks with an explicit stack anyway.
pub fn validate(module: &Mod, source: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    let map = source;
    let err = |msg: String, r: TextRange| Err(syntax(map, filename, msg, r));
    if let Mod::Module(m) = module {
        check_future(&m.body, map, filename)?;
    }
    let top = Ctx { func: Func::None, in_loop: false, comp: None, module_level: true };
    let mut stack: Vec<(AnyNodeRef<'_>, Ctx)> = vec![(AnyNodeRef::from(module), top)];
    while let Some((node, ctx)) = stack.pop() {
        let mut kids: Vec<(AnyNodeRef<'_>, Ctx)> = Vec::new();
        let inner = |func: Func| Ctx { func, in_loop: false, comp: None, module_level: false };
        match node {
            AnyNodeRef::StmtFunctionDef(f) => {
                debug_name(&f.name, map, filename)?;
                let body_ctx = inner(if f.is_async { Func::Async } else { Func::Sync });
                for c in limits::children(node) {
                    let in_body = c.as_stmt_ref().is_some();
                    let is_params = matches!(c, AnyNodeRef::Parameters(_));
                    if is_params {
                        check_params(&f.parameters, map, filename)?;
                    }
                    kids.push((c, if in_body { body_ctx } else { ctx }));
                }
            }
            AnyNodeRef::ExprLambda(l) => {
                if let Some(p) = &l.parameters {
                    check_params(p, map, filename)?;
                }
                for c in limits::children(node) {
                    let is_body = c.ptr_eq(AnyNodeRef::from(&*l.body));
                    kids.push((c, if is_body { inner(Func::Lambda) } else { ctx }));
                }
            }
            AnyNodeRef::StmtClassDef(c) => {
                debug_name(&c.name, map, filename)?;
                if let Some(args) = &c.arguments {
                    dup_keywords(&args.keywords, map, filename)?;
                }
                let body_ctx = Ctx { func: Func::None, in_loop: false, comp: None, module_level: false };
                for ch in limits::children(node) {
                    let in_body = ch.as_stmt_ref().is_some();
                    kids.push((ch, if in_body { body_ctx } else { ctx }));
                }
            }
            AnyNodeRef::StmtFor(f) => {
                if f.is_async && ctx.func != Func::Async {
                    return err("'async for' outside async function".into(), f.range());
                }
                check_store_target(&f.target, map, filename)?;
                let body_end = f.body.last().map(|s| s.end()).unwrap_or(f.start());
                for c in limits::children(node) {
                    let in_body = c.as_stmt_ref().is_some() && c.start() < body_end;
                    kids.push((c, Ctx { in_loop: in_body || (ctx.in_loop && c.as_stmt_ref().is_some()), ..ctx }));
                }
            }
            AnyNodeRef::StmtWhile(w) => {
                let body_end = w.body.last().map(|s| s.end()).unwrap_or(w.start());
                for c in limits::children(node) {
                    let in_body = c.as_stmt_ref().is_some() && c.start() < body_end;
                    kids.push((c, Ctx { in_loop: in_body || ctx.in_loop, ..ctx }));
                }
            }
            AnyNodeRef::StmtWith(w) => {
                if w.is_async && ctx.func != Func::Async {
                    return err("'async with' outside async function".into(), w.range());
                }
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        check_store_target(v, map, filename)?;
                    }
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtReturn(r) => {
                if ctx.func == Func::None {
                    return err("'return' outside function".into(), r.range());
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtBreak(b) => {
                if !ctx.in_loop {
                    return err("'break' outside loop".into(), b.range());
                }
            }
            AnyNodeRef::StmtContinue(c) => {
                if !ctx.in_loop {
                    return err("'continue' not properly in loop".into(), c.range());
                }
            }
            AnyNodeRef::StmtAssign(a) => {
                for t in &a.targets {
                    check_store_target(t, map, filename)?;
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtAugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    if n.id.as_str() == "__debug__" {
                        return err("cannot assign to __debug__".into(), n.range());
                    }
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtAnnAssign(a) => {
                check_store_target(&a.target, map, filename)?;
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtDelete(d) => {
                for t in &d.targets {
                    if let Expr::Name(n) = t {
                        if n.id.as_str() == "__debug__" {
                            return err("cannot delete __debug__".into(), n.range());
                        }
                    }
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::StmtImport(i) => {
                for a in &i.names {
                    let name = a.asname.as_ref().map(|n| n.as_str()).unwrap_or(a.name.as_str());
                    if name == "__debug__" {
                        return err("cannot assign to __debug__".into(), a.range());
                    }
                }
            }
            AnyNodeRef::StmtImportFrom(i) => {
                if !ctx.module_level && i.module.as_deref() == Some("__future__") {
                    return err(
                        "from __future__ imports must occur at the beginning of the file".into(),
                        i.range(),
                    );
                }
                for a in &i.names {
                    let name = a.asname.as_ref().map(|n| n.as_str()).unwrap_or(a.name.as_str());
                    if name == "__debug__" {
                        return err("cannot assign to __debug__".into(), a.range());
                    }
                }
            }
            AnyNodeRef::StmtMatch(m) => {
                let n = m.cases.len();
                for (i, case) in m.cases.iter().enumerate() {
                    if i + 1 < n && case.guard.is_none() {
                        if let Some(msg) = irrefutable(&case.pattern) {
                            return err(msg, case.pattern.range());
                        }
                    }
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::ExprYield(_) | AnyNodeRef::ExprYieldFrom(_) => {
                let r = node.range();
                if let Some(kind) = ctx.comp {
                    return err(format!("'yield' inside {kind}"), r);
                }
                if ctx.func == Func::None {
                    return err("'yield' outside function".into(), r);
                }
                if ctx.func == Func::Async && matches!(node, AnyNodeRef::ExprYieldFrom(_)) {
                    return err("'yield from' inside async function".into(), r);
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::ExprAwait(a) => {
                match (ctx.comp, ctx.func) {
                    (Some(k), f) if k != "generator expression" && f != Func::Async => {
                        return err("asynchronous comprehension outside of an asynchronous function".into(), a.range());
                    }
                    (_, Func::None) => return err("'await' outside function".into(), a.range()),
                    (Some("generator expression"), _) => {}
                    (_, Func::Sync | Func::Lambda) => {
                        return err("'await' outside async function".into(), a.range());
                    }
                    _ => {}
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::ExprCall(c) => {
                dup_keywords(&c.arguments.keywords, map, filename)?;
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::ExprNamed(n) => {
                if let Expr::Name(t) = &*n.target {
                    if t.id.as_str() == "__debug__" {
                        return err("cannot assign to __debug__".into(), t.range());
                    }
                }
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
            AnyNodeRef::ExprListComp(_) | AnyNodeRef::ExprSetComp(_) | AnyNodeRef::ExprDictComp(_) | AnyNodeRef::ExprGenerator(_) => {
                let (kind, gens, elts): (&'static str, &[ast::Comprehension], Vec<&Expr>) = match node {
                    AnyNodeRef::ExprListComp(c) => ("list comprehension", &c.generators, vec![&*c.elt]),
                    AnyNodeRef::ExprSetComp(c) => ("set comprehension", &c.generators, vec![&*c.elt]),
                    AnyNodeRef::ExprDictComp(c) => ("dict comprehension", &c.generators, c.key.iter().map(|k| &**k).chain(std::iter::once(&*c.value)).collect()),
                    AnyNodeRef::ExprGenerator(c) => ("generator expression", &c.generators, vec![&*c.elt]),
                    _ => unreachable!(),
                };
                let is_async = gens.iter().any(|g| g.is_async);
                if is_async && kind != "generator expression" && ctx.func != Func::Async {
                    // Allowed inside another comprehension of an async function (3.11+).
                    let nested_ok = ctx.comp.is_some() && ctx.func == Func::Async;
                    if !nested_ok {
                        return err(
                            "asynchronous comprehension outside of an asynchronous function".into(),
                            node.range(),
                        );
                    }
                }
                let ci = Ctx { comp: Some(kind), in_loop: false, module_level: false, ..ctx };
                for e in elts {
                    kids.push((AnyNodeRef::from(e), ci));
                }
                for (k, g) in gens.iter().enumerate() {
                    check_store_target(&g.target, map, filename)?;
                    kids.push((AnyNodeRef::from(&g.target), ci));
                    kids.push((AnyNodeRef::from(&g.iter), if k == 0 { ctx } else { ci }));
                    for i in &g.ifs {
                        kids.push((AnyNodeRef::from(i), ci));
                    }
                }
            }
            _ => {
                kids.extend(limits::children(node).into_iter().map(|c| (c, ctx)));
            }
        }
        // Source order: push in reverse.
        kids.sort_by_key(|(n, _)| std::cmp::Reverse(n.start()));
        stack.extend(kids);
    }
    Ok(())
}

fn debug_name(id: &ast::Identifier, map: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    if id.as_str() == "__debug__" {
        return Err(syntax(map, filename, "cannot assign to __debug__", id.range()));
    }
    Ok(())
}

fn check_params(p: &ast::Parameters, map: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    for param in p.iter() {
        debug_name(param.name(), map, filename)?;
    }
    Ok(())
}

fn dup_keywords(kws: &[ast::Keyword], map: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    let mut seen: Vec<&str> = Vec::new();
    for k in kws {
        if let Some(a) = &k.arg {
            if a.as_str() == "__debug__" {
                return Err(syntax(map, filename, "cannot assign to __debug__", k.range()));
            }
            if seen.contains(&a.as_str()) {
                return Err(syntax(map, filename, format!("keyword argument repeated: {}", a.as_str()), k.range()));
            }
            seen.push(a.as_str());
        }
    }
    Ok(())
}

/// Starred-target rules and `__debug__` for an assignment target, with an
/// explicit stack.
fn check_store_target(t: &Expr, map: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    if let Expr::Starred(s) = t {
        return Err(syntax(map, filename, "starred assignment target must be in a list or tuple", s.range()));
    }
    let mut stack = vec![t];
    while let Some(e) = stack.pop() {
        match e {
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if elts.iter().filter(|x| x.is_starred_expr()).count() > 1 {
                    return Err(syntax(map, filename, "multiple starred expressions in assignment", e.range()));
                }
                for x in elts {
                    match x {
                        Expr::Starred(s) => stack.push(&s.value),
                        _ => stack.push(x),
                    }
                }
            }
            Expr::Name(n) if n.ctx == ExprContext::Store && n.id.as_str() == "__debug__" => {
                return Err(syntax(map, filename, "cannot assign to __debug__", n.range()));
            }
            Expr::Attribute(a) if a.ctx == ExprContext::Store && a.attr.as_str() == "__debug__" => {
                return Err(syntax(map, filename, "cannot assign to __debug__", a.range()));
            }
            _ => {}
        }
    }
    Ok(())
}

fn irrefutable(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
            None => "wildcard makes remaining patterns unreachable".to_string(),
        }),
        Pattern::MatchAs(a) => a.pattern.as_deref().and_then(irrefutable),
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn check_future(body: &[Stmt], map: &SourceMap<'_>, filename: &str) -> Result<(), CompileError> {
    let mut allowed = true;
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") => {
                if !allowed {
                    return Err(syntax(
                        map,
                        filename,
                        "from __future__ imports must occur at the beginning of the file",
                        f.range(),
                    ));
                }
                for a in &f.names {
                    let n = a.name.as_str();
                    if n == "braces" {
                        let mut e = error_at(map, filename, ExcKind::SyntaxError, "not a chance".into(), f.start().to_usize(), None);
                        e.end_offset = 0;
                        return Err(e);
                    }
                    if !FUTURE_FEATURES.contains(&n) {
                        let mut e = error_at(
                            map,
                            filename,
                            ExcKind::SyntaxError,
                            format!("future feature {n} is not defined"),
                            f.start().to_usize(),
                            None,
                        );
                        e.end_offset = 0;
                        return Err(e);
                    }
                }
            }
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            _ => allowed = false,
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Printing

/// CPython 3.13's printed form of a SyntaxError (traceback.py's
/// `_format_syntax_error`, no colour), ending with a newline.
pub fn format_syntax_error(e: &CompileError) -> String {
    let mut out = String::new();
    let stype = e.kind.name();
    let mut suffix = String::new();
    if e.lineno != 0 {
        out.push_str(&format!("  File \"{}\", line {}\n", if e.filename.is_empty() { "<string>" } else { &e.filename }, e.lineno));
    } else {
        suffix = format!(" ({})", e.filename);
    }
    let is_syntax = matches!(e.kind, ExcKind::SyntaxError | ExcKind::IndentationError | ExcKind::TabError);
    if let (Some(text), true) = (&e.text, is_syntax && e.lineno != 0) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let rlen = rtext.chars().count() as i64;
        let spaces = rlen - ltext.chars().count() as i64;
        let tlen = text.chars().count() as i64;
        let mut offset = e.offset as i64;
        let end = if e.end_offset == END_NONE { -1 } else { e.end_offset as i64 };
        let mut end_offset = if e.lineno == e.end_lineno {
            if end == 0 {
                offset
            } else {
                end
            }
        } else {
            rlen + 1
        };
        if tlen > 0 && offset > tlen {
            offset = rlen + 1;
        }
        if tlen > 0 && end_offset > tlen {
            end_offset = rlen + 1;
        }
        if offset >= end_offset || end_offset < 0 {
            end_offset = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end_offset - 1 - spaces;
        out.push_str(&format!("    {ltext}\n"));
        if colno >= 0 {
            let caretspace: String =
                ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
            let n = (end_colno - colno).max(0) as usize;
            out.push_str(&format!("    {}{}\n", caretspace, "^".repeat(n)));
        }
    }
    out.push_str(&format!("{}: {}{}\n", stype, if e.msg.is_empty() { "<no detail available>" } else { &e.msg }, suffix));
    out
}
