//! Design: DESIGN.md#standard-library
//!
//! `posix`: the native half of Weft's `os` module (the Python half is
//! `src/lib/os.py`). Each function is a thin wrapper over `std::fs` /
//! `std::env` / `std::process`; errors become the errno's OSError subclass
//! with `errno`, `strerror` and `filename` set, as CPython's.

#![forbid(unsafe_code)]

use crate::builtins::io::os_err;
use crate::error::{PyErr, PyResult};
use crate::object::typeobj::{MethodDef, MethodKind};
use crate::object::{bytes, list, str as pystr, tuple, Value};

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef { name: $name, func: $f, kind: MethodKind::StaticMethod, doc: "" }),*]
    };
}

fn no_kw(name: &str, kw: Option<&Value>) -> PyResult<()> {
    if kw.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// The path argument `i` (a str; bytes are decoded as UTF-8).
fn path_arg(name: &str, a: &[Value], i: usize) -> PyResult<String> {
    let v = a.get(i).ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'path' (pos {})", name, i + 1)))?;
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.into_owned());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    // os.PathLike: the type's __fspath__ gives a str or bytes.
    if let Some(f) = crate::object::attr::lookup_special(v, crate::object::attr::name!("__fspath__"))? {
        let r = crate::object::ops::call(&f, &[], None)?;
        if let Some(s) = pystr::as_str(&r) {
            return Ok(s.into_owned());
        }
        if let Some(b) = bytes::as_bytes(&r) {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
        return Err(PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.ty().name,
            r.ty().name
        )));
    }
    Err(PyErr::type_error(format!(
        "{}: path should be string, bytes or os.PathLike, not {}",
        name,
        v.ty().name
    )))
}

fn p_getcwd(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("getcwd", k)?;
    if !a.is_empty() {
        return Err(PyErr::type_error("getcwd() takes no arguments"));
    }
    let d = std::env::current_dir().map_err(|e| os_err(e, None))?;
    Ok(pystr::new_str(&d.to_string_lossy()))
}

fn p_chdir(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("chdir", k)?;
    let p = path_arg("chdir", a, 0)?;
    std::env::set_current_dir(&p).map_err(|e| os_err(e, Some(&p)))?;
    Ok(Value::none())
}

fn p_listdir(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("listdir", k)?;
    let p = if a.is_empty() || a[0].is_none() { ".".to_string() } else { path_arg("listdir", a, 0)? };
    let rd = std::fs::read_dir(&p).map_err(|e| os_err(e, Some(&p)))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| os_err(e, Some(&p)))?;
        out.push(pystr::new_str(&e.file_name().to_string_lossy()));
    }
    Ok(list::new_list(out))
}

fn p_remove(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("remove", k)?;
    let p = path_arg("remove", a, 0)?;
    std::fs::remove_file(&p).map_err(|e| os_err(e, Some(&p)))?;
    Ok(Value::none())
}

fn p_rmdir(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("rmdir", k)?;
    let p = path_arg("rmdir", a, 0)?;
    std::fs::remove_dir(&p).map_err(|e| os_err(e, Some(&p)))?;
    Ok(Value::none())
}

fn p_mkdir(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("mkdir", k)?;
    let p = path_arg("mkdir", a, 0)?;
    std::fs::create_dir(&p).map_err(|e| os_err(e, Some(&p)))?;
    Ok(Value::none())
}

fn p_rename(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("rename", k)?;
    let src = path_arg("rename", a, 0)?;
    let dst = path_arg("rename", a, 1)?;
    std::fs::rename(&src, &dst).map_err(|e| os_err(e, Some(&src)))?;
    Ok(Value::none())
}

fn p_getpid(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(std::process::id() as i64))
}

/// `_stat(path, follow_symlinks)`: (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime) as floats/ints, or the OSError.
fn p_stat(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("stat", k)?;
    let p = path_arg("stat", a, 0)?;
    let follow = match a.get(1) { Some(v) => crate::object::ops::is_true(v)?, None => true };
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    let md = md.map_err(|e| os_err(e, Some(&p)))?;
    use std::os::unix::fs::MetadataExt;
    let f = |t: i64, ns: i64| Value::from_f64(t as f64 + ns as f64 * 1e-9);
    Ok(tuple::new_tuple(vec![
        Value::from_i64(md.mode() as i64),
        Value::from_i64(md.ino() as i64),
        Value::from_i64(md.dev() as i64),
        Value::from_i64(md.nlink() as i64),
        Value::from_i64(md.uid() as i64),
        Value::from_i64(md.gid() as i64),
        Value::from_i64(md.size() as i64),
        f(md.atime(), md.atime_nsec()),
        f(md.mtime(), md.mtime_nsec()),
        f(md.ctime(), md.ctime_nsec()),
    ]))
}

/// The process environment as a list of (name, value) pairs.
fn p_environ(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| tuple::new_tuple(vec![pystr::new_str(&k.to_string_lossy()), pystr::new_str(&v.to_string_lossy())]))
        .collect();
    Ok(list::new_list(items))
}

fn p_urandom(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("urandom", k)?;
    let n = a.first().and_then(crate::object::int::to_i64).ok_or_else(|| PyErr::type_error("urandom() argument must be int"))?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    use std::io::Read;
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| os_err(e, None))?;
    Ok(bytes::new_bytes(&buf))
}

fn p_cpu_count(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::from_i64(n.get() as i64),
        Err(_) => Value::none(),
    })
}

fn p_readlink(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_kw("readlink", k)?;
    let p = path_arg("readlink", a, 0)?;
    let t = std::fs::read_link(&p).map_err(|e| os_err(e, Some(&p)))?;
    Ok(pystr::new_str(&t.to_string_lossy()))
}

pub static POSIX_METHODS: &[MethodDef] = defs![
    "getcwd" => p_getcwd, "chdir" => p_chdir, "listdir" => p_listdir, "remove" => p_remove,
    "unlink" => p_remove, "rmdir" => p_rmdir, "mkdir" => p_mkdir, "rename" => p_rename,
    "replace" => p_rename, "getpid" => p_getpid, "_stat" => p_stat, "_environ" => p_environ,
    "urandom" => p_urandom, "cpu_count" => p_cpu_count, "readlink" => p_readlink,
];

/// A new `posix` module.
pub fn make_module() -> Value {
    let m = crate::object::module::new_module("posix");
    crate::object::module::add_functions(&m, POSIX_METHODS);
    m
}
