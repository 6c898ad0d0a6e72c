//! Design: DESIGN.md#threading-library
//!
//! The `_thread` module: OS threads running Python callables, and the two
//! blocking lock types everything in `threading`, `queue` and
//! `concurrent.futures` is built on.
//!
//! The lock cores are `vm::pylock` (a `Mutex<state>` + `Condvar` pair,
//! loom-checked); a waiter sleeps on the condvar. Every sleep goes
//! through `vm::thread::detached`, so a blocked thread never holds up
//! reclamation or a stop-the-world. On the main thread a wait is cut into
//! 20 ms slices and pending signals are handled between them (Ctrl-C raises
//! KeyboardInterrupt out of `lock.acquire()`, as in CPython).

#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

use crate::builtins::args::{self, Params};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::method;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::object::{float, int, module, ops, str as pystr, tuple};
use crate::sync::{AtomicU64, AtomicUsize, Ordering::*};
use crate::vm::pylock::{RawLock, RawRLock};

/// Stack size of threads started by `start_new_thread` unless
/// `stack_size()` set another (Python→Python calls do not use the Rust
/// stack; native→Python nesting does).
pub const THREAD_STACK_SIZE: usize = 16 << 20;
/// `_thread.TIMEOUT_MAX` (CPython's value on 64-bit Linux).
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;
/// How often a wait on the main thread looks for pending signals.
const SIGNAL_SLICE: Duration = Duration::from_millis(20);

/// `stack_size()`: 0 = the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// Threads started by `start_new_thread` still running (`_count()`).
static COUNT: AtomicUsize = AtomicUsize::new(0);
/// Next thread identifier (`get_ident()`); never reused.
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

crate::sync::thread_local! {
    static IDENT: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
    static NATIVE_ID: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

/// Identifiers look like CPython's (large, distinct per live thread) but
/// come from a counter, so they are never reused within a process.
fn fresh_ident() -> u64 {
    0x7f00_0000_0000 + NEXT_IDENT.fetch_add(1, Relaxed) * 0x80_0000
}

/// The calling thread's `get_ident()`.
pub fn current_ident() -> u64 {
    IDENT.with(|c| {
        if c.get() == 0 {
            c.set(fresh_ident());
        }
        c.get()
    })
}

/// The kernel's thread id (`gettid`), read from /proc once per thread.
fn native_id() -> u64 {
    NATIVE_ID.with(|c| {
        if c.get() == 0 {
            let id = std::fs::read_link("/proc/thread-self")
                .ok()
                .and_then(|p| p.file_name().and_then(|s| s.to_str()).and_then(|s| s.parse().ok()))
                .unwrap_or_else(|| std::process::id() as u64);
            c.set(id);
        }
        c.get()
    })
}

// ---- waiting ------------------------------------------------------------------

/// How long an acquire may wait.
#[derive(Clone, Copy)]
enum Wait {
    No,
    Forever,
    Until(Instant),
}

/// Parses `acquire(blocking=True, timeout=-1)` with CPython's errors.
fn parse_acquire(fname: &str, args: &[Value], kw: Option<&Value>) -> PyResult<Wait> {
    let p = Params { fname, names: &["blocking", "timeout"], posonly: 0, maxpos: 2, required: 0 };
    let [blocking, timeout] = args::parse::<2>(p, args, kw)?;
    let blocking = match blocking {
        Some(b) => ops::is_true(b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => timeout_secs(t)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Wait::No);
    }
    wait_from_secs(timeout)
}

/// A timeout argument as seconds.
fn timeout_secs(t: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(t) {
        return Ok(x);
    }
    if int::int_ref(t).is_some() {
        return Err(PyErr::overflow_error("timestamp too large to convert to C PyTime_t"));
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer or float", t.ty().name)))
}

fn wait_from_secs(timeout: f64) -> PyResult<Wait> {
    if timeout == -1.0 {
        return Ok(Wait::Forever);
    }
    if timeout.is_nan() || timeout < 0.0 {
        return Err(PyErr::value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Wait::Until(Instant::now() + Duration::from_secs_f64(timeout)))
}

/// Acquires through `try_now` (no waiting) or, failing that, `wait_until`
/// (blocking, run detached) until acquired or `wait` runs out. On the main
/// thread the wait is cut into 20 ms slices; between them the thread
/// reattaches and runs pending signal handlers, and one that raises ends
/// the wait with its exception.
fn block_on(wait: Wait, try_now: impl Fn() -> bool, wait_until: impl Fn(Option<Instant>) -> bool) -> PyResult<bool> {
    if try_now() {
        return Ok(true);
    }
    let deadline = match wait {
        Wait::No => return Ok(false),
        Wait::Forever => None,
        Wait::Until(d) => Some(d),
    };
    let main = crate::vm::signals::on_main_thread();
    loop {
        let slice_end = if main {
            let s = Instant::now() + SIGNAL_SLICE;
            Some(deadline.map_or(s, |d| d.min(s)))
        } else {
            deadline
        };
        if crate::vm::thread::detached(|| wait_until(slice_end)) {
            return Ok(true);
        }
        if main {
            crate::vm::signals::run_pending()?;
        }
        if let Some(d) = deadline {
            if Instant::now() >= d {
                return Ok(false);
            }
        }
    }
}

// ---- lock -------------------------------------------------------------------------

/// `_thread.lock`: a non-reentrant lock any thread may release.
pub struct PyLock(RawLock);

impl PyPayload for PyLock {
    fn class() -> &'static PyType {
        &LOCK_TYPE
    }
}

pub static LOCK_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_thread.lock",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots {
        repr: Some(lock_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        new: Some(lock_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyLock>::free,
    methods: LOCK_METHODS,
    dict: crate::sync::OnceLock::new(),
};

static LOCK_METHODS: &[MethodDef] = &[
    method("acquire", lock_acquire),
    method("acquire_lock", lock_acquire),
    method("__enter__", lock_enter),
    method("release", lock_release),
    method("release_lock", lock_release),
    method("__exit__", lock_exit),
    method("locked", lock_locked),
    method("locked_lock", lock_locked),
    method("_at_fork_reinit", lock_reinit),
];

/// A new unlocked lock.
pub fn new_lock() -> Value {
    PyObject::alloc(&LOCK_TYPE, PyLock(RawLock::new()))
}

fn this_lock(v: &Value) -> PyResult<&RawLock> {
    v.downcast_sub::<PyLock>()
        .map(|l| &l.0)
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_thread.lock' object"))
}

fn lock_new(_t: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("lock() takes no arguments"));
    }
    Ok(new_lock())
}

fn lock_repr(v: &Value) -> PyResult<Value> {
    let state = if this_lock(v)?.is_locked() { "locked" } else { "unlocked" };
    Ok(pystr::new_str(&format!("<{} _thread.lock object at {:#x}>", state, v.raw())))
}

/// Rounds of `LOCK_SPIN_PAUSES` pause instructions, each followed by one
/// `try_acquire`, before a contended lock's acquirer detaches and sleeps.
const LOCK_SPINS: u32 = 40;
const LOCK_SPIN_PAUSES: u32 = 32;

/// A contended `Lock`/`RLock` is usually held for a few microseconds (a
/// counter update under `with lock:`): spinning a few microseconds first
/// avoids the futex sleep and wake-up, which cost the waiter tens of
/// microseconds of wall time (CPython's PyMutex also spins before parking).
/// Not with a GIL held (the holder could not run to release it) or a
/// non-blocking acquire.
fn spin_acquire(wait: &Wait, try_now: &impl Fn() -> bool) -> bool {
    if matches!(wait, Wait::No) || crate::vm::thread::holds_gil() {
        return false;
    }
    for _ in 0..LOCK_SPINS {
        for _ in 0..LOCK_SPIN_PAUSES {
            crate::sync::spin_hint();
        }
        if try_now() {
            return true;
        }
    }
    false
}

fn acquire_lock(l: &RawLock, wait: Wait) -> PyResult<bool> {
    let try_now = || l.try_acquire();
    if try_now() || spin_acquire(&wait, &try_now) {
        return Ok(true);
    }
    block_on(wait, try_now, |until| l.acquire_until(until))
}

fn lock_acquire(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let wait = parse_acquire("acquire", a, kw)?;
    Ok(Value::bool(acquire_lock(this_lock(s)?, wait)?))
}

fn lock_enter(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("__enter__", a, kw)?;
    Ok(Value::bool(acquire_lock(this_lock(s)?, Wait::Forever)?))
}

fn release_lock(l: &RawLock) -> PyResult<()> {
    if !l.release() {
        return Err(PyErr::runtime_error("release unlocked lock"));
    }
    Ok(())
}

fn lock_release(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("release", a, kw)?;
    release_lock(this_lock(s)?)?;
    Ok(Value::none())
}

fn lock_exit(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    release_lock(this_lock(s)?)?;
    Ok(Value::none())
}

fn lock_locked(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("locked", a, kw)?;
    Ok(Value::bool(this_lock(s)?.is_locked()))
}

fn lock_reinit(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    this_lock(s)?.reset();
    Ok(Value::none())
}

// ---- RLock --------------------------------------------------------------------------

/// `_thread.RLock`: reentrant; only the owner may release.
pub struct PyRLock(RawRLock);

impl PyPayload for PyRLock {
    fn class() -> &'static PyType {
        &RLOCK_TYPE
    }
}

pub static RLOCK_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_thread.RLock",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(rlock_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        new: Some(rlock_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyRLock>::free,
    methods: RLOCK_METHODS,
    dict: crate::sync::OnceLock::new(),
};

static RLOCK_METHODS: &[MethodDef] = &[
    method("acquire", rlock_acquire),
    method("__enter__", rlock_enter),
    method("release", rlock_release),
    method("__exit__", rlock_exit),
    method("locked", rlock_locked),
    method("_is_owned", rlock_is_owned),
    method("_recursion_count", rlock_recursion_count),
    method("_release_save", rlock_release_save),
    method("_acquire_restore", rlock_acquire_restore),
    method("_at_fork_reinit", rlock_reinit),
];

fn this_rlock(v: &Value) -> PyResult<&RawRLock> {
    v.downcast_sub::<PyRLock>()
        .map(|l| &l.0)
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_thread.RLock' object"))
}

fn rlock_new(_t: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(PyObject::alloc(&RLOCK_TYPE, PyRLock(RawRLock::new())))
}

fn rlock_repr(v: &Value) -> PyResult<Value> {
    let (owner, count) = this_rlock(v)?.snapshot();
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(pystr::new_str(&format!("<{} _thread.RLock object owner={} count={} at {:#x}>", state, owner, count, v.raw())))
}

fn acquire_rlock(l: &RawRLock, wait: Wait) -> PyResult<bool> {
    let me = current_ident();
    let try_now = || l.try_acquire(me);
    if try_now() || spin_acquire(&wait, &try_now) {
        return Ok(true);
    }
    block_on(wait, try_now, |until| l.acquire_until(me, until))
}

fn rlock_acquire(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let wait = parse_acquire("acquire", a, kw)?;
    Ok(Value::bool(acquire_rlock(this_rlock(s)?, wait)?))
}

fn rlock_enter(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(acquire_rlock(this_rlock(s)?, Wait::Forever)?))
}

fn release_rlock(l: &RawRLock) -> PyResult<()> {
    l.release(current_ident()).map_err(|_| PyErr::runtime_error("cannot release un-acquired lock"))?;
    Ok(())
}

fn rlock_release(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("release", a, kw)?;
    release_rlock(this_rlock(s)?)?;
    Ok(Value::none())
}

fn rlock_exit(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    release_rlock(this_rlock(s)?)?;
    Ok(Value::none())
}

fn rlock_locked(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this_rlock(s)?.snapshot().1 > 0))
}

fn rlock_is_owned(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let (owner, count) = this_rlock(s)?.snapshot();
    Ok(Value::bool(count > 0 && owner == current_ident()))
}

fn rlock_recursion_count(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let (owner, count) = this_rlock(s)?.snapshot();
    Ok(Value::from_i64(if owner == current_ident() { count as i64 } else { 0 }))
}

/// Releases the lock completely, returning `(count, owner)` for
/// `_acquire_restore` (Condition.wait).
fn rlock_release_save(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let Some((count, owner)) = this_rlock(s)?.release_all() else {
        return Err(PyErr::runtime_error("cannot release un-acquired lock"));
    };
    Ok(tuple::new_tuple(vec![Value::from_i64(count as i64), int_from_u64(owner)]))
}

fn rlock_acquire_restore(s: &Value, a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let l = this_rlock(s)?;
    let st = a.first().and_then(tuple::items).filter(|t| t.len() == 2);
    let Some(st) = st else { return Err(PyErr::type_error("_acquire_restore() argument 1 must be tuple")) };
    let count = int::to_i64(&st[0]).unwrap_or(1).max(1) as u64;
    let me = current_ident();
    block_on(Wait::Forever, || false, |until| l.restore_until(me, count, until))?;
    Ok(Value::none())
}

fn rlock_reinit(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    this_rlock(s)?.reset();
    Ok(Value::none())
}

fn int_from_u64(x: u64) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(x))
}

// ---- threads ------------------------------------------------------------------------

/// Prints an exception that escaped a thread started with
/// `start_new_thread` (CPython's unraisable-hook wording); SystemExit is
/// silent.
fn report_thread_exception(func: &Value, e: PyErr) {
    if e.matches(ExcKind::SystemExit) {
        return;
    }
    crate::modules::sys::flush_std_streams();
    let r = ops::repr_string(func).unwrap_or_default();
    let text = crate::object::exc::format_exception(&e.value());
    eprint!("Exception ignored in thread started by: {}\n{}", r, text);
}

fn start_new_thread(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("start_new_thread", kw)?;
    args::check_count("start_new_thread", a, 2, 3)?;
    let func = a[0].clone();
    if !crate::object::attr::callable(&func) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let Some(pos) = tuple::items(&a[1]) else {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    };
    let mut call_args: Vec<Value> = pos.to_vec();
    let mut kwnames = None;
    if let Some(k) = a.get(2) {
        if !k.is_none() {
            let Some(_) = crate::object::dict::core(k) else {
                return Err(PyErr::type_error("optional 3rd arg must be a dictionary"));
            };
            let items = crate::object::dict::dict_items(k);
            if !items.is_empty() {
                let mut names = Vec::with_capacity(items.len());
                for (name, v) in items {
                    if !pystr::is_str(&name) {
                        return Err(PyErr::type_error("keywords must be strings"));
                    }
                    names.push(name);
                    call_args.push(v);
                }
                kwnames = Some(tuple::new_tuple(names));
            }
        }
    }
    let ident = fresh_ident();
    let size = match STACK_SIZE.load(Relaxed) {
        0 => THREAD_STACK_SIZE,
        n => n,
    };
    COUNT.fetch_add(1, SeqCst);
    // The new thread runs in the interpreter that started it.
    let home = crate::vm::interp::current_handle();
    // Counted before the spawn: closing the interpreter waits for it.
    home.thread_starting();
    let home2 = home.clone();
    let spawned = crate::sync::thread::Builder::new().stack_size(size).spawn(move || {
        crate::vm::interp::enter_thread(home);
        // The native stack guard keeps its own reserve (DESIGN.md#recursion-limits).
        crate::vm::frame::set_thread_stack_size(size);
        IDENT.with(|c| c.set(ident));
        crate::vm::thread::current_tid();
        if let Err(e) = ops::call(&func, &call_args, kwnames.as_ref()) {
            report_thread_exception(&func, e);
        }
        drop(call_args);
        drop(kwnames);
        drop(func);
        COUNT.fetch_sub(1, SeqCst);
        crate::vm::interp::interp().thread_finished();
        crate::vm::thread::unregister_current_thread();
    });
    if spawned.is_err() {
        home2.thread_finished();
        COUNT.fetch_sub(1, SeqCst);
        return Err(PyErr::runtime_error("can't start new thread"));
    }
    Ok(int_from_u64(ident))
}

fn get_ident(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("get_ident", a, kw)?;
    Ok(int_from_u64(current_ident()))
}

fn get_native_id(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("get_native_id", a, kw)?;
    Ok(int_from_u64(native_id()))
}

fn count(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("_count", a, kw)?;
    Ok(Value::from_i64(COUNT.load(SeqCst) as i64))
}

fn allocate_lock(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("allocate_lock", a, kw)?;
    Ok(new_lock())
}

fn stack_size(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("stack_size", kw)?;
    args::check_count("stack_size", a, 0, 1)?;
    let old = STACK_SIZE.load(Relaxed);
    if let Some(v) = a.first() {
        let n = args::int_arg(v)?;
        if n != 0 && n < 32768 {
            return Err(PyErr::value_error(format!("size not valid: {} bytes", n)));
        }
        if n < 0 {
            return Err(PyErr::value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.store(n as usize, Relaxed);
    }
    Ok(Value::from_i64(old as i64))
}

fn interrupt_main(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "interrupt_main", names: &["signum"], posonly: 0, maxpos: 1, required: 0 };
    let [signum] = args::parse::<1>(p, a, kw)?;
    let sig = match signum {
        Some(v) => args::int_arg(v)?,
        None => 2,
    };
    crate::vm::signals::trip(sig)?;
    Ok(Value::none())
}

/// `os.process_cpu_count()` until there is an `os` module (ThreadPoolExecutor's default size).
fn cpu_count(_m: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) as i64))
}

fn daemon_threads_allowed(_m: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(crate::vm::interp::daemon_threads_allowed()))
}

static THREAD_FUNCTIONS: &[MethodDef] = &[
    MethodDef { name: "start_new_thread", func: start_new_thread, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "start_new", func: start_new_thread, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "get_ident", func: get_ident, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "get_native_id", func: get_native_id, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "_count", func: count, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "allocate_lock", func: allocate_lock, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "allocate", func: allocate_lock, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "stack_size", func: stack_size, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "interrupt_main", func: interrupt_main, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "_cpu_count", func: cpu_count, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "daemon_threads_allowed", func: daemon_threads_allowed, kind: MethodKind::Method, doc: "" },
];

/// Builds the `_thread` module.
pub fn make_thread_module() -> Value {
    let m = module::new_module("_thread");
    module::add_functions(&m, THREAD_FUNCTIONS);
    let d = module::module_dict(&m).expect("module");
    let set = |k: &str, v: Value| {
        let _ = d.set(pystr::intern(k), v);
    };
    set("LockType", crate::object::exc::type_value(&LOCK_TYPE));
    set("lock", crate::object::exc::type_value(&LOCK_TYPE));
    set("RLock", crate::object::exc::type_value(&RLOCK_TYPE));
    set("error", crate::object::exc::type_value(crate::object::exc::exc_type(ExcKind::RuntimeError)));
    set("TIMEOUT_MAX", Value::from_f64(TIMEOUT_MAX));
    m
}
