//! Design: DESIGN.md#interpreters
//!
//! `ThreadCount`: the threads started in one interpreter that have not
//! finished, which closing it waits for (`vm::interp::close_interpreter`).
//! Its own module so that the loom model (loom-tests/tests/interp_close.rs)
//! builds it without the rest of the interpreter.

use crate::sync::Mutex;

/// The threads started in one interpreter that have not finished: counted
/// by the starting thread before the spawn (so a close cannot miss one
/// that is about to run) and by the thread itself after it dropped its
/// objects. Once the interpreter is closed for entry and the count has
/// reached zero it stays zero: only a thread inside the interpreter can
/// start another. Model: loom-tests/tests/interp_close.rs.
pub struct ThreadCount {
    n: Mutex<usize>,
    done: crate::sync::Condvar,
}

impl Default for ThreadCount {
    fn default() -> Self {
        Self::new()
    }
}

impl ThreadCount {
    pub fn new() -> Self {
        ThreadCount { n: Mutex::new(0), done: crate::sync::Condvar::new() }
    }

    /// A thread is about to be started.
    pub fn starting(&self) {
        *self.n.lock() += 1;
    }

    /// A thread finished (or failed to start). Wakes the waiters on every
    /// decrement: they wait for different floors (`keep`).
    pub fn finished(&self) {
        let mut n = self.n.lock();
        *n -= 1;
        drop(n);
        self.done.notify_all();
    }

    /// Threads not finished yet.
    pub fn get(&self) -> usize {
        *self.n.lock()
    }

    /// Blocks until at most `keep` threads are left or `deadline` passes;
    /// true if the count got there. The caller must not be attached (or
    /// must not need stop-the-world meanwhile): see `wait_for_threads`.
    pub fn wait_at_most(&self, keep: usize, deadline: std::time::Instant) -> bool {
        let mut n = self.n.lock();
        loop {
            if *n <= keep {
                return true;
            }
            let (g, timed_out) = self.done.wait_until(n, deadline);
            n = g;
            if timed_out {
                return *n <= keep;
            }
        }
    }
}
