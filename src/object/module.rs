//! Design: DESIGN.md#eval-loop
//!
//! Module objects: a name and a globals dict. Attribute reads and writes go
//! to the dict (which carries its own per-bucket locks).

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::dict::{self, DictCore};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{intern, new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};

pub struct PyModule {
    pub dict: Value,
}

impl PyPayload for PyModule {
    fn class() -> &'static PyType {
        &MODULE_TYPE
    }
}

pub static MODULE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "module",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(module_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(module_getattr),
        setattr: Some(module_setattr),
        traverse: Some(module_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<PyModule>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

/// A new module with `__name__`, `__doc__` None, `__package__` None,
/// `__loader__` None, `__spec__` None.
pub fn new_module(name: &str) -> Value {
    let d = dict::new_dict();
    let c = dict::core(&d).expect("dict");
    let _ = c.set(intern("__name__"), new_str(name));
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        let _ = c.set(intern(k), Value::none());
    }
    new_module_with_dict(d)
}

/// A module around an existing globals dict.
pub fn new_module_with_dict(d: Value) -> Value {
    PyObject::alloc(&MODULE_TYPE, PyModule { dict: d })
}

/// The module's dict core.
pub fn module_dict(m: &Value) -> Option<&DictCore> {
    m.downcast_sub::<PyModule>().and_then(|p| dict::core(&p.dict))
}

/// The module's dict as a value.
pub fn module_dict_value(m: &Value) -> Option<Value> {
    m.downcast_sub::<PyModule>().map(|p| p.dict.clone())
}

/// Adds `builtin_function_or_method`s bound to the module.
pub fn add_functions(module: &Value, defs: &'static [MethodDef]) {
    let d = module_dict(module).expect("module");
    for def in defs {
        let f = crate::object::func::new_builtin(def, Some(module.clone()));
        let _ = d.set(intern(def.name), f);
    }
}

fn module_name(m: &Value) -> String {
    module_dict(m)
        .and_then(|d| d.get(&intern("__name__")).ok().flatten())
        .filter(crate::object::str::is_str)
        .map(|n| to_rust_string(&n))
        .unwrap_or_else(|| "?".to_string())
}

fn module_repr(v: &Value) -> PyResult<Value> {
    let name = module_name(v);
    let file = module_dict(v).and_then(|d| d.get(&intern("__file__")).ok().flatten());
    Ok(new_str(&match file {
        Some(f) if crate::object::str::is_str(&f) => format!("<module '{}' from '{}'>", name, to_rust_string(&f)),
        _ if name == "builtins" || name == "sys" => format!("<module '{}' (built-in)>", name),
        _ => format!("<module '{}'>", name),
    }))
}

fn module_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let d = module_dict(v).expect("module");
    if let Some(x) = d.get(name)? {
        // A lazy import (PEP 810) in the module resolves when read.
        if crate::vm::lazy::is_lazy_object(&x) {
            return crate::vm::lazy::reify_in(&module_dict_value(v).expect("module"), name, &x);
        }
        return Ok(x);
    }
    let n = to_rust_string(name);
    if n == "__dict__" {
        return Ok(module_dict_value(v).unwrap());
    }
    if let Ok(x) = crate::vm::ops::load_store::generic_getattr_fallback(v, name) {
        return Ok(x);
    }
    // A module-level __getattr__ (PEP 562).
    if let Some(ga) = d.get(&intern("__getattr__"))? {
        return crate::object::ops::call(&ga, core::slice::from_ref(name), None);
    }
    Err(PyErr::attribute_error(format!("module '{}' has no attribute '{}'", module_name(v), n)))
}

fn module_setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    let d = module_dict(v).expect("module");
    match x {
        Some(x) => d.set(name.clone(), x.clone()),
        None => match d.remove(name)? {
            Some(_) => Ok(()),
            None => Err(PyErr::attribute_error(format!(
                "module '{}' has no attribute '{}'",
                module_name(v),
                to_rust_string(name)
            ))),
        },
    }
}

fn module_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(m) = b.as_value().downcast_sub::<PyModule>() {
        visit(&m.dict);
    }
}
