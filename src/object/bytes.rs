//! Design: DESIGN.md#str
//!
//! `bytes`: an immutable `Box<[u8]>` with a cached hash (the same
//! SipHash-1-3 as str, so `hash(b'abc') == hash('abc')` as in CPython).
//! Methods are plain functions `fn(&Value, &[Value])` (positional
//! arguments) for the binding layer; those returning a list return
//! `PyResult<Vec<Value>>` until list objects exist. The searching and
//! splitting algorithms are str's generic ones instantiated at `u8`.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{
    adjust_indices, check_args, check_args_finds, count_sub, find_sub, index_arg, int_arg, join_items, replace_units,
    rfind_sub, rsplit_sep, rsplit_ws, slice_bound, split_sep, split_ws, splitlines_spans, Codec, IndexArg,
};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};
use crate::sync::{AtomicI64, AtomicUsize, Ordering};

pub struct PyBytes {
    data: Box<[u8]>,
    /// Cached hash; -1 = not computed yet.
    hash: AtomicI64,
}

impl PyPayload for PyBytes {
    fn class() -> &'static PyType {
        &BYTES_TYPE
    }
}

impl PyBytes {
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }
    pub fn hash_value(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = crate::object::str::hash_bytes(&self.data);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

pub static BYTES_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "bytes",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(bytes_repr),
        hash: Some(bytes_hash),
        richcompare: Some(bytes_richcompare),
        iter: Some(bytes_iter),
        len: Some(bytes_len),
        getitem: Some(bytes_getitem),
        contains: Some(bytes_contains),
        number: NumberSlots { add: Some(bytes_add), mul: Some(bytes_mul), rem: Some(crate::builtins::fmt::bytes_rem), ..NumberSlots::EMPTY },
        new: Some(crate::builtins::ctors::bytes_new),
        ..Slots::EMPTY
    },
    free: crate::object::freelist::free_bytes,
    methods: crate::object::methods::bytes::BYTES_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// A new bytes object holding a copy of `b`.
pub fn new_bytes(b: &[u8]) -> Value {
    from_vec(b.to_vec())
}

/// A new bytes object taking over `v`.
pub fn from_vec(v: Vec<u8>) -> Value {
    crate::object::freelist::alloc_bytes(PyBytes { data: v.into_boxed_slice(), hash: AtomicI64::new(-1) })
}

/// `b[i]` for an exact bytes and an in-range index (BINARY_SUBSCR's fast
/// path; negative indexes count from the end): the byte as an int.
/// `None`: not an exact bytes, or out of range (the generic path raises).
#[inline]
pub fn getitem_int(v: &Value, i: i64) -> Option<Value> {
    let b = &v.downcast::<PyBytes>()?.data;
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return None;
    }
    Some(Value::from_i64(b[j as usize] as i64))
}

pub fn is_bytes(v: &Value) -> bool {
    v.downcast_sub::<PyBytes>().is_some()
}

/// The contents of a bytes object (or subclass instance).
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast_sub::<PyBytes>().map(|b| b.as_bytes())
}

fn data(v: &Value) -> &[u8] {
    as_bytes(v).expect("bytes slot called on a non-bytes")
}

/// Anything exposing a byte buffer (bytes for now; bytearray later).
fn buffer_arg(v: &Value) -> PyResult<&[u8]> {
    as_bytes(v).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.ty().name)))
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

/// CPython's bytes repr text (`b'...'`).
pub fn repr_text(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            _ if !(0x20..0x7F).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            _ => out.push(c as char),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(v: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str(&repr_text(data(v))))
}

fn bytes_hash(v: &Value) -> PyResult<i64> {
    Ok(v.downcast_sub::<PyBytes>().expect("bytes").hash_value())
}

fn bytes_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(op.test(x.cmp(y))))
}

fn bytes_len(v: &Value) -> PyResult<usize> {
    Ok(data(v).len())
}

fn bytes_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let b = data(v);
    if let Some(sl) = k.downcast::<crate::object::slice::PySlice>() {
        let (start, _stop, step, n) = crate::object::slice::indices(sl, b.len())?;
        if step == 1 {
            let s = start as usize;
            if n == b.len() && v.downcast::<PyBytes>().is_some() {
                return Ok(v.clone());
            }
            return Ok(new_bytes(&b[s..s + n]));
        }
        return Ok(from_vec(crate::object::slice::positions(start, step, n).map(|i| b[i]).collect()));
    }
    match index_arg(k)? {
        IndexArg::Small(i) => match crate::object::slice::normalize_index(i, b.len()) {
            Some(i) => Ok(Value::from_i64(b[i] as i64)),
            None => Err(PyErr::index_error("index out of range")),
        },
        IndexArg::Huge(_) => {
            Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", k.ty().name)))
        }
        IndexArg::NotIndex => {
            Err(PyErr::type_error(format!("byte indices must be integers or slices, not {}", k.ty().name)))
        }
    }
}

/// A byte value argument (0..=255) from an int.
fn byte_value(v: &Value) -> PyResult<Option<u8>> {
    match index_arg(v)? {
        IndexArg::Small(i) if (0..256).contains(&i) => Ok(Some(i as u8)),
        IndexArg::Small(_) | IndexArg::Huge(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
        IndexArg::NotIndex => Ok(None),
    }
}

fn bytes_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let b = data(v);
    if let Some(c) = byte_value(x)? {
        return Ok(b.contains(&c));
    }
    let n = buffer_arg(x)?;
    Ok(find_sub(b, n, 0, b.len()).is_some())
}

fn bytes_add(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = as_bytes(a) else {
        return Ok(Value::not_implemented());
    };
    let Some(y) = as_bytes(b) else {
        if b.ty().slots.number.add.is_some() && !crate::object::str::is_str(b) {
            return Ok(Value::not_implemented());
        }
        return Err(PyErr::type_error(format!("can't concat {} to bytes", b.ty().name)));
    };
    if y.is_empty() && a.downcast::<PyBytes>().is_some() {
        return Ok(a.clone());
    }
    if x.is_empty() && b.downcast::<PyBytes>().is_some() {
        return Ok(b.clone());
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Ok(from_vec(v))
}

/// `b * n`.
pub fn repeat(v: &Value, n: i64) -> PyResult<Value> {
    let b = data(v);
    if n <= 0 || b.is_empty() {
        return Ok(new_bytes(b""));
    }
    if n == 1 && v.downcast::<PyBytes>().is_some() {
        return Ok(v.clone());
    }
    if (b.len() as u64).checked_mul(n as u64).is_none_or(|t| t > isize::MAX as u64) {
        return Err(PyErr::overflow_error("repeated bytes are too long"));
    }
    Ok(from_vec(b.repeat(n as usize)))
}

fn bytes_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n) = if is_bytes(a) { (a, b) } else { (b, a) };
    if !is_bytes(s) {
        return Ok(Value::not_implemented());
    }
    match index_arg(n)? {
        IndexArg::Small(i) => repeat(s, i),
        IndexArg::Huge(true) => Ok(new_bytes(b"")),
        IndexArg::Huge(false) => {
            Err(PyErr::overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name)))
        }
        IndexArg::NotIndex => Ok(Value::not_implemented()),
    }
}

pub struct PyBytesIter {
    b: Value,
    pos: AtomicUsize,
}

impl PyPayload for PyBytesIter {
    fn class() -> &'static PyType {
        &BYTES_ITER_TYPE
    }
}

pub static BYTES_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "bytes_iterator",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { iter: Some(iter_self), next: Some(bytes_iter_next), ..Slots::EMPTY },
    free: PyObject::<PyBytesIter>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

fn iter_self(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn bytes_iter(v: &Value) -> PyResult<Value> {
    Ok(PyObject::alloc(&BYTES_ITER_TYPE, PyBytesIter { b: v.clone(), pos: AtomicUsize::new(0) }))
}

fn bytes_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let it = it.downcast::<PyBytesIter>().expect("bytes iterator");
    let b = data(&it.b);
    if it.pos.load(Ordering::Relaxed) >= b.len() {
        return Ok(None);
    }
    let i = it.pos.fetch_add(1, Ordering::Relaxed);
    if i >= b.len() {
        it.pos.store(b.len(), Ordering::Relaxed);
        return Ok(None);
    }
    Ok(Some(Value::from_i64(b[i] as i64)))
}

// ---------------------------------------------------------------------------
// decode
// ---------------------------------------------------------------------------

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end == start + 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            codec.name(),
            b[start],
            start,
            reason
        )
    } else {
        format!("'{}' codec can't decode bytes in position {}-{}: {}", codec.name(), start, end - 1, reason)
    };
    PyErr::new(ExcKind::UnicodeDecodeError, msg)
}

/// Decodes with a native codec and a standard error handler (strict,
/// ignore, replace, surrogateescape, surrogatepass (utf-8),
/// backslashreplace).
pub fn decode_bytes(b: &[u8], codec: Codec, errors: &str) -> PyResult<Value> {
    use crate::object::str::{from_code_points, from_latin1, new_str};
    match codec {
        Codec::Latin1 => return Ok(from_latin1(b)),
        Codec::Utf8 => {
            if let Ok(s) = core::str::from_utf8(b) {
                return Ok(new_str(s));
            }
        }
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(from_latin1(b));
            }
        }
    }
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        // Find the next error: (start, end, reason).
        let (start, end, reason) = match codec {
            Codec::Utf8 => match core::str::from_utf8(&b[pos..]) {
                Ok(s) => {
                    out.extend(s.chars().map(|c| c as u32));
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    let s = core::str::from_utf8(&b[pos..pos + good]).expect("valid prefix");
                    out.extend(s.chars().map(|c| c as u32));
                    let st = pos + good;
                    match e.error_len() {
                        None => (st, b.len(), "unexpected end of data"),
                        Some(n) => {
                            let lead = b[st];
                            let reason = if n == 1 && ((0x80..=0xC1).contains(&lead) || lead >= 0xF5) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (st, st + n, reason)
                        }
                    }
                }
            },
            _ => {
                let rest = &b[pos..];
                match rest.iter().position(|&c| c >= 0x80) {
                    None => {
                        out.extend(rest.iter().map(|&c| c as u32));
                        break;
                    }
                    Some(k) => {
                        out.extend(rest[..k].iter().map(|&c| c as u32));
                        (pos + k, pos + k + 1, "ordinal not in range(128)")
                    }
                }
            }
        };
        match errors {
            "strict" => return Err(decode_error(codec, b, start, end, reason)),
            "ignore" => {}
            "replace" => out.push(0xFFFD),
            "surrogateescape" => out.extend(b[start..end].iter().map(|&c| 0xDC00 + c as u32)),
            "backslashreplace" => {
                for &c in &b[start..end] {
                    out.extend(format!("\\x{:02x}", c).chars().map(|c| c as u32));
                }
            }
            "surrogatepass" if codec == Codec::Utf8 => {
                if b[start] == 0xED
                    && start + 2 < b.len()
                    && (0xA0..=0xBF).contains(&b[start + 1])
                    && (0x80..=0xBF).contains(&b[start + 2])
                {
                    out.push(0xD000 | ((b[start + 1] as u32 & 0x3F) << 6) | (b[start + 2] as u32 & 0x3F));
                    pos = start + 3;
                    continue;
                }
                return Err(decode_error(codec, b, start, end, reason));
            }
            "surrogatepass" => return Err(decode_error(codec, b, start, end, reason)),
            _ => return Err(PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", errors))),
        }
        pos = end;
    }
    Ok(from_code_points(&out))
}

fn opt_str(args: &[Value], i: usize, aname: &str, default: &str) -> PyResult<String> {
    match args.get(i) {
        None => Ok(default.to_string()),
        Some(v) => match crate::object::str::as_str(v) {
            Some(s) => Ok(s.into_owned()),
            None => Err(PyErr::type_error(format!(
                "decode() argument '{}' must be str, not {}",
                aname,
                v.ty().name
            ))),
        },
    }
}

/// `bytes.decode(encoding='utf-8', errors='strict')`
pub fn decode(v: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("decode", args, 0, 2)?;
    let enc = opt_str(args, 0, "encoding", "utf-8")?;
    let errors = opt_str(args, 1, "errors", "strict")?;
    decode_bytes(data(v), Codec::lookup(&enc)?, &errors)
}

// ---------------------------------------------------------------------------
// hex / fromhex
// ---------------------------------------------------------------------------

/// `bytes.hex([sep[, bytes_per_sep]])`
pub fn hex(v: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("hex", args, 0, 2)?;
    let b = data(v);
    let sep = match args.first() {
        None => None,
        Some(s) => {
            let sb: Vec<u8> = if let Some(t) = crate::object::str::as_str(s) {
                t.as_bytes().to_vec()
            } else if let Some(x) = as_bytes(s) {
                x.to_vec()
            } else {
                return Err(PyErr::type_error("sep must be str or bytes."));
            };
            if sb.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if sb[0] >= 0x80 {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(sb[0] as char)
        }
    };
    let per = match args.get(1) {
        None => 1,
        Some(n) => int_arg(n)?,
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs().max(1) as usize;
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && per != 0 {
                // Groups are counted from the right for positive counts.
                let boundary = if per > 0 { (b.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(crate::object::str::new_str(&out))
}

/// `bytes.fromhex(string)`
pub fn fromhex(args: &[Value]) -> PyResult<Value> {
    check_args("fromhex", args, 1, 1)?;
    let Some(p) = crate::object::str::as_pystr(&args[0]) else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", args[0].ty().name)));
    };
    let v = p.view();
    let n = v.len();
    let is_ws = |c: u32| matches!(c, 0x20 | 0x09..=0x0D);
    let digit = |i: usize| -> Option<u8> {
        if i >= n {
            return None;
        }
        char::from_u32(v.get(i)).filter(|c| c.is_ascii()).and_then(|c| c.to_digit(16)).map(|d| d as u8)
    };
    let err = |i: usize| {
        PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))
    };
    let mut out = Vec::with_capacity(n / 2);
    let mut i = 0;
    while i < n {
        if is_ws(v.get(i)) {
            while i < n && is_ws(v.get(i)) {
                i += 1;
            }
            if i >= n {
                break;
            }
        }
        let top = digit(i).ok_or_else(|| err(i))?;
        i += 1;
        let bot = digit(i).ok_or_else(|| err(i))?;
        i += 1;
        out.push(top << 4 | bot);
    }
    Ok(from_vec(out))
}

// ---------------------------------------------------------------------------
// Methods shared with str
// ---------------------------------------------------------------------------

#[inline]
fn is_ws(c: u32) -> bool {
    matches!(c, 0x20 | 0x09..=0x0D)
}

/// A `sub` argument of find/count/index: bytes or an int byte value.
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    match byte_value(v) {
        Ok(Some(c)) => return Ok(vec![c]),
        Ok(None) => {}
        Err(e) => return Err(e),
    }
    match as_bytes(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.ty().name
        ))),
    }
}

fn find_impl(v: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_args_finds(name, args, 1, 3)?;
    let b = data(v);
    let sub = sub_arg(&args[0])?;
    let (s, e) = adjust_indices(slice_bound(args.get(1))?, slice_bound(args.get(2))?, b.len());
    Ok(if rev { rfind_sub(b, &sub, s, e) } else { find_sub(b, &sub, s, e) })
}

fn idx(r: Option<usize>) -> Value {
    Value::from_i64(r.map_or(-1, |i| i as i64))
}

pub fn find(v: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(idx(find_impl(v, args, "find", false)?))
}
pub fn rfind(v: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(idx(find_impl(v, args, "rfind", true)?))
}
pub fn index(v: &Value, args: &[Value]) -> PyResult<Value> {
    find_impl(v, args, "index", false)?
        .map(|i| Value::from_i64(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}
pub fn rindex(v: &Value, args: &[Value]) -> PyResult<Value> {
    find_impl(v, args, "rindex", true)?
        .map(|i| Value::from_i64(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}
pub fn count(v: &Value, args: &[Value]) -> PyResult<Value> {
    check_args_finds("count", args, 1, 3)?;
    let b = data(v);
    let sub = sub_arg(&args[0])?;
    let (s, e) = adjust_indices(slice_bound(args.get(1))?, slice_bound(args.get(2))?, b.len());
    Ok(Value::from_i64(count_sub(b, &sub, s, e, usize::MAX) as i64))
}

fn tailmatch(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, suffix: bool) -> bool {
    let (start, end) = adjust_indices(start, end, b.len());
    let n = sub.len();
    if end < n || end - n < start {
        return false;
    }
    let at = if suffix { end - n } else { start };
    &b[at..at + n] == sub
}

fn starts_ends(v: &Value, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    check_args_finds(name, args, 1, 3)?;
    let b = data(v);
    let (start, end) = (slice_bound(args.get(1))?, slice_bound(args.get(2))?);
    if let Some(t) = args[0].downcast_sub::<crate::object::tuple::PyTuple>() {
        for item in t.items.iter() {
            let sub = as_bytes(item).ok_or_else(|| {
                PyErr::type_error(format!("tuple for {} must only contain bytes, not {}", name, item.ty().name))
            })?;
            if tailmatch(b, sub, start, end, suffix) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    let sub = as_bytes(&args[0]).ok_or_else(|| {
        PyErr::type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, args[0].ty().name))
    })?;
    Ok(Value::bool(tailmatch(b, sub, start, end, suffix)))
}

pub fn startswith(v: &Value, args: &[Value]) -> PyResult<Value> {
    starts_ends(v, args, "startswith", false)
}
pub fn endswith(v: &Value, args: &[Value]) -> PyResult<Value> {
    starts_ends(v, args, "endswith", true)
}

fn maxsplit(v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = int_arg(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split_impl(v: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Vec<Value>> {
    check_args(name, args, 0, 2)?;
    let b = data(v);
    let max = maxsplit(args.get(1))?;
    let spans = match args.first() {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => Some(buffer_arg(s)?),
    }
    .map_or_else(
        || Ok(if rev { rsplit_ws(b, max, is_ws) } else { split_ws(b, max, is_ws) }),
        |sep| {
            if sep.is_empty() {
                Err(PyErr::value_error("empty separator"))
            } else {
                Ok(if rev { rsplit_sep(b, sep, max) } else { split_sep(b, sep, max) })
            }
        },
    )?;
    Ok(spans.into_iter().map(|(x, y)| new_bytes(&b[x..y])).collect())
}

/// `bytes.split(sep=None, maxsplit=-1)`; returns the list items.
pub fn split(v: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    split_impl(v, args, "split", false)
}
/// `bytes.rsplit(sep=None, maxsplit=-1)`; returns the list items.
pub fn rsplit(v: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    split_impl(v, args, "rsplit", true)
}

/// `bytes.splitlines(keepends=False)`; returns the list items.
pub fn splitlines(v: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    check_args("splitlines", args, 0, 1)?;
    let keep = match args.first() {
        None => false,
        Some(k) => crate::object::ops::is_true(k)?,
    };
    let b = data(v);
    let spans = splitlines_spans(b, keep, |c| c == 0x0A || c == 0x0D);
    Ok(spans.into_iter().map(|(x, y)| new_bytes(&b[x..y])).collect())
}

/// `bytes.join(iterable)`
pub fn join(v: &Value, args: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("bytes.join() takes exactly one argument ({} given)", args.len())));
    }
    let sep = data(v);
    let items = join_items(&args[0])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let b = as_bytes(it).ok_or_else(|| {
            PyErr::type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, it.ty().name))
        })?;
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(from_vec(out))
}

fn partition_impl(v: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    check_args(&format!("bytes.{}", name), args, 1, 1)?;
    let b = data(v);
    let sep = buffer_arg(&args[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { rfind_sub(b, sep, 0, b.len()) } else { find_sub(b, sep, 0, b.len()) };
    let t = crate::object::tuple::new_tuple;
    let e = || new_bytes(b"");
    Ok(match found {
        Some(i) => t(vec![new_bytes(&b[..i]), args[0].clone(), new_bytes(&b[i + sep.len()..])]),
        None if rev => t(vec![e(), e(), v.clone()]),
        None => t(vec![v.clone(), e(), e()]),
    })
}

pub fn partition(v: &Value, args: &[Value]) -> PyResult<Value> {
    partition_impl(v, args, "partition", false)
}
pub fn rpartition(v: &Value, args: &[Value]) -> PyResult<Value> {
    partition_impl(v, args, "rpartition", true)
}

fn strip_impl(v: &Value, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_args(name, args, 0, 1)?;
    let b = data(v);
    let chars: Option<&[u8]> = match args.first() {
        None => None,
        Some(c) if c.is_none() => None,
        Some(c) => Some(buffer_arg(c)?),
    };
    let strip = |c: u8| match chars {
        None => is_ws(c as u32),
        Some(set) => set.contains(&c),
    };
    let (mut i, mut j) = (0, b.len());
    if left {
        while i < j && strip(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(b[j - 1]) {
            j -= 1;
        }
    }
    Ok(new_bytes(&b[i..j]))
}

pub fn strip(v: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(v, args, "strip", true, true)
}
pub fn lstrip(v: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(v, args, "lstrip", true, false)
}
pub fn rstrip(v: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(v, args, "rstrip", false, true)
}

/// `bytes.replace(old, new[, count])`
pub fn replace(v: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("replace", args, 2, 3)?;
    let b = data(v);
    let old = buffer_arg(&args[0])?;
    let new = buffer_arg(&args[1])?;
    let max = maxsplit(args.get(2))?;
    if max == 0 {
        return Ok(new_bytes(b));
    }
    Ok(from_vec(replace_units(b, old, new, max)))
}

fn map_ascii(v: &Value, args: &[Value], name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("bytes.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(from_vec(f(data(v))))
}

pub fn upper(v: &Value, args: &[Value]) -> PyResult<Value> {
    map_ascii(v, args, "upper", |b| b.to_ascii_uppercase())
}
pub fn lower(v: &Value, args: &[Value]) -> PyResult<Value> {
    map_ascii(v, args, "lower", |b| b.to_ascii_lowercase())
}
pub fn swapcase(v: &Value, args: &[Value]) -> PyResult<Value> {
    map_ascii(v, args, "swapcase", |b| {
        b.iter()
            .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect()
    })
}
pub fn capitalize(v: &Value, args: &[Value]) -> PyResult<Value> {
    map_ascii(v, args, "capitalize", |b| {
        b.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}
pub fn title(v: &Value, args: &[Value]) -> PyResult<Value> {
    map_ascii(v, args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(v: &Value, args: &[Value], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("bytes.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(Value::bool(f(data(v))))
}

pub fn isdigit(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}
pub fn isalpha(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}
pub fn isalnum(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}
pub fn isspace(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_ws(c as u32)))
}
pub fn isascii(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isascii", |b| b.is_ascii())
}
pub fn islower(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}
pub fn isupper(v: &Value, a: &[Value]) -> PyResult<Value> {
    pred(v, a, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}

fn justify(v: &Value, args: &[Value], name: &str, which: u8) -> PyResult<Value> {
    check_args_finds(name, args, 1, 2)?;
    let width = int_arg(&args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(f) => match as_bytes(f) {
            Some([c]) => *c,
            _ => {
                let what = match as_bytes(f) {
                    Some(b) => format!("a bytes object of length {}", b.len()),
                    None => f.ty().name.to_string(),
                };
                return Err(PyErr::type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, what
                )));
            }
        },
    };
    let b = data(v);
    let len = b.len() as i64;
    if width <= len {
        return Ok(new_bytes(b));
    }
    let marg = width - len;
    let (l, r) = match which {
        0 => {
            let l = marg / 2 + (marg & width & 1);
            (l, marg - l)
        }
        1 => (0, marg),
        _ => (marg, 0),
    };
    let mut out = vec![fill; l as usize];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, r as usize));
    Ok(from_vec(out))
}

pub fn center(v: &Value, args: &[Value]) -> PyResult<Value> {
    justify(v, args, "center", 0)
}
pub fn ljust(v: &Value, args: &[Value]) -> PyResult<Value> {
    justify(v, args, "ljust", 1)
}
pub fn rjust(v: &Value, args: &[Value]) -> PyResult<Value> {
    justify(v, args, "rjust", 2)
}

pub fn zfill(v: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("zfill", args, 1, 1)?;
    let width = int_arg(&args[0])?;
    let b = data(v);
    if width <= b.len() as i64 {
        return Ok(new_bytes(b));
    }
    let fill = width as usize - b.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(b);
    if out[fill] == b'+' || out[fill] == b'-' {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(from_vec(out))
}

#[cfg(test)]
mod tests {
    //! Expected values are CPython 3.13.0 output.
    use super::*;
    use crate::object::slice::new_slice;
    use crate::object::str::{from_code_points, new_str};

    fn b(x: &[u8]) -> Value {
        new_bytes(x)
    }
    fn i(n: i64) -> Value {
        Value::from_i64(n)
    }
    fn s(x: &str) -> Value {
        new_str(x)
    }
    fn show(v: &Value) -> String {
        if let Some(x) = v.as_bool() {
            return if x { "True".into() } else { "False".into() };
        }
        if let Some(x) = crate::object::int::to_i64(v) {
            return x.to_string();
        }
        if let Some(t) = v.downcast::<crate::object::tuple::PyTuple>() {
            return format!("({})", t.items.iter().map(show).collect::<Vec<_>>().join(", "));
        }
        crate::object::ops::repr_string(v).unwrap()
    }
    fn res(r: PyResult<Value>) -> String {
        match r {
            Ok(v) => show(&v),
            Err(e) => format!("!! {}", e),
        }
    }
    fn resl(r: PyResult<Vec<Value>>) -> String {
        match r {
            Ok(v) => format!("[{}]", v.iter().map(show).collect::<Vec<_>>().join(", ")),
            Err(e) => format!("!! {}", e),
        }
    }
    fn m(f: fn(&Value, &[Value]) -> PyResult<Value>, x: &[u8], args: &[Value]) -> String {
        res(f(&b(x), args))
    }
    fn dec(x: &[u8], args: &[Value]) -> String {
        res(decode(&b(x), args))
    }

    #[test]
    fn repr_index_slice() {
        assert_eq!(show(&b(b"it's")), r#"b"it's""#);
        assert_eq!(show(&b(b"a\"b'c")), r#"b'a"b\'c'"#);
        assert_eq!(show(&b(b"\x00\t\n\r\\\x7f\x80\xff abc")), r"b'\x00\t\n\r\\\x7f\x80\xff abc'");
        let v = b(b"abc");
        let g = |k: Value| res(crate::object::ops::getitem(&v, &k));
        assert_eq!(g(i(1)), "98");
        assert_eq!(g(i(-1)), "99");
        assert_eq!(g(i(3)), "!! IndexError: index out of range");
        assert_eq!(g(s("x")), "!! TypeError: byte indices must be integers or slices, not str");
        assert_eq!(g(new_slice(Value::none(), Value::none(), i(-1))), "b'cba'");
        assert_eq!(g(new_slice(i(1), Value::none(), Value::none())), "b'bc'");
        let items = crate::object::ops::collect(&v).unwrap();
        assert_eq!(items.iter().map(show).collect::<Vec<_>>(), ["97", "98", "99"]);
    }

    #[test]
    fn operators() {
        use crate::object::ops::{binary_op, contains, BinOp};
        assert!(contains(&b(b"abc"), &i(98)).unwrap());
        assert!(contains(&b(b"abc"), &b(b"bc")).unwrap());
        assert_eq!(contains(&b(b"a"), &s("x")).unwrap_err().to_string(), "TypeError: a bytes-like object is required, not 'str'");
        assert_eq!(contains(&b(b"a"), &i(300)).unwrap_err().to_string(), "ValueError: byte must be in range(0, 256)");
        assert_eq!(res(binary_op(&b(b"a"), &b(b"b"), BinOp::Add)), "b'ab'");
        assert_eq!(res(binary_op(&b(b"a"), &s("b"), BinOp::Add)), "!! TypeError: can't concat str to bytes");
        assert_eq!(res(binary_op(&b(b"ab"), &i(2), BinOp::Mul)), "b'abab'");
        assert_eq!(res(binary_op(&i(-2), &b(b"ab"), BinOp::Mul)), "b''");
        assert!(bytes_richcompare(&b(b"abc"), &b(b"abd"), CmpOp::Lt).unwrap().as_bool().unwrap());
        assert!(bytes_richcompare(&b(b"abc"), &b(b"abc"), CmpOp::Eq).unwrap().as_bool().unwrap());
        assert!(bytes_richcompare(&b(b"abc"), &s("abc"), CmpOp::Eq).unwrap().is_not_implemented());
        assert_eq!(crate::object::ops::hash(&b(b"")).unwrap(), 0);
        assert_eq!(crate::object::ops::hash(&b(b"xyz")).unwrap(), crate::object::ops::hash(&s("xyz")).unwrap());
    }

    #[test]
    fn decoding() {
        assert_eq!(dec(b"\xff", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assert_eq!(dec(b"a\xff", &[s("ascii")]), "!! UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)");
        assert_eq!(dec(b"\xe9\x80", &[s("utf-8")]), "!! UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
        assert_eq!(dec(b"\xe9", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data");
        assert_eq!(dec(b"\xed\xa0\x80", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
        assert_eq!(dec(b"\xf5", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte");
        assert_eq!(dec(b"\xc0\x80", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
        assert_eq!(dec(b"\xe0\x80", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
        assert_eq!(dec(b"\xf0\x90\x80", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
        assert_eq!(dec(b"\xf4\x90\x80\x80", &[]), "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
        assert_eq!(dec(b"a", &[s("foo")]), "!! LookupError: unknown encoding: foo");
        assert_eq!(dec(b"\xff", &[s("utf-8"), s("foo")]), "!! LookupError: unknown error handler name 'foo'");
        assert_eq!(dec(b"\xff\xfeab\xe9", &[s("utf-8"), s("replace")]), "'\u{fffd}\u{fffd}ab\u{fffd}'");
        assert_eq!(dec(b"\xff\xfeab", &[s("utf-8"), s("ignore")]), "'ab'");
        assert_eq!(dec(b"a\xffb", &[s("utf-8"), s("surrogateescape")]), r"'a\udcffb'");
        assert_eq!(dec(b"a\xffb\xe9\x80", &[s("utf-8"), s("backslashreplace")]), r"'a\\xffb\\xe9\\x80'");
        assert_eq!(dec(b"\xed\xa0\x80", &[s("utf-8"), s("surrogatepass")]), r"'\ud800'");
        assert_eq!(dec(b"\xe9t\xe9", &[s("latin-1")]), "'été'");
        assert_eq!(dec(b"a\x80", &[s("ascii"), s("replace")]), "'a\u{fffd}'");
        assert_eq!(dec(b"\xf0\x9f\x98", &[s("utf-8"), s("replace")]), "'\u{fffd}'");
        assert_eq!(dec("aé€😀".as_bytes(), &[]), "'aé€😀'");
        // Round trip through surrogateescape.
        let v = decode(&b(b"a\xffb"), &[s("utf-8"), s("surrogateescape")]).unwrap();
        assert!(crate::object::str::str_eq(&v, &from_code_points(&[0x61, 0xDCFF, 0x62])));
        let back = crate::object::str::encode(&v, &[s("utf-8"), s("surrogateescape")]).unwrap();
        assert_eq!(as_bytes(&back).unwrap(), b"a\xffb");
    }

    #[test]
    fn hex_and_fromhex() {
        assert_eq!(m(hex, b"abc", &[]), "'616263'");
        assert_eq!(m(hex, b"\xb9\x01\xef", &[s("-")]), "'b9-01-ef'");
        assert_eq!(m(hex, b"\xb9\x01\xef", &[s(":"), i(2)]), "'b9:01ef'");
        assert_eq!(m(hex, b"\xb9\x01\xef", &[s(":"), i(-2)]), "'b901:ef'");
        assert_eq!(m(hex, b"\x00", &[]), "'00'");
        assert_eq!(res(fromhex(&[s("B9 01EF ")])), r"b'\xb9\x01\xef'");
        assert_eq!(res(fromhex(&[s("zz")])), "!! ValueError: non-hexadecimal number found in fromhex() arg at position 0");
        assert_eq!(res(fromhex(&[s("a")])), "!! ValueError: non-hexadecimal number found in fromhex() arg at position 1");
        assert_eq!(res(fromhex(&[s("0 1")])), "!! ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    }

    #[test]
    fn methods() {
        assert_eq!(resl(split(&b(b"hello world"), &[])), "[b'hello', b'world']");
        assert_eq!(resl(split(&b(b"a,b,,c"), &[b(b","), i(2)])), "[b'a', b'b', b',c']");
        assert_eq!(resl(split(&b(b"a"), &[i(1)])), "!! TypeError: a bytes-like object is required, not 'int'");
        assert_eq!(resl(splitlines(&b(b"a\r\nb\nc"), &[Value::bool(true)])), r"[b'a\r\n', b'b\n', b'c']");
        assert_eq!(m(strip, b"  a  ", &[]), "b'a'");
        assert_eq!(m(strip, b"\x0b\x1ca\x1c", &[]), r"b'\x1ca\x1c'");
        assert_eq!(m(strip, b"a", &[s("a")]), "!! TypeError: a bytes-like object is required, not 'str'");
        assert_eq!(m(find, b"abc", &[b(b"c")]), "2");
        assert_eq!(m(find, b"abc", &[i(99)]), "2");
        assert_eq!(m(find, b"a", &[i(300)]), "!! ValueError: byte must be in range(0, 256)");
        assert_eq!(m(index, b"a", &[b(b"b")]), "!! ValueError: subsection not found");
        assert_eq!(m(count, b"abcabc", &[b(b"b")]), "2");
        assert_eq!(m(partition, b"a-b", &[b(b"-")]), "(b'a', b'-', b'b')");
        assert_eq!(m(replace, b"aaa", &[b(b"a"), b(b"bc"), i(2)]), "b'bcbca'");
        assert_eq!(m(replace, b"a", &[s("a"), s("b")]), "!! TypeError: a bytes-like object is required, not 'str'");
        let t = crate::object::tuple::new_tuple(vec![b(b"a"), b(b"b")]);
        assert_eq!(m(join, b"-", &[t]), "b'a-b'");
        let bad = crate::object::tuple::new_tuple(vec![i(1)]);
        assert_eq!(m(join, b"a", &[bad]), "!! TypeError: sequence item 0: expected a bytes-like object, int found");
        assert_eq!(m(center, b"ab", &[i(5), b(b"*")]), "b'**ab*'");
        assert_eq!(m(center, b"a", &[i(5), s("x")]), "!! TypeError: center() argument 2 must be a byte string of length 1, not str");
        assert_eq!(m(zfill, b"-7", &[i(4)]), "b'-007'");
        assert_eq!(m(swapcase, b"Hello", &[]), "b'hELLO'");
        assert_eq!(m(startswith, b"a", &[s("a")]), "!! TypeError: startswith first arg must be bytes or a tuple of bytes, not str");
        assert_eq!(m(startswith, b"abc", &[b(b"ab")]), "True");
    }
}

/// A bytes payload for an instance of a bytes subclass (builtins constructors).
pub fn payload_for_subclass(b: Vec<u8>) -> PyBytes { PyBytes { data: b.into_boxed_slice(), hash: AtomicI64::new(-1) } }
