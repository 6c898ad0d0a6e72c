//! Design: DESIGN.md#channels-and-queues
//!
//! The pipe of an unbounded queue: a two-lock FIFO. Producers push onto
//! `tail` (the inbox) under its lock; consumers pop from `head` (the
//! outbox) under theirs, and only when the outbox is empty do they take the
//! tail lock too and swap the two deques (O(1), no copy). Every item in
//! the outbox is older than every item in the inbox, so the order is FIFO.
//! With one producer and one consumer each side's lock stays in its own
//! thread's cache; they meet only on a swap, and a swap takes every item
//! queued meanwhile (a consumer that lags takes big batches). Storage is the
//! two deques' buffers, reused: no allocation and no atomic RMW per item
//! beyond the two uncontended locks.
//!
//! Waiting (no lost wake-up): a consumer that finds both deques empty
//! counts itself in `Tail::waiters` and waits on `cv` *while still holding
//! the tail lock* (the wait releases it); a producer pushes and reads
//! `waiters` under the same lock, and notifies only when someone waits, so
//! a steady stream costs no syscall. Before parking a consumer spins
//! briefly on `hint` (the inbox length the last producer left), so a
//! consumer that keeps up with its producer rarely parks.
//!
//! Lock order: `head` before `tail`. loom model: loom-tests/tests/xi_pipe.rs.

use std::collections::VecDeque;
use std::time::Instant;

use crate::sync::{AtomicUsize, Condvar, Mutex, Ordering::Relaxed};

/// Spins on `hint` before parking (each is a pause instruction; then a few
/// yields). A consumer that parks costs its producer a futex wake.
#[cfg(not(weft_loom))]
const SPINS: usize = 200;
#[cfg(weft_loom)]
const SPINS: usize = 1;
#[cfg(not(weft_loom))]
const YIELDS: usize = 8;
#[cfg(weft_loom)]
const YIELDS: usize = 0;

/// Capacity a drained buffer keeps at least (trimmed above twice this or
/// twice the batch taken).
const KEEP_MIN: usize = 256;

struct Tail<T> {
    items: VecDeque<T>,
    /// Consumers waiting on `cv` (they registered under this lock).
    waiters: usize,
}

/// An unbounded multi-producer multi-consumer FIFO (see the module doc).
pub struct Pipe<T> {
    head: Mutex<VecDeque<T>>,
    tail: Mutex<Tail<T>>,
    /// Notified (under `tail`) when an item is pushed while `waiters > 0`.
    cv: Condvar,
    /// The inbox length as its last writer left it: a hint for spinning
    /// consumers only (never trusted: they look under the locks).
    hint: AtomicUsize,
}

impl<T> Default for Pipe<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Pipe<T> {
    pub fn new() -> Pipe<T> {
        Pipe {
            head: Mutex::new(VecDeque::new()),
            tail: Mutex::new(Tail { items: VecDeque::new(), waiters: 0 }),
            cv: Condvar::new(),
            hint: AtomicUsize::new(0),
        }
    }

    /// Appends `x`, waking one waiting consumer if any.
    #[inline]
    pub fn push(&self, x: T) {
        let mut t = self.tail.lock();
        t.items.push_back(x);
        self.hint.store(t.items.len(), Relaxed);
        if t.waiters > 0 {
            self.cv.notify_one();
        }
    }

    /// Takes the oldest item without waiting.
    #[inline]
    pub fn try_pop(&self) -> Option<T> {
        let mut h = self.head.lock();
        if let Some(x) = h.pop_front() {
            return Some(x);
        }
        let mut t = self.tail.lock();
        if t.items.is_empty() {
            return None;
        }
        self.swap_in(&mut h, &mut t);
        drop(t);
        h.pop_front()
    }

    /// Moves the inbox to the (empty) outbox and gives the producers the
    /// drained buffer, trimmed to the batch just taken: a past backlog
    /// does not keep its memory once the consumers have caught up.
    #[inline]
    fn swap_in(&self, h: &mut VecDeque<T>, t: &mut Tail<T>) {
        core::mem::swap(h, &mut t.items);
        self.hint.store(0, Relaxed);
        let keep = h.len().max(KEEP_MIN);
        if t.items.capacity() > 2 * keep {
            t.items.shrink_to(keep);
        }
    }

    /// Takes the oldest item, waiting until `deadline` (forever for `None`).
    pub fn pop_until(&self, deadline: Option<Instant>) -> Option<T> {
        if let Some(x) = self.try_pop() {
            return Some(x);
        }
        // Spin briefly: the producer is usually moments away.
        for i in 0..SPINS + YIELDS {
            if self.hint.load(Relaxed) != 0 {
                if let Some(x) = self.try_pop() {
                    return Some(x);
                }
            }
            if i < SPINS {
                crate::sync::spin_hint();
            } else {
                crate::sync::thread::yield_now();
            }
        }
        loop {
            let mut h = self.head.lock();
            if let Some(x) = h.pop_front() {
                return Some(x);
            }
            let mut t = self.tail.lock();
            if !t.items.is_empty() {
                self.swap_in(&mut h, &mut t);
                drop(t);
                return h.pop_front();
            }
            // Empty, seen under the tail lock, which we keep into the wait:
            // a push after this point sees us counted and notifies.
            drop(h);
            t.waiters += 1;
            let timed_out = match deadline {
                None => {
                    t = self.cv.wait(t);
                    false
                }
                Some(d) => {
                    let (g, to) = self.cv.wait_until(t, d);
                    t = g;
                    to
                }
            };
            t.waiters -= 1;
            drop(t);
            if timed_out {
                return self.try_pop();
            }
        }
    }

    /// Items queued (both deques, read under both locks).
    pub fn len(&self) -> usize {
        let h = self.head.lock();
        let t = self.tail.lock();
        h.len() + t.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops every queued item for which `drop_it` is true, keeping the
    /// others in order; returns how many went. Consumers never see a
    /// partial state (both locks are held).
    pub fn remove_where(&self, mut drop_it: impl FnMut(&T) -> bool) -> usize {
        let mut h = self.head.lock();
        let mut t = self.tail.lock();
        let before = h.len() + t.items.len();
        h.retain(|x| !drop_it(x));
        t.items.retain(|x| !drop_it(x));
        self.hint.store(t.items.len(), Relaxed);
        before - h.len() - t.items.len()
    }
}
