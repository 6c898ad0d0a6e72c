//! Design: DESIGN.md#stop-the-world
//!
//! Thread states and stop-the-world. Every registered thread has a state
//! word (`ThreadShared::state`):
//!
//! ```text
//!            attach (CAS)                 poll sees PLEASE_STOP / attach during a stop
//!  DETACHED ─────────────▶ ATTACHED ─────────────────────────────────────────▶ SUSPENDED
//!     ▲  ◀───────────────────┘ detach (owner's store)                             │
//!     │  └──── requester CAS (stop) / BRC merger CAS ───────────────────▶ SUSPENDED │
//!     └──────────────── start_the_world / merger done (store + notify) ◀──────────┘
//!  any state the owner holds ──── thread exit ────▶ SHUTTING_DOWN (terminal)
//! ```
//!
//! * Only the owner moves its state out of ATTACHED; other threads only CAS
//!   DETACHED → SUSPENDED, and only the party that suspended a thread moves
//!   it back to DETACHED. Every non-owner transition and every owner slow
//!   path runs under `PARK` (one mutex + condvar for the whole runtime:
//!   stops are rare, and the owner's fast paths never touch it).
//! * A requester stores `requested`, then scans (under `PARK`): DETACHED →
//!   CAS to SUSPENDED; ATTACHED → set PLEASE_STOP. It waits on the condvar
//!   and rescans until no thread in scope is ATTACHED or DETACHED.
//! * An owner that detaches, attaches or exits changes its state with a
//!   read-modify-write (CAS or swap) and then loads `requested`; the
//!   requester stores `requested` and then reads each state with a
//!   read-modify-write (`fetch_or(0)`). RMWs on one word are totally ordered
//!   and each reads the latest value: if the requester's RMW comes first,
//!   the owner's RMW reads from it and so sees `requested`; otherwise the
//!   requester's RMW sees the new state. Either the scan sees the new state,
//!   or the owner sees the request and takes the slow path (suspends
//!   itself, or notifies the requester to rescan). (A SeqCst store + load
//!   pair would do on hardware, but loom does not model SeqCst and found a
//!   false deadlock with it; the RMWs touch only the thread's own line.)
//! * Requesters are serialized by `REQUESTERS`; a thread waits for it
//!   detached, so a second requester never blocks the first one's stop.

use crate::sync::{Condvar, Mutex, MutexGuard, Ordering::*};
use crate::vm::breaker;
use crate::vm::thread::{ThreadShared, ATTACHED, DETACHED, REGISTRY, SHUTTING_DOWN, SUSPENDED};

/// Which threads a stop-the-world stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every thread of one interpreter (by interpreter id; 0 is the main
    /// interpreter, the only one today).
    Interpreter(usize),
    /// Every thread of the runtime.
    Runtime,
}

impl Scope {
    fn code(self) -> usize {
        match self {
            Scope::Runtime => 1,
            Scope::Interpreter(id) => id + 2,
        }
    }
}

/// Whether the request `code` (0 = none) covers thread `t`.
#[inline]
fn covers(code: usize, t: &ThreadShared) -> bool {
    code == 1 || (code != 0 && code == t.interp + 2)
}

pub(crate) struct Stw {
    /// Serializes requesters (and BRC merges on behalf of detached owners).
    requesters: Mutex<()>,
    /// Guards non-owner state transitions and owner slow paths.
    park: Mutex<()>,
    /// Signalled whenever a state changes under `park`.
    cv: Condvar,
    /// The active request's scope code (0 = none).
    requested: crate::sync::AtomicUsize,
}

crate::lazy_global! {
    pub(crate) static STW: Stw = Stw {
        requesters: Mutex::new(()),
        park: Mutex::new(()),
        cv: Condvar::new(),
        requested: crate::sync::AtomicUsize::new(0),
    };
}

#[cfg(not(weft_loom))]
crate::sync::thread_local! {
    /// Nesting depth of this thread's stop-the-world guards.
    static DEPTH: core::cell::Cell<usize> = const { core::cell::Cell::new(0) };
}
#[cfg(weft_loom)]
crate::sync::thread_local! {
    static DEPTH: core::cell::Cell<usize> = core::cell::Cell::new(0);
}

/// While alive, every other thread in scope is SUSPENDED (or shutting
/// down). Dropping it restarts the world.
pub struct StwGuard {
    /// `None` for a nested guard (the outer one restarts).
    inner: Option<(MutexGuard<'static, ()>, Scope)>,
    /// When the request was made (`vm::metrics` pause time).
    #[cfg(not(weft_loom))]
    since: Option<std::time::Instant>,
}

impl Stw {
    /// The mutex guarding state transitions (registration publishes a new
    /// thread under it).
    pub(crate) fn park_lock(&self) -> MutexGuard<'_, ()> {
        self.park.lock()
    }
}

impl StwGuard {
    pub fn scope(&self) -> Option<Scope> {
        self.inner.as_ref().map(|i| i.1)
    }
}

/// Stops every other thread in `scope` at a safe point (a breaker poll, a
/// detach, or while detached) and returns once none of them runs. Nested
/// calls on the same thread return a guard that does nothing.
/// While the world is stopped, the suspended threads' BRC queues are merged
/// on their behalf.
pub fn stop_the_world(scope: Scope) -> StwGuard {
    let me = crate::vm::thread::current_shared();
    if DEPTH.with(|d| d.get()) > 0 {
        DEPTH.with(|d| d.set(d.get() + 1));
        return StwGuard {
            inner: None,
            #[cfg(not(weft_loom))]
            since: None,
        };
    }
    let stw = &*STW;
    // Wait detached: if another thread is stopping the world, its stop
    // must not wait for us. (No `try_lock` fast path: loom treats a
    // `try_lock` that races an acquire as blocking and reports a false
    // deadlock; a stop is rare enough for the detach/attach pair.)
    let req = crate::vm::thread::detached(|| stw.requesters.lock());
    #[cfg(not(weft_loom))]
    let since = Some(std::time::Instant::now());
    DEPTH.with(|d| d.set(1));
    let my_tid = me.as_ref().map(|m| m.tid).unwrap_or(0);
    let code = scope.code();
    let mut g = stw.park.lock();
    stw.requested.store(code, SeqCst);
    loop {
        let all_stopped = REGISTRY.threads.with(|ts| {
            let mut all = true;
            for t in ts.iter().filter(|t| t.tid != my_tid && covers(code, t)) {
                loop {
                    // A read-modify-write, not a load: it reads the latest
                    // state and synchronizes with the owner's RMW on it
                    // (see the module comment).
                    match t.state.fetch_or(0, SeqCst) {
                        DETACHED => {
                            if t.state.compare_exchange(DETACHED, SUSPENDED, SeqCst, SeqCst).is_ok() {
                                break;
                            }
                        }
                        ATTACHED => {
                            breaker::set_bit(&t.breaker, breaker::PLEASE_STOP);
                            all = false;
                            break;
                        }
                        _ => break,
                    }
                }
            }
            all
        });
        if all_stopped {
            break;
        }
        g = stw.cv.wait(g);
    }
    drop(g);
    // Merge the BRC queues of the suspended threads on their behalf
    // (their owners do not run until the world restarts).
    REGISTRY.threads.with(|ts| {
        for t in ts.iter().filter(|t| t.tid != my_tid && covers(code, t)) {
            if t.state.load(Acquire) == SUSPENDED {
                // SAFETY: `t` is SUSPENDED by us and stays so until the
                // world restarts: its owner touches no object meanwhile.
                unsafe { crate::vm::thread::brc_merge_queue_of(t) };
            }
        }
    });
    StwGuard {
        inner: Some((req, scope)),
        #[cfg(not(weft_loom))]
        since,
    }
}

impl Drop for StwGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - 1));
        let Some((req, scope)) = self.inner.take() else { return };
        let stw = &*STW;
        let code = scope.code();
        let g = stw.park.lock();
        stw.requested.store(0, SeqCst);
        REGISTRY.threads.with(|ts| {
            for t in ts.iter().filter(|t| covers(code, t)) {
                breaker::clear_bit(&t.breaker, breaker::PLEASE_STOP);
                if t.state.load(SeqCst) == SUSPENDED {
                    t.state.store(DETACHED, SeqCst);
                }
            }
        });
        stw.cv.notify_all();
        drop(g);
        drop(req);
        #[cfg(not(weft_loom))]
        if let Some(t0) = self.since {
            crate::vm::metrics::count_stop_the_world(t0.elapsed().as_nanos() as u64);
        }
    }
}

/// Whether a stop-the-world covering `t` is in progress.
#[inline]
pub(crate) fn stop_requested(t: &ThreadShared) -> bool {
    covers(STW.requested.load(SeqCst), t)
}

/// Whether the world is stopped by (or being stopped by) some thread.
pub fn is_stopping() -> bool {
    STW.requested.load(SeqCst) != 0
}

/// The owner's slow path to ATTACHED: waits while SUSPENDED, suspends
/// itself while a stop covering it is requested, then attaches.
#[cold]
pub(crate) fn attach_slow(t: &ThreadShared) {
    let stw = &*STW;
    let mut g = stw.park.lock();
    loop {
        match t.state.load(SeqCst) {
            SUSPENDED => g = stw.cv.wait(g),
            SHUTTING_DOWN => return,
            _ => {
                if stop_requested(t) {
                    t.state.store(SUSPENDED, SeqCst);
                    breaker::clear_bit(&t.breaker, breaker::PLEASE_STOP);
                    stw.cv.notify_all();
                } else {
                    t.state.store(ATTACHED, SeqCst);
                    return;
                }
            }
        }
    }
}

/// The owner saw PLEASE_STOP at a poll: parks SUSPENDED until the world
/// restarts, then reattaches.
#[cold]
pub(crate) fn park_for_stop(t: &ThreadShared) {
    attach_slow(t);
}

/// The owner detached, attached or exited and saw a request: wakes the
/// requester so it rescans.
#[cold]
pub(crate) fn notify_requester() {
    let stw = &*STW;
    let _g = stw.park.lock();
    stw.cv.notify_all();
}

/// Suspends a DETACHED owner for the duration of `f` (BRC merges on its
/// behalf, CPython gh-157838). Does nothing and returns false if a
/// stop-the-world is in progress (it merges every suspended queue itself)
/// or the owner is not detached.
pub(crate) fn with_detached_suspended(t: &ThreadShared, f: impl FnOnce()) -> bool {
    let stw = &*STW;
    if DEPTH.with(|d| d.get()) > 0 {
        return false;
    }
    let Some(req) = stw.requesters.try_lock() else { return false };
    let ok = {
        let _g = stw.park.lock();
        t.state.compare_exchange(DETACHED, SUSPENDED, SeqCst, SeqCst).is_ok()
    };
    if ok {
        f();
        let _g = stw.park.lock();
        t.state.store(DETACHED, SeqCst);
        stw.cv.notify_all();
    }
    drop(req);
    ok
}
