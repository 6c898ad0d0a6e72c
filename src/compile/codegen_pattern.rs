//! Design: DESIGN.md#compiler
//!
//! `match` statement code generation, following CPython 3.13's pattern
//! compiler (compile.c: `compiler_match_inner`, `compiler_pattern_*` and
//! their helpers) instruction for instruction.
//!
//! Captured values are kept on the stack while a pattern is matched
//! (`stores` names them, innermost last) and stored only once the whole
//! pattern has succeeded. A failing check jumps to `fail_pop[n]`, a chain
//! of POP_TOPs that drops the `n` items (captures plus temporaries) the
//! pattern has pushed so far.

#![forbid(unsafe_code)]

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::assemble::{Const, Label, Op};
use super::codegen::{CResult, Compiler, Ctx};
use super::codegen_expr::cmp_oparg;
use crate::bytecode::code::Location;
use crate::bytecode::opcodes::Opcode;

/// CPython's `pattern_context`.
struct PatternCtx {
    /// Names captured so far, in stack order (unmangled).
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Items on top of the stack that must be preserved (not captures).
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Python's `==` between two hashable literal keys (1 == 1.0 == True).
fn const_key_eq(a: &Const, b: &Const) -> bool {
    fn num(c: &Const) -> Option<(f64, f64, Option<&num_bigint::BigInt>)> {
        match c {
            Const::Bool(b) => Some((*b as i32 as f64, 0.0, None)),
            Const::Int(i) => Some((i.to_string().parse::<f64>().unwrap_or(f64::NAN), 0.0, Some(i))),
            Const::Float(f) => Some((*f, 0.0, None)),
            Const::Complex(r, i) => Some((*r, *i, None)),
            _ => None,
        }
    }
    match (a, b) {
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        _ => match (num(a), num(b)) {
            (Some((_, _, Some(x))), Some((_, _, Some(y)))) => x == y,
            (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
            _ => false,
        },
    }
}

/// `repr()` of a literal key, for the duplicate-key error message.
fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", float_repr_short(*i))
            } else {
                let sign = if *i < 0.0 || (*i == 0.0 && i.is_sign_negative()) { "-" } else { "+" };
                format!("({}{}{}j)", float_repr_short(*r), sign, float_repr_short(i.abs()))
            }
        }
        Const::Str(s) => crate::object::format::repr_str(s),
        Const::Bytes(b) => crate::object::bytes::repr_text(b),
        Const::Ellipsis => "Ellipsis".into(),
        other => format!("{other:?}"),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

/// Float repr inside a complex repr (integral values print without `.0`).
fn float_repr_short(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        float_repr(f)
    }
}

impl<'a> Compiler<'a> {
    /// CPython's `compiler_match` / `compiler_match_inner`.
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.visit_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let n = cases - has_default as usize;
        for (i, case) in m.cases[..n].iter().enumerate() {
            let ploc = Some(self.loc_of(case.pattern.range()));
            // Only copy the subject if we're *not* on the last case:
            if i != n - 1 {
                self.loc = ploc;
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                // Irrefutable cases must be either guarded, last, or both:
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // It's a match! Store all of the captured names (they're on the stack).
            for name in &pc.stores {
                self.loc = ploc;
                self.nameop(name, Ctx::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.loc = ploc;
                self.jump_if(g, pc.fail_pop[0], false)?;
            }
            // Success! Pop the subject off, we're done with it:
            if i != n - 1 {
                self.loc = ploc;
                self.op(Opcode::PopTop);
            }
            self.visit_stmts(&case.body)?;
            self.loc = None;
            self.emit_pseudo(Op::Jump, 0, end);
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default {
            // A trailing "case _" is common, and lets us save a bit of
            // redundant pushing and popping in the loop above:
            let ploc = Some(self.loc_of(last.pattern.range()));
            self.loc = ploc;
            if cases == 1 {
                self.op(Opcode::PopTop);
            } else {
                // Show line coverage for default case (it doesn't create bytecode)
                self.op(Opcode::Nop);
            }
            if let Some(g) = &last.guard {
                self.loc = ploc;
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    // ------------------------------------------------------------ helpers

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Pops captures and temporaries, then jumps to the failure label.
    fn jump_to_fail_pop(&mut self, loc: Option<Location>, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.loc = loc;
        self.emit_pseudo(op, 0, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, loc: Option<Location>, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        self.loc = loc;
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.op(Opcode::PopTop);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    fn store_name(&mut self, loc: Option<Location>, name: Option<&str>, range: TextRange, pc: &mut PatternCtx) -> CResult<()> {
        self.loc = loc;
        let Some(n) = name else {
            self.op(Opcode::PopTop);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(self.error(range, "cannot assign to __debug__"));
        }
        // Can't assign to the same name twice:
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(range, format!("multiple assignments to name '{n}' in pattern")));
        }
        // Rotate this object underneath any items we need to preserve:
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_rotate(rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern_unpack(&mut self, range: TextRange, elts: &[Pattern]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Pattern::MatchStar(_)) {
                if seen_star {
                    return Err(self.error(range, "multiple starred expressions in sequence pattern"));
                }
                if i >= 1 << 8 || n - i - 1 >= (i32::MAX as usize >> 8) {
                    return Err(self.error(range, "too many expressions in star-unpacking sequence pattern"));
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32);
        }
        Ok(())
    }

    fn sequence_unpack(&mut self, loc: Option<Location>, range: TextRange, patterns: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        self.loc = loc;
        self.pattern_unpack(range, patterns)?;
        // We've now got a bunch of new subjects on the stack. They need to
        // remain there after each subpattern match:
        pc.on_top += patterns.len();
        for p in patterns {
            // One less item to keep track of each time we loop through:
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Like `sequence_unpack`, but uses BINARY_SUBSCR instead of
    /// UNPACK_SEQUENCE / UNPACK_EX (patterns with a starred wildcard).
    fn sequence_subscr(&mut self, loc: Option<Location>, patterns: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> CResult<()> {
        // We need to keep the subject around for extracting elements:
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.loc = loc;
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(Const::Int((i as i64).into()));
            } else {
                // The subject may not support negative indexing! Compute a
                // nonnegative index:
                self.op(Opcode::GetLen);
                self.load_const(Const::Int(((size - i) as i64).into()));
                self.emit(Opcode::BinaryOp, super::codegen::binop_kind(ast::Operator::Sub, false));
            }
            self.op(Opcode::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        // Pop the subject, we're done with it:
        pc.on_top -= 1;
        self.loc = loc;
        self.op(Opcode::PopTop);
        Ok(())
    }

    /// Like `pattern`, but turns off checks for irrefutability.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let loc = Some(self.loc_of(p.range()));
        self.loc = loc;
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(*v.value, Expr::Attribute(_)) && self.const_of(&v.value).is_none() {
                    return Err(self.error(v.range, "patterns may only match literals and attribute lookups"));
                }
                self.visit_expr(&v.value)?;
                self.loc = loc;
                self.emit(Opcode::CompareOp, cmp_oparg(ast::CmpOp::Eq));
                self.op(Opcode::ToBool);
                self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                };
                self.load_const(c);
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(loc, s, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(loc, m, pc),
            Pattern::MatchClass(c) => self.pattern_class(loc, c, pc),
            Pattern::MatchStar(s) => self.store_name(loc, s.name.as_ref().map(|n| n.as_str()), s.range, pc),
            Pattern::MatchAs(a) => {
                let name = a.name.as_ref().map(|n| n.as_str());
                let Some(sub) = &a.pattern else {
                    // An irrefutable match:
                    if !pc.allow_irrefutable {
                        if let Some(n) = name {
                            return Err(self.error(a.range, format!("name capture '{n}' makes remaining patterns unreachable")));
                        }
                        return Err(self.error(a.range, "wildcard makes remaining patterns unreachable"));
                    }
                    return self.store_name(loc, name, a.range, pc);
                };
                // Need to make a copy for (possibly) storing later:
                pc.on_top += 1;
                self.emit(Opcode::Copy, 1);
                self.pattern(sub, pc)?;
                // Success! Store it:
                pc.on_top -= 1;
                self.store_name(loc, name, a.range, pc)
            }
            Pattern::MatchOr(o) => self.pattern_or(loc, o, pc),
        }
    }

    fn pattern_sequence(&mut self, loc: Option<Location>, s: &'a ast::PatternMatchSequence, pc: &mut PatternCtx) -> CResult<()> {
        let patterns = &s.patterns[..];
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        // Find a starred name, if it exists. There may be at most one:
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error(s.range, "multiple starred names in sequence pattern"));
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // We need to keep the subject on top during the sequence and length checks:
        pc.on_top += 1;
        self.op(Opcode::MatchSequence);
        self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
        match star {
            None => {
                // No star: len(subject) == size
                self.op(Opcode::GetLen);
                self.load_const(Const::Int((size as i64).into()));
                self.emit(Opcode::CompareOp, cmp_oparg(ast::CmpOp::Eq));
                self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
            }
            Some(_) if size > 1 => {
                // Star: len(subject) >= size - 1
                self.op(Opcode::GetLen);
                self.load_const(Const::Int(((size - 1) as i64).into()));
                self.emit(Opcode::CompareOp, cmp_oparg(ast::CmpOp::GtE));
                self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
            }
            _ => {}
        }
        // Whatever comes next should consume the subject:
        pc.on_top -= 1;
        if only_wildcard {
            // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
            self.op(Opcode::PopTop);
            Ok(())
        } else if star_wildcard {
            self.sequence_subscr(loc, patterns, star.unwrap(), pc)
        } else {
            self.sequence_unpack(loc, s.range, patterns, pc)
        }
    }

    fn pattern_mapping(&mut self, loc: Option<Location>, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult<()> {
        let keys = &m.keys[..];
        let patterns = &m.patterns[..];
        let size = keys.len();
        let star_target = m.rest.as_ref().map(|r| r.as_str());
        // We need to keep the subject on top during the mapping and length checks:
        pc.on_top += 1;
        self.op(Opcode::MatchMapping);
        self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
        if size == 0 && star_target.is_none() {
            // If the pattern is just "{}", we're done! Pop the subject:
            pc.on_top -= 1;
            self.op(Opcode::PopTop);
            return Ok(());
        }
        if size > 0 {
            // If the pattern has any keys in it, perform a length check:
            self.op(Opcode::GetLen);
            self.load_const(Const::Int((size as i64).into()));
            self.emit(Opcode::CompareOp, cmp_oparg(ast::CmpOp::GtE));
            self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
        }
        // Collect all of the keys into a tuple for MATCH_KEYS and **rest.
        // They can either be dotted names or literals:
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            if let Some(c) = self.const_of(key).filter(|_| !matches!(key, Expr::Attribute(_))) {
                if seen.iter().any(|s| const_key_eq(s, &c)) {
                    return Err(self.error(m.range, format!("mapping pattern checks duplicate key ({})", const_repr(&c))));
                }
                seen.push(c);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error(m.range, "mapping pattern keys may only match literals and attribute lookups"));
            }
            self.visit_expr(key)?;
        }
        self.loc = loc;
        self.emit(Opcode::BuildTuple, size as u32);
        self.op(Opcode::MatchKeys);
        // There's now a tuple of keys and a tuple of values on top of the subject:
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
        // So far so good. Use that tuple of values on the stack to match
        // sub-patterns against:
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // If we get this far, it's a match! Whatever happens next should
        // consume the tuple of keys and the subject:
        pc.on_top -= 2;
        self.loc = loc;
        if let Some(rest) = star_target {
            // rest = dict(TOS1); for key in TOS: del rest[key]
            self.emit(Opcode::BuildMap, 0); // [subject, keys, empty]
            self.emit(Opcode::Swap, 3); // [empty, keys, subject]
            self.emit(Opcode::DictUpdate, 2); // [copy, keys]
            self.emit(Opcode::UnpackSequence, size as u32); // [copy, keys...]
            let mut n = size;
            while n > 0 {
                self.emit(Opcode::Copy, 1 + n as u32); // [copy, keys..., copy]
                n -= 1;
                self.emit(Opcode::Swap, 2); // [copy, keys..., copy, key]
                self.op(Opcode::DeleteSubscr); // [copy, keys...]
            }
            self.store_name(loc, Some(rest), m.range, pc)?;
        } else {
            self.op(Opcode::PopTop); // Tuple of keys.
            self.op(Opcode::PopTop); // Subject.
        }
        Ok(())
    }

    fn pattern_class(&mut self, loc: Option<Location>, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let patterns = &c.arguments.patterns[..];
        let kwds = &c.arguments.keywords[..];
        let nargs = patterns.len();
        let nattrs = kwds.len();
        // positional patterns must come first (the parser accepts them in
        // any order; CPython's grammar rejects this)
        if let (Some(k), Some(p)) = (kwds.first(), patterns.last()) {
            if k.range.start() < p.range().start() {
                let first_bad = patterns.iter().find(|p| p.range().start() > k.range.start()).unwrap();
                return Err(self.error(first_bad.range(), "positional patterns follow keyword patterns"));
            }
        }
        for (i, k) in kwds.iter().enumerate() {
            if k.attr.as_str() == "__debug__" {
                return Err(self.error(k.pattern.range(), "cannot assign to __debug__"));
            }
            for other in &kwds[i + 1..] {
                if other.attr.as_str() == k.attr.as_str() {
                    return Err(self.error(other.pattern.range(), format!("attribute name repeated in class pattern: {}", k.attr.as_str())));
                }
            }
        }
        self.visit_expr(&c.cls)?;
        self.loc = loc;
        let names: Vec<Const> = kwds.iter().map(|k| Const::Str(k.attr.to_string())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Opcode::MatchClass, nargs as u32);
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        // TOS is now a tuple of (nargs + nattrs) attributes (or None):
        pc.on_top += 1;
        self.jump_to_fail_pop(loc, pc, Op::Real(Opcode::PopJumpIfFalse));
        self.emit(Opcode::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for p in patterns.iter().chain(kwds.iter().map(|k| &k.pattern)) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.loc = loc;
                self.op(Opcode::PopTop);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        // Success! Pop the tuple of attributes:
        Ok(())
    }

    fn pattern_or(&mut self, loc: Option<Location>, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let size = o.patterns.len();
        // We're going to be messing with pc. Keep the original info handy:
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        // control is the list of names bound by the first alternative.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let aloc = Some(self.loc_of(alt.range()));
            pc.stores = Vec::new();
            // An irrefutable sub-pattern must be last, if it is allowed at all:
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.loc = aloc;
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, pc)?;
            // Success!
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error(o.range, "alternative patterns bind different names"));
                }
                Some(ctl) if nstores > 0 => {
                    let ctl = ctl.clone();
                    // There were captures. Check to see if we differ from control:
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error(o.range, "alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            // Reorder the names on the stack to match the
                            // order of the names in control.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            self.loc = aloc;
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
                _ => {}
            }
            self.loc = aloc;
            self.emit_pseudo(Op::Jump, 0, end);
            self.emit_and_reset_fail_pop(aloc, pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No match. Pop the remaining copy of the subject and fail:
        self.loc = loc;
        self.op(Opcode::PopTop);
        self.jump_to_fail_pop(loc, pc, Op::Jump);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // There's a bunch of stuff on the stack between where the new stores
        // are and where they need to be:
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        self.loc = loc;
        for name in control {
            // Rotate this capture to its proper place on the stack:
            self.pattern_rotate(nrots);
            // Update the list of previous stores with this new name,
            // checking for duplicates:
            if pc.stores.contains(&name) {
                return Err(self.error(o.range, format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject:
        self.op(Opcode::PopTop);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::bytecode::code::CodeObject;
    use crate::compile::codegen::compile_source;
    use crate::compile::Mode;
    use crate::error::ExcKind;
    use crate::object::Value;

    fn func(src: &str) -> Value {
        let m = compile_source(src, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        let c = m.downcast::<CodeObject>().unwrap();
        c.consts.iter().find(|k| k.downcast::<CodeObject>().is_some()).unwrap().clone()
    }
    fn dis(v: &Value) -> Vec<String> {
        let c = v.downcast::<CodeObject>().unwrap();
        c.instructions().into_iter().map(|(_, o, a)| format!("{} {a}", o.dis_name())).collect()
    }
    fn names(v: &Value) -> Vec<&'static str> {
        let c = v.downcast::<CodeObject>().unwrap();
        c.instructions().into_iter().map(|(_, o, _)| o.dis_name()).collect()
    }
    fn err(src: &str) -> (String, u32, u32) {
        let e = compile_source(src, "<test>", Mode::Exec).err().unwrap_or_else(|| panic!("no error: {src}"));
        assert_eq!(e.kind, ExcKind::SyntaxError);
        (e.msg, e.lineno, e.offset)
    }

    #[test]
    fn literal_and_singleton_patterns() {
        let f = func("def f(x):\n    match x:\n        case 1:\n            return 1\n        case None:\n            return 2\n");
        assert_eq!(
            dis(&f),
            [
                "RESUME 0", "LOAD_FAST 0", "COPY 1", "LOAD_CONST 1", "COMPARE_OP 88", "POP_JUMP_IF_FALSE 9",
                "POP_TOP 0", "RETURN_CONST 1", "POP_JUMP_IF_NOT_NONE 11", "RETURN_CONST 2", "RETURN_CONST 0",
            ]
        );
    }

    #[test]
    fn sequence_patterns() {
        let f = func("def f(x):\n    match x:\n        case [a, b]:\n            return a\n");
        assert_eq!(
            names(&f),
            [
                "RESUME", "LOAD_FAST", "MATCH_SEQUENCE", "POP_JUMP_IF_FALSE", "GET_LEN", "LOAD_CONST", "COMPARE_OP",
                "POP_JUMP_IF_FALSE", "UNPACK_SEQUENCE", "STORE_FAST_STORE_FAST", "LOAD_FAST", "RETURN_VALUE", "POP_TOP",
                "RETURN_CONST",
            ]
        );
        // star in the middle with a wildcard: subscripts, not UNPACK_EX
        let f = func("def f(x):\n    match x:\n        case [a, *_, b]:\n            return a\n");
        let n = names(&f);
        assert!(n.contains(&"BINARY_SUBSCR") && n.contains(&"GET_LEN") && !n.contains(&"UNPACK_EX"));
        let f = func("def f(x):\n    match x:\n        case [a, *r]:\n            return a\n");
        assert!(dis(&f).contains(&"UNPACK_EX 1".to_string()));
    }

    #[test]
    fn mapping_class_or_patterns() {
        let f = func("def f(x):\n    match x:\n        case {'k': v, **kw}:\n            return kw\n");
        let n = names(&f);
        for op in ["MATCH_MAPPING", "MATCH_KEYS", "BUILD_MAP", "DICT_UPDATE", "DELETE_SUBSCR"] {
            assert!(n.contains(&op), "{op} in {n:?}");
        }
        let f = func("def f(x):\n    match x:\n        case P(1, y=z):\n            return z\n");
        let c = f.downcast::<CodeObject>().unwrap();
        assert!(dis(&f).contains(&"MATCH_CLASS 1".to_string()));
        assert!(c.consts.iter().any(|k| crate::object::tuple::items(k).map(|t| t.len() == 1).unwrap_or(false)));
        let f = func("def f(x):\n    match x:\n        case [a, b] | (b, a):\n            return a\n");
        let n = names(&f);
        assert_eq!(n.iter().filter(|o| **o == "MATCH_SEQUENCE").count(), 2);
        // the second alternative's captures are reordered with SWAPs
        assert!(n.contains(&"SWAP"));
    }

    #[test]
    fn guard_and_default_case() {
        let f = func("def f(x):\n    match x:\n        case y if y:\n            return 1\n        case _:\n            return 2\n");
        let n = names(&f);
        assert!(n.contains(&"NOP") && n.contains(&"TO_BOOL"));
        // the only non-default case doesn't copy the subject
        assert_eq!(n.iter().filter(|o| **o == "COPY").count(), 0);
    }

    #[test]
    fn pattern_errors() {
        let m = |cases: &str| format!("match x:\n{cases}");
        assert_eq!(err(&m("    case y:\n        pass\n    case 1:\n        pass\n")), ("name capture 'y' makes remaining patterns unreachable".into(), 2, 10));
        assert_eq!(err(&m("    case _:\n        pass\n    case 1:\n        pass\n")).0, "wildcard makes remaining patterns unreachable");
        assert_eq!(err(&m("    case _ | 1:\n        pass\n")).0, "wildcard makes remaining patterns unreachable");
        assert_eq!(err(&m("    case [a, a]:\n        pass\n")), ("multiple assignments to name 'a' in pattern".into(), 2, 14));
        assert_eq!(err(&m("    case [a] | b:\n        pass\n")), ("alternative patterns bind different names".into(), 2, 10));
        assert_eq!(err(&m("    case {'a': 1, 'a': 2}:\n        pass\n")), ("mapping pattern checks duplicate key ('a')".into(), 2, 10));
        assert_eq!(err(&m("    case {1: _, True: _}:\n        pass\n")).0, "mapping pattern checks duplicate key (True)");
        assert_eq!(err(&m("    case C(x=1, x=2):\n        pass\n")), ("attribute name repeated in class pattern: x".into(), 2, 19));
        assert_eq!(err(&m("    case [*a, *b]:\n        pass\n")).0, "multiple starred names in sequence pattern");
    }

    /// Debug aid: `WEFT_DIS_FILE=x.py cargo test --lib dump_dis -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn dump_dis() {
        let Ok(f) = std::env::var("WEFT_DIS_FILE") else { return };
        let src = std::fs::read_to_string(&f).unwrap();
        match compile_source(&src, &f, Mode::Exec) {
            Ok(c) => println!("{}", crate::bytecode::dis::dis(&c)),
            Err(e) => println!("{:?}: {} ({}:{})", e.kind, e.msg, e.lineno, e.offset),
        }
    }
}
