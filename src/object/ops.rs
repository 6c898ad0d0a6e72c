//! Design: DESIGN.md#types
//!
//! Generic operations over the slot table (CPython's abstract.c in spirit):
//! the eval loop and builtins call these, never the slots directly.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::typeobj::{BinaryFn, CmpOp, NumberSlots};
use crate::object::Value;

/// `repr(v)` as a str object.
pub fn repr(v: &Value) -> PyResult<Value> {
    // The native stack guard (DESIGN.md#recursion-limits): container reprs
    // recurse through here.
    crate::vm::stack::check_for(" while getting the repr of an object")?;
    match v.ty().slots.repr {
        Some(f) => f(v),
        None => Ok(crate::object::str::new_str(&format!("<{} object at {:#x}>", v.ty().name, v.raw()))),
    }
}

/// `repr(v)` as a Rust string.
pub fn repr_string(v: &Value) -> PyResult<String> {
    let r = repr(v)?;
    Ok(crate::object::str::to_rust_string(&r))
}

/// `str(v)` as a str object.
pub fn str(v: &Value) -> PyResult<Value> {
    match v.ty().slots.str {
        Some(f) => {
            crate::vm::stack::check_for(" while getting the str of an object")?;
            f(v)
        }
        None => repr(v),
    }
}

/// `str(v)` as a Rust string.
pub fn str_string(v: &Value) -> PyResult<String> {
    let r = str(v)?;
    Ok(crate::object::str::to_rust_string(&r))
}

/// `hash(v)`; `TypeError: unhashable type: 'list'` when the type has none.
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::object::int::hash_i64(i));
    }
    match v.ty().slots.hash {
        Some(f) => f(v),
        None => Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().name))),
    }
}

/// Rich comparison returning an object, with reflection and the identity
/// fallback for `==`/`!=`, as CPython's `PyObject_RichCompare`.
pub fn richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    let mut reflected_first = false;
    if !core::ptr::eq(ta, tb) && tb.is_subtype(ta) && tb.slots.richcompare.is_some() {
        reflected_first = true;
        let r = (tb.slots.richcompare.unwrap())(b, a, op.swapped())?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if let Some(f) = ta.slots.richcompare {
        let r = f(a, b, op)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if !reflected_first {
        if let Some(f) = tb.slots.richcompare {
            let r = f(b, a, op.swapped())?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name,
            tb.name
        ))),
    }
}

/// `a == b` as a bool, with the identity shortcut containers use
/// (CPython's `PyObject_RichCompareBool`).
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x == y);
    }
    let r = richcompare(a, b, CmpOp::Eq)?;
    is_true(&r)
}

/// `a op b` as a bool.
pub fn compare_bool(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if op == CmpOp::Eq {
        return eq(a, b);
    }
    if op == CmpOp::Ne {
        return eq(a, b).map(|x| !x);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(op.test(x.cmp(&y)));
    }
    let r = richcompare(a, b, op)?;
    is_true(&r)
}

/// Truth value (`bool(v)`): `__bool__`, then `__len__`, else true.
pub fn is_true(v: &Value) -> PyResult<bool> {
    if let Some(b) = v.as_bool() {
        return Ok(b);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if v.is_none() {
        return Ok(false);
    }
    let s = &v.ty().slots;
    if let Some(f) = s.number.bool {
        return f(v);
    }
    if let Some(f) = s.len {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    match v.ty().slots.len {
        Some(f) => f(v),
        None => Err(PyErr::type_error(format!("object of type '{}' has no len()", v.ty().name))),
    }
}

/// `v[k]`.
pub fn getitem(v: &Value, k: &Value) -> PyResult<Value> {
    match v.ty().slots.getitem {
        Some(f) => f(v, k),
        None => Err(PyErr::type_error(format!("'{}' object is not subscriptable", v.ty().name))),
    }
}

/// `v[k] = x`.
pub fn setitem(v: &Value, k: &Value, x: &Value) -> PyResult<()> {
    match v.ty().slots.setitem {
        Some(f) => f(v, k, Some(x)),
        None => Err(PyErr::type_error(format!("'{}' object does not support item assignment", v.ty().name))),
    }
}

/// `del v[k]`.
pub fn delitem(v: &Value, k: &Value) -> PyResult<()> {
    match v.ty().slots.setitem {
        Some(f) => f(v, k, None),
        None => Err(PyErr::type_error(format!("'{}' object does not support item deletion", v.ty().name))),
    }
}

/// `x in v`.
pub fn contains(v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(f) = v.ty().slots.contains {
        return f(v, x);
    }
    let it = iter(v).map_err(|_| {
        PyErr::type_error(format!("argument of type '{}' is not iterable", v.ty().name))
    })?;
    while let Some(item) = next(&it)? {
        if eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    match v.ty().slots.iter {
        Some(f) => f(v),
        // The sequence protocol (`__getitem__` from 0 until IndexError),
        // for non-dict types, as CPython's PySeqIter.
        None if v.ty().slots.getitem.is_some() && crate::object::dict::core(v).is_none() => {
            Ok(crate::builtins::iters::new_seq_iter(v.clone()))
        }
        None => Err(PyErr::type_error(format!("'{}' object is not iterable", v.ty().name))),
    }
}

/// `next(it)`, `Ok(None)` when exhausted.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match it.ty().slots.next {
        Some(f) => f(it),
        None => Err(PyErr::type_error(format!("'{}' object is not an iterator", it.ty().name))),
    }
}

/// Collects an iterable into a Vec. Exact dicts, their views and sets are
/// read as one consistent snapshot (as CPython 3.13's `list(d)` under a
/// critical section), so `list(d)` never fails with "changed size during
/// iteration" when another thread mutates the container.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = snapshot_builtin(v) {
        return Ok(items);
    }
    // A generator's values are collected by its own YIELD_VALUE
    // (`gen::drive`), without a resume per value.
    crate::object::gen::collect_iter(&iter(v)?)
}

/// The items of an exact list, tuple, dict, dict view, set or frozenset,
/// read atomically (a list under its lock, as CPython's `PyList_AsTuple`);
/// `None` for anything else.
fn snapshot_builtin(v: &Value) -> Option<Vec<Value>> {
    use crate::object::{dict, list, set, tuple};
    let ty = v.ty();
    if core::ptr::eq(ty, &list::LIST_TYPE) {
        // `tuple(l)`, `sorted(l)`...: one locked copy, not an iteration
        // growing a Vec item by item (tuple(5-item list) 2,193 → see
        // DESIGN.md#measurements).
        return Some(list::snapshot(v));
    }
    if core::ptr::eq(ty, &tuple::TUPLE_TYPE) {
        return tuple::items(v).map(|t| t.to_vec());
    }
    if core::ptr::eq(ty, &dict::DICT_TYPE) {
        return dict::core(v).map(|d| d.keys());
    }
    if core::ptr::eq(ty, &set::SET_TYPE) || core::ptr::eq(ty, &set::FROZENSET_TYPE) {
        return Some(set::keys(v));
    }
    crate::object::methods::dictview::snapshot(v)
}

/// Binary operators of the number protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Rem,
    DivMod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Rem => "%",
            BinOp::DivMod => "divmod()",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
    fn slot(self, n: &NumberSlots) -> Option<BinaryFn> {
        match self {
            BinOp::Add => n.add,
            BinOp::Sub => n.sub,
            BinOp::Mul => n.mul,
            BinOp::TrueDiv => n.truediv,
            BinOp::FloorDiv => n.floordiv,
            BinOp::Rem => n.rem,
            BinOp::DivMod => n.divmod,
            BinOp::Pow => None,
            BinOp::LShift => n.lshift,
            BinOp::RShift => n.rshift,
            BinOp::And => n.and,
            BinOp::Or => n.or,
            BinOp::Xor => n.xor,
            BinOp::MatMul => n.matmul,
        }
    }
}

/// `a op b` through the number protocol: the left slot, then the right
/// (subclass first), as CPython's `binary_op1`. Sequence `+`/`*` are the
/// number slots of str/list/tuple/bytes here.
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if op == BinOp::Pow {
        return pow(a, b, None);
    }
    let (ta, tb) = (a.ty(), b.ty());
    let sa = op.slot(&ta.slots.number);
    let mut sb = if core::ptr::eq(ta, tb) { None } else { op.slot(&tb.slots.number) };
    // One call when both types share the slot function (CPython's
    // `slotw == slotv`): classes share one dunder-dispatching wrapper.
    if let (Some(x), Some(y)) = (sa, sb) {
        if core::ptr::fn_addr_eq(x, y) {
            sb = None;
        }
    }
    if let (Some(fb), true) = (sb, tb.is_subtype(ta) && !core::ptr::eq(ta, tb)) {
        let r = fb(a, b)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
        if let Some(fa) = sa {
            let r = fa(a, b)?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    } else {
        if let Some(fa) = sa {
            let r = fa(a, b)?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(fb) = sb {
            let r = fb(a, b)?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    Err(unsupported_binop(a, b, op))
}

pub fn unsupported_binop(a: &Value, b: &Value, op: BinOp) -> PyErr {
    if op == BinOp::Add && crate::object::str::is_str(a) {
        return PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name));
    }
    if op == BinOp::Add && a.ty().slots.getitem.is_some() && a.ty().slots.number.add.is_some() && is_same_kind_seq(a) {
        // list + tuple, tuple + list: CPython names the sequence type.
        return PyErr::type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            a.ty().name,
            b.ty().name,
            a.ty().name
        ));
    }
    if op == BinOp::Mul {
        let seq = |v: &Value| is_same_kind_seq(v);
        let non_int = |v: &Value| v.ty().slots.number.index.is_none() && !v.is_small_int();
        if seq(a) && non_int(b) {
            return PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", b.ty().name));
        }
        if seq(b) && non_int(a) {
            return PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", a.ty().name));
        }
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.ty().name,
        b.ty().name
    ))
}

/// Is `v` one of the builtin sequences whose `+`/`*` are concatenation and
/// repetition (str, bytes, tuple, list)?
fn is_same_kind_seq(v: &Value) -> bool {
    let t = v.ty();
    ["str", "bytes", "tuple", "list", "bytearray"].iter().any(|n| {
        let mut ty: Option<&crate::object::PyType> = Some(t);
        while let Some(x) = ty {
            if x.name == *n && x.base().map(|b| b.name == "object").unwrap_or(false) {
                return true;
            }
            ty = x.base();
        }
        false
    })
}

/// `pow(a, b[, m])`.
pub fn pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    let sa = ta.slots.number.pow;
    let mut sb = if core::ptr::eq(ta, tb) { None } else { tb.slots.number.pow };
    // One call when both types share the slot function; a subclass's slot
    // first (CPython's ternary_op).
    if let (Some(x), Some(y)) = (sa, sb) {
        if core::ptr::fn_addr_eq(x, y) {
            sb = None;
        }
    }
    let order = if sb.is_some() && tb.is_subtype(ta) { [sb, sa] } else { [sa, sb] };
    for f in order.into_iter().flatten() {
        let r = f(a, b, m)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    Err(match m {
        None => PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            ta.name, tb.name
        )),
        Some(m) => PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            ta.name,
            tb.name,
            m.ty().name
        )),
    })
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Abs,
    Invert,
}

pub fn unary_op(v: &Value, op: UnOp) -> PyResult<Value> {
    let n = &v.ty().slots.number;
    let (f, sym) = match op {
        UnOp::Neg => (n.neg, "unary -"),
        UnOp::Pos => (n.pos, "unary +"),
        UnOp::Abs => (n.abs, "abs()"),
        UnOp::Invert => (n.invert, "unary ~"),
    };
    match f {
        Some(f) => f(v),
        None => Err(PyErr::type_error(format!("bad operand type for {}: '{}'", sym, v.ty().name))),
    }
}

/// `operator.index(v)` as an int object.
pub fn index(v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(v.clone());
    }
    match v.ty().slots.number.index {
        Some(f) => f(v),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name
        ))),
    }
}

/// `v.__index__()` clamped into an isize, as `PyNumber_AsSsize_t` with
/// OverflowError.
pub fn index_isize(v: &Value) -> PyResult<isize> {
    let i = index(v)?;
    match crate::object::int::to_i64(&i) {
        Some(x) => Ok(x as isize),
        None => Err(PyErr::new(
            ExcKind::IndexError,
            format!("cannot fit '{}' into an index-sized integer", v.ty().name),
        )),
    }
}

/// `getattr(v, name)`; types without a getattr slot use
/// `attr::generic_getattr`.
pub fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match v.ty().slots.getattr {
        Some(f) => f(v, name),
        None => crate::object::attr::generic_getattr(v, name),
    }
}

/// `getattr(v, name)` with a Rust name.
pub fn getattr_str(v: &Value, name: &str) -> PyResult<Value> {
    getattr(v, &crate::object::str::new_str(name))
}

/// `setattr(v, name, x)` / `delattr` (x = None); types without a setattr
/// slot use `attr::generic_setattr`.
pub fn setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    match v.ty().slots.setattr {
        Some(f) => f(v, name, x),
        None => crate::object::attr::generic_setattr(v, name, x),
    }
}

/// `v(*args)`.
pub fn call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    match v.ty().slots.call {
        Some(f) => f(v, args, kwnames),
        None => Err(PyErr::type_error(format!("'{}' object is not callable", v.ty().name))),
    }
}
