//! Design: DESIGN.md#eval-loop
//!
//! Generators and coroutines. A generator owns its frame: RETURN_GENERATOR
//! moves the frame (and its localsplus + value-stack words) out of the
//! activation into the generator object; each resume pushes it as the
//! bottom frame of a fresh activation and runs until YIELD_VALUE, which
//! hands the words back. The suspended frame lives in a `ClaimCell`
//! whose claim is the generator's *running* flag: a resume takes it (one
//! compare-exchange) and the yield gives it back, so re-entry from another call or
//! thread finds it taken ("generator already executing") and no lock is
//! taken per resume or yield.

#![deny(unsafe_code)]

use crate::bytecode::code::co_flags;
use crate::bytecode::{CodeObject, Opcode};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{intern, new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::sync::{AtomicBool, ClaimCell, Ordering::*};
use crate::vm::eval::{run, run_sink, Ctl, Exit};
use crate::vm::frame::{enter_frame, leave_frame, Activation, Frame, ThreadDepth, GEN_RET_CALL};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

struct Suspended {
    /// Exactly one frame; kept in a Vec so resuming allocates nothing.
    frames: Vec<Frame>,
    data: Vec<Option<Value>>,
}

pub struct PyGen {
    pub kind: GenKind,
    pub code: Value,
    pub name: Value,
    pub qualname: Value,
    /// The suspended frame; its claim is the running flag. `None` or a
    /// shell without a frame: running (inline) or finished.
    state: ClaimCell<Option<Suspended>>,
    started: AtomicBool,
    /// Set once by the claim holder when the frame returns or raises.
    finished: AtomicBool,
}

impl PyPayload for PyGen {
    fn class() -> &'static PyType {
        &GEN_TYPE
    }
}

/// Methods and getters (no `getattr` slot: attribute reads and method
/// calls take the generic path and LOAD_ATTR's builtin-type cache).
static GEN_METHODS: [MethodDef; 15] = [
    MethodDef { name: "send", func: gen_send_m, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "throw", func: gen_throw_m, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "close", func: gen_close_m, kind: MethodKind::Method, doc: "" },
    getter("__name__", get_name),
    getter("__qualname__", get_qualname),
    getter("gi_code", get_code),
    getter("cr_code", get_code),
    getter("gi_running", get_running),
    getter("cr_running", get_running),
    getter("gi_suspended", get_suspended),
    getter("cr_suspended", get_suspended),
    getter("gi_frame", get_frame),
    getter("cr_frame", get_frame),
    getter("gi_yieldfrom", get_yieldfrom),
    getter("cr_await", get_yieldfrom),
];

const fn getter(name: &'static str, func: crate::object::typeobj::NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Getter, doc: "" }
}

pub static GEN_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "generator",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(gen_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        iter: Some(gen_iter),
        next: Some(gen_next),
        ..Slots::EMPTY
    },
    free: PyObject::<PyGen>::free,
    methods: &GEN_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// RETURN_GENERATOR: a generator owning `frame` and its words.
pub fn new_generator(frame: Frame, data: Vec<Option<Value>>) -> Value {
    let code = frame.code.clone();
    let c = code.downcast::<CodeObject>().expect("code");
    let kind = if c.flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if c.flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let (name, qualname) = match frame.func.as_ref().and_then(|f| f.downcast::<crate::object::func::PyFunction>()) {
        Some(f) => {
            let m = f.m.lock();
            (m.name.clone().unwrap_or_else(|| c.name.clone()), m.qualname.clone().unwrap_or_else(|| c.qualname.clone()))
        }
        None => (c.name.clone(), c.qualname.clone()),
    };
    PyObject::alloc(
        &GEN_TYPE,
        PyGen {
            kind,
            code: code.clone(),
            name,
            qualname,
            state: ClaimCell::new(Some(Suspended { frames: vec![frame], data })),
            started: AtomicBool::new(false),
            finished: AtomicBool::new(false),
        },
    )
}

pub fn is_gen(v: &Value) -> bool {
    v.is_type(&GEN_TYPE)
}

pub fn as_gen(v: &Value) -> Option<&PyGen> {
    v.downcast::<PyGen>()
}

/// What a resume produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// A claim on a generator's state, released on drop.
struct RunningGuard<'a>(&'a ClaimCell<Option<Suspended>>);
impl Drop for RunningGuard<'_> {
    fn drop(&mut self) {
        self.0.release();
    }
}

impl PyGen {
    /// Runs `f` on the state.
    ///
    /// # Safety
    /// The caller holds the claim (`state.try_claim()`, not yet released);
    /// `f` runs no Python code and drops no value (so nothing can reach
    /// this generator while the state is borrowed).
    #[allow(unsafe_code)]
    #[inline(always)]
    unsafe fn claimed<R>(&self, f: impl FnOnce(&mut Option<Suspended>) -> R) -> R {
        // SAFETY: forwarded to our caller (this function's contract).
        unsafe { self.state.with_claimed(f) }
    }

    fn running(&self) -> bool {
        self.state.is_claimed()
    }
}

/// Resumes `gen` by sending `value` (None for `next()`), or by raising
/// `throw` at its suspension point.
pub fn resume(gen: &Value, value: Value, throw: Option<PyErr>) -> PyResult<GenResult> {
    let g = as_gen(gen).ok_or_else(|| PyErr::type_error("expected a generator"))?;
    resume_payload(g, value, throw, None)
}

/// A native consumer (`sum`, `any`, `list`, ...) that a generator's
/// YIELD_VALUE feeds inside the eval loop (`drive`): the generator's frame
/// stays in one activation for as long as the sink takes its values, so a
/// value costs no resume, no suspend and no activation.
pub trait Sink {
    /// Takes `v` (the generator continues as after `next()`), or gives it
    /// back: the generator then suspends at this yield as after an
    /// ordinary resume, and the consumer handles `v` itself. `feed` runs
    /// in the middle of the generator's frame, which still holds the
    /// generator's `running` claim: it must not run Python code or raise
    /// (anything that could must be given back), so every Python-visible
    /// effect happens with the generator suspended, as in CPython.
    fn feed(&mut self, v: Value) -> Option<Value>;
}

/// Feeds the values of iterator `it` to `sink` until it is exhausted
/// (`Ok(None)`) or the sink gives a value back (`Ok(Some(v))`; for a
/// generator, suspended after yielding `v`). A plain generator runs with
/// its YIELD_VALUE feeding the sink directly; other iterators go through
/// their `next` slot.
pub fn drive(it: &Value, sink: &mut dyn Sink) -> PyResult<Option<Value>> {
    if let Some(g) = as_gen(it).filter(|g| g.kind == GenKind::Generator) {
        return match resume_payload(g, Value::none(), None, Some(sink))? {
            GenResult::Yield(v) => Ok(Some(v)),
            GenResult::Return(_) => Ok(None),
        };
    }
    // A range/list/tuple iterator only the caller holds (`sum(list)`,
    // `sorted(range(n))`): items without the slot call or a CAS.
    let me = crate::vm::thread::current_tid();
    loop {
        let v = match crate::vm::ops::iter::next_private(it, me) {
            Some(Some(v)) => v,
            Some(None) => return Ok(None),
            None => match crate::object::ops::next(it)? {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        if let Some(v) = sink.feed(v) {
            return Ok(Some(v));
        }
    }
}

/// A sink that takes every value: `list(g)`, `tuple(g)`, `sorted(g)`.
pub struct Collect(pub Vec<Value>);

impl Sink for Collect {
    #[inline]
    fn feed(&mut self, v: Value) -> Option<Value> {
        self.0.push(v);
        None
    }
}

/// All the values of iterator `it` (`drive` with `Collect`).
pub fn collect_iter(it: &Value) -> PyResult<Vec<Value>> {
    let mut c = Collect(Vec::new());
    while let Some(v) = drive(it, &mut c)? {
        c.0.push(v);
    }
    Ok(c.0)
}

fn resume_payload(g: &PyGen, value: Value, throw: Option<PyErr>, sink: Option<&mut dyn Sink>) -> PyResult<GenResult> {
    if !g.state.try_claim() {
        return Err(PyErr::value_error(format!("{} already executing", g.kind.name())));
    }
    let _guard = RunningGuard(&g.state);
    // An empty shell (left by an inline run that finished) is no frame.
    #[allow(unsafe_code)]
    // SAFETY: we hold the claim (`_guard`); `take` drops nothing.
    let s = unsafe { g.claimed(|st| st.take()) };
    let Some(s) = s.filter(|s| !s.frames.is_empty()) else {
        if let Some(e) = throw {
            return Err(e);
        }
        if g.kind == GenKind::Coroutine {
            return Err(PyErr::runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(GenResult::Return(Value::none()));
    };
    // Plain load first: after the first resume the flag stays set, so the
    // common case does no read-modify-write.
    let first = !g.started.load(Relaxed) && !g.started.swap(true, Relaxed);
    if first && throw.is_none() && !value.is_none() {
        #[allow(unsafe_code)]
        // SAFETY: we hold the claim (`_guard`); the slot is empty (taken
        // above), so the store drops nothing.
        unsafe { g.claimed(|st| *st = Some(s)) };
        g.started.store(false, Relaxed);
        return Err(PyErr::type_error(format!("can't send non-None value to a just-started {}", g.kind.name())));
    }
    if let Err(e) = enter_frame() {
        #[allow(unsafe_code)]
        // SAFETY: we hold the claim (`_guard`); the slot is empty (taken
        // above), so the store drops nothing.
        unsafe { g.claimed(|st| *st = Some(s)) };
        return Err(e);
    }
    let mut act = Activation { stack: s.data, frames: s.frames };
    // A throw pushes None where a send pushes its value (as CPython does):
    // inside `yield from`, the CLEANUP_THROW handler's depth counts that
    // slot as the last sent value; elsewhere the unwind truncates it away.
    act.push(if throw.is_none() { value } else { Value::none() });
    let r = match sink {
        Some(sink) => run_sink(&mut act, sink),
        None => run(&mut act, throw),
    };
    match r {
        Ok(Exit::Yield(v)) => {
            let frames = core::mem::take(&mut act.frames);
            leave_frame();
            let data = core::mem::take(&mut act.stack);
            #[allow(unsafe_code)]
            // SAFETY: we hold the claim (`_guard`); the slot is empty
            // (taken above; nothing else stores without the claim), so the
            // store drops nothing.
            unsafe { g.claimed(|st| *st = Some(Suspended { frames, data })) };
            Ok(GenResult::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            g.finished.store(true, Relaxed);
            Ok(GenResult::Return(v))
        }
        Err(e) => {
            g.finished.store(true, Relaxed);
            Err(e)
        }
    }
}

/// FOR_ITER / SEND on a generator that is the running frame's top value:
/// claims it (the same compare-exchange as `resume_payload`) and moves its
/// suspended frame record and words onto the end of `act`, with `value`
/// pushed as the sent value, as a frame of this activation (CPython
/// 3.11+'s inline generator frames). The emptied `Suspended` stays in
/// `state` as a shell (no frame: finished, to every other reader) whose
/// Vecs the yield refills, so a resume/yield pair allocates nothing and
/// moves the record and the words once each way (bitwise copies, no
/// counted clones). `ret` is the frame's `gen_ret`; `depth` is the
/// running loop's recursion counter. `Err(value)` gives the value back
/// when the ordinary `resume` must run instead (running, finished, an
/// async generator, a non-None value sent to a just-started generator):
/// it raises the right errors. `Ok(Err(e))`: RecursionError.
#[inline(always)]
pub fn push_inline(act: &mut Activation, value: Value, ret: u32, depth: ThreadDepth) -> Result<PyResult<()>, Value> {
    let slot = act.stack.len() - 1;
    let Some(g) = act.stack[slot].as_ref().and_then(as_gen) else { return Err(value) };
    let g: *const PyGen = g;
    #[allow(unsafe_code)]
    // SAFETY: the generator object is kept alive by the count held in
    // `act.stack[slot]`, which this function neither overwrites nor drops
    // (the words are appended after it; a reallocation of the stack moves
    // that word, not the object it counts).
    let g: &PyGen = unsafe { &*g };
    if g.kind == GenKind::AsyncGenerator || g.finished.load(Relaxed) || !g.state.try_claim() {
        return Err(value);
    }
    if !g.started.load(Relaxed) {
        if !value.is_none() {
            g.state.release();
            return Err(value);
        }
        // We hold the claim: no other resume can race this store.
        g.started.store(true, Relaxed);
    }
    if let Err(e) = depth.enter() {
        g.state.release();
        return Ok(Err(e));
    }
    #[allow(unsafe_code)]
    // SAFETY: we took the claim above; it stays held while the frame runs
    // in this activation and `yield_inline` / `release_inline` give it
    // back. Nothing below runs Python code or drops a value.
    let st = unsafe { g.state.claimed_mut() };
    let Some(s) = st.as_mut().filter(|s| !s.frames.is_empty()) else {
        depth.leave();
        g.state.release();
        return Err(value);
    };
    let base = act.stack.len();
    move_words(&mut s.data, 0, &mut act.stack, 1);
    move_frame(&mut s.frames, &mut act.frames);
    let f = act.frames.last_mut().expect("the frame just moved in");
    f.base = base;
    f.gen_ret = ret;
    push_reserved(&mut act.stack, value);
    Ok(Ok(()))
}

/// Pushes `v` onto a stack with room for it (`Vec::push` is an
/// out-of-line call here).
#[inline(always)]
fn push_reserved(stack: &mut Vec<Option<Value>>, v: Value) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    let n = stack.len();
    stack.spare_capacity_mut()[0].write(Some(v));
    #[allow(unsafe_code)]
    // SAFETY: the element at `n` (within capacity: reserved just above
    // when full) was initialised by the write just above.
    unsafe {
        stack.set_len(n + 1)
    };
}

/// Moves the words `src[from..]` onto the end of `dst` (one bitwise copy:
/// they are owned by `dst` afterwards and dropped by nobody else), with
/// room reserved for `extra` more.
#[inline(always)]
fn move_words(src: &mut Vec<Option<Value>>, from: usize, dst: &mut Vec<Option<Value>>, extra: usize) {
    let n = src.len() - from;
    dst.reserve(n + extra);
    #[allow(unsafe_code)]
    // SAFETY: `src[from..]` holds `n` initialised words and `dst` has room
    // for `n` more after `reserve`; the two buffers are distinct Vecs. The
    // words are copied bitwise and then owned only by `dst`: `src` is cut
    // back to `from` without dropping them.
    unsafe {
        let d = dst.len();
        core::ptr::copy_nonoverlapping(src.as_ptr().add(from), dst.as_mut_ptr().add(d), n);
        src.set_len(from);
        dst.set_len(d + n);
    }
}

/// Moves the last frame record of `src` onto the end of `dst` (one
/// bitwise copy of the record, no drop, no out-of-line `Vec::push`).
#[inline(always)]
fn move_frame(src: &mut Vec<Frame>, dst: &mut Vec<Frame>) {
    let n = src.len();
    assert!(n > 0, "a frame record to move");
    dst.reserve(1);
    #[allow(unsafe_code)]
    // SAFETY: `src[n - 1]` is initialised and `dst` has room for one more
    // record after `reserve`; the buffers are distinct Vecs. The record is
    // copied bitwise and then owned only by `dst`: `src` is shortened
    // without dropping it.
    unsafe {
        let d = dst.len();
        core::ptr::copy_nonoverlapping(src.as_ptr().add(n - 1), dst.as_mut_ptr().add(d), 1);
        src.set_len(n - 1);
        dst.set_len(d + 1);
    }
}

/// CALL of `gen.send(v)` (method form: `[send, gen, v]`), `next(gen)`
/// (`[next, NULL, gen]`) or `next(gen, default)` (`[next, NULL, gen,
/// default]`) on a generator: the generator runs inline in the caller's
/// activation as under FOR_ITER and SEND (`push_inline`, `GEN_RET_CALL`).
/// The call's slots are reshaped to `[gen]` (`[default, gen]`) first; the
/// yield replaces them with the value (`yield_inline`), a return raises
/// StopIteration at the CALL (or leaves the default: eval.rs). `None`:
/// not such a call, the stack untouched. Untraced runs only (a traced
/// CALL of a native callable reports c_call/c_return around it).
#[inline]
pub fn call_inline(act: &mut Activation, nargs: usize) -> Option<PyResult<Ctl>> {
    let len = act.stack.len();
    if !(1..=2).contains(&nargs) || len < nargs + 2 {
        return None;
    }
    let fpos = len - nargs - 2;
    let is_send = match &act.stack[fpos + 1] {
        // recv.send(v): the method descriptor of GEN_METHODS[0].
        Some(recv) => {
            if nargs != 1 || !is_gen(recv) {
                return None;
            }
            let d = act.stack[fpos].as_ref()?.downcast::<crate::object::descr::MethodDescr>()?;
            if !core::ptr::eq(d.def, &GEN_METHODS[0]) {
                return None;
            }
            true
        }
        // next(gen[, default]) with the builtins module's `next`.
        None => {
            if !act.stack[fpos + 2].as_ref().and_then(as_gen).is_some_and(|g| g.kind == GenKind::Generator) {
                return None;
            }
            let b = act.stack[fpos].as_ref()?.downcast::<crate::object::func::PyBuiltin>()?;
            if b.def.name != "next" || !b.self_.as_ref().is_some_and(|m| m.is(&crate::vm::interp::interp().builtins)) {
                return None;
            }
            false
        }
    };
    if crate::vm::trace::instrumented() {
        return None;
    }
    let has_default = !is_send && nargs == 2;
    let value = if is_send { act.pop() } else { Value::none() };
    let default = if has_default { Some(act.pop()) } else { None };
    // send: the generator is the self slot; next: the argument above a
    // NULL self slot.
    let g = act.pop();
    let self_slot = if is_send { None } else { act.pop_opt() };
    let callable = core::mem::replace(&mut act.stack[fpos], Some(g));
    if let Some(d) = default {
        let g = act.stack[fpos].take();
        act.stack[fpos] = Some(d);
        act.push_opt(g);
    }
    drop(self_slot);
    drop(callable);
    let ret = GEN_RET_CALL | (has_default as u32) << 2;
    Some(match push_inline(act, value, ret, ThreadDepth::current()) {
        Ok(Ok(())) => Ok(Ctl::Call),
        Ok(Err(e)) => Err(e),
        Err(value) => call_fallback(act, value, is_send, has_default),
    })
}

/// `call_inline` when the generator cannot run inline (running, finished,
/// just started with a value sent, ...): the ordinary resume, which
/// raises the right errors.
#[cold]
#[inline(never)]
fn call_fallback(act: &mut Activation, value: Value, is_send: bool, has_default: bool) -> PyResult<Ctl> {
    let g = act.pop();
    let default = if has_default { Some(act.pop()) } else { None };
    let r = if is_send {
        send(&g, value)?
    } else {
        match resume(&g, Value::none(), None)? {
            GenResult::Yield(v) => v,
            GenResult::Return(v) => match default {
                Some(d) => d,
                None => return Err(stop_iteration_for(v)),
            },
        }
    };
    act.push(r);
    Ok(Ctl::Next)
}

/// YIELD_VALUE in an inline generator frame (the value already popped):
/// moves the frame record and its words back into the generator's shell
/// (the generator is the caller's top value) and releases it; the caller
/// continues after its FOR_ITER or SEND with `v` pushed (after its CALL
/// with `v` in place of the generator and the default).
#[inline(always)]
pub fn yield_inline(act: &mut Activation, pc: usize, lasti: usize, depth: ThreadDepth, v: Value) {
    let f = act.frames.last_mut().expect("a generator frame");
    let base = f.base;
    let ret = f.gen_ret;
    f.base = 0;
    f.pc = pc;
    f.lasti = lasti;
    f.gen_ret = 0;
    depth.leave();
    let g = act.stack[base - 1].as_ref().and_then(as_gen).expect("the generator under its inline frame");
    let g: *const PyGen = g;
    #[allow(unsafe_code)]
    // SAFETY: the generator object is kept alive by the count held in
    // `act.stack[base - 1]`, which this function neither overwrites nor
    // drops (only the words above it move).
    let g: &PyGen = unsafe { &*g };
    #[allow(unsafe_code)]
    // SAFETY: the claim taken by `push_inline` is still held (this is its
    // frame, running in this activation) and is released just below. The
    // shell's words and record were moved out by `push_inline` (nothing
    // else stores into it without the claim), so nothing is dropped.
    let st = unsafe { g.state.claimed_mut() };
    let s = st.get_or_insert_with(|| Suspended { frames: Vec::with_capacity(1), data: Vec::new() });
    debug_assert!(s.data.is_empty() && s.frames.is_empty());
    move_frame(&mut act.frames, &mut s.frames);
    move_words(&mut act.stack, base, &mut s.data, 0);
    g.state.release();
    if ret & 3 == GEN_RET_CALL {
        // The value replaces the generator (and the default under it);
        // the old values are dropped after the stack is whole again (a
        // generator's last reference may run its `finally` blocks).
        let gv = if ret >> 2 != 0 { act.stack.pop() } else { None };
        let n = act.stack.len();
        let old = core::mem::replace(&mut act.stack[n - 1], Some(v));
        drop(old);
        drop(gv);
        return;
    }
    push_reserved(&mut act.stack, v);
}

/// An inline generator frame was popped by a return or an escaping error:
/// the generator (its state already empty) is finished; release it.
pub fn release_inline(gen: &Value) {
    if let Some(g) = as_gen(gen) {
        g.finished.store(true, Relaxed);
        g.state.release();
    }
}

/// The sub-iterator a suspended generator delegates to (`yield from` /
/// `await`), if it is suspended in one.
fn delegate(st: &Option<Suspended>) -> Option<Value> {
    let s = st.as_ref()?;
    let f = s.frames.first()?;
    let code = f.code.downcast::<CodeObject>()?;
    let w = code.word(f.lasti);
    if Opcode::from_u8(w as u8) == Some(Opcode::YieldValue) && (w >> 8) == 1 {
        s.data.last().cloned().flatten()
    } else {
        None
    }
}

/// `gen.throw(exc)`, delegating to a `yield from` sub-iterator first.
pub fn throw(gen: &Value, exc: PyErr) -> PyResult<GenResult> {
    let g = as_gen(gen).ok_or_else(|| PyErr::type_error("expected a generator"))?;
    throw_payload(g, exc)
}

fn throw_payload(g: &PyGen, exc: PyErr) -> PyResult<GenResult> {
    // Claim the generator (as `resume_payload`) to read its delegate and
    // keep the claim while the delegate is closed or thrown into.
    if !g.state.try_claim() {
        return Err(PyErr::value_error(format!("{} already executing", g.kind.name())));
    }
    let guard = RunningGuard(&g.state);
    #[allow(unsafe_code)]
    // SAFETY: we hold the claim (`guard`); `delegate` clones a value and
    // drops nothing.
    let sub = unsafe { g.claimed(|st| delegate(st)) };
    if let Some(sub) = sub {
        let is_exit = exc.matches(ExcKind::GeneratorExit);
        let r = if is_exit {
            let r = close_iter(&sub);
            drop(guard);
            match r {
                Ok(()) => return resume_payload(g, Value::none(), Some(exc), None),
                Err(e) => return resume_payload(g, Value::none(), Some(e), None),
            }
        } else if is_gen(&sub) {
            throw(&sub, exc.clone())
        } else {
            match crate::object::attr::lookup_method(&sub, &intern("throw"))? {
                Some((m, unbound)) => {
                    let ev = exc.value();
                    let r = if unbound {
                        crate::object::ops::call(&m, &[sub.clone(), ev], None)
                    } else {
                        crate::object::ops::call(&m, &[ev], None)
                    };
                    r.map(GenResult::Yield)
                }
                None => {
                    drop(guard);
                    return resume_payload(g, Value::none(), Some(exc), None);
                }
            }
        };
        drop(guard);
        return match r {
            Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Return(v)) => resume_payload(g, Value::none(), Some(PyErr::stop_iteration_value(v)), None),
            Err(e) => resume_payload(g, Value::none(), Some(e), None),
        };
    }
    drop(guard);
    resume_payload(g, Value::none(), Some(exc), None)
}

fn close_iter(sub: &Value) -> PyResult<()> {
    if is_gen(sub) {
        return close(sub).map(|_| ());
    }
    if let Some((m, unbound)) = crate::object::attr::lookup_method(sub, &intern("close"))? {
        if unbound {
            crate::object::ops::call(&m, core::slice::from_ref(sub), None)?;
        } else {
            crate::object::ops::call(&m, &[], None)?;
        }
    }
    Ok(())
}

/// `gen.close()`.
pub fn close(gen: &Value) -> PyResult<Value> {
    let g = as_gen(gen).ok_or_else(|| PyErr::type_error("expected a generator"))?;
    close_payload(g)
}

fn close_payload(g: &PyGen) -> PyResult<Value> {
    if !g.started.load(Relaxed) {
        let Some(old) = g.state.try_with(|st| st.take()) else {
            return Err(PyErr::value_error(format!("{} already executing", g.kind.name())));
        };
        g.finished.store(true, Relaxed);
        drop(old);
        return Ok(Value::none());
    }
    if g.finished.load(Relaxed) {
        return Ok(Value::none());
    }
    match throw_payload(g, PyErr::new(ExcKind::GeneratorExit, "")) {
        Ok(GenResult::Yield(_)) => Err(PyErr::runtime_error(format!("{} ignored GeneratorExit", g.kind.name()))),
        Ok(GenResult::Return(v)) => Ok(v),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(Value::none()),
        Err(e) => Err(e),
    }
}

impl Drop for PyGen {
    /// A suspended generator that is dropped is closed, so its `finally`
    /// blocks and `with` exits run (CPython's generator finalizer).
    fn drop(&mut self) {
        let running = self.state.is_claimed();
        let suspended = self.started.load(Relaxed) && self.state.get_mut().as_ref().is_some_and(|s| !s.frames.is_empty());
        if !suspended || running {
            return;
        }
        if let Err(e) = close_payload(self) {
            crate::builtins::io::flush_stdout();
            eprintln!(
                "Exception ignored in: <{} object {} at {:#x}>",
                self.kind.name(),
                to_rust_string(&self.qualname),
                self as *const PyGen as usize
            );
            eprint!("{}", crate::object::exc::format_exception(&e.value()));
        }
    }
}

fn gen_iter(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn gen_next(v: &Value) -> PyResult<Option<Value>> {
    match resume(v, Value::none(), None)? {
        GenResult::Yield(x) => Ok(Some(x)),
        GenResult::Return(_) => Ok(None),
    }
}

/// `gen.send(value)`: StopIteration(value) when the generator returns.
pub fn send(gen: &Value, value: Value) -> PyResult<Value> {
    match resume(gen, value, None)? {
        GenResult::Yield(x) => Ok(x),
        GenResult::Return(r) => Err(stop_iteration_for(r)),
    }
}

pub fn stop_iteration_for(r: Value) -> PyErr {
    if r.is_none() {
        PyErr::stop_iteration()
    } else {
        PyErr::stop_iteration_value(r)
    }
}

fn gen_send_m(s: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    send(s, args[0].clone())
}

/// Builds the exception `throw(typ[, val[, tb]])` raises.
pub fn make_throw_error(args: &[Value]) -> PyResult<PyErr> {
    let Some(typ) = args.first() else {
        return Err(PyErr::type_error("throw expected at least 1 argument, got 0"));
    };
    let base = crate::object::exc::exc_type(ExcKind::BaseException);
    if let Some(t) = typ.as_type() {
        if t.is_subtype(base) || crate::object::attr::issubclass(typ, &base.to_value()).unwrap_or(false) {
            let inst = match args.get(1) {
                Some(v) if crate::object::attr::isinstance(v, typ).unwrap_or(false) => v.clone(),
                Some(v) if v.is_none() => crate::object::ops::call(typ, &[], None)?,
                Some(v) => match crate::object::tuple::items(v) {
                    Some(items) => crate::object::ops::call(typ, items, None)?,
                    None => crate::object::ops::call(typ, core::slice::from_ref(v), None)?,
                },
                None => crate::object::ops::call(typ, &[], None)?,
            };
            return Ok(PyErr::from_value(inst));
        }
    } else if crate::object::attr::isinstance(typ, &base.to_value())? {
        if args.get(1).map(|v| !v.is_none()).unwrap_or(false) {
            return Err(PyErr::type_error("instance exception may not have a separate value"));
        }
        return Ok(PyErr::from_value(typ.clone()));
    }
    Err(PyErr::type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typ.ty().name
    )))
}

fn gen_throw_m(s: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let e = make_throw_error(args)?;
    match throw(s, e)? {
        GenResult::Yield(x) => Ok(x),
        GenResult::Return(r) => Err(stop_iteration_for(r)),
    }
}

fn gen_close_m(s: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    close(s)
}

fn gen_repr(v: &Value) -> PyResult<Value> {
    let g = as_gen(v).expect("gen");
    Ok(new_str(&format!("<{} object {} at {:#x}>", g.kind.name(), to_rust_string(&g.qualname), v.raw())))
}

fn get_name(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(as_gen(v).expect("gen").name.clone())
}

fn get_qualname(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(as_gen(v).expect("gen").qualname.clone())
}

fn get_code(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(as_gen(v).expect("gen").code.clone())
}

fn get_running(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(as_gen(v).expect("gen").running()))
}

fn get_suspended(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let g = as_gen(v).expect("gen");
    Ok(Value::bool(
        g.started.load(Relaxed) && !g.running() && !g.finished.load(Relaxed),
    ))
}

fn get_frame(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::none())
}

fn get_yieldfrom(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    // (None while the generator runs: its frame is not in the state.)
    Ok(as_gen(v).expect("gen").state.try_with(|st| delegate(st)).flatten().unwrap_or_else(Value::none))
}
