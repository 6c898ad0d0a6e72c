//! Design: DESIGN.md#channels-and-queues
//!
//! The native `_interpqueues` module: queue creation and listing, the
//! `Queue` type and the queue exception types. The objects themselves
//! live in `crate::xi::py`; `concurrent/interpreters/_queues.py` builds the
//! public API on this module.

#![forbid(unsafe_code)]

use crate::object::methods::method;
use crate::object::typeobj::MethodDef;
use crate::object::{exc, module, str as pystr, Value};
use crate::xi::py;

static FUNCTIONS: &[MethodDef] = &[
    method("create", py::create_queue),
    method("list_all", py::list_queues),
    method("_register_heap_types", py::register_queue_types),
];

/// A fresh `_interpqueues` module (one per interpreter).
pub fn make_module() -> Value {
    let m = module::new_module("_interpqueues");
    module::add_functions(&m, FUNCTIONS);
    let d = module::module_dict(&m).expect("module");
    let set = |k: &str, v: Value| {
        let _ = d.set(pystr::intern(k), v);
    };
    set("Queue", exc::type_value(&py::QUEUE_TYPE));
    for (name, t) in py::queue_exceptions() {
        set(name, exc::type_value(t));
    }
    set("NotShareableError", crate::xi::not_shareable_error_type());
    m
}
