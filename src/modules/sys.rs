//! Design: DESIGN.md#modules
//!
//! The `sys` module. `sys.stdin/stdout/stderr` are minimal text files over
//! the process's fds; stdout writes share the builtins' buffer with
//! `print` (flushed by `flush_std_streams`, on `flush()`, past 8 KiB, per
//! write on a terminal), and `print` writes to a replaced `sys.stdout`.
//! The recursion limit is the eval loop's (`vm::frame`).
//! `sys.modules` is whatever dict the caller passes (the interpreter's).
//! `exc_info()`/`exception()` read `vm::eval::current_exception()`.

#![forbid(unsafe_code)]

use std::io::{BufRead, IsTerminal, Write};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::modules::structseq::{
    self, StructSeqDesc, FLAGS_TYPE, FLOAT_INFO_TYPE, HASH_INFO_TYPE, INT_INFO_TYPE, NAMESPACE_TYPE, VERSION_INFO_TYPE,
};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::object::{exc, list, ops, str as pystr, tuple};
use crate::sync::OnceLock;

// ---- interpreter state ----------------------------------------------------------------

/// `sys.getrecursionlimit()` (the eval loop's per-thread limit).
pub fn recursion_limit() -> usize {
    crate::vm::frame::recursion_limit() as usize
}

fn current_exception() -> Option<Value> {
    crate::vm::eval::current_exception()
}

// ---- standard streams -----------------------------------------------------------------

pub struct PyStdStream {
    /// 0 stdin, 1 stdout, 2 stderr
    pub fd: u8,
}

impl PyPayload for PyStdStream {
    fn class() -> &'static PyType {
        &STD_STREAM_TYPE
    }
}

pub static STD_STREAM_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "TextIOWrapper",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(stream_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(stream_getattr),
        iter: Some(stream_iter),
        next: Some(stream_next),
        ..Slots::EMPTY
    },
    free: PyObject::<PyStdStream>::free,
    methods: STREAM_METHODS,
    dict: OnceLock::new(),
};

/// Writes text to fd 1 (through the builtins' stdout buffer, shared with
/// `print`) or fd 2 (unbuffered; stdout is flushed first so the two
/// interleave as written).
pub fn write_std(fd: u8, s: &str, flush: bool) {
    if fd == 2 {
        flush_std_streams();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s.as_bytes());
        let _ = e.flush();
        return;
    }
    crate::builtins::io::write_stdout(s, flush);
}

/// Flushes buffered stdout (call at exit and before printing tracebacks).
pub fn flush_std_streams() {
    crate::builtins::io::flush_stdout();
}

/// `print`'s target when the current interpreter's `sys.stdout` was
/// replaced by another object.
fn stdout_override() -> Option<Value> {
    let d = crate::vm::interp::interp().sys_dict();
    let out = crate::object::dict::dict_get(d, &pystr::intern("stdout")).ok()??;
    if out.downcast::<PyStdStream>().is_some_and(|s| s.fd == 1) {
        return None;
    }
    Some(out)
}

fn stream(v: &Value) -> PyResult<u8> {
    v.downcast::<PyStdStream>().map(|s| s.fd).ok_or_else(|| PyErr::type_error("expected a standard stream"))
}

fn stream_name(fd: u8) -> &'static str {
    ["<stdin>", "<stdout>", "<stderr>"][fd as usize]
}

fn stream_repr(v: &Value) -> PyResult<Value> {
    let fd = stream(v)?;
    Ok(pystr::new_str(&format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        stream_name(fd),
        if fd == 0 { "r" } else { "w" }
    )))
}

/// `for line in sys.stdin`.
fn stream_iter(v: &Value) -> PyResult<Value> {
    if stream(v)? != 0 {
        return Err(PyErr::new(ExcKind::OSError, "not readable"));
    }
    Ok(v.clone())
}

fn stream_next(v: &Value) -> PyResult<Option<Value>> {
    if stream(v)? != 0 {
        return Err(PyErr::new(ExcKind::OSError, "not readable"));
    }
    let l = read_line_stdin()?;
    Ok(if l.is_empty() { None } else { Some(pystr::new_str(&l)) })
}

fn s_write(v: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let fd = stream(v)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("write() takes exactly one argument ({} given)", a.len())));
    }
    if fd == 0 {
        return Err(PyErr::new(ExcKind::OSError, "not writable"));
    }
    let Some(s) = pystr::as_str(&a[0]) else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", a[0].ty().name)));
    };
    write_std(fd, &s, false);
    Ok(Value::from_i64(pystr::char_len(&a[0]).unwrap_or(0) as i64))
}

fn s_writelines(v: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("writelines() takes exactly one argument ({} given)", a.len())));
    }
    for x in ops::collect(&a[0])? {
        s_write(v, &[x], None)?;
    }
    Ok(Value::none())
}

fn s_flush(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if stream(v)? == 1 {
        flush_std_streams();
    }
    Ok(Value::none())
}

fn read_line_stdin() -> PyResult<String> {
    flush_std_streams();
    let mut line = String::new();
    // Reading blocks: the thread is detached meanwhile (DESIGN.md#threading-library).
    crate::vm::thread::detached(|| std::io::stdin().lock().read_line(&mut line))
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    Ok(line)
}

fn s_readline(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if stream(v)? != 0 {
        return Err(PyErr::new(ExcKind::OSError, "not readable"));
    }
    Ok(pystr::new_str(&read_line_stdin()?))
}

fn s_read(v: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if stream(v)? != 0 {
        return Err(PyErr::new(ExcKind::OSError, "not readable"));
    }
    let n = match a.first() {
        Some(x) if !x.is_none() => crate::object::int::to_i64(x).unwrap_or(-1),
        _ => -1,
    };
    flush_std_streams();
    let mut out = String::new();
    if n < 0 {
        crate::vm::thread::detached(|| std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut out))
            .map_err(|e| PyErr::os_error(e.to_string()))?;
    } else {
        while out.chars().count() < n as usize {
            let l = read_line_stdin()?;
            if l.is_empty() {
                break;
            }
            out.push_str(&l);
        }
        // Characters past n stay unread in CPython; weft reads whole lines.
    }
    Ok(pystr::new_str(&out))
}

fn s_readlines(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let all = s_read(v, &[], None)?;
    let text = pystr::to_rust_string(&all);
    let lines: Vec<Value> = text.split_inclusive('\n').map(pystr::new_str).collect();
    Ok(list::new_list(lines))
}

fn s_isatty(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(match stream(v)? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}
fn s_fileno(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(stream(v)? as i64))
}
fn s_true(_v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(true))
}
fn s_false(_v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(false))
}
fn s_readable(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(stream(v)? == 0))
}
fn s_writable(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(stream(v)? != 0))
}
fn g_name(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(stream_name(stream(v)?)))
}
fn g_mode(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(if stream(v)? == 0 { "r" } else { "w" }))
}
fn g_encoding(_v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str("utf-8"))
}
fn g_errors(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(if stream(v)? == 2 { "backslashreplace" } else { "strict" }))
}

const fn meth(name: &'static str, func: crate::object::typeobj::NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method, doc: "" }
}
const fn get(name: &'static str, func: crate::object::typeobj::NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Getter, doc: "" }
}

static STREAM_METHODS: &[MethodDef] = &[
    meth("write", s_write),
    meth("writelines", s_writelines),
    meth("flush", s_flush),
    meth("read", s_read),
    meth("readline", s_readline),
    meth("readlines", s_readlines),
    meth("isatty", s_isatty),
    meth("fileno", s_fileno),
    meth("readable", s_readable),
    meth("writable", s_writable),
    meth("seekable", s_false),
    get("name", g_name),
    get("mode", g_mode),
    get("encoding", g_encoding),
    get("errors", g_errors),
    get("closed", s_false),
    get("line_buffering", s_true),
];

fn stream_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let n = pystr::to_rust_string(name);
    match STREAM_METHODS.iter().find(|d| d.name == n) {
        Some(d) if d.kind == MethodKind::Getter => (d.func)(v, &[], None),
        Some(d) => Ok(crate::object::func::new_builtin(d, Some(v.clone()))),
        None => Err(PyErr::attribute_error(format!("'_io.TextIOWrapper' object has no attribute '{}'", n))),
    }
}

/// `sys.stdin` (0), `sys.stdout` (1), `sys.stderr` (2).
pub fn std_stream(fd: u8) -> Value {
    PyObject::alloc(&STD_STREAM_TYPE, PyStdStream { fd })
}

// ---- struct sequences -------------------------------------------------------------------

static VERSION_INFO_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    visible: 5,
};
static FLOAT_INFO_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "sys.float_info",
    fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    visible: 11,
};
static INT_INFO_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "sys.int_info",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    visible: 4,
};
static HASH_INFO_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "sys.hash_info",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    visible: 9,
};
static FLAGS_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "sys.flags",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    visible: 18,
};
static IMPLEMENTATION_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "namespace",
    fields: &["name", "cache_tag", "version", "hexversion"],
    visible: 4,
};

const HEXVERSION: i64 = 0x030D00F0;

pub fn version_info() -> Value {
    let i = Value::from_i64;
    structseq::new_structseq(
        &VERSION_INFO_TYPE,
        &VERSION_INFO_DESC,
        vec![i(3), i(13), i(0), pystr::new_str("final"), i(0)],
    )
}

fn float_info() -> Value {
    let (i, f) = (Value::from_i64, Value::from_f64);
    structseq::new_structseq(
        &FLOAT_INFO_TYPE,
        &FLOAT_INFO_DESC,
        vec![
            f(f64::MAX),
            i(1024),
            i(308),
            f(f64::MIN_POSITIVE),
            i(-1021),
            i(-307),
            i(15),
            i(53),
            f(f64::EPSILON),
            i(2),
            i(1),
        ],
    )
}

fn int_info() -> Value {
    let i = Value::from_i64;
    structseq::new_structseq(&INT_INFO_TYPE, &INT_INFO_DESC, vec![i(30), i(4), i(4300), i(640)])
}

fn hash_info() -> Value {
    let i = Value::from_i64;
    structseq::new_structseq(
        &HASH_INFO_TYPE,
        &HASH_INFO_DESC,
        vec![i(64), i((1 << 61) - 1), i(314159), i(0), i(1000003), pystr::new_str("siphash13"), i(64), i(128), i(0)],
    )
}

fn flags() -> Value {
    let i = Value::from_i64;
    let mut v: Vec<Value> = (0..18).map(|_| i(0)).collect();
    v[11] = i(1); // hash_randomization
    v[13] = Value::bool(false); // dev_mode
    v[16] = Value::bool(false); // safe_path
    v[17] = i(crate::object::int::get_int_max_str_digits() as i64);
    structseq::new_structseq(&FLAGS_TYPE, &FLAGS_DESC, v)
}

fn implementation() -> Value {
    structseq::new_structseq(
        &NAMESPACE_TYPE,
        &IMPLEMENTATION_DESC,
        vec![pystr::new_str("weft"), pystr::new_str("weft-313"), version_info(), Value::from_i64(HEXVERSION)],
    )
}

// ---- functions ----------------------------------------------------------------------------

fn no_kw(name: &str, k: Option<&Value>) -> PyResult<()> {
    if k.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

fn at_most(name: &str, a: &[Value], k: Option<&Value>, max: usize) -> PyResult<()> {
    no_kw(name, k)?;
    if a.len() > max {
        return Err(PyErr::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

fn exactly_one<'a>(name: &str, a: &'a [Value], k: Option<&Value>) -> PyResult<&'a Value> {
    no_kw(name, k)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", name, a.len())));
    }
    Ok(&a[0])
}

/// `sys.exit([code])`: raises SystemExit.
fn sys_exit(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("exit", a, k, 1)?;
    // `sys.exit(None)` raises `SystemExit()` (no args), as CPython.
    let args = if a.first().is_some_and(|x| x.is_none()) { vec![] } else { a.to_vec() };
    let e = exc::alloc_exception(&exc::type_value(exc::exc_type(ExcKind::SystemExit)), args);
    Err(PyErr::from_value(e))
}

fn sys_getrecursionlimit(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("getrecursionlimit", a, k, 0)?;
    Ok(Value::from_i64(recursion_limit() as i64))
}

fn sys_setrecursionlimit(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = exactly_one("setrecursionlimit", a, k)?;
    if crate::object::float::as_float(v).is_some() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::index(v)?;
    let n = crate::object::int::to_i64(&n)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    if n > i32::MAX as i64 {
        return Err(PyErr::overflow_error("Python int too large to convert to C int"));
    }
    crate::vm::frame::set_recursion_limit(n as u32)?;
    Ok(Value::none())
}

fn sys_intern(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = exactly_one("intern", a, k)?;
    if !pystr::is_str(v) {
        return Err(PyErr::type_error(format!("intern() argument must be str, not {}", v.ty().name)));
    }
    if !pystr::is_exact_str(v) {
        return Err(PyErr::type_error("can't intern str"));
    }
    Ok(pystr::intern_value(v))
}

fn sys_exc_info(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("exc_info", a, k, 0)?;
    Ok(match current_exception() {
        Some(e) => {
            let tb = exc::get_traceback(&e).unwrap_or_else(Value::none);
            tuple::new_tuple(vec![exc::type_value(e.ty()), e, tb])
        }
        None => tuple::new_tuple(vec![Value::none(), Value::none(), Value::none()]),
    })
}

fn sys_exception(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("exception", a, k, 0)?;
    Ok(current_exception().unwrap_or_else(Value::none))
}

fn sys_getrefcount(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = exactly_one("getrefcount", a, k)?;
    Ok(Value::from_i64(match v.header() {
        Some(h) => h.refcount() as i64,
        None => u32::MAX as i64,
    }))
}

/// Sizes as CPython 3.13 on 64-bit reports them for the core types.
pub fn sizeof(v: &Value) -> usize {
    use crate::object::int::IntRef;
    if let Some(r) = crate::object::int::int_ref(v) {
        if v.as_bool().is_some() {
            return 28;
        }
        let bits = match r {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        };
        let digits = bits.div_ceil(30).max(1);
        return 24 + 4 * digits as usize;
    }
    if crate::object::float::as_float(v).is_some() {
        return 24;
    }
    if let Some(p) = pystr::as_pystr(v) {
        let n = p.len();
        let maxc = (0..n).map(|i| p.char_at(i)).max().unwrap_or(0);
        return if maxc < 0x80 {
            41 + n
        } else if maxc < 0x100 {
            57 + n
        } else if maxc < 0x10000 {
            58 + 2 * n
        } else {
            60 + 4 * n
        };
    }
    if let Some(items) = tuple::items(v) {
        return 40 + 8 * items.len();
    }
    if v.downcast::<list::PyList>().is_some() {
        let n = ops::len(v).unwrap_or(0);
        return 56 + 8 * n;
    }
    if v.is_none() {
        return 16;
    }
    if crate::object::dict::core(v).is_some() {
        return 64 + if ops::len(v).unwrap_or(0) > 0 { 120 } else { 0 };
    }
    if let Some(b) = crate::object::bytes::as_bytes(v) {
        return 33 + b.len();
    }
    56
}

fn sys_getsizeof(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("getsizeof", k)?;
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error(format!("getsizeof() takes at most 2 arguments ({} given)", a.len())));
    }
    Ok(Value::from_i64(sizeof(&a[0]) as i64))
}

fn sys_getdefaultencoding(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("getdefaultencoding", a, k, 0)?;
    Ok(pystr::new_str("utf-8"))
}

fn sys_get_int_max_str_digits(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("get_int_max_str_digits", a, k, 0)?;
    Ok(Value::from_i64(crate::object::int::get_int_max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = match (a.len(), k.and_then(tuple::items)) {
        (1, None) => &a[0],
        (1, Some(n)) if n.len() == 1 && pystr::to_rust_string(&n[0]) == "maxdigits" => &a[0],
        _ => return Err(PyErr::type_error("set_int_max_str_digits() takes exactly one argument")),
    };
    let n = crate::object::int::to_i64(&ops::index(v)?).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be >= 640 or 0 for unlimited"));
    }
    crate::object::int::set_int_max_str_digits(n as usize)?;
    Ok(Value::none())
}

/// `sys.getswitchinterval()`: the GIL switch interval of the calling
/// thread's interpreter, in seconds (DESIGN.md#gil).
fn sys_getswitchinterval(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("getswitchinterval", k)?;
    if !a.is_empty() {
        return Err(PyErr::type_error(format!("sys.getswitchinterval() takes no arguments ({} given)", a.len())));
    }
    let us = match crate::vm::thread::current_gil() {
        Some(g) => g.interval_us(),
        None => crate::vm::gil::default_interval_us(),
    };
    Ok(Value::from_f64(1e-6 * us as f64))
}

/// `sys.setswitchinterval(interval)`: seconds, converted to whole
/// microseconds as CPython does.
fn sys_setswitchinterval(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    if k.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error("sys.setswitchinterval() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("sys.setswitchinterval() takes exactly one argument ({} given)", a.len())));
    }
    let x = crate::modules::math::arg_f64(&a[0])?;
    if x.is_nan() || x <= 0.0 {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    // Saturates where CPython's C conversion is undefined.
    let us = (1e6 * x) as u64;
    match crate::vm::thread::current_gil() {
        Some(g) => g.set_interval_us(us),
        None => crate::vm::gil::set_default_interval_us(us),
    }
    Ok(Value::none())
}

fn sys_is_gil_enabled(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(crate::vm::thread::current_gil().is_some()))
}

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef { name: $name, func: $f, kind: MethodKind::StaticMethod, doc: "" }),*]
    };
}

pub static SYS_METHODS: &[MethodDef] = defs![
    "exit" => sys_exit,
    "getrecursionlimit" => sys_getrecursionlimit,
    "setrecursionlimit" => sys_setrecursionlimit,
    "intern" => sys_intern,
    "exc_info" => sys_exc_info,
    "exception" => sys_exception,
    "getrefcount" => sys_getrefcount,
    "getsizeof" => sys_getsizeof,
    "getdefaultencoding" => sys_getdefaultencoding,
    "getfilesystemencoding" => sys_getdefaultencoding,
    "get_int_max_str_digits" => sys_get_int_max_str_digits,
    "set_int_max_str_digits" => sys_set_int_max_str_digits,
    "getswitchinterval" => sys_getswitchinterval,
    "setswitchinterval" => sys_setswitchinterval,
    "_is_gil_enabled" => sys_is_gil_enabled,
    "_stats" => sys_stats,
    "set_lazy_imports" => sys_set_lazy_imports,
    "get_lazy_imports" => sys_get_lazy_imports,
    "settrace" => sys_settrace,
    "gettrace" => sys_gettrace,
    "setprofile" => sys_setprofile,
    "getprofile" => sys_getprofile,
    "_getframe" => sys_getframe,
];

// ---- tracing (DESIGN.md#tracing) -------------------------------------------

pub fn sys_settrace(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let f = exactly_one("settrace", a, k)?;
    crate::vm::trace::settrace(Some(f.clone()));
    Ok(Value::none())
}

pub fn sys_setprofile(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let f = exactly_one("setprofile", a, k)?;
    crate::vm::trace::setprofile(Some(f.clone()));
    Ok(Value::none())
}

fn sys_gettrace(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("gettrace", a, k, 0)?;
    Ok(crate::vm::trace::gettrace().unwrap_or_else(Value::none))
}

fn sys_getprofile(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("getprofile", a, k, 0)?;
    Ok(crate::vm::trace::getprofile().unwrap_or_else(Value::none))
}

/// The depth argument of `sys._getframe([depth])`.
pub fn getframe_depth(a: &[Value], k: Option<&Value>) -> PyResult<i64> {
    at_most("_getframe", a, k, 1)?;
    match a.first() {
        None => Ok(0),
        Some(v) => {
            let n = ops::index(v)?;
            crate::object::int::to_i64(&n).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))
        }
    }
}

/// `sys._getframe([depth])`. Calls from Python code are served by the CALL
/// handler, which has the calling frame (`vm::trace::getframe`); a call
/// from native code starts at the innermost frame instrumented dispatch
/// knows.
pub fn sys_getframe(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let depth = getframe_depth(a, k)?;
    crate::vm::trace::getframe_native(depth)
}

/// `sys.set_lazy_imports(mode)`: "normal", "all" or "none" (PEP 810).
fn sys_set_lazy_imports(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = exactly_one("set_lazy_imports", a, k)?;
    if !pystr::is_str(v) {
        return Err(PyErr::type_error(format!("mode must be a string, not {}", v.ty().name)));
    }
    let mode = crate::vm::lazy::Mode::from_name(&pystr::to_rust_string(v))
        .ok_or_else(|| PyErr::value_error("mode must be 'normal', 'all' or 'none'"))?;
    crate::vm::lazy::set_mode(mode);
    Ok(Value::none())
}

/// `sys.get_lazy_imports()`: the global lazy-imports mode.
fn sys_get_lazy_imports(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("get_lazy_imports", a, k, 0)?;
    Ok(pystr::new_str(crate::vm::lazy::mode().name()))
}

/// `sys._stats()`: the runtime's counters summed over every thread
/// (DESIGN.md#metrics), times in seconds.
fn sys_stats(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    at_most("_stats", a, k, 0)?;
    let s = crate::vm::metrics::snapshot();
    let d = crate::object::dict::new_dict();
    let int = |n: u64| Value::from_i64(n.min(i64::MAX as u64) as i64);
    let secs = |ns: u64| Value::from_f64(ns as f64 / 1e9);
    for (key, v) in [
        ("instructions", int(s.instructions)),
        ("frames", int(s.frames)),
        ("recursion_errors", int(s.recursion_errors)),
        ("lazy_imports", int(s.lazy_imports)),
        ("lazy_import_time_total", secs(s.lazy_import_total_ns)),
        ("lazy_import_time_max", secs(s.lazy_import_max_ns)),
    ] {
        crate::object::dict::dict_set(&d, pystr::new_str(key), v)?;
    }
    Ok(d)
}

pub const VERSION: &str = "3.13.0 (weft 0.1.0) [rustc]";

/// The values of `sys`'s data attributes (everything but the functions,
/// `modules` and `argv`).
pub fn sys_attributes() -> Vec<(Value, Value)> {
    static EXE: OnceLock<String> = OnceLock::new();
    static KEYS: OnceLock<Vec<Value>> = OnceLock::new();
    let attrs = sys_attribute_values(EXE.get_or_init(|| {
        std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
    }));
    let keys = KEYS.get_or_init(|| attrs.iter().map(|(k, _)| pystr::intern(k)).collect());
    keys.iter().cloned().zip(attrs.into_iter().map(|(_, v)| v)).collect()
}

fn sys_attribute_values(exe: &str) -> Vec<(&'static str, Value)> {
    // Constant strs are interned: immortal, shared by every interpreter.
    let s = pystr::intern;
    let exe = exe.to_string();
    let builtin_names = ["builtins", "sys", "math", "time"];
    vec![
        ("version", s(VERSION)),
        ("version_info", version_info()),
        ("hexversion", Value::from_i64(HEXVERSION)),
        ("api_version", Value::from_i64(1013)),
        ("implementation", implementation()),
        ("platform", s("linux")),
        ("byteorder", s(if cfg!(target_endian = "little") { "little" } else { "big" })),
        ("maxsize", Value::from_i64(i64::MAX)),
        ("maxunicode", Value::from_i64(0x10FFFF)),
        ("float_info", float_info()),
        ("int_info", int_info()),
        ("hash_info", hash_info()),
        ("flags", flags()),
        ("float_repr_style", s("short")),
        ("executable", s(&exe)),
        ("_base_executable", s(&exe)),
        ("prefix", s("/usr/local")),
        ("exec_prefix", s("/usr/local")),
        ("base_prefix", s("/usr/local")),
        ("base_exec_prefix", s("/usr/local")),
        ("platlibdir", s("lib")),
        ("pycache_prefix", Value::none()),
        ("dont_write_bytecode", Value::bool(true)),
        ("copyright", s("Copyright (c) the Weft authors.")),
        ("builtin_module_names", tuple::new_tuple(builtin_names.iter().map(|n| s(n)).collect())),
        ("stdin", std_stream(0)),
        ("stdout", std_stream(1)),
        ("stderr", std_stream(2)),
        ("__stdin__", std_stream(0)),
        ("__stdout__", std_stream(1)),
        ("__stderr__", std_stream(2)),
        ("warnoptions", list::new_list(vec![])),
        ("meta_path", list::new_list(vec![])),
        ("path_hooks", list::new_list(vec![])),
        ("path_importer_cache", crate::object::dict::new_dict()),
    ]
}

/// A new `sys` module whose `modules` is `modules` (the interpreter's
/// dict) and whose `path` starts with `path`.
pub fn make_sys_module_with(argv: Vec<String>, modules: Value, path: Vec<String>) -> Value {
    // Interned names, once per process (creating an interpreter must be
    // cheap: DESIGN.md#interpreters).
    static FUNC_KEYS: OnceLock<Vec<Value>> = OnceLock::new();
    let func_keys = FUNC_KEYS.get_or_init(|| SYS_METHODS.iter().map(|d| pystr::intern(d.name)).collect());
    let m = crate::vm::interp::new_module_sized("sys", func_keys.len() + 64);
    let d = crate::object::module::module_dict(&m).expect("module dict");
    for (k, def) in func_keys.iter().zip(SYS_METHODS.iter()) {
        let _ = d.set(k.clone(), crate::object::func::new_builtin(def, Some(m.clone())));
    }
    for (k, v) in sys_attributes() {
        let _ = d.set(k, v);
    }
    let argv_v = list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect());
    let _ = d.set(pystr::intern("argv"), argv_v.clone());
    let _ = d.set(pystr::intern("orig_argv"), argv_v);
    let _ = d.set(pystr::intern("path"), list::new_list(path.iter().map(|p| pystr::new_str(p)).collect()));
    let _ = d.set(pystr::intern("modules"), modules);
    static HOOKED: OnceLock<()> = OnceLock::new();
    HOOKED.get_or_init(|| crate::builtins::io::set_stdout_hook(stdout_override));
    m
}

/// A new `sys` module with its own `modules` dict and an empty path.
pub fn make_sys_module(argv: Vec<String>) -> Value {
    make_sys_module_with(argv, crate::object::dict::new_dict(), Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: Vec<Value>) -> Result<String, String> {
        let d = SYS_METHODS.iter().find(|d| d.name == name).unwrap();
        match (d.func)(&Value::none(), &args, None) {
            Ok(v) => Ok(ops::repr_string(&v).unwrap()),
            Err(e) => Err(format!("{}: {}", e.kind.name(), e.msg)),
        }
    }

    /// Pinned to CPython 3.13.0.
    #[test]
    fn reprs_and_errors() {
        let r = |v: &Value| ops::repr_string(v).unwrap();
        assert_eq!(r(&version_info()), "sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)");
        assert_eq!(
            r(&float_info()),
            "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)"
        );
        assert_eq!(r(&int_info()), "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)");
        assert_eq!(
            r(&hash_info()),
            "sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)"
        );
        // version_info is a tuple: compares with tuples, indexes, slices.
        let vi = version_info();
        let t38 = tuple::new_tuple(vec![Value::from_i64(3), Value::from_i64(8)]);
        assert!(ops::compare_bool(&vi, &t38, crate::object::CmpOp::Ge).unwrap());
        assert_eq!(r(&ops::getitem(&vi, &Value::from_i64(1)).unwrap()), "13");
        assert_eq!(r(&structseq::field(&vi, "major").unwrap()), "3");
        assert_eq!(call("setrecursionlimit", vec![Value::from_i64(0)]), Err("ValueError: recursion limit must be greater or equal than 1".into()));
        assert_eq!(call("setrecursionlimit", vec![Value::from_f64(1.5)]), Err("TypeError: 'float' object cannot be interpreted as an integer".into()));
        assert_eq!(call("intern", vec![Value::from_i64(1)]), Err("TypeError: intern() argument must be str, not int".into()));
        assert_eq!(call("getrecursionlimit", vec![]), Ok("1000".into()));
        assert_eq!(call("exit", vec![Value::from_i64(1), Value::from_i64(2)]), Err("TypeError: exit expected at most 1 argument, got 2".into()));
        let e = (SYS_METHODS[0].func)(&Value::none(), &[pystr::new_str("bye")], None).unwrap_err();
        assert!(e.is(ExcKind::SystemExit));
        assert_eq!(r(&ops::getattr(&e.value(), &pystr::new_str("code")).unwrap()), "'bye'");
        assert_eq!(call("getsizeof", vec![Value::from_i64(1)]), Ok("28".into()));
        assert_eq!(call("getsizeof", vec![pystr::new_str("")]), Ok("41".into()));
        assert_eq!(call("getsizeof", vec![Value::from_f64(1.0)]), Ok("24".into()));
        assert_eq!(call("getsizeof", vec![tuple::new_tuple(vec![])]), Ok("40".into()));
        assert_eq!(call("getsizeof", vec![list::new_list(vec![])]), Ok("56".into()));
        assert_eq!(call("exc_info", vec![]), Ok("(None, None, None)".into()));
    }
}
