//! Design: DESIGN.md#standard-library
//!
//! `binascii`: hex, base64 and the CRCs, with CPython 3.13's argument
//! conversions and messages. `binascii.Error` (a ValueError subclass) and
//! `binascii.Incomplete` are static types, so every interpreter sees the
//! same classes. The CRC-32 here is also `zlib.crc32`'s. Pure functions over
//! copies of their arguments: nothing is shared, nothing is locked.

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::staticmethod;
use crate::object::singletons::TYPE_TYPE;
use crate::object::typeobj::{type_flags, MethodDef, PyType};
use crate::object::{bytes, exc, int, str as pystr};
use crate::sync::OnceLock;

/// `binascii.Error`, a ValueError subclass.
pub static ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "binascii.Error",
    base: &exc::VALUE_ERROR_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: exc::BASE_SLOTS,
    free: PyObject::<exc::PyBaseException>::free,
    methods: &[],
    dict: OnceLock::new(),
};

/// `binascii.Incomplete`, an Exception subclass.
pub static INCOMPLETE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "binascii.Incomplete",
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
        for t in [&ERROR_TYPE, &INCOMPLETE_TYPE] {
            crate::object::class::register_base_layout(t, crate::object::class::layout_of::<exc::PyBaseException>());
        }
    });
}

fn error(msg: impl Into<String>) -> PyErr {
    register_layouts();
    let msg: String = msg.into();
    PyErr::from_value(exc::alloc_exception(&ERROR_TYPE.to_value(), vec![pystr::new_str(&msg)]))
}

// ---- argument conversions ----------------------------------------------------------

/// A bytes-like argument of a `b2a_*` function (str is refused).
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    crate::builtins::ctors::buffer_bytes(v)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.ty().name)))
}

/// An argument of an `a2b_*` function: bytes-like or an ASCII str.
fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return Err(PyErr::value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::builtins::ctors::buffer_bytes(v).ok_or_else(|| {
        PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", v.ty().name))
    })
}

/// An int argument reduced modulo 2**32 (C's `unsigned int` with a mask).
pub fn u32_mask(v: &Value) -> PyResult<u32> {
    if let Some(b) = int::to_bigint(v) {
        let m = b & BigInt::from(0xffff_ffffu32);
        return Ok(m.to_u32().unwrap_or(0));
    }
    Ok(args::int_arg(v)? as u32)
}

// ---- checksums ----------------------------------------------------------------------

const fn crc32_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC32_TABLE: [u32; 256] = crc32_table();

/// CRC-32 (ISO 3309, zlib's) of `data` continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC32_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 of `data` continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    const MOD: u32 = 65521;
    let mut a = adler & 0xffff;
    let mut b = adler >> 16;
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// CRC-CCITT (XMODEM: polynomial 0x1021, not reflected).
fn crc_hqx(data: &[u8], crc: u32) -> u32 {
    let mut c = (crc & 0xffff) as u16;
    for &b in data {
        c ^= (b as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 { (c << 1) ^ 0x1021 } else { c << 1 };
        }
    }
    c as u32
}

// ---- hex -------------------------------------------------------------------------

fn hexlify_impl(fname: &str, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname, names: &["data", "sep", "bytes_per_sep"], posonly: 0, maxpos: 3, required: 1 };
    let [data, sep, per] = args::parse::<3>(p, a, kw)?;
    let data = bytes::from_vec(bytes_like(data.expect("required"))?);
    let mut extra = Vec::new();
    if let Some(s) = sep {
        extra.push(s.clone());
        if let Some(n) = per {
            extra.push(n.clone());
        }
    }
    let s = bytes::hex(&data, &extra)?;
    Ok(bytes::new_bytes(pystr::as_str(&s).expect("str").as_bytes()))
}

fn m_hexlify(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    hexlify_impl("hexlify", a, kw)
}

fn m_b2a_hex(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    hexlify_impl("b2a_hex", a, kw)
}

fn hexval(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhexlify_impl(fname: &str, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname, names: &["hexstr"], posonly: 1, maxpos: 1, required: 1 };
    let [h] = args::parse::<1>(p, a, kw)?;
    let d = ascii_data(h.expect("required"))?;
    if d.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(d.len() / 2);
    for pair in d.chunks(2) {
        match (hexval(pair[0]), hexval(pair[1])) {
            (Some(x), Some(y)) => out.push(x << 4 | y),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(bytes::from_vec(out))
}

fn m_unhexlify(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    unhexlify_impl("unhexlify", a, kw)
}

fn m_a2b_hex(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    unhexlify_impl("a2b_hex", a, kw)
}

// ---- base64 ------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64val(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Standard base64 of `d` with padding.
pub fn b64encode(d: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len().div_ceil(3) * 4 + 1);
    for c in d.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if c.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if c.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    out
}

fn m_b2a_base64(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "b2a_base64", names: &["data", "newline"], posonly: 1, maxpos: 1, required: 1 };
    let [data, nl] = args::parse::<2>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let mut out = b64encode(&d);
    let newline = match nl {
        Some(v) => crate::object::ops::is_true(v)?,
        None => true,
    };
    if newline {
        out.push(b'\n');
    }
    Ok(bytes::from_vec(out))
}

fn m_a2b_base64(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "a2b_base64", names: &["data", "strict_mode"], posonly: 1, maxpos: 1, required: 1 };
    let [data, strict] = args::parse::<2>(p, a, kw)?;
    let d = ascii_data(data.expect("required"))?;
    let strict = match strict {
        Some(v) => crate::object::ops::is_true(v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(d.len() / 4 * 3 + 3);
    let mut quad = 0u8;
    let mut left = 0u32;
    let mut pads = 0;
    let mut padding_started = false;
    if strict && d.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut i = 0;
    let mut done = false;
    while i < d.len() {
        let c = d[i];
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err(error("Excess padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad as i32 + pads >= 4 {
                    if strict && i + 1 < d.len() {
                        return Err(error("Excess data after padding"));
                    }
                    done = true;
                    break;
                }
            }
            i += 1;
            continue;
        }
        let Some(v) = b64val(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            i += 1;
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        let v = v as u32;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
                quad = 0;
            }
        }
        i += 1;
    }
    if !done && quad != 0 {
        if quad == 1 {
            return Err(error(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            )));
        }
        return Err(error("Incorrect padding"));
    }
    Ok(bytes::from_vec(out))
}

// ---- crc functions ----------------------------------------------------------------

fn m_crc32(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("crc32", kw)?;
    args::check_count("crc32", a, 1, 2)?;
    let d = bytes_like(&a[0])?;
    let start = match a.get(1) {
        Some(v) => u32_mask(v)?,
        None => 0,
    };
    Ok(Value::from_i64(crc32(&d, start) as i64))
}

fn m_crc_hqx(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("crc_hqx", kw)?;
    args::check_count("crc_hqx", a, 2, 2)?;
    let d = bytes_like(&a[0])?;
    let start = u32_mask(&a[1])?;
    Ok(Value::from_i64(crc_hqx(&d, start) as i64))
}

// ---- quoted-printable -----------------------------------------------------------

fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

fn flag(v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(x) => crate::object::ops::is_true(x),
        None => Ok(false),
    }
}

fn m_a2b_qp(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "a2b_qp", names: &["data", "header"], posonly: 0, maxpos: 2, required: 1 };
    let [data, header] = args::parse::<2>(p, a, kw)?;
    let d = ascii_data(data.expect("required"))?;
    let header = flag(header)?;
    let n = d.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = d[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if d[i] == b'\n' || d[i] == b'\r' {
                // a soft line break: skip to just past the newline
                if d[i] != b'\n' {
                    while i < n && d[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if d[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if i + 1 < n && is_hex(d[i]) && is_hex(d[i + 1]) {
                out.push(hexval(d[i]).unwrap_or(0) << 4 | hexval(d[i + 1]).unwrap_or(0));
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(bytes::from_vec(out))
}

fn m_b2a_qp(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params {
        fname: "b2a_qp",
        names: &["data", "quotetabs", "istext", "header"],
        posonly: 0,
        maxpos: 4,
        required: 1,
    };
    let [data, quotetabs, istext, header] = args::parse::<4>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let quotetabs = flag(quotetabs)?;
    let istext = match istext {
        Some(x) => crate::object::ops::is_true(x)?,
        None => true,
    };
    let header = flag(header)?;
    const MAXLINE: usize = 76;
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let n = d.len();
    // The line ending is the data's own: CRLF if its first LF follows a CR.
    let crlf = match d.iter().position(|&c| c == b'\n') {
        Some(p) => p > 0 && d[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(n * 3 / 2 + 8);
    let mut linelen = 0;
    let mut i = 0;
    while i < n {
        let c = d[i];
        let next = d.get(i + 1).copied();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // whitespace before a line end is encoded
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[b'=', HEX[(last >> 4) as usize], HEX[(last & 15) as usize]]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && linelen + 1 >= MAXLINE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(bytes::from_vec(out))
}

// ---- uuencode -----------------------------------------------------------------

fn m_b2a_uu(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "b2a_uu", names: &["data", "backtick"], posonly: 1, maxpos: 1, required: 1 };
    let [data, backtick] = args::parse::<2>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let backtick = flag(backtick)?;
    if d.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let ch = |v: u8| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = Vec::with_capacity(2 + d.len().div_ceil(3) * 4);
    out.push(ch(d.len() as u8));
    for c in d.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for shift in [18, 12, 6, 0] {
            out.push(ch(((n >> shift) & 0x3f) as u8));
        }
    }
    out.push(b'\n');
    Ok(bytes::from_vec(out))
}

fn m_a2b_uu(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "a2b_uu", names: &["data"], posonly: 1, maxpos: 1, required: 1 };
    let [data] = args::parse::<1>(p, a, kw)?;
    let d = ascii_data(data.expect("required"))?;
    let Some(&first) = d.first() else {
        // an empty line decodes to 32 zero bytes
        return Ok(bytes::from_vec(vec![0; 32]));
    };
    let want = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let mut out = Vec::with_capacity(want);
    let mut acc = 0u32;
    let mut bits = 0;
    let mut i = 1;
    while out.len() < want {
        // missing or line-end characters count as zero
        let c = match d.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0x3f
            }
        };
        i += 1;
        acc = (acc << 6) | c as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // what follows the data may only be padding
    for &c in d.iter().skip(i) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(bytes::from_vec(out))
}

pub static BINASCII_FUNCS: &[MethodDef] = &[
    staticmethod("hexlify", m_hexlify),
    staticmethod("b2a_hex", m_b2a_hex),
    staticmethod("unhexlify", m_unhexlify),
    staticmethod("a2b_hex", m_a2b_hex),
    staticmethod("b2a_base64", m_b2a_base64),
    staticmethod("a2b_base64", m_a2b_base64),
    staticmethod("crc32", m_crc32),
    staticmethod("crc_hqx", m_crc_hqx),
    staticmethod("a2b_qp", m_a2b_qp),
    staticmethod("b2a_qp", m_b2a_qp),
    staticmethod("a2b_uu", m_a2b_uu),
    staticmethod("b2a_uu", m_b2a_uu),
];

/// A new `binascii` module.
pub fn make_module() -> Value {
    register_layouts();
    let m = crate::object::module::new_module("binascii");
    crate::object::module::add_functions(&m, BINASCII_FUNCS);
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("Error"), ERROR_TYPE.to_value());
    let _ = d.set(pystr::intern("Incomplete"), INCOMPLETE_TYPE.to_value());
    m
}
