//! Design: DESIGN.md#builtins
//!
//! A stand-in callable for builtin functions until the VM core's
//! `func::new_builtin` lands (then `make_function` switches to it): a
//! `MethodDef` plus its bound self, called through the `call` slot.

#![forbid(unsafe_code)]

use crate::error::PyResult;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};

pub struct NativeFunction {
    pub def: &'static MethodDef,
    pub self_: Value,
}

impl PyPayload for NativeFunction {
    fn class() -> &'static PyType {
        &NATIVE_FUNCTION_TYPE
    }
}

pub static NATIVE_FUNCTION_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "builtin_function_or_method",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots { call: Some(native_call), repr: Some(native_repr), traverse: Some(native_traverse), ..Slots::EMPTY },
    free: PyObject::<NativeFunction>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

pub fn new_native(def: &'static MethodDef, self_: Value) -> Value {
    PyObject::alloc(&NATIVE_FUNCTION_TYPE, NativeFunction { def, self_ })
}

fn native_call(f: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let n = f.downcast::<NativeFunction>().expect("builtin function");
    (n.def.func)(&n.self_, a, kw)
}

fn native_repr(f: &Value) -> PyResult<Value> {
    let n = f.downcast::<NativeFunction>().expect("builtin function");
    Ok(crate::object::str::new_str(&format!("<built-in function {}>", n.def.name)))
}

fn native_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(n) = Value::from_header_borrowed(h).as_value().downcast::<NativeFunction>() {
        visit(&n.self_);
    }
}
