//! Design: DESIGN.md#eval-breaker
//!
//! Ctrl-C → KeyboardInterrupt without `unsafe` code of our own: the `weft`
//! command calls [`install`] on the thread that runs `__main__`; it
//! remembers that thread's `ThreadShared` and starts (once) a watcher
//! thread that reads SIGINT from `signal_hook::iterator::Signals`. On a
//! signal the watcher records it in `PENDING` and sets SIGNALS_PENDING on
//! the main thread's breaker word; the eval loop's breaker poll (RESUME and
//! back-edges) calls [`take_interrupt`], which raises KeyboardInterrupt.
//! Blocking sleeps go through [`sleep`], which wakes every 20 ms to check.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::sync::{Arc, AtomicBool, OnceLock, Ordering::*};
use crate::vm::breaker;
use crate::vm::thread::ThreadShared;

/// The thread that runs `__main__` (the only one KeyboardInterrupt is
/// raised in, as CPython).
static MAIN: OnceLock<Arc<ThreadShared>> = OnceLock::new();
/// A SIGINT arrived and has not been turned into KeyboardInterrupt yet.
static PENDING: AtomicBool = AtomicBool::new(false);

/// Makes the calling thread the main thread and starts the SIGINT watcher
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
    crate::sync::thread::Builder::new()
        .name("weft-signals".into())
        .spawn(move || {
            for _ in sigs.forever() {
                PENDING.store(true, SeqCst);
                if let Some(m) = MAIN.get() {
                    breaker::set_bit(&m.breaker, breaker::SIGNALS_PENDING);
                }
            }
        })
        .is_ok()
}

/// Consumes a pending SIGINT: true if one had arrived.
pub fn take_pending() -> bool {
    PENDING.swap(false, SeqCst)
}

/// The breaker poll's SIGNALS_PENDING handler: clears the bit and raises
/// KeyboardInterrupt if a SIGINT is pending.
#[cold]
pub fn take_interrupt(s: &ThreadShared) -> PyResult<()> {
    breaker::clear_bit(&s.breaker, breaker::SIGNALS_PENDING);
    if take_pending() {
        return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
    }
    Ok(())
}

/// Is the calling thread the one `install` registered?
fn on_main_thread() -> bool {
    match (MAIN.get(), crate::vm::thread::current_shared()) {
        (Some(m), Some(me)) => Arc::ptr_eq(m, &me),
        _ => false,
    }
}

/// Sleeps for `d` (offline for QSBR); on the main thread a SIGINT cuts it
/// short with KeyboardInterrupt (checked every 20 ms).
pub fn sleep(d: std::time::Duration) -> PyResult<()> {
    if !on_main_thread() {
        crate::modules::time::sleep_detached(d);
        return Ok(());
    }
    let end = std::time::Instant::now() + d;
    loop {
        if take_pending() {
            if let Some(m) = MAIN.get() {
                breaker::clear_bit(&m.breaker, breaker::SIGNALS_PENDING);
            }
            return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
        }
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(());
        }
        crate::modules::time::sleep_detached((end - now).min(std::time::Duration::from_millis(20)));
    }
}
