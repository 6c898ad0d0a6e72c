//! Design: DESIGN.md#threading-library
//!
//! The blocking core of `_thread.lock` and `_thread.RLock`, free of Python
//! objects so loom can check it (loom-tests/tests/py_lock.rs). A lock is a
//! `Mutex` around its state plus a `Condvar`: the mutex is held only to read
//! or change the state, a waiter sleeps on the condvar and re-checks the
//! state under the mutex before every sleep, so a release can never be
//! missed. Releases wake one waiter; a woken waiter that loses the race to a
//! thread that never slept goes back to sleep (no hand-off, as ByteLock).
//! A timed wait that runs out takes the lock if it is free at that moment,
//! so a wake-up it consumed is never lost either.
//!
//! The callers (modules/thread.rs) detach around the blocking calls and
//! slice waits on the main thread to run signal handlers.

use std::time::Instant;

use crate::sync::{Condvar, Mutex};

/// Waits on `cv` until `take` succeeds under `m` or `until` passes (None =
/// forever); true if `take` succeeded.
fn wait_take<S>(m: &Mutex<S>, cv: &Condvar, until: Option<Instant>, mut take: impl FnMut(&mut S) -> bool) -> bool {
    let mut g = m.lock();
    loop {
        if take(&mut g) {
            return true;
        }
        match until {
            None => g = cv.wait(g),
            Some(end) => {
                let (g2, timed_out) = cv.wait_until(g, end);
                g = g2;
                if timed_out {
                    return take(&mut g);
                }
            }
        }
    }
}

/// A non-reentrant lock any thread may release.
pub struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl Default for RawLock {
    fn default() -> Self {
        Self::new()
    }
}

impl RawLock {
    pub fn new() -> RawLock {
        RawLock { locked: Mutex::new(false), cv: Condvar::new() }
    }

    fn take(s: &mut bool) -> bool {
        if *s {
            false
        } else {
            *s = true;
            true
        }
    }

    pub fn try_acquire(&self) -> bool {
        Self::take(&mut self.locked.lock())
    }

    /// Blocks until acquired or `until` passes; true if acquired.
    pub fn acquire_until(&self, until: Option<Instant>) -> bool {
        wait_take(&self.locked, &self.cv, until, Self::take)
    }

    /// Unlocks; false if the lock was not locked.
    pub fn release(&self) -> bool {
        {
            let mut g = self.locked.lock();
            if !*g {
                return false;
            }
            *g = false;
        }
        self.cv.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }

    /// Forces the unlocked state (`_at_fork_reinit`).
    pub fn reset(&self) {
        *self.locked.lock() = false;
        self.cv.notify_all();
    }
}

/// Owner (0 = none) and recursion count.
struct RState {
    owner: u64,
    count: u64,
}

/// A reentrant lock; `me` is the caller's thread ident (never 0).
pub struct RawRLock {
    state: Mutex<RState>,
    cv: Condvar,
}

impl Default for RawRLock {
    fn default() -> Self {
        Self::new()
    }
}

impl RawRLock {
    pub fn new() -> RawRLock {
        RawRLock { state: Mutex::new(RState { owner: 0, count: 0 }), cv: Condvar::new() }
    }

    fn take(s: &mut RState, me: u64, count: u64, reenter: bool) -> bool {
        if s.count == 0 {
            s.owner = me;
            s.count = count;
            true
        } else if reenter && s.owner == me {
            s.count += 1;
            true
        } else {
            false
        }
    }

    pub fn try_acquire(&self, me: u64) -> bool {
        Self::take(&mut self.state.lock(), me, 1, true)
    }

    /// Blocks until acquired (or re-entered) or `until` passes.
    pub fn acquire_until(&self, me: u64, until: Option<Instant>) -> bool {
        wait_take(&self.state, &self.cv, until, |s| Self::take(s, me, 1, true))
    }

    /// Releases one level; Err if `me` does not own it; Ok(true) if the
    /// lock became free.
    pub fn release(&self, me: u64) -> Result<bool, ()> {
        let freed = {
            let mut g = self.state.lock();
            if g.count == 0 || g.owner != me {
                return Err(());
            }
            g.count -= 1;
            if g.count == 0 {
                g.owner = 0;
            }
            g.count == 0
        };
        if freed {
            self.cv.notify_one();
        }
        Ok(freed)
    }

    /// Releases every level (Condition.wait): `(count, owner)`, or None if
    /// the lock was not held.
    pub fn release_all(&self) -> Option<(u64, u64)> {
        let r = {
            let mut g = self.state.lock();
            if g.count == 0 {
                return None;
            }
            let r = (g.count, g.owner);
            g.count = 0;
            g.owner = 0;
            r
        };
        self.cv.notify_one();
        Some(r)
    }

    /// Takes the free lock with `count` levels (after `release_all`).
    pub fn restore_until(&self, me: u64, count: u64, until: Option<Instant>) -> bool {
        wait_take(&self.state, &self.cv, until, |s| Self::take(s, me, count.max(1), false))
    }

    /// `(owner, count)`.
    pub fn snapshot(&self) -> (u64, u64) {
        let g = self.state.lock();
        (g.owner, g.count)
    }

    pub fn reset(&self) {
        let mut g = self.state.lock();
        g.owner = 0;
        g.count = 0;
        drop(g);
        self.cv.notify_all();
    }
}
