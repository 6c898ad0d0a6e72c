//! Design: DESIGN.md#types
//!
//! slice objects and the index arithmetic every sequence shares
//! (`slice.indices`, CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`).

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, PyType, Slots};

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl PyPayload for PySlice {
    fn class() -> &'static PyType {
        &SLICE_TYPE
    }
}

pub static SLICE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "slice",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(slice_repr),
        hash: Some(slice_hash),
        richcompare: Some(slice_richcompare),
        traverse: Some(slice_traverse),
        new: Some(crate::builtins::ctors::slice_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PySlice>::free,
    methods: crate::object::methods::containers::SLICE_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// `slice(start, stop, step)`; pass `Value::none()` for omitted parts.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    PyObject::alloc(&SLICE_TYPE, PySlice { start, stop, step })
}

fn slice_repr(v: &Value) -> PyResult<Value> {
    let s = v.downcast::<PySlice>().expect("slice");
    let r = format!(
        "slice({}, {}, {})",
        crate::object::ops::repr_string(&s.start)?,
        crate::object::ops::repr_string(&s.stop)?,
        crate::object::ops::repr_string(&s.step)?
    );
    Ok(crate::object::str::new_str(&r))
}

/// Slices are hashable since 3.12: the hash of the (start, stop, step) tuple.
fn slice_hash(v: &Value) -> PyResult<i64> {
    let s = v.downcast::<PySlice>().expect("slice");
    let t = crate::object::tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    crate::object::ops::hash(&t)
}

fn slice_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<PySlice>(), b.downcast::<PySlice>()) else {
        return object_richcompare(a, b, op);
    };
    let tx = crate::object::tuple::new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let ty = crate::object::tuple::new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    crate::object::ops::richcompare(&tx, &ty, op)
}

fn slice_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // The header belongs to a PySlice (this is SLICE_TYPE's slot).
    let v = Value::from_header_borrowed(h);
    if let Some(s) = v.as_value().downcast::<PySlice>() {
        visit(&s.start);
        visit(&s.stop);
        visit(&s.step);
    }
}

/// A slice bound or step as a (clamped) isize, as `_PyEval_SliceIndex`.
fn slice_index(v: &Value) -> PyResult<Option<isize>> {
    if v.is_none() {
        return Ok(None);
    }
    let i = crate::object::ops::index(v).map_err(|_| {
        PyErr::type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    if let Some(x) = crate::object::int::to_i64(&i) {
        return Ok(Some(x.clamp(isize::MIN as i64, isize::MAX as i64) as isize));
    }
    // Huge: clamp by sign.
    let big = crate::object::int::to_bigint(&i).unwrap_or_else(BigInt::zero);
    Ok(Some(if big.is_negative() { isize::MIN } else { isize::MAX }))
}

/// Normalised (start, stop, step, length) for a sequence of `len` items.
/// `ValueError: slice step cannot be zero` for step 0.
pub fn indices(s: &PySlice, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let step = slice_index(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    // Avoid -step overflow as CPython does.
    let step = step.max(-isize::MAX);
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = adjust(slice_index(&s.start)?, if step < 0 { upper } else { lower });
    let stop = adjust(slice_index(&s.stop)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The positions a slice selects, in order.
pub fn positions(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + (k as isize) * step) as usize)
}

/// Normalises a single index for `seq[i]` (negative from the end); `None`
/// when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i < 0 || i as u64 >= len as u64 {
        None
    } else {
        Some(i as usize)
    }
}

/// An index argument (int or `__index__`) as i64, with CPython's
/// "cannot fit 'int' into an index-sized integer" for huge ones.
pub fn index_arg(v: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let i = crate::object::ops::index(v).map_err(|_| {
        PyErr::type_error(format!("{} indices must be integers or slices, not {}", what, v.ty().name))
    })?;
    match crate::object::int::to_i64(&i) {
        Some(x) => Ok(x),
        None => Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", v.ty().name))),
    }
}

#[allow(dead_code)]
fn big_to_isize(b: &BigInt) -> Option<isize> {
    b.to_isize()
}
