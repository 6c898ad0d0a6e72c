//! Design: DESIGN.md#compiler
//!
//! Nesting limits, so that deep input never overflows the stack.
//!
//! * [`check_source`] / [`scan`]: a linear pre-scan of the source that
//!   emulates the parts of CPython 3.13's tokenizer that raise errors: bracket
//!   matching ("unmatched ')'", "closing parenthesis ... does not match",
//!   "'(' was never closed"), the limits (200 nested brackets, 150 nested
//!   f-strings, 100 indentation levels), indentation errors (TabError,
//!   "unindent does not match ..."), unterminated strings and malformed
//!   number literals. It runs before the parser and never recurses.
//! * [`check_ast`]: an explicit-stack walk bounding the depth of the AST at
//!   CPython's limit ([`MAX_AST_DEPTH`], "maximum recursion depth exceeded
//!   during compilation"), so later recursive passes stay within a known
//!   stack budget.
//! * [`dismantle`]: drops an AST of any depth without recursion (the derived
//!   `Drop` of a 200,000-deep `a+a+…` tree overflows an 8 MiB stack at about
//!   130,000 levels, 64 bytes per level).
//!
//! `ruff_python_parser` itself grows its stack with `stacker`, so parsing
//! never overflows; only dropping or walking the result recursively does.

#![forbid(unsafe_code)]

use std::cell::RefCell;

use ruff_python_ast::visitor::source_order::{SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{AnyNodeRef, Expr, Mod};
use ruff_text_size::Ranged;

use super::source::SourceMap;
use super::CompileError;
use crate::error::ExcKind;

/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
pub const MAX_PAREN_LEVEL: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`).
pub const MAX_INDENT: usize = 100;
/// CPython's limit on nested f-strings (`MAX_EXPR_NESTING` + 1).
pub const MAX_FSTRING_LEVEL: usize = 150;
/// Deepest statement/expression/pattern nesting accepted: CPython 3.13
/// compiles a 9,997-term `a+a+…` (depth 9,998 counting the statement) and
/// raises RecursionError for 9,998 terms.
pub const MAX_AST_DEPTH: usize = 9998;

/// An error found by the pre-scan.
#[derive(Debug, Clone)]
pub struct ScanError {
    pub err: CompileError,
    /// CPython raises these from the tokenizer with an exception set, so
    /// they win over any parser error, wherever it is. Soft ones
    /// (indentation, line continuation) only win if the parser reaches them
    /// before failing.
    pub hard: bool,
    /// Byte offset where the parser would meet the error.
    pub pos: usize,
}

/// Brackets still open at end of file.
#[derive(Debug, Clone)]
pub struct Unclosed {
    /// "'(' was never closed" at the innermost open bracket.
    pub err: CompileError,
    /// Byte offset of the outermost open bracket.
    pub outer_pos: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub error: Option<ScanError>,
    pub unclosed: Option<Unclosed>,
}

/// Cheap pre-scan before parsing: any tokenizer-level error CPython would
/// raise (see module docs). `Ok` means the parser may run.
pub fn check_source(source: &str, filename: &str) -> Result<(), CompileError> {
    let s = scan(source, filename);
    if let Some(e) = s.error {
        return Err(e.err);
    }
    if let Some(u) = s.unclosed {
        return Err(u.err);
    }
    Ok(())
}

fn mk(
    map: &SourceMap<'_>,
    filename: &str,
    kind: ExcKind,
    msg: String,
    start: usize,
    end: Option<usize>,
) -> CompileError {
    super::errors::error_at(map, filename, kind, msg, start, end)
}

#[derive(Clone, Copy)]
enum Ctx {
    Code,
    /// Literal part of an f-string.
    FStr { quote: u8, triple: bool, start: usize },
    /// Replacement field; `depth` = bracket-stack length including its `{`.
    Field { depth: usize },
    /// Format spec of the field below it.
    Spec { depth: usize },
}

struct Bracket {
    ch: u8,
    pos: usize,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Runs the tokenizer emulation and reports the first error (it stops
/// there, as CPython's tokenizer does) and brackets left open at EOF.
pub fn scan(source: &str, filename: &str) -> Scan {
    let map = SourceMap::new(source);
    let b = source.as_bytes();
    let n = b.len();
    let mut out = Scan::default();
    if source.len() >= u32::MAX as usize {
        // ruff_python_parser asserts sources are below 4 GiB.
        let err = CompileError {
            kind: ExcKind::MemoryError,
            msg: "source code too large".into(),
            filename: filename.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        };
        out.error = Some(ScanError { err, hard: true, pos: 0 });
        return out;
    }
    if let Some(p) = b.iter().position(|&c| c == 0) {
        let err = CompileError {
            kind: ExcKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        };
        out.error = Some(ScanError { err, hard: true, pos: p });
        return out;
    }
    let mut ctx: Vec<Ctx> = vec![Ctx::Code];
    let mut parens: Vec<Bracket> = Vec::new();
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut fstrings = 0usize;
    let mut at_line_start = true;
    let mut i = 0usize;
    // Skip a UTF-8 BOM.
    if source.starts_with('\u{feff}') {
        i = 3;
    }
    macro_rules! fail {
        ($hard:expr, $kind:expr, $msg:expr, $start:expr, $end:expr, $pos:expr) => {{
            let err = mk(&map, filename, $kind, $msg, $start, $end);
            out.error = Some(ScanError { err, hard: $hard, pos: $pos });
            return out;
        }};
    }
    let detected_line = |map: &SourceMap<'_>| -> u32 {
        let l = map.line_of(n as u32);
        if n > 0 && (b[n - 1] == b'\n' || b[n - 1] == b'\r') && l > 1 {
            l - 1
        } else {
            l
        }
    };
    while i < n {
        let top = *ctx.last().unwrap();
        match top {
            Ctx::Code | Ctx::Field { .. } => {
                if at_line_start && matches!(top, Ctx::Code) && parens.is_empty() {
                    at_line_start = false;
                    let line_start = i;
                    let (mut col, mut alt) = (0usize, 0usize);
                    while i < n {
                        match b[i] {
                            b' ' => {
                                col += 1;
                                alt += 1;
                            }
                            b'\t' => {
                                col = (col / 8 + 1) * 8;
                                alt += 1;
                            }
                            0x0c => {
                                col = 0;
                                alt = 0;
                            }
                            _ => break,
                        }
                        i += 1;
                    }
                    if i >= n || matches!(b[i], b'#' | b'\n' | b'\r') {
                        // Blank line: no indentation change.
                        continue;
                    }
                    let (tcol, talt) = *indents.last().unwrap();
                    let tab_err = "inconsistent use of tabs and spaces in indentation".to_string();
                    if col == tcol {
                        if alt != talt {
                            fail!(false, ExcKind::TabError, tab_err, line_start, Some(line_start), line_start);
                        }
                    } else if col > tcol {
                        if indents.len() >= MAX_INDENT {
                            fail!(
                                false,
                                ExcKind::IndentationError,
                                "too many levels of indentation".into(),
                                line_start,
                                Some(line_start),
                                line_start
                            );
                        }
                        if alt <= talt {
                            fail!(false, ExcKind::TabError, tab_err, line_start, Some(line_start), line_start);
                        }
                        indents.push((col, alt));
                    } else {
                        while indents.len() > 1 && col < indents.last().unwrap().0 {
                            indents.pop();
                        }
                        let (tcol, talt) = *indents.last().unwrap();
                        if col != tcol {
                            let mut e = mk(
                                &map,
                                filename,
                                ExcKind::IndentationError,
                                "unindent does not match any outer indentation level".into(),
                                line_start,
                                None,
                            );
                            let len = map.line_text(e.lineno).map(|t| t.chars().count()).unwrap_or(0);
                            e.offset = len as u32 + 1;
                            e.end_offset = u32::MAX; // CPython: -1
                            out.error = Some(ScanError { err: e, hard: false, pos: line_start });
                            return out;
                        }
                        if alt != talt {
                            fail!(false, ExcKind::TabError, tab_err, line_start, Some(line_start), line_start);
                        }
                    }
                    continue;
                }
                let c = b[i];
                match c {
                    b' ' | b'\t' | 0x0c => i += 1,
                    b'#' => {
                        while i < n && b[i] != b'\n' && b[i] != b'\r' {
                            i += 1;
                        }
                    }
                    b'\n' | b'\r' => {
                        if c == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                            i += 1;
                        }
                        i += 1;
                        if parens.is_empty() && matches!(top, Ctx::Code) {
                            at_line_start = true;
                        }
                    }
                    b'\\' => {
                        if i + 1 < n && (b[i + 1] == b'\n' || b[i + 1] == b'\r') {
                            i += if b[i + 1] == b'\r' && i + 2 < n && b[i + 2] == b'\n' { 3 } else { 2 };
                            if i >= n {
                                let mut e = mk(
                                    &map,
                                    filename,
                                    ExcKind::SyntaxError,
                                    "unexpected EOF while parsing".into(),
                                    n - 1,
                                    None,
                                );
                                let len = map.line_text(e.lineno).map(|t| t.chars().count()).unwrap_or(0);
                                e.offset = len as u32 + 1;
                                e.end_offset = u32::MAX;
                                out.error = Some(ScanError { err: e, hard: false, pos: n });
                                return out;
                            }
                        } else if i + 1 >= n {
                            // Backslash at EOF: leave it to the parser.
                            i += 1;
                        } else {
                            let mut e = mk(
                                &map,
                                filename,
                                ExcKind::SyntaxError,
                                "unexpected character after line continuation character".into(),
                                i + 1,
                                None,
                            );
                            e.end_offset = 0;
                            out.error = Some(ScanError { err: e, hard: false, pos: i });
                            return out;
                        }
                    }
                    b'(' | b'[' | b'{' => {
                        if parens.len() >= MAX_PAREN_LEVEL {
                            fail!(true, ExcKind::SyntaxError, "too many nested parentheses".into(), i, Some(i), i);
                        }
                        parens.push(Bracket { ch: c, pos: i });
                        i += 1;
                    }
                    b')' | b']' | b'}' => {
                        match top {
                            Ctx::Field { depth } if c == b'}' && parens.len() == depth => {
                                parens.pop();
                                ctx.pop();
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                        let Some(open) = parens.last() else {
                            fail!(
                                true,
                                ExcKind::SyntaxError,
                                format!("unmatched '{}'", c as char),
                                i,
                                Some(i),
                                i
                            );
                        };
                        let want = match open.ch {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if want != c {
                            let oline = map.line_of(open.pos as u32);
                            let cline = map.line_of(i as u32);
                            let msg = if oline != cline {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    c as char, open.ch as char, oline
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open.ch as char
                                )
                            };
                            fail!(true, ExcKind::SyntaxError, msg, i, Some(i), i);
                        }
                        parens.pop();
                        i += 1;
                    }
                    b':' => {
                        if let Ctx::Field { depth } = top {
                            if parens.len() == depth {
                                ctx.push(Ctx::Spec { depth });
                            }
                        }
                        i += 1;
                    }
                    b'"' | b'\'' => {
                        match string(&map, filename, b, i, i, false, false, &mut ctx, &mut fstrings, &mut parens) {
                            Ok(next) => i = next,
                            Err(e) => {
                                out.error = Some(e);
                                return out;
                            }
                        }
                    }
                    b'0'..=b'9' => match number(&map, filename, b, i) {
                        Ok(next) => i = next,
                        Err(e) => {
                            out.error = Some(e);
                            return out;
                        }
                    },
                    b'.' if i + 1 < n && b[i + 1].is_ascii_digit() => match number(&map, filename, b, i) {
                        Ok(next) => i = next,
                        Err(e) => {
                            out.error = Some(e);
                            return out;
                        }
                    },
                    _ if is_ident_byte(c) => {
                        let start = i;
                        while i < n && is_ident_byte(b[i]) {
                            i += 1;
                        }
                        if i < n && (b[i] == b'"' || b[i] == b'\'') {
                            let p = source[start..i].to_ascii_lowercase();
                            let (is_f, raw) = match p.as_str() {
                                "r" => (false, true),
                                "u" | "b" => (false, false),
                                "br" | "rb" => (false, true),
                                "f" => (true, false),
                                "fr" | "rf" => (true, true),
                                _ => {
                                    continue;
                                }
                            };
                            match string(&map, filename, b, start, i, is_f, raw, &mut ctx, &mut fstrings, &mut parens)
                            {
                                Ok(next) => i = next,
                                Err(e) => {
                                    out.error = Some(e);
                                    return out;
                                }
                            }
                        }
                    }
                    _ => i += 1,
                }
            }
            Ctx::FStr { quote, triple, start } => {
                let c = b[i];
                if c == quote {
                    if !triple {
                        ctx.pop();
                        fstrings -= 1;
                        i += 1;
                        continue;
                    }
                    if i + 2 < n && b[i + 1] == quote && b[i + 2] == quote {
                        ctx.pop();
                        fstrings -= 1;
                        i += 3;
                        continue;
                    }
                    i += 1;
                    continue;
                }
                match c {
                    b'\\' => {
                        if i + 2 < n && b[i + 1] == b'\r' && b[i + 2] == b'\n' {
                            i += 3;
                        } else if i + 1 < n && b[i + 1] != b'{' && b[i + 1] != b'}' {
                            i += 2;
                        } else {
                            i += 1;
                        }
                    }
                    b'{' => {
                        if i + 1 < n && b[i + 1] == b'{' {
                            i += 2;
                        } else {
                            if parens.len() >= MAX_PAREN_LEVEL {
                                fail!(true, ExcKind::SyntaxError, "too many nested parentheses".into(), i, Some(i), i);
                            }
                            parens.push(Bracket { ch: b'{', pos: i });
                            ctx.push(Ctx::Field { depth: parens.len() });
                            i += 1;
                        }
                    }
                    b'}' => {
                        if i + 1 < n && b[i + 1] == b'}' {
                            i += 2;
                        } else {
                            fail!(
                                true,
                                ExcKind::SyntaxError,
                                "f-string: single '}' is not allowed".into(),
                                i,
                                Some(i),
                                i
                            );
                        }
                    }
                    b'\n' | b'\r' if !triple => {
                        let line = map.line_of(i as u32);
                        fail!(
                            true,
                            ExcKind::SyntaxError,
                            format!("unterminated f-string literal (detected at line {line})"),
                            start,
                            Some(start),
                            start
                        );
                    }
                    _ => i += 1,
                }
            }
            Ctx::Spec { depth } => {
                let c = b[i];
                match c {
                    b'{' => {
                        if parens.len() >= MAX_PAREN_LEVEL {
                            fail!(true, ExcKind::SyntaxError, "too many nested parentheses".into(), i, Some(i), i);
                        }
                        parens.push(Bracket { ch: b'{', pos: i });
                        ctx.push(Ctx::Field { depth: parens.len() });
                        i += 1;
                    }
                    b'}' => {
                        // Ends the spec and its field.
                        ctx.pop();
                        if let Some(Ctx::Field { .. }) = ctx.last() {
                            ctx.pop();
                        }
                        if parens.len() == depth {
                            parens.pop();
                        }
                        i += 1;
                    }
                    b'\\' => i += 2,
                    b'\n' | b'\r' | b'"' | b'\'' => {
                        // Unusual (a quote or newline inside a format spec):
                        // give up and let the parser judge.
                        return out;
                    }
                    _ => i += 1,
                }
            }
        }
    }
    // End of file.
    let n_lines = detected_line(&map);
    for c in ctx.iter().rev() {
        if let Ctx::FStr { triple, start, .. } = *c {
            let msg = if triple {
                format!("unterminated triple-quoted f-string literal (detected at line {n_lines})")
            } else {
                format!("unterminated f-string literal (detected at line {n_lines})")
            };
            let err = mk(&map, filename, ExcKind::SyntaxError, msg, start, Some(start));
            out.error = Some(ScanError { err, hard: true, pos: start });
            return out;
        }
    }
    if let (Some(inner), Some(outer)) = (parens.last(), parens.first()) {
        let mut err = mk(
            &map,
            filename,
            ExcKind::SyntaxError,
            format!("'{}' was never closed", inner.ch as char),
            inner.pos,
            None,
        );
        err.end_offset = 0;
        out.unclosed = Some(Unclosed { err, outer_pos: outer.pos });
    }
    out
}

/// Scans a string literal starting at `start` (prefix) / `q` (first quote).
/// Plain strings are skipped; f-strings push an `FStr` context. Returns the
/// index after what was consumed.
#[allow(clippy::too_many_arguments)]
fn string(
    map: &SourceMap<'_>,
    filename: &str,
    b: &[u8],
    start: usize,
    q: usize,
    is_f: bool,
    raw: bool,
    ctx: &mut Vec<Ctx>,
    fstrings: &mut usize,
    parens: &mut Vec<Bracket>,
) -> Result<usize, ScanError> {
    let n = b.len();
    let quote = b[q];
    let triple = q + 2 < n && b[q + 1] == quote && b[q + 2] == quote;
    let _ = parens;
    if is_f {
        if *fstrings + 1 >= MAX_FSTRING_LEVEL {
            let err = mk(map, filename, ExcKind::SyntaxError, "too many nested f-strings".into(), q, Some(q));
            return Err(ScanError { err, hard: true, pos: start });
        }
        *fstrings += 1;
        let _ = raw;
        ctx.push(Ctx::FStr { quote, triple, start });
        return Ok(if triple { q + 3 } else { q + 1 });
    }
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < n {
        let c = b[i];
        if c == b'\\' {
            i += if i + 2 < n && b[i + 1] == b'\r' && b[i + 2] == b'\n' { 3 } else { 2 };
            continue;
        }
        if c == quote {
            if !triple {
                return Ok(i + 1);
            }
            if i + 2 < n && b[i + 1] == quote && b[i + 2] == quote {
                return Ok(i + 3);
            }
        } else if !triple && (c == b'\n' || c == b'\r') {
            let line = map.line_of(i as u32);
            let err = mk(
                map,
                filename,
                ExcKind::SyntaxError,
                format!("unterminated string literal (detected at line {line})"),
                start,
                Some(start),
            );
            return Err(ScanError { err, hard: true, pos: start });
        }
        i += 1;
    }
    let l = map.line_of(n as u32);
    let line = if n > 0 && (b[n - 1] == b'\n' || b[n - 1] == b'\r') && l > 1 { l - 1 } else { l };
    let msg = if triple {
        format!("unterminated triple-quoted string literal (detected at line {line})")
    } else {
        format!("unterminated string literal (detected at line {line})")
    };
    let err = mk(map, filename, ExcKind::SyntaxError, msg, start, Some(start));
    Err(ScanError { err, hard: true, pos: start })
}

/// Scans a number literal, raising CPython's tokenizer errors for the
/// common malformed cases.
fn number(map: &SourceMap<'_>, filename: &str, b: &[u8], start: usize) -> Result<usize, ScanError> {
    let n = b.len();
    let mut i = start;
    let at = |i: usize| if i < n { b[i] } else { 0 };
    let bad = |kind: &str, i: usize| -> ScanError {
        // CPython points at the character before the offending one.
        let p = i.saturating_sub(1);
        let err = mk(map, filename, ExcKind::SyntaxError, format!("invalid {kind} literal"), p, Some(p));
        ScanError { err, hard: true, pos: start }
    };
    // verify_end_of_number
    let end_check = |i: usize, kind: &str| -> Result<usize, ScanError> {
        let c = at(i);
        let rest = &b[i.min(n)..];
        let kw = |w: &[u8]| rest.starts_with(w);
        let ok_kw = match c {
            b'a' => kw(b"and"),
            b'e' => kw(b"else"),
            b'f' => kw(b"for"),
            b'i' => matches!(at(i + 1), b'f' | b'n' | b's'),
            b'o' => kw(b"or"),
            b'n' => kw(b"not"),
            _ => false,
        };
        if !ok_kw && c < 0x80 && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(bad(kind, i));
        }
        Ok(i)
    };
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (kind, ok): (&str, fn(u8) -> bool) = match at(i + 1) {
            b'x' | b'X' => ("hexadecimal", |c: u8| c.is_ascii_hexdigit()),
            b'o' | b'O' => ("octal", |c: u8| (b'0'..=b'7').contains(&c)),
            _ => ("binary", |c: u8| c == b'0' || c == b'1'),
        };
        i += 2;
        let digits_start = i;
        while ok(at(i)) || (at(i) == b'_' && ok(at(i + 1))) {
            i += 1;
        }
        if i == digits_start && at(i) == b'_' && ok(at(i + 1)) {
            i += 1;
        }
        if kind == "octal" && at(i).is_ascii_digit() {
            let err = mk(
                map,
                filename,
                ExcKind::SyntaxError,
                format!("invalid digit '{}' in octal literal", at(i) as char),
                i,
                Some(i),
            );
            return Err(ScanError { err, hard: true, pos: start });
        }
        if kind == "binary" && at(i).is_ascii_digit() {
            let err = mk(
                map,
                filename,
                ExcKind::SyntaxError,
                format!("invalid digit '{}' in binary literal", at(i) as char),
                i,
                Some(i),
            );
            return Err(ScanError { err, hard: true, pos: start });
        }
        if i == digits_start {
            return Err(bad(kind, i));
        }
        return end_check(i, kind);
    }
    let digits = |mut i: usize| -> usize {
        while at(i).is_ascii_digit() || (at(i) == b'_' && at(i + 1).is_ascii_digit()) {
            i += 1;
        }
        i
    };
    let mut is_float;
    if at(i) == b'.' {
        i = digits(i + 1);
    } else {
        let int_end = digits(i);
        let leading_zero = b[start] == b'0';
        is_float = false;
        i = int_end;
        if at(i) == b'.' {
            is_float = true;
            i = digits(i + 1);
        }
        if leading_zero && !is_float && !matches!(at(i), b'e' | b'E' | b'j' | b'J') {
            let nonzero = b[start..int_end].iter().any(|&c| c.is_ascii_digit() && c != b'0');
            if nonzero {
                let zeros = b[start..int_end].iter().take_while(|&&c| c == b'0' || c == b'_').count();
                let mut err = mk(
                    map,
                    filename,
                    ExcKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .into(),
                    start,
                    Some(start),
                );
                err.end_offset = err.offset + zeros as u32;
                return Err(ScanError { err, hard: true, pos: start });
            }
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let save = i;
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            i = digits(j);
        } else {
            // `1e` followed by garbage: CPython says "invalid decimal literal".
            let _ = save;
            return Err(bad("decimal", j));
        }
    }
    if matches!(at(i), b'j' | b'J') {
        return end_check(i + 1, "imaginary");
    }
    end_check(i, "decimal")
}

// ---------------------------------------------------------------------------
// AST depth

/// A direct child of a node: expressions and statements as themselves,
/// anything else as an `AnyNodeRef`.
#[derive(Clone, Copy)]
pub enum Child<'a> {
    Expr(&'a Expr),
    Stmt(&'a ruff_python_ast::Stmt),
    Other(AnyNodeRef<'a>),
}

impl<'a> Child<'a> {
    pub fn node(self) -> AnyNodeRef<'a> {
        match self {
            Child::Expr(e) => AnyNodeRef::from(e),
            Child::Stmt(s) => AnyNodeRef::from(s),
            Child::Other(n) => n,
        }
    }
}

/// Collects the direct children of one node (it never recurses).
struct Children<'a> {
    out: Vec<Child<'a>>,
}

impl<'a> SourceOrderVisitor<'a> for Children<'a> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        self.out.push(Child::Other(node));
        TraversalSignal::Skip
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        self.out.push(Child::Expr(expr));
    }
    fn visit_annotation(&mut self, expr: &'a Expr) {
        self.out.push(Child::Expr(expr));
    }
    fn visit_stmt(&mut self, stmt: &'a ruff_python_ast::Stmt) {
        self.out.push(Child::Stmt(stmt));
    }
}

/// The direct children of `node`, in source order.
pub fn child_nodes<'a>(node: AnyNodeRef<'a>) -> Vec<Child<'a>> {
    let mut c = Children { out: Vec::new() };
    node.visit_source_order(&mut c);
    c.out
}

/// The direct child nodes of `node`, in source order.
pub fn children<'a>(node: AnyNodeRef<'a>) -> Vec<AnyNodeRef<'a>> {
    child_nodes(node).into_iter().map(Child::node).collect()
}

fn counts(node: AnyNodeRef<'_>) -> bool {
    node.as_expr_ref().is_some() || node.as_stmt_ref().is_some() || node.is_pattern()
}

/// Depth of the AST (statements, expressions and patterns on the deepest
/// path), computed with an explicit stack.
pub fn ast_depth(module: &Mod) -> (usize, Option<ruff_text_size::TextRange>) {
    let mut max = 0usize;
    let mut at = None;
    let mut stack: Vec<(AnyNodeRef<'_>, usize)> = vec![(AnyNodeRef::from(module), 0)];
    let mut kids = Children { out: Vec::new() };
    while let Some((node, d)) = stack.pop() {
        let d = if counts(node) { d + 1 } else { d };
        if d > max {
            max = d;
            at = Some(node.range());
        }
        node.visit_source_order(&mut kids);
        stack.extend(kids.out.drain(..).map(|c| (c.node(), d)));
    }
    (max, at)
}

/// Bounds the AST depth at [`MAX_AST_DEPTH`] (CPython's RecursionError
/// "maximum recursion depth exceeded during compilation"). Returns the
/// depth. Call before any recursive pass over the tree.
pub fn check_ast(module: &Mod, source: &SourceMap<'_>, filename: &str) -> Result<usize, CompileError> {
    let (depth, at) = ast_depth(module);
    if depth > MAX_AST_DEPTH {
        let start = at.map(|r| r.start().to_usize()).unwrap_or(0);
        let mut e = mk(
            source,
            filename,
            ExcKind::RecursionError,
            "maximum recursion depth exceeded during compilation".into(),
            start,
            None,
        );
        e.text = None;
        return Err(e);
    }
    Ok(depth)
}

/// Moves every expression out of the tree onto a work list so nothing is
/// dropped recursively.
struct Dismantler {
    work: RefCell<Vec<Expr>>,
}

impl Transformer for Dismantler {
    fn visit_expr(&self, expr: &mut Expr) {
        let e = std::mem::replace(expr, Expr::NoneLiteral(Default::default()));
        self.work.borrow_mut().push(e);
    }
    fn visit_annotation(&self, expr: &mut Expr) {
        self.visit_expr(expr);
    }
}

/// Drops an AST of any depth without recursion. Statement nesting is
/// bounded by the indentation limit, so statements still drop normally;
/// expressions are taken apart one level at a time.
pub fn dismantle(mut module: Mod) {
    let d = Dismantler { work: RefCell::new(Vec::new()) };
    match &mut module {
        Mod::Module(m) => {
            for s in m.body.iter_mut() {
                d.visit_stmt(s);
            }
        }
        Mod::Expression(e) => d.visit_expr(&mut e.body),
    }
    drop(module);
    loop {
        let next = d.work.borrow_mut().pop();
        let Some(mut e) = next else { break };
        transformer::walk_expr(&d, &mut e);
        drop(e);
    }
}

/// Runs `f` on a thread with a `stack_bytes` stack (for recursive passes
/// over trees near [`MAX_AST_DEPTH`]); 256 MiB of virtual stack costs only
/// what is touched.
///
/// The caller waits detached: with a GIL (DESIGN.md#gil) the helper thread,
/// which builds objects, must be able to take it.
pub fn with_stack<R: Send>(stack_bytes: usize, f: impl FnOnce() -> R + Send) -> R {
    crate::vm::thread::detached(|| std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(stack_bytes)
            .spawn_scoped(s, f)
            .expect("spawn compiler thread")
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    }))
}
