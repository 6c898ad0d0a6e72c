//! Design: DESIGN.md#standard-library
//!
//! `_struct`: the `struct` module (`src/lib/struct.py` re-exports it).
//! A format is parsed once into a list of codes with their byte offsets
//! (native `@` mode aligns each numeric item to its size, as a C compiler
//! does on x86-64/aarch64; `=`, `<`, `>`, `!` use the standard sizes and
//! no alignment). Packing converts each argument with CPython's rules
//! (`__index__` for integer codes, `__float__`/`__index__` for floats,
//! truth for `?`) and raises `struct.error` with CPython 3.13's messages.
//! `Struct` objects are immutable after construction, so threads share
//! them freely.

#![forbid(unsafe_code)]

use num_traits::ToPrimitive;

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method, staticmethod};
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};
use crate::object::{bytes, exc, float, int, list, ops, str as pystr, tuple};
use crate::sync::OnceLock;

// ---- struct.error ---------------------------------------------------------------

/// `struct.error` (an Exception subclass); static, so every interpreter
/// sees the same class.
pub static STRUCT_ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "struct.error",
    base: &exc::EXCEPTION_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: exc::BASE_SLOTS,
    free: PyObject::<exc::PyBaseException>::free,
    methods: &[],
    dict: OnceLock::new(),
};

fn register_layouts() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        crate::object::class::register_base_layout(
            &STRUCT_ERROR_TYPE,
            crate::object::class::layout_of::<exc::PyBaseException>(),
        );
    });
}

fn error(msg: impl Into<String>) -> PyErr {
    register_layouts();
    let msg: String = msg.into();
    PyErr::from_value(exc::alloc_exception(&STRUCT_ERROR_TYPE.to_value(), vec![pystr::new_str(&msg)]))
}

// ---- formats ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    Little,
    Big,
}

#[derive(Clone, Copy)]
struct Code {
    c: u8,
    /// Byte offset of the item.
    off: usize,
    /// Item size (for `s`/`p`: the count).
    size: usize,
}

struct Format {
    codes: Vec<Code>,
    size: usize,
    /// Arguments consumed by pack / values produced by unpack.
    nitems: usize,
    order: Order,
    native: bool,
}

fn item_size(c: u8, native: bool) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                core::mem::size_of::<core::ffi::c_long>()
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => core::mem::size_of::<usize>(),
        _ => return None,
    })
}

fn parse_format(fmt: &[u8]) -> PyResult<Format> {
    let (order, native, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, true, &fmt[1..]),
        Some(b'=') => (Order::Native, false, &fmt[1..]),
        Some(b'<') => (Order::Little, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, false, &fmt[1..]),
        _ => (Order::Native, true, fmt),
    };
    let mut codes = Vec::new();
    let mut off = 0usize;
    let mut nitems = 0usize;
    let mut i = 0;
    let too_long = || error("total struct size too long");
    while i < rest.len() {
        let ch = rest[i];
        if ch.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or_else(too_long)?);
            i += 1;
        }
        if i >= rest.len() {
            return Err(error("repeat count given without format specifier"));
        }
        let c = rest[i];
        i += 1;
        let size = item_size(c, native).ok_or_else(|| error("bad char in struct format"))?;
        let n = count.unwrap_or(1);
        if native && !matches!(c, b'x' | b'c' | b's' | b'p') && size > 1 {
            off = off.checked_add(size - 1).ok_or_else(too_long)? / size * size;
        }
        match c {
            b's' | b'p' => {
                codes.push(Code { c, off, size: n });
                off = off.checked_add(n).ok_or_else(too_long)?;
                nitems += 1;
            }
            b'x' => off = off.checked_add(n).ok_or_else(too_long)?,
            _ => {
                for _ in 0..n {
                    codes.push(Code { c, off, size });
                    off = off.checked_add(size).ok_or_else(too_long)?;
                }
                nitems += n;
            }
        }
    }
    Ok(Format { codes, size: off, nitems, order, native })
}

fn format_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", v.ty().name)))
}

// ---- packing -----------------------------------------------------------------------

fn put(out: &mut [u8], order: Order, x: u64, size: usize) {
    let le = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    for k in 0..size {
        let byte = (x >> (8 * k)) as u8;
        if le {
            out[k] = byte;
        } else {
            out[size - 1 - k] = byte;
        }
    }
}

fn get(buf: &[u8], order: Order) -> u64 {
    let le = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    let mut x = 0u64;
    for k in 0..buf.len() {
        let byte = if le { buf[k] } else { buf[buf.len() - 1 - k] };
        x |= (byte as u64) << (8 * k);
    }
    x
}

/// The integer value of a pack argument (`__index__`), as i128.
fn int_value(v: &Value) -> PyResult<Option<i128>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i as i128));
    }
    let i = if int::is_int(v) {
        v.clone()
    } else if v.ty().slots.number.index.is_some() {
        ops::index(v)?
    } else {
        return Err(error("required argument is not an integer"));
    };
    Ok(int::to_bigint(&i).and_then(|b| b.to_i128()))
}

fn float_value(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(v) {
        return Ok(x);
    }
    if let Some(f) = v.ty().slots.number.float {
        let r = f(v)?;
        return float::to_f64(&r).ok_or_else(|| error("required argument is not a float"));
    }
    if v.ty().slots.number.index.is_some() {
        let i = ops::index(v)?;
        return float::to_f64(&i).ok_or_else(|| PyErr::overflow_error("int too large to convert to float"));
    }
    if int::is_int(v) {
        return Err(PyErr::overflow_error("int too large to convert to float"));
    }
    Err(error("required argument is not a float"))
}

/// f64 → IEEE half, round half to even (CPython's `PyFloat_Pack2`).
fn f64_to_half(x: f64) -> PyResult<u16> {
    let bits = x.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0x7ff {
        return Ok(sign | if mant == 0 { 0x7c00 } else { 0x7e00 });
    }
    if exp == 0 {
        return Ok(sign);
    }
    let overflow = || PyErr::overflow_error("float too large to pack with e format");
    let e = exp - 1023;
    if e > 15 {
        return Err(overflow());
    }
    let full = (1u64 << 52) | mant;
    let round = |shift: u32| -> u64 {
        if shift >= 64 {
            return 0;
        }
        let m = full >> shift;
        let rem = full & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && m & 1 == 1) {
            m + 1
        } else {
            m
        }
    };
    if e >= -14 {
        let mut he = (e + 15) as u16;
        let mut m = round(42);
        if m == 1 << 11 {
            m >>= 1;
            he += 1;
        }
        if he >= 31 {
            return Err(overflow());
        }
        Ok(sign | (he << 10) | (m as u16 & 0x3ff))
    } else {
        let shift = (28 - e) as u32;
        Ok(sign | round(shift) as u16)
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn range_error(c: u8, lo: i128, hi: i128) -> PyErr {
    error(format!("'{}' format requires {} <= number <= {}", c as char, lo, hi))
}

fn pack_one(code: &Code, f: &Format, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let at = &mut out[code.off..];
    match code.c {
        b'c' => match bytes::as_bytes(v).or_else(|| None) {
            Some(b) if b.len() == 1 && bytes::is_bytes(v) => at[0] = b[0],
            _ => match crate::object::bytearray::as_vec(v) {
                Some(b) if b.len() == 1 => at[0] = b[0],
                _ => return Err(error("char format requires a bytes object of length 1")),
            },
        },
        b's' | b'p' => {
            let data = bytes::as_bytes(v)
                .map(|b| b.to_vec())
                .or_else(|| crate::object::bytearray::as_vec(v))
                .ok_or_else(|| error(format!("argument for '{}' must be a bytes object", code.c as char)))?;
            if code.c == b's' {
                let n = data.len().min(code.size);
                at[..n].copy_from_slice(&data[..n]);
            } else if code.size > 0 {
                let n = data.len().min(code.size - 1);
                at[1..1 + n].copy_from_slice(&data[..n]);
                at[0] = n.min(255) as u8;
            }
        }
        b'?' => at[0] = ops::is_true(v)? as u8,
        b'e' => {
            let h = f64_to_half(float_value(v)?)?;
            put(at, f.order, h as u64, 2);
        }
        b'f' => {
            let x = float_value(v)?;
            let y = x as f32;
            if !f.native && y.is_infinite() && x.is_finite() {
                return Err(PyErr::overflow_error("float too large to pack with f format"));
            }
            put(at, f.order, y.to_bits() as u64, 4);
        }
        b'd' => put(at, f.order, float_value(v)?.to_bits(), 8),
        c => {
            let size = code.size;
            let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let (lo, hi): (i128, i128) = if signed {
                (-(1i128 << (8 * size - 1)), (1i128 << (8 * size - 1)) - 1)
            } else {
                (0, (1i128 << (8 * size)) - 1)
            };
            let x = int_value(v)?;
            let x = match x {
                Some(x) if x >= lo && x <= hi => x,
                _ => {
                    if c == b'P' {
                        return Err(PyErr::overflow_error("int too large to convert"));
                    }
                    return Err(range_error(c, lo, hi));
                }
            };
            put(at, f.order, x as u64, size);
        }
    }
    Ok(())
}

fn pack_format(f: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    if vals.len() != f.nitems {
        return Err(error(format!("pack expected {} items for packing (got {})", f.nitems, vals.len())));
    }
    let mut out = vec![0u8; f.size];
    let mut k = 0;
    for code in &f.codes {
        pack_one(code, f, &vals[k], &mut out)?;
        k += 1;
    }
    Ok(out)
}

// ---- unpacking -----------------------------------------------------------------------

fn unpack_at(f: &Format, buf: &[u8]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(f.nitems);
    for code in &f.codes {
        let at = &buf[code.off..];
        let v = match code.c {
            b'c' => bytes::new_bytes(&at[..1]),
            b's' => bytes::new_bytes(&at[..code.size]),
            b'p' => {
                if code.size == 0 {
                    bytes::new_bytes(&[])
                } else {
                    let n = (at[0] as usize).min(code.size - 1);
                    bytes::new_bytes(&at[1..1 + n])
                }
            }
            b'?' => Value::bool(at[0] != 0),
            b'e' => Value::from_f64(half_to_f64(get(&at[..2], f.order) as u16)),
            b'f' => Value::from_f64(f32::from_bits(get(&at[..4], f.order) as u32) as f64),
            b'd' => Value::from_f64(f64::from_bits(get(&at[..8], f.order))),
            c => {
                let size = code.size;
                let raw = get(&at[..size], f.order);
                let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                if signed {
                    let shift = 64 - 8 * size as u32;
                    Value::from_i64(((raw << shift) as i64) >> shift)
                } else if raw <= i64::MAX as u64 {
                    Value::from_i64(raw as i64)
                } else {
                    Value::from_bigint(num_bigint::BigInt::from(raw))
                }
            }
        };
        out.push(v);
    }
    Ok(tuple::new_tuple(out))
}

fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::ctors::buffer_bytes(v)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.ty().name)))
}

fn unpack_format(f: &Format, v: &Value) -> PyResult<Value> {
    let b = buffer(v)?;
    if b.len() != f.size {
        return Err(error(format!("unpack requires a buffer of {} bytes", f.size)));
    }
    unpack_at(f, &b)
}

fn offset_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => Ok(ops::index_isize(v)? as i64),
    }
}

fn unpack_from_format(f: &Format, v: &Value, offset: i64) -> PyResult<Value> {
    let b = buffer(v)?;
    let n = b.len() as i64;
    let mut off = offset;
    if off < 0 {
        if off + (f.size as i64) > 0 {
            return Err(error(format!("not enough data to unpack {} bytes at offset {}", f.size, offset)));
        }
        if off + n < 0 {
            return Err(error(format!("offset {} out of range for {}-byte buffer", offset, n)));
        }
        off += n;
    }
    if n - off < f.size as i64 {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            f.size as i64 + off,
            f.size,
            off,
            n
        )));
    }
    unpack_at(f, &b[off as usize..])
}

fn iter_unpack_format(f: &Format, v: &Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    let b = buffer(v)?;
    if b.len() % f.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    let mut out = Vec::with_capacity(b.len() / f.size);
    for chunk in b.chunks(f.size) {
        out.push(unpack_at(f, chunk)?);
    }
    ops::iter(&list::new_list(out))
}

fn pack_into_format(f: &Format, buf: &Value, offset: &Value, vals: &[Value]) -> PyResult<Value> {
    if !crate::object::bytearray::is_bytearray(buf) {
        return Err(PyErr::type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buf.ty().name
        )));
    }
    let data = pack_format(f, vals)?;
    let n = crate::object::bytearray::as_vec(buf).map_or(0, |b| b.len()) as i64;
    let offset = ops::index_isize(offset)? as i64;
    let mut off = offset;
    if off < 0 {
        if off + (f.size as i64) > 0 {
            return Err(error(format!("no space to pack {} bytes at offset {}", f.size, offset)));
        }
        if off + n < 0 {
            return Err(error(format!("offset {} out of range for {}-byte buffer", offset, n)));
        }
        off += n;
    }
    if n - off < f.size as i64 {
        return Err(error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            f.size as i64 + off,
            f.size,
            off,
            n
        )));
    }
    for (k, b) in data.iter().enumerate() {
        crate::object::bytearray::set_byte(buf, off as usize + k, *b);
    }
    Ok(Value::none())
}

// ---- Struct objects -------------------------------------------------------------------

pub struct PyStruct {
    format: Value,
    f: Format,
}

impl PyPayload for PyStruct {
    fn class() -> &'static PyType {
        &STRUCT_TYPE
    }
}

pub static STRUCT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_struct.Struct",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(st_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        new: Some(st_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyStruct>::free,
    methods: STRUCT_METHODS,
    dict: OnceLock::new(),
};

static STRUCT_METHODS: &[MethodDef] = &[
    method("pack", st_pack),
    method("unpack", st_unpack),
    method("pack_into", st_pack_into),
    method("unpack_from", st_unpack_from),
    method("iter_unpack", st_iter_unpack),
    getter("format", st_format),
    getter("size", st_size),
];

fn new_struct(fmt: &Value) -> PyResult<Value> {
    let raw = format_bytes(fmt)?;
    let f = parse_format(&raw)?;
    let format = pystr::new_str(&String::from_utf8_lossy(&raw));
    Ok(PyObject::alloc(&STRUCT_TYPE, PyStruct { format, f }))
}

fn st_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "Struct", names: &["format"], posonly: 0, maxpos: 1, required: 1 };
    let [fmt] = args::parse::<1>(p, a, kw)?;
    new_struct(fmt.expect("required"))
}

fn this(v: &Value) -> PyResult<&PyStruct> {
    v.downcast::<PyStruct>().ok_or_else(|| PyErr::type_error("descriptor requires a '_struct.Struct' object"))
}

fn st_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&format!("Struct({})", ops::repr_string(&this(v)?.format)?)))
}

fn st_pack(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("pack", kw)?;
    Ok(bytes::from_vec(pack_format(&this(v)?.f, a)?))
}

fn st_unpack(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = args::exactly_one("unpack", a, kw)?;
    unpack_format(&this(v)?.f, b)
}

fn st_pack_into(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("pack_into", kw)?;
    if a.len() < 2 {
        return Err(PyErr::type_error(if a.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    pack_into_format(&this(v)?.f, &a[0], &a[1], &a[2..])
}

fn st_unpack_from(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "unpack_from", names: &["buffer", "offset"], posonly: 0, maxpos: 2, required: 1 };
    let [b, off] = args::parse::<2>(p, a, kw)?;
    unpack_from_format(&this(v)?.f, b.expect("required"), offset_arg(off)?)
}

fn st_iter_unpack(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = args::exactly_one("iter_unpack", a, kw)?;
    iter_unpack_format(&this(v)?.f, b)
}

fn st_format(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(this(v)?.format.clone())
}

fn st_size(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.f.size as i64))
}

// ---- module functions -----------------------------------------------------------------

fn fmt_of(v: &Value) -> PyResult<Format> {
    parse_format(&format_bytes(v)?)
}

fn m_calcsize(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let fmt = args::exactly_one("calcsize", a, kw)?;
    Ok(Value::from_i64(fmt_of(fmt)?.size as i64))
}

fn m_pack(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("pack", kw)?;
    let Some(fmt) = a.first() else { return Err(PyErr::type_error("missing format argument")) };
    Ok(bytes::from_vec(pack_format(&fmt_of(fmt)?, &a[1..])?))
}

fn m_unpack(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("unpack", kw)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("unpack expected 2 arguments, got {}", a.len())));
    }
    unpack_format(&fmt_of(&a[0])?, &a[1])
}

fn m_unpack_from(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "unpack_from", names: &["format", "buffer", "offset"], posonly: 1, maxpos: 3, required: 2 };
    let [fmt, b, off] = args::parse::<3>(p, a, kw)?;
    unpack_from_format(&fmt_of(fmt.expect("required"))?, b.expect("required"), offset_arg(off)?)
}

fn m_iter_unpack(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("iter_unpack", kw)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("iter_unpack expected 2 arguments, got {}", a.len())));
    }
    iter_unpack_format(&fmt_of(&a[0])?, &a[1])
}

fn m_pack_into(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("pack_into", kw)?;
    if a.len() < 3 {
        return Err(PyErr::type_error(match a.len() {
            0 => "missing format argument",
            1 => "pack_into expected buffer argument",
            _ => "pack_into expected offset argument",
        }));
    }
    pack_into_format(&fmt_of(&a[0])?, &a[1], &a[2], &a[3..])
}

fn m_clearcache(_m: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::none())
}

pub static STRUCT_FUNCS: &[MethodDef] = &[
    staticmethod("calcsize", m_calcsize),
    staticmethod("pack", m_pack),
    staticmethod("unpack", m_unpack),
    staticmethod("unpack_from", m_unpack_from),
    staticmethod("iter_unpack", m_iter_unpack),
    staticmethod("pack_into", m_pack_into),
    staticmethod("_clearcache", m_clearcache),
];

/// A new `_struct` module.
pub fn make_module() -> Value {
    register_layouts();
    let m = crate::object::module::new_module("_struct");
    crate::object::module::add_functions(&m, STRUCT_FUNCS);
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("Struct"), STRUCT_TYPE.to_value());
    let _ = d.set(pystr::intern("error"), STRUCT_ERROR_TYPE.to_value());
    m
}
