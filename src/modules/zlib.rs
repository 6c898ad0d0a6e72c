//! Design: DESIGN.md#standard-library
//!
//! `zlib`: deflate streams through the `miniz_oxide` crate, which does the
//! raw DEFLATE coding; the zlib and gzip wrappers (headers, Adler-32 and
//! CRC-32 trailers) are written here so `wbits` behaves as CPython's zlib
//! (8..15 zlib, -8..-15 raw, 16+ gzip, 32+ automatic) and errors carry
//! zlib's messages ("incorrect header check", "incorrect data check",
//! "incomplete or truncated stream"). A `Compress`/`Decompress` object keeps
//! its coder behind a mutex in its payload: each method is one critical
//! section, and the argument's bytes are copied out before the lock is
//! taken, so no Python code runs under it (CPython's free-threaded build
//! locks these objects the same way).
//!
//! Differences: the compressed bytes are miniz's, not zlib's (both are
//! valid DEFLATE; lengths may differ); miniz always searches a 32 KiB
//! window, so a stream made with `wbits` < 15 declares the smaller window
//! in its header but may reach further back (Weft reads it back; the real
//! zlib with that small window may not); `zdict` and `Compress.copy` are
//! not supported.

#![forbid(unsafe_code)]

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::modules::binascii::{adler32, bytes_like, crc32, u32_mask};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method, staticmethod};
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};
use crate::object::{bytes, exc, str as pystr};
use crate::sync::{Mutex, OnceLock};

/// `zlib.error`, an Exception subclass.
pub static ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "zlib.error",
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
        crate::object::class::register_base_layout(&ERROR_TYPE, crate::object::class::layout_of::<exc::PyBaseException>());
    });
}

fn error(msg: impl Into<String>) -> PyErr {
    register_layouts();
    let msg: String = msg.into();
    PyErr::from_value(exc::alloc_exception(&ERROR_TYPE.to_value(), vec![pystr::new_str(&msg)]))
}

/// A zlib error code and message (`Error -3 while decompressing data: ...`).
struct ZErr(i32, &'static str);

fn zerr(e: ZErr, what: &str) -> PyErr {
    error(format!("Error {} while {}: {}", e.0, what, e.1))
}

const CHUNK: usize = 64 * 1024;

// ---- compression ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Wrap {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, decided by the first bytes (wbits 32+).
    Auto,
}

struct Deflater {
    comp: Box<CompressorOxide>,
    wrap: Wrap,
    /// The window size the zlib header declares (9..15).
    wbits: u8,
    level: i32,
    header_done: bool,
    check: u32,
    total_in: u64,
    finished: bool,
}

/// The wrapper and validity of compression `wbits` (9..15, -9..-15, 25..31).
fn deflate_wrap(wbits: i64) -> Option<Wrap> {
    match wbits {
        9..=15 => Some(Wrap::Zlib),
        -15..=-9 => Some(Wrap::Raw),
        25..=31 => Some(Wrap::Gzip),
        _ => None,
    }
}

impl Deflater {
    fn new(level: i32, wrap: Wrap, wbits: i64, strategy: i32) -> Deflater {
        let level = if level < 0 { 6 } else { level };
        let flags = create_comp_flags_from_zip_params(level, -15, strategy);
        let check = if wrap == Wrap::Zlib { 1 } else { 0 };
        let wbits = (wbits.unsigned_abs() % 16).max(9) as u8;
        Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            wrap,
            wbits,
            level,
            header_done: false,
            check,
            total_in: 0,
            finished: false,
        }
    }

    fn header(&mut self, out: &mut Vec<u8>) {
        if self.header_done {
            return;
        }
        self.header_done = true;
        match self.wrap {
            Wrap::Zlib => {
                let flevel: u8 = match self.level {
                    0 | 1 => 0,
                    2..=5 => 1,
                    6 => 2,
                    _ => 3,
                };
                let cmf: u8 = ((self.wbits - 8) << 4) | 8;
                let mut flg: u8 = flevel << 6;
                let rem = ((cmf as u16) << 8 | flg as u16) % 31;
                if rem != 0 {
                    flg += (31 - rem) as u8;
                }
                out.extend_from_slice(&[cmf, flg]);
            }
            Wrap::Gzip => {
                let xfl = if self.level == 9 {
                    2
                } else if self.level < 2 {
                    4
                } else {
                    0
                };
                out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            }
            _ => {}
        }
    }

    fn run(&mut self, data: &[u8], flush: MZFlush, out: &mut Vec<u8>) -> Result<(), ZErr> {
        if self.finished {
            return Err(ZErr(-2, "inconsistent stream state"));
        }
        self.header(out);
        match self.wrap {
            Wrap::Zlib => self.check = adler32(data, self.check),
            Wrap::Gzip => self.check = crc32(data, self.check),
            _ => {}
        }
        self.total_in += data.len() as u64;
        let mut input = data;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.comp, input, &mut buf, flush);
            input = &input[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.finished = true;
                    break;
                }
                Ok(_) => {
                    if input.is_empty() && r.bytes_written < buf.len() {
                        break;
                    }
                }
                Err(MZError::Buf) => break,
                Err(_) => return Err(ZErr(-2, "inconsistent stream state")),
            }
        }
        if self.finished {
            match self.wrap {
                Wrap::Zlib => out.extend_from_slice(&self.check.to_be_bytes()),
                Wrap::Gzip => {
                    out.extend_from_slice(&self.check.to_le_bytes());
                    out.extend_from_slice(&(self.total_in as u32).to_le_bytes());
                }
                _ => {}
            }
        }
        Ok(())
    }
}

// ---- decompression --------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

#[derive(Clone)]
struct Inflater {
    wrap: Wrap,
    /// The largest window a zlib header may declare (0: any).
    max_wbits: u32,
    phase: Phase,
    /// Header or trailer bytes gathered so far.
    pending: Vec<u8>,
    state: Box<InflateState>,
    check: u32,
    total_out: u64,
}

/// The wrapper of decompression `wbits`, with the largest window accepted.
fn inflate_wrap(wbits: i64) -> Option<(Wrap, u32)> {
    match wbits {
        0 => Some((Wrap::Zlib, 15)),
        8..=15 => Some((Wrap::Zlib, wbits.max(9) as u32)),
        -15..=-8 => Some((Wrap::Raw, 15)),
        24..=31 => Some((Wrap::Gzip, 15)),
        40..=47 => Some((Wrap::Auto, (wbits - 32).max(9) as u32)),
        _ => None,
    }
}

/// The length of a complete gzip header at the start of `h`; `Ok(None)` if
/// more bytes are needed.
fn gzip_header_len(h: &[u8]) -> Result<Option<usize>, ZErr> {
    if h.len() >= 1 && h[0] != 0x1f || h.len() >= 2 && h[1] != 0x8b {
        return Err(ZErr(-3, "incorrect header check"));
    }
    if h.len() >= 3 && h[2] != 8 {
        return Err(ZErr(-3, "unknown compression method"));
    }
    if h.len() < 10 {
        return Ok(None);
    }
    let flg = h[3];
    if flg & 0xe0 != 0 {
        return Err(ZErr(-3, "unknown header flags set"));
    }
    let mut p = 10;
    if flg & 4 != 0 {
        if h.len() < p + 2 {
            return Ok(None);
        }
        p += 2 + (h[p] as usize | (h[p + 1] as usize) << 8);
        if h.len() < p {
            return Ok(None);
        }
    }
    for bit in [8u8, 16] {
        if flg & bit != 0 {
            match h[p..].iter().position(|&c| c == 0) {
                Some(z) => p += z + 1,
                None => return Ok(None),
            }
        }
    }
    if flg & 2 != 0 {
        p += 2;
        if h.len() < p {
            return Ok(None);
        }
    }
    Ok(Some(p))
}

impl Inflater {
    fn new(wrap: Wrap, max_wbits: u32) -> Inflater {
        let phase = if wrap == Wrap::Raw { Phase::Body } else { Phase::Header };
        Inflater {
            wrap,
            max_wbits,
            phase,
            pending: Vec::new(),
            state: InflateState::new_boxed(DataFormat::Raw),
            check: 0,
            total_out: 0,
        }
    }

    fn eof(&self) -> bool {
        self.phase == Phase::Done
    }

    /// Takes header bytes from `input`; returns how many it used.
    fn header(&mut self, input: &[u8]) -> Result<usize, ZErr> {
        let before = self.pending.len();
        self.pending.extend_from_slice(input);
        if self.wrap == Wrap::Auto && self.pending.len() >= 2 {
            self.wrap = if self.pending[0] == 0x1f && self.pending[1] == 0x8b { Wrap::Gzip } else { Wrap::Zlib };
        }
        let need = match self.wrap {
            Wrap::Zlib => {
                if self.pending.len() < 2 {
                    return Ok(input.len());
                }
                let (cmf, flg) = (self.pending[0], self.pending[1]);
                if (((cmf as u16) << 8) | flg as u16) % 31 != 0 {
                    return Err(ZErr(-3, "incorrect header check"));
                }
                if cmf & 0x0f != 8 {
                    return Err(ZErr(-3, "unknown compression method"));
                }
                if (cmf >> 4) as u32 + 8 > self.max_wbits {
                    return Err(ZErr(-3, "invalid window size"));
                }
                if flg & 0x20 != 0 {
                    return Err(ZErr(2, "need dictionary"));
                }
                self.check = 1;
                2
            }
            Wrap::Gzip => match gzip_header_len(&self.pending)? {
                Some(n) => {
                    self.check = 0;
                    n
                }
                None => return Ok(input.len()),
            },
            _ => return Ok(input.len()),
        };
        self.pending.clear();
        self.phase = Phase::Body;
        Ok(need - before)
    }

    /// Decompresses from `input` into `out`, writing at most `limit` bytes
    /// (0: no limit); returns how many input bytes were used.
    fn feed(&mut self, input: &[u8], out: &mut Vec<u8>, limit: usize) -> Result<usize, ZErr> {
        let mut used = 0;
        let start = out.len();
        loop {
            match self.phase {
                Phase::Header => {
                    if used == input.len() {
                        break;
                    }
                    used += self.header(&input[used..])?;
                }
                Phase::Body => {
                    let room = if limit == 0 { CHUNK } else { (limit - (out.len() - start)).min(CHUNK) };
                    if room == 0 {
                        break;
                    }
                    let at = out.len();
                    out.resize(at + room, 0);
                    let r = miniz_oxide::inflate::stream::inflate(&mut self.state, &input[used..], &mut out[at..], MZFlush::None);
                    out.truncate(at + r.bytes_written);
                    used += r.bytes_consumed;
                    match self.wrap {
                        Wrap::Zlib => self.check = adler32(&out[at..], self.check),
                        Wrap::Gzip => self.check = crc32(&out[at..], self.check),
                        _ => {}
                    }
                    self.total_out += r.bytes_written as u64;
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.phase = if self.wrap == Wrap::Raw { Phase::Done } else { Phase::Trailer };
                        }
                        Ok(_) => {
                            if r.bytes_consumed == 0 && r.bytes_written == 0 {
                                break;
                            }
                        }
                        Err(MZError::Buf) => break,
                        Err(_) => return Err(ZErr(-3, "invalid block type")),
                    }
                }
                Phase::Trailer => {
                    let need = if self.wrap == Wrap::Gzip { 8 } else { 4 };
                    let take = (need - self.pending.len()).min(input.len() - used);
                    self.pending.extend_from_slice(&input[used..used + take]);
                    used += take;
                    if self.pending.len() < need {
                        break;
                    }
                    let t = std::mem::take(&mut self.pending);
                    if self.wrap == Wrap::Gzip {
                        if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.check {
                            return Err(ZErr(-3, "incorrect data check"));
                        }
                        if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.total_out as u32 {
                            return Err(ZErr(-3, "incorrect length check"));
                        }
                    } else if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check {
                        return Err(ZErr(-3, "incorrect data check"));
                    }
                    self.phase = Phase::Done;
                }
                Phase::Done => break,
            }
        }
        Ok(used)
    }
}

// ---- argument helpers -------------------------------------------------------------------

fn int_or(v: Option<&Value>, d: i64) -> PyResult<i64> {
    match v {
        Some(v) => args::int_arg(v),
        None => Ok(d),
    }
}

// ---- module functions --------------------------------------------------------------------

fn m_compress(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "compress", names: &["data", "level", "wbits"], posonly: 1, maxpos: 3, required: 1 };
    let [data, level, wbits] = args::parse::<3>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let level = int_or(level, -1)?;
    let wbits = int_or(wbits, 15)?;
    if !(-1..=9).contains(&level) {
        return Err(error("Bad compression level"));
    }
    let wrap = deflate_wrap(wbits).ok_or_else(|| error("Bad compression level"))?;
    let mut z = Deflater::new(level as i32, wrap, wbits, 0);
    let mut out = Vec::with_capacity(d.len() / 2 + 64);
    z.run(&d, MZFlush::Finish, &mut out).map_err(|e| zerr(e, "compressing data"))?;
    Ok(bytes::from_vec(out))
}

fn m_decompress(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "decompress", names: &["data", "wbits", "bufsize"], posonly: 1, maxpos: 3, required: 1 };
    let [data, wbits, bufsize] = args::parse::<3>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let wbits = int_or(wbits, 15)?;
    if int_or(bufsize, 16384)? < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let (wrap, maxw) =
        inflate_wrap(wbits).ok_or_else(|| zerr(ZErr(-2, "inconsistent stream state"), "preparing to decompress data"))?;
    let mut z = Inflater::new(wrap, maxw);
    let mut out = Vec::with_capacity(d.len() * 3 + 64);
    z.feed(&d, &mut out, 0).map_err(|e| zerr(e, "decompressing data"))?;
    if !z.eof() {
        return Err(zerr(ZErr(-5, "incomplete or truncated stream"), "decompressing data"));
    }
    Ok(bytes::from_vec(out))
}

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

fn m_adler32(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("adler32", kw)?;
    args::check_count("adler32", a, 1, 2)?;
    let d = bytes_like(&a[0])?;
    let start = match a.get(1) {
        Some(v) => u32_mask(v)?,
        None => 1,
    };
    Ok(Value::from_i64(adler32(&d, start) as i64))
}

// ---- Compress objects ------------------------------------------------------------------

pub struct PyCompress {
    z: Mutex<Deflater>,
}

impl PyPayload for PyCompress {
    fn class() -> &'static PyType {
        &COMPRESS_TYPE
    }
}

pub static COMPRESS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "zlib.Compress",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyCompress>::free,
    methods: COMPRESS_METHODS,
    dict: OnceLock::new(),
};

static COMPRESS_METHODS: &[MethodDef] = &[method("compress", c_compress), method("flush", c_flush)];

fn cthis(v: &Value) -> PyResult<&PyCompress> {
    v.downcast::<PyCompress>().ok_or_else(|| PyErr::type_error("descriptor requires a 'zlib.Compress' object"))
}

fn m_compressobj(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params {
        fname: "compressobj",
        names: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        posonly: 0,
        maxpos: 6,
        required: 0,
    };
    let [level, meth, wbits, mem, strategy, zdict] = args::parse::<6>(p, a, kw)?;
    let level = int_or(level, -1)?;
    let meth = int_or(meth, 8)?;
    let wbits = int_or(wbits, 15)?;
    let mem = int_or(mem, 8)?;
    let strategy = int_or(strategy, 0)?;
    if zdict.is_some() {
        return Err(PyErr::new(crate::error::ExcKind::NotImplementedError, "zlib.compressobj: zdict is not supported"));
    }
    let bad = || PyErr::value_error("Invalid initialization option");
    if !(-1..=9).contains(&level) || meth != 8 || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        return Err(bad());
    }
    let wrap = deflate_wrap(wbits).ok_or_else(bad)?;
    let z = Deflater::new(level as i32, wrap, wbits, strategy as i32);
    Ok(PyObject::alloc(&COMPRESS_TYPE, PyCompress { z: Mutex::new(z) }))
}

fn c_compress(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = bytes_like(args::exactly_one("compress", a, kw)?)?;
    let mut out = Vec::new();
    cthis(v)?.z.lock().run(&d, MZFlush::None, &mut out).map_err(|e| zerr(e, "compressing data"))?;
    Ok(bytes::from_vec(out))
}

fn c_flush(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("flush", kw)?;
    args::check_count("flush", a, 0, 1)?;
    let mode = int_or(a.first(), 4)?;
    let flush = match mode {
        0 => return Ok(bytes::new_bytes(b"")),
        1 | 2 => MZFlush::Sync,
        3 => MZFlush::Full,
        4 => MZFlush::Finish,
        _ => MZFlush::Sync,
    };
    let mut out = Vec::new();
    cthis(v)?.z.lock().run(&[], flush, &mut out).map_err(|e| zerr(e, "flushing"))?;
    Ok(bytes::from_vec(out))
}

// ---- Decompress objects ----------------------------------------------------------------

struct DecompState {
    z: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

pub struct PyDecompress {
    st: Mutex<DecompState>,
}

impl PyPayload for PyDecompress {
    fn class() -> &'static PyType {
        &DECOMPRESS_TYPE
    }
}

pub static DECOMPRESS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "zlib.Decompress",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyDecompress>::free,
    methods: DECOMPRESS_METHODS,
    dict: OnceLock::new(),
};

static DECOMPRESS_METHODS: &[MethodDef] = &[
    method("decompress", d_decompress),
    method("flush", d_flush),
    method("copy", d_copy),
    getter("unused_data", d_unused_data),
    getter("unconsumed_tail", d_unconsumed_tail),
    getter("eof", d_eof),
];

fn dthis(v: &Value) -> PyResult<&PyDecompress> {
    v.downcast::<PyDecompress>().ok_or_else(|| PyErr::type_error("descriptor requires a 'zlib.Decompress' object"))
}

fn m_decompressobj(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "decompressobj", names: &["wbits", "zdict"], posonly: 0, maxpos: 2, required: 0 };
    let [wbits, zdict] = args::parse::<2>(p, a, kw)?;
    let wbits = int_or(wbits, 15)?;
    if let Some(zd) = zdict {
        if !bytes_like(zd)?.is_empty() {
            return Err(PyErr::new(crate::error::ExcKind::NotImplementedError, "zlib.decompressobj: zdict is not supported"));
        }
    }
    let (wrap, maxw) = inflate_wrap(wbits).ok_or_else(|| PyErr::value_error("Invalid initialization option"))?;
    let st = DecompState { z: Inflater::new(wrap, maxw), unused_data: Vec::new(), unconsumed_tail: Vec::new() };
    Ok(PyObject::alloc(&DECOMPRESS_TYPE, PyDecompress { st: Mutex::new(st) }))
}

fn d_decompress(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "decompress", names: &["data", "max_length"], posonly: 1, maxpos: 2, required: 1 };
    let [data, maxlen] = args::parse::<2>(p, a, kw)?;
    let d = bytes_like(data.expect("required"))?;
    let maxlen = int_or(maxlen, 0)?;
    if maxlen < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let this = dthis(v)?;
    let mut st = this.st.lock();
    let mut out = Vec::new();
    if st.z.eof() {
        st.unused_data.extend_from_slice(&d);
        return Ok(bytes::new_bytes(b""));
    }
    let used = st.z.feed(&d, &mut out, maxlen as usize).map_err(|e| zerr(e, "decompressing data"))?;
    let rest = &d[used..];
    if st.z.eof() {
        st.unused_data.extend_from_slice(rest);
        st.unconsumed_tail.clear();
    } else {
        st.unconsumed_tail = rest.to_vec();
    }
    Ok(bytes::from_vec(out))
}

fn d_flush(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("flush", kw)?;
    args::check_count("flush", a, 0, 1)?;
    if int_or(a.first(), 16384)? <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let this = dthis(v)?;
    let mut st = this.st.lock();
    let tail = std::mem::take(&mut st.unconsumed_tail);
    let mut out = Vec::new();
    if !st.z.eof() {
        let used = st.z.feed(&tail, &mut out, 0).map_err(|e| zerr(e, "decompressing data"))?;
        if st.z.eof() {
            let rest = tail[used..].to_vec();
            st.unused_data.extend_from_slice(&rest);
        }
    }
    Ok(bytes::from_vec(out))
}

fn d_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("copy", a, kw)?;
    let st = dthis(v)?.st.lock();
    let c = DecompState { z: st.z.clone(), unused_data: st.unused_data.clone(), unconsumed_tail: st.unconsumed_tail.clone() };
    drop(st);
    Ok(PyObject::alloc(&DECOMPRESS_TYPE, PyDecompress { st: Mutex::new(c) }))
}

fn d_unused_data(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let d = dthis(v)?.st.lock().unused_data.clone();
    Ok(bytes::from_vec(d))
}

fn d_unconsumed_tail(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let d = dthis(v)?.st.lock().unconsumed_tail.clone();
    Ok(bytes::from_vec(d))
}

fn d_eof(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(dthis(v)?.st.lock().z.eof()))
}

pub static ZLIB_FUNCS: &[MethodDef] = &[
    staticmethod("compress", m_compress),
    staticmethod("decompress", m_decompress),
    staticmethod("compressobj", m_compressobj),
    staticmethod("decompressobj", m_decompressobj),
    staticmethod("crc32", m_crc32),
    staticmethod("adler32", m_adler32),
];

/// A new `zlib` module.
pub fn make_module() -> Value {
    register_layouts();
    let m = crate::object::module::new_module("zlib");
    crate::object::module::add_functions(&m, ZLIB_FUNCS);
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("error"), ERROR_TYPE.to_value());
    for (k, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        let _ = d.set(pystr::intern(k), Value::from_i64(v));
    }
    let _ = d.set(pystr::intern("ZLIB_VERSION"), pystr::new_str("1.2.13"));
    let _ = d.set(pystr::intern("ZLIB_RUNTIME_VERSION"), pystr::new_str("1.2.13"));
    m
}
