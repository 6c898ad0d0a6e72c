//! Design: DESIGN.md#types
//!
//! tuple: an immutable array of values. Being immutable after construction,
//! a tuple needs no lock: any thread may read its items through a borrowed
//! reference to the tuple (the tuple holds a count on each item).
//!
//! * hash: CPython 3.13's xxHash-based `tuplehash`, bit for bit;
//! * repr: `()`, `(1,)`, `(1, 2)`, with the per-thread recursion guard of
//!   `list::repr_enter` (a tuple can reach itself through a list);
//! * `+` / `*` are the number slots (`add` / `mul`), called with the operands
//!   in source order, as `ops::binary_op` documents.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyPayload, Value};
use crate::object::float::PyFloat;
use crate::object::header::ObjHeader;
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::slice::{self, PySlice};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, MethodKind, NumberSlots, PyType, Slots};
use crate::sync::{AtomicUsize, Ordering::Relaxed};

pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyPayload for PyTuple {
    fn class() -> &'static PyType {
        &TUPLE_TYPE
    }
}

pub static TUPLE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "tuple",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(tuple_repr),
        hash: Some(tuple_hash),
        richcompare: Some(tuple_richcompare),
        iter: Some(tuple_iter),
        len: Some(tuple_len),
        getitem: Some(tuple_getitem),
        contains: Some(tuple_contains),
        number: NumberSlots { add: Some(tuple_add), mul: Some(tuple_mul), bool: Some(tuple_bool), ..NumberSlots::EMPTY },
        traverse: Some(tuple_traverse),
        new: Some(crate::builtins::ctors::tuple_new),
        ..Slots::EMPTY
    },
    free: crate::object::freelist::free_tuple,
    methods: crate::object::methods::containers::TUPLE_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub fn new_tuple(items: Vec<Value>) -> Value {
    crate::object::freelist::new_tuple_vec(items)
}

/// The items of a tuple (or tuple subclass instance).
pub fn items(v: &Value) -> Option<&[Value]> {
    v.downcast_sub::<PyTuple>().map(|t| &t.items[..])
}

fn this(v: &Value) -> &[Value] {
    items(v).expect("tuple slot called on a non-tuple")
}

fn tuple_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn tuple_bool(v: &Value) -> PyResult<bool> {
    Ok(!this(v).is_empty())
}

fn tuple_repr(v: &Value) -> PyResult<Value> {
    let items = this(v);
    if items.is_empty() {
        return Ok(crate::object::str::new_str("()"));
    }
    let Some(_guard) = crate::object::list::repr_enter(v) else {
        return Ok(crate::object::str::new_str("(...)"));
    };
    let mut s = String::from("(");
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(x)?);
    }
    if items.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(crate::object::str::new_str(&s))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.13's `tuplehash` over already computed item hashes.
pub fn hash_of_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn tuple_hash(v: &Value) -> PyResult<i64> {
    crate::vm::stack::check()?;
    let items = this(v);
    let mut hashes = Vec::with_capacity(items.len());
    for x in items.iter() {
        hashes.push(ops::hash(x)?);
    }
    Ok(hash_of_hashes(hashes.into_iter()))
}

/// Lexicographic comparison of two item sequences with CPython's rule: find
/// the first index where the items are not `==`, then compare the lengths
/// (if one ran out) or those two items with `op`.
pub fn compare_sequences(a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
    crate::vm::stack::check_for(" in comparison")?;
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let same = match native_compare(&a[i], &b[i], CmpOp::Eq) {
            Some(r) => r,
            None => ops::eq(&a[i], &b[i])?,
        };
        if !same {
            break;
        }
        i += 1;
    }
    if i >= a.len() || i >= b.len() {
        return Ok(Value::bool(op.test(a.len().cmp(&b.len()))));
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(false)),
        CmpOp::Ne => Ok(Value::bool(true)),
        _ => match native_compare(&a[i], &b[i], op) {
            Some(r) => Ok(Value::bool(r)),
            None => ops::richcompare(&a[i], &b[i], op),
        },
    }
}

/// Items that compare without a slot call: two small ints or two exact
/// strs (sort keys such as `(-count, word)`). `None`: the generic path.
#[inline]
fn native_compare(x: &Value, y: &Value, op: CmpOp) -> Option<bool> {
    if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
        return Some(op.test(p.cmp(&q)));
    }
    crate::object::str::exact_str_compare(x, y, op)
}

/// `a < b` computed natively for sort keys (`list.sort`, `sorted`): two
/// small ints, exact strs or exact floats, or two exact tuples whose items
/// decide the order among such scalars (CPython's rule: the first index
/// whose items are not `==`, by identity first, then `<` on those items,
/// or the lengths when one runs out). `None` (mixed or other types, a NaN
/// deciding the order, a nested tuple): the caller's generic comparison,
/// which gives the same answer with slot calls and can raise. Nothing
/// here runs Python code or recurses.
#[inline]
pub fn native_lt(a: &Value, b: &Value) -> Option<bool> {
    if let Some(r) = scalar_lt(a, b) {
        return Some(r);
    }
    if !a.is_type(&TUPLE_TYPE) || !b.is_type(&TUPLE_TYPE) {
        return None;
    }
    let (x, y) = (this(a), this(b));
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) {
            continue;
        }
        if !scalar_eq(p, q)? {
            return scalar_lt(p, q);
        }
    }
    Some(x.len() < y.len())
}

/// `x < y` for two small ints, exact strs or exact non-NaN floats.
#[inline]
fn scalar_lt(x: &Value, y: &Value) -> Option<bool> {
    if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
        return Some(p < q);
    }
    if let (Some(p), Some(q)) = (x.downcast::<PyFloat>(), y.downcast::<PyFloat>()) {
        return p.0.partial_cmp(&q.0).map(|o| o == core::cmp::Ordering::Less);
    }
    crate::object::str::exact_str_compare(x, y, CmpOp::Lt)
}

/// `x == y` for two small ints, exact strs or exact non-NaN floats.
#[inline]
fn scalar_eq(x: &Value, y: &Value) -> Option<bool> {
    if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
        return Some(p == q);
    }
    if let (Some(p), Some(q)) = (x.downcast::<PyFloat>(), y.downcast::<PyFloat>()) {
        return p.0.partial_cmp(&q.0).map(|o| o == core::cmp::Ordering::Equal);
    }
    crate::object::str::exact_str_compare(x, y, CmpOp::Eq)
}

fn tuple_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (items(a), items(b)) else {
        return Ok(Value::not_implemented());
    };
    compare_sequences(x, y, op)
}

fn tuple_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let items = this(v);
    if let Some(s) = key.downcast::<PySlice>() {
        let (start, _stop, step, n) = slice::indices(s, items.len())?;
        if n == items.len() && step == 1 && v.is_type(&TUPLE_TYPE) {
            return Ok(v.clone());
        }
        let out: Vec<Value> = slice::positions(start, step, n).map(|p| items[p].clone()).collect();
        return Ok(new_tuple(out));
    }
    let i = slice::index_arg(key, "tuple")?;
    match slice::normalize_index(i, items.len()) {
        Some(p) => Ok(items[p].clone()),
        None => Err(PyErr::index_error("tuple index out of range")),
    }
}

fn tuple_contains(v: &Value, x: &Value) -> PyResult<bool> {
    for item in this(v).iter() {
        if ops::eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_add(a: &Value, b: &Value) -> PyResult<Value> {
    match (items(a), items(b)) {
        (Some(x), Some(y)) => {
            if y.is_empty() && a.is_type(&TUPLE_TYPE) {
                return Ok(a.clone());
            }
            if x.is_empty() && b.is_type(&TUPLE_TYPE) {
                return Ok(b.clone());
            }
            let mut out = Vec::with_capacity(x.len() + y.len());
            out.extend(x.iter().cloned());
            out.extend(y.iter().cloned());
            Ok(new_tuple(out))
        }
        (Some(_), None) if is_builtin_type(b) => Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.ty().name
        ))),
        _ => Ok(Value::not_implemented()),
    }
}

/// Builtin types are immortal statics; heap classes (which may define a
/// reflected operator) are not.
pub(crate) fn is_builtin_type(v: &Value) -> bool {
    v.ty().head.is_immortal()
}

/// The repeat count for `seq * n` / `n * seq`: `Ok(None)` means "return
/// NotImplemented" (the other operand's class may handle it), errors follow
/// CPython's sequence-repeat wording.
pub(crate) fn repeat_count(n: &Value) -> PyResult<Option<isize>> {
    if let Some(i) = n.as_small_int() {
        return Ok(Some(i.clamp(isize::MIN as i64, isize::MAX as i64) as isize));
    }
    if n.as_bool().is_none() && n.ty().slots.number.index.is_none() {
        if is_builtin_type(n) || n.ty().slots.number.mul.is_none() {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.ty().name
            )));
        }
        return Ok(None);
    }
    let i = ops::index(n)?;
    match crate::object::int::to_i64(&i) {
        Some(x) => Ok(Some(x.clamp(isize::MIN as i64, isize::MAX as i64) as isize)),
        None => {
            let neg = crate::object::int::to_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false);
            if neg {
                Ok(Some(0))
            } else {
                Err(PyErr::overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name)))
            }
        }
    }
}

/// Total length of `len * n` items, MemoryError past isize::MAX.
pub(crate) fn repeat_len(len: usize, n: isize) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    match len.checked_mul(n as usize) {
        Some(t) if t <= isize::MAX as usize / core::mem::size_of::<Value>() => Ok(t),
        _ => Err(PyErr::new(crate::error::ExcKind::MemoryError, "")),
    }
}

fn tuple_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = match (items(a), items(b)) {
        (Some(_), _) => (a, b),
        (None, Some(_)) => (b, a),
        _ => return Ok(Value::not_implemented()),
    };
    let Some(n) = repeat_count(n)? else {
        return Ok(Value::not_implemented());
    };
    let x = this(seq);
    if n == 1 && seq.is_type(&TUPLE_TYPE) {
        return Ok(seq.clone());
    }
    let total = repeat_len(x.len(), n)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..(if total == 0 { 0 } else { n }) {
        out.extend(x.iter().cloned());
    }
    Ok(new_tuple(out))
}

fn tuple_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Some(t) = v.as_value().downcast_sub::<PyTuple>() {
        for x in t.items.iter() {
            visit(x);
        }
    }
}

/// `tuple.index(x[, start[, stop]])`.
pub fn index(v: &Value, x: &Value, start: Option<isize>, stop: Option<isize>) -> PyResult<usize> {
    let items = this(v);
    let (lo, hi) = clamp_range(items.len(), start, stop);
    for (i, item) in items.iter().enumerate().take(hi).skip(lo) {
        if ops::eq(item, x)? {
            return Ok(i);
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

/// `tuple.count(x)`.
pub fn count(v: &Value, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for item in this(v).iter() {
        if ops::eq(item, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// Start/stop arguments of `index` adjusted as CPython's `_PyEval_SliceIndex`
/// + clamping (negative counts from the end).
pub(crate) fn clamp_range(len: usize, start: Option<isize>, stop: Option<isize>) -> (usize, usize) {
    let adj = |v: isize| -> usize {
        if v < 0 {
            let x = v + len as isize;
            if x < 0 {
                0
            } else {
                x as usize
            }
        } else {
            (v as usize).min(len)
        }
    };
    let lo = start.map(adj).unwrap_or(0);
    let hi = stop.map(adj).unwrap_or(len);
    (lo, hi)
}

// ---- iterator -------------------------------------------------------------

pub struct PyTupleIter {
    seq: Value,
    /// Next index; `usize::MAX` once exhausted. Advanced with a CAS so two
    /// threads sharing the iterator never see the same item twice.
    index: AtomicUsize,
}

impl PyPayload for PyTupleIter {
    fn class() -> &'static PyType {
        &TUPLE_ITER_TYPE
    }
}

pub static TUPLE_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "tuple_iterator",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        next: Some(tuple_iter_next),
        traverse: Some(tuple_iter_traverse),
        ..Slots::EMPTY
    },
    free: crate::object::freelist::free_tuple_iter,
    methods: &[MethodDef { name: "__length_hint__", func: tuple_iter_length_hint, kind: MethodKind::Method, doc: "" }],
    dict: crate::sync::OnceLock::new(),
};

pub(crate) fn self_iter(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn tuple_iter(v: &Value) -> PyResult<Value> {
    Ok(crate::object::freelist::alloc_tuple_iter(PyTupleIter { seq: v.clone(), index: AtomicUsize::new(0) }))
}

/// `tuple_iterator.__length_hint__()`: the items not yet produced.
fn tuple_iter_length_hint(it: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_args("tuple_iterator.__length_hint__", a, kw)?;
    let it = it.downcast::<PyTupleIter>().ok_or_else(|| PyErr::type_error("descriptor '__length_hint__' requires a 'tuple_iterator' object"))?;
    Ok(Value::from_i64(this(&it.seq).len().saturating_sub(it.index.load(Relaxed)) as i64))
}

fn tuple_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let it = it.downcast::<PyTupleIter>().expect("tuple_iterator");
    let items = this(&it.seq);
    let mut i = it.index.load(Relaxed);
    loop {
        if i >= items.len() {
            return Ok(None);
        }
        match it.index.compare_exchange_weak(i, i + 1, Relaxed, Relaxed) {
            Ok(_) => return Ok(Some(items[i].clone())),
            Err(x) => i = x,
        }
    }
}

/// FOR_ITER's inline step of a tuple iterator (`it`: any value): `None`
/// unless `it` is a tuple iterator private to the caller
/// (`range::sole_reference`), else the next item or `Some(None)` at the
/// end; the position advances with a load and a store.
#[inline(always)]
pub fn iter_next_private(it: &Value, me: usize) -> Option<Option<Value>> {
    let h = it.header()?;
    if !core::ptr::eq(h.ty_ptr(), &TUPLE_ITER_TYPE) || !crate::object::range::sole_reference(h, me) {
        return None;
    }
    let ti = it.downcast::<PyTupleIter>()?;
    let items = this(&ti.seq);
    let i = ti.index.load(Relaxed);
    if i >= items.len() {
        return Some(None);
    }
    ti.index.store(i + 1, Relaxed);
    Some(Some(items[i].clone()))
}

fn tuple_iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Some(t) = v.as_value().downcast::<PyTupleIter>() {
        visit(&t.seq);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops::{binary_op, BinOp};

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn tup(v: &[i64]) -> Value {
        new_tuple(v.iter().map(|&i| int(i)).collect())
    }

    // Expected values: PYENV_VERSION=3.13.0 python3.13 -c 'print(hash(...))'
    #[test]
    fn hash_matches_cpython() {
        assert_eq!(ops::hash(&tup(&[1, 2])).unwrap(), -3550055125485641917);
        assert_eq!(ops::hash(&tup(&[])).unwrap(), 5740354900026072187);
        assert_eq!(ops::hash(&tup(&[1, 2, 3])).unwrap(), 529344067295497451);
        assert_eq!(ops::hash(&tup(&[1])).unwrap(), -6644214454873602895);
        // hash(-1) == -2, so (-1,) and (-2,) collide, as in CPython.
        assert_eq!(ops::hash(&tup(&[-1])).unwrap(), 8078679518589016365);
        assert_eq!(ops::hash(&tup(&[-2])).unwrap(), 8078679518589016365);
        let nested = new_tuple(vec![tup(&[]), tup(&[])]);
        assert_eq!(ops::hash(&nested).unwrap(), 9028247024705308198);
        let nested = new_tuple(vec![int(1), tup(&[2, 3])]);
        assert_eq!(ops::hash(&nested).unwrap(), 7267574591690527098);
        let big = Value::from_bigint(num_bigint::BigInt::from(1u64 << 62));
        if let Ok(h) = ops::hash(&big) {
            // int.rs hashes heap ints: hash((2**62,)) == 6909455589863252355
            assert_eq!(h, 2); // hash(2**62) == 2 (mod 2**61 - 1)
            assert_eq!(ops::hash(&new_tuple(vec![big])).unwrap(), 6909455589863252355);
        }
    }

    #[test]
    fn compare() {
        let lt = |a: &Value, b: &Value| ops::compare_bool(a, b, CmpOp::Lt).unwrap();
        assert!(lt(&tup(&[1, 2]), &tup(&[1, 3])));
        assert!(lt(&tup(&[1, 2]), &tup(&[1, 2, 0])));
        assert!(!lt(&tup(&[1, 2]), &tup(&[1, 2])));
        assert!(ops::eq(&tup(&[1, 2]), &tup(&[1, 2])).unwrap());
        assert!(!ops::eq(&tup(&[1, 2]), &tup(&[1])).unwrap());
        assert!(ops::compare_bool(&tup(&[2]), &tup(&[1, 9]), CmpOp::Gt).unwrap());
        assert!(ops::compare_bool(&tup(&[]), &tup(&[]), CmpOp::Le).unwrap());
    }

    #[test]
    fn getitem_and_errors() {
        let t = tup(&[10, 20, 30]);
        assert_eq!(ops::getitem(&t, &int(-1)).unwrap().as_small_int(), Some(30));
        let e = ops::getitem(&t, &int(3)).unwrap_err();
        assert_eq!(e.to_string(), "IndexError: tuple index out of range");
        let e = ops::getitem(&t, &crate::object::str::new_str("a")).unwrap_err();
        assert_eq!(e.to_string(), "TypeError: tuple indices must be integers or slices, not str");
        let s = slice::new_slice(Value::none(), Value::none(), int(-2));
        let r = ops::getitem(&t, &s).unwrap();
        let got: Vec<i64> = items(&r).unwrap().iter().map(|x| x.as_small_int().unwrap()).collect();
        assert_eq!(got, vec![30, 10]);
        let s = slice::new_slice(Value::none(), Value::none(), Value::none());
        assert!(ops::getitem(&t, &s).unwrap().is(&t));
    }

    #[test]
    fn concat_repeat_contains() {
        let t = binary_op(&tup(&[1]), &tup(&[2, 3]), BinOp::Add).unwrap();
        assert_eq!(items(&t).unwrap().len(), 3);
        let t = binary_op(&tup(&[1, 2]), &int(3), BinOp::Mul).unwrap();
        assert_eq!(items(&t).unwrap().len(), 6);
        let t = binary_op(&int(2), &tup(&[1, 2]), BinOp::Mul).unwrap();
        assert_eq!(items(&t).unwrap().len(), 4);
        let t = binary_op(&tup(&[1, 2]), &int(-3), BinOp::Mul).unwrap();
        assert_eq!(items(&t).unwrap().len(), 0);
        let e = binary_op(&tup(&[1]), &tup(&[]).clone(), BinOp::Mul).unwrap_err();
        assert_eq!(e.to_string(), "TypeError: can't multiply sequence by non-int of type 'tuple'");
        assert!(ops::contains(&tup(&[1, 2]), &int(2)).unwrap());
        assert!(!ops::contains(&tup(&[1, 2]), &int(5)).unwrap());
        assert_eq!(index(&tup(&[5, 6, 5]), &int(5), Some(1), None).unwrap(), 2);
        assert_eq!(count(&tup(&[5, 6, 5]), &int(5)).unwrap(), 2);
        let e = index(&tup(&[1]), &int(3), None, None).unwrap_err();
        assert_eq!(e.to_string(), "ValueError: tuple.index(x): x not in tuple");
        assert!(!ops::is_true(&tup(&[])).unwrap());
        assert_eq!(ops::len(&tup(&[1, 2])).unwrap(), 2);
    }

    #[test]
    fn iterate() {
        let t = tup(&[1, 2, 3]);
        let v: Vec<i64> = ops::collect(&t).unwrap().iter().map(|x| x.as_small_int().unwrap()).collect();
        assert_eq!(v, vec![1, 2, 3]);
    }

    #[test]
    fn repr_empty_and_nested() {
        assert_eq!(ops::repr_string(&tup(&[])).unwrap(), "()");
        let t = new_tuple(vec![tup(&[])]);
        assert_eq!(ops::repr_string(&t).unwrap(), "((),)");
        let t = new_tuple(vec![tup(&[]), tup(&[])]);
        assert_eq!(ops::repr_string(&t).unwrap(), "((), ())");
    }
}
