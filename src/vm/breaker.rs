//! Design: DESIGN.md#eval-breaker
//!
//! The per-thread eval-breaker word: event bits other threads set
//! atomically and the owner polls with one load at RESUME, back-edges and
//! after native calls. Bits mirror CPython's; bits 8.. are reserved for the
//! instrumentation version.

use crate::sync::{AtomicUsize, Ordering::*};

pub const GIL_DROP_REQUEST: usize = 1 << 0;
pub const SIGNALS_PENDING: usize = 1 << 1;
pub const CALLS_TO_DO: usize = 1 << 2;
pub const ASYNC_EXCEPTION: usize = 1 << 3;
pub const GC_SCHEDULED: usize = 1 << 4;
pub const PLEASE_STOP: usize = 1 << 5;
pub const EXPLICIT_MERGE: usize = 1 << 6;
/// Weft's own: an instruction budget ran out (sandboxed interpreters).
pub const BUDGET_EXHAUSTED: usize = 1 << 7;
pub const EVENTS_MASK: usize = (1 << 8) - 1;
/// Re-check the dispatch mode: a thread started or stopped tracing or
/// profiling (`vm::trace`; CPython keeps an instrumentation version here).
pub const INSTRUMENT: usize = 1 << 8;

#[inline]
pub fn set_bit(word: &AtomicUsize, bit: usize) {
    word.fetch_or(bit, Release);
}

#[inline]
pub fn clear_bit(word: &AtomicUsize, bit: usize) {
    word.fetch_and(!bit, Release);
}

#[inline]
pub fn pending(word: &AtomicUsize) -> usize {
    word.load(Acquire) & EVENTS_MASK
}

/// Sets `bit` on every registered thread.
pub fn set_bit_all(bit: usize) {
    crate::vm::thread::REGISTRY.threads.with(|ts| {
        for t in ts.iter() {
            set_bit(&t.breaker, bit);
        }
    });
}
