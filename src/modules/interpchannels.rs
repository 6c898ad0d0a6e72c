//! Design: DESIGN.md#channels-and-queues
//!
//! The native `_interpchannels` module: channel creation and listing, the
//! `RecvChannel`/`SendChannel` types and the channel exception types
//! (`crate::xi::py`); `test/support/interpreters/channels.py` re-exports
//! them as CPython 3.13 lays them out.

#![forbid(unsafe_code)]

use crate::object::methods::method;
use crate::object::typeobj::MethodDef;
use crate::object::{exc, module, str as pystr, Value};
use crate::xi::py;

static FUNCTIONS: &[MethodDef] = &[
    method("create", py::create_channel),
    method("list_all", py::list_channels),
    method("_register_heap_types", py::register_channel_types),
];

/// A fresh `_interpchannels` module (one per interpreter).
pub fn make_module() -> Value {
    let m = module::new_module("_interpchannels");
    module::add_functions(&m, FUNCTIONS);
    let d = module::module_dict(&m).expect("module");
    let set = |k: &str, v: Value| {
        let _ = d.set(pystr::intern(k), v);
    };
    set("RecvChannel", exc::type_value(&py::RECV_CHANNEL_TYPE));
    set("SendChannel", exc::type_value(&py::SEND_CHANNEL_TYPE));
    for (name, t) in py::channel_exceptions() {
        set(name, exc::type_value(t));
    }
    m
}
