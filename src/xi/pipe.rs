//! Design: DESIGN.md#channels-and-queues
//!
//! The pipe of an unbounded queue: a two-lock FIFO. Producers push onto
//! `tail` (the inbox) under its lock; consumers pop from `head` (the
//! outbox) under theirs, and only when the outbox is empty do they take the
//! tail lock too and swap the two chunk lists (O(1), no copy). Every item
//! in the outbox is older than every item in the inbox, so the order is
//! FIFO. With one producer and one consumer each side's lock stays in its
//! own thread's cache; they meet only on a swap, and a swap takes every
//! item queued meanwhile (a consumer that lags takes big batches).
//!
//! Storage: each side is a list of fixed-size chunks ([`CHUNK`] items). A
//! consumer that empties a chunk keeps it as a spare; at the next swap
//! (both locks held) it hands up to [`SPARES`] spares to the producers,
//! who fill them before allocating. So a steady stream allocates nothing,
//! the memory of a pipe is what is queued (rounded up to a chunk) plus at
//! most `2 × SPARES` chunks, and a drained backlog gives its memory back
//! chunk by chunk as the consumer goes (a doubling deque kept up to twice
//! the largest backlog). No atomic RMW per item beyond the two
//! uncontended locks.
//!
//! Waiting (no lost wake-up): a consumer that finds both sides empty
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

/// Items per chunk.
#[cfg(not(weft_loom))]
pub const CHUNK: usize = 128;
#[cfg(weft_loom)]
pub const CHUNK: usize = 2;

/// Empty chunks a side keeps for reuse (more are freed).
pub const SPARES: usize = 4;

/// A FIFO of fixed-size chunks (see the module doc): items run from
/// `front` through the chunks of `mid` to `back`. The consumer side pops
/// from `front`, the producer side pushes onto `back`; each hot path is
/// one deque operation, the chunk changes are out of line.
struct Chunks<T> {
    front: VecDeque<T>,
    mid: VecDeque<VecDeque<T>>,
    back: VecDeque<T>,
    len: usize,
}

impl<T> Chunks<T> {
    const fn new() -> Chunks<T> {
        Chunks { front: VecDeque::new(), mid: VecDeque::new(), back: VecDeque::new(), len: 0 }
    }

    #[inline]
    fn push_back(&mut self, x: T, spares: &mut Vec<VecDeque<T>>) {
        if self.back.len() < self.back.capacity() {
            self.back.push_back(x);
        } else {
            self.push_new_chunk(x, spares);
        }
        self.len += 1;
    }

    /// `back` is full (or was never allocated): it joins `mid` and a spare
    /// (or a new chunk) becomes `back`.
    #[cold]
    #[inline(never)]
    fn push_new_chunk(&mut self, x: T, spares: &mut Vec<VecDeque<T>>) {
        let c = spares.pop().unwrap_or_else(|| VecDeque::with_capacity(CHUNK));
        let full = core::mem::replace(&mut self.back, c);
        if !full.is_empty() {
            self.mid.push_back(full);
        }
        self.back.push_back(x);
    }

    /// The oldest item.
    #[inline]
    fn pop_front(&mut self, spares: &mut Vec<VecDeque<T>>) -> Option<T> {
        let x = match self.front.pop_front() {
            Some(x) => x,
            None => self.pop_next_chunk(spares)?,
        };
        self.len -= 1;
        Some(x)
    }

    /// `front` is empty: it becomes a spare (at most [`SPARES`] kept) and
    /// the next chunk with items becomes `front`.
    #[cold]
    #[inline(never)]
    fn pop_next_chunk(&mut self, spares: &mut Vec<VecDeque<T>>) -> Option<T> {
        loop {
            let next = match self.mid.pop_front() {
                Some(c) => c,
                None if !self.back.is_empty() => core::mem::take(&mut self.back),
                None => return None,
            };
            let empty = core::mem::replace(&mut self.front, next);
            if empty.capacity() != 0 && spares.len() < SPARES {
                spares.push(empty);
            }
            if let Some(x) = self.front.pop_front() {
                return Some(x);
            }
        }
    }

    fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.front.retain(&mut keep);
        for c in self.mid.iter_mut() {
            c.retain(&mut keep);
        }
        self.mid.retain(|c| !c.is_empty());
        self.back.retain(&mut keep);
        self.len = self.front.len() + self.mid.iter().map(VecDeque::len).sum::<usize>() + self.back.len();
    }

    /// Chunks allocated.
    fn chunks(&self) -> usize {
        (self.front.capacity() != 0) as usize + self.mid.len() + (self.back.capacity() != 0) as usize
    }
}

struct Head<T> {
    items: Chunks<T>,
    /// Chunks this side emptied, handed to the producers at a swap.
    spare: Vec<VecDeque<T>>,
}

struct Tail<T> {
    items: Chunks<T>,
    /// Empty chunks producers fill before allocating.
    spare: Vec<VecDeque<T>>,
    /// Consumers waiting on `cv` (they registered under this lock).
    waiters: usize,
}

/// An unbounded multi-producer multi-consumer FIFO (see the module doc).
pub struct Pipe<T> {
    head: Mutex<Head<T>>,
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
            head: Mutex::new(Head { items: Chunks::new(), spare: Vec::new() }),
            tail: Mutex::new(Tail { items: Chunks::new(), spare: Vec::new(), waiters: 0 }),
            cv: Condvar::new(),
            hint: AtomicUsize::new(0),
        }
    }

    /// Appends `x`, waking one waiting consumer if any.
    #[inline]
    pub fn push(&self, x: T) {
        let mut g = self.tail.lock();
        let t = &mut *g;
        t.items.push_back(x, &mut t.spare);
        self.hint.store(t.items.len, Relaxed);
        if t.waiters > 0 {
            self.cv.notify_one();
        }
    }

    /// Takes the oldest item without waiting.
    #[inline]
    pub fn try_pop(&self) -> Option<T> {
        let mut g = self.head.lock();
        let h = &mut *g;
        if let Some(x) = h.items.pop_front(&mut h.spare) {
            return Some(x);
        }
        let mut t = self.tail.lock();
        if t.items.len == 0 {
            return None;
        }
        self.swap_in(h, &mut t);
        drop(t);
        h.items.pop_front(&mut h.spare)
    }

    /// Moves the inbox to the (empty) outbox, and the chunks the consumers
    /// emptied to the producers (at most [`SPARES`] there in all).
    #[inline]
    fn swap_in(&self, h: &mut Head<T>, t: &mut Tail<T>) {
        core::mem::swap(&mut h.items, &mut t.items);
        self.hint.store(0, Relaxed);
        while t.spare.len() < SPARES {
            match h.spare.pop() {
                Some(c) => t.spare.push(c),
                None => break,
            }
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
            let mut g = self.head.lock();
            let h = &mut *g;
            if let Some(x) = h.items.pop_front(&mut h.spare) {
                return Some(x);
            }
            let mut t = self.tail.lock();
            if t.items.len != 0 {
                self.swap_in(h, &mut t);
                drop(t);
                return h.items.pop_front(&mut h.spare);
            }
            // Empty, seen under the tail lock, which we keep into the wait:
            // a push after this point sees us counted and notifies.
            drop(g);
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

    /// Items queued (both sides, read under both locks).
    pub fn len(&self) -> usize {
        let h = self.head.lock();
        let t = self.tail.lock();
        h.items.len + t.items.len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Chunks allocated by this pipe right now (queued and spare): the
    /// memory bound's witness for tests.
    pub fn chunks(&self) -> usize {
        let h = self.head.lock();
        let t = self.tail.lock();
        h.items.chunks() + h.spare.len() + t.items.chunks() + t.spare.len()
    }

    /// Drops every queued item for which `drop_it` is true, keeping the
    /// others in order; returns how many went. Consumers never see a
    /// partial state (both locks are held).
    pub fn remove_where(&self, mut drop_it: impl FnMut(&T) -> bool) -> usize {
        let mut h = self.head.lock();
        let mut t = self.tail.lock();
        let before = h.items.len + t.items.len;
        h.items.retain(|x| !drop_it(x));
        t.items.retain(|x| !drop_it(x));
        self.hint.store(t.items.len, Relaxed);
        before - h.items.len - t.items.len
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests {
    use super::*;

    #[test]
    fn fifo_across_chunks_and_swaps() {
        let p = Pipe::new();
        let mut next = 0u32;
        let mut want = 0u32;
        for round in 0..50 {
            for _ in 0..(round * 37) % 500 {
                p.push(next);
                next += 1;
            }
            for _ in 0..(round * 53) % 400 {
                match p.try_pop() {
                    Some(x) => {
                        assert_eq!(x, want);
                        want += 1;
                    }
                    None => break,
                }
            }
            assert_eq!(p.len() as u32, next - want);
        }
        while let Some(x) = p.try_pop() {
            assert_eq!(x, want);
            want += 1;
        }
        assert_eq!(want, next);
    }

    #[test]
    fn memory_is_bounded_by_the_backlog() {
        let p = Pipe::new();
        // A backlog of 100 chunks, drained.
        for i in 0..100 * CHUNK {
            p.push(i);
        }
        assert!(p.chunks() <= 100 + 1);
        while p.try_pop().is_some() {}
        assert!(p.chunks() <= 2 * SPARES, "{} chunks left", p.chunks());
        // A steady stream with the consumer one item behind reuses chunks.
        for i in 0..100 * CHUNK {
            p.push(i);
            p.push(i);
            assert!(p.try_pop().is_some());
            assert!(p.try_pop().is_some());
            assert!(p.chunks() <= 2 * SPARES + 2);
        }
    }

    #[test]
    fn remove_where_keeps_order() {
        let p = Pipe::new();
        for i in 0..1000u32 {
            p.push(i);
        }
        for _ in 0..300 {
            p.try_pop();
        }
        assert_eq!(p.remove_where(|x| x % 3 == 0), 234);
        let mut prev = None;
        let mut n = 0;
        while let Some(x) = p.try_pop() {
            assert!(x % 3 != 0 && prev.map_or(true, |p| p < x));
            prev = Some(x);
            n += 1;
        }
        assert_eq!(n, 700 - 234);
    }
}
