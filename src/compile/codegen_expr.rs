//! Design: DESIGN.md#compiler
//!
//! Expression code generation (CPython 3.13 compile.c order): names,
//! constants and folding, operators, comparisons, boolean jumps, calls,
//! displays with star-unpacking, comprehensions (own code objects, `.0`
//! argument), lambda, yield/await, f-strings, assignment targets.

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::{Ranged, TextRange};

use super::assemble::{Const, Label, Op, NO_LABEL};
use super::codegen::{binop_kind, CResult, Compiler, Ctx, FKind};
use super::symtable::ScopeKind;
use crate::bytecode::code::co_flags;
use crate::bytecode::opcodes::{Intrinsic1, Opcode};

const STACK_USE_GUIDELINE: usize = 30;
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

fn parse_big(tok: &str) -> Option<BigInt> {
    let t: String = tok.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(i.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}
fn as_f64(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(i) => i.to_f64(),
        Const::Bool(b) => Some(*b as i64 as f64),
        _ => None,
    }
}

fn const_len(c: &Const) -> Option<usize> {
    match c {
        Const::Str(s) => Some(s.chars().count()),
        Const::Bytes(b) => Some(b.len()),
        Const::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

/// CPython's fold_binop with safe_multiply/safe_power/safe_lshift limits.
fn fold_binop(op: ast::Operator, l: &Const, r: &Const) -> Option<Const> {
    use ast::Operator as O;
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        let bits = |x: &BigInt| x.bits();
        return match op {
            O::Add => Some(Const::Int(a + b)),
            O::Sub => Some(Const::Int(a - b)),
            O::Mult => {
                if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_SIZE {
                    None
                } else {
                    Some(Const::Int(a * b))
                }
            }
            O::FloorDiv => (!b.is_zero()).then(|| Const::Int(a.div_floor(&b))),
            O::Mod => (!b.is_zero()).then(|| Const::Int(a.mod_floor(&b))),
            O::Div => crate::object::int::true_divide(&a, &b).ok().map(Const::Float),
            O::Pow => {
                if b.is_negative() {
                    if a.is_zero() {
                        return None;
                    }
                    let base = a.to_f64()?;
                    let e = b.to_f64()?;
                    crate::object::float::float_pow_f64(base, e).ok().map(Const::Float)
                } else {
                    let w = b.to_u64()?;
                    if !a.is_zero() && w > 0 && bits(&a) > MAX_INT_SIZE / w {
                        return None;
                    }
                    Some(Const::Int(num_traits::pow::pow(a, w as usize)))
                }
            }
            O::LShift => {
                if b.is_negative() {
                    return None;
                }
                let w = b.to_u64()?;
                if !a.is_zero() && (bits(&a) > MAX_INT_SIZE || w > MAX_INT_SIZE || bits(&a) + w > MAX_INT_SIZE) {
                    return None;
                }
                Some(Const::Int(a << w as usize))
            }
            O::RShift => {
                if b.is_negative() {
                    return None;
                }
                let w = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                Some(Const::Int(a >> w as usize))
            }
            O::BitAnd => Some(Const::Int(a & b)),
            O::BitOr => Some(Const::Int(a | b)),
            O::BitXor => Some(Const::Int(a ^ b)),
            O::MatMult => None,
        }
        .map(|c| match (l, r, &c) {
            // bool op bool for & | ^ stays bool in CPython
            (Const::Bool(_), Const::Bool(_), Const::Int(i)) if matches!(op, O::BitAnd | O::BitOr | O::BitXor) => {
                Const::Bool(!i.is_zero())
            }
            _ => c,
        });
    }
    let is_num = |c: &Const| matches!(c, Const::Int(_) | Const::Float(_) | Const::Bool(_));
    if is_num(l) && is_num(r) {
        let (a, b) = (as_f64(l)?, as_f64(r)?);
        use crate::object::float as fl;
        return match op {
            O::Add => Some(a + b),
            O::Sub => Some(a - b),
            O::Mult => Some(a * b),
            O::Div => (b != 0.0).then(|| a / b),
            O::FloorDiv => fl::float_floordiv_f64(a, b).ok(),
            O::Mod => fl::float_mod_f64(a, b).ok(),
            O::Pow => fl::float_pow_f64(a, b).ok(),
            _ => None,
        }
        .map(Const::Float);
    }
    match (op, l, r) {
        (O::Add, Const::Str(a), Const::Str(b)) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                None
            } else {
                Some(Const::Str(format!("{a}{b}")))
            }
        }
        (O::Add, Const::Bytes(a), Const::Bytes(b)) => Some(Const::Bytes([a.as_slice(), b.as_slice()].concat())),
        (O::Add, Const::Tuple(a), Const::Tuple(b)) => Some(Const::Tuple([a.as_slice(), b.as_slice()].concat())),
        (O::Mult, seq, n) | (O::Mult, n, seq) if const_len(seq).is_some() && as_int(n).is_some() => {
            let n = as_int(n)?.to_i64()?;
            let len = const_len(seq)?;
            let n = n.max(0) as usize;
            let limit = match seq {
                Const::Tuple(_) => MAX_COLLECTION_SIZE,
                _ => MAX_STR_SIZE,
            };
            if len > 0 && n > limit / len {
                return None;
            }
            Some(match seq {
                Const::Str(s) => Const::Str(s.repeat(n)),
                Const::Bytes(b) => Const::Bytes(b.repeat(n)),
                Const::Tuple(t) => {
                    let mut v = Vec::new();
                    for _ in 0..n {
                        v.extend(t.iter().cloned());
                    }
                    Const::Tuple(v)
                }
                _ => return None,
            })
        }
        _ => None,
    }
}

fn fold_unary(op: ast::UnaryOp, c: &Const) -> Option<Const> {
    use ast::UnaryOp as U;
    match (op, c) {
        (U::USub, Const::Int(i)) => Some(Const::Int(-i.clone())),
        (U::USub, Const::Bool(b)) => Some(Const::Int(-BigInt::from(*b as i64))),
        (U::USub, Const::Float(f)) => Some(Const::Float(-f)),
        (U::USub, Const::Complex(a, b)) => Some(Const::Complex(-a, -b)),
        (U::UAdd, Const::Int(_) | Const::Float(_) | Const::Complex(..)) => Some(c.clone()),
        (U::UAdd, Const::Bool(b)) => Some(Const::Int(BigInt::from(*b as i64))),
        (U::Invert, Const::Int(i)) => Some(Const::Int(-(i.clone()) - 1)),
        (U::Not, c) => Some(Const::Bool(!c.is_truthy())),
        _ => None,
    }
}

pub(crate) fn cmp_oparg(op: ast::CmpOp) -> u32 {
    // CPython: (Py_LT.. << 5) | comparison mask
    let (cmp, mask) = match op {
        ast::CmpOp::Lt => (0, 2),
        ast::CmpOp::LtE => (1, 2 | 8),
        ast::CmpOp::Eq => (2, 8),
        ast::CmpOp::NotEq => (3, 1 | 2 | 4),
        ast::CmpOp::Gt => (4, 4),
        ast::CmpOp::GtE => (5, 4 | 8),
        _ => unreachable!(),
    };
    (cmp << 5) | mask
}

enum FPart<'b> {
    Lit(String),
    Val(&'b ast::InterpolatedElement),
}

/// Decodes the escapes of a non-raw str literal's body into code points
/// (lone surrogates kept). A `\N{...}` escape gives `NAMED` (its char is
/// taken from the parser's value); None for a malformed escape.
const NAMED: u32 = u32::MAX;

fn decode_escapes(body: &str) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            out.push('\n' as u32);
            continue;
        }
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let e = it.next()?;
        let v = match e {
            '\n' => continue,
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                continue;
            }
            '\\' | '\'' | '"' => e as u32,
            'a' => 7,
            'b' => 8,
            'f' => 0xC,
            'n' => 0xA,
            'r' => 0xD,
            't' => 9,
            'v' => 0xB,
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                v
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    v = v * 16 + it.next()?.to_digit(16)?;
                }
                if v > 0x10FFFF {
                    return None;
                }
                v
            }
            'N' => {
                if it.next()? != '{' {
                    return None;
                }
                while it.next()? != '}' {}
                NAMED
            }
            other => {
                out.push('\\' as u32);
                other as u32
            }
        };
        out.push(v);
    }
    Some(out)
}

impl<'a> Compiler<'a> {
    /// A str literal with `\ud800`-style escapes: ruff's `String` value has
    /// U+FFFD for each lone surrogate, so the literal is re-decoded from its
    /// source text. None (the fast path) when no surrogate comes out.
    fn surrogate_literal(&self, s: &ast::ExprStringLiteral) -> Option<Vec<u32>> {
        let text = self.src.text;
        let slice = |r: TextRange| text.get(usize::from(r.start())..usize::from(r.end()));
        let full = slice(s.range)?;
        if !(full.contains("\\u") || full.contains("\\U")) {
            return None;
        }
        let mut out = Vec::new();
        let mut any = false;
        for part in s.value.iter() {
            let raw = matches!(part.flags.prefix(), ast::str_prefix::StringLiteralPrefix::Raw { .. });
            let body = slice(part.content_range())?;
            if raw || !(body.contains("\\u") || body.contains("\\U")) {
                out.extend(part.value.chars().map(|c| c as u32));
                continue;
            }
            let mut cps = decode_escapes(body)?;
            if cps.contains(&NAMED) {
                // the parser's value has one char per decoded code point
                let chars: Vec<char> = part.value.chars().collect();
                if chars.len() != cps.len() {
                    return None;
                }
                for (c, &p) in cps.iter_mut().zip(&chars) {
                    if *c == NAMED {
                        *c = p as u32;
                    }
                }
            }
            any |= cps.iter().any(|c| (0xD800..0xE000).contains(c));
            out.extend(cps);
        }
        any.then_some(out)
    }

    /// The constant an expression folds to (CPython's AST optimizer).
    pub fn const_of(&self, e: &Expr) -> Option<Const> {
        Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => Const::Int(BigInt::from(v)),
                    None => Const::Int(parse_big(&i.to_string())?),
                },
                Number::Float(f) => Const::Float(*f),
                Number::Complex { real, imag } => Const::Complex(*real, *imag),
            },
            Expr::StringLiteral(s) => match self.surrogate_literal(s) {
                Some(cps) => Const::StrCps(cps),
                None => Const::Str(s.value.to_str().to_string()),
            },
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::FString(f) => {
                // an f-string without interpolations is a plain constant
                let parts = flatten_fstring(&f.value);
                if parts.iter().all(|p| matches!(p, FPart::Lit(_))) {
                    let mut s = String::new();
                    for p in parts {
                        if let FPart::Lit(l) = p {
                            s.push_str(&l);
                        }
                    }
                    Const::Str(s)
                } else {
                    return None;
                }
            }
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let mut v = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    v.push(self.const_of(x)?);
                }
                Const::Tuple(v)
            }
            Expr::UnaryOp(u) => fold_unary(u.op, &self.const_of(&u.operand)?)?,
            Expr::BinOp(b) => {
                let l = self.const_of(&b.left)?;
                let r = self.const_of(&b.right)?;
                fold_binop(b.op, &l, &r)?
            }
            _ => return None,
        })
    }

    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = Some(self.loc_of(e.range()));
        let r = self.visit_expr_inner(e);
        self.loc = saved;
        r
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = if b.op == ast::BoolOp::And { Opcode::PopJumpIfFalse } else { Opcode::PopJumpIfTrue };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.visit_expr(v)?;
                    self.set_loc(e.range());
                    self.emit(Opcode::Copy, 1);
                    self.op(Opcode::ToBool);
                    self.jump(jump, end);
                    self.op(Opcode::PopTop);
                }
                self.visit_expr(&b.values[n - 1])?;
                self.use_label(end);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.set_loc(e.range());
                self.emit(Opcode::Copy, 1);
                self.visit_target(&n.target, Ctx::Store)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.set_loc(e.range());
                self.emit(Opcode::BinaryOp, binop_kind(b.op, false));
            }
            Expr::UnaryOp(u) => {
                self.visit_expr(&u.operand)?;
                self.set_loc(e.range());
                match u.op {
                    ast::UnaryOp::Not => {
                        self.op(Opcode::ToBool);
                        self.op(Opcode::UnaryNot);
                    }
                    ast::UnaryOp::USub => self.op(Opcode::UnaryNegative),
                    ast::UnaryOp::Invert => self.op(Opcode::UnaryInvert),
                    ast::UnaryOp::UAdd => self.emit(Opcode::CallIntrinsic1, Intrinsic1::UnaryPositive as u32),
                }
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.loc = None;
                self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
                self.use_label(next);
                self.visit_expr(&i.orelse)?;
                self.use_label(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, 0, Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate, false)?,
            Expr::List(l) => match l.ctx {
                ast::ExprContext::Load => {
                    self.starunpack(&l.elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, false)?
                }
                _ => return self.visit_target(e, if l.ctx == ast::ExprContext::Del { Ctx::Del } else { Ctx::Store }),
            },
            Expr::Tuple(t) => match t.ctx {
                ast::ExprContext::Load => {
                    self.starunpack(&t.elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true)?
                }
                _ => return self.visit_target(e, if t.ctx == ast::ExprContext::Del { Ctx::Del } else { Ctx::Store }),
            },
            Expr::ListComp(c) => self.comprehension(e, CompKind::List, "<listcomp>", &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(e, CompKind::Set, "<setcomp>", &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else { return Err(self.error(c.range, "dict unpacking cannot be used in dict comprehension")) };
                self.comprehension(e, CompKind::Dict, "<dictcomp>", &c.generators, k, Some(&c.value))?
            }
            Expr::Generator(g) => self.comprehension(e, CompKind::Gen, "<genexpr>", &g.generators, &g.elt, None)?,
            Expr::Await(a) => {
                if !self.is_function_like() {
                    return Err(self.error(a.range, "'await' outside function"));
                }
                let k = self.ur().kind;
                if !self.ur().is_async_fn && k != ScopeKind::Comprehension {
                    return Err(self.error(a.range, "'await' outside async function"));
                }
                self.visit_expr(&a.value)?;
                self.set_loc(e.range());
                self.emit(Opcode::GetAwaitable, 0);
                self.load_const(Const::None);
                self.add_yield_from(true);
            }
            Expr::Yield(y) => {
                if !self.is_function_like() {
                    return Err(self.error(y.range, "'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_loc(e.range());
                self.add_yield();
            }
            Expr::YieldFrom(y) => {
                if !self.is_function_like() {
                    return Err(self.error(y.range, "'yield' outside function"));
                }
                if self.ur().is_async_fn {
                    return Err(self.error(y.range, "'yield from' inside async function"));
                }
                self.visit_expr(&y.value)?;
                self.set_loc(e.range());
                self.op(Opcode::GetYieldFromIter);
                self.load_const(Const::None);
                self.add_yield_from(false);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(&f.value)?,
            Expr::TString(t) => return Err(self.error(t.range, "template strings are not supported")),
            Expr::Attribute(a) => match a.ctx {
                ast::ExprContext::Load if self.can_optimize_super_call(a) => {
                    let two = self.load_args_for_super(&a.value)?;
                    self.set_loc(e.range());
                    let i = self.add_name(&a.attr);
                    self.emit(Opcode::LoadSuperAttr, (i << 2) | if two { 2 } else { 0 });
                }
                ast::ExprContext::Load => {
                    self.visit_expr(&a.value)?;
                    self.set_loc(e.range());
                    let i = self.add_name(&a.attr);
                    self.emit(Opcode::LoadAttr, i << 1);
                }
                _ => return self.visit_target(e, if a.ctx == ast::ExprContext::Del { Ctx::Del } else { Ctx::Store }),
            },
            Expr::Subscript(s) => match s.ctx {
                ast::ExprContext::Load => {
                    self.visit_expr(&s.value)?;
                    if let Some((lo, hi)) = self.is_two_element_slice(&s.slice) {
                        self.slice_parts(lo, hi)?;
                        self.set_loc(e.range());
                        self.op(Opcode::BinarySlice);
                    } else {
                        self.visit_expr(&s.slice)?;
                        self.set_loc(e.range());
                        self.op(Opcode::BinarySubscr);
                    }
                }
                _ => return self.visit_target(e, if s.ctx == ast::ExprContext::Del { Ctx::Del } else { Ctx::Store }),
            },
            Expr::Starred(s) => {
                return match s.ctx {
                    ast::ExprContext::Store => Err(self.error(s.range, "starred assignment target must be in a list or tuple")),
                    _ => Err(self.error(s.range, "can't use starred expression here")),
                }
            }
            Expr::Name(n) => {
                let ctx = match n.ctx {
                    ast::ExprContext::Store => Ctx::Store,
                    ast::ExprContext::Del => Ctx::Del,
                    _ => Ctx::Load,
                };
                self.nameop(&n.id, ctx)?;
            }
            Expr::Slice(s) => {
                let mut n = 2;
                self.slice_parts(s.lower.as_deref(), s.upper.as_deref())?;
                if let Some(st) = &s.step {
                    n = 3;
                    self.visit_expr(st)?;
                }
                self.set_loc(e.range());
                self.emit(Opcode::BuildSlice, n);
            }
            Expr::IpyEscapeCommand(i) => return Err(self.error(i.range, "invalid syntax")),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants are folded"),
        }
        Ok(())
    }

    pub fn add_yield(&mut self) {
        if self.ur().is_generator && self.ur().is_async_fn {
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::AsyncGenWrap as u32);
        }
        self.emit(Opcode::YieldValue, 0);
        self.emit(Opcode::Resume, 1);
    }

    pub fn is_two_element_slice(&self, e: &'a Expr) -> Option<(Option<&'a Expr>, Option<&'a Expr>)> {
        match e {
            Expr::Slice(s) if s.step.is_none() => Some((s.lower.as_deref(), s.upper.as_deref())),
            _ => None,
        }
    }

    pub fn slice_parts(&mut self, lo: Option<&'a Expr>, hi: Option<&'a Expr>) -> CResult<()> {
        match lo {
            Some(x) => self.visit_expr(x)?,
            None => self.load_const(Const::None),
        }
        match hi {
            Some(x) => self.visit_expr(x)?,
            None => self.load_const(Const::None),
        }
        Ok(())
    }

    // ----------------------------------------------------------- targets

    pub fn visit_target(&mut self, e: &'a Expr, ctx: Ctx) -> CResult<()> {
        let saved = self.loc;
        self.loc = Some(self.loc_of(e.range()));
        let r = self.visit_target_inner(e, ctx);
        self.loc = saved;
        r
    }

    fn visit_target_inner(&mut self, e: &'a Expr, ctx: Ctx) -> CResult<()> {
        match e {
            Expr::Name(n) => self.nameop(&n.id, ctx),
            Expr::Attribute(a) => {
                if ctx == Ctx::Store {
                    self.maybe_static_attr(a);
                }
                self.visit_expr(&a.value)?;
                self.set_loc(e.range());
                let i = self.add_name(&a.attr);
                self.emit(if ctx == Ctx::Store { Opcode::StoreAttr } else { Opcode::DeleteAttr }, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                if ctx == Ctx::Store {
                    if let Some((lo, hi)) = self.is_two_element_slice(&s.slice) {
                        self.slice_parts(lo, hi)?;
                        self.set_loc(e.range());
                        self.op(Opcode::StoreSlice);
                        return Ok(());
                    }
                }
                self.visit_expr(&s.slice)?;
                self.set_loc(e.range());
                self.op(if ctx == Ctx::Store { Opcode::StoreSubscr } else { Opcode::DeleteSubscr });
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if ctx == Ctx::Del {
                    for x in elts {
                        self.visit_target(x, Ctx::Del)?;
                    }
                    return Ok(());
                }
                let n = elts.len();
                let mut seen = false;
                for (i, x) in elts.iter().enumerate() {
                    if let Expr::Starred(_) = x {
                        if seen {
                            return Err(self.error(x.range(), "multiple starred expressions in assignment"));
                        }
                        if i >= 256 || n - i - 1 >= (i32::MAX as usize >> 8) {
                            return Err(self.error(x.range(), "too many expressions in star-unpacking assignment"));
                        }
                        seen = true;
                        self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                    }
                }
                if !seen {
                    self.emit(Opcode::UnpackSequence, n as u32);
                }
                for x in elts {
                    match x {
                        Expr::Starred(s) => self.visit_target(&s.value, Ctx::Store)?,
                        _ => self.visit_target(x, Ctx::Store)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.error(s.range, "starred assignment target must be in a list or tuple")),
            other => {
                let what = match other {
                    Expr::Call(_) => "function call",
                    Expr::Compare(_) => "comparison",
                    _ => "expression",
                };
                let msg = if ctx == Ctx::Del { format!("cannot delete {what}") } else { format!("cannot assign to {what}") };
                Err(self.error(other.range(), msg))
            }
        }
    }

    // ------------------------------------------------------------- jumps

    /// Jumps to `next` if the truth of `e` equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, next, !cond),
            Expr::BoolOp(b) => {
                let n = b.values.len() - 1;
                let cond2 = b.op == ast::BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { next };
                for v in &b.values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&b.values[n], next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
                self.use_label(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let n = c.ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(&c.left)?;
                let loc = Some(self.loc_of(e.range()));
                for i in 0..n {
                    self.visit_expr(&c.comparators[i])?;
                    self.loc = loc;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.compare_op(c.ops[i]);
                    self.op(Opcode::ToBool);
                    self.jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.visit_expr(&c.comparators[n])?;
                self.loc = loc;
                self.compare_op(c.ops[n]);
                self.op(Opcode::ToBool);
                self.jump(if cond { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse }, next);
                let end = self.new_label();
                self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
                self.use_label(cleanup);
                self.op(Opcode::PopTop);
                if !cond {
                    self.emit_pseudo_noloc(Op::JumpNoInterrupt, next);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let saved = self.set_loc(e.range());
        self.op(Opcode::ToBool);
        self.jump(if cond { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse }, next);
        self.loc = saved;
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Is => self.emit(Opcode::IsOp, 0),
            ast::CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            ast::CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            ast::CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
            o => self.emit(Opcode::CompareOp, cmp_oparg(o)),
        }
    }

    /// `x in [1, 2]` → tuple constant; `x in {1, 2}` → frozenset constant.
    fn visit_in_operand(&mut self, op: ast::CmpOp, e: &'a Expr) -> CResult<()> {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            if let Some(c) = self.iter_const(e) {
                self.set_loc(e.range());
                self.load_const(c);
                return Ok(());
            }
        }
        self.visit_expr(e)
    }

    /// A list/set display of constants used as an iterable.
    pub fn iter_const(&self, e: &Expr) -> Option<Const> {
        match e {
            Expr::List(l) if l.ctx == ast::ExprContext::Load => {
                let v: Option<Vec<Const>> = l.elts.iter().map(|x| self.const_of(x)).collect();
                Some(Const::Tuple(v?))
            }
            Expr::Set(s) => {
                let v: Option<Vec<Const>> = s.elts.iter().map(|x| self.const_of(x)).collect();
                let mut v = v?;
                let mut out: Vec<Const> = Vec::new();
                for c in v.drain(..) {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                Some(Const::FrozenSet(out))
            }
            _ => None,
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        let loc = Some(self.loc_of(c.range));
        self.visit_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.visit_in_operand(c.ops[0], &c.comparators[0])?;
            self.loc = loc;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_in_operand(c.ops[i], &c.comparators[i])?;
            self.loc = loc;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(c.ops[i]);
            self.emit(Opcode::Copy, 1);
            self.op(Opcode::ToBool);
            self.jump(Opcode::PopJumpIfFalse, cleanup);
            self.op(Opcode::PopTop);
        }
        self.visit_in_operand(c.ops[n], &c.comparators[n])?;
        self.loc = loc;
        self.compare_op(c.ops[n]);
        let end = self.new_label();
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
        self.use_label(cleanup);
        self.emit(Opcode::Swap, 2);
        self.op(Opcode::PopTop);
        self.use_label(end);
        Ok(())
    }

    // ------------------------------------------------------------ displays

    fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, build: Opcode, add: Opcode, extend: Opcode, tuple: bool) -> CResult<()> {
        let loc = self.loc;
        let n = elts.len();
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if n > 2 && !seen_star {
            let consts: Option<Vec<Const>> = elts.iter().map(|e| self.const_of(e)).collect();
            if let Some(v) = consts {
                let folded = if build == Opcode::BuildSet {
                    let mut out: Vec<Const> = Vec::new();
                    for c in v {
                        if !out.contains(&c) {
                            out.push(c);
                        }
                    }
                    Const::FrozenSet(out)
                } else {
                    Const::Tuple(v)
                };
                if tuple && pushed == 0 {
                    self.load_const(folded);
                    return Ok(());
                }
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.emit(Opcode::CallIntrinsic1, Intrinsic1::ListToTuple as u32);
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            self.loc = loc;
            self.emit(if tuple { Opcode::BuildTuple } else { build }, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.loc = loc;
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.loc = loc;
                self.emit(extend, 1);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.loc = loc;
                    self.emit(add, 1);
                }
            }
        }
        self.loc = loc;
        if tuple {
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::ListToTuple as u32);
        }
        Ok(())
    }

    fn subdict(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let loc = self.loc;
        let n = items.len();
        let keys: Option<Vec<Const>> = items.iter().map(|i| i.key.as_ref().and_then(|k| self.const_of(k))).collect();
        if n > 1 {
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.loc = loc;
                self.load_const(Const::Tuple(keys));
                self.emit(Opcode::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        for it in items {
            self.visit_expr(it.key.as_ref().unwrap())?;
            self.visit_expr(&it.value)?;
        }
        self.loc = loc;
        self.emit(Opcode::BuildMap, n as u32);
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let loc = self.loc;
        let n = d.items.len();
        let mut elements = 0usize;
        let mut have_dict = false;
        for i in 0..n {
            if d.items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(&d.items[i - elements..i])?;
                    self.loc = loc;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.visit_expr(&d.items[i].value)?;
                self.loc = loc;
                self.emit(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&d.items[i - elements..i + 1])?;
                self.loc = loc;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&d.items[n - elements..n])?;
            self.loc = loc;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    // --------------------------------------------------------------- calls

    fn is_import_originated(&self, e: &Expr) -> bool {
        if let Expr::Name(n) = e {
            let top = self.st.scope(self.st.top());
            return top.symbols.get(n.id.as_str()).map(|s| s.flags & super::symtable::def::IMPORT != 0).unwrap_or(false);
        }
        false
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let loc = Some(self.loc_of(c.range()));
        // method call: LOAD_ATTR with the method bit
        if let Expr::Attribute(a) = &*c.func {
            let simple = a.ctx == ast::ExprContext::Load
                && !c.arguments.args.iter().any(|x| matches!(x, Expr::Starred(_)))
                && !c.arguments.keywords.iter().any(|k| k.arg.is_none())
                && c.arguments.args.len() + c.arguments.keywords.len() < STACK_USE_GUIDELINE
                && !self.is_import_originated(&a.value);
            if simple {
                if self.can_optimize_super_call(a) {
                    // super().m(...): LOAD_SUPER_ATTR's method form.
                    let two = self.load_args_for_super(&a.value)?;
                    self.loc = Some(self.loc_of(a.range));
                    let i = self.add_name(&a.attr);
                    self.emit(Opcode::LoadSuperAttr, (i << 2) | if two { 3 } else { 1 });
                } else {
                    self.visit_expr(&a.value)?;
                    self.loc = Some(self.loc_of(a.range));
                    let i = self.add_name(&a.attr);
                    self.emit(Opcode::LoadAttr, (i << 1) | 1);
                }
                for x in c.arguments.args.iter() {
                    self.visit_expr(x)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
                self.loc = loc;
                self.check_keywords(&c.arguments.keywords)?;
                let n = (c.arguments.args.len() + c.arguments.keywords.len()) as u32;
                if c.arguments.keywords.is_empty() {
                    self.emit(Opcode::Call, n);
                } else {
                    let names: Vec<Const> = c.arguments.keywords.iter().map(|k| Const::Str(k.arg.as_ref().unwrap().to_string())).collect();
                    self.load_const(Const::Tuple(names));
                    self.emit(Opcode::CallKw, n);
                }
                return Ok(());
            }
        }
        self.visit_expr(&c.func)?;
        self.loc = Some(self.loc_of(c.func.range()));
        self.op(Opcode::PushNull);
        self.loc = loc;
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords, c.range())
    }

    /// `super().name` / `super(C, x).name` that LOAD_SUPER_ATTR can serve
    /// (CPython's `can_optimize_super_call`): `super` is an unshadowed
    /// implicit global (not bound in this scope, not mentioned at module
    /// level), no keywords, two plain arguments or none; the zero-argument
    /// form needs a first parameter and the `__class__` free variable.
    fn can_optimize_super_call(&self, a: &ast::ExprAttribute) -> bool {
        let Expr::Call(c) = &*a.value else { return false };
        let Expr::Name(n) = &*c.func else { return false };
        if n.id.as_str() != "super" || a.attr.as_str() == "__class__" || !c.arguments.keywords.is_empty() {
            return false;
        }
        let here = self.st.scope(self.ur().scope);
        if here.lookup("super") != super::symtable::SymScope::GlobalImplicit
            || self.st.scope(self.st.top()).symbols.contains_key("super")
        {
            return false;
        }
        match c.arguments.args.len() {
            2 => !c.arguments.args.iter().any(|x| matches!(x, Expr::Starred(_))),
            0 => {
                let u = self.ur();
                (u.argcount > 0 || u.posonlyargcount > 0)
                    && !u.varnames.is_empty()
                    && here.lookup("__class__") == super::symtable::SymScope::Free
            }
            _ => false,
        }
    }

    /// Pushes (global super, class, self) for LOAD_SUPER_ATTR; true for the
    /// two-argument form (CPython's `load_args_for_super`).
    fn load_args_for_super(&mut self, call: &'a Expr) -> CResult<bool> {
        let Expr::Call(c) = call else { unreachable!("checked by can_optimize_super_call") };
        self.set_loc(c.func.range());
        self.nameop("super", Ctx::Load)?;
        if c.arguments.args.len() == 2 {
            self.visit_expr(&c.arguments.args[0])?;
            self.visit_expr(&c.arguments.args[1])?;
            return Ok(true);
        }
        self.set_loc(call.range());
        self.nameop("__class__", Ctx::Load)?;
        let first = self.ur().varnames[0].clone();
        self.nameop(&first, Ctx::Load)?;
        Ok(false)
    }

    fn check_keywords(&self, kws: &[ast::Keyword]) -> CResult<()> {
        for (i, k) in kws.iter().enumerate() {
            if let Some(a) = &k.arg {
                if kws[i + 1..].iter().any(|o| o.arg.as_ref().map(|x| x.as_str()) == Some(a.as_str())) {
                    let dup = kws[i + 1..].iter().find(|o| o.arg.as_ref().map(|x| x.as_str()) == Some(a.as_str())).unwrap();
                    return Err(self.error(dup.range, format!("keyword argument repeated: {}", a.as_str())));
                }
            }
        }
        Ok(())
    }

    /// Arguments after `n` already-pushed positionals (CPython's
    /// compiler_call_helper).
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], kws: &'a [ast::Keyword], range: TextRange) -> CResult<()> {
        let loc = Some(self.loc_of(range));
        self.check_keywords(kws)?;
        let ex = args.iter().any(|x| matches!(x, Expr::Starred(_))) || kws.iter().any(|k| k.arg.is_none());
        let big = args.len() + kws.len() + n as usize > STACK_USE_GUIDELINE;
        if !ex && !big {
            for a in args {
                self.visit_expr(a)?;
            }
            if !kws.is_empty() {
                for k in kws {
                    self.visit_expr(&k.value)?;
                }
                self.loc = loc;
                let names: Vec<Const> = kws.iter().map(|k| Const::Str(k.arg.as_ref().unwrap().to_string())).collect();
                self.load_const(Const::Tuple(names));
                self.emit(Opcode::CallKw, n + (args.len() + kws.len()) as u32);
            } else {
                self.loc = loc;
                self.emit(Opcode::Call, n + args.len() as u32);
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX
        if n == 0 && args.len() == 1 && matches!(args[0], Expr::Starred(_)) {
            if let Expr::Starred(s) = &args[0] {
                self.visit_expr(&s.value)?;
            }
        } else {
            self.loc = loc;
            self.starunpack(args, n, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true)?;
        }
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    self.loc = loc;
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.loc = loc;
                    self.emit(Opcode::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[kws.len() - nseen..])?;
                self.loc = loc;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.loc = loc;
        self.emit(Opcode::CallFunctionEx, (!kws.is_empty()) as u32);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let loc = self.loc;
        let n = kws.len();
        if n > 1 {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            self.loc = loc;
            let names: Vec<Const> = kws.iter().map(|k| Const::Str(k.arg.as_ref().unwrap().to_string())).collect();
            self.load_const(Const::Tuple(names));
            self.emit(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        for k in kws {
            self.load_const(Const::Str(k.arg.as_ref().unwrap().to_string()));
            self.visit_expr(&k.value)?;
        }
        self.loc = loc;
        self.emit(Opcode::BuildMap, n as u32);
        Ok(())
    }

    // ------------------------------------------------------------ lambda

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let loc = self.loc;
        let mut flags = 0;
        if let Some(p) = &l.parameters {
            flags = self.default_arguments(p)?;
        }
        let scope = self.st.scope_for(l.range);
        let line = self.loc_of(l.range).line;
        self.enter_child_scope(scope, "<lambda>", line);
        self.add_const(Const::None);
        self.visit_expr(&l.body)?;
        if self.ur().flags & (co_flags::GENERATOR | co_flags::ASYNC_GENERATOR) != 0 {
            self.op(Opcode::PopTop);
            self.loc = None;
            self.load_const(Const::None);
            self.op(Opcode::ReturnValue);
        } else {
            self.set_loc(l.body.range());
            self.op(Opcode::ReturnValue);
        }
        let code = self.exit_child_scope();
        self.loc = loc;
        self.make_closure(code, flags, scope)
    }

    // ------------------------------------------------------ comprehensions

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        let loc = Some(self.loc_of(e.range()));
        let outer_async = self.ur().is_async_fn;
        let scope = self.st.scope_for(e.range());
        let line = self.loc_of(e.range()).line;
        let sc = self.st.scope(scope);
        let is_async = sc.is_coroutine;
        if is_async && kind != CompKind::Gen && !outer_async && self.ur().kind != ScopeKind::Comprehension {
            return Err(self.error(e.range(), "asynchronous comprehension outside of an asynchronous function"));
        }
        self.enter_child_scope(scope, name, line);
        self.loc = loc;
        if kind == CompKind::Gen {
            let handler = self.new_label();
            self.u().cfg.insert_front(super::assemble::Instr::new(Op::SetupCleanup, 0, handler, None));
            self.push_fblock(FKind::StopIteration, NO_LABEL, NO_LABEL);
            self.comp_generator(gens, 0, 0, elt, val, kind)?;
            self.pop_fblock(FKind::StopIteration);
            self.loc = None;
            self.load_const(Const::None);
            self.op(Opcode::ReturnValue);
            self.use_label(handler);
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::StopIterationError as u32);
            self.emit(Opcode::Reraise, 1);
        } else {
            let op = match kind {
                CompKind::List => Opcode::BuildList,
                CompKind::Set => Opcode::BuildSet,
                _ => Opcode::BuildMap,
            };
            self.emit(op, 0);
            self.comp_generator(gens, 0, 0, elt, val, kind)?;
            self.loc = loc;
            self.op(Opcode::ReturnValue);
        }
        let code = self.exit_child_scope();
        self.loc = loc;
        self.make_closure(code, 0, scope)?;
        self.visit_expr(&gens[0].iter)?;
        self.loc = loc;
        if gens[0].is_async {
            self.op(Opcode::GetAiter);
        } else {
            self.op(Opcode::GetIter);
        }
        self.emit(Opcode::Call, 0);
        if is_async && kind != CompKind::Gen {
            self.emit(Opcode::GetAwaitable, 0);
            self.load_const(Const::None);
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let g = &gens[idx];
        if g.is_async {
            return self.async_comp_generator(gens, idx, depth, elt, val, kind);
        }
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let iter_loc = Some(self.loc_of(g.iter.range()));
        if idx == 0 {
            self.loc = iter_loc;
            // List/set/dict comprehensions run to completion at once: move
            // the iterator out of `.0` so the loop's FOR_ITER holds its only
            // reference (the private fast path of DESIGN.md#eval-loop).
            // Generator expressions keep `.0` (CPython's `gi_frame.f_locals`).
            self.emit(if kind == CompKind::Gen { Opcode::LoadFast } else { Opcode::LoadFastAndClear }, 0);
        } else {
            if let Some(c) = self.iter_const(&g.iter) {
                self.loc = iter_loc;
                self.load_const(c);
            } else {
                self.visit_expr(&g.iter)?;
            }
            self.loc = iter_loc;
            self.op(Opcode::GetIter);
        }
        self.use_label(start);
        self.loc = iter_loc;
        self.jump(Opcode::ForIter, anchor);
        self.visit_target(&g.target, Ctx::Store)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comp_generator(gens, idx + 1, depth + 1, elt, val, kind)?;
        } else {
            self.comp_element(depth + 1, elt, val, kind)?;
        }
        self.use_label(if_cleanup);
        self.loc = iter_loc;
        self.jump_to(start);
        self.use_label(anchor);
        Ok(())
    }

    fn comp_element(&mut self, depth: u32, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind) -> CResult<()> {
        let eloc = Some(self.loc_of(elt.range()));
        match kind {
            CompKind::Gen => {
                self.visit_expr(elt)?;
                self.loc = eloc;
                self.add_yield();
                self.op(Opcode::PopTop);
            }
            CompKind::List => {
                self.visit_expr(elt)?;
                self.loc = eloc;
                self.emit(Opcode::ListAppend, depth + 1);
            }
            CompKind::Set => {
                self.visit_expr(elt)?;
                self.loc = eloc;
                self.emit(Opcode::SetAdd, depth + 1);
            }
            CompKind::Dict => {
                self.visit_expr(elt)?;
                self.visit_expr(val.unwrap())?;
                self.loc = eloc;
                self.emit(Opcode::MapAdd, depth + 1);
            }
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let g = &gens[idx];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let iter_loc = Some(self.loc_of(g.iter.range()));
        if idx == 0 {
            self.loc = iter_loc;
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.visit_expr(&g.iter)?;
            self.loc = iter_loc;
            self.op(Opcode::GetAiter);
        }
        self.use_label(start);
        self.push_fblock(FKind::AsyncComprehensionGenerator, start, NO_LABEL);
        self.emit_pseudo_noloc(Op::SetupFinally, except);
        self.loc = iter_loc;
        self.op(Opcode::GetAnext);
        self.load_const(Const::None);
        self.add_yield_from(true);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.visit_target(&g.target, Ctx::Store)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comp_generator(gens, idx + 1, depth + 1, elt, val, kind)?;
        } else {
            self.comp_element(depth + 1, elt, val, kind)?;
        }
        self.use_label(if_cleanup);
        self.loc = iter_loc;
        self.jump_to(start);
        self.pop_fblock(FKind::AsyncComprehensionGenerator);
        self.use_label(except);
        self.op(Opcode::EndAsyncFor);
        Ok(())
    }

    // ----------------------------------------------------------- f-strings

    fn fstring(&mut self, v: &'a ast::FStringValue) -> CResult<()> {
        let loc = self.loc;
        let parts = flatten_fstring(v);
        let n = parts.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Const::Str(String::new()));
            let i = self.add_name_raw("join");
            self.emit(Opcode::LoadAttr, (i << 1) | 1);
            self.emit(Opcode::BuildList, 0);
            for p in &parts {
                self.fpart(p)?;
                self.loc = loc;
                self.emit(Opcode::ListAppend, 1);
            }
            self.emit(Opcode::Call, 1);
            return Ok(());
        }
        for p in &parts {
            self.fpart(p)?;
        }
        self.loc = loc;
        if n != 1 {
            self.emit(Opcode::BuildString, n as u32);
        }
        Ok(())
    }

    fn fpart(&mut self, p: &FPart<'a>) -> CResult<()> {
        match p {
            FPart::Lit(s) => {
                self.load_const(Const::Str(s.clone()));
                Ok(())
            }
            FPart::Val(el) => self.formatted_value(el),
        }
    }

    fn formatted_value(&mut self, el: &'a ast::InterpolatedElement) -> CResult<()> {
        let loc = self.loc;
        self.visit_expr(&el.expression)?;
        self.loc = loc;
        let mut conv = el.conversion;
        if el.debug_text.is_some() && conv == ast::ConversionFlag::None && el.format_spec.is_none() {
            conv = ast::ConversionFlag::Repr;
        }
        match conv {
            ast::ConversionFlag::Str => self.emit(Opcode::ConvertValue, 1),
            ast::ConversionFlag::Repr => self.emit(Opcode::ConvertValue, 2),
            ast::ConversionFlag::Ascii => self.emit(Opcode::ConvertValue, 3),
            ast::ConversionFlag::None => {}
        }
        if let Some(spec) = &el.format_spec {
            let parts = flatten_elements(&spec.elements);
            let n = parts.len();
            if n == 0 {
                self.load_const(Const::Str(String::new()));
            }
            for p in &parts {
                self.fpart(p)?;
            }
            self.loc = loc;
            if n > 1 {
                self.emit(Opcode::BuildString, n as u32);
            }
            self.op(Opcode::FormatWithSpec);
        } else {
            self.op(Opcode::FormatSimple);
        }
        Ok(())
    }
}

fn push_lit(out: &mut Vec<FPart<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(l)) = out.last_mut() {
        l.push_str(s);
    } else {
        out.push(FPart::Lit(s.to_string()));
    }
}

fn flatten_elements(els: &ast::InterpolatedStringElements) -> Vec<FPart<'_>> {
    let mut out = Vec::new();
    for el in els {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(&mut out, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(&mut out, d.leading());
                    push_lit(&mut out, d.expression());
                    push_lit(&mut out, d.trailing());
                }
                out.push(FPart::Val(i));
            }
        }
    }
    out
}

fn flatten_fstring(v: &ast::FStringValue) -> Vec<FPart<'_>> {
    let mut out: Vec<FPart<'_>> = Vec::new();
    for part in v.iter() {
        match part {
            ast::FStringPart::Literal(l) => push_lit(&mut out, &l.value),
            ast::FStringPart::FString(f) => {
                for p in flatten_elements(&f.elements) {
                    match p {
                        FPart::Lit(s) => push_lit(&mut out, &s),
                        v => out.push(v),
                    }
                }
            }
        }
    }
    out
}

#[allow(dead_code)]
const _LIMITS: usize = MAX_TOTAL_ITEMS;
