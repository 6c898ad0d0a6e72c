//! Design: DESIGN.md#exceptions
//!
//! The `traceback` type: one entry per frame an exception passed through,
//! newest frame last in the `tb_next` chain. Entries are immutable once
//! built (`exc::add_traceback` prepends a new head as the exception leaves
//! each frame), so they need no lock. `tb_frame` is None until frame
//! objects exist; the code object stands in for it.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};

pub struct PyTraceback {
    pub next: Option<Value>,
    /// The code object of the frame.
    pub code: Value,
    /// Offset (in code units) of the instruction that raised.
    pub lasti: u32,
    pub lineno: u32,
}

impl PyPayload for PyTraceback {
    fn class() -> &'static PyType {
        &TRACEBACK_TYPE
    }
}

pub static TRACEBACK_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "traceback",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(tb_getattr),
        traverse: Some(tb_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<PyTraceback>::free,
    methods: TB_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub fn new_traceback(next: Option<Value>, code: Value, lasti: u32, lineno: u32) -> Value {
    PyObject::alloc(&TRACEBACK_TYPE, PyTraceback { next, code, lasti, lineno })
}

fn this(v: &Value) -> PyResult<&PyTraceback> {
    v.downcast::<PyTraceback>().ok_or_else(|| PyErr::type_error("expected a traceback"))
}

fn get_next(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.next.clone().unwrap_or_else(Value::none))
}
fn get_lineno(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.lineno as i64))
}
/// `tb_lasti` is a byte offset in CPython (2 bytes per code unit).
fn get_lasti(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.lasti as i64 * 2))
}
fn get_frame(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::none())
}

static TB_METHODS: &[MethodDef] = &[
    MethodDef { name: "tb_next", func: get_next, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "tb_lineno", func: get_lineno, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "tb_lasti", func: get_lasti, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "tb_frame", func: get_frame, kind: MethodKind::Getter, doc: "" },
];

fn tb_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let n = crate::object::str::to_rust_string(name);
    match TB_METHODS.iter().find(|d| d.name == n) {
        Some(d) => (d.func)(v, &[], None),
        None => Err(PyErr::attribute_error(format!("'traceback' object has no attribute '{}'", n))),
    }
}

fn tb_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(t) = b.as_value().downcast::<PyTraceback>() {
        if let Some(n) = &t.next {
            visit(n);
        }
        visit(&t.code);
    }
}

/// The entries of a traceback chain, oldest frame first:
/// (code, lasti, lineno).
pub fn entries(tb: &Value) -> Vec<(Value, u32, u32)> {
    let mut out = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Some(e) = t.downcast::<PyTraceback>() else { break };
        out.push((e.code.clone(), e.lasti, e.lineno));
        cur = e.next.clone();
    }
    out
}
