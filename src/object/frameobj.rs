//! Design: DESIGN.md#tracing
//!
//! The `frame` type: the Python-visible view of one running (or finished)
//! frame, created lazily (by tracing, `sys._getframe`) and cached in the
//! eval loop's `Frame` (`Frame::fobj`), so one frame has one frame object
//! for its whole life, generators across resumes included.
//!
//! A frame object never points into the activation: it holds owned
//! snapshots (code, globals, builtins, the caller's frame object, a locals
//! mapping) that the eval loop refreshes while the frame is live —
//! `lasti`/`line` before every instruction in instrumented dispatch and
//! before every trace call, the locals snapshot before every trace call and
//! on `sys._getframe`. So a frame object may outlive its frame and nothing
//! dangles: after the frame finishes it keeps its last state.
//!
//! Mutable fields: `lasti`/`line` are atomics (written by the owning thread
//! per instruction, read by anyone); `f_trace`, `f_back` and the locals
//! snapshot sit behind one small mutex (rarely taken: trace calls, attribute
//! reads); `has_trace` mirrors `f_trace is not None` so the per-instruction
//! check is one relaxed load.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::sync::{AtomicBool, AtomicU32, Mutex, Ordering::Relaxed};

/// The parts of a frame object that trace functions may change or the
/// eval loop refreshes as a whole.
pub struct FrameMut {
    /// `f_back`: the caller's frame object (None for the outermost frame,
    /// or when the caller is in an activation that had no frame object).
    pub back: Option<Value>,
    /// `f_trace`: the local trace function.
    pub trace: Option<Value>,
    /// `f_locals`: the module/class namespace itself, or a dict snapshot of
    /// a function's fast locals (refreshed while the frame is live).
    pub locals: Option<Value>,
}

/// `PyFrameObject::line` when the line is derived from `lasti`.
pub const NO_LINE: u32 = u32::MAX;

pub struct PyFrameObject {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// Offset (code units) of the instruction being executed.
    pub lasti: AtomicU32,
    /// Its line (`NO_LINE`: derive from `lasti`).
    pub line: AtomicU32,
    /// `f_trace is not None` (read per instruction by instrumented dispatch).
    pub has_trace: AtomicBool,
    pub trace_lines: AtomicBool,
    pub trace_opcodes: AtomicBool,
    /// The 'call' event was delivered for this frame (line events only
    /// follow it, as in CPython).
    pub started: AtomicBool,
    pub m: Mutex<FrameMut>,
}

impl PyPayload for PyFrameObject {
    fn class() -> &'static PyType {
        &FRAME_TYPE
    }
}

pub static FRAME_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "frame",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(frame_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(frame_getattr),
        setattr: Some(frame_setattr),
        traverse: Some(frame_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<PyFrameObject>::free,
    methods: FRAME_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// A new frame object for a frame running `code`.
pub fn new_frame(code: Value, globals: Value, builtins: Value, back: Option<Value>, locals: Option<Value>, lasti: u32) -> Value {
    PyObject::alloc(
        &FRAME_TYPE,
        PyFrameObject {
            code,
            globals,
            builtins,
            lasti: AtomicU32::new(lasti),
            line: AtomicU32::new(NO_LINE),
            has_trace: AtomicBool::new(false),
            trace_lines: AtomicBool::new(true),
            trace_opcodes: AtomicBool::new(false),
            started: AtomicBool::new(false),
            m: Mutex::new(FrameMut { back, trace: None, locals }),
        },
    )
}

pub fn this(v: &Value) -> PyResult<&PyFrameObject> {
    v.downcast::<PyFrameObject>().ok_or_else(|| PyErr::type_error("expected a frame object"))
}

impl PyFrameObject {
    /// `f_lineno`: the line being executed.
    pub fn lineno(&self) -> i64 {
        let l = self.line.load(Relaxed);
        if l != NO_LINE {
            return l as i64;
        }
        match self.code.downcast::<crate::bytecode::CodeObject>() {
            Some(c) => c.location(self.lasti.load(Relaxed)).line as i64,
            None => 0,
        }
    }

    pub fn trace(&self) -> Option<Value> {
        self.m.lock().trace.clone()
    }

    /// Sets `f_trace` (None clears it).
    pub fn set_trace(&self, t: Option<Value>) {
        let t = t.filter(|t| !t.is_none());
        self.has_trace.store(t.is_some(), Relaxed);
        let old = core::mem::replace(&mut self.m.lock().trace, t);
        drop(old);
    }

    pub fn back(&self) -> Option<Value> {
        self.m.lock().back.clone()
    }

    pub fn set_locals(&self, l: Value) {
        let old = self.m.lock().locals.replace(l);
        drop(old);
    }
}

fn frame_repr(v: &Value) -> PyResult<Value> {
    let f = this(v)?;
    let (file, name) = match f.code.downcast::<crate::bytecode::CodeObject>() {
        Some(c) => (to_rust_string(&c.filename), to_rust_string(&c.name)),
        None => (String::new(), String::new()),
    };
    Ok(new_str(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.raw(),
        file,
        f.lineno(),
        name
    )))
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or_else(Value::none)
}

fn get_code(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.code.clone())
}
fn get_globals(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.globals.clone())
}
fn get_builtins(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.builtins.clone())
}
fn get_locals(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let f = this(v)?;
    let l = f.m.lock().locals.clone();
    Ok(l.unwrap_or_else(crate::object::dict::new_dict))
}
fn get_lineno(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.lineno()))
}
/// `f_lasti` is a byte offset in CPython (2 bytes per code unit).
fn get_lasti(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.lasti.load(Relaxed) as i64 * 2))
}
fn get_back(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(this(v)?.back()))
}
fn get_trace(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(this(v)?.trace()))
}
fn get_trace_lines(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.trace_lines.load(Relaxed)))
}
fn get_trace_opcodes(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.trace_opcodes.load(Relaxed)))
}
fn frame_clear(_v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::none())
}

static FRAME_METHODS: &[MethodDef] = &[
    MethodDef { name: "f_code", func: get_code, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_globals", func: get_globals, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_builtins", func: get_builtins, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_locals", func: get_locals, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_lineno", func: get_lineno, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_lasti", func: get_lasti, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_back", func: get_back, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_trace", func: get_trace, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_trace_lines", func: get_trace_lines, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "f_trace_opcodes", func: get_trace_opcodes, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "clear", func: frame_clear, kind: MethodKind::Method, doc: "" },
];

fn frame_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let n = to_rust_string(name);
    match FRAME_METHODS.iter().find(|d| d.name == n && d.kind == MethodKind::Getter) {
        Some(d) => (d.func)(v, &[], None),
        None => crate::vm::ops::load_store::generic_getattr_fallback(v, name),
    }
}

fn frame_setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    let f = this(v)?;
    let n = to_rust_string(name);
    let truth = |x: Option<&Value>| -> PyResult<bool> {
        match x {
            Some(x) => crate::object::ops::is_true(x),
            None => Err(PyErr::attribute_error(format!("cannot delete attribute '{}'", n))),
        }
    };
    match n.as_str() {
        "f_trace" => {
            f.set_trace(x.cloned());
            Ok(())
        }
        "f_trace_lines" => {
            f.trace_lines.store(truth(x)?, Relaxed);
            Ok(())
        }
        "f_trace_opcodes" => {
            f.trace_opcodes.store(truth(x)?, Relaxed);
            Ok(())
        }
        "f_lineno" => Err(PyErr::value_error("f_lineno can only be set in a trace function")),
        _ if FRAME_METHODS.iter().any(|d| d.name == n) => Err(PyErr::attribute_error(format!(
            "attribute '{}' of 'frame' objects is not writable",
            n
        ))),
        _ => Err(PyErr::attribute_error(format!("'frame' object has no attribute '{}'", n))),
    }
}

fn frame_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(f) = b.as_value().downcast::<PyFrameObject>() {
        visit(&f.code);
        visit(&f.globals);
        visit(&f.builtins);
        let m = f.m.lock();
        for v in [&m.back, &m.trace, &m.locals].into_iter().flatten() {
            visit(v);
        }
    }
}
