//! Design: DESIGN.md#int
//!
//! int: small values are tagged in the Value word; others are `PyInt`
//! (a BigInt that never fits the small range). bool is a subtype of int
//! whose instances are the statics True and False.
//! STUB: to be completed (arithmetic, repr, hashing, parsing).

#![forbid(unsafe_code)]

use num_bigint::BigInt;

use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, PyType, Slots};

/// Payload of heap ints: always outside [SMALL_INT_MIN, SMALL_INT_MAX].
pub struct PyInt(pub BigInt);

impl PyPayload for PyInt {
    fn class() -> &'static PyType {
        &INT_TYPE
    }
}

pub static INT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "int",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots { ..Slots::EMPTY },
    free: PyObject::<PyInt>::free,
};

pub static BOOL_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "bool",
    base: &INT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots { ..Slots::EMPTY },
    free: crate::object::singletons::STATIC_FREE,
};

/// Python's hash of an int that fits in i64 (modulus 2^61 - 1).
pub fn hash_i64(i: i64) -> i64 {
    const M: u64 = (1 << 61) - 1;
    let a = i.unsigned_abs() % M;
    let h = if i < 0 { -(a as i64) } else { a as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The value of an int (or bool) if it fits in i64.
pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if let Some(b) = v.as_bool() {
        return Some(b as i64);
    }
    use num_traits::ToPrimitive;
    v.downcast::<PyInt>().and_then(|p| p.0.to_i64())
}

impl Value {
    /// An int object for `i` (tagged when it fits).
    #[inline]
    pub fn from_i64(i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => PyObject::alloc(&INT_TYPE, PyInt(BigInt::from(i))),
        }
    }

    /// An int object for `b`, normalised to the tagged form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        if let Some(v) = b.to_i64().and_then(Value::small_int) {
            return v;
        }
        PyObject::alloc(&INT_TYPE, PyInt(b))
    }
}

/// The value of an int (or bool) as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(BigInt::from(b as i64));
    }
    v.downcast_sub::<PyInt>().map(|p| p.0.clone())
}
