//! Design: DESIGN.md#builtins
//!
//! A basic `memoryview` over bytes and bytearray: format 'B', one
//! dimension, indexing, slicing (views of views), len, iteration,
//! `tobytes`, `tolist`, `hex`, comparison with bytes-like objects and the
//! context-manager protocol. Reads go through the base object each time, so
//! a view of a bytearray sees later mutations.

#![forbid(unsafe_code)]

use crate::builtins::args;
use crate::builtins::ctors::buffer_bytes;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, PyType, Slots};
use crate::object::{bytes, list, ops, slice};
use crate::sync::{AtomicBool, Ordering::Relaxed};

pub struct MemoryView {
    base: Value,
    start: isize,
    step: isize,
    len: usize,
    released: AtomicBool,
}

impl PyPayload for MemoryView {
    fn class() -> &'static PyType {
        &MEMORYVIEW_TYPE
    }
}

pub static MEMORYVIEW_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "memoryview",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(mv_repr),
        richcompare: Some(mv_richcompare),
        len: Some(mv_len),
        getitem: Some(mv_getitem),
        setitem: Some(mv_setitem),
        iter: Some(mv_iter),
        new: Some(mv_new),
        traverse: Some(mv_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<MemoryView>::free,
    methods: MV_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// A new view; a view of a bytearray counts as an export of its bytes
/// until it is released or freed (resizing then raises BufferError).
fn new_view(base: Value, start: isize, step: isize, len: usize) -> Value {
    crate::object::bytearray::export(&base);
    PyObject::alloc(&MEMORYVIEW_TYPE, MemoryView { base, start, step, len, released: AtomicBool::new(false) })
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.swap(true, Relaxed) {
            crate::object::bytearray::unexport(&self.base);
        }
    }
}

fn this(v: &Value) -> PyResult<&MemoryView> {
    let m = v.downcast::<MemoryView>().expect("memoryview");
    if m.released.load(Relaxed) {
        return Err(PyErr::value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn mv_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = Value::from_header_borrowed(h).as_value().downcast::<MemoryView>() {
        visit(&m.base);
    }
}

fn mv_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "memoryview", names: &["object"], posonly: 0, maxpos: 1, required: 1 };
    let [obj] = args::parse::<1>(p, a, kw)?;
    let obj = obj.expect("required");
    if let Some(m) = obj.downcast::<MemoryView>() {
        if m.released.load(Relaxed) {
            return Err(PyErr::value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new_view(m.base.clone(), m.start, m.step, m.len));
    }
    let Some(b) = buffer_bytes(obj) else {
        return Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.ty().name
        )));
    };
    Ok(new_view(obj.clone(), 0, 1, b.len()))
}

/// The bytes a view currently shows.
pub fn view_bytes(v: &Value) -> PyResult<Vec<u8>> {
    let m = this(v)?;
    let all = buffer_bytes(&m.base).unwrap_or_default();
    Ok((0..m.len)
        .map(|k| m.start + k as isize * m.step)
        .filter_map(|i| all.get(i as usize).copied())
        .collect())
}

fn mv_repr(v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MemoryView>().expect("memoryview");
    let what = if m.released.load(Relaxed) { "released memory" } else { "memory" };
    Ok(crate::object::str::new_str(&format!("<{} at {:#x}>", what, v.raw())))
}

fn mv_len(v: &Value) -> PyResult<usize> {
    Ok(this(v)?.len)
}

fn mv_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let m = this(v)?;
    if let Some(sl) = k.downcast::<slice::PySlice>() {
        let (start, _, step, n) = slice::indices(sl, m.len)?;
        return Ok(new_view(m.base.clone(), m.start + start * m.step, m.step * step, n));
    }
    let i = slice::index_arg(k, "memoryview")?;
    let Some(i) = slice::normalize_index(i, m.len) else {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    };
    let all = buffer_bytes(&m.base).unwrap_or_default();
    match all.get((m.start + i as isize * m.step) as usize) {
        Some(b) => Ok(Value::from_i64(*b as i64)),
        None => Err(PyErr::index_error("index out of bounds on dimension 1")),
    }
}

/// `mv[i] = b` / `mv[a:b] = data` on a writable (bytearray) view.
fn mv_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let m = this(v)?;
    if !crate::object::bytearray::is_bytearray(&m.base) {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let Some(x) = x else {
        return Err(PyErr::type_error("cannot delete memory"));
    };
    let targets: Vec<usize> = if let Some(sl) = k.downcast::<slice::PySlice>() {
        let (start, _, step, n) = slice::indices(sl, m.len)?;
        slice::positions(start, step, n).map(|i| (m.start + i as isize * m.step) as usize).collect()
    } else {
        let i = slice::index_arg(k, "memoryview")?;
        let Some(i) = slice::normalize_index(i, m.len) else {
            return Err(PyErr::index_error("index out of bounds on dimension 1"));
        };
        let b = crate::builtins::ctors::byte_value(x).map_err(|e| {
            if e.is(crate::error::ExcKind::ValueError) {
                PyErr::value_error("memoryview: invalid value for format 'B'")
            } else {
                PyErr::type_error("memoryview: invalid type for format 'B'")
            }
        })?;
        crate::object::bytearray::set_byte(&m.base, (m.start + i as isize * m.step) as usize, b);
        return Ok(());
    };
    let data = match x.downcast::<MemoryView>() {
        Some(_) => view_bytes(x)?,
        None => buffer_bytes(x).ok_or_else(|| {
            PyErr::type_error(format!("a bytes-like object is required, not '{}'", x.ty().name))
        })?,
    };
    if data.len() != targets.len() {
        return Err(PyErr::value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    for (i, b) in targets.into_iter().zip(data) {
        crate::object::bytearray::set_byte(&m.base, i, b);
    }
    Ok(())
}

fn mv_iter(v: &Value) -> PyResult<Value> {
    ops::iter(&bytes::from_vec(view_bytes(v)?))
}

fn mv_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::not_implemented());
    }
    let y = match b.downcast::<MemoryView>() {
        Some(_) => view_bytes(b)?,
        None => match buffer_bytes(b) {
            Some(y) => y,
            None => return Ok(Value::not_implemented()),
        },
    };
    let eq = view_bytes(a)? == y;
    Ok(Value::bool(if op == CmpOp::Eq { eq } else { !eq }))
}

fn tobytes(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let _ = (a, kw);
    Ok(bytes::from_vec(view_bytes(v)?))
}
fn tolist(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("memoryview.tolist", a, kw)?;
    Ok(list::new_list(view_bytes(v)?.into_iter().map(|b| Value::from_i64(b as i64)).collect()))
}
fn hex(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = bytes::from_vec(view_bytes(v)?);
    let m = crate::object::methods::bytes::BYTES_METHODS.iter().find(|m| m.name == "hex").expect("hex");
    (m.func)(&b, a, kw)
}
fn release(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("memoryview.release", a, kw)?;
    let m = v.downcast::<MemoryView>().expect("memoryview");
    if !m.released.swap(true, Relaxed) {
        crate::object::bytearray::unexport(&m.base);
    }
    Ok(Value::none())
}
fn enter(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("memoryview.__enter__", a, kw)?;
    this(v)?;
    Ok(v.clone())
}
fn exit(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    release(v, &[], None)
}
fn nbytes(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.len as i64))
}
fn readonly(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(!crate::object::bytearray::is_bytearray(&this(v)?.base)))
}
fn format(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::object::str::new_str("B"))
}
fn itemsize(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(1))
}
fn obj(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.base.clone())
}

static MV_METHODS: &[MethodDef] = &[
    method("tobytes", tobytes),
    method("tolist", tolist),
    method("hex", hex),
    method("release", release),
    method("__enter__", enter),
    method("__exit__", exit),
    getter("nbytes", nbytes),
    getter("readonly", readonly),
    getter("format", format),
    getter("itemsize", itemsize),
    getter("obj", obj),
];
