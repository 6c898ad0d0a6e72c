//! Design: DESIGN.md#eval-loop
//!
//! The eval loop: one function, `run`, with one exhaustive `match` over
//! `Opcode`. Trivial instructions are handled inline; the rest call the
//! handlers in `vm::ops::*` (grouped by family). Python→Python calls push
//! a frame on the activation and `continue 'frame` (no Rust recursion);
//! returns pop it. Errors unwind through each frame's exception table.
//!
//! Debug builds check after every instruction that the value stack moved
//! by the opcode table's stack effect (`jump_stack_effect` for taken
//! branches).

#![deny(unsafe_code)]

use core::cell::RefCell;

use crate::bytecode::{CodeObject, Opcode};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::dict;
use crate::object::Value;
use crate::sync::Ordering::Relaxed;
use crate::vm::frame::{Activation, Frame};
use crate::vm::ops;

/// How an activation ended.
pub enum Exit {
    Return(Value),
    /// A generator frame suspended (YIELD_VALUE) with this value.
    Yield(Value),
}

/// What an instruction asks the loop to do next.
pub enum Ctl {
    Next,
    Jump(usize),
    /// A frame was pushed: save the caller's pc and switch.
    Call,
}

crate::sync::thread_local! {
    /// The exception being handled (`sys.exc_info()`), set by
    /// PUSH_EXC_INFO and restored by POP_EXCEPT.
    static EXC_INFO: RefCell<Option<Value>> = const { RefCell::new(None) };
}

crate::sync::thread_local! {
    /// This thread's shared state (breaker word, QSBR sequence), looked up
    /// once per thread: the handle is leaked so activations borrow it
    /// without touching its reference count.
    static SHARED: core::cell::Cell<Option<&'static crate::sync::Arc<crate::vm::thread::ThreadShared>>> =
        const { core::cell::Cell::new(None) };
}

fn thread_shared() -> Option<&'static crate::vm::thread::ThreadShared> {
    SHARED.with(|c| {
        if let Some(s) = c.get() {
            return Some(&**s);
        }
        let s = crate::vm::thread::current_shared()?;
        let leaked: &'static crate::sync::Arc<crate::vm::thread::ThreadShared> = Box::leak(Box::new(s));
        c.set(Some(leaked));
        Some(&**leaked)
    })
}

/// The exception currently being handled on this thread, if any.
pub fn current_exception() -> Option<Value> {
    EXC_INFO.with(|e| e.borrow().clone())
}

/// Replaces the handled exception; returns the previous one.
pub fn set_current_exception(v: Option<Value>) -> Option<Value> {
    EXC_INFO.with(|e| core::mem::replace(&mut *e.borrow_mut(), v))
}

/// The `call` slot of Python functions: runs `func` in a new activation.
pub fn call_function(func: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let mut act = Activation::new();
    crate::vm::call::push_function_frame(&mut act, func, args, kwnames)?;
    match run(&mut act, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::system_error("yield outside a generator frame")),
    }
}

/// Runs a module-level code object with `globals` (and `locals`, which
/// defaults to `globals`).
pub fn eval_code(code: &Value, globals: &Value, locals: Option<&Value>) -> PyResult<Value> {
    let builtins = match dict::dict_get(globals, &crate::object::str::intern("__builtins__"))? {
        Some(b) if dict::core(&b).is_some() => b,
        Some(b) if crate::object::module::module_dict(&b).is_some() => {
            crate::object::module::module_dict_value(&b).expect("module")
        }
        _ => crate::vm::interp::interp().builtins_dict_value(),
    };
    let c = code.downcast::<CodeObject>().ok_or_else(|| PyErr::type_error("expected a code object"))?;
    let mut act = Activation::new();
    let nlp = c.localsplusnames.len();
    crate::vm::frame::enter_frame()?;
    let base = act.stack.len();
    act.stack.resize(base + nlp, None);
    act.frames.push(Frame {
        code: code.clone(),
        globals_: Some(globals.clone()),
        builtins_: Some(builtins),
        locals: Some(locals.unwrap_or(globals).clone()),
        func: None,
        base,
        nlocalsplus: nlp,
        pc: 0,
        lasti: 0,
        is_gen: false,
        is_init: false,
        code_borrowed: false,
        gen_ret: 0,
        fobj: None,
    });
    match run(&mut act, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::system_error("yield outside a generator frame")),
    }
}

/// Runs a class body function with `namespace` as its locals (for
/// `class::build_class`); returns the body's return value (the
/// `__classcell__` cell or None).
pub fn run_class_body(func: &Value, namespace: &Value) -> PyResult<Value> {
    let f = func
        .downcast::<crate::object::func::PyFunction>()
        .ok_or_else(|| PyErr::type_error("class body must be a function"))?;
    let c = f.code.downcast::<CodeObject>().expect("code");
    let mut act = Activation::new();
    let nlp = c.localsplusnames.len();
    crate::vm::frame::enter_frame()?;
    act.stack.resize(nlp, None);
    act.frames.push(Frame {
        code: f.code.clone(),
        globals_: Some(f.globals.clone()),
        builtins_: Some(f.builtins.clone()),
        locals: Some(namespace.clone()),
        func: Some(func.clone()),
        base: 0,
        nlocalsplus: nlp,
        pc: 0,
        lasti: 0,
        is_gen: false,
        is_init: false,
        code_borrowed: false,
        gen_ret: 0,
        fobj: None,
    });
    match run(&mut act, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::system_error("yield in a class body")),
    }
}

/// Opcode byte → (opcode, instruction size in words: 1 + inline cache
/// words), built at compile time from the opcode table (the table's
/// `from_u8` and `cache_words` are `match`es the optimiser does not always
/// inline into the loop). One table, one index computation per
/// instruction. Bytes that are no opcode map to `ExtendedArg`, whose
/// (rare) prefix loop checks the byte, so the common path has no
/// validity test.
const DISPATCH: [(Opcode, u8); 256] = {
    let mut t = [(Opcode::ExtendedArg, 1u8); 256];
    let mut i = 0;
    while i < 256 {
        if let Some(op) = Opcode::from_u8(i as u8) {
            t[i] = (op, 1 + op.cache_words() as u8);
        }
        i += 1;
    }
    t
};

#[inline(always)]
fn decode(w: u32) -> Opcode {
    DISPATCH[(w & 0xFF) as usize].0
}

#[inline(always)]
fn size_of(w: u32) -> usize {
    DISPATCH[(w & 0xFF) as usize].1 as usize
}

/// A bool `b` was just produced with the next instruction at `pc`: when
/// that is POP_JUMP_IF_FALSE/TRUE (after an optional TO_BOOL, a no-op on
/// a bool), the pc to continue at, those instructions counted as run; the
/// caller then does not push `b`. `None`: push it and go on.
#[inline(always)]
fn branch_on_bool(
    words: &[crate::sync::AtomicU32],
    pc: usize,
    b: bool,
    icount: &mut crate::vm::metrics::InstrCounter,
) -> Option<usize> {
    let mut p = pc;
    let mut nw = words.get(p)?.load(Relaxed);
    let mut n = 1;
    if nw & 0xFF == Opcode::ToBool as u32 {
        p += size_of(nw);
        nw = words.get(p)?.load(Relaxed);
        n += 1;
    }
    let t = nw & 0xFF == Opcode::PopJumpIfTrue as u32;
    if !t && nw & 0xFF != Opcode::PopJumpIfFalse as u32 {
        return None;
    }
    icount.0 += n;
    Some(if b == t { (nw >> 8) as usize } else { p + size_of(nw) })
}

#[cold]
#[inline(never)]
fn bad_opcode(w: u32) -> ! {
    panic!("weft: invalid opcode byte {} in code object", w & 0xFF)
}

/// The running frame's (code, pc, base), read when a frame starts or
/// resumes in the loop.
///
/// The code is returned as a plain reference, not a counted clone: the
/// running frame (`act.frames.last()`) holds its code object
/// (`Frame::code`, never reassigned; a borrowed copy is kept alive by the
/// frame's function) while it is on `act.frames`, and the loop uses the
/// reference only while that frame is the running one: every instruction
/// that pops or moves the frame (returns, RETURN_GENERATOR, YIELD_VALUE)
/// or pushes a callee (`Ctl::Call`) either calls `frame_state` again for
/// the new running frame before the next instruction or leaves the inner
/// loop (`continue 'frame`, `return`), and errors unwind at the top of
/// 'frame. This saves a reference-count pair per call and per return.
#[inline(always)]
fn frame_state<'a>(act: &Activation) -> (&'a CodeObject, usize, usize) {
    let f = act.frame();
    let code_ptr = f.code.downcast::<CodeObject>().expect("code object") as *const CodeObject;
    #[allow(unsafe_code)]
    // SAFETY: see above: the frame keeps the code alive for as long as the
    // loop uses the reference.
    let code: &'a CodeObject = unsafe { &*code_ptr };
    (code, f.pc, f.base)
}

/// The code a CALL just pushed a frame for (`call::try_push_simple`), as
/// `frame_state` gives it: the new running frame holds the function, which
/// holds the code, and the loop uses the reference under `frame_state`'s
/// rule (only while that frame is the running one).
#[inline(always)]
fn callee_code<'a>(p: *const CodeObject) -> &'a CodeObject {
    #[allow(unsafe_code)]
    // SAFETY: `p` points at the code of the function the running frame
    // holds (`Frame::func`, kept for the frame's life; a function's code
    // never changes); see `frame_state` for how long the loop uses it.
    unsafe {
        &*p
    }
}

/// Runs the activation's top frame (and every frame it calls) until the
/// bottom frame returns or a generator frame yields. `throw` starts with
/// an error raised at the top frame's current instruction (generator
/// `throw()`).
pub fn run(act: &mut Activation, throw: Option<PyErr>) -> PyResult<Exit> {
    crate::vm::frame::check_native_stack()?;
    // Tracing (DESIGN.md#tracing): plain dispatch unless some thread traces
    // or profiles; a loop returns `None` when its breaker poll sees the
    // mode change, and `run_switching` resumes the frame in the other copy.
    if !crate::vm::trace::instrumented() {
        if let Some(x) = run_loop::<false>(act, throw, None)? {
            return Ok(x);
        }
        return run_switching(act, None);
    }
    run_switching(act, throw)
}

/// `run` for a generator frame driven by a native consumer
/// (`gen::drive`): its YIELD_VALUE feeds `sink` and goes on while the sink
/// takes the values; a value given back suspends the frame as usual
/// (`Exit::Yield`). Traced runs do not use the sink (every yield and
/// resume is a trace event).
pub fn run_sink(act: &mut Activation, sink: &mut dyn crate::object::gen::Sink) -> PyResult<Exit> {
    crate::vm::frame::check_native_stack()?;
    if !crate::vm::trace::instrumented() {
        if let Some(x) = run_loop::<false>(act, None, Some(sink))? {
            return Ok(x);
        }
        return run_switching(act, None);
    }
    run_switching(act, None)
}

#[cold]
#[inline(never)]
fn run_switching(act: &mut Activation, mut throw: Option<PyErr>) -> PyResult<Exit> {
    crate::vm::trace::enter_activation();
    let r = loop {
        let r = if crate::vm::trace::instrumented() {
            run_loop::<true>(act, throw.take(), None)
        } else {
            run_loop::<false>(act, throw.take(), None)
        };
        match r {
            Ok(Some(x)) => break Ok(x),
            Ok(None) => continue,
            Err(e) => break Err(e),
        }
    };
    crate::vm::trace::leave_activation();
    r
}

/// The eval loop; `TRACED` selects the instrumented copy (trace hooks).
/// `Ok(None)`: the dispatch mode changed at a poll (the top frame's `pc` is
/// the RESUME to run again, or the back-edge's target) or after a CALL of
/// `sys.settrace`/`setprofile` (`pc` is the next instruction).
fn run_loop<const TRACED: bool>(
    act: &mut Activation,
    throw: Option<PyErr>,
    mut sink: Option<&mut dyn crate::object::gen::Sink>,
) -> PyResult<Option<Exit>> {
    let shared = thread_shared();
    let depth = crate::vm::frame::ThreadDepth::current();
    let mut polls: u32 = 0;
    // Instructions executed (metrics): a local, flushed every 64 polls and
    // on the way out.
    let mut icount = crate::vm::metrics::InstrCounter(0);
    // (error, is a re-raise, offset for the handler lookup when it differs
    // from the frame's lasti: RERAISE looks up its own offset but reports
    // the original instruction)
    let mut pending: Option<(PyErr, bool, Option<usize>)> = throw.map(|e| (e, false, None));
    // An exception instance raised by RAISE_VARARGS / RERAISE: unwound as
    // the value itself (no `PyErr` built only to be taken apart again).
    let mut pending_exc: Option<(Value, bool, Option<usize>)> = None;
    'frame: loop {
        if let Some((exc, reraise, lookup)) = pending_exc.take() {
            unwind_value(act, exc, reraise, lookup, TRACED)?;
        }
        if let Some((e, reraise, lookup)) = pending.take() {
            if crate::vm::trace::take_switch() {
                // sys.settrace/setprofile returned (DESIGN.md#tracing):
                // continue at the next instruction in the other copy.
                drop(e);
                return Ok(None);
            }
            unwind(act, e, reraise, lookup, TRACED)?;
        }
        // Tracing: the previously executed instruction of the top frame.
        let mut tprev = 0usize;
        if TRACED && crate::vm::trace::active() {
            tprev = crate::vm::trace::on_frame(act);
        }
        // The running frame's code, next instruction and locals base; the
        // CALL and RETURN fast paths below switch them to the callee or
        // the caller without coming back here (untraced copy only).
        let (mut code, mut pc, mut base) = frame_state(act);
        let mut words: &[crate::sync::AtomicU32] = &code.words;
        'instr: loop {
            icount.0 += 1;
            let mut lasti = pc;
            let mut w = words[pc].load(Relaxed);
            let (mut op, size) = DISPATCH[(w & 0xFF) as usize];
            let mut arg = w >> 8;
            pc += size as usize;
            if op == Opcode::ExtendedArg {
                pc = lasti;
                loop {
                    if w & 0xFF != Opcode::ExtendedArg as u32 {
                        bad_opcode(w);
                    }
                    pc += 1;
                    lasti = pc;
                    w = words[pc].load(Relaxed);
                    op = decode(w);
                    arg = (arg << 24) | (w >> 8);
                    if op != Opcode::ExtendedArg {
                        break;
                    }
                }
                pc += size_of(w);
            }
            #[cfg(debug_assertions)]
            let depth_before = act.depth() as i64;
            // Tracing: events before the instruction; a profiled native
            // call's callable (for 'c_return'/'c_exception' below).
            let mut traced_call: Option<Value> = None;
            if TRACED && crate::vm::trace::active() {
                match crate::vm::trace::before(act, op, arg, lasti, tprev) {
                    Ok(c) => traced_call = c,
                    Err(e) => {
                        act.frame_mut().lasti = lasti;
                        act.frame_mut().pc = pc;
                        pending = Some((e, false, None));
                        continue 'frame;
                    }
                }
                tprev = lasti;
            }

            let r: PyResult<Ctl> = match op {
                // ---- trivial stack and local ops (inline) ----------------
                Opcode::Nop | Opcode::ExtendedArg => Ok(Ctl::Next),
                Opcode::PopTop => {
                    act.stack.pop();
                    Ok(Ctl::Next)
                }
                Opcode::PushNull => {
                    act.push_opt(None);
                    Ok(Ctl::Next)
                }
                Opcode::Copy => {
                    let v = act.stack[act.stack.len() - arg as usize].clone();
                    act.push_opt(v);
                    Ok(Ctl::Next)
                }
                Opcode::Swap => {
                    let n = act.stack.len();
                    act.stack.swap(n - 1, n - arg as usize);
                    Ok(Ctl::Next)
                }
                Opcode::LoadConst => {
                    act.push(code.consts[arg as usize].clone());
                    Ok(Ctl::Next)
                }
                Opcode::LoadFast => 'fast: {
                    // LOAD_FAST + LOAD_ATTR of a cached instance attribute:
                    // read through the local, no count on the owner (one
                    // shared-count pair less on objects threads share). Not
                    // when traced: LOAD_ATTR gets its own line/opcode events.
                    // The next word through the hoisted slice, its opcode
                    // byte compared directly (no table lookup): this test
                    // runs on every LOAD_FAST.
                    let nw = match words.get(pc) {
                        Some(w) => w.load(Relaxed),
                        None => 0,
                    };
                    if !TRACED && nw & 0xFF == Opcode::LoadAttr as u32 {
                        if let Some(owner) = &act.stack[base + arg as usize] {
                            let cache = &code.words[pc + 1..pc + 3];
                            if let Some(v) = ops::load_store::load_attr_borrowed(owner, code, nw >> 8, cache) {
                                act.push(v);
                                lasti = pc;
                                pc += size_of(nw);
                                break 'fast Ok(Ctl::Next);
                            }
                        }
                    }
                    let v = act.stack[base + arg as usize].clone();
                    act.push_opt(v);
                    Ok(Ctl::Next)
                }
                Opcode::LoadFastCheck => match act.stack[base + arg as usize].clone() {
                    Some(v) => {
                        act.push(v);
                        Ok(Ctl::Next)
                    }
                    None => Err(ops::load_store::unbound_local(code, arg as usize)),
                },
                Opcode::LoadFastAndClear => {
                    let v = act.stack[base + arg as usize].take();
                    act.push_opt(v);
                    Ok(Ctl::Next)
                }
                Opcode::LoadFastLoadFast => {
                    let a = act.stack[base + (arg >> 4) as usize].clone();
                    let b = act.stack[base + (arg & 15) as usize].clone();
                    act.push_opt(a);
                    act.push_opt(b);
                    Ok(Ctl::Next)
                }
                Opcode::StoreFast => {
                    let v = act.pop_opt();
                    act.stack[base + arg as usize] = v;
                    Ok(Ctl::Next)
                }
                Opcode::StoreFastStoreFast => {
                    let a = act.pop_opt();
                    act.stack[base + (arg >> 4) as usize] = a;
                    let b = act.pop_opt();
                    act.stack[base + (arg & 15) as usize] = b;
                    Ok(Ctl::Next)
                }
                Opcode::StoreFastLoadFast => {
                    let a = act.pop_opt();
                    act.stack[base + (arg >> 4) as usize] = a;
                    let b = act.stack[base + (arg & 15) as usize].clone();
                    act.push_opt(b);
                    Ok(Ctl::Next)
                }
                Opcode::DeleteFast => match act.stack[base + arg as usize].take() {
                    Some(_) => Ok(Ctl::Next),
                    None => Err(ops::load_store::unbound_local(code, arg as usize)),
                },

                // ---- names, globals, cells, attributes -------------------
                Opcode::LoadName => ops::load_store::load_name(act, code, arg, &code.words[lasti + 1..lasti + 3]),
                Opcode::StoreName => ops::load_store::store_name(act, code, arg, &code.words[lasti + 1..lasti + 2]),
                Opcode::DeleteName => ops::load_store::delete_name(act, code, arg),
                Opcode::LoadGlobal => {
                    let cache = &words[lasti + 1..lasti + 3];
                    match ops::load_store::load_global_hit(act, code, arg, cache) {
                        Some(v) => {
                            act.push(v);
                            if arg & 1 != 0 {
                                act.push_opt(None);
                            }
                            Ok(Ctl::Next)
                        }
                        None => ops::load_store::load_global(act, code, arg, cache),
                    }
                }
                Opcode::StoreGlobal => ops::load_store::store_global(act, code, arg, &code.words[lasti + 1..lasti + 2]),
                Opcode::DeleteGlobal => ops::load_store::delete_global(act, code, arg),
                Opcode::LoadLocals => ops::load_store::load_locals(act),
                Opcode::LoadFromDictOrGlobals => ops::load_store::load_from_dict_or_globals(act, code, arg),
                Opcode::LoadFromDictOrDeref => ops::load_store::load_from_dict_or_deref(act, code, arg),
                Opcode::MakeCell => ops::load_store::make_cell(act, arg),
                Opcode::CopyFreeVars => ops::load_store::copy_free_vars(act, arg),
                Opcode::LoadDeref => ops::load_store::load_deref(act, code, arg),
                Opcode::StoreDeref => ops::load_store::store_deref(act, arg),
                Opcode::DeleteDeref => ops::load_store::delete_deref(act, code, arg),
                Opcode::LoadAttr => ops::load_store::load_attr(act, code, arg, &code.words[lasti + 1..lasti + 3]),
                Opcode::StoreAttr => ops::load_store::store_attr(act, code, arg, &code.words[lasti + 1]),
                Opcode::DeleteAttr => ops::load_store::delete_attr(act, code, arg),
                Opcode::LoadSuperAttr => ops::load_store::load_super_attr(act, code, arg),
                Opcode::LoadBuildClass => ops::load_store::load_build_class(act),
                Opcode::SetupAnnotations => ops::load_store::setup_annotations(act),
                Opcode::ImportName => ops::load_store::import_name(act, code, arg, lasti),
                Opcode::ImportFrom => ops::load_store::import_from(act, code, arg),

                // ---- operators ---------------------------------------------
                Opcode::UnaryNegative => ops::arith::unary(act, crate::object::ops::UnOp::Neg),
                Opcode::UnaryInvert => ops::arith::unary(act, crate::object::ops::UnOp::Invert),
                Opcode::UnaryNot => ops::arith::unary_not(act),
                Opcode::ToBool => {
                    // A bool is its own truth value: nothing to do, and a
                    // POP_JUMP_IF_FALSE/TRUE after it branches on it here
                    // (release builds, untraced).
                    match act.stack.last() {
                        Some(Some(v)) if v.as_bool().is_some() => {
                            if !TRACED && !cfg!(debug_assertions) {
                                let b = v.as_bool() == Some(true);
                                if let Some(t) = branch_on_bool(words, pc, b, &mut icount) {
                                    act.stack.pop();
                                    pc = t;
                                    continue;
                                }
                            }
                            Ok(Ctl::Next)
                        }
                        _ => ops::arith::to_bool(act),
                    }
                }
                Opcode::BinaryOp => {
                    // Small-int and float operands: computed here, the
                    // result replaces the left operand in place.
                    // A float result followed by STORE_FAST may go straight
                    // into the local's float (`float_binary`); not when
                    // traced (the store has its own events) nor in debug
                    // builds (each instruction's stack effect is checked).
                    let store = if !TRACED && !cfg!(debug_assertions) {
                        match words.get(pc) {
                            Some(w) => {
                                let nw = w.load(Relaxed);
                                if nw & 0xFF == Opcode::StoreFast as u32 {
                                    base + (nw >> 8) as usize
                                } else {
                                    usize::MAX
                                }
                            }
                            None => usize::MAX,
                        }
                    } else {
                        usize::MAX
                    };
                    match ops::arith::binary_fast(&mut act.stack, arg, store) {
                        ops::arith::BinFast::Done => Ok(Ctl::Next),
                        ops::arith::BinFast::Stored => {
                            icount.0 += 1;
                            lasti = pc;
                            pc += 1;
                            Ok(Ctl::Next)
                        }
                        ops::arith::BinFast::No => ops::arith::binary_op(act, arg),
                    }
                }
                Opcode::CompareOp => {
                    let n = act.stack.len();
                    let r = match (&act.stack[n - 2], &act.stack[n - 1]) {
                        (Some(a), Some(b)) => ops::arith::compare_fast(a, b, arg),
                        _ => None,
                    };
                    match r {
                        Some(b) => {
                            act.stack.pop();
                            // A bool-producing compare followed by
                            // POP_JUMP_IF_FALSE/TRUE branches directly (release
                            // builds; debug builds run the jump on its own so
                            // its stack effect is checked).
                            let nw = code.word(pc);
                            let nop = decode(nw);
                            if !cfg!(debug_assertions)
                                && arg & 16 != 0
                                && (nop == Opcode::PopJumpIfFalse || nop == Opcode::PopJumpIfTrue)
                            {
                                act.stack.pop();
                                icount.0 += 1;
                                if b == (nop == Opcode::PopJumpIfTrue) {
                                    pc = (nw >> 8) as usize;
                                } else {
                                    pc += size_of(nw);
                                }
                                continue;
                            }
                            act.stack[n - 2] = Some(Value::bool(b));
                            Ok(Ctl::Next)
                        }
                        None => ops::arith::compare_op(act, arg),
                    }
                }
                Opcode::IsOp => ops::arith::is_op(act, arg),
                Opcode::ContainsOp => ops::arith::contains_op(act, arg),
                Opcode::BinarySubscr => {
                    if ops::arith::subscr_fast(&mut act.stack) {
                        Ok(Ctl::Next)
                    } else {
                        ops::arith::binary_subscr(act)
                    }
                }
                Opcode::StoreSubscr => {
                    if ops::arith::store_subscr_fast(&mut act.stack) {
                        Ok(Ctl::Next)
                    } else {
                        ops::arith::store_subscr(act)
                    }
                }
                Opcode::DeleteSubscr => ops::arith::delete_subscr(act),
                Opcode::BinarySlice => ops::arith::binary_slice(act),
                Opcode::StoreSlice => ops::arith::store_slice(act),
                Opcode::FormatSimple => ops::arith::format_simple(act),
                Opcode::FormatWithSpec => ops::arith::format_with_spec(act),
                Opcode::ConvertValue => ops::arith::convert_value(act, arg),

                // ---- building ------------------------------------------------
                Opcode::BuildTuple => ops::build::build_tuple(act, arg),
                Opcode::BuildList => ops::build::build_list(act, arg),
                Opcode::BuildSet => ops::build::build_set(act, arg),
                Opcode::BuildMap => ops::build::build_map(act, arg),
                Opcode::BuildConstKeyMap => ops::build::build_const_key_map(act, arg),
                Opcode::BuildString => ops::build::build_string(act, arg),
                Opcode::BuildSlice => ops::build::build_slice(act, arg),
                Opcode::ListAppend => ops::build::list_append(act, arg),
                Opcode::SetAdd => ops::build::set_add(act, arg),
                Opcode::MapAdd => ops::build::map_add(act, arg),
                Opcode::ListExtend => ops::build::list_extend(act, arg),
                Opcode::SetUpdate => ops::build::set_update(act, arg),
                Opcode::DictUpdate => ops::build::dict_update(act, arg),
                Opcode::DictMerge => ops::build::dict_merge(act, arg),
                Opcode::UnpackSequence => {
                    if ops::build::unpack_fast(&mut act.stack, arg) {
                        Ok(Ctl::Next)
                    } else {
                        ops::build::unpack_sequence(act, arg)
                    }
                }
                Opcode::UnpackEx => ops::build::unpack_ex(act, arg),
                Opcode::MakeFunction => {
                    // MAKE_FUNCTION + SET_FUNCTION_ATTRIBUTE(closure), as
                    // the compiler emits every closure: the function is
                    // created with its closure. Release builds, untraced
                    // (the second instruction has no events of its own;
                    // debug builds check each instruction's stack effect).
                    let nw = words.get(pc).map(|w| w.load(Relaxed)).unwrap_or(0);
                    if !TRACED
                        && !cfg!(debug_assertions)
                        && decode(nw) == Opcode::SetFunctionAttribute
                        && nw >> 8 == crate::bytecode::opcodes::function_attr::CLOSURE
                    {
                        icount.0 += 1;
                        lasti = pc;
                        pc += size_of(nw);
                        ops::build::make_function_closure(act)
                    } else {
                        ops::build::make_function(act)
                    }
                }
                Opcode::SetFunctionAttribute => ops::build::set_function_attribute(act, arg),
                Opcode::CallIntrinsic1 => ops::build::call_intrinsic_1(act, arg),
                Opcode::CallIntrinsic2 => ops::build::call_intrinsic_2(act, arg),

                // ---- iteration, generators, pattern matching -------------------
                Opcode::GetIter => ops::iter::get_iter(act),
                Opcode::GetYieldFromIter => ops::iter::get_yield_from_iter(act),
                Opcode::ForIter => match ops::iter::for_iter_fast(&mut act.stack) {
                    Some(true) => Ok(Ctl::Next),
                    Some(false) => Ok(Ctl::Jump(arg as usize)),
                    None => ops::iter::for_iter(act, arg, depth),
                },
                Opcode::Send => ops::iter::send(act, arg, depth),
                Opcode::EndSend => {
                    let v = act.pop();
                    act.pop_opt();
                    act.push(v);
                    Ok(Ctl::Next)
                }
                Opcode::GetAwaitable => ops::iter::get_awaitable(act, arg),
                Opcode::GetAiter => ops::iter::get_aiter(act),
                Opcode::GetAnext => ops::iter::get_anext(act),
                Opcode::GetLen => ops::iter::get_len(act),
                Opcode::MatchMapping => ops::iter::match_mapping(act),
                Opcode::MatchSequence => ops::iter::match_sequence(act),
                Opcode::MatchKeys => ops::iter::match_keys(act),
                Opcode::MatchClass => ops::iter::match_class(act, arg),

                // ---- exceptions and with -------------------------------------
                Opcode::PushExcInfo => ops::exc::push_exc_info(act),
                Opcode::PopExcept => ops::exc::pop_except(act),
                Opcode::CheckExcMatch => ops::exc::check_exc_match(act),
                Opcode::CheckEgMatch => ops::exc::check_eg_match(act),
                Opcode::BeforeWith => ops::exc::before_with(act, false),
                Opcode::BeforeAsyncWith => ops::exc::before_with(act, true),
                Opcode::WithExceptStart => ops::exc::with_except_start(act),
                Opcode::LoadAssertionError => {
                    act.push(crate::object::exc::exc_type(ExcKind::AssertionError).to_value());
                    Ok(Ctl::Next)
                }
                Opcode::ExitInitCheck => ops::exc::exit_init_check(act),
                Opcode::EndAsyncFor => match ops::exc::end_async_for(act) {
                    Ok(()) => Ok(Ctl::Next),
                    Err(e) => {
                        pending = Some((e, true, None));
                        act.frame_mut().lasti = lasti;
                        act.frame_mut().pc = pc;
                        continue 'frame;
                    }
                },
                Opcode::CleanupThrow => match ops::exc::cleanup_throw(act) {
                    Ok(()) => Ok(Ctl::Next),
                    Err(e) => {
                        pending = Some((e, true, None));
                        act.frame_mut().lasti = lasti;
                        act.frame_mut().pc = pc;
                        continue 'frame;
                    }
                },
                Opcode::RaiseVarargs => {
                    let (e, reraise) = ops::exc::raise_varargs(act, arg);
                    act.frame_mut().lasti = lasti;
                    act.frame_mut().pc = pc;
                    match e {
                        Ok(exc) => pending_exc = Some((exc, reraise, None)),
                        Err(e) => pending = Some((e, reraise, None)),
                    }
                    continue 'frame;
                }
                Opcode::Reraise => {
                    let exc = act.pop();
                    let here = lasti;
                    if arg > 0 {
                        // The `arg` values under the exception stay on the
                        // stack (CPython's `values[oparg]`): an enclosing
                        // handler of this frame may sit deeper than them,
                        // and its depth counts them (a `with` block's
                        // cleanup handler reads the saved exception there).
                        let n = act.stack.len();
                        if let Some(Some(l)) = act.stack.get(n - arg as usize) {
                            if let Some(i) = l.as_small_int() {
                                lasti = i as usize;
                            }
                        }
                    }
                    act.frame_mut().lasti = lasti;
                    act.frame_mut().pc = pc;
                    pending_exc = Some((exc, true, Some(here)));
                    continue 'frame;
                }

                // ---- control flow ----------------------------------------------
                Opcode::JumpForward | Opcode::JumpBackwardNoInterrupt => Ok(Ctl::Jump(arg as usize)),
                Opcode::JumpBackward | Opcode::Resume => 'poll: {
                    if let Some(s) = shared {
                        if s.breaker.load(Relaxed) != 0 {
                            if let Err(e) = handle_breaker(s) {
                                break 'poll Err(e);
                            }
                            if TRACED != crate::vm::trace::instrumented() {
                                // Tracing turned on/off (INSTRUMENT bit):
                                // the other loop copy reruns RESUME (its
                                // 'call' event) or continues at the
                                // back-edge's target.
                                act.frame_mut().pc = if op == Opcode::Resume { lasti } else { arg as usize };
                                act.frame_mut().lasti = lasti;
                                icount.flush();
                                return Ok(None);
                            }
                        }
                        polls = polls.wrapping_add(1);
                        if polls & 63 == 0 {
                            crate::gc::qsbr::quiescent(s);
                            icount.flush();
                        }
                    }
                    if op == Opcode::Resume {
                        Ok(Ctl::Next)
                    } else {
                        Ok(Ctl::Jump(arg as usize))
                    }
                }
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    let v = act.pop();
                    let b = match v.as_bool() {
                        Some(b) => Ok(b),
                        None => crate::object::ops::is_true(&v),
                    };
                    match b {
                        Ok(b) if b == (op == Opcode::PopJumpIfTrue) => Ok(Ctl::Jump(arg as usize)),
                        Ok(_) => Ok(Ctl::Next),
                        Err(e) => Err(e),
                    }
                }
                Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                    let v = act.pop();
                    if v.is_none() == (op == Opcode::PopJumpIfNone) {
                        Ok(Ctl::Jump(arg as usize))
                    } else {
                        Ok(Ctl::Next)
                    }
                }

                // ---- calls and returns -----------------------------------------
                // The calling instruction is recorded first: native callees
                // may read the frame (`sys._getframe`, DESIGN.md#tracing).
                Opcode::Call => match crate::vm::call::try_push_simple(act, arg as usize, depth, pc, lasti) {
                    // A plain Python function: its frame is pushed and the
                    // caller's pc saved; the untraced copy starts the callee
                    // here (no `Ctl::Call` round trip, no re-read of the
                    // record just written).
                    Some(Ok((callee, b))) => {
                        if !TRACED {
                            code = callee_code(callee);
                            words = &code.words;
                            pc = 0;
                            base = b;
                            continue;
                        }
                        Ok(Ctl::Call)
                    }
                    Some(Err(e)) => Err(e),
                    None => 'native: {
                        // Sites quickened for `isinstance(x, cls)`, `len(x)`
                        // or `int(x)`: the common answers inline (no call,
                        // no argument checks; CPython 3.13's CALL_ISINSTANCE
                        // / CALL_LEN), and a TO_BOOL + POP_JUMP_IF_FALSE/TRUE
                        // after isinstance branch on it directly (release
                        // builds, untraced, as COMPARE_OP). Python calls
                        // never get here (tried first, above).
                        if !TRACED && arg <= 2 {
                            use crate::builtins::fast;
                            let c = words[lasti + 1].load(Relaxed);
                            if arg == 2 && c == fast::ISINSTANCE_WORD {
                                if let Some(b) = fast::isinstance_inline(&mut act.stack) {
                                    if !cfg!(debug_assertions) {
                                        if let Some(t) = branch_on_bool(words, pc, b, &mut icount) {
                                            pc = t;
                                            continue 'instr;
                                        }
                                    }
                                    act.push(Value::bool(b));
                                    break 'native Ok(Ctl::Next);
                                }
                            } else if arg == 1 && (c == fast::LEN_WORD || c == fast::INT_WORD) {
                                if let Some(v) = fast::call1_inline(&mut act.stack, c) {
                                    act.push(v);
                                    break 'native Ok(Ctl::Next);
                                }
                            }
                        }
                        act.frame_mut().lasti = lasti;
                        // Native callables on the stack slots, quickened
                        // through the first cache word (builtins::fast).
                        match crate::builtins::fast::try_call(act, arg as usize, &words[lasti + 1]) {
                            Some(r) => r.map(|()| Ctl::Next),
                            None => ops::call::call(act, arg as usize, None),
                        }
                    }
                },
                Opcode::CallKw => {
                    act.frame_mut().lasti = lasti;
                    let kw = act.pop();
                    ops::call::call(act, arg as usize, Some(kw))
                }
                Opcode::CallFunctionEx => {
                    act.frame_mut().lasti = lasti;
                    ops::call::call_function_ex(act, arg)
                }
                Opcode::ReturnValue | Opcode::ReturnConst | Opcode::InterpreterExit => {
                    let v = if op == Opcode::ReturnConst { code.consts[arg as usize].clone() } else { act.pop() };
                    if TRACED && crate::vm::trace::active() {
                        act.frame_mut().lasti = lasti;
                        if let Err(e) = crate::vm::trace::on_return(act, &v) {
                            act.frame_mut().pc = pc;
                            pending = Some((e, false, None));
                            continue 'frame;
                        }
                    }
                    {
                        // The common case: a function frame returns into its
                        // caller in this activation. Its locals and value
                        // stack are dropped in place and the frame record is
                        // dropped where it sits (no move out of `frames`).
                        let n = act.frames.len();
                        let f = &act.frames[n - 1];
                        if n > 1 && f.gen_ret == 0 && !f.is_gen && !f.is_init {
                            act.drop_slots_from(f.base);
                            act.pop_call_frame(depth);
                            act.push(v);
                            if !TRACED {
                                // The caller goes on at its saved pc here,
                                // without the outer loop's re-entry.
                                (code, pc, base) = frame_state(act);
                                words = &code.words;
                                continue;
                            }
                            continue 'frame;
                        }
                    }
                    let f = act.pop_frame();
                    if f.gen_ret != 0 {
                        // An inline generator returned: it is finished; the
                        // caller's FOR_ITER drops the value and pops the
                        // iterator, SEND pushes it; both jump.
                        crate::object::gen::release_inline(act.peek(0));
                        if f.gen_ret & 3 == crate::vm::frame::GEN_RET_CALL {
                            // `send`/`next` run by CALL: StopIteration at
                            // the CALL, or the default (under the
                            // generator) is the result.
                            drop(act.pop());
                            if f.gen_ret >> 2 == 0 {
                                pending = Some((crate::object::gen::stop_iteration_for(v), false, None));
                            } else {
                                drop(v);
                            }
                            continue 'frame;
                        }
                        if f.gen_ret & 3 == crate::vm::frame::GEN_RET_FOR_ITER {
                            act.pop();
                            drop(v);
                        } else {
                            act.push(v);
                        }
                        act.frame_mut().pc = (f.gen_ret >> 2) as usize;
                        continue 'frame;
                    }
                    if f.is_gen || act.frames.is_empty() {
                        return Ok(Some(Exit::Return(v)));
                    }
                    if f.is_init {
                        // The instance is already in the caller's result slot.
                        if !v.is_none() {
                            pending = Some((ops::call::init_returned(&v), false, None));
                        }
                        continue 'frame;
                    }
                    act.push(v);
                    continue 'frame;
                }
                Opcode::ReturnGenerator => {
                    let mut f = act.frames.pop().expect("frame");
                    crate::vm::frame::leave_frame();
                    let data = act.stack.split_off(f.base);
                    f.base = 0;
                    f.pc = pc;
                    f.lasti = lasti;
                    f.is_gen = true;
                    let gen = crate::object::gen::new_generator(f, data);
                    if act.frames.is_empty() {
                        return Ok(Some(Exit::Return(gen)));
                    }
                    act.push(gen);
                    continue 'frame;
                }
                Opcode::YieldValue => {
                    let v = act.pop();
                    if TRACED && crate::vm::trace::active() {
                        act.frame_mut().lasti = lasti;
                        // 'return' for the yield; a trace function's error
                        // is dropped (the frame is being suspended).
                        let _ = crate::vm::trace::on_return(act, &v);
                    }
                    if act.frame().gen_ret != 0 {
                        crate::object::gen::yield_inline(act, pc, lasti, depth, v);
                        if !TRACED {
                            // The caller goes on after its FOR_ITER / SEND /
                            // CALL here, without the outer loop's re-entry
                            // (as a plain return does).
                            (code, pc, base) = frame_state(act);
                            words = &code.words;
                            continue;
                        }
                        continue 'frame;
                    }
                    if !TRACED {
                        if let Some(s) = sink.as_deref_mut() {
                            // The driven generator (the bottom frame): the
                            // sink takes the value and the frame goes on
                            // as after `next()` (None sent).
                            match s.feed(v) {
                                None => {
                                    act.push(Value::none());
                                    continue;
                                }
                                Some(back) => {
                                    let f = act.frame_mut();
                                    f.pc = pc;
                                    f.lasti = lasti;
                                    return Ok(Some(Exit::Yield(back)));
                                }
                            }
                        }
                    }
                    let f = act.frame_mut();
                    debug_assert!(f.is_gen, "YIELD_VALUE outside a generator frame");
                    f.pc = pc;
                    f.lasti = lasti;
                    return Ok(Some(Exit::Yield(v)));
                }
            };

            if TRACED {
                if let Some(c) = traced_call {
                    if let Err(e) = crate::vm::trace::after_c_call(act, c, r.is_ok()) {
                        act.frame_mut().lasti = lasti;
                        act.frame_mut().pc = pc;
                        pending = Some((e, false, None));
                        continue 'frame;
                    }
                }
            }
            match r {
                Ok(Ctl::Next) => {
                    #[cfg(debug_assertions)]
                    check_effect(act, op, arg, depth_before, false, code, lasti);
                }
                Ok(Ctl::Jump(t)) => {
                    #[cfg(debug_assertions)]
                    check_effect(act, op, arg, depth_before, true, code, lasti);
                    pc = t;
                }
                Ok(Ctl::Call) => {
                    let n = act.frames.len();
                    let caller = &mut act.frames[n - 2];
                    caller.pc = pc;
                    caller.lasti = lasti;
                    if !TRACED {
                        // Nothing pending and no trace event: the callee
                        // starts here, without the outer loop's re-entry.
                        (code, pc, base) = frame_state(act);
                        words = &code.words;
                        continue;
                    }
                    continue 'frame;
                }
                Err(e) => {
                    act.frame_mut().lasti = lasti;
                    act.frame_mut().pc = pc;
                    pending = Some((e, false, None));
                    continue 'frame;
                }
            }
        }
    }
}

#[cfg(debug_assertions)]
fn check_effect(act: &Activation, op: Opcode, arg: u32, before: i64, jumped: bool, code: &CodeObject, lasti: usize) {
    let want = if jumped { op.jump_stack_effect(arg) } else { op.net_effect(arg) } as i64;
    let got = act.depth() as i64 - before;
    assert!(
        got == want,
        "weft: stack effect of {:?} (oparg {}) at {} in {}: table says {}, VM did {}",
        op,
        arg,
        lasti,
        crate::object::str::to_rust_string(&code.qualname),
        want,
        got
    );
}

#[cold]
fn handle_breaker(s: &crate::vm::thread::ThreadShared) -> PyResult<()> {
    // CPython's order: stop, signals, pending calls, merge, GC.
    if s.breaker.load(Relaxed) & crate::vm::breaker::PLEASE_STOP != 0 {
        crate::vm::stw::park_for_stop(s);
    }
    let bits = s.breaker.load(Relaxed);
    if bits & crate::vm::breaker::GC_SCHEDULED != 0 {
        crate::vm::breaker::clear_bit(&s.breaker, crate::vm::breaker::GC_SCHEDULED);
        crate::gc::deferred::collect();
    }
    if bits & crate::vm::breaker::INSTRUMENT != 0 {
        // The caller compares its loop copy with `trace::instrumented()`.
        crate::vm::breaker::clear_bit(&s.breaker, crate::vm::breaker::INSTRUMENT);
    }
    if bits & crate::vm::breaker::EXPLICIT_MERGE != 0 {
        crate::vm::thread::brc_merge_queue();
    }
    crate::gc::qsbr::quiescent(s);
    if bits & crate::vm::breaker::GIL_DROP_REQUEST != 0 {
        // Another thread waited a switch interval for our GIL (DESIGN.md#gil).
        crate::vm::thread::yield_gil();
    }
    if bits & crate::vm::breaker::SIGNALS_PENDING != 0 {
        crate::vm::signals::take_interrupt(s)?;
    }
    Ok(())
}

fn is_inlined_comprehension(code: &CodeObject) -> bool {
    matches!(
        crate::object::str::as_str(&code.name).as_deref(),
        Some("<listcomp>") | Some("<setcomp>") | Some("<dictcomp>")
    )
}

/// Unwinds `e` from the running frame's `lasti` through exception
/// tables: on a handler, the top frame's `pc` is set to its target; an
/// error that escapes the activation is returned. `reraise` skips the
/// traceback entry of the current frame (RERAISE, bare `raise`), as
/// CPython does.
fn unwind(act: &mut Activation, e: PyErr, reraise: bool, lookup: Option<usize>, traced: bool) -> PyResult<()> {
    unwind_value(act, e.value(), reraise, lookup, traced)
}

/// `unwind` of an exception instance.
fn unwind_value(act: &mut Activation, exc: Value, reraise: bool, mut lookup: Option<usize>, traced: bool) -> PyResult<()> {
    let mut exc = exc;
    if !reraise {
        ops::exc::set_implicit_context(&exc);
    }
    let mut add_tb = !reraise;
    loop {
        let (code_v, lasti, base, nlp) = {
            let f = act.frame();
            (f.code.clone(), f.lasti, f.base, f.nlocalsplus)
        };
        let code = code_v.downcast::<CodeObject>().expect("code");
        // CPython 3.12+ inlines list/set/dict comprehensions (PEP 709), so
        // they have no traceback entry of their own; Weft's compiler keeps
        // them as functions, and their frames are left out here.
        if add_tb && !is_inlined_comprehension(code) {
            let line = code.location(lasti as u32).line;
            crate::object::exc::add_traceback(&exc, &code_v, lasti as u32, line);
        }
        if traced && add_tb && crate::vm::trace::active() {
            // 'exception' (DESIGN.md#tracing); an error in the trace
            // function replaces the exception.
            if let Err(e2) = crate::vm::trace::on_exception(act, &exc) {
                exc = e2.value();
            }
        }
        add_tb = true;
        if let Some(h) = code.handler(lookup.take().unwrap_or(lasti) as u32) {
            debug_assert!(
                act.stack.len() >= base + nlp + h.depth as usize,
                "weft: exception handler depth {} above the value stack in {}",
                h.depth,
                crate::object::str::to_rust_string(&code.qualname)
            );
            act.stack.truncate(base + nlp + h.depth as usize);
            if h.lasti {
                act.push(Value::small_int(lasti as i64).expect("small"));
            }
            act.push(exc);
            act.frame_mut().pc = h.target as usize;
            return Ok(());
        }
        if traced && crate::vm::trace::active() {
            let _ = crate::vm::trace::on_return(act, &Value::none());
        }
        let f = act.pop_frame();
        if f.gen_ret != 0 {
            // The error leaves an inline generator: it is finished, and the
            // error continues at the caller's FOR_ITER / SEND.
            crate::object::gen::release_inline(act.peek(0));
            continue;
        }
        if f.is_gen || act.frames.is_empty() {
            return Err(PyErr::from_value(exc));
        }
    }
}
