//! Design: DESIGN.md#recursion-limits
//!
//! The native stack guard: the second layer of recursion limits (the first
//! is the Python frame counter in `vm::frame`). Every Rust recursion path
//! (nested activations, repr/eq/hash of containers, the compiler, MRO,
//! isinstance on nested tuples) calls [`check`] (or [`check_for`]) before
//! descending; dealloc chains of deeply nested objects go through the
//! trashcan ([`dealloc_must_defer`] / [`drain_deferred`]).
//!
//! Each thread knows its own stack bounds:
//! - threads weft spawns declare them first thing ([`set_thread_stack_size`]:
//!   the address of the thread's first frame is taken as the top and the
//!   size it was spawned with gives the bottom);
//! - any other thread (an embedder's, a test harness's) reads them once from
//!   the OS (`pthread_getattr_np` on Linux) on its first check; elsewhere it
//!   assumes Rust's default 2 MiB below its first check.
//!
//! Below the top, two limits: the *soft* limit (bottom + reserve) raises
//! RecursionError; the *hard* limit (bottom + max(reserve/4, 16 KiB)) is for code that
//! went past the soft limit without checking (an unguarded path, or the
//! handling of an overflow overflowing again): reaching it is a fatal error
//! with a clear message and exit status 134 (abort), never a segfault.

use core::cell::{Cell, RefCell};

use crate::error::{PyErr, PyResult};

#[derive(Clone, Copy)]
struct Bounds {
    /// Highest address of the stack (its first frame).
    top: usize,
    /// Below this, checks raise RecursionError. `usize::MAX` until the
    /// bounds are known (so the first check takes the slow path).
    soft: usize,
    /// Below this, checks are a fatal error.
    hard: usize,
    /// Lowest address of the stack.
    bottom: usize,
}

const UNKNOWN: Bounds = Bounds { top: 0, soft: usize::MAX, hard: 0, bottom: 0 };

crate::sync::thread_local! {
    static BOUNDS: Cell<Bounds> = const { Cell::new(UNKNOWN) };
    /// The trashcan: objects whose dealloc was deferred because the stack
    /// was low (a chain of nested deallocs).
    static DEFERRED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static HAS_DEFERRED: Cell<bool> = const { Cell::new(false) };
}

/// Stack kept in reserve below the soft limit for a stack of `size` bytes:
/// room to raise, unwind and handle the RecursionError, for native frames
/// between two checks, and for the fatal-error path.
fn reserve_for(size: usize) -> usize {
    (size / 8).clamp(48 << 10, 4 << 20).min(size / 2)
}

/// The current stack pointer (near enough: the address of a local).
#[inline(always)]
pub fn approx_sp() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

fn set_bounds(top: usize, bottom: usize) {
    let size = top.saturating_sub(bottom);
    let reserve = reserve_for(size);
    let hard = bottom + (reserve / 4).max(16 << 10).min(reserve / 2);
    BOUNDS.with(|c| c.set(Bounds { top, soft: bottom + reserve, hard, bottom }));
}

/// Declares that the calling thread was spawned with a stack of `size`
/// bytes (call it first thing in the thread's closure). The thread's
/// current frame is taken as the top of its stack; where the OS says
/// where the stack ends (Linux), the higher of the two bottoms is used
/// (the OS's accounts for the guard page and what the thread library keeps
/// at the top).
pub fn set_thread_stack_size(size: usize) {
    let top = approx_sp();
    let mut bottom = top.saturating_sub(size);
    if let Some((os_top, os_bottom)) = os_stack_bounds() {
        if top <= os_top && top > os_bottom {
            bottom = bottom.max(os_bottom);
        }
    }
    set_bounds(top, bottom);
}

/// Bytes between the soft limit (RecursionError) and the hard limit (fatal
/// error) on this thread (tests use it to go past the hard limit).
pub fn soft_to_hard_gap() -> usize {
    let mut b = bounds();
    if b.soft == usize::MAX {
        b = init_bounds();
    }
    b.soft - b.hard
}

/// Declares that native recursion may use `bytes` of stack below the
/// caller's frame (a budget rather than a size: the reserve for handling
/// overflows is taken from the budget).
pub fn set_stack_budget(bytes: usize) {
    set_thread_stack_size(bytes)
}

/// The OS's view of this thread's stack: (top, bottom).
#[cfg(all(target_os = "linux", not(miri)))]
fn os_stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: `attr` is initialised by pthread_getattr_np before any other
    // use and destroyed once; `addr`/`size` are plain out-parameters. The
    // calls only read the calling thread's own attributes.
    unsafe {
        let mut attr: libc::pthread_attr_t = core::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = core::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || addr.is_null() || size == 0 {
            return None;
        }
        let bottom = addr as usize;
        Some((bottom + size, bottom))
    }
}

#[cfg(not(all(target_os = "linux", not(miri))))]
fn os_stack_bounds() -> Option<(usize, usize)> {
    None
}

#[cold]
#[inline(never)]
fn init_bounds() -> Bounds {
    let sp = approx_sp();
    match os_stack_bounds() {
        // The guard page (if any) is inside [bottom, bottom + reserve/4).
        Some((top, bottom)) if sp <= top && sp > bottom => set_bounds(top, bottom),
        _ => set_bounds(sp, sp.saturating_sub(2 << 20)),
    }
    BOUNDS.with(|c| c.get())
}

#[inline(always)]
fn bounds() -> Bounds {
    BOUNDS.with(|c| c.get())
}

/// (bytes of native stack used by this thread, its size): for messages and
/// `sys._stats()`.
pub fn usage() -> (usize, usize) {
    let mut b = bounds();
    if b.soft == usize::MAX {
        b = init_bounds();
    }
    (b.top.saturating_sub(approx_sp()), b.top - b.bottom)
}

/// (bytes left above the soft limit, bytes used) on this thread.
pub fn remaining() -> (usize, usize) {
    let mut b = bounds();
    if b.soft == usize::MAX {
        b = init_bounds();
    }
    let sp = approx_sp();
    (sp.saturating_sub(b.soft), b.top.saturating_sub(sp))
}

/// The native stack guard: Err(RecursionError) when the thread is past its
/// soft limit.
#[inline]
pub fn check() -> PyResult<()> {
    check_for("")
}

/// [`check`] with CPython's context for the message (`" while getting the
/// repr of an object"`, `" in comparison"`, ...).
#[inline]
pub fn check_for(context: &'static str) -> PyResult<()> {
    let sp = approx_sp();
    if sp < bounds().soft {
        return overflow(sp, context);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn overflow(sp: usize, context: &'static str) -> PyResult<()> {
    let mut b = bounds();
    if b.soft == usize::MAX {
        b = init_bounds();
        if sp >= b.soft {
            return Ok(());
        }
    }
    let used = b.top.saturating_sub(sp);
    if sp < b.hard {
        fatal_overflow(used, context);
    }
    crate::vm::metrics::count_recursion_error();
    let e = PyErr::recursion_error(format!("maximum recursion depth exceeded{}", context));
    let (_, size) = usage();
    let note = format!("native stack: {} KiB used of {} KiB", used >> 10, size >> 10);
    let v = e.value();
    let _ = crate::object::exc::add_note(&v, crate::object::str::new_str(&note));
    Err(e)
}

/// Overflowing past the hard limit: no way to recover.
#[cold]
#[inline(never)]
pub fn fatal_overflow(used: usize, context: &str) -> ! {
    // Little stack is left: no formatting machinery, plain writes.
    use std::io::Write;
    let mut digits = [0u8; 20];
    let mut n = used >> 10;
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut err = std::io::stderr();
    let _ = err.write_all(b"Fatal Python error: Unrecoverable stack overflow (used ");
    let _ = err.write_all(&digits[i..]);
    let _ = err.write_all(b" KiB)");
    let _ = err.write_all(context.as_bytes());
    let _ = err.write_all(b"\nweft: native recursion went past the stack guard's reserve (an unguarded path, or handling an overflow overflowed again)\n");
    std::process::abort()
}

/// Is the stack low enough that a dealloc must be deferred to the
/// trashcan? (Chains of nested deallocs — dropping a million-deep list —
/// would otherwise recurse once per level.)
#[inline]
pub fn dealloc_must_defer() -> bool {
    let b = bounds();
    // Unknown bounds: free in place (the first check initialises them).
    b.soft != usize::MAX && approx_sp() < b.soft
}

/// Puts an object whose dealloc was deferred into the trashcan.
pub fn defer_dealloc(p: usize) {
    DEFERRED.with(|d| d.borrow_mut().push(p));
    HAS_DEFERRED.with(|c| c.set(true));
}

/// Runs `free` on every deferred object (each may defer more; the loop
/// takes them one at a time, so the stack does not grow). Called by a
/// dealloc that had room after freeing its own object.
#[inline]
pub fn drain_deferred(free: impl Fn(usize)) {
    if !HAS_DEFERRED.with(|c| c.get()) || dealloc_must_defer() {
        return;
    }
    loop {
        let next = DEFERRED.with(|d| {
            let mut d = d.borrow_mut();
            let p = d.pop();
            if d.is_empty() {
                HAS_DEFERRED.with(|c| c.set(false));
            }
            p
        });
        match next {
            Some(p) => free(p),
            None => break,
        }
    }
}
