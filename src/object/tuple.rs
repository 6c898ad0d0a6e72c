//! Design: DESIGN.md#types
//! STUB: to be completed.

#![forbid(unsafe_code)]

use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, PyType, Slots};

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
    slots: Slots { ..Slots::EMPTY },
    free: PyObject::<PyTuple>::free,
};

pub fn new_tuple(items: Vec<Value>) -> Value {
    PyObject::alloc(&TUPLE_TYPE, PyTuple { items: items.into_boxed_slice() })
}
