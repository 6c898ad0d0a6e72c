//! Design: DESIGN.md#types
//!
//! range: an immutable arithmetic progression with arbitrary-size bounds
//! (no lock needed). Iterators use an i64 fast path when every value fits,
//! otherwise big-int state behind a mutex.

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::slice::{self, PySlice};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, MethodKind, NumberSlots, PyType, Slots};
use crate::sync::{AtomicU64, Mutex, Ordering::Relaxed};

/// A range's bounds as big ints (every range has them, made on first use
/// for a range built from small ints: `PyRange` derefs to this).
pub struct RangeBig {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    /// Number of items (computed once).
    pub len: BigInt,
}

/// A range whose start, stop, step, length and last value all fit i64.
#[derive(Clone, Copy)]
struct SmallRange {
    start: i64,
    stop: i64,
    step: i64,
    len: u64,
}

/// `range(...)`: `small` when every value fits i64 (`range(n)` of a small
/// int is built without a single big-int allocation); the big-int form is
/// made once, on first use, by the methods that need it (repr, hash,
/// compare, index, `in`), through `Deref`.
pub struct PyRange {
    small: Option<SmallRange>,
    big: crate::sync::OnceLock<RangeBig>,
}

impl core::ops::Deref for PyRange {
    type Target = RangeBig;
    fn deref(&self) -> &RangeBig {
        self.big.get_or_init(|| {
            let s = self.small.expect("a range without its big form is small");
            RangeBig {
                start: BigInt::from(s.start),
                stop: BigInt::from(s.stop),
                step: BigInt::from(s.step),
                len: BigInt::from(s.len),
            }
        })
    }
}

impl SmallRange {
    /// The small form of `range(start, stop, step)` (`step != 0`), if its
    /// length and last value fit (i128 arithmetic cannot overflow here).
    fn new(start: i64, stop: i64, step: i64) -> Option<SmallRange> {
        let (a, b, c) = (start as i128, stop as i128, step as i128);
        let len = if c > 0 && a < b {
            (b - a - 1) / c + 1
        } else if c < 0 && a > b {
            (a - b - 1) / (-c) + 1
        } else {
            0
        };
        let last = if len == 0 { a } else { a + (len - 1) * c };
        if len > i64::MAX as i128 || i64::try_from(last).is_err() {
            return None;
        }
        Some(SmallRange { start, stop, step, len: len as u64 })
    }
}

impl PyPayload for PyRange {
    fn class() -> &'static PyType {
        &RANGE_TYPE
    }
}

pub static RANGE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "range",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcompare: Some(range_richcompare),
        iter: Some(range_iter),
        len: Some(range_len),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        number: NumberSlots { bool: Some(range_bool), ..NumberSlots::EMPTY },
        new: Some(crate::builtins::ctors::range_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyRange>::free,
    methods: crate::object::methods::containers::RANGE_METHODS,
    dict: crate::sync::OnceLock::new(),
};

fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

fn from_bigints(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_length(&start, &stop, &step);
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => SmallRange::new(a, b, c),
        _ => None,
    };
    let big = crate::sync::OnceLock::new();
    let _ = big.set(RangeBig { start, stop, step, len });
    PyObject::alloc(&RANGE_TYPE, PyRange { small, big })
}

/// `range` of small-int arguments (`step != 0`) that fits `SmallRange`,
/// with no big ints; `None`: take `from_bigints`.
fn from_small(start: i64, stop: i64, step: i64) -> Option<Value> {
    let small = SmallRange::new(start, stop, step)?;
    Some(PyObject::alloc(&RANGE_TYPE, PyRange { small: Some(small), big: crate::sync::OnceLock::new() }))
}

fn int_arg(v: &Value) -> PyResult<BigInt> {
    let i = ops::index(v)?;
    Ok(crate::object::int::to_bigint(&i).expect("__index__ returns an int"))
}

/// `range(start, stop, step)`; `ValueError` for a zero step.
pub fn new_range(start: &Value, stop: &Value, step: &Value) -> PyResult<Value> {
    let (a, b, c) = (int_arg(start)?, int_arg(stop)?, int_arg(step)?);
    if c.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(from_bigints(a, b, c))
}

/// `range(*args)` with CPython's argument-count errors.
pub fn range_from_args(args: &[Value]) -> PyResult<Value> {
    // Tagged small ints (not bools, not int subclasses): no `__index__`.
    let small = |i: usize| args[i].as_small_int();
    let fast = match args.len() {
        1 => small(0).and_then(|b| from_small(0, b, 1)),
        2 => small(0).zip(small(1)).and_then(|(a, b)| from_small(a, b, 1)),
        3 => match (small(0), small(1), small(2)) {
            (Some(a), Some(b), Some(c)) if c != 0 => from_small(a, b, c),
            _ => None,
        },
        _ => None,
    };
    if let Some(r) = fast {
        return Ok(r);
    }
    match args.len() {
        0 => Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        1 => Ok(from_bigints(BigInt::zero(), int_arg(&args[0])?, BigInt::one())),
        2 => Ok(from_bigints(int_arg(&args[0])?, int_arg(&args[1])?, BigInt::one())),
        3 => new_range(&args[0], &args[1], &args[2]),
        n => Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", n))),
    }
}

fn this(v: &Value) -> &PyRange {
    v.downcast::<PyRange>().expect("range slot on a non-range")
}

pub fn start(v: &Value) -> Value {
    Value::from_bigint(this(v).start.clone())
}
pub fn stop(v: &Value) -> Value {
    Value::from_bigint(this(v).stop.clone())
}
pub fn step(v: &Value) -> Value {
    Value::from_bigint(this(v).step.clone())
}

fn range_len(v: &Value) -> PyResult<usize> {
    if let Some(s) = this(v).small {
        return Ok(s.len as usize);
    }
    match this(v).len.to_isize() {
        Some(n) => Ok(n as usize),
        None => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(v: &Value) -> PyResult<bool> {
    if let Some(s) = this(v).small {
        return Ok(s.len != 0);
    }
    Ok(!this(v).len.is_zero())
}

fn range_repr(v: &Value) -> PyResult<Value> {
    let r = this(v);
    let s = if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(crate::object::str::new_str(&s))
}

/// `hash(None)` in CPython 3.12+ (a constant, `0xFCA86420`).
const NONE_HASH: i64 = 4238894112;

/// CPython's `range_hash`: the hash of `(len, start, step)` with `None` for
/// the parts that do not affect equality.
fn range_hash(v: &Value) -> PyResult<i64> {
    let r = this(v);
    let h = |b: &BigInt| ops::hash(&Value::from_bigint(b.clone()));
    let hashes = if r.len.is_zero() {
        [h(&r.len)?, NONE_HASH, NONE_HASH]
    } else if r.len.is_one() {
        [h(&r.len)?, h(&r.start)?, NONE_HASH]
    } else {
        [h(&r.len)?, h(&r.start)?, h(&r.step)?]
    };
    Ok(crate::object::tuple::hash_of_hashes(hashes.into_iter()))
}

/// Ranges are equal when they describe the same sequence.
fn ranges_equal(a: &PyRange, b: &PyRange) -> bool {
    if a.len != b.len {
        return false;
    }
    if a.len.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.len.is_one() || a.step == b.step
}

fn range_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<PyRange>(), b.downcast::<PyRange>()) else {
        return Ok(Value::not_implemented());
    };
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b) || ranges_equal(x, y))),
        CmpOp::Ne => Ok(Value::bool(!(a.is(b) || ranges_equal(x, y)))),
        _ => Ok(Value::not_implemented()),
    }
}

fn item_at(r: &PyRange, i: &BigInt) -> BigInt {
    &r.start + i * &r.step
}

fn range_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let r = this(v);
    if let Some(s) = key.downcast::<PySlice>() {
        let Some(len) = r.len.to_usize().filter(|&n| n <= isize::MAX as usize) else {
            return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
        };
        let (a, b, c, _n) = slice::indices(s, len)?;
        let start = item_at(r, &BigInt::from(a));
        let stop = item_at(r, &BigInt::from(b));
        let step = &r.step * BigInt::from(c);
        return Ok(from_bigints(start, stop, step));
    }
    if !key.is_small_int() && key.ty().slots.number.index.is_none() && key.as_bool().is_none() {
        return Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", key.ty().name)));
    }
    let mut i = int_arg(key)?;
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(item_at(r, &i)))
}

/// Position of an int in the range, if present.
fn int_position(r: &PyRange, k: &BigInt) -> Option<BigInt> {
    let inside = if r.step.is_positive() { &r.start <= k && k < &r.stop } else { &r.stop < k && k <= &r.start };
    if !inside {
        return None;
    }
    let (q, rem) = (k - &r.start).div_rem(&r.step);
    if rem.is_zero() {
        Some(q)
    } else {
        None
    }
}

fn exact_int(x: &Value) -> Option<BigInt> {
    if x.is_small_int() || x.as_bool().is_some() || x.is_type(&crate::object::int::INT_TYPE) {
        crate::object::int::to_bigint(x)
    } else {
        None
    }
}

/// Iterates the range comparing with `==` (non-int keys), calling `f(pos)`
/// on every match; stops when `f` returns true.
fn scan(v: &Value, x: &Value, mut f: impl FnMut(usize) -> bool) -> PyResult<()> {
    let it = range_iter(v)?;
    let mut pos = 0;
    while let Some(item) = ops::next(&it)? {
        if ops::eq(&item, x)? && f(pos) {
            return Ok(());
        }
        pos += 1;
    }
    Ok(())
}

fn range_contains(v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(k) = exact_int(x) {
        return Ok(int_position(this(v), &k).is_some());
    }
    let mut found = false;
    scan(v, x, |_| {
        found = true;
        true
    })?;
    Ok(found)
}

/// `range.count(x)`.
pub fn count(v: &Value, x: &Value) -> PyResult<usize> {
    if let Some(k) = exact_int(x) {
        return Ok(int_position(this(v), &k).is_some() as usize);
    }
    let mut n = 0;
    scan(v, x, |_| {
        n += 1;
        false
    })?;
    Ok(n)
}

/// `range.index(x)`.
pub fn index(v: &Value, x: &Value) -> PyResult<Value> {
    if let Some(k) = exact_int(x) {
        if let Some(p) = int_position(this(v), &k) {
            return Ok(Value::from_bigint(p));
        }
    } else {
        let mut at = None;
        scan(v, x, |p| {
            at = Some(p);
            true
        })?;
        if let Some(p) = at {
            return Ok(Value::from_i64(p as i64));
        }
    }
    Err(PyErr::value_error(format!("{} is not in range", ops::repr_string(x)?)))
}

// ---- iterators ------------------------------------------------------------

enum IterState {
    /// Every value fits in i64: value(i) = start + i * step, i < len.
    Small { start: i64, step: i64, len: u64, idx: AtomicU64 },
    Big { start: BigInt, step: BigInt, len: BigInt, idx: Mutex<BigInt> },
}

pub struct PyRangeIter {
    state: IterState,
}

impl PyPayload for PyRangeIter {
    fn class() -> &'static PyType {
        &RANGE_ITER_TYPE
    }
}

pub static RANGE_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "range_iterator",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { iter: Some(crate::object::tuple::self_iter), next: Some(range_iter_next), ..Slots::EMPTY },
    free: crate::object::freelist::free_range_iter,
    methods: &[MethodDef { name: "__length_hint__", func: range_iter_length_hint, kind: MethodKind::Method, doc: "" }],
    dict: crate::sync::OnceLock::new(),
};

fn make_iter(start: BigInt, step: BigInt, len: BigInt) -> Value {
    let last = if len.is_zero() { start.clone() } else { &start + (&len - 1u32) * &step };
    let state = match (start.to_i64(), step.to_i64(), len.to_u64(), last.to_i64()) {
        (Some(a), Some(s), Some(n), Some(_)) => IterState::Small { start: a, step: s, len: n, idx: AtomicU64::new(0) },
        _ => IterState::Big { start, step, len, idx: Mutex::new(BigInt::zero()) },
    };
    crate::object::freelist::alloc_range_iter(PyRangeIter { state })
}

fn range_iter(v: &Value) -> PyResult<Value> {
    let r = this(v);
    if let Some(s) = r.small {
        // Every value fits i64 (checked by `SmallRange::new`).
        let state = IterState::Small { start: s.start, step: s.step, len: s.len, idx: AtomicU64::new(0) };
        return Ok(crate::object::freelist::alloc_range_iter(PyRangeIter { state }));
    }
    Ok(make_iter(r.start.clone(), r.step.clone(), r.len.clone()))
}

/// `reversed(range)`.
pub fn reversed(v: &Value) -> PyResult<Value> {
    let r = this(v);
    let last = if r.len.is_zero() { r.start.clone() } else { item_at(r, &(&r.len - 1u32)) };
    Ok(make_iter(last, -&r.step, r.len.clone()))
}

/// Whether the caller's reference to the object behind `h` is its only
/// one: owned by thread `me`, local count 1, shared field INIT with no
/// count, no header flags (not deferred). Then no other thread holds or
/// can take a reference (a non-owner's `try_incref` fails on INIT-with-0),
/// so the object's state may be updated without read-modify-writes: the
/// argument of `freelist::reuse_unique`. `ref_shared` is loaded with
/// Acquire so the updates of a thread that held a reference before and
/// dropped it (an AcqRel decrement back to 0) are visible.
#[inline(always)]
pub(crate) fn sole_reference(h: &ObjHeader, me: usize) -> bool {
    h.ref_local.load(Relaxed) == 1
        && h.tid.load(Relaxed) == me
        && h.ref_shared.load(crate::sync::Ordering::Acquire) == 0
        && h.flags.load(Relaxed) == 0
}

/// FOR_ITER's inline step of a range iterator (`it`: any value): `None`
/// when `it` is not a range iterator with i64 state or is not private to
/// the caller (`sole_reference`: the iterator a `for` loop holds on its
/// value stack), else the next value or `Some(None)` when exhausted. A
/// private iterator advances with a load and a store (no CAS: nobody else
/// can call `next` on it); shared ones take the slot (`range_iter_next`).
#[inline(always)]
pub fn iter_next_private(it: &Value, me: usize) -> Option<Option<Value>> {
    let h = it.header()?;
    if !core::ptr::eq(h.ty_ptr(), &RANGE_ITER_TYPE) || !sole_reference(h, me) {
        return None;
    }
    let IterState::Small { start, step, len, idx } = &it.downcast::<PyRangeIter>()?.state else { return None };
    let i = idx.load(Relaxed);
    if i >= *len {
        return Some(None);
    }
    idx.store(i + 1, Relaxed);
    // Fits: the last value was checked at creation.
    Some(Some(Value::from_i64(start.wrapping_add((i as i64).wrapping_mul(*step)))))
}

/// `range_iterator.__length_hint__()`: the values not yet produced.
fn range_iter_length_hint(it: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_args("range_iterator.__length_hint__", a, kw)?;
    let it = it.downcast::<PyRangeIter>().ok_or_else(|| PyErr::type_error("descriptor '__length_hint__' requires a 'range_iterator' object"))?;
    Ok(match &it.state {
        IterState::Small { len, idx, .. } => Value::from_i64(len.saturating_sub(idx.load(Relaxed)) as i64),
        IterState::Big { len, idx, .. } => {
            let left = len - &*idx.lock();
            Value::from_bigint(if left.is_negative() { BigInt::zero() } else { left })
        }
    })
}

fn range_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let it = it.downcast::<PyRangeIter>().expect("range_iterator");
    match &it.state {
        IterState::Small { start, step, len, idx } => {
            let mut i = idx.load(Relaxed);
            loop {
                if i >= *len {
                    return Ok(None);
                }
                match idx.compare_exchange_weak(i, i + 1, Relaxed, Relaxed) {
                    Ok(_) => {
                        // Fits: the last value was checked at creation.
                        let x = (*start as i128 + i as i128 * *step as i128) as i64;
                        return Ok(Some(Value::from_i64(x)));
                    }
                    Err(j) => i = j,
                }
            }
        }
        IterState::Big { start, step, len, idx } => {
            let mut i = idx.lock();
            if &*i >= len {
                return Ok(None);
            }
            let x = start + &*i * step;
            *i += 1u32;
            Ok(Some(Value::from_bigint(x)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn r(a: i64, b: i64, c: i64) -> Value {
        new_range(&int(a), &int(b), &int(c)).unwrap()
    }
    fn vals(v: &Value) -> Vec<i64> {
        ops::collect(v).unwrap().iter().map(|x| crate::object::int::to_i64(x).unwrap()).collect()
    }
    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse::<BigInt>().unwrap())
    }

    // Expected values from PYENV_VERSION=3.13.0 python3.13.
    #[test]
    fn repr_len_hash() {
        assert_eq!(ops::repr_string(&r(0, 10, 1)).unwrap(), "range(0, 10)");
        assert_eq!(ops::repr_string(&r(0, 10, 2)).unwrap(), "range(0, 10, 2)");
        let x = new_range(&int(-3), &big("100000000000000000000"), &int(7)).unwrap();
        assert_eq!(ops::repr_string(&x).unwrap(), "range(-3, 100000000000000000000, 7)");
        assert_eq!(ops::len(&r(0, 10, 3)).unwrap(), 4);
        assert_eq!(ops::len(&r(0, -10, -3)).unwrap(), 4);
        assert_eq!(ops::len(&r(5, 2, 1)).unwrap(), 0);
        let huge = range_from_args(&[big("18446744073709551616")]).unwrap();
        let e = ops::len(&huge).unwrap_err();
        assert_eq!(e.to_string(), "OverflowError: Python int too large to convert to C ssize_t");
        assert_eq!(ops::hash(&r(0, 10, 1)).unwrap(), -7546101314042312252);
        assert_eq!(ops::hash(&r(5, 6, 1)).unwrap(), -7048428680432378585);
        assert_eq!(ops::hash(&r(3, 3, 1)).unwrap(), 2676694398852732306);
        assert_eq!(ops::hash(&r(0, 10, 3)).unwrap(), -1816567394155750349);
        assert_eq!(ops::hash(&r(0, -10, -3)).unwrap(), 9182476479059936555);
        let e = new_range(&int(1), &int(2), &int(0)).unwrap_err();
        assert_eq!(e.to_string(), "ValueError: range() arg 3 must not be zero");
    }

    #[test]
    fn indexing_and_slicing() {
        let x = r(0, 10, 1);
        let rev = ops::getitem(&x, &slice::new_slice(Value::none(), Value::none(), int(-1))).unwrap();
        assert!(ops::eq(&rev, &r(9, -1, -1)).unwrap());
        let s = ops::getitem(&r(0, 10, 3), &slice::new_slice(int(1), Value::none(), Value::none())).unwrap();
        assert!(ops::eq(&s, &r(3, 12, 3)).unwrap());
        assert_eq!(ops::getitem(&r(0, 5, 1), &int(-1)).unwrap().as_small_int(), Some(4));
        let huge = range_from_args(&[big("18446744073709551616")]).unwrap();
        let item = ops::getitem(&huge, &big("9223372036854775808")).unwrap();
        assert_eq!(crate::object::int::to_bigint(&item).unwrap().to_string(), "9223372036854775808");
        assert_eq!(ops::getitem(&r(0, 3, 1), &int(3)).unwrap_err().to_string(), "IndexError: range object index out of range");
        let e = ops::getitem(&r(0, 3, 1), &crate::object::str::new_str("a")).unwrap_err();
        assert_eq!(e.to_string(), "TypeError: range indices must be integers or slices, not str");
    }

    #[test]
    fn equality_contains_count_index() {
        assert!(ops::eq(&r(0, 10, 2), &r(0, 9, 2)).unwrap());
        assert!(ops::eq(&r(0, 0, 1), &r(5, 2, 1)).unwrap());
        assert!(ops::eq(&r(1, 2, 5), &r(1, 3, 7)).unwrap());
        assert_eq!(ops::hash(&r(1, 2, 5)).unwrap(), ops::hash(&r(1, 3, 7)).unwrap());
        assert!(!ops::eq(&r(0, 10, 1), &r(0, 10, 2)).unwrap());
        let x = r(1, 10, 3);
        assert!(ops::contains(&x, &int(7)).unwrap());
        assert!(!ops::contains(&x, &int(8)).unwrap());
        assert!(!ops::contains(&x, &int(10)).unwrap());
        assert_eq!(index(&x, &int(7)).unwrap().as_small_int(), Some(2));
        assert_eq!(count(&x, &int(7)).unwrap(), 1);
        assert_eq!(index(&x, &int(8)).unwrap_err().kind, crate::error::ExcKind::ValueError);
        assert!(ops::contains(&r(10, 0, -2), &int(4)).unwrap());
        assert!(!ops::contains(&r(10, 0, -2), &int(0)).unwrap());
    }

    #[test]
    fn iteration() {
        assert_eq!(vals(&r(1, 10, 3)), vec![1, 4, 7]);
        assert_eq!(vals(&reversed(&r(1, 10, 3)).unwrap()), vec![7, 4, 1]);
        assert_eq!(vals(&r(5, 0, -2)), vec![5, 3, 1]);
        assert!(vals(&r(0, 0, 1)).is_empty());
        let edge = new_range(&int(i64::MAX - 2), &big("9223372036854775809"), &int(1)).unwrap();
        let it = ops::iter(&edge).unwrap();
        let all = ops::collect(&it).unwrap();
        assert_eq!(all.len(), 4);
        assert_eq!(crate::object::int::to_bigint(&all[3]).unwrap().to_string(), "9223372036854775808");
        assert!(!ops::is_true(&r(0, 0, 1)).unwrap());
    }
}
