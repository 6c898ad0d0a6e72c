//! Design: DESIGN.md#eval-loop
//!
//! Frames and the per-thread frame stack.
//!
//! An *activation* is one entry into the eval loop from Rust (running a
//! module, a native→Python call such as a key function, resuming a
//! generator). It owns one contiguous chunk of words, `stack`, in which
//! every frame it runs lays out
//!
//! ```text
//!   base                base+nlocalsplus
//!   | localsplus (fast locals, cells, frees) | value stack ... -> (Vec end)
//! ```
//!
//! A Python→Python call pushes a `Frame` whose `base` is the current end
//! of the chunk and continues in the same loop (no Rust recursion); return
//! truncates the chunk back to `base`. The value stack of the running
//! frame is always the tail of the chunk, so push/pop are `Vec` push/pop.
//! Chunks are recycled through a per-thread pool, so a native→Python call
//! allocates nothing once warm. Slots are `Option<Value>`: `None` is
//! CPython's NULL (unbound local, `PUSH_NULL`).
//!
//! The per-thread Python recursion counter lives here too
//! (`enter_frame`/`leave_frame`), with CPython's default limit of 1000: the
//! first layer of recursion limits (the native stack guard, `vm::stack`, is
//! the second; DESIGN.md#recursion-limits).

#![deny(unsafe_code)]

use core::cell::{Cell, RefCell};

use crate::error::{PyErr, PyResult};
use crate::object::Value;
use crate::sync::{AtomicU32, Ordering::Relaxed};

/// One Python frame inside an activation.
pub struct Frame {
    /// The code object being run. With `code_borrowed` (function frames
    /// pushed by a call) this copy holds no count of its own: a function's
    /// code never changes (`PyFunction::code`), and the frame holds the
    /// function (`func`, set at the push and never reassigned or taken while
    /// the frame lives), so the code outlives the frame. Saves a count pair
    /// per call; `Drop` forgets the copy.
    pub code: Value,
    /// Globals and builtins dicts of frames without a function (module
    /// bodies run by `eval_code`); function frames leave them `None` and
    /// read the function's (two fewer counted references per call).
    pub globals_: Option<Value>,
    pub builtins_: Option<Value>,
    /// The locals mapping of module and class bodies (`None` for functions).
    pub locals: Option<Value>,
    /// The function being run (None for module/class bodies run by `exec`).
    pub func: Option<Value>,
    /// Index of `localsplus[0]` in the activation's chunk.
    pub base: usize,
    /// `code.localsplusnames.len()`.
    pub nlocalsplus: usize,
    /// Next instruction (saved while a callee runs or the frame is suspended).
    pub pc: usize,
    /// Offset of the instruction being executed (tracebacks, unwinding).
    pub lasti: usize,
    /// The frame belongs to a generator/coroutine (it is the bottom frame of
    /// its activation; YIELD_VALUE suspends it).
    pub is_gen: bool,
    /// The frame runs `__init__` for a class call made by CALL: the new
    /// instance sits in the caller's result slot; on return the value must
    /// be None and is dropped instead of pushed (CPython's EXIT_INIT_CHECK).
    pub is_init: bool,
    /// `code` is borrowed from `func` (see `code`).
    pub code_borrowed: bool,
    /// Non-zero while a generator's frame runs inside the activation of
    /// the FOR_ITER or SEND that resumed it (`gen::push_inline`): the
    /// instruction's jump target << 2 | `GEN_RET_FOR_ITER` or
    /// `GEN_RET_SEND`, or `GEN_RET_CALL` (a CALL of `send`/`next`). The generator object is the caller's top value,
    /// the slot at `base - 1`. YIELD_VALUE hands the frame back to the
    /// generator and the caller continues after its instruction; a return
    /// or an escaping error releases the generator (it is finished).
    pub gen_ret: u32,
    /// The frame's Python frame object, once tracing or `sys._getframe`
    /// asked for it (DESIGN.md#tracing; `vm::trace::ensure_fobj`).
    pub fobj: Option<Value>,
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        if self.code_borrowed {
            // Not ours to release (see `code`); the immortal None left in
            // its place drops as a no-op.
            core::mem::forget(core::mem::replace(&mut self.code, Value::none()));
        }
    }
}

pub const GEN_RET_FOR_ITER: u32 = 1;
pub const GEN_RET_SEND: u32 = 2;
/// `gen.send(v)` / `next(gen)` (`GEN_RET_CALL`) or `next(gen, default)`
/// (`GEN_RET_CALL | 1 << 2`, the default under the generator) run inline
/// by CALL (`gen::call_inline`): a yield replaces the generator (and the
/// default) with the value, a return raises StopIteration in the caller
/// (or leaves the default).
pub const GEN_RET_CALL: u32 = 3;

impl Frame {
    #[inline]
    fn function(&self) -> Option<&crate::object::func::PyFunction> {
        self.func.as_ref().and_then(|f| f.downcast::<crate::object::func::PyFunction>())
    }

    /// The frame's globals dict.
    #[inline]
    pub fn globals(&self) -> &Value {
        match &self.globals_ {
            Some(g) => g,
            None => &self.function().expect("function frame").globals,
        }
    }

    /// The frame's builtins dict.
    #[inline]
    pub fn builtins(&self) -> &Value {
        match &self.builtins_ {
            Some(b) => b,
            None => &self.function().expect("function frame").builtins,
        }
    }
}

/// One entry into the eval loop: a chunk of words and the frames in it.
pub struct Activation {
    pub stack: Vec<Option<Value>>,
    pub frames: Vec<Frame>,
}

crate::sync::thread_local! {
    static POOL: RefCell<Vec<Vec<Option<Value>>>> = const { RefCell::new(Vec::new()) };
    /// Emptied frame-record vectors of finished activations (a
    /// native→Python call such as a `map` or `sorted` key function then
    /// allocates no frame vector once warm).
    static FRAMES_POOL: RefCell<Vec<Vec<Frame>>> = const { RefCell::new(Vec::new()) };
    /// (Python recursion depth, frames pushed so far): one thread-local for
    /// both, updated together on every call.
    static DEPTH: Cell<(u32, u64)> = const { Cell::new((0, 0)) };
}

impl Activation {
    /// An activation with a recycled chunk.
    pub fn new() -> Activation {
        let stack = POOL.with(|p| p.borrow_mut().pop()).unwrap_or_else(|| Vec::with_capacity(256));
        let frames = FRAMES_POOL.with(|p| p.borrow_mut().pop()).unwrap_or_else(|| Vec::with_capacity(8));
        Activation { stack, frames }
    }

    /// An activation around an existing chunk (a resumed generator's frame).
    pub fn with_stack(stack: Vec<Option<Value>>) -> Activation {
        Activation { stack, frames: Vec::with_capacity(4) }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(Some(v));
    }

    #[inline]
    pub fn push_opt(&mut self, v: Option<Value>) {
        self.stack.push(v);
    }

    /// Pops a non-NULL value (the compiler guarantees it).
    #[inline]
    pub fn pop(&mut self) -> Value {
        match self.stack.pop() {
            Some(Some(v)) => v,
            _ => stack_bug(),
        }
    }

    #[inline]
    pub fn pop_opt(&mut self) -> Option<Value> {
        self.stack.pop().unwrap_or_else(|| stack_bug())
    }

    /// The value `i` slots below the top (0 = top).
    #[inline]
    pub fn peek(&self, i: usize) -> &Value {
        match &self.stack[self.stack.len() - 1 - i] {
            Some(v) => v,
            None => stack_bug(),
        }
    }

    #[inline]
    pub fn top_mut(&mut self) -> &mut Option<Value> {
        let n = self.stack.len();
        &mut self.stack[n - 1]
    }

    /// The value stack from slot `from` to the top as a slice of values,
    /// if none of them is NULL: a native callee reads CALL's arguments
    /// where they are (builtins::fast), with no move into an array.
    #[inline]
    pub fn values_from(&self, from: usize) -> Option<&[Value]> {
        let s = self.stack.get(from..)?;
        if s.iter().any(|v| v.is_none()) {
            return None;
        }
        #[allow(unsafe_code)]
        // SAFETY: `Value` is `repr(transparent)` over `NonZeroUsize`
        // (object/handle.rs), so `Option<Value>` has the same size and
        // alignment and `Some(v)` is `v`'s bit pattern (the guaranteed
        // null-niche layout of `Option` of such a wrapper); every element
        // was checked to be `Some` just above, and the shared borrow of
        // `self.stack` keeps them from changing while the slice lives.
        Some(unsafe { &*(s as *const [Option<Value>] as *const [Value]) })
    }

    /// Pops `n` values, bottom first.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.drain(at..).map(|v| v.unwrap_or_else(|| stack_bug())).collect()
    }

    #[inline]
    pub fn frame(&self) -> &Frame {
        self.frames.last().expect("a running frame")
    }

    #[inline]
    pub fn frame_mut(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a running frame")
    }

    /// The running frame's fast local `i`.
    #[inline]
    pub fn local(&self, i: usize) -> &Option<Value> {
        &self.stack[self.frame().base + i]
    }

    #[inline]
    pub fn local_mut(&mut self, i: usize) -> &mut Option<Value> {
        let b = self.frame().base;
        &mut self.stack[b + i]
    }

    /// Depth of the running frame's value stack.
    #[inline]
    pub fn depth(&self) -> usize {
        let f = self.frame();
        self.stack.len() - f.base - f.nlocalsplus
    }

    /// Drops the slots from `base` up (a frame's locals and value stack).
    #[inline(always)]
    pub fn drop_slots_from(&mut self, base: usize) {
        // A frame holds a few words: dropping them in place (first to last,
        // as truncate and CPython do), then popping the emptied slots, keeps
        // the drops inline (truncate calls an out-of-line slice drop).
        for slot in &mut self.stack[base..] {
            drop(slot.take());
        }
        while self.stack.len() > base {
            let _ = self.stack.pop();
        }
    }

    /// Pushes a frame record. Inlined (a `Vec::push` of the 88-byte record
    /// is an out-of-line call with a copy); growth is out of line.
    #[inline(always)]
    pub fn push_frame(&mut self, f: Frame) {
        let n = self.frames.len();
        if n == self.frames.capacity() {
            grow_frames(&mut self.frames);
        }
        self.frames.spare_capacity_mut()[0].write(f);
        #[allow(unsafe_code)]
        // SAFETY: the element at `n` (within capacity: grown just above when
        // full) was initialised by the write just above.
        unsafe {
            self.frames.set_len(n + 1)
        };
    }

    /// Pushes the record of a plain function call (`code` borrowed from
    /// `func`, globals and builtins read through the function: the shape
    /// `call::try_push_simple` pushes). The record is written straight
    /// into the vector's spare capacity after the capacity check, so no
    /// 88-byte temporary is built and copied.
    #[inline(always)]
    pub fn push_call_frame(&mut self, code: Value, func: Option<Value>, base: usize, nlocalsplus: usize) {
        let n = self.frames.len();
        if n == self.frames.capacity() {
            grow_frames(&mut self.frames);
        }
        self.frames.spare_capacity_mut()[0].write(Frame {
            code,
            globals_: None,
            builtins_: None,
            locals: None,
            func,
            base,
            nlocalsplus,
            pc: 0,
            lasti: 0,
            is_gen: false,
            is_init: false,
            code_borrowed: true,
            gen_ret: 0,
            fobj: None,
        });
        #[allow(unsafe_code)]
        // SAFETY: the element at `n` (within capacity: grown just above when
        // full) was initialised by the write just above.
        unsafe {
            self.frames.set_len(n + 1)
        };
    }

    /// Pops a function frame that returned into its caller in this
    /// activation (RETURN_VALUE's common case), after its slots were
    /// dropped: a frame whose only owned field is `func` (code borrowed, no
    /// globals/builtins/locals/frame object: every frame a call pushes
    /// until something asks for its frame object) is released by dropping
    /// `func` and shortening the vector, without the record's generic drop
    /// (six `Option` checks and a move).
    #[inline(always)]
    pub fn pop_call_frame(&mut self, depth: ThreadDepth) {
        let n = self.frames.len();
        let f = &mut self.frames[n - 1];
        if f.code_borrowed && f.fobj.is_none() && f.locals.is_none() && f.globals_.is_none() && f.builtins_.is_none() {
            let func = f.func.take();
            #[allow(unsafe_code)]
            // SAFETY: `n - 1 < len`; the record at `n - 1` owns nothing any
            // more (checked just above: `code` is an uncounted copy
            // (`code_borrowed`, DESIGN.md#eval-loop), `func` was taken, the
            // other `Option<Value>` fields are None, the rest are plain
            // integers), so forgetting it leaks nothing.
            unsafe {
                self.frames.set_len(n - 1)
            };
            if let Some(func) = func {
                func.drop_inline();
            }
        } else {
            drop(self.frames.pop());
        }
        depth.leave();
    }

    /// Pops the running frame, dropping its locals and value stack.
    pub fn pop_frame(&mut self) -> Frame {
        let f = self.frames.pop().expect("a frame");
        self.drop_slots_from(f.base);
        leave_frame();
        f
    }
}

impl Default for Activation {
    fn default() -> Self {
        Activation::new()
    }
}

impl Drop for Activation {
    fn drop(&mut self) {
        // Frames left here (an activation abandoned mid-run) are released
        // top first; an inline generator's is finished.
        while let Some(f) = self.frames.pop() {
            if f.gen_ret != 0 {
                if let Some(Some(g)) = self.stack.get(f.base.wrapping_sub(1)) {
                    crate::object::gen::release_inline(g);
                }
            }
            leave_frame();
        }
        let fr = core::mem::take(&mut self.frames);
        if fr.capacity() > 0 && fr.capacity() <= 256 {
            let _ = FRAMES_POOL.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.len() < 16 {
                    p.push(fr);
                }
            });
        }
        let mut s = core::mem::take(&mut self.stack);
        s.clear();
        if s.capacity() > 0 && s.capacity() <= 1 << 16 {
            let _ = POOL.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.len() < 16 {
                    p.push(s);
                }
            });
        }
    }
}

#[cold]
#[inline(never)]
fn grow_frames(v: &mut Vec<Frame>) {
    v.reserve(v.len().max(8));
}

#[cold]
#[inline(never)]
fn stack_bug() -> ! {
    panic!("weft: value stack underflow or NULL where a value was expected (compiler/VM bug)")
}

/// The recursion limit shared by every thread (`sys.setrecursionlimit`).
/// Each thread keeps only its depth; its remaining depth is `LIMIT -
/// depth`, so changing the limit rebases every thread at once.
static LIMIT: AtomicU32 = AtomicU32::new(1000);

/// Counts a Python frame; RecursionError past the limit. `DEPTH` is a
/// const-initialised thread-local without a destructor: `with` is a
/// direct thread-pointer access that cannot fail, inlined into the loop.
#[inline(always)]
pub fn enter_frame() -> PyResult<()> {
    DEPTH.with(|c| {
        let (d, frames) = c.get();
        if d >= LIMIT.load(Relaxed) {
            return Err(depth_exceeded());
        }
        c.set((d + 1, frames + 1));
        Ok(())
    })
}

#[cold]
#[inline(never)]
fn depth_exceeded() -> PyErr {
    crate::vm::metrics::count_recursion_error();
    PyErr::recursion_error("maximum recursion depth exceeded")
}

#[inline(always)]
pub fn leave_frame() {
    DEPTH.with(|c| {
        let (d, f) = c.get();
        c.set((d.saturating_sub(1), f))
    });
}

/// The calling thread's recursion counter (`DEPTH`), located once per run
/// of the eval loop: calls and returns inside the loop count through it
/// without a thread-local lookup each (`LocalKey::with` is not always
/// inlined into the loop). Not `Send` (a raw pointer): it is used only on
/// the thread that made it.
#[derive(Clone, Copy)]
pub struct ThreadDepth(*const Cell<(u32, u64)>);

impl ThreadDepth {
    #[inline]
    pub fn current() -> ThreadDepth {
        ThreadDepth(DEPTH.with(|c| c as *const Cell<(u32, u64)>))
    }

    #[inline(always)]
    fn cell(&self) -> &Cell<(u32, u64)> {
        #[allow(unsafe_code)]
        // SAFETY: the pointer is this thread's `DEPTH` (`current`), a
        // const-initialised thread-local without a destructor, which stays
        // valid until the thread exits; `ThreadDepth` is not `Send`, and the
        // eval loop that holds it returns before its thread exits.
        unsafe {
            &*self.0
        }
    }

    /// `enter_frame` through the located counter.
    #[inline(always)]
    pub fn enter(self) -> PyResult<()> {
        let c = self.cell();
        let (d, frames) = c.get();
        if d >= LIMIT.load(Relaxed) {
            return Err(depth_exceeded());
        }
        c.set((d + 1, frames + 1));
        Ok(())
    }

    /// `leave_frame` through the located counter.
    #[inline(always)]
    pub fn leave(self) {
        let c = self.cell();
        let (d, f) = c.get();
        c.set((d.saturating_sub(1), f))
    }
}

/// Frames this thread has pushed (None while the thread is exiting).
pub fn frames_pushed() -> Option<u64> {
    DEPTH.try_with(|c| c.get().1).ok()
}

pub use crate::vm::stack::{check as check_native_stack, set_stack_budget, set_thread_stack_size};

/// The calling thread's Python recursion depth.
pub fn recursion_depth() -> u32 {
    DEPTH.with(|c| c.get().0)
}

pub fn recursion_limit() -> u32 {
    LIMIT.load(Relaxed)
}

/// `sys.setrecursionlimit(n)`: with the world stopped, checks the calling
/// thread's depth against the new limit (CPython's message) and stores
/// it; every thread's remaining depth is rebased from its current depth.
pub fn set_recursion_limit(n: u32) -> PyResult<()> {
    // Every other thread of the interpreter is at a safe point (a breaker
    // poll or detached) while the limit changes, as in CPython.
    let _world = crate::vm::stw::stop_the_world(crate::vm::stw::Scope::Interpreter(0));
    let depth = recursion_depth();
    if depth >= n {
        return Err(PyErr::recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, depth
        )));
    }
    LIMIT.store(n, Relaxed);
    Ok(())
}
