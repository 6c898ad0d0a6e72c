//! Design: DESIGN.md#gil
//!
//! The per-interpreter GIL of interpreters configured `GilMode::Own`
//! (`-X gil=1` for the main interpreter). The object code path is the same
//! in both modes: every object operation is thread-safe on its own, and the
//! GIL only schedules which one thread of the interpreter runs bytecode.
//!
//! * Held exactly while the thread is ATTACHED: `vm::thread::attach` takes
//!   it *before* the state leaves DETACHED and `detach` drops it *after*
//!   the state is DETACHED, so a thread waiting for the GIL is DETACHED and
//!   stop-the-world, QSBR and BRC never wait for it.
//! * A waiter waits on `cv` for the switch interval (default 5 ms,
//!   `sys.setswitchinterval`); if no switch happened meanwhile it sets
//!   GIL_DROP_REQUEST on the holder's breaker (under `state`, so the holder
//!   named is the current one).
//! * The holder sees the bit at its next poll (`vm::eval::handle_breaker`)
//!   and calls `vm::thread::yield_gil`: detach (drop, `forced`), attach
//!   (take). A forced drop waits on `switched` until another thread took
//!   the GIL (CPython's FORCE_SWITCHING), so the busy holder cannot win the
//!   race back and starve the waiter.
//! * Every change happens under the `state` mutex and every wait re-checks
//!   its condition under it: no lost wake-up (loom model
//!   loom-tests/tests/gil.rs).

use crate::sync::{Arc, AtomicU64, AtomicUsize, Condvar, Mutex, OnceLock, Ordering::*};
use crate::vm::breaker;
use crate::vm::thread::ThreadShared;

/// Default switch interval in microseconds (CPython's 5 ms).
pub const DEFAULT_INTERVAL_US: u64 = 5000;

crate::lazy_global! {
    /// The switch interval of interpreters without a GIL (what
    /// `sys.getswitchinterval` reports there) and of GILs created later.
    static DEFAULT_INTERVAL: AtomicU64 = AtomicU64::new(DEFAULT_INTERVAL_US);
}

struct GilState {
    locked: bool,
    /// The holder (to set GIL_DROP_REQUEST on).
    holder: Option<Arc<ThreadShared>>,
    /// Incremented at every take: a waiter that sees it unchanged after
    /// its interval knows the holder did not switch.
    switch_number: u64,
    /// Threads inside `take` waiting for the GIL.
    waiters: usize,
}

pub struct Gil {
    state: Mutex<GilState>,
    /// Waiters for the GIL (`locked` became false).
    cv: Condvar,
    /// A forced dropper waits here until `switch_number` moved.
    switched: Condvar,
    /// The holder's tid (0: free), for debug assertions without the mutex.
    holder_tid: AtomicUsize,
    /// Switch interval in microseconds.
    interval_us: AtomicU64,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(GilState { locked: false, holder: None, switch_number: 0, waiters: 0 }),
            cv: Condvar::new(),
            switched: Condvar::new(),
            holder_tid: AtomicUsize::new(0),
            interval_us: AtomicU64::new(DEFAULT_INTERVAL.load(Relaxed)),
        }
    }

    /// Takes the GIL for `me`, waiting while another thread holds it. The
    /// caller is DETACHED.
    pub fn take(&self, me: &Arc<ThreadShared>) {
        let mut g = self.state.lock();
        if g.locked {
            g.waiters += 1;
            while g.locked {
                let sn = g.switch_number;
                let interval = self.interval();
                let timed_out = if interval.is_zero() {
                    // No patience at all (and loom, which cannot model
                    // timeouts): ask at once, then wait for the hand-off.
                    request_drop(&g);
                    g = self.cv.wait(g);
                    false
                } else {
                    let (g2, t) = self.cv.wait_until(g, std::time::Instant::now() + interval);
                    g = g2;
                    t
                };
                if timed_out && g.locked && g.switch_number == sn {
                    request_drop(&g);
                }
            }
            g.waiters -= 1;
        }
        g.locked = true;
        g.switch_number = g.switch_number.wrapping_add(1);
        // A request left over from an earlier hold is stale: nobody waits
        // on this hold yet (waiters set the bit under this mutex).
        breaker::clear_bit(&me.breaker, breaker::GIL_DROP_REQUEST);
        g.holder = Some(me.clone());
        self.holder_tid.store(me.tid, Relaxed);
        drop(g);
        self.switched.notify_all();
    }

    /// Drops the GIL `me` holds. `forced` (the holder answers a drop
    /// request): waits until another thread took it, if any waits.
    pub fn drop_gil(&self, tid: usize, forced: bool) {
        let mut g = self.state.lock();
        debug_assert!(g.locked && g.holder.as_ref().is_some_and(|h| h.tid == tid), "weft: GIL dropped by a thread not holding it");
        g.locked = false;
        g.holder = None;
        self.holder_tid.store(0, Relaxed);
        self.cv.notify_one();
        if forced && g.waiters > 0 {
            let sn = g.switch_number;
            while g.switch_number == sn {
                g = self.switched.wait(g);
            }
        }
    }

    /// Whether thread `tid` holds the GIL (exact for the holder itself).
    pub fn held_by(&self, tid: usize) -> bool {
        self.holder_tid.load(Relaxed) == tid
    }

    /// The switch interval.
    pub fn interval(&self) -> std::time::Duration {
        if cfg!(weft_loom) {
            return std::time::Duration::ZERO;
        }
        std::time::Duration::from_micros(self.interval_us.load(Relaxed))
    }

    pub fn interval_us(&self) -> u64 {
        self.interval_us.load(Relaxed)
    }

    pub fn set_interval_us(&self, us: u64) {
        self.interval_us.store(us, Relaxed);
    }
}

fn request_drop(g: &GilState) {
    if let Some(h) = &g.holder {
        breaker::set_bit(&h.breaker, breaker::GIL_DROP_REQUEST);
    }
}

/// The switch interval used where there is no GIL, and for new GILs.
pub fn default_interval_us() -> u64 {
    DEFAULT_INTERVAL.load(Relaxed)
}

pub fn set_default_interval_us(us: u64) {
    DEFAULT_INTERVAL.store(us, Relaxed);
}

crate::lazy_global! {
    /// How the main interpreter runs: `GilMode::Own` with `-X gil=1` (or
    /// `WEFT_GIL=1`); set before the runtime starts.
    static MAIN_GIL_WANTED: AtomicUsize = AtomicUsize::new(0);
}

/// Asks for the main interpreter to have its own GIL (`-X gil=1`). Call
/// before the interpreter is created.
pub fn request_main_gil(on: bool) {
    // 0: not given (then `WEFT_GIL` decides), 1: off, 2: on.
    MAIN_GIL_WANTED.store(if on { 2 } else { 1 }, Relaxed);
}

/// Whether `-X gil=1` / `WEFT_GIL=1` asked for a GIL in the main
/// interpreter.
pub fn main_gil_requested() -> bool {
    match MAIN_GIL_WANTED.load(Relaxed) {
        2 => return true,
        1 => return false,
        _ => {}
    }
    #[cfg(not(weft_loom))]
    {
        std::env::var("WEFT_GIL").is_ok_and(|v| v == "1")
    }
    #[cfg(weft_loom)]
    false
}

static MAIN_GIL: OnceLock<Option<Arc<Gil>>> = OnceLock::new();

/// The main interpreter's GIL: `Some` when `-X gil=1` / `WEFT_GIL=1` asked
/// for one before the runtime started.
pub fn main_gil() -> Option<&'static Arc<Gil>> {
    // (loom: a process-wide once would make executions differ.)
    if cfg!(weft_loom) {
        return None;
    }
    MAIN_GIL.get_or_init(|| main_gil_requested().then(|| Arc::new(Gil::new()))).as_ref()
}
