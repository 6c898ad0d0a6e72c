//! Design: DESIGN.md#standard-library
//!
//! `_subprocess`: child processes for `subprocess` (src/lib/subprocess.py),
//! on `std::process::Command` (fork/exec, close-on-exec pipes and the
//! exec-failure report are the standard library's, so no `unsafe` of ours
//! runs between fork and exec). A `Process` keeps its `Child` behind a
//! mutex; a `Pipe` keeps one end behind its own mutex. Every blocking call
//! (reading or writing a pipe, waiting) runs `detached` and takes the lock
//! inside the detached region, so a thread blocked on a child never holds
//! up a stop-the-world and no Python code runs under these locks. Waiting
//! polls `try_wait` with a sleep growing to 20 ms, so `poll()` from another
//! thread never blocks behind a waiter and a timeout is honoured.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::builtins::args;
use crate::builtins::io::os_err;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method, staticmethod};
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{MethodDef, PyType, Slots};
use crate::object::{bytes, dict, float, int, list, str as pystr, tuple};
use crate::sync::{Mutex, OnceLock};
use crate::vm::thread::detached;

// ---- processes ------------------------------------------------------------------------

pub struct PyProcess {
    child: Mutex<Child>,
    /// The exit status once known (Python's returncode convention).
    returncode: Mutex<Option<i32>>,
    pid: u32,
}

impl PyPayload for PyProcess {
    fn class() -> &'static PyType {
        &PROCESS_TYPE
    }
}

pub static PROCESS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_subprocess.Process",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyProcess>::free,
    methods: PROCESS_METHODS,
    dict: OnceLock::new(),
};

static PROCESS_METHODS: &[MethodDef] =
    &[method("poll", p_poll), method("wait", p_wait), method("send_signal", p_send_signal), getter("pid", p_pid)];

fn pthis(v: &Value) -> PyResult<&PyProcess> {
    v.downcast::<PyProcess>().ok_or_else(|| PyErr::type_error("descriptor requires a '_subprocess.Process' object"))
}

fn code_of(st: std::process::ExitStatus) -> i32 {
    match st.code() {
        Some(c) => c,
        None => -st.signal().unwrap_or(0),
    }
}

impl PyProcess {
    /// The returncode if the child has exited (reaped now if need be).
    fn try_wait(&self) -> std::io::Result<Option<i32>> {
        if let Some(rc) = *self.returncode.lock() {
            return Ok(Some(rc));
        }
        let st = self.child.lock().try_wait()?;
        Ok(st.map(|s| {
            let rc = code_of(s);
            *self.returncode.lock() = Some(rc);
            rc
        }))
    }
}

fn rc_value(rc: Option<i32>) -> Value {
    match rc {
        Some(c) => Value::from_i64(c as i64),
        None => Value::none(),
    }
}

fn p_poll(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("poll", a, kw)?;
    let p = pthis(v)?;
    Ok(rc_value(p.try_wait().map_err(|e| os_err(e, None))?))
}

/// `wait(timeout=None)`: the returncode, or None once `timeout` seconds
/// have passed.
fn p_wait(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("wait", kw)?;
    args::check_count("wait", a, 0, 1)?;
    let deadline = match a.first() {
        Some(t) if !t.is_none() => {
            let secs = float::to_f64(t).or_else(|| int::to_i64(t).map(|i| i as f64)).ok_or_else(|| {
                PyErr::type_error(format!("timeout must be a number, not {}", t.ty().name))
            })?;
            Some(Instant::now() + Duration::from_secs_f64(secs.max(0.0)))
        }
        _ => None,
    };
    let p = pthis(v)?;
    let rc = detached(|| {
        let mut nap = Duration::from_micros(200);
        loop {
            match p.try_wait() {
                Ok(Some(rc)) => return Ok(Some(rc)),
                Ok(None) => {}
                Err(e) => return Err(e),
            }
            if let Some(d) = deadline {
                let now = Instant::now();
                if now >= d {
                    return Ok(None);
                }
                nap = nap.min(d - now);
            }
            std::thread::sleep(nap);
            nap = (nap * 2).min(Duration::from_millis(20));
        }
    })
    .map_err(|e| os_err(e, None))?;
    Ok(rc_value(rc))
}

fn p_send_signal(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let sig = args::int_arg(args::exactly_one("send_signal", a, kw)?)?;
    let p = pthis(v)?;
    if p.try_wait().map_err(|e| os_err(e, None))?.is_some() {
        return Ok(Value::none()); // already reaped: never signal a recycled pid
    }
    let pid = libc::pid_t::try_from(p.pid).map_err(|_| PyErr::overflow_error("pid out of range"))?;
    let sig = libc::c_int::try_from(sig).map_err(|_| PyErr::value_error("signal number out of range"))?;
    // SAFETY: kill(2) takes two integers and touches no memory of ours;
    // the pid is our own child's, not yet reaped (checked just above
    // under the same ownership), so it cannot name another process.
    let r = unsafe { libc::kill(pid, sig) };
    if r != 0 {
        return Err(os_err(std::io::Error::last_os_error(), None));
    }
    Ok(Value::none())
}

fn p_pid(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(pthis(v)?.pid as i64))
}

// ---- pipes -----------------------------------------------------------------------------

enum End {
    Reader(Box<dyn Read + Send>),
    Writer(Box<dyn Write + Send>),
}

pub struct PyPipe {
    end: Mutex<Option<End>>,
}

impl PyPayload for PyPipe {
    fn class() -> &'static PyType {
        &PIPE_TYPE
    }
}

pub static PIPE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_subprocess.Pipe",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyPipe>::free,
    methods: PIPE_METHODS,
    dict: OnceLock::new(),
};

static PIPE_METHODS: &[MethodDef] = &[
    method("read", pipe_read),
    method("read1", pipe_read1),
    method("write", pipe_write),
    method("close", pipe_close),
    getter("closed", pipe_closed),
];

fn pipethis(v: &Value) -> PyResult<&PyPipe> {
    v.downcast::<PyPipe>().ok_or_else(|| PyErr::type_error("descriptor requires a '_subprocess.Pipe' object"))
}

fn closed_err() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// `read(n=-1)`: up to n bytes (all until EOF for n < 0).
fn pipe_read(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("read", kw)?;
    args::check_count("read", a, 0, 1)?;
    let n = match a.first() {
        Some(x) if !x.is_none() => args::int_arg(x)?,
        _ => -1,
    };
    let p = pipethis(v)?;
    let r: Result<Vec<u8>, Option<std::io::Error>> = detached(|| {
        let mut g = p.end.lock();
        let Some(End::Reader(r)) = g.as_mut() else { return Err(None) };
        let mut buf = Vec::new();
        if n < 0 {
            r.read_to_end(&mut buf).map_err(Some)?;
        } else {
            buf.resize(n as usize, 0);
            let mut got = 0;
            while got < buf.len() {
                let k = r.read(&mut buf[got..]).map_err(Some)?;
                if k == 0 {
                    break;
                }
                got += k;
            }
            buf.truncate(got);
        }
        Ok(buf)
    });
    match r {
        Ok(b) => Ok(bytes::from_vec(b)),
        Err(None) => Err(closed_err()),
        Err(Some(e)) => Err(os_err(e, None)),
    }
}

/// `read1(n=65536)`: what one read returns (b'' only at EOF).
fn pipe_read1(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("read1", kw)?;
    args::check_count("read1", a, 0, 1)?;
    let n = match a.first() {
        Some(x) if !x.is_none() => args::int_arg(x)?.max(1) as usize,
        _ => 65536,
    };
    let p = pipethis(v)?;
    let r: Result<Vec<u8>, Option<std::io::Error>> = detached(|| {
        let mut g = p.end.lock();
        let Some(End::Reader(r)) = g.as_mut() else { return Err(None) };
        let mut buf = vec![0u8; n];
        let k = r.read(&mut buf).map_err(Some)?;
        buf.truncate(k);
        Ok(buf)
    });
    match r {
        Ok(b) => Ok(bytes::from_vec(b)),
        Err(None) => Err(closed_err()),
        Err(Some(e)) => Err(os_err(e, None)),
    }
}

fn pipe_write(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = crate::modules::binascii::bytes_like(args::exactly_one("write", a, kw)?)?;
    let p = pipethis(v)?;
    let r: Result<(), Option<std::io::Error>> = detached(|| {
        let mut g = p.end.lock();
        let Some(End::Writer(w)) = g.as_mut() else { return Err(None) };
        w.write_all(&d).map_err(Some)?;
        w.flush().map_err(Some)
    });
    match r {
        Ok(()) => Ok(Value::from_i64(d.len() as i64)),
        Err(None) => Err(closed_err()),
        Err(Some(e)) => Err(os_err(e, None)),
    }
}

fn pipe_close(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("close", a, kw)?;
    let p = pipethis(v)?;
    // Taken out under the lock (a reader blocked in read holds it, so close
    // waits for that read, as closing CPython's buffered pipe does) and
    // dropped after: the drop closes the descriptor.
    let end = detached(|| p.end.lock().take());
    drop(end);
    Ok(Value::none())
}

fn pipe_closed(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let p = pipethis(v)?;
    let closed = match p.end.try_lock() {
        Some(g) => g.is_none(),
        None => false,
    };
    Ok(Value::bool(closed))
}

fn new_pipe(end: End) -> Value {
    PyObject::alloc(&PIPE_TYPE, PyPipe { end: Mutex::new(Some(end)) })
}

// ---- spawn ------------------------------------------------------------------------------

const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

fn os_bytes(v: &Value, what: &str) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    if let Some(s) = pystr::as_str(v) {
        return Ok(std::ffi::OsString::from(s.into_owned()));
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(std::ffi::OsString::from_vec(b.to_vec()));
    }
    Err(PyErr::type_error(format!("{} must be str or bytes, not {}", what, v.ty().name)))
}

fn mode(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(x) if x.is_none() => Ok(0),
        Some(x) => args::int_arg(x),
    }
}

/// `spawn(argv, executable, cwd, env, stdin, stdout, stderr)` ->
/// `(process, stdin_pipe, stdout_pipe, stderr_pipe)`; the modes are 0
/// (inherit), PIPE (-1), STDOUT (-2, stderr only) or DEVNULL (-3).
fn m_spawn(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params {
        fname: "spawn",
        names: &["argv", "executable", "cwd", "env", "stdin", "stdout", "stderr"],
        posonly: 0,
        maxpos: 7,
        required: 1,
    };
    let [argv, executable, cwd, env, m_in, m_out, m_err] = args::parse::<7>(p, a, kw)?;
    let argv = argv.expect("required");
    let items = if list::is_list(argv) {
        list::snapshot(argv)
    } else {
        tuple::items(argv).map(|s| s.to_vec()).ok_or_else(|| PyErr::type_error("argv must be a list or tuple"))?
    };
    if items.is_empty() {
        return Err(PyErr::value_error("args must not be empty"));
    }
    let mut args_os = Vec::with_capacity(items.len());
    for it in &items {
        args_os.push(os_bytes(it, "argument")?);
    }
    let program = match executable {
        Some(e) if !e.is_none() => os_bytes(e, "executable")?,
        _ => args_os[0].clone(),
    };
    let shown = program.to_string_lossy().into_owned();
    let mut cmd = Command::new(&program);
    cmd.arg0(&args_os[0]);
    cmd.args(&args_os[1..]);
    if let Some(c) = cwd {
        if !c.is_none() {
            cmd.current_dir(os_bytes(c, "cwd")?);
        }
    }
    if let Some(e) = env {
        if !e.is_none() {
            let d = dict::core(e).ok_or_else(|| PyErr::type_error("env must be a dict"))?;
            cmd.env_clear();
            for (k, v) in d.items() {
                cmd.env(os_bytes(&k, "environment key")?, os_bytes(&v, "environment value")?);
            }
        }
    }
    let (m_in, m_out, m_err) = (mode(m_in)?, mode(m_out)?, mode(m_err)?);
    let stdio = |m: i64| -> PyResult<Stdio> {
        Ok(match m {
            0 => Stdio::inherit(),
            PIPE => Stdio::piped(),
            DEVNULL => Stdio::null(),
            _ => return Err(PyErr::value_error("only PIPE, DEVNULL, STDOUT or None are supported for standard streams")),
        })
    };
    cmd.stdin(stdio(m_in)?);
    // stderr=STDOUT: both streams share one pipe (or stdout's target).
    let mut merged_reader = None;
    if m_err == STDOUT {
        match m_out {
            PIPE => {
                let (r, w) = std::io::pipe().map_err(|e| os_err(e, None))?;
                let w2 = w.try_clone().map_err(|e| os_err(e, None))?;
                cmd.stdout(Stdio::from(w));
                cmd.stderr(Stdio::from(w2));
                merged_reader = Some(r);
            }
            DEVNULL => {
                cmd.stdout(Stdio::null());
                cmd.stderr(Stdio::null());
            }
            0 => {
                cmd.stdout(Stdio::inherit());
                let out = std::io::stdout().as_fd_clone().map_err(|e| os_err(e, None))?;
                cmd.stderr(Stdio::from(out));
            }
            _ => return Err(PyErr::value_error("bad stdout mode")),
        }
    } else {
        cmd.stdout(stdio(m_out)?);
        cmd.stderr(stdio(m_err)?);
    }
    let spawned = detached(|| {
        let r = cmd.spawn();
        drop(cmd); // closes our copies of the merged pipe's write ends
        r
    });
    let mut child = spawned.map_err(|e| os_err(e, Some(&shown)))?;
    let pin = child.stdin.take().map(|s| new_pipe(End::Writer(Box::new(s))));
    let pout = match merged_reader {
        Some(r) => Some(new_pipe(End::Reader(Box::new(r)))),
        None => child.stdout.take().map(|s| new_pipe(End::Reader(Box::new(s)))),
    };
    let perr = child.stderr.take().map(|s| new_pipe(End::Reader(Box::new(s))));
    let pid = child.id();
    let proc_ = PyObject::alloc(&PROCESS_TYPE, PyProcess { child: Mutex::new(child), returncode: Mutex::new(None), pid });
    let opt = |p: Option<Value>| p.unwrap_or_else(Value::none);
    Ok(tuple::new_tuple(vec![proc_, opt(pin), opt(pout), opt(perr)]))
}

trait FdClone {
    fn as_fd_clone(&self) -> std::io::Result<std::os::fd::OwnedFd>;
}

impl FdClone for std::io::Stdout {
    fn as_fd_clone(&self) -> std::io::Result<std::os::fd::OwnedFd> {
        use std::os::fd::AsFd;
        self.as_fd().try_clone_to_owned()
    }
}

pub static SUBPROCESS_FUNCS: &[MethodDef] = &[staticmethod("spawn", m_spawn)];

/// A new `_subprocess` module.
pub fn make_module() -> Value {
    let m = crate::object::module::new_module("_subprocess");
    crate::object::module::add_functions(&m, SUBPROCESS_FUNCS);
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("PIPE"), Value::from_i64(PIPE));
    let _ = d.set(pystr::intern("STDOUT"), Value::from_i64(STDOUT));
    let _ = d.set(pystr::intern("DEVNULL"), Value::from_i64(DEVNULL));
    m
}
