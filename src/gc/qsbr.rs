//! Design: DESIGN.md#reclamation
//!
//! Quiescent-state-based reclamation. Memory that a lock-free reader may
//! still be looking at (freed objects' headers, replaced dict tables) is
//! released only after every registered thread has passed a quiescent point
//! (a breaker poll, a detach, or an explicit `vm::thread::quiescent`).
//!
//! * `WR_SEQ`: global write sequence, advanced once per batch of retires
//!   (`stamp`).
//! * each thread's `qsbr_seq`: the `WR_SEQ` it saw at its last quiescent
//!   point, or `QSBR_OFFLINE` while it is detached.
//! * an item retired at goal `g` is released once `min(qsbr_seq) >= g`.
//!
//! With a single registered thread nothing can be reading concurrently and
//! memory is released at once (the `live == 1` check is ordered against a
//! new thread's registration by SeqCst fences on both sides).

use core::cell::RefCell;

use crate::sync::{fence, AtomicU64, AtomicUsize, Mutex, Ordering::*};
use crate::vm::thread::{ThreadShared, REGISTRY};

pub const QSBR_OFFLINE: u64 = u64::MAX;

/// Process pending items once this many accumulate.
const POLL_BATCH: usize = 64;

struct Retired {
    goal: u64,
    ptr: *mut u8,
    release: unsafe fn(*mut u8),
    /// `ptr` is a freed object's header (`free_object_later`): debug builds
    /// poison it and quarantine the memory instead of releasing it.
    object: bool,
}

// SAFETY: a retired pointer is owned by the reclaimer alone: no thread can
// obtain a new reference to it (it was unlinked before retiring).
unsafe impl Send for Retired {}

struct Shared {
    /// Alone on its cache line: every thread reads it at each quiescent
    /// point, so the orphan lock's writes must not share the line.
    wr_seq: crossbeam::utils::CachePadded<AtomicU64>,
    /// Items left by exited threads.
    orphans: Mutex<Vec<Retired>>,
    /// `orphans.len()`, written under its lock: polls skip the lock (an
    /// RMW on a shared line) while it is 0. A stale 0 only delays a release
    /// to a later poll.
    orphan_count: AtomicUsize,
}

crate::lazy_global! {
    static QSBR: Shared = Shared {
        wr_seq: crossbeam::utils::CachePadded::new(AtomicU64::new(1)),
        orphans: Mutex::new(Vec::new()),
        orphan_count: AtomicUsize::new(0),
    };
}

/// Hands `items` (goals stamped) to the orphan list.
fn orphan(items: impl IntoIterator<Item = Retired>) {
    let mut o = QSBR.orphans.lock();
    o.extend(items);
    QSBR.orphan_count.store(o.len(), Relaxed);
}

/// A thread's retired items, and the length at which it polls next (doubles
/// while items stay blocked, so a stalled reader does not make every retire
/// rescan the list).
struct Pending {
    items: Vec<Retired>,
    /// How many items at the end of `items` await their goal (`stamp`).
    unstamped: usize,
    next_poll: usize,
}

/// Thread-local destructors run in no fixed order: if `PENDING` goes before
/// the registry guard (whose `thread_exit` hands the items over), its items
/// would be lost (leaked: LSan found them under the thread stress tests).
/// Hand them to the orphan list here as well.
#[cfg(not(weft_loom))]
impl Drop for Pending {
    fn drop(&mut self) {
        stamp(self);
        if !self.items.is_empty() {
            orphan(self.items.drain(..));
        }
    }
}

#[cfg(not(weft_loom))]
crate::sync::thread_local! {
    static PENDING: RefCell<Pending> = const { RefCell::new(Pending { items: Vec::new(), unstamped: 0, next_poll: POLL_BATCH }) };
}
#[cfg(weft_loom)]
crate::sync::thread_local! {
    static PENDING: RefCell<Pending> = RefCell::new(Pending { items: Vec::new(), unstamped: 0, next_poll: POLL_BATCH });
}

/// Releases `ptr` with `release` once no reader can hold it.
pub fn free_later(ptr: *mut u8, release: unsafe fn(*mut u8)) {
    retire(ptr, release, false)
}

/// `free_later` for the memory of a freed object (`ptr` is its header):
/// debug builds poison the header when the grace period ends and keep the
/// memory in a per-thread quarantine for a while, so a use after free
/// trips the header assertions instead of reading reused memory.
pub fn free_object_later(ptr: *mut u8, release: unsafe fn(*mut u8)) {
    retire(ptr, release, true)
}

fn retire(ptr: *mut u8, release: unsafe fn(*mut u8), object: bool) {
    // Only the single-thread shortcut needs a fence: a count above 1, even a
    // stale one, just defers (always safe), so a multi-threaded program pays
    // no fence per free. The fence pairs with the one in `attach`: either
    // the new thread sees our unlink or the second load sees it registered.
    if REGISTRY.live.load(Relaxed) <= 1 {
        fence(SeqCst);
        if REGISTRY.live.load(Relaxed) <= 1 {
            // SAFETY: we are the only registered thread (read after the
            // fence above); nobody else can read it.
            unsafe { release_one(ptr, release, object) };
            return;
        }
    }
    // The goal is stamped later, on a batch (`stamp`): one shared RMW per
    // STAMP_BATCH frees instead of one per free.
    let pushed = PENDING.try_with(|p| {
        let mut p = p.borrow_mut();
        p.items.push(Retired { goal: u64::MAX, ptr, release, object });
        p.unstamped += 1;
        if p.unstamped >= STAMP_BATCH {
            stamp(&mut p);
        }
        p.items.len() >= p.next_poll
    });
    match pushed {
        Ok(true) => poll(),
        Ok(false) => {}
        Err(_) => {
            // Thread-local storage is gone (thread exiting): hand it over.
            let goal = QSBR.wr_seq.fetch_add(1, AcqRel) + 1;
            orphan([Retired { goal, ptr, release, object }]);
        }
    }
}

/// Frees between two goal stamps.
const STAMP_BATCH: usize = 32;

/// Gives the unstamped items their goal: one `wr_seq` RMW for all of them.
/// Each was unlinked before this RMW (program order), and a thread that
/// later reports a sequence >= the goal read it from this RMW's release
/// sequence, so it saw every one of those unlinks: the argument of a
/// per-item RMW, for the batch. Goals stay non-decreasing along `items`.
fn stamp(p: &mut Pending) {
    if p.unstamped == 0 {
        return;
    }
    let goal = QSBR.wr_seq.fetch_add(1, AcqRel) + 1;
    let n = p.items.len();
    for r in &mut p.items[n - p.unstamped..] {
        r.goal = goal;
    }
    p.unstamped = 0;
}

/// The smallest sequence any registered thread has reported.
fn min_seq() -> u64 {
    fence(SeqCst);
    REGISTRY.threads.with(|ts| ts.iter().map(|t| t.qsbr_seq.load(Acquire)).min().unwrap_or(QSBR_OFFLINE))
}

/// Releases the calling thread's items whose grace period has passed.
pub fn poll() {
    let min = min_seq();
    let ready: Vec<Retired> = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            stamp(&mut p);
            // Goals are non-decreasing along the list: the ready items are
            // a prefix.
            let k = p.items.partition_point(|r| r.goal <= min);
            let ready = if k == p.items.len() {
                core::mem::replace(&mut p.items, Vec::with_capacity(POLL_BATCH))
            } else {
                p.items.drain(..k).collect()
            };
            p.next_poll = (p.items.len() * 2).max(POLL_BATCH);
            ready
        })
        .unwrap_or_default();
    release_all(ready);
    if QSBR.orphan_count.load(Relaxed) == 0 {
        return;
    }
    if let Some(mut o) = QSBR.orphans.try_lock() {
        let (ready, keep): (Vec<_>, Vec<_>) = o.drain(..).partition(|r| r.goal <= min);
        *o = keep;
        QSBR.orphan_count.store(o.len(), Relaxed);
        drop(o);
        release_all(ready);
    }
}

fn release_all(items: Vec<Retired>) {
    for r in items {
        // SAFETY: the grace period for `r` has passed: every thread reported
        // a quiescent point after it was retired (so after it was unlinked).
        unsafe { release_one(r.ptr, r.release, r.object) };
    }
}

/// Releases one item whose grace period is over (debug builds: objects are
/// poisoned and quarantined first).
///
/// # Safety
/// No thread can read `ptr` any more; `release` matches its allocation.
unsafe fn release_one(ptr: *mut u8, release: unsafe fn(*mut u8), object: bool) {
    #[cfg(all(debug_assertions, not(weft_loom)))]
    if object {
        // SAFETY: `ptr` is a freed object's header (`free_object_later`)
        // whose grace period is over.
        unsafe { crate::object::header::ObjHeader::poison(ptr as *mut crate::object::header::ObjHeader, true) };
        quarantine(ptr, release);
        return;
    }
    let _ = object;
    // SAFETY: forwarded from this function's contract.
    unsafe { release(ptr) }
}

/// Debug builds: released objects wait here (poisoned) before their memory
/// goes back to the allocator, the most recent `QUARANTINE_CAP` per thread.
#[cfg(all(debug_assertions, not(weft_loom)))]
const QUARANTINE_CAP: usize = 4096;

#[cfg(all(debug_assertions, not(weft_loom)))]
struct Quarantine(std::collections::VecDeque<(usize, unsafe fn(*mut u8))>);

#[cfg(all(debug_assertions, not(weft_loom)))]
impl Drop for Quarantine {
    fn drop(&mut self) {
        for (p, release) in self.0.drain(..) {
            // SAFETY: quarantined items were released by `release_one`: their
            // grace period is over and nothing else frees them.
            unsafe { release(p as *mut u8) };
        }
    }
}

#[cfg(all(debug_assertions, not(weft_loom)))]
crate::sync::thread_local! {
    static QUARANTINE: RefCell<Quarantine> = const { RefCell::new(Quarantine(std::collections::VecDeque::new())) };
}

#[cfg(all(debug_assertions, not(weft_loom)))]
fn quarantine(ptr: *mut u8, release: unsafe fn(*mut u8)) {
    let oldest = QUARANTINE.try_with(|q| {
        let mut q = q.borrow_mut();
        q.0.push_back((ptr as usize, release));
        if q.0.len() > QUARANTINE_CAP {
            q.0.pop_front()
        } else {
            None
        }
    });
    match oldest {
        Ok(Some((p, rel))) => {
            // SAFETY: it was quarantined by `release_one` (grace period over).
            unsafe { rel(p as *mut u8) }
        }
        Ok(None) => {}
        // SAFETY: the thread is exiting (no quarantine): release at once;
        // forwarded from `release_one`'s contract.
        Err(_) => unsafe { release(ptr) },
    }
}

/// A quiescent point: the thread holds no pointer loaded from a shared slot.
pub fn quiescent(me: &ThreadShared) {
    let seq = QSBR.wr_seq.load(Acquire);
    me.qsbr_seq.store(seq, Release);
    // Poll only if the oldest item could be ready (its goal is at most
    // what we just read, and every thread's report is at most that) or
    // every item still awaits its stamp (the poll stamps them). Before,
    // every quiescent point with anything pending polled: a fence, a read
    // of every thread's line, and (before prefix releases) a partition of
    // every waiting item into fresh vectors, 38% of the profile of two
    // threads that allocate.
    let worth = PENDING
        .try_with(|p| {
            let p = p.borrow();
            p.items.first().is_some_and(|r| r.goal <= seq || p.unstamped == p.items.len())
        })
        .unwrap_or(false);
    if worth {
        poll();
    }
}

/// Comes online (attach). Ordered by a SeqCst fence against concurrent
/// frees that read our state as offline.
pub fn attach(me: &ThreadShared) {
    me.qsbr_seq.store(QSBR.wr_seq.load(Acquire), SeqCst);
    fence(SeqCst);
}

/// Goes offline (detach): this thread holds no borrowed pointers.
pub fn detach(me: &ThreadShared) {
    me.qsbr_seq.store(QSBR_OFFLINE, Release);
}

pub(crate) fn thread_exit(me: &ThreadShared) {
    detach(me);
    let mine: Vec<Retired> = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            stamp(&mut p);
            core::mem::take(&mut p.items)
        })
        .unwrap_or_default();
    if !mine.is_empty() {
        orphan(mine);
    }
}

/// Releases everything whose grace period has passed, including orphans
/// (tests and shutdown).
pub fn drain() {
    poll();
}

/// Items waiting for a grace period on this thread (tests).
pub fn pending_count() -> usize {
    PENDING.try_with(|p| p.borrow().items.len()).unwrap_or(0)
}
