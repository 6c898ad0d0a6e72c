//! Design: DESIGN.md#builtins
//!
//! `bytearray`: a mutable byte buffer. The bytes live behind a mutex (the
//! object lock's role, as for list): every operation copies out or mutates
//! under it and never runs Python code while holding it. Read-only methods
//! borrow `bytes`' implementations on a snapshot and convert bytes results
//! back to bytearray.

#![forbid(unsafe_code)]

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{classmethod, method};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, NumberSlots, PyType, Slots};
use crate::object::{bytes, ops, slice};
use crate::sync::{AtomicUsize, Mutex, MutexGuard, Ordering::Relaxed};

pub struct PyByteArray {
    data: Mutex<Vec<u8>>,
    /// Live memoryviews of this bytearray. Changed and checked under
    /// `data`'s lock, so a resize and a new export never race: while it is
    /// non-zero, operations that change the size raise BufferError (as
    /// CPython's `ob_exports`).
    exports: AtomicUsize,
}

impl PyPayload for PyByteArray {
    fn class() -> &'static PyType {
        &BYTEARRAY_TYPE
    }
}

pub static BYTEARRAY_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "bytearray",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(ba_repr),
        richcompare: Some(ba_richcompare),
        iter: Some(ba_iter),
        len: Some(ba_len),
        getitem: Some(ba_getitem),
        setitem: Some(ba_setitem),
        contains: Some(ba_contains),
        number: NumberSlots { add: Some(ba_add), mul: Some(ba_mul), rem: Some(ba_mod), ..NumberSlots::EMPTY },
        new: Some(ba_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyByteArray>::free,
    methods: BYTEARRAY_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub fn new_bytearray(b: Vec<u8>) -> Value {
    PyObject::alloc(&BYTEARRAY_TYPE, PyByteArray { data: Mutex::new(b), exports: AtomicUsize::new(0) })
}

pub fn is_bytearray(v: &Value) -> bool {
    v.downcast_sub::<PyByteArray>().is_some()
}

/// A copy of a bytearray's bytes (None for other objects).
pub fn as_vec(v: &Value) -> Option<Vec<u8>> {
    v.downcast_sub::<PyByteArray>().map(|b| b.data.lock().clone())
}

/// Stores byte `b` at index `i` (0 <= i < len); false when out of range.
pub fn set_byte(v: &Value, i: usize, b: u8) -> bool {
    let mut d = this(v).data.lock();
    match d.get_mut(i) {
        Some(x) => {
            *x = b;
            true
        }
        None => false,
    }
}

/// The bytes, locked for an operation that may change their size.
fn resizable(v: &Value) -> PyResult<MutexGuard<'_, Vec<u8>>> {
    let b = this(v);
    let d = b.data.lock();
    no_exports(b)?;
    Ok(d)
}

/// BufferError while a memoryview exports the bytes (call with the lock held).
fn no_exports(b: &PyByteArray) -> PyResult<()> {
    if b.exports.load(Relaxed) > 0 {
        return Err(PyErr::new(
            crate::error::ExcKind::BufferError,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// A memoryview starts exporting `v`'s bytes (no-op for other objects).
pub fn export(v: &Value) {
    if let Some(b) = v.downcast_sub::<PyByteArray>() {
        let _d = b.data.lock();
        b.exports.fetch_add(1, Relaxed);
    }
}

/// A memoryview of `v` was released.
pub fn unexport(v: &Value) {
    if let Some(b) = v.downcast_sub::<PyByteArray>() {
        let _d = b.data.lock();
        b.exports.fetch_sub(1, Relaxed);
    }
}

fn this(v: &Value) -> &PyByteArray {
    v.downcast_sub::<PyByteArray>().expect("bytearray")
}

fn snapshot(v: &Value) -> Vec<u8> {
    this(v).data.lock().clone()
}

fn ba_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = crate::builtins::ctors::bytes_source("bytearray", a, kw)?;
    crate::builtins::ctors::alloc_instance(cls, &BYTEARRAY_TYPE, PyByteArray { data: Mutex::new(b), exports: AtomicUsize::new(0) })
}

fn ba_repr(v: &Value) -> PyResult<Value> {
    let b = snapshot(v);
    Ok(crate::object::str::new_str(&format!("{}({})", v.ty().name, bytes::repr_text(&b))))
}

fn ba_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let Some(y) = crate::builtins::ctors::buffer_bytes(b) else { return Ok(Value::not_implemented()) };
    let x = snapshot(a);
    Ok(Value::bool(op.test(x.cmp(&y))))
}

fn ba_iter(v: &Value) -> PyResult<Value> {
    ops::iter(&bytes::from_vec(snapshot(v)))
}

fn ba_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).data.lock().len())
}

fn ba_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(sl) = k.downcast::<slice::PySlice>() {
        let b = snapshot(v);
        let (start, _, step, n) = slice::indices(sl, b.len())?;
        return Ok(new_bytearray(slice::positions(start, step, n).map(|i| b[i]).collect()));
    }
    let i = slice::index_arg(k, "bytearray")?;
    let d = this(v).data.lock();
    match slice::normalize_index(i, d.len()) {
        Some(i) => Ok(Value::from_i64(d[i] as i64)),
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

fn ba_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    if let Some(sl) = k.downcast::<slice::PySlice>() {
        let new: Option<Vec<u8>> = match x {
            None => None,
            Some(x) => Some(match crate::builtins::ctors::buffer_bytes(x) {
                Some(b) => b,
                None => {
                    if crate::object::int::int_ref(x).is_some() {
                        return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                    }
                    let mut out = Vec::new();
                    for item in ops::collect(x)? {
                        out.push(crate::builtins::ctors::byte_value(&item)?);
                    }
                    out
                }
            }),
        };
        let d = this(v).data.lock();
        let (_, _, step, n) = slice::indices(sl, d.len())?;
        let resizes = match &new {
            None => n > 0,
            Some(nb) => step == 1 && nb.len() != n,
        };
        if resizes {
            no_exports(this(v))?;
        }
        ba_setitem_locked(d, sl, new)
    } else {
        ba_setitem_index(v, k, x)
    }
}

fn ba_setitem_locked(mut d: MutexGuard<'_, Vec<u8>>, sl: &slice::PySlice, new: Option<Vec<u8>>) -> PyResult<()> {
    {
        let (start, stop, step, n) = slice::indices(sl, d.len())?;
        if step == 1 {
            let (s, e) = (start as usize, (stop.max(start)) as usize);
            d.splice(s..e, new.unwrap_or_default());
            return Ok(());
        }
        let pos: Vec<usize> = slice::positions(start, step, n).collect();
        match new {
            None => {
                let mut sorted = pos;
                sorted.sort_unstable();
                for i in sorted.into_iter().rev() {
                    d.remove(i);
                }
            }
            Some(nb) => {
                if nb.len() != n {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        nb.len(),
                        n
                    )));
                }
                for (i, b) in pos.into_iter().zip(nb) {
                    d[i] = b;
                }
            }
        }
        Ok(())
    }
}

fn ba_setitem_index(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let i = slice::index_arg(k, "bytearray")?;
    let val = match x {
        Some(x) => Some(crate::builtins::ctors::byte_value(x).map_err(|e| {
            if e.is(crate::error::ExcKind::ValueError) {
                PyErr::value_error("byte must be in range(0, 256)")
            } else {
                e
            }
        })?),
        None => None,
    };
    let mut d = if val.is_some() { this(v).data.lock() } else { resizable(v)? };
    let Some(i) = slice::normalize_index(i, d.len()) else {
        return Err(PyErr::index_error("bytearray index out of range"));
    };
    match val {
        Some(b) => d[i] = b,
        None => {
            d.remove(i);
        }
    }
    Ok(())
}

fn ba_contains(v: &Value, x: &Value) -> PyResult<bool> {
    ops::contains(&bytes::from_vec(snapshot(v)), x)
}

fn ba_add(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (crate::builtins::ctors::buffer_bytes(a), crate::builtins::ctors::buffer_bytes(b)) else {
        return Ok(Value::not_implemented());
    };
    if !is_bytearray(a) {
        return Ok(Value::not_implemented());
    }
    let mut x = x;
    x.extend(y);
    Ok(new_bytearray(x))
}

fn ba_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if is_bytearray(a) { (a, b) } else { (b, a) };
    let Some(n) = crate::object::int::to_i64(n) else { return Ok(Value::not_implemented()) };
    let x = snapshot(seq);
    Ok(new_bytearray(x.repeat(n.max(0) as usize)))
}

fn ba_mod(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_bytearray(a) {
        return Ok(Value::not_implemented());
    }
    let r = crate::builtins::fmt::bytes_percent(&bytes::from_vec(snapshot(a)), b)?;
    Ok(new_bytearray(bytes::as_bytes(&r).unwrap_or(&[]).to_vec()))
}

// ---- methods ---------------------------------------------------------------------

fn append(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("bytearray.append", a, kw)?;
    let b = crate::builtins::ctors::byte_value(x).map_err(|e| {
        if e.is(crate::error::ExcKind::ValueError) {
            PyErr::value_error("byte must be in range(0, 256)")
        } else {
            e
        }
    })?;
    resizable(v)?.push(b);
    Ok(Value::none())
}

fn extend(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("bytearray.extend", a, kw)?;
    let more = match crate::builtins::ctors::buffer_bytes(x) {
        Some(b) => b,
        None => {
            if crate::object::str::is_str(x) {
                return Err(PyErr::type_error("expected iterable of integers; got: 'str'"));
            }
            let mut out = Vec::new();
            for item in ops::collect(x)? {
                out.push(crate::builtins::ctors::byte_value(&item)?);
            }
            out
        }
    };
    resizable(v)?.extend(more);
    Ok(Value::none())
}

fn pop(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("bytearray.pop", kw)?;
    args::check_count("pop", a, 0, 1)?;
    let i = match a.first() {
        Some(x) => args::int_arg(x)?,
        None => -1,
    };
    let mut d = resizable(v)?;
    if d.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    match slice::normalize_index(i, d.len()) {
        Some(i) => Ok(Value::from_i64(d.remove(i) as i64)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn insert(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("bytearray.insert", kw)?;
    args::check_count("insert", a, 2, 2)?;
    let i = args::int_arg(&a[0])?;
    let b = crate::builtins::ctors::byte_value(&a[1])?;
    let mut d = resizable(v)?;
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(Value::none())
}

fn remove(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("bytearray.remove", a, kw)?;
    let b = crate::builtins::ctors::byte_value(x)?;
    let mut d = resizable(v)?;
    match d.iter().position(|&c| c == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::none())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn clear(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("bytearray.clear", a, kw)?;
    resizable(v)?.clear();
    Ok(Value::none())
}

fn reverse(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("bytearray.reverse", a, kw)?;
    this(v).data.lock().reverse();
    Ok(Value::none())
}

fn copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("bytearray.copy", a, kw)?;
    Ok(new_bytearray(snapshot(v)))
}

fn fromhex(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("bytearray.fromhex", kw)?;
    let b = bytes::fromhex(a)?;
    Ok(new_bytearray(bytes::as_bytes(&b).unwrap_or(&[]).to_vec()))
}

/// Calls the bytes method `name` on a snapshot; bytes results (and lists
/// of bytes) come back as bytearrays.
fn via_bytes(v: &Value, name: &str, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let m = crate::object::methods::bytes::BYTES_METHODS
        .iter()
        .find(|m| m.name == name)
        .expect("bytes method");
    let r = (m.func)(&bytes::from_vec(snapshot(v)), a, kw)?;
    let conv = |x: &Value| match bytes::as_bytes(x) {
        Some(b) if bytes::is_bytes(x) => new_bytearray(b.to_vec()),
        _ => x.clone(),
    };
    if crate::object::list::is_list(&r) {
        let items: Vec<Value> = crate::object::list::snapshot(&r).iter().map(conv).collect();
        return Ok(crate::object::list::new_list(items));
    }
    if let Some(t) = crate::object::tuple::items(&r) {
        return Ok(crate::object::tuple::new_tuple(t.iter().map(conv).collect()));
    }
    if matches!(name, "decode" | "hex") {
        return Ok(r);
    }
    Ok(conv(&r))
}

macro_rules! delegate {
    ($($f:ident),* $(,)?) => {
        $(fn $f(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            via_bytes(v, stringify!($f), a, kw)
        })*
    };
}
delegate!(
    find, rfind, index, rindex, count, startswith, endswith, join, partition, rpartition, strip, lstrip, rstrip,
    replace, center, ljust, rjust, zfill, upper, lower, swapcase, capitalize, title, isdigit, isalpha, isalnum,
    isspace, isascii, islower, isupper, split, rsplit, splitlines, decode, hex, removeprefix, removesuffix,
);

fn iadd(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("bytearray.__iadd__", a, kw)?;
    let Some(more) = crate::builtins::ctors::buffer_bytes(x) else {
        return Err(PyErr::type_error(format!("can't concat {} to bytearray", x.ty().name)));
    };
    resizable(v)?.extend(more);
    Ok(v.clone())
}

pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    method("__iadd__", iadd),
    method("append", append),
    method("extend", extend),
    method("pop", pop),
    method("insert", insert),
    method("remove", remove),
    method("clear", clear),
    method("reverse", reverse),
    method("copy", copy),
    classmethod("fromhex", fromhex),
    method("find", find),
    method("rfind", rfind),
    method("index", index),
    method("rindex", rindex),
    method("count", count),
    method("startswith", startswith),
    method("endswith", endswith),
    method("join", join),
    method("partition", partition),
    method("rpartition", rpartition),
    method("strip", strip),
    method("lstrip", lstrip),
    method("rstrip", rstrip),
    method("replace", replace),
    method("center", center),
    method("ljust", ljust),
    method("rjust", rjust),
    method("zfill", zfill),
    method("upper", upper),
    method("lower", lower),
    method("swapcase", swapcase),
    method("capitalize", capitalize),
    method("title", title),
    method("isdigit", isdigit),
    method("isalpha", isalpha),
    method("isalnum", isalnum),
    method("isspace", isspace),
    method("isascii", isascii),
    method("islower", islower),
    method("isupper", isupper),
    method("split", split),
    method("rsplit", rsplit),
    method("splitlines", splitlines),
    method("decode", decode),
    method("hex", hex),
    method("removeprefix", removeprefix),
    method("removesuffix", removesuffix),
];
