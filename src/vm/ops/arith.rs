//! Design: DESIGN.md#eval-loop
//!
//! Operators: unary, binary (with small-int fast paths), comparisons,
//! subscripts and slices, f-string formatting.

#![forbid(unsafe_code)]

use crate::bytecode::BinOpKind;
use crate::error::{PyErr, PyResult};
use crate::object::ops::{self, BinOp, UnOp};
use crate::object::str::{intern, is_exact_str, new_str, to_rust_string};
use crate::object::typeobj::CmpOp;
use crate::object::Value;
use crate::vm::eval::Ctl;
use crate::vm::frame::Activation;

pub fn unary(act: &mut Activation, op: UnOp) -> PyResult<Ctl> {
    let v = act.pop();
    let r = ops::unary_op(&v, op)?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn unary_not(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    let b = match v.as_bool() {
        Some(b) => b,
        None => ops::is_true(&v)?,
    };
    act.push(Value::bool(!b));
    Ok(Ctl::Next)
}

pub fn to_bool(act: &mut Activation) -> PyResult<Ctl> {
    let top = act.top_mut();
    let v = top.as_ref().expect("value");
    if v.as_bool().is_some() {
        return Ok(Ctl::Next);
    }
    if let Some(i) = v.as_small_int() {
        *top = Some(Value::bool(i != 0));
        return Ok(Ctl::Next);
    }
    let b = ops::is_true(v)?;
    *top = Some(Value::bool(b));
    Ok(Ctl::Next)
}

fn binop_of(k: BinOpKind) -> (BinOp, bool) {
    use BinOpKind::*;
    let op = match k {
        Add | InplaceAdd => BinOp::Add,
        And | InplaceAnd => BinOp::And,
        FloorDivide | InplaceFloorDivide => BinOp::FloorDiv,
        Lshift | InplaceLshift => BinOp::LShift,
        MatrixMultiply | InplaceMatrixMultiply => BinOp::MatMul,
        Multiply | InplaceMultiply => BinOp::Mul,
        Remainder | InplaceRemainder => BinOp::Rem,
        Or | InplaceOr => BinOp::Or,
        Power | InplacePower => BinOp::Pow,
        Rshift | InplaceRshift => BinOp::RShift,
        Subtract | InplaceSubtract => BinOp::Sub,
        TrueDivide | InplaceTrueDivide => BinOp::TrueDiv,
        Xor | InplaceXor => BinOp::Xor,
    };
    (op, k.is_inplace())
}

#[inline]
fn small_int_fast(a: i64, b: i64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => Value::small_int(a + b),
        BinOp::Sub => Value::small_int(a - b),
        BinOp::Mul => a.checked_mul(b).and_then(Value::small_int),
        BinOp::And => Value::small_int(a & b),
        BinOp::Or => Value::small_int(a | b),
        BinOp::Xor => Value::small_int(a ^ b),
        BinOp::FloorDiv if b != 0 => {
            let q = a / b;
            Value::small_int(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
        }
        BinOp::Rem if b != 0 => {
            let r = a % b;
            Value::small_int(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
        }
        _ => None,
    }
}

/// What `binary_fast` did.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BinFast {
    /// Nothing changed: take `binary_op`.
    No,
    /// The result replaced the left operand.
    Done,
    /// Float result written into the float the STORE_FAST that follows
    /// would overwrite (`store`); both operands popped. The caller skips
    /// that STORE_FAST.
    Stored,
}

/// BINARY_OP's inline fast path (eval loop), on the value stack: two small
/// ints (`+ - * & | ^ // %`, in-place forms too), or exact floats / a float
/// and a small int (`+ - * /`, out of line). The result replaces the left
/// operand. `store`: the stack index of the local a directly following
/// STORE_FAST stores into (`usize::MAX`: none, or fusing not allowed);
/// a float result may then go straight into that local's float
/// (`float_binary`).
#[inline(always)]
pub fn binary_fast(stack: &mut Vec<Option<Value>>, arg: u32, store: usize) -> BinFast {
    let n = stack.len();
    let (Some(a), Some(b)) = (&stack[n - 2], &stack[n - 1]) else { return BinFast::No };
    // NB_INPLACE_* = NB_* + 13 (CPython's order, BinOpKind).
    let k = if arg >= 13 { arg - 13 } else { arg };
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        let r = match k {
            0 => Value::small_int(x + y),
            10 => Value::small_int(x - y),
            5 => x.checked_mul(y).and_then(Value::small_int),
            1 => Value::small_int(x & y),
            7 => Value::small_int(x | y),
            12 => Value::small_int(x ^ y),
            2 | 6 => {
                let op = if k == 2 { BinOp::FloorDiv } else { BinOp::Rem };
                small_int_fast(x, y, op)
            }
            // `>>` by 0..=63 (larger counts and negative ones: generic path)
            9 if (0..64).contains(&y) => Value::small_int(x >> y),
            // `<<` when no bit is lost (the result still fits a small int)
            3 if (0..63).contains(&y) && (x << y) >> y == x => Value::small_int(x << y),
            _ => None,
        };
        return match r {
            Some(r) => {
                // Small ints hold no count: the pop and the overwrite free nothing.
                stack.pop();
                stack[n - 2] = Some(r);
                BinFast::Done
            }
            None => BinFast::No,
        };
    }
    float_binary(stack, k, store)
}

/// The float part of `binary_fast` (kept out of the eval loop's body). The
/// result goes, in this order of preference, into the float held by the
/// local `store` (the target of the STORE_FAST that follows, when that
/// float is uniquely referenced by the local: `freelist::reuse_unique`),
/// into an operand that is a uniquely referenced float of this thread (a
/// temporary), else into a new float. DESIGN.md#eval-loop ("float
/// results in place") gives the rule.
#[inline(never)]
fn float_binary(stack: &mut Vec<Option<Value>>, k: u32, store: usize) -> BinFast {
    use crate::object::freelist::{drop_by, new_float_by, reuse_owned, reuse_unique};
    let [.., Some(a), Some(b)] = &stack[..] else { return BinFast::No };
    let Some(r) = float_op(a, b, k) else { return BinFast::No };
    let me = crate::vm::thread::current_tid();
    // The operands given up are dropped through `drop_by` with the thread
    // id already read: a temporary float goes straight to the free list.
    let n = stack.len();
    if let Some(Some(dest)) = stack.get(store) {
        // `x = a op b` with `x` holding a float only it references: the
        // local keeps its float, now with the result (the same as storing
        // a new float and freeing the old one, which nobody else can see).
        // The operands are other references (stack slots above the
        // locals); when one or both are `x`'s own float (`x = x + y`,
        // `x += y`, `x = x * x`) their references are ours too and are
        // given up right after, so the float may hold exactly that many
        // (the result is computed before the write).
        let refs = 1 + dest.is(a) as u32 + dest.is(b) as u32;
        if reuse_owned(dest, r, me, refs) {
            if let Some(b) = stack.pop().flatten() {
                drop_by(b, me);
            }
            if let Some(a) = stack.pop().flatten() {
                drop_by(a, me);
            }
            return BinFast::Stored;
        }
    }
    if reuse_unique(a, r, me) {
        if let Some(b) = stack.pop().flatten() {
            drop_by(b, me);
        }
    } else if reuse_unique(b, r, me) {
        let b = stack.pop().flatten();
        if let Some(a) = core::mem::replace(&mut stack[n - 2], b) {
            drop_by(a, me);
        }
    } else {
        let v = new_float_by(r, me);
        if let Some(b) = stack.pop().flatten() {
            drop_by(b, me);
        }
        if let Some(a) = stack[n - 2].replace(v) {
            drop_by(a, me);
        }
    }
    BinFast::Done
}

/// `a op b` (`k`: the in-place-folded BINARY_OP kind) as an f64 when one
/// operand is an exact float and the other an exact float or a small int
/// (exactly convertible), for `+ - * /` (non-zero divisor).
#[inline(always)]
fn float_op(a: &Value, b: &Value, k: u32) -> Option<f64> {
    use crate::object::float::PyFloat;
    let small = |v: &Value| v.as_small_int().filter(|i| i.unsigned_abs() <= 1 << 53).map(|i| i as f64);
    let (x, y) = match (a.downcast::<PyFloat>(), b.downcast::<PyFloat>()) {
        (Some(x), Some(y)) => (x.0, y.0),
        (Some(x), None) => (x.0, small(b)?),
        (None, Some(y)) => (small(a)?, y.0),
        (None, None) => return None,
    };
    Some(match k {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        _ => return None,
    })
}

/// COMPARE_OP's inline fast path: two small ints or two exact floats.
#[inline(always)]
pub fn compare_fast(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let op = cmp_of(arg >> 5);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(op.test(x.cmp(&y)));
    }
    let (x, y) = (a.downcast::<crate::object::float::PyFloat>()?.0, b.downcast::<crate::object::float::PyFloat>()?.0);
    Some(op.test_f64(x, y))
}

pub fn binary_op(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let b = act.pop();
    let a = act.pop();
    let kind = BinOpKind::from_u32(arg).ok_or_else(|| PyErr::system_error("bad BINARY_OP oparg"))?;
    let (op, inplace) = binop_of(kind);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = small_int_fast(x, y, op) {
            act.push(r);
            return Ok(Ctl::Next);
        }
    }
    if let Some(r) = float_fast(&a, &b, op) {
        act.push(r);
        return Ok(Ctl::Next);
    }
    if op == BinOp::Add && is_exact_str(&a) && is_exact_str(&b) {
        // `str + str` (and `+=`: str has no `__iadd__`): the result
        // `str.__add__` gives, without the slot dispatch.
        act.push(crate::object::str::concat(&a, &b)?);
        return Ok(Ctl::Next);
    }
    let r = if inplace { crate::object::attr::inplace_op(&a, &b, op)? } else { ops::binary_op(&a, &b, op)? };
    act.push(r);
    Ok(Ctl::Next)
}

/// `+ - *` and `/` (non-zero divisor) on two exact floats, or an exact
/// float and a small int: the result CPython's float slots give.
#[inline]
fn float_fast(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    float_fast_f64(a, b, op).map(Value::from_f64)
}

#[inline]
fn float_fast_f64(a: &Value, b: &Value, op: BinOp) -> Option<f64> {
    use crate::object::float::{PyFloat, FLOAT_TYPE};
    let as_f = |v: &Value| -> Option<f64> {
        if let Some(f) = v.downcast::<PyFloat>() {
            return Some(f.0);
        }
        // Small ints convert exactly when |i| <= 2^53.
        v.as_small_int().filter(|i| i.unsigned_abs() <= 1 << 53).map(|i| i as f64)
    };
    if !a.is_type(&FLOAT_TYPE) && !b.is_type(&FLOAT_TYPE) {
        return None;
    }
    let (x, y) = (as_f(a)?, as_f(b)?);
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    })
}

pub fn cmp_of(n: u32) -> CmpOp {
    match n {
        0 => CmpOp::Lt,
        1 => CmpOp::Le,
        2 => CmpOp::Eq,
        3 => CmpOp::Ne,
        4 => CmpOp::Gt,
        _ => CmpOp::Ge,
    }
}

pub fn compare_op(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let b = act.pop();
    let a = act.pop();
    let op = cmp_of(arg >> 5);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        act.push(Value::bool(op.test(x.cmp(&y))));
        return Ok(Ctl::Next);
    }
    if let (Some(x), Some(y)) = (
        a.downcast::<crate::object::float::PyFloat>(),
        b.downcast::<crate::object::float::PyFloat>(),
    ) {
        let (x, y) = (x.0, y.0);
        let r = op.test_f64(x, y);
        act.push(Value::bool(r));
        return Ok(Ctl::Next);
    }
    let r = ops::richcompare(&a, &b, op)?;
    if arg & 16 != 0 && r.as_bool().is_none() {
        let t = ops::is_true(&r)?;
        act.push(Value::bool(t));
    } else {
        act.push(r);
    }
    Ok(Ctl::Next)
}

pub fn is_op(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let b = act.pop();
    let a = act.pop();
    act.push(Value::bool(a.is(&b) != (arg == 1)));
    Ok(Ctl::Next)
}

pub fn contains_op(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let container = act.pop();
    let item = act.pop();
    let r = ops::contains(&container, &item)?;
    act.push(Value::bool(r != (arg == 1)));
    Ok(Ctl::Next)
}

/// BINARY_SUBSCR's inline fast path (eval loop), on the value stack: a list
/// or tuple indexed by an in-range small int. The item replaces the
/// container. `false`: nothing changed, take `binary_subscr`.
#[inline(always)]
pub fn subscr_fast(stack: &mut Vec<Option<Value>>) -> bool {
    let n = stack.len();
    let (Some(c), Some(s)) = (&stack[n - 2], &stack[n - 1]) else { return false };
    let Some(i) = s.as_small_int() else { return false };
    let r = if c.is_type(&crate::object::list::LIST_TYPE) {
        // A match, not `Option::or_else`: LLVM sometimes leaves that
        // closure call out of line in the eval loop.
        match crate::object::list::getitem_int_local(c, i) {
            Some(r) => Some(r),
            None => crate::object::list::getitem_int_fast(c, i),
        }
    } else if c.is_type(&crate::object::tuple::TUPLE_TYPE) {
        crate::object::tuple::items(c).and_then(|items| {
            let n = items.len() as i64;
            let p = if i < 0 { i + n } else { i };
            if (0..n).contains(&p) {
                Some(items[p as usize].clone())
            } else {
                None
            }
        })
    } else {
        None
    };
    match r {
        Some(r) => {
            // The index is a small int (no count); the container's
            // reference is dropped by the overwrite.
            stack.pop();
            stack[n - 2] = Some(r);
            true
        }
        None => false,
    }
}

/// STORE_SUBSCR's fast path on the value stack: `list[i] = v` with an
/// in-range small int; the item moves off the stack into the list.
/// `false`: nothing changed, take `store_subscr`.
#[inline(always)]
pub fn store_subscr_fast(stack: &mut Vec<Option<Value>>) -> bool {
    let n = stack.len();
    let (Some(c), Some(s)) = (&stack[n - 2], &stack[n - 1]) else { return false };
    let Some(i) = s.as_small_int() else { return false };
    if !c.is_type(&crate::object::list::LIST_TYPE) {
        return false;
    }
    let Some(v) = stack[n - 3].take() else { return false };
    match crate::object::list::setitem_int_move(stack[n - 2].as_ref().expect("list"), i, v) {
        Ok(()) => {
            // The index is a small int (no count); then the list, then
            // the (moved-out) value slot.
            stack.pop();
            stack.pop();
            stack.pop();
            true
        }
        Err(v) => {
            stack[n - 3] = Some(v);
            false
        }
    }
}

pub fn binary_subscr(act: &mut Activation) -> PyResult<Ctl> {
    let sub = act.pop();
    let container = act.pop();
    if let Some(i) = sub.as_small_int() {
        use crate::object::{list, tuple};
        if container.is_type(&list::LIST_TYPE) {
            if let Some(r) = list::getitem_int_fast(&container, i) {
                act.push(r);
                return Ok(Ctl::Next);
            }
        } else if container.is_type(&tuple::TUPLE_TYPE) {
            if let Some(items) = tuple::items(&container) {
                let n = items.len() as i64;
                let p = if i < 0 { i + n } else { i };
                if (0..n).contains(&p) {
                    let r = items[p as usize].clone();
                    act.push(r);
                    return Ok(Ctl::Next);
                }
            }
        } else if let Some(r) = crate::object::str::getitem_int(&container, i) {
            // `s[i]` / `b[i]` of an exact str / bytes: the item without
            // the mapping-slot dispatch and the index conversion.
            act.push(r);
            return Ok(Ctl::Next);
        } else if let Some(r) = crate::object::bytes::getitem_int(&container, i) {
            act.push(r);
            return Ok(Ctl::Next);
        }
    }
    let r = ops::getitem(&container, &sub)?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn store_subscr(act: &mut Activation) -> PyResult<Ctl> {
    let sub = act.pop();
    let container = act.pop();
    let v = act.pop();
    if let Some(i) = sub.as_small_int() {
        if container.is_type(&crate::object::list::LIST_TYPE) && crate::object::list::setitem_int_fast(&container, i, &v) {
            return Ok(Ctl::Next);
        }
    }
    ops::setitem(&container, &sub, &v)?;
    Ok(Ctl::Next)
}

pub fn delete_subscr(act: &mut Activation) -> PyResult<Ctl> {
    let sub = act.pop();
    let container = act.pop();
    ops::delitem(&container, &sub)?;
    Ok(Ctl::Next)
}

pub fn binary_slice(act: &mut Activation) -> PyResult<Ctl> {
    let stop = act.pop();
    let start = act.pop();
    let container = act.pop();
    let s = crate::object::slice::new_slice(start, stop, Value::none());
    let r = ops::getitem(&container, &s)?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn store_slice(act: &mut Activation) -> PyResult<Ctl> {
    let stop = act.pop();
    let start = act.pop();
    let container = act.pop();
    let v = act.pop();
    let s = crate::object::slice::new_slice(start, stop, Value::none());
    ops::setitem(&container, &s, &v)?;
    Ok(Ctl::Next)
}

/// `format(v, spec)`: `type(v).__format__(v, spec)`.
pub fn format_value(v: &Value, spec: &Value) -> PyResult<Value> {
    let spec_s = to_rust_string(spec);
    if spec_s.is_empty() && is_exact_str(v) {
        return Ok(v.clone());
    }
    if let Some(f) = crate::object::attr::lookup_special(v, &intern("__format__"))? {
        let r = ops::call(&f, core::slice::from_ref(spec), None)?;
        if !crate::object::str::is_str(&r) {
            return Err(PyErr::type_error(format!("__format__ must return a str, not {}", r.ty().name)));
        }
        return Ok(r);
    }
    if spec_s.is_empty() {
        return ops::str(v);
    }
    if crate::object::int::is_int(v) && v.as_bool().is_none() {
        return Ok(new_str(&crate::object::format::format_int(v, &spec_s)?));
    }
    if let Some(x) = crate::object::float::as_float(v) {
        return Ok(new_str(&crate::object::format::format_float(x, &spec_s)?));
    }
    Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().name)))
}

pub fn format_simple(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    if is_exact_str(&v) {
        act.push(v);
        return Ok(Ctl::Next);
    }
    let r = format_value(&v, &crate::object::str::empty_str())?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn format_with_spec(act: &mut Activation) -> PyResult<Ctl> {
    let spec = act.pop();
    let v = act.pop();
    let r = format_value(&v, &spec)?;
    act.push(r);
    Ok(Ctl::Next)
}

/// `ascii(v)` as a str object.
pub fn ascii_of(v: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str(&crate::builtins::ascii_of(v)?))
}

pub fn convert_value(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let v = act.pop();
    let r = match arg {
        1 => ops::str(&v)?,
        2 => ops::repr(&v)?,
        3 => ascii_of(&v)?,
        _ => v,
    };
    act.push(r);
    Ok(Ctl::Next)
}
