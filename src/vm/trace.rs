//! Design: DESIGN.md#tracing
//!
//! `sys.settrace` / `sys.setprofile` on instrumented dispatch.
//!
//! The eval loop exists twice (`eval::run_loop::<TRACED>`): with
//! `TRACED = false` it has no tracing code at all; with `TRACED = true`
//! it calls the hooks below before each instruction, around native calls,
//! on returns and while unwinding. Which copy a thread runs follows
//! `instrumented()` (some thread has a trace or profile function): setting
//! or clearing a thread's first/last function stops the world, changes the
//! count and sets the `INSTRUMENT` breaker bit on every thread; each thread
//! re-checks the mode at its next poll (RESUME, back-edge) and switches
//! loops there (`eval::run` resumes the frame at the polling instruction in
//! the other copy). New activations pick the copy at entry.
//!
//! Per thread (thread-locals, written only by their thread): the trace and
//! profile functions, `ACTIVE` (a function is set and no trace call is
//! running on this thread: trace functions are not traced), the frame
//! object of the innermost traced frame (`cur`, the `f_back` of the next
//! activation's bottom frame) and a cache of per-code line tables.
//!
//! Events follow CPython 3.13's legacy tracing (built on sys.monitoring):
//! 'call' at RESUME (also on each generator resume; the global trace
//! function's result becomes `f_trace`), 'line' when an instruction that
//! starts a line is reached from another line (or right after RESUME), and
//! on every backward jump; 'return' on return and yield (None when an
//! exception leaves the frame), 'exception' in each frame an exception is
//! raised in or propagates into (not for bare `raise`/RERAISE); profile
//! 'call'/'return', and 'c_call'/'c_return'/'c_exception' around CALLs of
//! builtin functions and method descriptors. List/set/dict comprehensions
//! are functions in Weft but inlined in CPython 3.13: their frames are
//! transparent (no call/return; their lines go to the enclosing frame).

#![forbid(unsafe_code)]

use core::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{CodeObject, Opcode};
use crate::error::{PyErr, PyResult};
use crate::object::frameobj::{new_frame, PyFrameObject, NO_LINE};
use crate::object::str::intern;
use crate::object::{dict, Value};
use crate::sync::{AtomicUsize, Ordering::Relaxed};
use crate::vm::frame::Activation;

/// Breaker bit: re-check the dispatch mode (`instrumented()`).
pub const INSTRUMENT: usize = crate::vm::breaker::INSTRUMENT;

/// Threads that have a trace or profile function. Changed only with the
/// world stopped (`set_functions`), read with one relaxed load when an
/// activation starts and at breaker polls.
static INSTRUMENTED: AtomicUsize = AtomicUsize::new(0);

/// Some thread traces or profiles: run instrumented dispatch.
#[inline]
pub fn instrumented() -> bool {
    INSTRUMENTED.load(Relaxed) != 0
}

/// Per-code line facts for line events.
struct LineInfo {
    /// Line of each word (0: none).
    lines: Vec<u32>,
    /// The word starts a line: its line differs from the previous
    /// instruction's, or it is a jump or handler target (CPython's
    /// `initialize_lines`).
    start: Vec<bool>,
    /// A list/set/dict comprehension (inlined in CPython 3.13).
    transparent: bool,
}

struct TraceState {
    trace: Option<Value>,
    profile: Option<Value>,
    /// This thread is counted in `INSTRUMENTED`.
    counted: bool,
    /// Frame object of the innermost frame run by instrumented dispatch.
    cur: Option<Value>,
    /// `cur` when each enclosing instrumented activation started: the
    /// `f_back` of that activation's bottom frame.
    outer: Vec<Option<Value>>,
    lines: HashMap<usize, (Value, Rc<LineInfo>)>,
}

impl Drop for TraceState {
    fn drop(&mut self) {
        if self.counted {
            // An exiting thread stops counting; others switch back to
            // plain dispatch at their next poll.
            INSTRUMENTED.fetch_sub(1, Relaxed);
            crate::vm::breaker::set_bit_all(INSTRUMENT);
        }
    }
}

crate::sync::thread_local! {
    static TS: RefCell<TraceState> = RefCell::new(TraceState {
        trace: None,
        profile: None,
        counted: false,
        cur: None,
        outer: Vec::new(),
        lines: HashMap::new(),
    });
    /// A trace or profile function is set and none is running.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// This thread delivers events now.
#[inline]
pub fn active() -> bool {
    ACTIVE.try_with(|a| a.get()).unwrap_or(false)
}

fn refresh_active(busy: bool) {
    let has = TS.with(|t| {
        let t = t.borrow();
        t.trace.is_some() || t.profile.is_some()
    });
    ACTIVE.with(|a| a.set(has && !busy));
}

pub fn gettrace() -> Option<Value> {
    TS.with(|t| t.borrow().trace.clone())
}

pub fn getprofile() -> Option<Value> {
    TS.with(|t| t.borrow().profile.clone())
}

/// `sys.settrace(f)`.
pub fn settrace(f: Option<Value>) {
    set_functions(Some(f.filter(|f| !f.is_none())), None);
}

/// `sys.setprofile(f)`.
pub fn setprofile(f: Option<Value>) {
    set_functions(None, Some(f.filter(|f| !f.is_none())));
}

/// Replaces this thread's trace and/or profile function. When the thread
/// starts or stops having one, the world is stopped while the count of
/// instrumented threads changes and every thread is asked to re-check its
/// dispatch mode.
fn set_functions(trace: Option<Option<Value>>, profile: Option<Option<Value>>) {
    let (old_t, old_p, was, now) = TS.with(|t| {
        let mut t = t.borrow_mut();
        let was = t.counted;
        let old_t = trace.map(|f| core::mem::replace(&mut t.trace, f));
        let old_p = profile.map(|f| core::mem::replace(&mut t.profile, f));
        let now = t.trace.is_some() || t.profile.is_some();
        t.counted = now;
        (old_t, old_p, was, now)
    });
    // Old functions are dropped outside the borrow (a decref may run code).
    drop((old_t, old_p));
    if was != now {
        let _world = crate::vm::stw::stop_the_world(crate::vm::stw::Scope::Interpreter(0));
        if now {
            INSTRUMENTED.fetch_add(1, Relaxed);
        } else {
            INSTRUMENTED.fetch_sub(1, Relaxed);
        }
        crate::vm::breaker::set_bit_all(INSTRUMENT);
    }
    let busy = BUSY.with(|b| b.get());
    refresh_active(busy);
}

crate::sync::thread_local! {
    /// A trace or profile function is running on this thread.
    static BUSY: Cell<bool> = const { Cell::new(false) };
}

/// An instrumented activation starts: remembers the caller's frame object.
pub fn enter_activation() {
    let _ = TS.try_with(|t| {
        let mut t = t.borrow_mut();
        let c = t.cur.clone();
        t.outer.push(c);
    });
}

/// The instrumented activation ends: the caller's frame is current again.
pub fn leave_activation() {
    let _ = TS.try_with(|t| {
        let mut t = t.borrow_mut();
        let c = t.outer.pop().flatten();
        let old = core::mem::replace(&mut t.cur, c);
        drop(t);
        drop(old);
    });
}

fn line_info(code_v: &Value, code: &CodeObject) -> Rc<LineInfo> {
    let key = code_v.raw();
    if let Some(i) = TS.with(|t| t.borrow().lines.get(&key).map(|(_, i)| i.clone())) {
        return i;
    }
    let n = code.words.len();
    let mut lines = vec![0u32; n];
    let mut start = vec![false; n];
    let insts = code.instructions();
    // Offset of the real instruction each word group ends in (jumps may
    // target an EXTENDED_ARG prefix).
    let mut real = vec![0usize; n + 1];
    let mut group_start = 0usize;
    for &(off, op, _) in &insts {
        let off = off as usize;
        if op != Opcode::ExtendedArg {
            for r in real.iter_mut().take(off + 1).skip(group_start) {
                *r = off;
            }
            group_start = off + 1;
        }
    }
    let mut cur = u32::MAX;
    let mut seen_resume = false;
    for &(off, op, arg) in &insts {
        let off = off as usize;
        if op == Opcode::ExtendedArg {
            continue;
        }
        let mut line = code.location(off as u32).line;
        match op {
            // Instructions before the first RESUME are not traceable; the
            // first one after it always starts a line.
            Opcode::Resume if !seen_resume => {
                seen_resume = true;
                cur = u32::MAX;
            }
            Opcode::Resume | Opcode::EndSend | Opcode::EndAsyncFor => {}
            // CPython gives a loop's back-edge the line of the body's last
            // instruction; Weft's compiler gives it the loop header's.
            // Tracing uses CPython's (it never starts a line).
            Opcode::JumpBackward if cur != u32::MAX => line = cur,
            _ if !seen_resume => {}
            _ => {
                if line != cur && line > 0 {
                    start[off] = true;
                }
                cur = line;
            }
        }
        lines[off] = line;
        if op.is_jump() && (arg as usize) < n {
            let t = real[arg as usize];
            start[t] = true;
        }
    }
    for e in code.exceptiontable.iter() {
        if (e.target as usize) < n {
            start[real[e.target as usize]] = true;
        }
    }
    // Jump and handler targets without a line, or which cannot start one:
    for (i, s) in start.iter_mut().enumerate() {
        if *s && lines[i] == 0 {
            *s = false;
        }
    }
    let transparent = transparent_code(code);
    let info = Rc::new(LineInfo { lines, start, transparent });
    TS.with(|t| {
        let mut t = t.borrow_mut();
        if t.lines.len() > 4096 {
            t.lines.clear();
        }
        t.lines.insert(key, (code_v.clone(), info.clone()));
    });
    info
}

/// A comprehension's frame, which shares its caller's frame object.
fn transparent_code(code: &CodeObject) -> bool {
    matches!(
        crate::object::str::as_str(&code.name).as_deref(),
        Some("<listcomp>") | Some("<setcomp>") | Some("<dictcomp>")
    )
}

/// Decided from the code's name, not through `line_info`: that cache holds
/// a reference to every code object it saw (up to 4,096 per thread), so
/// `sys._getframe` at module level kept each module's code (and all it
/// references) alive — `import types` in a subinterpreter left ~42 KiB per
/// closed interpreter in the closing thread's cache (DESIGN.md#interpreters).
fn is_transparent(code_v: &Value) -> bool {
    transparent_code(code_v.downcast::<CodeObject>().expect("code"))
}

/// The locals mapping of frame `i`: the namespace of module and class
/// bodies, a snapshot dict of a function's bound fast locals.
fn locals_of(act: &Activation, i: usize) -> Value {
    use crate::bytecode::code::local_kind;
    let f = &act.frames[i];
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let code = f.code.downcast::<CodeObject>().expect("code");
    let d = dict::new_dict();
    for (j, (name, kind)) in code.localsplusnames.iter().zip(code.localspluskinds.iter()).enumerate() {
        if kind & local_kind::HIDDEN != 0 {
            continue;
        }
        let Some(Some(v)) = act.stack.get(f.base + j).cloned() else { continue };
        let v = if kind & (local_kind::CELL | local_kind::FREE) != 0 && v.downcast::<crate::object::func::PyCell>().is_some() {
            match crate::object::func::cell_get(&v) {
                Some(x) => x,
                None => continue,
            }
        } else {
            v
        };
        let _ = dict::dict_set(&d, name.clone(), v);
    }
    d
}

/// The frame object of frame `i` of `act`, created (with its callers') on
/// first use and cached in the frame. A transparent comprehension frame
/// shares its caller's.
pub fn ensure_fobj(act: &mut Activation, i: usize) -> Value {
    if let Some(f) = &act.frames[i].fobj {
        return f.clone();
    }
    if i > 0 && is_transparent(&act.frames[i].code) {
        let p = ensure_fobj(act, i - 1);
        act.frames[i].fobj = Some(p.clone());
        return p;
    }
    let back = if i > 0 {
        Some(ensure_fobj(act, i - 1))
    } else {
        TS.with(|t| t.borrow().outer.last().cloned().flatten())
    };
    let locals = locals_of(act, i);
    let f = &act.frames[i];
    let fo = new_frame(f.code.clone(), f.globals().clone(), f.builtins().clone(), back, Some(locals), f.lasti as u32);
    act.frames[i].fobj = Some(fo.clone());
    fo
}

fn fobj_of(v: &Value) -> &PyFrameObject {
    v.downcast::<PyFrameObject>().expect("frame object")
}

/// `sys._getframe(depth)` from the CALL handler (the calling frame is
/// `act`'s top frame; its `lasti` was stored before the CALL).
pub fn getframe(act: &mut Activation, depth: i64) -> PyResult<Value> {
    let n = act.frames.len();
    let mut f = ensure_fobj(act, n - 1);
    // Frames of this activation: bring lines and locals up to date.
    for i in 0..n {
        if let Some(fo) = act.frames[i].fobj.clone() {
            let o = fobj_of(&fo);
            if !is_transparent(&act.frames[i].code) {
                o.lasti.store(act.frames[i].lasti as u32, Relaxed);
                o.line.store(NO_LINE, Relaxed);
                o.set_locals(locals_of(act, i));
            }
        }
    }
    let mut d = depth;
    while d > 0 {
        let b = fobj_of(&f).back();
        match b {
            Some(b) => f = b,
            None => return Err(PyErr::value_error("call stack is not deep enough")),
        }
        d -= 1;
    }
    Ok(f)
}

/// `sys._getframe(depth)` called from native code: from the innermost
/// frame instrumented dispatch made current, if any.
pub fn getframe_native(depth: i64) -> PyResult<Value> {
    let mut f = TS.with(|t| t.borrow().cur.clone()).ok_or_else(|| PyErr::value_error("call stack is not deep enough"))?;
    let mut d = depth;
    while d > 0 {
        match fobj_of(&f).back() {
            Some(b) => f = b,
            None => return Err(PyErr::value_error("call stack is not deep enough")),
        }
        d -= 1;
    }
    Ok(f)
}

crate::sync::thread_local! {
    /// `switch_request` is pending on this thread.
    static SWITCH: Cell<bool> = const { Cell::new(false) };
}

/// Whether `f` is `sys.settrace` or `sys.setprofile`.
pub fn is_set_function(f: &Value) -> bool {
    match f.downcast::<crate::object::func::PyBuiltin>() {
        Some(b) => {
            b.def.func as *const () == crate::modules::sys::sys_settrace as *const ()
                || b.def.func as *const () == crate::modules::sys::sys_setprofile as *const ()
        }
        None => false,
    }
}

/// The error a CALL of `sys.settrace`/`setprofile` returns (its result is
/// already pushed) so that the eval loop leaves its dispatch copy at once:
/// `take_switch` in the unwinder sees it and the frame resumes at the next
/// instruction in the copy `instrumented()` selects. It never reaches
/// Python code.
pub fn switch_request() -> PyErr {
    SWITCH.with(|s| s.set(true));
    PyErr::system_error("weft: dispatch switch")
}

/// The unwinder's check for `switch_request`.
#[inline]
pub fn take_switch() -> bool {
    SWITCH.with(|s| s.replace(false))
}

/// Whether `f` is `sys._getframe` (served by the CALL handler).
pub fn is_getframe(f: &Value) -> bool {
    match f.downcast::<crate::object::func::PyBuiltin>() {
        Some(b) => b.def.func as *const () == crate::modules::sys::sys_getframe as *const (),
        None => false,
    }
}

/// Runs a trace or profile function with tracing suspended on this thread.
fn call_hook(func: &Value, frame: &Value, event: &str, arg: Value) -> PyResult<Value> {
    BUSY.with(|b| b.set(true));
    ACTIVE.with(|a| a.set(false));
    let r = crate::object::ops::call(func, &[frame.clone(), intern(event), arg], None);
    BUSY.with(|b| b.set(false));
    refresh_active(false);
    r
}

/// A trace function raised: tracing stops on this thread (CPython).
fn trace_failed(fo: &Value, e: PyErr) -> PyErr {
    settrace(None);
    fobj_of(fo).set_trace(None);
    e
}

fn profile_failed(e: PyErr) -> PyErr {
    setprofile(None);
    e
}

fn profile_event(fo: &Value, event: &str, arg: Value) -> PyResult<()> {
    if let Some(p) = getprofile() {
        call_hook(&p, fo, event, arg).map_err(profile_failed)?;
    }
    Ok(())
}

/// Calls the frame's local trace function; a non-None result replaces it.
fn local_trace_event(fo: &Value, event: &str, arg: Value) -> PyResult<()> {
    let o = fobj_of(fo);
    if !o.has_trace.load(Relaxed) || gettrace().is_none() {
        return Ok(());
    }
    let Some(t) = o.trace() else { return Ok(()) };
    let r = call_hook(&t, fo, event, arg).map_err(|e| trace_failed(fo, e))?;
    if !r.is_none() {
        o.set_trace(Some(r));
    }
    Ok(())
}

/// Instrumented dispatch at a frame switch (call, return, unwind into a
/// handler): the top frame gets its frame object and becomes current.
/// Returns the instruction the frame executed last (for line events).
#[cold]
#[inline(never)]
pub fn on_frame(act: &mut Activation) -> usize {
    let n = act.frames.len();
    let fo = ensure_fobj(act, n - 1);
    let old = TS.with(|t| t.borrow_mut().cur.replace(fo));
    drop(old);
    act.frames[n - 1].lasti
}

/// Before each instruction in instrumented dispatch (only called when
/// `active()`): 'call' at RESUME, 'line' events, the frame object's
/// position. `prev` is the frame's previously executed instruction.
/// Returns the native callable of a CALL when a profile function wants
/// 'c_call'/'c_return' for it.
#[cold]
#[inline(never)]
pub fn before(act: &mut Activation, op: Opcode, arg: u32, lasti: usize, prev: usize) -> PyResult<Option<Value>> {
    let n = act.frames.len();
    let code_v = act.frames[n - 1].code.clone();
    let code = code_v.downcast::<CodeObject>().expect("code");
    let info = line_info(&code_v, code);
    let fo = match &act.frames[n - 1].fobj {
        Some(f) => f.clone(),
        None => ensure_fobj(act, n - 1),
    };
    let o = fobj_of(&fo);
    let line = info.lines.get(lasti).copied().unwrap_or(0);
    if !info.transparent {
        o.lasti.store(lasti as u32, Relaxed);
    }
    if line > 0 {
        o.line.store(line, Relaxed);
    }
    if op == Opcode::Resume {
        if !info.transparent {
            on_resume(act, &fo)?;
        }
        return Ok(None);
    }
    if o.has_trace.load(Relaxed) && o.trace_lines.load(Relaxed) && line > 0 && prev != lasti {
        let prev_op = Opcode::from_u8(code.word(prev) as u8);
        let fire = if prev_op == Some(Opcode::JumpBackward) && lasti < prev {
            true
        } else {
            info.start.get(lasti).copied().unwrap_or(false)
                && (info.lines.get(prev).copied().unwrap_or(0) != line
                    || (prev_op == Some(Opcode::Resume) && !info.transparent))
        };
        if fire {
            if !info.transparent {
                o.set_locals(locals_of(act, n - 1));
            }
            local_trace_event(&fo, "line", Value::none())?;
        }
    }
    if matches!(op, Opcode::Call | Opcode::CallKw | Opcode::CallFunctionEx) && getprofile().is_some() {
        let len = act.stack.len();
        let (fpos, has_self) = match op {
            Opcode::Call => (len - arg as usize - 2, true),
            Opcode::CallKw => (len - arg as usize - 3, true),
            _ => (len - 3 - (arg & 1) as usize, false),
        };
        let Some(callable) = act.stack[fpos].clone() else { return Ok(None) };
        let self_ = if has_self { act.stack[fpos + 1].clone() } else { None };
        let c = if callable.downcast::<crate::object::func::PyBuiltin>().is_some() {
            Some(callable)
        } else if let Some(d) = callable.downcast::<crate::object::descr::MethodDescr>() {
            Some(match self_ {
                Some(s) => crate::object::descr::new_native_bound(d.def, Some(s)),
                None => callable.clone(),
            })
        } else {
            None
        };
        if let Some(c) = &c {
            if !info.transparent {
                o.set_locals(locals_of(act, n - 1));
            }
            profile_event(&fo, "c_call", c.clone())?;
        }
        return Ok(c);
    }
    Ok(None)
}

/// After a profiled native call: 'c_return' or 'c_exception'.
#[cold]
#[inline(never)]
pub fn after_c_call(act: &mut Activation, callable: Value, ok: bool) -> PyResult<()> {
    let ok = ok || SWITCH.with(|s| s.get());
    let n = act.frames.len();
    let fo = ensure_fobj(act, n - 1);
    profile_event(&fo, if ok { "c_return" } else { "c_exception" }, callable)
}

/// 'call' for the frame starting or resuming at RESUME.
fn on_resume(act: &mut Activation, fo: &Value) -> PyResult<()> {
    let n = act.frames.len();
    let o = fobj_of(fo);
    let f = &act.frames[n - 1];
    if f.is_gen || f.gen_ret != 0 {
        // A resumed generator's caller is whoever resumes it now (a FOR_ITER
        // or SEND running it in the caller's activation, or native code).
        let b = if n > 1 {
            Some(ensure_fobj(act, n - 2))
        } else {
            TS.with(|t| t.borrow().outer.last().cloned().flatten())
        };
        let old = core::mem::replace(&mut o.m.lock().back, b);
        drop(old);
    }
    o.set_locals(locals_of(act, n - 1));
    profile_event(fo, "call", Value::none())?;
    if let Some(t) = gettrace() {
        let r = call_hook(&t, fo, "call", Value::none()).map_err(|e| trace_failed(fo, e))?;
        if !r.is_none() {
            o.set_trace(Some(r));
        }
    }
    o.started.store(true, Relaxed);
    Ok(())
}

/// 'return' (trace and profile) for the top frame returning or yielding
/// `v` (None when an exception leaves it).
#[cold]
#[inline(never)]
pub fn on_return(act: &mut Activation, v: &Value) -> PyResult<()> {
    let n = act.frames.len();
    if is_transparent(&act.frames[n - 1].code) && n > 1 {
        return Ok(());
    }
    let fo = ensure_fobj(act, n - 1);
    fobj_of(&fo).set_locals(locals_of(act, n - 1));
    local_trace_event(&fo, "return", v.clone())?;
    profile_event(&fo, "return", v.clone())
}

/// 'exception' for the top frame, which the exception `exc` was raised in
/// or propagated into. A trace function that raises replaces it.
#[cold]
#[inline(never)]
pub fn on_exception(act: &mut Activation, exc: &Value) -> PyResult<()> {
    let n = act.frames.len();
    if is_transparent(&act.frames[n - 1].code) && n > 1 {
        return Ok(());
    }
    let fo = ensure_fobj(act, n - 1);
    let o = fobj_of(&fo);
    o.lasti.store(act.frames[n - 1].lasti as u32, Relaxed);
    o.line.store(NO_LINE, Relaxed);
    if !o.has_trace.load(Relaxed) {
        return Ok(());
    }
    o.set_locals(locals_of(act, n - 1));
    let tb = crate::object::exc::get_traceback(exc).unwrap_or_else(Value::none);
    let arg = crate::object::tuple::new_tuple(vec![exc.ty().to_value(), exc.clone(), tb]);
    local_trace_event(&fo, "exception", arg)
}
