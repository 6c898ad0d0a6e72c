//! Design: DESIGN.md#signals
//!
//! Signals without `unsafe` code of our own: the `weft` command calls
//! [`install`] on the thread that runs `__main__`; it remembers that
//! thread's `ThreadShared` and starts (once) a watcher thread that reads
//! signals from `signal_hook::iterator::Signals` (SIGINT from the start;
//! others when `signal.signal` gives them a Python handler). On a signal
//! the watcher looks at the signal's disposition (an atomic byte, so it
//! never touches Python objects): ignored → dropped; default → the default
//! action is emulated (SIGTERM ends the process); Python handler → the
//! signal is recorded in `PENDING` and SIGNALS_PENDING is set on the main
//! thread's breaker word. The eval loop's breaker poll (RESUME and
//! back-edges) calls [`take_interrupt`], which runs the Python handlers
//! ([`run_pending`]); SIGINT's default handler raises KeyboardInterrupt.
//! Blocking waits on the main thread (sleep, lock acquire, join) wake every
//! 20 ms to run pending handlers.
//!
//! The `_signal` native module (`signal.signal`, `getsignal`,
//! `raise_signal`, `default_int_handler`, ...) lives here too; the frozen
//! `signal.py` wraps it with the `Signals`/`Handlers` enum-like names.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::typeobj::{MethodDef, MethodKind};
use crate::object::{module, ops, str as pystr, Value};
use crate::sync::{Arc, AtomicBool, AtomicU8, Mutex, OnceLock, Ordering::*};
use crate::vm::breaker;
use crate::vm::thread::ThreadShared;

/// Signal numbers are 1..NSIG.
pub const NSIG: usize = 65;
pub const SIGINT: usize = 2;

const DISP_DFL: u8 = 0;
const DISP_IGN: u8 = 1;
const DISP_PY: u8 = 2;

/// The thread that runs `__main__` (the only one signal handlers run in,
/// as CPython).
static MAIN: OnceLock<Arc<ThreadShared>> = OnceLock::new();
/// Adds signals to the watcher's set.
static HANDLE: OnceLock<signal_hook::iterator::Handle> = OnceLock::new();
/// Signals that arrived and whose Python handler has not run yet.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// What the watcher does with each signal (DISP_*). SIGINT starts with a
/// Python handler (default_int_handler).
static DISP: [AtomicU8; NSIG] = {
    let mut a = [const { AtomicU8::new(DISP_DFL) }; NSIG];
    a[SIGINT] = AtomicU8::new(DISP_PY);
    a
};
/// Python-level handlers (`None` = never set: SIGINT's is
/// default_int_handler, the others SIG_DFL).
static HANDLERS: Mutex<Vec<Option<Value>>> = Mutex::new(Vec::new());
/// Signals the watcher listens for (beyond SIGINT).
static WATCHED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// Makes the calling thread the main thread and starts the signal watcher
/// (idempotent). Returns false if the handler could not be registered.
pub fn install() -> bool {
    let Some(me) = crate::vm::thread::current_shared() else { return false };
    if MAIN.set(me).is_err() {
        return true;
    }
    let mut sigs = match signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) {
        Ok(s) => s,
        Err(_) => return false,
    };
    WATCHED[SIGINT].store(true, SeqCst);
    let _ = HANDLE.set(sigs.handle());
    crate::sync::thread::Builder::new()
        .name("weft-signals".into())
        .spawn(move || {
            for sig in sigs.forever() {
                deliver(sig as usize);
            }
        })
        .is_ok()
}

/// What happens when signal `sig` arrives (watcher thread or `trip`).
fn deliver(sig: usize) {
    if sig == 0 || sig >= NSIG {
        return;
    }
    match DISP[sig].load(SeqCst) {
        DISP_IGN => {}
        DISP_PY => {
            PENDING[sig].store(true, SeqCst);
            if let Some(m) = MAIN.get() {
                breaker::set_bit(&m.breaker, breaker::SIGNALS_PENDING);
            }
        }
        _ => {
            crate::builtins::io::flush_stdout();
            let _ = signal_hook::low_level::emulate_default_handler(sig as i32);
        }
    }
}

/// Raises `sig` in this process as if it had arrived from outside
/// (`_thread.interrupt_main`).
pub fn trip(sig: i64) -> PyResult<()> {
    if sig < 1 || sig as usize >= NSIG {
        return Err(PyErr::value_error("signal number out of range"));
    }
    deliver(sig as usize);
    Ok(())
}

/// Consumes a pending SIGINT (and forgets other pending signals): true if
/// one had arrived. The prompt calls it before running an input.
pub fn take_pending() -> bool {
    let mut int = false;
    for (i, p) in PENDING.iter().enumerate() {
        if p.swap(false, SeqCst) && i == SIGINT {
            int = true;
        }
    }
    int
}

/// Is any signal waiting for its Python handler?
pub fn any_pending() -> bool {
    PENDING.iter().any(|p| p.load(SeqCst))
}

/// Runs the Python handlers of pending signals (main thread only; a no-op
/// elsewhere). A handler's exception propagates.
pub fn run_pending() -> PyResult<()> {
    if !on_main_thread() {
        return Ok(());
    }
    if let Some(m) = MAIN.get() {
        breaker::clear_bit(&m.breaker, breaker::SIGNALS_PENDING);
    }
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, SeqCst) {
            continue;
        }
        let h = HANDLERS.lock().get(sig).cloned().flatten();
        match h {
            None if sig == SIGINT => return Err(PyErr::new(ExcKind::KeyboardInterrupt, "")),
            None => {}
            Some(h) => {
                if crate::object::attr::callable(&h) {
                    ops::call(&h, &[Value::from_i64(sig as i64), Value::none()], None)?;
                }
            }
        }
    }
    Ok(())
}

/// The breaker poll's SIGNALS_PENDING handler: clears the bit and runs the
/// pending handlers (SIGINT's default raises KeyboardInterrupt).
#[cold]
pub fn take_interrupt(s: &ThreadShared) -> PyResult<()> {
    breaker::clear_bit(&s.breaker, breaker::SIGNALS_PENDING);
    if any_pending() {
        return run_pending();
    }
    Ok(())
}

/// Is the calling thread the one `install` registered?
pub fn on_main_thread() -> bool {
    match (MAIN.get(), crate::vm::thread::current_shared()) {
        (Some(m), Some(me)) => Arc::ptr_eq(m, &me),
        _ => false,
    }
}

/// Sleeps for `d` (detached); on the main thread, pending signal handlers
/// run every 20 ms and one that raises (Ctrl-C) cuts the sleep short.
pub fn sleep(d: std::time::Duration) -> PyResult<()> {
    if !on_main_thread() {
        crate::modules::time::sleep_detached(d);
        return Ok(());
    }
    let end = std::time::Instant::now() + d;
    loop {
        if any_pending() {
            run_pending()?;
        }
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(());
        }
        crate::modules::time::sleep_detached((end - now).min(std::time::Duration::from_millis(20)));
    }
}

// ---- the _signal module ----------------------------------------------------------

fn signum_arg(v: &Value) -> PyResult<usize> {
    let n = crate::builtins::args::int_arg(v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn default_int_handler_value() -> Value {
    static H: OnceLock<Value> = OnceLock::new();
    H.get_or_init(|| crate::object::func::new_builtin(&DEFAULT_INT_HANDLER, None)).clone()
}

static DEFAULT_INT_HANDLER: MethodDef =
    MethodDef { name: "default_int_handler", func: default_int_handler, kind: MethodKind::StaticMethod, doc: "" };

fn default_int_handler(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::KeyboardInterrupt, ""))
}

/// The current handler of `sig` as Python sees it.
fn handler_of(sig: usize) -> Value {
    if let Some(Some(h)) = HANDLERS.lock().get(sig) {
        return h.clone();
    }
    if sig == SIGINT && MAIN.get().is_some() {
        return default_int_handler_value();
    }
    Value::from_i64(DISP_DFL as i64)
}

fn s_signal(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_kw("signal", k)?;
    crate::builtins::args::check_count("signal", a, 2, 2)?;
    let sig = signum_arg(&a[0])?;
    let h = &a[1];
    let disp = match crate::object::int::to_i64(h) {
        Some(0) if !crate::object::attr::callable(h) => DISP_DFL,
        Some(1) if !crate::object::attr::callable(h) => DISP_IGN,
        _ if crate::object::attr::callable(h) => DISP_PY,
        _ => {
            return Err(PyErr::type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if !on_main_thread() {
        return Err(PyErr::value_error("signal only works in main thread of the main interpreter"));
    }
    if sig == 9 || sig == 19 {
        return Err(PyErr::new(ExcKind::OSError, "[Errno 22] Invalid argument"));
    }
    // The watcher must see the signal for any disposition other than the
    // OS default (ignoring is done by dropping it).
    if disp != DISP_DFL && !WATCHED[sig].swap(true, SeqCst) {
        match HANDLE.get() {
            Some(handle) => {
                if handle.add_signal(sig as i32).is_err() {
                    WATCHED[sig].store(false, SeqCst);
                    return Err(PyErr::new(ExcKind::OSError, "[Errno 22] Invalid argument"));
                }
            }
            None => {
                WATCHED[sig].store(false, SeqCst);
            }
        }
    }
    let old = handler_of(sig);
    // The replaced handler is dropped after the leaf mutex is released.
    let _replaced = {
        let mut hs = HANDLERS.lock();
        if hs.len() < NSIG {
            hs.resize(NSIG, None);
        }
        hs[sig].replace(h.clone())
    };
    DISP[sig].store(disp, SeqCst);
    Ok(old)
}

fn s_getsignal(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = crate::builtins::args::exactly_one("getsignal", a, k)?;
    Ok(handler_of(signum_arg(v)?))
}

fn s_raise_signal(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = crate::builtins::args::exactly_one("raise_signal", a, k)?;
    let sig = signum_arg(v)?;
    deliver(sig);
    // CPython runs the handler before raise_signal returns.
    if on_main_thread() && any_pending() {
        run_pending()?;
    }
    Ok(Value::none())
}

fn s_strsignal(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let v = crate::builtins::args::exactly_one("strsignal", a, k)?;
    let sig = signum_arg(v)?;
    let s = match sig {
        1 => "Hangup",
        2 => "Interrupt",
        3 => "Quit",
        4 => "Illegal instruction",
        6 => "Aborted",
        8 => "Floating point exception",
        9 => "Killed",
        10 => "User defined signal 1",
        11 => "Segmentation fault",
        12 => "User defined signal 2",
        13 => "Broken pipe",
        14 => "Alarm clock",
        15 => "Terminated",
        17 => "Child exited",
        _ => return Ok(Value::none()),
    };
    Ok(pystr::new_str(s))
}

static SIGNAL_FUNCTIONS: &[MethodDef] = &[
    MethodDef { name: "signal", func: s_signal, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "getsignal", func: s_getsignal, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "raise_signal", func: s_raise_signal, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "strsignal", func: s_strsignal, kind: MethodKind::Method, doc: "" },
];

/// Builds the `_signal` module.
pub fn make_signal_module() -> Value {
    let m = module::new_module("_signal");
    module::add_functions(&m, SIGNAL_FUNCTIONS);
    let d = module::module_dict(&m).expect("module");
    let set = |k: &str, v: Value| {
        let _ = d.set(pystr::intern(k), v);
    };
    set("default_int_handler", default_int_handler_value());
    set("SIG_DFL", Value::from_i64(0));
    set("SIG_IGN", Value::from_i64(1));
    set("NSIG", Value::from_i64(NSIG as i64));
    for (name, n) in [
        ("SIGHUP", 1),
        ("SIGINT", 2),
        ("SIGQUIT", 3),
        ("SIGILL", 4),
        ("SIGTRAP", 5),
        ("SIGABRT", 6),
        ("SIGIOT", 6),
        ("SIGBUS", 7),
        ("SIGFPE", 8),
        ("SIGKILL", 9),
        ("SIGUSR1", 10),
        ("SIGSEGV", 11),
        ("SIGUSR2", 12),
        ("SIGPIPE", 13),
        ("SIGALRM", 14),
        ("SIGTERM", 15),
        ("SIGCHLD", 17),
        ("SIGCONT", 18),
        ("SIGSTOP", 19),
        ("SIGTSTP", 20),
        ("SIGSTKFLT", 16),
        ("SIGTTIN", 21),
        ("SIGTTOU", 22),
        ("SIGURG", 23),
        ("SIGXCPU", 24),
        ("SIGXFSZ", 25),
        ("SIGVTALRM", 26),
        ("SIGPROF", 27),
        ("SIGWINCH", 28),
        ("SIGIO", 29),
        ("SIGPOLL", 29),
        ("SIGPWR", 30),
        ("SIGSYS", 31),
        ("SIGRTMIN", 34),
        ("SIGRTMAX", 64),
    ] {
        set(name, Value::from_i64(n));
    }
    m
}
