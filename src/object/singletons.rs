//! Design: DESIGN.md#types
//!
//! The root types (`object`, `type`) and the immortal singletons shared by
//! every interpreter: None, NotImplemented, Ellipsis, True, False.

#![forbid(unsafe_code)]

use crate::error::PyResult;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::typeobj::{type_flags, CmpOp, PyType, Slots};

fn never_free(_: *mut ObjHeader) {}

/// Free slot for types whose instances are all immortal statics.
pub const STATIC_FREE: unsafe fn(*mut ObjHeader) = never_free;

pub static OBJECT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "object",
    base: core::ptr::null(),
    flags: type_flags::BASETYPE,
    slots: Slots { repr: Some(object_repr), hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: STATIC_FREE,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

pub static TYPE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "type",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots { repr: Some(type_repr), hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: STATIC_FREE,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

fn object_repr(v: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str(&format!("<{} object at {:#x}>", v.ty().name, v.raw())))
}

fn type_repr(v: &Value) -> PyResult<Value> {
    let name = v.as_type().map(|t| t.name).unwrap_or("type");
    Ok(crate::object::str::new_str(&format!("<class '{}'>", name)))
}

/// Identity hash, as CPython's `object.__hash__` (address rotated by 4).
pub fn object_hash(v: &Value) -> PyResult<i64> {
    let a = v.raw();
    let h = a.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// Identity equality; NotImplemented for ordering.
pub fn object_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq if a.is(b) => Ok(Value::bool(true)),
        CmpOp::Ne if a.is(b) => Ok(Value::bool(false)),
        _ => Ok(Value::not_implemented()),
    }
}

pub struct PyNone;
pub struct PyNotImplemented;
pub struct PyEllipsis;
/// Payload of True and False (bool subclasses int: int operations accept it).
pub struct PyBool(pub bool);

macro_rules! singleton_type {
    ($tyname:ident, $payload:ident, $name:literal, $repr:ident, $base:expr, $slots:expr) => {
        pub static $tyname: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: $base,
            flags: type_flags::IMMUTABLE,
            slots: $slots,
            free: STATIC_FREE,
            methods: &[],
            dict: crate::sync::OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$tyname
            }
        }
    };
}

singleton_type!(NONE_TYPE, PyNone, "NoneType", none_repr, &OBJECT_TYPE, Slots {
    repr: Some(none_repr),
    hash: Some(none_hash),
    richcompare: Some(object_richcompare),
    number: crate::object::typeobj::NumberSlots { bool: Some(false_bool), ..crate::object::typeobj::NumberSlots::EMPTY },
    ..Slots::EMPTY
});
singleton_type!(NOT_IMPLEMENTED_TYPE, PyNotImplemented, "NotImplementedType", notimpl_repr, &OBJECT_TYPE, Slots {
    repr: Some(notimpl_repr),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    ..Slots::EMPTY
});
singleton_type!(ELLIPSIS_TYPE, PyEllipsis, "ellipsis", ellipsis_repr, &OBJECT_TYPE, Slots {
    repr: Some(ellipsis_repr),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    ..Slots::EMPTY
});

/// CPython 3.12+ hashes None to a constant (gh-99540).
fn none_hash(_: &Value) -> PyResult<i64> {
    Ok(0xFCA86420)
}

fn false_bool(_: &Value) -> PyResult<bool> {
    Ok(false)
}
fn none_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("None"))
}
fn notimpl_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("NotImplemented"))
}
fn ellipsis_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("Ellipsis"))
}

pub static NONE: PyObject<PyNone> = PyObject { head: ObjHeader::new_static(&NONE_TYPE), payload: PyNone };
pub static NOT_IMPLEMENTED: PyObject<PyNotImplemented> =
    PyObject { head: ObjHeader::new_static(&NOT_IMPLEMENTED_TYPE), payload: PyNotImplemented };
pub static ELLIPSIS: PyObject<PyEllipsis> = PyObject { head: ObjHeader::new_static(&ELLIPSIS_TYPE), payload: PyEllipsis };
pub static TRUE: PyObject<PyBool> = PyObject { head: ObjHeader::new_static(&crate::object::int::BOOL_TYPE), payload: PyBool(true) };
pub static FALSE: PyObject<PyBool> = PyObject { head: ObjHeader::new_static(&crate::object::int::BOOL_TYPE), payload: PyBool(false) };

impl Value {
    #[inline]
    pub fn none() -> Value {
        Value::from_static(&NONE)
    }
    #[inline]
    pub fn not_implemented() -> Value {
        Value::from_static(&NOT_IMPLEMENTED)
    }
    #[inline]
    pub fn ellipsis() -> Value {
        Value::from_static(&ELLIPSIS)
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        Value::from_static(if b { &TRUE } else { &FALSE })
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &NONE.head)
    }
    #[inline]
    pub fn is_not_implemented(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &NOT_IMPLEMENTED.head)
    }
    #[inline]
    pub fn is_true_obj(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &TRUE.head)
    }
    #[inline]
    pub fn is_false_obj(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &FALSE.head)
    }
    /// `Some(b)` if this is True or False.
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        if self.is_true_obj() {
            Some(true)
        } else if self.is_false_obj() {
            Some(false)
        } else {
            None
        }
    }
}
