//! Design: DESIGN.md#interpreters
//!
//! Interpreters: the builtins module, `sys`, `sys.modules`, `__main__`,
//! the import path, atexit functions and import locks of one interpreter
//! (per-interpreter state), the registry of live interpreters (ids; the
//! main interpreter is 0), the calling thread's current interpreter
//! ([`interp`], a thread-local pointer) and switching a thread into another
//! interpreter for a call ([`with_interpreter`]). Also running modules and
//! the module-level import fallback (used when `builtins.__import__` is
//! absent).

use core::cell::{Cell, RefCell};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::str::{intern, new_str, to_rust_string};
use crate::object::{dict, module, ops, Value};
use crate::sync::{Arc, AtomicBool, AtomicI64, AtomicUsize, Mutex, OnceLock, Ordering};

/// An interpreter's configuration (`embed::InterpreterBuilder`).
#[derive(Clone, Debug)]
pub struct InterpConfig {
    pub gil: GilMode,
}

impl Default for InterpConfig {
    /// A new subinterpreter's defaults (PEP 684's isolated config).
    fn default() -> Self {
        InterpConfig { gil: GilMode::Own }
    }
}

/// Who created an interpreter (`Interpreter.whence`, as CPython's
/// `_interpreters.WHENCE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whence {
    Runtime = 1,
    Capi = 3,
    Stdlib = 5,
}

/// Whether an interpreter has its own GIL (DESIGN.md#gil). One binary,
/// one object code path: the GIL only schedules threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilMode {
    /// One thread of the interpreter runs bytecode at a time, handing off
    /// after the switch interval (default for `interpreters.create()`).
    Own,
    /// Threads run bytecode in parallel (default for the main interpreter).
    FreeThreaded,
}

pub struct Interpreter {
    /// 0 for the main interpreter; never reused.
    pub id: i64,
    pub whence: Whence,
    /// `GilMode::Own` iff `gil` is `Some`.
    pub gil_mode: GilMode,
    /// The interpreter's GIL; threads whose current interpreter this is
    /// hold it while ATTACHED (`vm::thread::attach/detach`).
    pub gil: Option<crate::sync::Arc<crate::vm::gil::Gil>>,
    /// The `builtins` module.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    builtins_dict: Value,
    /// The `sys` module's dict (`print` follows a replaced `sys.stdout`).
    sys_dict: Value,
    /// Directories searched by the import fallback (`sys.path` before the
    /// sys module exists).
    pub path: Mutex<Vec<String>>,
    /// `atexit.register`ed functions, run when the interpreter finishes.
    atexit: Mutex<Vec<(Value, Vec<Value>)>>,
    /// Modules being initialized (see `Initializing`).
    initializing: Mutex<Vec<(String, Arc<Initializing>)>>,
    /// `typing.Generic` stand-in for PEP 695 classes (vm/ops/typeparams.rs).
    pub generic_class: OnceLock<Value>,
    /// Classes created in this interpreter, one counted reference each
    /// (released when it closes; freed with their last instance).
    heap_types: Mutex<Vec<Value>>,
    /// Threads currently switched into this interpreter by
    /// `with_interpreter` (`is_running`; close refuses while > 0).
    running: AtomicUsize,
    /// Set by `close`: no thread may switch in any more.
    closed: AtomicBool,
    /// Threads started in this interpreter (`_thread.start_new_thread`,
    /// hence `threading`) that have not finished; `close` waits for 0.
    threads: ThreadCount,
}

/// How long `close` waits for threads started with `_thread` directly
/// (not `threading`, whose `_shutdown` it waits for without a limit) before
/// it gives up with InterpreterError "interpreter running" (DESIGN.md#interpreters).
pub const RAW_THREAD_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

pub use crate::vm::thread_count::ThreadCount;

/// The main interpreter, created on first use.
static MAIN: OnceLock<Arc<Interpreter>> = OnceLock::new();

/// Live subinterpreters (the main one is not listed here). A lock taken
/// only by create / close / look-up by id, never on an eval-loop path.
static REGISTRY: Mutex<Vec<Arc<Interpreter>>> = Mutex::new(Vec::new());

static NEXT_ID: AtomicI64 = AtomicI64::new(1);

/// `sys.argv` for the running program (set by the `weft` command before
/// the interpreter starts).
pub static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());

crate::sync::thread_local! {
    /// The calling thread's current interpreter; null means the main one.
    /// Points into an `Arc` held by `HOLD` (below) while non-null.
    static CURRENT: Cell<*const Interpreter> = const { Cell::new(core::ptr::null()) };
    /// The interpreters this thread is inside (innermost last): keeps each
    /// one alive while `CURRENT` may point at it.
    static HOLD: RefCell<Vec<Arc<Interpreter>>> = const { RefCell::new(Vec::new()) };
}

fn main_arc() -> &'static Arc<Interpreter> {
    MAIN.get_or_init(|| {
        let argv = ARGV.lock().clone();
        Arc::new(Interpreter::create(0, InterpConfig { gil: GilMode::FreeThreaded }, Whence::Runtime, argv, Vec::new()))
    })
}

/// The main interpreter.
pub fn main_interp() -> &'static Interpreter {
    main_arc()
}

/// The calling thread's current interpreter (the main one unless the
/// thread switched into another with [`with_interpreter`], or was started
/// by a thread of another interpreter). One thread-local load.
#[inline]
pub fn interp() -> &'static Interpreter {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return main_interp();
    }
    // SAFETY: a non-null CURRENT always points at the `Interpreter` inside
    // an `Arc` that this thread's HOLD stack owns (pushed before CURRENT is
    // set, popped only after CURRENT is restored, in `Switch`/`enter_thread`),
    // so the pointee is alive for as long as CURRENT names it. The
    // `'static` is the accessor's historical signature: callers use the
    // reference transiently and never keep it across a switch (a closed
    // interpreter is freed only when no thread holds it).
    unsafe { &*p }
}

/// The calling thread's current interpreter as an owned handle.
pub fn current_handle() -> Arc<Interpreter> {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return main_arc().clone();
    }
    HOLD.with(|h| h.borrow().last().cloned()).unwrap_or_else(|| main_arc().clone())
}

/// Makes `it` the calling thread's interpreter for the rest of the
/// thread's life (threads started from Python code run in the interpreter
/// that started them). Call before the thread first attaches.
pub fn enter_thread(it: Arc<Interpreter>) {
    if it.id == 0 {
        return;
    }
    let p = Arc::as_ptr(&it);
    let gil = it.gil.clone();
    HOLD.with(|h| h.borrow_mut().push(it));
    CURRENT.with(|c| c.set(p));
    crate::vm::thread::set_current_gil(gil);
}

impl Interpreter {
    /// A thread is about to be started in this interpreter (called by the
    /// starting thread, before the spawn, so `close` cannot miss it).
    pub fn thread_starting(&self) {
        self.threads.starting();
    }

    /// A thread started in this interpreter finished (or failed to start):
    /// it dropped every object it referenced.
    pub fn thread_finished(&self) {
        self.threads.finished();
    }

    /// Blocks (detached, so stop-the-world and the interpreter's own GIL
    /// hand-offs go on) until every thread started in it has finished, for
    /// at most `grace`; true if they all did.
    fn wait_for_threads(&self, grace: std::time::Duration) -> bool {
        // A thread started in this interpreter that switched out of it to
        // close it does not wait for itself.
        let me = HOLD.with(|h| h.borrow().first().is_some_and(|a| core::ptr::eq(Arc::as_ptr(a), self))) as usize;
        let deadline = std::time::Instant::now() + grace;
        crate::vm::thread::detached(|| self.threads.wait_at_most(me, deadline))
    }
}

/// `_thread.daemon_threads_allowed()`: false in subinterpreters, as in
/// CPython 3.13's isolated interpreter config (`threading.Thread` then
/// refuses `daemon=True`), so every thread a subinterpreter starts is one
/// its `close` waits for.
pub fn daemon_threads_allowed() -> bool {
    interp().id == 0
}

/// The error for an id that names no live interpreter (CPython's message).
pub fn not_found(id: i64) -> PyErr {
    crate::modules::interpreters::error(
        crate::modules::interpreters::ErrKind::NotFound,
        format!("unrecognized interpreter ID {}", id),
    )
}

/// The live interpreter `id` (0 is the main one).
pub fn lookup(id: i64) -> PyResult<Arc<Interpreter>> {
    if id == 0 {
        return Ok(main_arc().clone());
    }
    REGISTRY.lock().iter().find(|i| i.id == id).cloned().ok_or_else(|| not_found(id))
}

/// Ids of the live interpreters, main first, then in creation order.
pub fn list_ids() -> Vec<i64> {
    let mut v = vec![0];
    v.extend(REGISTRY.lock().iter().map(|i| i.id));
    v
}

/// Creates a subinterpreter with its own builtins, sys, sys.modules and
/// `__main__`; returns its id. Runs no Python code (cheap: DESIGN.md#interpreters).
pub fn create_interpreter(config: InterpConfig, whence: Whence) -> i64 {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let path = main_interp().path.lock().clone();
    let it = Arc::new(Interpreter::create(id, config, whence, vec![String::new()], path));
    REGISTRY.lock().push(it);
    id
}

/// Restores the thread's previous interpreter when dropped (also on
/// unwinding).
struct Switch {
    prev: *const Interpreter,
    saved_exc: Option<Value>,
}

impl Switch {
    fn enter(target: Arc<Interpreter>) -> Switch {
        // The handled exception (`sys.exc_info()`) is per thread; the
        // other interpreter starts with none and must not see ours.
        let saved_exc = crate::vm::eval::set_current_exception(None);
        let gil = target.gil.clone();
        let p = Arc::as_ptr(&target);
        HOLD.with(|h| h.borrow_mut().push(target));
        let prev = CURRENT.with(|c| c.replace(p));
        // Detaches (dropping our interpreter's GIL, if any), swaps in the
        // target's GIL, reattaches (taking it) if the thread was attached.
        crate::vm::thread::set_current_gil(gil);
        Switch { prev, saved_exc }
    }
}

impl Drop for Switch {
    fn drop(&mut self) {
        let _ = crate::vm::eval::set_current_exception(None);
        CURRENT.with(|c| c.set(self.prev));
        crate::vm::thread::set_current_gil(interp().gil.clone());
        let it = HOLD.with(|h| h.borrow_mut().pop());
        if let Some(it) = &it {
            it.running.fetch_sub(1, Ordering::SeqCst);
        }
        let _ = crate::vm::eval::set_current_exception(self.saved_exc.take());
        // The last reference to a closed interpreter may be ours: its
        // objects are freed here, attached, in the caller's interpreter.
        drop(it);
    }
}

/// Runs `f` on the calling thread switched into interpreter `id` (its
/// builtins, sys.modules, `__main__`, GIL), then switches back. `f` must
/// not return objects of the target interpreter (convert them to
/// `Shareable` or Rust data inside `f`). Errors: InterpreterNotFoundError
/// for an unknown or closed id.
pub fn with_interpreter<R>(id: i64, f: impl FnOnce() -> R) -> PyResult<R> {
    let target = lookup(id)?;
    if core::ptr::eq(Arc::as_ptr(&target), interp()) {
        return Ok(f());
    }
    // Announce ourselves before checking `closed`; `close` sets `closed`
    // before checking `running` (SeqCst both sides): one of us sees the other.
    target.running.fetch_add(1, Ordering::SeqCst);
    if target.closed.load(Ordering::SeqCst) {
        target.running.fetch_sub(1, Ordering::SeqCst);
        return Err(not_found(id));
    }
    #[cfg(debug_assertions)]
    let before = isolation::snapshot();
    let r = {
        let _switch = Switch::enter(target);
        f()
    };
    #[cfg(debug_assertions)]
    isolation::check(&before);
    Ok(r)
}

/// Is some thread running code in interpreter `id`?
pub fn is_running(id: i64) -> PyResult<bool> {
    let it = lookup(id)?;
    Ok(it.running.load(Ordering::Acquire) > 0)
}

/// Closes interpreter `id`: runs its atexit functions, clears its modules
/// and `__main__` (breaking the module/function/globals cycles) and drops
/// it from the registry; its memory is freed when the last thread holding
/// it lets go. Errors as CPython: the main or current interpreter, one
/// that is running, an unknown id.
pub fn close_interpreter(id: i64) -> PyResult<()> {
    use crate::modules::interpreters::{error, ErrKind};
    let it = lookup(id)?;
    if core::ptr::eq(Arc::as_ptr(&it), interp()) {
        return Err(error(ErrKind::Interp, "cannot destroy the current interpreter".into()));
    }
    if id == 0 {
        return Err(error(ErrKind::Interp, "cannot destroy the main interpreter".into()));
    }
    if it.closed.swap(true, Ordering::SeqCst) {
        return Err(not_found(id));
    }
    if it.running.load(Ordering::SeqCst) > 0 {
        it.closed.store(false, Ordering::SeqCst);
        return Err(error(ErrKind::Interp, "interpreter running".into()));
    }
    {
        // Wait for the threads it started itself (CPython's
        // `Py_EndInterpreter` calls `threading._shutdown` first): they run
        // against its modules, which `finalize` clears. Entry by id is
        // already refused (`closed`); they keep their queues meanwhile.
        // (Switch's drop gives the `running` count back.)
        it.running.fetch_add(1, Ordering::SeqCst);
        let switch = Switch::enter(it.clone());
        shutdown_threads();
        drop(switch);
    }
    // Then for the rest: threads started with `_thread.start_new_thread`
    // directly (CPython 3.13 aborts the process here: "Py_EndInterpreter:
    // not the last thread"). Waited for outside the interpreter, so they
    // can take its GIL, for at most RAW_THREAD_GRACE: one that does not end
    // makes close fail as for a running interpreter, and the interpreter
    // stays usable (it can be closed again once the thread is done).
    if !it.wait_for_threads(RAW_THREAD_GRACE) {
        it.closed.store(false, Ordering::SeqCst);
        return Err(error(ErrKind::Interp, "interpreter running".into()));
    }
    REGISTRY.lock().retain(|i| i.id != id);
    // Items it left in queues and channels become unbound (PEP 734).
    crate::xi::interpreter_destroyed(id as u64);
    crate::object::exc::forget_sources_of(id);
    {
        it.running.fetch_add(1, Ordering::SeqCst);
        let _switch = Switch::enter(it.clone());
        it.finalize();
    }
    Ok(())
}

/// Waits for the current interpreter's non-daemon threads
/// (`threading._shutdown`, if it imported `threading`); an exception is
/// reported as CPython reports one at exit and otherwise ignored.
pub fn shutdown_threads() {
    let it = interp();
    let Ok(Some(t)) = dict::dict_get(&it.modules, &intern("threading")) else { return };
    let Ok(f) = crate::object::ops::getattr(&t, &intern("_shutdown")) else { return };
    if let Err(e) = crate::object::ops::call(&f, &[], None) {
        crate::modules::sys::flush_std_streams();
        let text = crate::object::exc::format_exception(&e.value());
        eprint!("Exception ignored on threading shutdown:\n{}", text);
    }
}

/// The builtins module's contents as a process-wide template: interned
/// (immortal) names with either a builtin function's definition (a new
/// function object bound to each interpreter's module) or an immortal
/// value (static types, singletons). Built once from the builtins
/// module's own tables, so a subinterpreter's builtins cost one dict
/// insert per name and one allocation per function (interp_spawn).
struct BuiltinsTemplate {
    funcs: Vec<(Value, &'static crate::object::typeobj::MethodDef)>,
    values: Vec<(Value, Value)>,
}

fn builtins_template() -> &'static BuiltinsTemplate {
    static T: OnceLock<BuiltinsTemplate> = OnceLock::new();
    T.get_or_init(|| {
        let funcs = crate::builtins::BUILTIN_FUNCTIONS.iter().map(|d| (intern(d.name), d)).collect();
        let values = crate::builtins::entries()
            .into_iter()
            .map(|(n, v)| {
                debug_assert!(v.header().map_or(true, |h| h.is_immortal()), "builtins.{} is not immortal", n);
                (intern(n), v)
            })
            .collect();
        BuiltinsTemplate { funcs, values }
    })
}

/// `module::new_module(name)` with room for `n` names (no resizing while
/// it is filled).
pub fn new_module_sized(name: &str, n: usize) -> Value {
    let d = crate::object::handle::PyObject::alloc(&dict::DICT_TYPE, dict::PyDict { core: dict::DictCore::with_capacity(n) });
    let c = dict::core(&d).expect("dict");
    let _ = c.set(intern("__name__"), new_str(name));
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        let _ = c.set(intern(k), Value::none());
    }
    module::new_module_with_dict(d)
}

/// Fills a subinterpreter's builtins module from the template (what
/// `builtins::init_builtins` puts there, without the attribute protocol
/// and interning).
fn fill_builtins(module: &Value) {
    let t = builtins_template();
    let d = module::module_dict(module).expect("module dict");
    for (k, def) in &t.funcs {
        let _ = d.set(k.clone(), crate::object::func::new_builtin(def, Some(module.clone())));
    }
    for (k, v) in &t.values {
        let _ = d.set(k.clone(), v.clone());
    }
}

impl Interpreter {
    fn create(id: i64, config: InterpConfig, whence: Whence, argv: Vec<String>, path: Vec<String>) -> Interpreter {
        let builtins = if id == 0 {
            module::new_module("builtins")
        } else {
            let t = builtins_template();
            new_module_sized("builtins", t.funcs.len() + t.values.len() + 8)
        };
        let builtins_dict = module::module_dict_value(&builtins).expect("module dict");
        let modules = dict::new_dict();
        let _ = dict::dict_set(&modules, intern("builtins"), builtins.clone());
        if id == 0 {
            crate::object::class::set_class_body_runner(crate::vm::eval::run_class_body);
            if let Err(e) = crate::builtins::init_builtins(&builtins) {
                eprintln!("weft: initialising builtins failed: {}", e);
            }
        } else {
            fill_builtins(&builtins);
        }
        let sys = crate::modules::sys::make_sys_module_with(argv, modules.clone(), path.clone());
        let sys_dict = module::module_dict_value(&sys).expect("module dict");
        let _ = dict::dict_set(&modules, intern("sys"), sys);
        let atexit = module::new_module("atexit");
        module::add_functions(&atexit, &ATEXIT_METHODS);
        let _ = dict::dict_set(&modules, intern("atexit"), atexit);
        let gil = if id == 0 {
            crate::vm::gil::main_gil().cloned()
        } else {
            match config.gil {
                GilMode::Own => Some(Arc::new(crate::vm::gil::Gil::new())),
                GilMode::FreeThreaded => None,
            }
        };
        let gil_mode = if gil.is_some() { GilMode::Own } else { GilMode::FreeThreaded };
        if id != 0 {
            // A subinterpreter's `__main__` exists from the start (exec runs there).
            let m = module::new_module("__main__");
            let d = module::module_dict_value(&m).expect("module dict");
            let _ = dict::dict_set(&d, intern("__builtins__"), builtins.clone());
            let _ = dict::dict_set(&modules, intern("__main__"), m);
        }
        Interpreter {
            id,
            whence,
            gil_mode,
            gil,
            builtins,
            modules,
            builtins_dict,
            sys_dict,
            path: Mutex::new(path),
            atexit: Mutex::new(Vec::new()),
            initializing: Mutex::new(Vec::new()),
            generic_class: OnceLock::new(),
            heap_types: Mutex::new(Vec::new()),
            running: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
            threads: ThreadCount::new(),
        }
    }

    pub fn builtins_dict(&self) -> &dict::DictCore {
        dict::core(&self.builtins_dict).expect("dict")
    }

    pub fn builtins_dict_value(&self) -> Value {
        self.builtins_dict.clone()
    }

    /// The `sys` module's dict.
    pub fn sys_dict(&self) -> &Value {
        &self.sys_dict
    }

    /// The `__main__` module's dict (created on first use).
    pub fn main_dict(&self) -> PyResult<Value> {
        let key = intern("__main__");
        if let Some(m) = dict::dict_get(&self.modules, &key)? {
            if let Some(d) = module::module_dict_value(&m) {
                return Ok(d);
            }
        }
        let m = module::new_module("__main__");
        let d = module::module_dict_value(&m).expect("module dict");
        dict::dict_set(&d, intern("__builtins__"), self.builtins.clone())?;
        dict::dict_set(&self.modules, key, m)?;
        Ok(d)
    }

    /// Tears the interpreter's object graph down (run switched into it):
    /// atexit functions, then every module's dict, `sys.modules`, the
    /// builtins. What stays reachable afterwards is only what other live
    /// objects of this interpreter still reference (none, once the last
    /// thread lets go).
    fn finalize(&self) {
        run_exit_funcs();
        let mods = dict::dict_items(&self.modules);
        for (_, m) in mods.iter() {
            if m.is(&self.builtins) {
                continue;
            }
            if let Some(d) = module::module_dict(m) {
                d.clear();
            }
        }
        dict::dict_clear(&self.modules);
        drop(mods);
        let types = core::mem::take(&mut *self.heap_types.lock());
        for ty in &types {
            if let Some(t) = ty.as_type() {
                crate::object::class::release_heap_type(crate::object::class::static_type(t));
            }
        }
        // Classes without instances left are freed here; the others with
        // their last instance (`refcount::free_now`).
        drop(types);
        *self.path.lock() = Vec::new();
        self.initializing.lock().clear();
        if let Some(d) = dict::core(&self.sys_dict) {
            d.clear();
        }
        self.builtins_dict().clear();
    }
}

/// Whether a class created now is counted (mortal): those of
/// subinterpreters are, the main interpreter's are immortal.
pub fn classes_are_mortal() -> bool {
    interp().id != 0
}

/// Records a class created by the calling thread's current interpreter
/// (object/class.rs calls it), so closing the interpreter clears it. A
/// mortal class (`classes_are_mortal` said so) hands over its first
/// reference. The main interpreter's classes live until the process ends.
pub fn note_heap_type(ty: &'static crate::object::typeobj::PyType, mortal: bool) {
    if mortal {
        // SAFETY: a mortal class is created with count 1 (`type_new`),
        // the reference given to this list.
        let v = unsafe { Value::from_raw_steal(ty as *const crate::object::typeobj::PyType as usize) };
        interp().heap_types.lock().push(v);
    }
}

/// Debug-build isolation checks at every interpreter crossing
/// (DESIGN.md#interpreters): after `with_interpreter` returns, none of the
/// caller's modules may have become reachable from the target's
/// `sys.modules`, and the target's modules from the caller's.
#[cfg(debug_assertions)]
mod isolation {
    use super::*;

    pub(super) struct Snap {
        modules: Value,
    }

    pub(super) fn snapshot() -> Snap {
        Snap { modules: interp().modules.clone() }
    }

    pub(super) fn check(before: &Snap) {
        let mine = interp();
        debug_assert!(before.modules.is(&mine.modules), "switch did not restore the caller's interpreter");
        let mine_vals = dict::dict_values(&mine.modules);
        for other in REGISTRY.lock().iter() {
            if core::ptr::eq(Arc::as_ptr(other), mine) {
                continue;
            }
            for v in dict::dict_values(&other.modules) {
                debug_assert!(
                    !mine_vals.iter().any(|m| m.is(&v)),
                    "a module of one interpreter is in another's sys.modules"
                );
            }
        }
    }
}

/// Puts the script's directory first on the import path (`sys.path[0]`).
pub fn set_script_dir(dir: &str) {
    let it = interp();
    it.path.lock().insert(0, dir.to_string());
    if let Ok(Some(sys)) = dict::dict_get(&it.modules, &intern("sys")) {
        if let Ok(p) = ops::getattr(&sys, &intern("path")) {
            if crate::object::list::is_list(&p) {
                crate::object::list::insert(&p, 0, new_str(dir));
            }
        }
    }
}

/// Directories the import fallback searches: `sys.path` when it is a list
/// of strs, else the interpreter's own path.
fn search_path() -> Vec<String> {
    let it = interp();
    if let Ok(Some(sys)) = dict::dict_get(&it.modules, &intern("sys")) {
        if let Ok(p) = ops::getattr(&sys, &intern("path")) {
            if crate::object::list::is_list(&p) {
                return crate::object::list::snapshot(&p)
                    .iter()
                    .filter(|v| crate::object::str::is_str(v))
                    .map(to_rust_string)
                    .collect();
            }
        }
    }
    it.path.lock().clone()
}

// ---- atexit -------------------------------------------------------------------

fn atexit_register(_m: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(PyErr::type_error("atexit.register() keyword arguments are not supported"));
    }
    let Some(f) = args.first() else {
        return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
    };
    interp().atexit.lock().push((f.clone(), args[1..].to_vec()));
    Ok(f.clone())
}

fn atexit_unregister(_m: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if let Some(f) = args.first() {
        interp().atexit.lock().retain(|(g, _)| !g.is(f));
    }
    Ok(Value::none())
}

fn atexit_run(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    run_exit_funcs();
    Ok(Value::none())
}

static ATEXIT_METHODS: [crate::object::typeobj::MethodDef; 3] = [
    crate::object::typeobj::MethodDef {
        name: "register",
        func: atexit_register,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
    crate::object::typeobj::MethodDef {
        name: "unregister",
        func: atexit_unregister,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
    crate::object::typeobj::MethodDef {
        name: "_run_exitfuncs",
        func: atexit_run,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
];

/// Runs the `atexit` functions, last registered first; an exception is
/// reported as CPython does ("Exception ignored in atexit callback").
pub fn run_exit_funcs() {
    loop {
        let Some((f, args)) = interp().atexit.lock().pop() else { break };
        if let Err(e) = ops::call(&f, &args, None) {
            crate::builtins::io::flush_stdout();
            let r = ops::repr_string(&f).unwrap_or_default();
            eprintln!("Exception ignored in atexit callback: {}", r);
            eprint!("{}", crate::object::exc::format_exception(&e.value()));
        }
    }
}

/// A fresh `__main__`-style module dict named `name` with `__builtins__`.
pub fn new_module_globals(name: &str) -> Value {
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    let _ = dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone());
    d
}

/// Compiles and runs `source` as module `name` (registered in
/// `sys.modules` before running, removed again on failure).
pub fn exec_module_source(name: &str, source: &str, filename: &str) -> PyResult<Value> {
    let code = compile_or_raise(source, filename, crate::compile::Mode::Exec)?;
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone())?;
    dict::dict_set(&d, intern("__file__"), new_str(filename))?;
    let modules = &interp().modules;
    dict::dict_set(modules, new_str(name), m.clone())?;
    if let Err(e) = crate::vm::eval::eval_code(&code, &d, None) {
        let _ = dict::core(modules).expect("dict").remove(&new_str(name));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dict::dict_get(modules, &new_str(name))?.unwrap_or(m))
}

/// Compiles (registering the source for tracebacks), turning a
/// CompileError into a raised SyntaxError. The one compile path of `weft`,
/// `exec`/`eval`/`compile()` and imports.
pub fn compile_or_raise(source: &str, filename: &str, mode: crate::compile::Mode) -> PyResult<Value> {
    crate::object::exc::register_source(filename, source);
    crate::compile::compile(source, filename, mode).map_err(|e| {
        crate::object::exc::syntax_error(
            e.kind,
            &e.msg,
            &e.filename,
            e.lineno,
            e.offset,
            e.text.as_deref(),
            e.end_lineno,
            e.end_offset,
        )
    })
}

/// The file a module name resolves to on the search path, and whether it
/// is a package (`__init__.py`).
pub fn find_module_file(name: &str) -> Option<(String, bool)> {
    let rel = name.replace('.', "/");
    let mut dirs = search_path();
    if dirs.is_empty() {
        dirs.push(".".into());
    }
    for d in dirs {
        let pkg = format!("{}/{}/__init__.py", d, rel);
        if std::path::Path::new(&pkg).is_file() {
            return Some((pkg, true));
        }
        let f = format!("{}/{}.py", d, rel);
        if std::path::Path::new(&f).is_file() {
            return Some((f, false));
        }
    }
    None
}

/// Modules being initialized, by name: (the initializing thread's tid,
/// set when done). A thread importing a module another thread is still
/// running waits for it (detached) instead of seeing it half-initialized,
/// as CPython's per-module import locks; the initializing thread itself
/// (a circular import) gets the partial module, as in CPython. Lazy
/// imports resolving on several threads at once rely on this.
struct Initializing {
    owner: usize,
    done: crate::sync::Mutex<bool>,
    cv: crate::sync::Condvar,
}


/// Waits while another thread initializes `name`.
fn wait_for_init(name: &str) {
    let me = crate::vm::thread::current_tid();
    let entry = interp().initializing.lock().iter().find(|(n, _)| n == name).map(|(_, e)| e.clone());
    if let Some(e) = entry {
        if e.owner != me {
            crate::vm::thread::detached(|| {
                let mut done = e.done.lock();
                while !*done {
                    done = e.cv.wait(done);
                }
            });
        }
    }
}

/// Imports the absolute dotted `name`, returning the leaf module.
pub fn import_absolute(name: &str) -> PyResult<Value> {
    let modules = &interp().modules;
    if let Some(m) = dict::dict_get(modules, &new_str(name))? {
        wait_for_init(name);
        return Ok(dict::dict_get(modules, &new_str(name))?.unwrap_or(m));
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        let pm = import_absolute(parent)?;
        if let Some(m) = dict::dict_get(modules, &new_str(name))? {
            return Ok(m);
        }
        if ops::getattr(&pm, &intern("__path__")).is_err() {
            let msg = format!("No module named '{}'; '{}' is not a package", name, parent);
            return Err(crate::object::exc::import_error(true, msg, name, None, None));
        }
    }
    let not_found = || {
        crate::object::exc::import_error(true, format!("No module named '{}'", name), name, None, None)
    };
    // Native modules without a file come first, as CPython's built-ins.
    if let Some(m) = crate::modules::frozen::native_module(name) {
        dict::dict_set(modules, new_str(name), m.clone())?;
        return Ok(m);
    }
    // Then the path; frozen library modules (src/lib) come after it.
    let (src, file, is_pkg, frozen) = match find_module_file(name) {
        Some((file, is_pkg)) => (std::fs::read_to_string(&file).map_err(|_| not_found())?, file, is_pkg, false),
        None => {
            let f = crate::modules::frozen::find(name).ok_or_else(not_found)?;
            (f.source.to_string(), crate::modules::frozen::filename(name), f.is_package, true)
        }
    };
    let code = compile_or_raise(&src, &file, crate::compile::Mode::Exec)?;
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone())?;
    if !frozen {
        dict::dict_set(&d, intern("__file__"), new_str(&file))?;
    }
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|p| p.0.to_string()).unwrap_or_default() };
    dict::dict_set(&d, intern("__package__"), new_str(&package))?;
    if is_pkg {
        // A frozen package's submodules are found by their dotted names.
        let path = if frozen { Vec::new() } else { vec![new_str(file.trim_end_matches("/__init__.py"))] };
        dict::dict_set(&d, intern("__path__"), crate::object::list::new_list(path))?;
    }
    let init = {
        let mut table = interp().initializing.lock();
        // Another thread got here first: wait for it, then use its module.
        if table.iter().any(|(n, _)| n == name) {
            drop(table);
            wait_for_init(name);
            if let Some(m) = dict::dict_get(modules, &new_str(name))? {
                return Ok(m);
            }
            return import_absolute(name);
        }
        let e = crate::sync::Arc::new(Initializing {
            owner: crate::vm::thread::current_tid(),
            done: crate::sync::Mutex::new(false),
            cv: crate::sync::Condvar::new(),
        });
        table.push((name.to_string(), e.clone()));
        // Registered under the table lock, so a thread that finds the
        // module in sys.modules also finds its entry.
        dict::dict_set(modules, new_str(name), m.clone())?;
        e
    };
    let result = crate::vm::eval::eval_code(&code, &d, None);
    if result.is_err() {
        let _ = dict::core(modules).expect("dict").remove(&new_str(name));
    }
    interp().initializing.lock().retain(|(n, e)| !(n == name && crate::sync::Arc::ptr_eq(e, &init)));
    *init.done.lock() = true;
    init.cv.notify_all();
    result?;
    let m = dict::dict_get(modules, &new_str(name))?.unwrap_or(m);
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        if let Some(p) = dict::dict_get(modules, &new_str(parent))? {
            let _ = ops::setattr(&p, &new_str(leaf), Some(&m));
        }
    }
    Ok(m)
}

/// IMPORT_NAME without `builtins.__import__`: CPython's
/// `importlib.__import__` rules for level, fromlist and the returned
/// (top-level or leaf) module.
pub fn import_module_level(name: &Value, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name_s = to_rust_string(name);
    let level = level.as_small_int().unwrap_or(0);
    let full = if level > 0 {
        let pkg = dict::dict_get(globals, &intern("__package__"))?
            .filter(|p| !p.is_none())
            .map(|p| to_rust_string(&p))
            .or_else(|| {
                let n = dict::dict_get(globals, &intern("__name__")).ok().flatten()?;
                let n = to_rust_string(&n);
                let is_pkg = dict::dict_get(globals, &intern("__path__")).ok().flatten().is_some();
                Some(if is_pkg { n } else { n.rsplit_once('.').map(|p| p.0.to_string()).unwrap_or_default() })
            })
            .unwrap_or_default();
        if pkg.is_empty() {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        let mut base = pkg.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"))
                }
            }
        }
        if name_s.is_empty() {
            base.to_string()
        } else {
            format!("{}.{}", base, name_s)
        }
    } else {
        name_s.clone()
    };
    let leaf = import_absolute(&full)?;
    let has_fromlist = !fromlist.is_none() && ops::is_true(fromlist)?;
    if has_fromlist {
        // Submodules named in the fromlist of a package.
        if dict::dict_get(&module::module_dict_value(&leaf).unwrap_or_else(dict::new_dict), &intern("__path__"))?.is_some() {
            for item in ops::collect(fromlist)? {
                let s = to_rust_string(&item);
                if s != "*" && ops::getattr(&leaf, &item).is_err() {
                    let _ = import_absolute(&format!("{}.{}", full, s));
                }
            }
        }
        return Ok(leaf);
    }
    if level == 0 {
        let top = name_s.split('.').next().unwrap_or("");
        return import_absolute(top);
    }
    if name_s.is_empty() {
        return Ok(leaf);
    }
    // `from . import x` style handled above; `import .a.b` is not syntax.
    let cut = full.len() - name_s.len() + name_s.split('.').next().unwrap_or("").len();
    import_absolute(&full[..cut])
}
