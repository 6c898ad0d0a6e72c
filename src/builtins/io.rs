//! Design: DESIGN.md#builtins
//!
//! `print`, `input`, `open` and the file objects `open` returns.
//!
//! Process stdout is a buffered writer behind a lock: `print` appends to it
//! and flushes when stdout is a terminal, when the buffer passes 8 KiB, on
//! `flush=True`, and in `flush_stdout()`, which the VM calls before writing
//! to stderr and at exit. When the sys module provides `sys.stdout`
//! (`set_stdout_hook`), print writes there instead.
//!
//! File objects (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`, `_io.BufferedRandom`) share one payload: the OS
//! file and its mode behind a mutex. Text mode decodes with the given
//! encoding (UTF-8 by default) and translates `\r\n`/`\r` to `\n` on read.

#![forbid(unsafe_code)]

use std::io::{BufRead, IsTerminal, Read, Seek, SeekFrom, Write};

use crate::builtins::args::{self, Params};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};
use crate::object::{bytes, list, ops, str as pystr, Value as V};
use crate::sync::{Mutex, OnceLock};

// ---- stdout ---------------------------------------------------------------------------

static STDOUT_BUF: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();

fn stdout_buf() -> &'static Mutex<Vec<u8>> {
    STDOUT_BUF.get_or_init(|| Mutex::new(Vec::new()))
}
static STDOUT_TTY: OnceLock<bool> = OnceLock::new();
static STDOUT_HOOK: OnceLock<fn() -> Option<Value>> = OnceLock::new();

/// Registers `sys.stdout` lookup for print (the sys module's owner).
pub fn set_stdout_hook(f: fn() -> Option<Value>) {
    let _ = STDOUT_HOOK.set(f);
}

/// Writes text to the process stdout through the buffer.
pub fn write_stdout(s: &str, flush: bool) {
    let mut b = stdout_buf().lock();
    b.extend_from_slice(s.as_bytes());
    let tty = *STDOUT_TTY.get_or_init(|| std::io::stdout().is_terminal());
    if flush || tty || b.len() > 8192 {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&b);
        let _ = out.flush();
        b.clear();
    }
}

/// Flushes buffered print output (call before writing stderr and at exit).
pub fn flush_stdout() {
    flush_open_files();
    let mut b = stdout_buf().lock();
    if !b.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&b);
        let _ = out.flush();
        b.clear();
    }
}

fn opt_str_kw(name: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if x.is_none() => Ok(None),
        Some(x) => match pystr::as_str(x) {
            Some(s) => Ok(Some(s.into_owned())),
            None => Err(PyErr::type_error(format!("{} must be None or a string, not {}", name, x.ty().name))),
        },
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
pub fn bi_print(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = args::split(a, kw);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in kws {
        match k.as_str() {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            "flush" => flush = Some(v),
            _ => return Err(PyErr::type_error(format!("print() got an unexpected keyword argument '{}'", k))),
        }
    }
    let sep = opt_str_kw("sep", sep)?.unwrap_or_else(|| " ".to_string());
    let end = opt_str_kw("end", end)?.unwrap_or_else(|| "\n".to_string());
    let flush = match flush {
        Some(f) => ops::is_true(f)?,
        None => false,
    };
    let mut file = file.filter(|f| !f.is_none()).cloned();
    if file.is_none() {
        if let Some(h) = STDOUT_HOOK.get() {
            file = h().filter(|f| !f.is_none());
        }
    }
    match file {
        None => {
            let mut out = String::new();
            for (i, x) in pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&ops::str_string(x)?);
            }
            out.push_str(&end);
            write_stdout(&out, flush);
        }
        Some(f) => {
            let write = ops::getattr(&f, &pystr::new_str("write"))?;
            for (i, x) in pos.iter().enumerate() {
                if i > 0 {
                    ops::call(&write, &[pystr::new_str(&sep)], None)?;
                }
                ops::call(&write, &[ops::str(x)?], None)?;
            }
            ops::call(&write, &[pystr::new_str(&end)], None)?;
            if flush {
                let fl = ops::getattr(&f, &pystr::new_str("flush"))?;
                ops::call(&fl, &[], None)?;
            }
        }
    }
    Ok(Value::none())
}

/// `input(prompt='')`
pub fn bi_input(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("input", kw)?;
    args::check_count("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        write_stdout(&ops::str_string(p)?, true);
    } else {
        flush_stdout();
    }
    let mut line = String::new();
    // Reading blocks: the thread is detached meanwhile (DESIGN.md#threading-library).
    let n = crate::vm::thread::detached(|| std::io::stdin().lock().read_line(&mut line))
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    if n == 0 {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(pystr::new_str(&line))
}

// ---- file objects ---------------------------------------------------------------------

struct FileState {
    file: Option<std::io::BufReader<std::fs::File>>,
    /// Pending writes (flushed before reads, seeks, tell and close).
    wbuf: Vec<u8>,
}

/// Pending writes reach the OS when the file is flushed, closed, dropped
/// (`Drop`), or at exit (`flush_stdout` flushes every open file through
/// the registry), as CPython's buffered files are flushed at finalization.
impl Drop for FileState {
    fn drop(&mut self) {
        if let Some(f) = self.file.as_mut() {
            if !self.wbuf.is_empty() {
                let _ = f.get_mut().write_all(&self.wbuf);
            }
        }
    }
}

type SharedState = crate::sync::Arc<Mutex<FileState>>;

/// Open files with buffered writes, for the flush at exit.
static OPEN_FILES: OnceLock<Mutex<Vec<std::sync::Weak<Mutex<FileState>>>>> = OnceLock::new();

fn register_file(st: &SharedState) {
    let mut l = OPEN_FILES.get_or_init(|| Mutex::new(Vec::new())).lock();
    l.retain(|w| w.strong_count() > 0);
    l.push(crate::sync::Arc::downgrade(st));
}

/// Flushes the pending writes of every open file.
pub fn flush_open_files() {
    let Some(reg) = OPEN_FILES.get() else { return };
    let live: Vec<SharedState> = reg.lock().iter().filter_map(|w| w.upgrade()).collect();
    for st in live {
        let mut g = st.lock();
        let _ = flush_locked(&mut g);
    }
}

pub struct PyFile {
    state: SharedState,
    name: Value,
    mode: String,
    text: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    errors: String,
    /// `newline=`: None translates \r\n and \r to \n on read; "\r\n" or
    /// "\r" translate \n on write.
    newline: Option<String>,
}

impl PyPayload for PyFile {
    fn class() -> &'static PyType {
        &IOBASE_TYPE
    }
}

pub static IOBASE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_io._IOBase",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots { iter: Some(file_iter), next: Some(file_next), repr: Some(file_repr), ..Slots::EMPTY },
    free: PyObject::<PyFile>::free,
    methods: FILE_METHODS,
    dict: OnceLock::new(),
};

macro_rules! file_type {
    ($st:ident, $name:literal) => {
        pub static $st: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: &IOBASE_TYPE,
            flags: type_flags::BASETYPE,
            slots: Slots { iter: Some(file_iter), next: Some(file_next), repr: Some(file_repr), ..Slots::EMPTY },
            free: PyObject::<PyFile>::free,
            methods: FILE_METHODS,
            dict: OnceLock::new(),
        };
    };
}
file_type!(TEXT_FILE_TYPE, "_io.TextIOWrapper");
file_type!(BUFFERED_READER_TYPE, "_io.BufferedReader");
file_type!(BUFFERED_WRITER_TYPE, "_io.BufferedWriter");
file_type!(BUFFERED_RANDOM_TYPE, "_io.BufferedRandom");

fn this(v: &Value) -> &PyFile {
    v.downcast_sub::<PyFile>().expect("file object")
}

/// An OSError (the errno's subclass, as CPython's errnomap) with errno,
/// strerror and filename set.
pub(crate) fn os_err(e: std::io::Error, path: Option<&str>) -> PyErr {
    let mut text = e.to_string();
    if let Some(i) = text.find(" (os error") {
        text.truncate(i);
    }
    let Some(errno) = e.raw_os_error() else {
        return PyErr::os_error(text);
    };
    let mut args = vec![Value::from_i64(errno as i64), pystr::new_str(&text)];
    if let Some(p) = path {
        args.push(pystr::new_str(p));
    }
    let os_error = crate::object::exc::exc_type(ExcKind::OSError).to_value();
    match ops::call(&os_error, &args, None) {
        Ok(v) => PyErr::from_value(v),
        Err(e) => e,
    }
}

fn closed_err() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`
pub fn bi_open(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params {
        fname: "open",
        names: &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        posonly: 0,
        maxpos: 8,
        required: 1,
    };
    let [file, mode, _buffering, encoding, errors, newline, _closefd, _opener] = args::parse::<8>(p, a, kw)?;
    let file = file.expect("required");
    let path = match pystr::as_str(file) {
        Some(s) => s.into_owned(),
        None => match bytes::as_bytes(file) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                if crate::object::int::int_ref(file).is_some() {
                    return Err(PyErr::new(ExcKind::NotImplementedError, "open() of a file descriptor is not supported yet"));
                }
                return Err(PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.ty().name
                )));
            }
        },
    };
    let mode = match mode {
        Some(m) => args::str_arg("open", "argument 'mode'", m)?,
        None => "r".to_string(),
    };
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwab+t".contains(c) || seen.contains(c) {
            return Err(PyErr::value_error(format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
    }
    let has = |c: char| seen.contains(c);
    let (plus, binary, text) = (has('+'), has('b'), has('t'));
    if binary && text {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    let kinds: Vec<char> = seen.chars().filter(|c| "rwax".contains(*c)).collect();
    if kinds.len() > 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    let Some(&kind) = kinds.first() else {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    };
    let encoding = opt_str_kw("encoding", encoding)?;
    let errors = opt_str_kw("errors", errors)?;
    let newline = opt_str_kw("newline", newline)?;
    if let Some(nl) = &newline {
        if binary {
            return Err(PyErr::value_error("binary mode doesn't take a newline argument"));
        }
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(PyErr::value_error(format!("illegal newline value: {}", nl)));
        }
    }
    if binary && encoding.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an errors argument"));
    }
    let mut oo = std::fs::OpenOptions::new();
    match kind {
        'r' => oo.read(true).write(plus),
        'w' => oo.write(true).create(true).truncate(true).read(plus),
        'a' => oo.append(true).create(true).read(plus),
        _ => oo.write(true).create_new(true).read(plus),
    };
    let f = oo.open(&path).map_err(|e| os_err(e, Some(&path)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_err(std::io::Error::from_raw_os_error(21), Some(&path)));
    }
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let encoding = encoding.unwrap_or_else(|| "UTF-8".to_string());
    if !binary {
        pystr::Codec::lookup(&encoding)?;
    }
    let ty: &'static PyType = if !binary {
        &TEXT_FILE_TYPE
    } else if plus {
        &BUFFERED_RANDOM_TYPE
    } else if readable {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    let shown_mode = if binary {
        let mut m = String::new();
        m.push(kind);
        m.push('b');
        if plus {
            m.push('+');
        }
        m
    } else {
        mode.replace('t', "")
    };
    Ok(PyObject::alloc(
        ty,
        PyFile {
            state: {
                let st = crate::sync::Arc::new(Mutex::new(FileState { file: Some(std::io::BufReader::new(f)), wbuf: Vec::new() }));
                if writable {
                    register_file(&st);
                }
                st
            },
            name: file.clone(),
            mode: shown_mode,
            text: !binary,
            readable,
            writable,
            encoding,
            errors: errors.unwrap_or_else(|| "strict".to_string()),
            newline,
        },
    ))
}

fn flush_locked(st: &mut FileState) -> PyResult<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let Some(r) = st.file.as_mut() else { return Err(closed_err()) };
    r.get_mut().write_all(&st.wbuf).map_err(|e| os_err(e, None))?;
    st.wbuf.clear();
    Ok(())
}

fn decode(f: &PyFile, b: &[u8]) -> PyResult<Value> {
    let codec = pystr::Codec::lookup(&f.encoding)?;
    let v = bytes::decode_bytes(b, codec, &f.errors)?;
    let s = pystr::to_rust_string(&v);
    if f.newline.is_none() && s.contains('\r') {
        return Ok(pystr::new_str(&s.replace("\r\n", "\n").replace('\r', "\n")));
    }
    Ok(v)
}

fn wrap(f: &PyFile, b: Vec<u8>) -> PyResult<Value> {
    if f.text {
        decode(f, &b)
    } else {
        Ok(bytes::from_vec(b))
    }
}

fn check_readable(f: &PyFile) -> PyResult<()> {
    if !f.readable {
        return Err(PyErr::new(ExcKind::OSError, "not readable"));
    }
    Ok(())
}

/// Reads one line (bytes up to and including b'\n'); `limit` < 0 = no limit.
fn read_line(f: &PyFile, limit: i64) -> PyResult<Vec<u8>> {
    check_readable(f)?;
    let mut st = f.state.lock();
    flush_locked(&mut st)?;
    let Some(r) = st.file.as_mut() else { return Err(closed_err()) };
    let mut out = Vec::new();
    if limit < 0 {
        r.read_until(b'\n', &mut out).map_err(|e| os_err(e, None))?;
        // Text mode: a lone '\r' also ends a line.
        return Ok(out);
    }
    while (out.len() as i64) < limit {
        let buf = r.fill_buf().map_err(|e| os_err(e, None))?;
        if buf.is_empty() {
            break;
        }
        let c = buf[0];
        r.consume(1);
        out.push(c);
        if c == b'\n' {
            break;
        }
    }
    Ok(out)
}

fn read_all(f: &PyFile, n: i64) -> PyResult<Vec<u8>> {
    check_readable(f)?;
    let mut st = f.state.lock();
    flush_locked(&mut st)?;
    let Some(r) = st.file.as_mut() else { return Err(closed_err()) };
    let mut out = Vec::new();
    if n < 0 {
        r.read_to_end(&mut out).map_err(|e| os_err(e, None))?;
    } else if f.text {
        // n characters: read bytes until n chars decoded (UTF-8 aware).
        let mut chars = 0;
        while chars < n {
            let buf = r.fill_buf().map_err(|e| os_err(e, None))?;
            if buf.is_empty() {
                break;
            }
            let c = buf[0];
            r.consume(1);
            out.push(c);
            if c & 0xC0 != 0x80 {
                // Count at the start of a char; include its continuation bytes.
                chars += 1;
            }
            loop {
                let buf = r.fill_buf().map_err(|e| os_err(e, None))?;
                if buf.is_empty() || buf[0] & 0xC0 != 0x80 {
                    break;
                }
                out.push(buf[0]);
                r.consume(1);
            }
        }
    } else {
        r.by_ref().take(n as u64).read_to_end(&mut out).map_err(|e| os_err(e, None))?;
    }
    Ok(out)
}

fn size_arg(a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None => Ok(-1),
        Some(x) if x.is_none() => Ok(-1),
        Some(x) => args::int_arg(x),
    }
}

fn f_read(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("read", kw)?;
    args::check_count("read", a, 0, 1)?;
    let f = this(v);
    let b = read_all(f, size_arg(a)?)?;
    wrap(f, b)
}

fn f_readline(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("readline", kw)?;
    args::check_count("readline", a, 0, 1)?;
    let f = this(v);
    let b = read_line(f, size_arg(a)?)?;
    wrap(f, b)
}

fn f_readlines(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("readlines", kw)?;
    args::check_count("readlines", a, 0, 1)?;
    let hint = size_arg(a)?;
    let f = this(v);
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let b = read_line(f, -1)?;
        if b.is_empty() {
            break;
        }
        total += b.len() as i64;
        out.push(wrap(f, b)?);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn f_write(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("write", a, kw)?;
    let f = this(v);
    if !f.writable {
        return Err(PyErr::new(ExcKind::OSError, "not writable"));
    }
    let (data, n) = if f.text {
        let Some(s) = pystr::as_pystr(x) else {
            return Err(PyErr::type_error(format!("write() argument must be str, not {}", x.ty().name)));
        };
        let codec = pystr::Codec::lookup(&f.encoding)?;
        match f.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) => {
                let t = pystr::new_str(&pystr::to_rust_string(x).replace('\n', nl));
                let tp = pystr::as_pystr(&t).expect("str");
                (pystr::encode_view(tp.view(), codec, &f.errors)?, s.len())
            }
            _ => (pystr::encode_view(s.view(), codec, &f.errors)?, s.len()),
        }
    } else {
        let Some(b) = crate::builtins::ctors::buffer_bytes(x) else {
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", x.ty().name)));
        };
        let n = b.len();
        (b, n)
    };
    let mut st = f.state.lock();
    if st.file.is_none() {
        return Err(closed_err());
    }
    st.wbuf.extend_from_slice(&data);
    if st.wbuf.len() > 64 * 1024 {
        flush_locked(&mut st)?;
    }
    Ok(Value::from_i64(n as i64))
}

fn f_writelines(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("writelines", a, kw)?;
    let it = ops::iter(x)?;
    while let Some(line) = ops::next(&it)? {
        f_write(v, &[line], None)?;
    }
    Ok(Value::none())
}

fn f_flush(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("flush", a, kw)?;
    let mut st = this(v).state.lock();
    if st.file.is_none() {
        return Err(closed_err());
    }
    flush_locked(&mut st)?;
    Ok(Value::none())
}

/// Flushes and closes the file (idempotent).
pub fn close_file(v: &Value) -> PyResult<()> {
    let mut st = this(v).state.lock();
    if st.file.is_none() {
        return Ok(());
    }
    let r = flush_locked(&mut st);
    st.file = None;
    r
}

fn f_close(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("close", a, kw)?;
    close_file(v)?;
    Ok(Value::none())
}

fn f_seek(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("seek", kw)?;
    args::check_count("seek", a, 1, 2)?;
    let off = args::int_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => args::int_arg(w)?,
        None => 0,
    };
    let f = this(v);
    if f.text && whence != 0 && off != 0 {
        return Err(PyErr::new(
            ExcKind::OSError,
            if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" },
        ));
    }
    let mut st = f.state.lock();
    flush_locked(&mut st)?;
    let Some(r) = st.file.as_mut() else { return Err(closed_err()) };
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(PyErr::value_error(format!("negative seek position {}", off)));
            }
            SeekFrom::Start(off as u64)
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({}, should be 0, 1 or 2)",
                whence
            )))
        }
    };
    let p = r.seek(pos).map_err(|e| os_err(e, None))?;
    Ok(Value::from_i64(p as i64))
}

fn f_tell(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("tell", a, kw)?;
    let mut st = this(v).state.lock();
    flush_locked(&mut st)?;
    let Some(r) = st.file.as_mut() else { return Err(closed_err()) };
    let p = r.stream_position().map_err(|e| os_err(e, None))?;
    Ok(Value::from_i64(p as i64))
}

fn f_enter(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("__enter__", a, kw)?;
    if this(v).state.lock().file.is_none() {
        return Err(closed_err());
    }
    Ok(v.clone())
}

fn f_exit(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    close_file(v)?;
    Ok(Value::none())
}

fn f_closed(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this(v).state.lock().file.is_none()))
}
fn f_name(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(this(v).name.clone())
}
fn f_mode(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(&this(v).mode))
}
fn f_encoding(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(&this(v).encoding))
}
fn f_readable(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("readable", a, kw)?;
    Ok(Value::bool(this(v).readable))
}
fn f_writable(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("writable", a, kw)?;
    Ok(Value::bool(this(v).writable))
}
fn f_seekable(_v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("seekable", a, kw)?;
    Ok(Value::bool(true))
}
fn f_isatty(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("isatty", a, kw)?;
    let _ = v;
    Ok(Value::bool(false))
}

fn file_iter(v: &Value) -> PyResult<Value> {
    if this(v).state.lock().file.is_none() {
        return Err(closed_err());
    }
    Ok(v.clone())
}

fn file_next(v: &Value) -> PyResult<Option<V>> {
    let f = this(v);
    let b = read_line(f, -1)?;
    if b.is_empty() {
        return Ok(None);
    }
    wrap(f, b).map(Some)
}

fn file_repr(v: &Value) -> PyResult<Value> {
    let f = this(v);
    let name = ops::repr_string(&f.name)?;
    Ok(pystr::new_str(&if f.text {
        format!("<{} name={} mode='{}' encoding='{}'>", v.ty().name, name, f.mode, f.encoding)
    } else {
        format!("<{} name={}>", v.ty().name, name)
    }))
}

static FILE_METHODS: &[MethodDef] = &[
    method("read", f_read),
    method("readline", f_readline),
    method("readlines", f_readlines),
    method("write", f_write),
    method("writelines", f_writelines),
    method("flush", f_flush),
    method("close", f_close),
    method("seek", f_seek),
    method("tell", f_tell),
    method("__enter__", f_enter),
    method("__exit__", f_exit),
    method("readable", f_readable),
    method("writable", f_writable),
    method("seekable", f_seekable),
    method("isatty", f_isatty),
    getter("closed", f_closed),
    getter("name", f_name),
    getter("mode", f_mode),
    getter("encoding", f_encoding),
];
