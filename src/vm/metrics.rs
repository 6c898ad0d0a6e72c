//! Design: DESIGN.md#metrics
//!
//! Per-thread counters, summed on demand: bytecode instructions executed,
//! frames pushed, recursion errors, lazy-import resolutions (count, total
//! and max time), and the free-threading events that cost other threads
//! (shared-path reference changes, objects made deferred, references
//! handed to an owner's BRC queue, deferred collections, stop-the-world
//! pauses with their total and longest time).
//!
//! The hot counters cost almost nothing where they are counted: the eval
//! loop counts instructions in a local and flushes them here when `run`
//! returns and every 64th breaker poll; frames are counted next to the
//! recursion depth in `vm::frame`'s thread-local and published at the same
//! flushes. Each thread publishes into its own `ThreadStats` (atomics only
//! its thread writes, so plain load+store, no read-modify-write), which a
//! global registry lists; a reader sums the registry plus the totals of
//! threads that have exited. A running thread's figures lag by at most the
//! instructions of its current activation since its last poll.

use crate::sync::{Arc, AtomicU64, Mutex, Ordering::Relaxed};

/// One thread's published counters.
#[derive(Default)]
pub struct ThreadStats {
    instructions: AtomicU64,
    frames: AtomicU64,
    recursion_errors: AtomicU64,
    lazy_count: AtomicU64,
    lazy_total_ns: AtomicU64,
    lazy_max_ns: AtomicU64,
    shared_ops: AtomicU64,
    deferred_marks: AtomicU64,
    brc_queued: AtomicU64,
    collections: AtomicU64,
    stw_pauses: AtomicU64,
    stw_total_ns: AtomicU64,
    stw_max_ns: AtomicU64,
}

/// A sum of counters (`sys._stats()`, `weft --stats`, embedders).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub instructions: u64,
    pub frames: u64,
    pub recursion_errors: u64,
    pub lazy_imports: u64,
    pub lazy_import_total_ns: u64,
    pub lazy_import_max_ns: u64,
    /// Reference changes on objects another thread owns that took the
    /// shared path (an atomic read-modify-write on the owner's header).
    pub shared_refcount_ops: u64,
    /// Objects made deferred (DESIGN.md#deferred-reference-counting).
    pub deferred_marks: u64,
    /// References handed back to an owner's BRC queue.
    pub brc_queued: u64,
    /// `gc::deferred::collect` runs (each one a stop-the-world).
    pub deferred_collections: u64,
    /// Stop-the-world pauses requested, and their time from request to
    /// restart (total and longest).
    pub stw_pauses: u64,
    pub stw_total_ns: u64,
    pub stw_max_ns: u64,
}

impl ThreadStats {
    fn add_to(&self, s: &mut Stats) {
        s.instructions += self.instructions.load(Relaxed);
        s.frames += self.frames.load(Relaxed);
        s.recursion_errors += self.recursion_errors.load(Relaxed);
        s.lazy_imports += self.lazy_count.load(Relaxed);
        s.lazy_import_total_ns += self.lazy_total_ns.load(Relaxed);
        s.lazy_import_max_ns = s.lazy_import_max_ns.max(self.lazy_max_ns.load(Relaxed));
        s.shared_refcount_ops += self.shared_ops.load(Relaxed);
        s.deferred_marks += self.deferred_marks.load(Relaxed);
        s.brc_queued += self.brc_queued.load(Relaxed);
        s.deferred_collections += self.collections.load(Relaxed);
        s.stw_pauses += self.stw_pauses.load(Relaxed);
        s.stw_total_ns += self.stw_total_ns.load(Relaxed);
        s.stw_max_ns = s.stw_max_ns.max(self.stw_max_ns.load(Relaxed));
    }
}

/// Live threads' counters, and the sum of those that exited.
struct Registry {
    live: Vec<Arc<ThreadStats>>,
    retired: Stats,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry { live: Vec::new(), retired: ZERO });

const ZERO: Stats = Stats {
    instructions: 0,
    frames: 0,
    recursion_errors: 0,
    lazy_imports: 0,
    lazy_import_total_ns: 0,
    lazy_import_max_ns: 0,
    shared_refcount_ops: 0,
    deferred_marks: 0,
    brc_queued: 0,
    deferred_collections: 0,
    stw_pauses: 0,
    stw_total_ns: 0,
    stw_max_ns: 0,
};

/// This thread's registration: moves its counters to the retired sum when
/// the thread exits.
struct Mine(Arc<ThreadStats>);

impl Mine {
    fn new() -> Mine {
        let s = Arc::new(ThreadStats::default());
        REGISTRY.lock().live.push(s.clone());
        Mine(s)
    }
}

impl Drop for Mine {
    fn drop(&mut self) {
        // Publish the thread-local frame count one last time.
        if let Some(f) = crate::vm::frame::frames_pushed() {
            self.0.frames.store(f, Relaxed);
        }
        self.0.shared_ops.store(crate::gc::deferred::shared_ops(), Relaxed);
        let mut r = REGISTRY.lock();
        let mut retired = r.retired;
        self.0.add_to(&mut retired);
        r.retired = retired;
        r.live.retain(|x| !Arc::ptr_eq(x, &self.0));
    }
}

crate::sync::thread_local! {
    static MINE: Mine = Mine::new();
}

#[inline]
fn publish(n_instructions: u64) {
    let _ = MINE.try_with(|m| {
        let s = &m.0;
        s.instructions.store(s.instructions.load(Relaxed) + n_instructions, Relaxed);
        if let Some(f) = crate::vm::frame::frames_pushed() {
            s.frames.store(f, Relaxed);
        }
        s.shared_ops.store(crate::gc::deferred::shared_ops(), Relaxed);
    });
}

/// Adds `n` executed instructions (the eval loop's local count) and
/// publishes the frame count.
#[inline]
pub fn flush_instructions(n: u64) {
    publish(n)
}

/// The eval loop's local instruction count (one per `run`); flushed at
/// polls and when `run` returns or unwinds out.
pub struct InstrCounter(pub u64);

impl InstrCounter {
    #[inline]
    pub fn flush(&mut self) {
        flush_instructions(self.0);
        self.0 = 0;
    }
}

impl Drop for InstrCounter {
    #[inline]
    fn drop(&mut self) {
        flush_instructions(self.0)
    }
}

/// Counts one RecursionError raised by either layer of the limits.
#[cold]
pub fn count_recursion_error() {
    let _ = MINE.try_with(|m| {
        let s = &m.0;
        s.recursion_errors.store(s.recursion_errors.load(Relaxed) + 1, Relaxed);
    });
}

/// Adds 1 to one of the calling thread's own counters (only it writes
/// them: a load and a store).
#[inline]
fn bump(f: impl FnOnce(&ThreadStats) -> &AtomicU64) {
    let _ = MINE.try_with(|m| {
        let c = f(&m.0);
        c.store(c.load(Relaxed) + 1, Relaxed);
    });
}

/// Counts one object made deferred.
#[cold]
pub fn count_deferred_mark() {
    bump(|s| &s.deferred_marks)
}

/// Counts one reference handed to an owner's BRC queue.
#[cold]
pub fn count_brc_queued() {
    bump(|s| &s.brc_queued)
}

/// Counts one deferred collection.
#[cold]
pub fn count_deferred_collection() {
    bump(|s| &s.collections)
}

/// Counts one stop-the-world pause of `ns` nanoseconds (request to restart).
#[cold]
pub fn count_stop_the_world(ns: u64) {
    let _ = MINE.try_with(|m| {
        let s = &m.0;
        s.stw_pauses.store(s.stw_pauses.load(Relaxed) + 1, Relaxed);
        s.stw_total_ns.store(s.stw_total_ns.load(Relaxed) + ns, Relaxed);
        if ns > s.stw_max_ns.load(Relaxed) {
            s.stw_max_ns.store(ns, Relaxed);
        }
    });
}

/// Counts one lazy-import resolution that took `ns` nanoseconds.
pub fn count_lazy_import(ns: u64) {
    let _ = MINE.try_with(|m| {
        let s = &m.0;
        s.lazy_count.store(s.lazy_count.load(Relaxed) + 1, Relaxed);
        s.lazy_total_ns.store(s.lazy_total_ns.load(Relaxed) + ns, Relaxed);
        if ns > s.lazy_max_ns.load(Relaxed) {
            s.lazy_max_ns.store(ns, Relaxed);
        }
    });
}

/// The counters of every thread, live and exited, summed (the calling
/// thread's frame count published first).
pub fn snapshot() -> Stats {
    publish(0);
    let r = REGISTRY.lock();
    let mut s = r.retired;
    for t in &r.live {
        t.add_to(&mut s);
    }
    s
}

impl Stats {
    /// The report `weft --stats` prints at exit: the four metrics, and
    /// instructions/s and frames/s over `wall` seconds.
    pub fn report(&self, wall: f64) -> String {
        let rate = |n: u64| if wall > 0.0 { n as f64 / wall } else { 0.0 };
        format!(
            "weft stats ({:.3} s wall)\n\
             \x20 instructions      {:>14}  ({:.1} M/s)\n\
             \x20 frames pushed     {:>14}  ({:.1} M/s)\n\
             \x20 recursion errors  {:>14}\n\
             \x20 lazy imports      {:>14}  (total {:.3} ms, max {:.3} ms)\n\
             \x20 shared refcounts  {:>14}  (non-owner atomic count changes)\n\
             \x20 deferred marks    {:>14}\n\
             \x20 BRC queued        {:>14}\n\
             \x20 deferred collects {:>14}\n\
             \x20 stop-the-world    {:>14}  (total {:.3} ms, max {:.3} ms)\n",
            wall,
            self.instructions,
            rate(self.instructions) / 1e6,
            self.frames,
            rate(self.frames) / 1e6,
            self.recursion_errors,
            self.lazy_imports,
            self.lazy_import_total_ns as f64 / 1e6,
            self.lazy_import_max_ns as f64 / 1e6,
            self.shared_refcount_ops,
            self.deferred_marks,
            self.brc_queued,
            self.deferred_collections,
            self.stw_pauses,
            self.stw_total_ns as f64 / 1e6,
            self.stw_max_ns as f64 / 1e6,
        )
    }
}
