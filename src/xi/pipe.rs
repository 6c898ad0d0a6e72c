//! Design: DESIGN.md#channels-and-queues
//!
//! The pipe of an unbounded queue: a multi-producer multi-consumer FIFO of
//! fixed-size chunks ([`CHUNK`] slots) linked in a list. Producers append
//! under the tail lock: write the slot, then publish it with one release
//! store of the chunk's `published` count. Consumers pop under the head
//! lock and never take the tail lock to find an item: one acquire load of
//! `published` makes every slot written so far visible, and the consumer
//! serves that whole range from its own cached bound (`Head::avail`) with
//! no further shared access. So with one producer and one consumer each
//! lock stays in its own thread's cache, the tail lock is never touched
//! by the consumer, and per message only the item's cache line (64 bytes,
//! one slot) crosses cores, plus the `published` line once per batch the
//! consumer takes (once per message when it keeps up).
//!
//! Chunks: a producer that fills its chunk links a new one
//! (`next`, release) and never touches the old one again; a consumer that
//! has taken all [`CHUNK`] slots of a chunk and sees `next` (acquire)
//! moves on and hands the old chunk back through `spares` (an
//! ownership-passing array of pointers: swap in / swap out, no ABA), which
//! producers use before allocating. A steady stream allocates nothing; a
//! pipe's memory is what is queued (rounded up to a chunk) plus at most
//! [`SPARES`] spare chunks, and a drained backlog gives it back chunk by
//! chunk.
//!
//! Waiting (no lost wake-up): `pushed` (under the tail lock) and `popped`
//! (written under the head lock, read anywhere) count items. A consumer
//! that finds nothing spins briefly (re-trying the pop: one load of a line
//! the producer writes), then takes the tail lock, and if `pushed ==
//! popped` there (nothing queued: `popped` only lags the truth, so a stale
//! read only makes it look again) counts itself in `waiters` and waits on
//! `cv` with the tail lock (the wait releases it). A producer reads
//! `waiters` under the same lock after each push and notifies only when
//! someone waits, so a steady stream costs no syscall. No consumer ever
//! waits holding the head lock (another consumer with a timeout must be
//! able to give up).
//!
//! Lock order: `head` before `tail`. loom model: loom-tests/tests/xi_pipe.rs.

use core::mem::MaybeUninit;
use core::ptr;
use std::time::Instant;

use crossbeam::utils::CachePadded;

use crate::sync::{
    AtomicPtr, AtomicUsize, Condvar, Mutex,
    Ordering::{AcqRel, Acquire, Relaxed, Release},
};

/// Re-tries of an empty pop before parking (each followed by a pause
/// instruction; then a few yields). A consumer that parks costs its
/// producer a futex wake.
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

/// Empty chunks kept for reuse (more are freed).
pub const SPARES: usize = 4;

/// One item's storage: written once by a producer (before the release
/// store that publishes it), read once by a consumer (after the acquire
/// load that saw it published). Line-aligned: a 64-byte item is exactly
/// one cache line.
#[cfg(not(weft_loom))]
#[repr(C, align(64))]
struct Slot<T>(core::cell::UnsafeCell<MaybeUninit<T>>);
#[cfg(weft_loom)]
#[repr(C, align(64))]
struct Slot<T>(loom::cell::UnsafeCell<MaybeUninit<T>>);

impl<T> Slot<T> {
    fn new() -> Slot<T> {
        #[cfg(not(weft_loom))]
        return Slot(core::cell::UnsafeCell::new(MaybeUninit::uninit()));
        #[cfg(weft_loom)]
        return Slot(loom::cell::UnsafeCell::new(MaybeUninit::uninit()));
    }

    /// # Safety
    /// The slot is empty and no other thread accesses it until a release
    /// store publishes it.
    #[inline]
    unsafe fn write(&self, x: T) {
        #[cfg(not(weft_loom))]
        // SAFETY: exclusive access by the caller's contract.
        unsafe {
            (*self.0.get()).write(x);
        }
        #[cfg(weft_loom)]
        // SAFETY: exclusive access by the caller's contract.
        self.0.with_mut(|p| unsafe {
            (*p).write(x);
        });
    }

    /// Hands the item to `f` in place, then drops it (also if `f`
    /// unwinds).
    ///
    /// # Safety
    /// As `read`: the caller owns the published item and moves past the
    /// slot, so the item is used (and dropped) once.
    #[inline]
    unsafe fn consume<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        struct DropOnExit<T>(*mut T);
        impl<T> Drop for DropOnExit<T> {
            fn drop(&mut self) {
                // SAFETY: the item `consume` was handed (initialised, owned
                // by the caller), dropped once, here.
                unsafe { ptr::drop_in_place(self.0) }
            }
        }
        #[cfg(not(weft_loom))]
        // SAFETY: initialised, published and owned by the caller's
        // contract; `MaybeUninit<T>` has `T`'s layout.
        return unsafe {
            let g = DropOnExit((*self.0.get()).as_mut_ptr());
            f(&mut *g.0)
        };
        #[cfg(weft_loom)]
        // SAFETY: as above.
        return self.0.with_mut(|p| unsafe {
            let g = DropOnExit((*p).as_mut_ptr());
            f(&mut *g.0)
        });
    }

    /// # Safety
    /// The slot holds an item published to the caller (acquire), read at
    /// most once.
    #[inline]
    unsafe fn read(&self) -> T {
        #[cfg(not(weft_loom))]
        // SAFETY: initialised and published by the caller's contract; the
        // caller moves past the slot so it is never read twice.
        return unsafe { (*self.0.get()).assume_init_read() };
        #[cfg(weft_loom)]
        // SAFETY: as above.
        return self.0.with(|p| unsafe { (*p).assume_init_read() });
    }
}

/// A chunk's shared words, on their own line.
struct Link<T> {
    /// Slots `0..published` hold items (release by producers, under the
    /// tail lock; acquire by consumers).
    published: AtomicUsize,
    /// The chunk after this one (null until a producer filled this one and
    /// moved on; release/acquire).
    next: AtomicPtr<Chunk<T>>,
}

/// A chunk: its `Link` on its own line, then the slots (one 64-byte item
/// per line when `T` is an `xi::Item`).
#[repr(C)]
struct Chunk<T> {
    link: CachePadded<Link<T>>,
    slots: [Slot<T>; CHUNK],
}

impl<T> Chunk<T> {
    fn alloc() -> *mut Chunk<T> {
        Box::into_raw(Box::new(Chunk {
            link: CachePadded::new(Link { published: AtomicUsize::new(0), next: AtomicPtr::new(ptr::null_mut()) }),
            slots: core::array::from_fn(|_| Slot::new()),
        }))
    }
}

/// The consumers' side (under `HeadSide::lock`).
struct Head<T> {
    /// The chunk being consumed.
    chunk: *mut Chunk<T>,
    /// Slots of `chunk` taken so far.
    taken: usize,
    /// `chunk.published` as last loaded: slots `taken..avail` are ready
    /// without another shared access.
    avail: usize,
    /// Items popped in all (mirrored in `HeadSide::popped`).
    popped: usize,
}

/// The producers' side (under `Pipe::tail`).
struct Tail<T> {
    /// The chunk being filled.
    chunk: *mut Chunk<T>,
    /// Slots of `chunk` written so far (= its `published`).
    filled: usize,
    /// Items pushed in all.
    pushed: usize,
    /// Consumers waiting on `cv` (they registered under this lock).
    waiters: usize,
}

struct HeadSide<T> {
    lock: Mutex<Head<T>>,
    /// `Head::popped`, for parking consumers (who hold no head lock) and
    /// `len`; it only lags the truth.
    popped: AtomicUsize,
}

/// An unbounded multi-producer multi-consumer FIFO (see the module doc).
pub struct Pipe<T> {
    head: CachePadded<HeadSide<T>>,
    tail: CachePadded<Mutex<Tail<T>>>,
    /// Notified (under `tail`) when an item is pushed while `waiters > 0`.
    cv: Condvar,
    /// Empty chunks: each entry owns the chunk it points to (null: none).
    spares: CachePadded<[AtomicPtr<Chunk<T>>; SPARES]>,
}

// SAFETY: the raw chunk pointers are owned by the pipe (the chunk list from
// `head.chunk` to `tail.chunk`, and the spares); slots are written only
// under the tail lock and read only under the head lock after the acquire
// load that published them, so items of a `Send` type move between
// threads and are never shared.
unsafe impl<T: Send> Send for Pipe<T> {}
// SAFETY: as above: every access through `&Pipe` goes through the locks and
// the published/next atomics.
unsafe impl<T: Send> Sync for Pipe<T> {}

impl<T> Default for Pipe<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Pipe<T> {
    pub fn new() -> Pipe<T> {
        let c = Chunk::alloc();
        Pipe {
            head: CachePadded::new(HeadSide {
                lock: Mutex::new(Head { chunk: c, taken: 0, avail: 0, popped: 0 }),
                popped: AtomicUsize::new(0),
            }),
            tail: CachePadded::new(Mutex::new(Tail { chunk: c, filled: 0, pushed: 0, waiters: 0 })),
            cv: Condvar::new(),
            spares: CachePadded::new(core::array::from_fn(|_| AtomicPtr::new(ptr::null_mut()))),
        }
    }

    /// Appends `x`, waking one waiting consumer if any.
    #[inline]
    pub fn push(&self, x: T) {
        let mut g = self.tail.lock();
        let t = &mut *g;
        self.push_locked(t, x);
        if t.waiters > 0 {
            self.cv.notify_one();
        }
    }

    #[inline]
    fn push_locked(&self, t: &mut Tail<T>, x: T) {
        if t.filled == CHUNK {
            self.next_chunk(t);
        }
        // SAFETY: `t.chunk` is the live tail chunk (owned by the pipe; only
        // a consumer that saw its `next` set may recycle it, and that is
        // set only below in `next_chunk` when we leave it). Slot `filled`
        // is unpublished (`published == filled`), so no consumer reads it,
        // and we hold the tail lock, so no other producer writes it.
        let c = unsafe { &*t.chunk };
        // SAFETY: as above.
        unsafe { c.slots[t.filled].write(x) };
        t.filled += 1;
        c.link.published.store(t.filled, Release);
        t.pushed += 1;
    }

    /// The tail chunk is full: link a spare (or a new chunk) after it and
    /// fill that.
    #[cold]
    #[inline(never)]
    fn next_chunk(&self, t: &mut Tail<T>) {
        let n = self.take_spare().unwrap_or_else(Chunk::alloc);
        // SAFETY: `n` is ours alone (fresh, or swapped out of `spares`,
        // which owned it; the consumer that put it there stopped using it
        // before the AcqRel swap that handed it over).
        let nc = unsafe { &*n };
        nc.link.published.store(0, Relaxed);
        nc.link.next.store(ptr::null_mut(), Relaxed);
        // SAFETY: `t.chunk` is the live tail chunk (see `push_locked`);
        // after this store we never touch it again.
        unsafe { &*t.chunk }.link.next.store(n, Release);
        t.chunk = n;
        t.filled = 0;
    }

    fn take_spare(&self) -> Option<*mut Chunk<T>> {
        self.spares.iter().find_map(|s| {
            if s.load(Relaxed).is_null() {
                return None;
            }
            let c = s.swap(ptr::null_mut(), AcqRel);
            (!c.is_null()).then_some(c)
        })
    }

    /// Keeps the emptied chunk `c` (ours alone) as a spare, or frees it.
    #[cold]
    fn recycle(&self, c: *mut Chunk<T>) {
        for s in self.spares.iter() {
            if s.load(Relaxed).is_null() && s.compare_exchange(ptr::null_mut(), c, AcqRel, Relaxed).is_ok() {
                return;
            }
        }
        // SAFETY: `c` came from `Box::into_raw` and is ours alone (the
        // consumer left it after seeing `next`; no producer touches it).
        // Its items were all taken, so nothing is left to drop.
        drop(unsafe { Box::from_raw(c) });
    }

    /// Takes the oldest item without waiting.
    #[inline]
    pub fn try_pop(&self) -> Option<T> {
        let mut g = self.head.lock.lock();
        self.pop_locked(&mut g)
    }

    #[inline]
    fn pop_locked(&self, h: &mut Head<T>) -> Option<T> {
        if h.taken == h.avail && !self.refill(h) {
            return None;
        }
        // SAFETY: `h.chunk` is the live head chunk (only this side, under
        // the head lock, leaves it); slot `taken` < `avail` was published
        // by the release store `refill` acquired, and we move past it, so
        // it is read once.
        let x = unsafe { (*h.chunk).slots[h.taken].read() };
        h.taken += 1;
        h.popped += 1;
        self.head.popped.store(h.popped, Relaxed);
        Some(x)
    }

    /// Takes the oldest item without waiting and hands it to `f` in its
    /// slot (no copy out; `f` may move parts out with `mem::replace`),
    /// dropping it after. `f` runs under the head lock: it must not run
    /// Python code (which could pop from this pipe).
    #[inline]
    pub fn try_pop_in_place<R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let mut g = self.head.lock.lock();
        let h = &mut *g;
        if h.taken == h.avail && !self.refill(h) {
            return None;
        }
        let i = h.taken;
        h.taken += 1;
        h.popped += 1;
        self.head.popped.store(h.popped, Relaxed);
        // SAFETY: as in `pop_locked`: slot `i` < `avail` of the live head
        // chunk was published to us, and we moved past it before handing
        // it over, so it is used once.
        Some(unsafe { (*h.chunk).slots[i].consume(f) })
    }

    /// Makes `avail > taken` if any item is queued (moving on to the next
    /// chunk when this one is used up); false when the pipe is empty.
    #[inline]
    fn refill(&self, h: &mut Head<T>) -> bool {
        loop {
            // SAFETY: `h.chunk` is the live head chunk (see `pop_locked`).
            let c = unsafe { &*h.chunk };
            h.avail = c.link.published.load(Acquire);
            if h.taken < h.avail {
                return true;
            }
            if h.taken < CHUNK {
                return false;
            }
            let n = c.link.next.load(Acquire);
            if n.is_null() {
                return false;
            }
            // Every slot was taken and the producers moved on to `n`: the
            // old chunk is ours.
            let old = core::mem::replace(&mut h.chunk, n);
            h.taken = 0;
            h.avail = 0;
            self.recycle(old);
        }
    }

    /// Takes the oldest item, waiting until `deadline` (forever for `None`).
    pub fn pop_until(&self, deadline: Option<Instant>) -> Option<T> {
        if let Some(x) = self.try_pop() {
            return Some(x);
        }
        // Spin briefly: the producer is usually moments away.
        for i in 0..SPINS + YIELDS {
            if i < SPINS {
                crate::sync::spin_hint();
            } else {
                crate::sync::thread::yield_now();
            }
            if let Some(x) = self.try_pop() {
                return Some(x);
            }
        }
        loop {
            let mut t = self.tail.lock();
            if t.pushed != self.head.popped.load(Relaxed) {
                // Something is queued (or a pop is being counted): look.
                drop(t);
                if let Some(x) = self.try_pop() {
                    return Some(x);
                }
                crate::sync::thread::yield_now();
                continue;
            }
            // Empty, seen under the tail lock, which we keep into the wait:
            // a push after this point sees us counted and notifies.
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
            if let Some(x) = self.try_pop() {
                return Some(x);
            }
            if timed_out {
                return None;
            }
        }
    }

    /// Items queued (read under both locks).
    pub fn len(&self) -> usize {
        let h = self.head.lock.lock();
        let t = self.tail.lock();
        t.pushed - h.popped
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Chunks allocated by this pipe right now (queued and spare): the
    /// memory bound's witness for tests.
    pub fn chunks(&self) -> usize {
        let h = self.head.lock.lock();
        let t = self.tail.lock();
        let mut n = 1;
        let mut c = h.chunk;
        while c != t.chunk {
            // SAFETY: both locks are held, so the list from the head chunk
            // to the tail chunk is stable and every link in it is set.
            c = unsafe { &*c }.link.next.load(Acquire);
            n += 1;
        }
        n + self.spares.iter().filter(|s| !s.load(Acquire).is_null()).count()
    }

    /// Drops every queued item for which `drop_it` is true, keeping the
    /// others in order; returns how many went. Consumers never see a
    /// partial state (both locks are held: the items are taken out and the
    /// kept ones put back).
    pub fn remove_where(&self, mut drop_it: impl FnMut(&T) -> bool) -> usize {
        let mut h = self.head.lock.lock();
        let mut t = self.tail.lock();
        let mut all = Vec::with_capacity(t.pushed - h.popped);
        while let Some(x) = self.pop_locked(&mut h) {
            all.push(x);
        }
        let before = all.len();
        for x in all {
            if !drop_it(&x) {
                self.push_locked(&mut t, x);
            }
        }
        before - (t.pushed - h.popped)
    }
}

impl<T> Drop for Pipe<T> {
    fn drop(&mut self) {
        let (mut c, mut from) = {
            let h = self.head.lock.lock();
            (h.chunk, h.taken)
        };
        while !c.is_null() {
            // SAFETY: `&mut self`: no other thread; the list from the head
            // chunk is ours, slots `from..published` of each chunk hold
            // items nobody took, each dropped once, then the chunk is freed.
            let b = unsafe { Box::from_raw(c) };
            let n = b.link.published.load(Relaxed);
            for s in &b.slots[from..n] {
                // SAFETY: as above.
                drop(unsafe { s.read() });
            }
            c = b.link.next.load(Relaxed);
            from = 0;
        }
        for s in self.spares.iter() {
            let c = s.swap(ptr::null_mut(), Relaxed);
            if !c.is_null() {
                // SAFETY: a spare is owned by its entry and holds no item.
                drop(unsafe { Box::from_raw(c) });
            }
        }
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
    fn in_place_pops_drop_each_item_once() {
        let token = crate::sync::Arc::new(());
        let p = Pipe::new();
        for i in 0..3 * CHUNK {
            p.push((i, token.clone()));
        }
        for i in 0..2 * CHUNK {
            assert_eq!(p.try_pop_in_place(|(n, _)| *n), Some(i));
        }
        assert_eq!(crate::sync::Arc::strong_count(&token), 1 + CHUNK);
        assert_eq!(p.len(), CHUNK);
        drop(p);
        assert_eq!(crate::sync::Arc::strong_count(&token), 1);
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
