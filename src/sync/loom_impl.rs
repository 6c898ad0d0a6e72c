//! loom backend of `crate::sync` (built with `--cfg weft_loom`).

pub use loom::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8,
    AtomicUsize,
};
pub use loom::thread;
/// Not modelled by loom: used only for write-once type data.
pub use std::sync::OnceLock;
pub use loom::thread_local;

use core::sync::atomic::Ordering;

/// loom's mutex with parking_lot's `lock()` signature.
pub struct Mutex<T>(loom::sync::Mutex<T>);
pub type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;

impl<T> Mutex<T> {
    pub fn new(v: T) -> Self {
        Mutex(loom::sync::Mutex::new(v))
    }
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap()
    }
    pub fn try_lock(&self) -> Option<MutexGuard<'_, T>> {
        self.0.try_lock().ok()
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

/// loom's condvar with the std backend's by-value signatures. loom has no
/// clock, so a timed wait is modelled by its worst case: it waits for a
/// notification and then reports a timeout anyway (a waker consumed by a
/// waiter that gives up must not be lost).
pub struct Condvar(loom::sync::Condvar);

impl Condvar {
    pub fn new() -> Self {
        Condvar(loom::sync::Condvar::new())
    }
    pub fn wait<'a, T>(&self, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        self.0.wait(g).unwrap()
    }
    pub fn wait_until<'a, T>(&self, g: MutexGuard<'a, T>, _deadline: std::time::Instant) -> (MutexGuard<'a, T>, bool) {
        (self.0.wait(g).unwrap(), true)
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

/// The one-byte lock, as a CAS spin lock that yields to the model.
pub struct ByteLock(AtomicU8);

impl ByteLock {
    pub fn new() -> Self {
        ByteLock(AtomicU8::new(0))
    }
    pub fn lock(&self) {
        while self.0.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            loom::thread::yield_now();
        }
    }
    pub fn try_lock(&self) -> bool {
        self.0.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }
    /// # Safety
    /// The calling thread must hold the lock.
    pub unsafe fn unlock(&self) {
        self.0.store(0, Ordering::Release)
    }
    pub fn is_locked(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }
}

impl Default for ByteLock {
    fn default() -> Self {
        Self::new()
    }
}

/// Snapshot cell; under loom a mutex-guarded `Arc` so the model sees it.
pub struct Snapshot<T>(loom::sync::Mutex<Arc<T>>);

impl<T> Snapshot<T> {
    pub fn new(v: T) -> Self {
        Snapshot(loom::sync::Mutex::new(Arc::new(v)))
    }
    pub fn load(&self) -> Arc<T> {
        self.0.lock().unwrap().clone()
    }
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let a = self.load();
        f(&a)
    }
    pub fn rcu(&self, mut f: impl FnMut(&Arc<T>) -> T) {
        let mut g = self.0.lock().unwrap();
        let new = f(&g);
        *g = Arc::new(new);
    }
}

pub fn spin_hint() {
    loom::thread::yield_now()
}

pub type Arc<T> = std::sync::Arc<T>;

#[macro_export]
#[doc(hidden)]
macro_rules! lazy_global {
    ($(#[$m:meta])* pub(crate) static $name:ident : $t:ty = $init:expr;) => {
        loom::lazy_static! { $(#[$m])* pub(crate) static ref $name: $t = $init; }
    };
    ($(#[$m:meta])* pub static $name:ident : $t:ty = $init:expr;) => {
        loom::lazy_static! { $(#[$m])* pub static ref $name: $t = $init; }
    };
    ($(#[$m:meta])* static $name:ident : $t:ty = $init:expr;) => {
        loom::lazy_static! { $(#[$m])* static ref $name: $t = $init; }
    };
}
