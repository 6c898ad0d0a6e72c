//! Design: DESIGN.md#str
//! STUB: to be completed.

#![forbid(unsafe_code)]

use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, PyType, Slots};

pub struct PyStr {
    s: Box<str>,
}

impl PyPayload for PyStr {
    fn class() -> &'static PyType {
        &STR_TYPE
    }
}

pub static STR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "str",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots { ..Slots::EMPTY },
    free: PyObject::<PyStr>::free,
};

pub fn new_str(s: &str) -> Value {
    PyObject::alloc(&STR_TYPE, PyStr { s: s.into() })
}

pub fn is_str(v: &Value) -> bool {
    v.downcast_sub::<PyStr>().is_some()
}

/// The text of a str (lossless for valid Unicode; lone surrogates are
/// replaced by U+FFFD).
pub fn to_rust_string(v: &Value) -> String {
    match v.downcast_sub::<PyStr>() {
        Some(s) => s.s.to_string(),
        None => String::new(),
    }
}
