//! std + parking_lot backend of `crate::sync`.

pub use std::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8,
    AtomicUsize,
};
pub use std::sync::OnceLock;
pub use std::thread;
pub use std::thread_local;

use core::sync::atomic::Ordering;

/// A mutex whose `lock()` returns the guard directly (parking_lot semantics).
pub type Mutex<T> = parking_lot::Mutex<T>;
pub type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;
/// A condition variable for [`Mutex`]; guards are passed by value (the form
/// loom's condvar has too).
pub struct Condvar(parking_lot::Condvar);

impl Condvar {
    pub const fn new() -> Self {
        Condvar(parking_lot::Condvar::new())
    }
    pub fn wait<'a, T>(&self, mut g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        self.0.wait(&mut g);
        g
    }
    /// Waits until notified or `deadline`; true if the wait timed out.
    pub fn wait_until<'a, T>(&self, mut g: MutexGuard<'a, T>, deadline: std::time::Instant) -> (MutexGuard<'a, T>, bool) {
        let r = self.0.wait_until(&mut g, deadline);
        (g, r.timed_out())
    }
    pub fn notify_one(&self) {
        self.0.notify_one();
    }
    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}

impl Default for Condvar {
    fn default() -> Self {
        Self::new()
    }
}

/// A one-byte lock: the per-object lock in every header and the per-bucket
/// lock of dicts. Bit 0 = locked, bit 1 = a thread is parked on it. Spins
/// briefly, then parks in parking_lot_core's global table keyed by the
/// lock's address. Unlocking is never a direct hand-off (no fairness hand-off:
/// DESIGN.md#lock-order explains the stop-the-world deadlock it avoids).
pub struct ByteLock(AtomicU8);

const LOCKED: u8 = 1;
const PARKED: u8 = 2;
const SPINS: u32 = 40;

impl ByteLock {
    pub const fn new() -> Self {
        ByteLock(AtomicU8::new(0))
    }
    #[inline]
    pub fn lock(&self) {
        if self.0.compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.lock_slow();
        }
    }
    #[cold]
    #[inline(never)]
    fn lock_slow(&self) {
        let mut spins = 0;
        let mut state = self.0.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                match self.0.compare_exchange_weak(state, state | LOCKED, Ordering::Acquire, Ordering::Relaxed) {
                    Ok(_) => return,
                    Err(s) => state = s,
                }
                continue;
            }
            if state & PARKED == 0 && spins < SPINS {
                spins += 1;
                std::hint::spin_loop();
                state = self.0.load(Ordering::Relaxed);
                continue;
            }
            if state & PARKED == 0 {
                if let Err(s) = self.0.compare_exchange_weak(state, state | PARKED, Ordering::Relaxed, Ordering::Relaxed) {
                    state = s;
                    continue;
                }
            }
            let key = self as *const ByteLock as usize;
            // SAFETY: `key` is this lock's address, used only as a parking
            // key; validate runs under the queue lock and only reads our atomic.
            unsafe {
                parking_lot_core::park(
                    key,
                    || self.0.load(Ordering::Relaxed) == LOCKED | PARKED,
                    || {},
                    |_, _| {},
                    parking_lot_core::DEFAULT_PARK_TOKEN,
                    None,
                )
            };
            spins = 0;
            state = self.0.load(Ordering::Relaxed);
        }
    }
    #[inline]
    pub fn try_lock(&self) -> bool {
        let state = self.0.load(Ordering::Relaxed);
        state & LOCKED == 0
            && self.0.compare_exchange(state, state | LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }
    /// Releases the lock.
    ///
    /// # Safety
    /// The calling thread must hold the lock (taken by `lock`/`try_lock`).
    #[inline]
    pub unsafe fn unlock(&self) {
        debug_assert!(self.0.load(Ordering::Relaxed) & LOCKED != 0);
        if self.0.compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed).is_err() {
            self.unlock_slow();
        }
    }
    #[cold]
    #[inline(never)]
    fn unlock_slow(&self) {
        let key = self as *const ByteLock as usize;
        // SAFETY: same key as `lock_slow`; the callback runs under the queue
        // lock, so no thread can park between our decision and the store.
        unsafe {
            parking_lot_core::unpark_one(key, |r| {
                let next = if r.have_more_threads { PARKED } else { 0 };
                self.0.store(next, Ordering::Release);
                parking_lot_core::DEFAULT_UNPARK_TOKEN
            })
        };
    }
    #[inline]
    pub fn is_locked(&self) -> bool {
        self.0.load(Ordering::Relaxed) & LOCKED != 0
    }
}

impl Default for ByteLock {
    fn default() -> Self {
        Self::new()
    }
}

/// A cell holding an `Arc<T>` snapshot: lock-free reads, copy-on-write
/// updates (arc-swap). Used for registries read far more often than written.
pub struct Snapshot<T>(arc_swap::ArcSwap<T>);

impl<T> Snapshot<T> {
    pub fn new(v: T) -> Self {
        Snapshot(arc_swap::ArcSwap::from_pointee(v))
    }
    #[inline]
    pub fn load(&self) -> std::sync::Arc<T> {
        self.0.load_full()
    }
    /// Runs `f` on the current snapshot without touching its refcount
    /// (arc-swap's debt list; no shared-counter RMW on the fast path).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let g = self.0.load();
        f(&g)
    }
    /// Read-copy-update: `f` may run more than once under contention.
    pub fn rcu(&self, f: impl FnMut(&std::sync::Arc<T>) -> T) {
        self.0.rcu(f);
    }
}

/// `std::hint::spin_loop` in std builds; a yield to the model under loom.
#[inline]
pub fn spin_hint() {
    std::hint::spin_loop()
}

pub type Arc<T> = std::sync::Arc<T>;

/// A lazily initialised global (std `LazyLock`; loom's per-execution
/// `lazy_static` under `--cfg weft_loom`).
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_global {
    ($(#[$m:meta])* $vis:vis static $name:ident : $t:ty = $init:expr;) => {
        $(#[$m])* $vis static $name: std::sync::LazyLock<$t> = std::sync::LazyLock::new(|| $init);
    };
}
