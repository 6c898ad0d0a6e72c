//! Design: DESIGN.md#deferred-reference-counting
//!
//! Per-thread counting for shared hot objects (module-level functions,
//! methods, code objects, modules, classes; and any object a non-owner
//! thread keeps counting from the shared path, see `heat_up`). When a
//! second thread first takes a reference to such an object it becomes
//! DEFERRED:
//!
//! * its `ref_shared` gets a bias of `DEFERRED_BIAS` counts, so the normal
//!   protocol (owner local zero, shared zero, BRC merges) can never free it;
//! * from then on non-owner increfs and decrefs go to a table owned by the
//!   calling thread (`ThreadShared::deferred`, pointer → count, plain
//!   writes): no shared cache line is written, so threads calling the same
//!   function do not bounce its header;
//! * the owner keeps counting in `ref_local` as before;
//! * such an object is freed only by `collect`, with the world stopped: its
//!   true count is `ref_local + shared - bias + Σ thread tables`; at zero it
//!   is unlinked from every table and freed after the world restarts.
//!
//! `collect` runs at a breaker poll (GC_SCHEDULED) once the number of
//! deferred objects has doubled since the last run (at least 1024), so a
//! program that keeps creating functions other threads touch keeps at most
//! about twice its live deferred objects. A thread's table is folded into
//! the objects' `ref_shared` when it exits.

use core::cell::Cell;

use crate::object::header::{ObjHeader, SHARED_SHIFT};
use crate::sync::{AtomicUsize, Mutex, Ordering::*};
use crate::vm::thread::REGISTRY;

/// Header `flags`: the object is deferred (bias added, tables count it).
pub const HDR_DEFERRED: u16 = 1 << 0;
/// Header `flags`: a thread is making the object deferred.
const HDR_MARKING: u16 = 1 << 1;
/// Header `flags`: the object never becomes deferred. Set (with
/// HDR_MARKING, so that `mark` returns at once and the `flags == 0` gates
/// of the heat-up paths fail) on weak reference objects before they are
/// published: their entries in the weak-reference side table are found and
/// `try_incref`ed by other threads, and a deferred object's `try_incref`
/// always succeeds, even after a collection found it dead and before its
/// `dealloc` removed the entry (DESIGN.md#weak-references).
pub const HDR_NEVER_DEFER: u16 = 1 << 2;

/// Counts added to `ref_shared` of a deferred object.
pub const DEFERRED_BIAS: isize = 1 << 40;

const MIN_THRESHOLD: usize = 1024;

/// A thread's counts for deferred objects: open addressing, address → count.
pub struct Table {
    keys: Vec<usize>,
    vals: Vec<isize>,
    len: usize,
}

#[inline]
fn hash(k: usize) -> usize {
    (k >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 16
}

impl Table {
    pub const fn new() -> Table {
        Table { keys: Vec::new(), vals: Vec::new(), len: 0 }
    }

    #[inline]
    fn add(&mut self, k: usize, d: isize) {
        let n = self.keys.len();
        if n != 0 {
            let mask = n - 1;
            let mut i = hash(k) & mask;
            loop {
                let kk = self.keys[i];
                if kk == k {
                    self.vals[i] += d;
                    return;
                }
                if kk == 0 {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        self.insert(k, d);
    }

    #[cold]
    fn insert(&mut self, k: usize, d: isize) {
        if (self.len + 1) * 2 > self.keys.len() {
            let old: Vec<(usize, isize)> = self.entries().collect();
            let cap = (self.keys.len() * 2).max(64);
            self.keys = vec![0; cap];
            self.vals = vec![0; cap];
            self.len = 0;
            for (k, v) in old {
                self.put(k, v);
            }
        }
        self.put(k, d);
    }

    fn put(&mut self, k: usize, v: isize) {
        let mask = self.keys.len() - 1;
        let mut i = hash(k) & mask;
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & mask;
        }
        if self.keys[i] == 0 {
            self.len += 1;
            self.keys[i] = k;
        }
        self.vals[i] += v;
    }

    fn get(&self, k: usize) -> isize {
        let n = self.keys.len();
        if n == 0 {
            return 0;
        }
        let mut i = hash(k) & (n - 1);
        loop {
            match self.keys[i] {
                0 => return 0,
                kk if kk == k => return self.vals[i],
                _ => i = (i + 1) & (n - 1),
            }
        }
    }

    fn entries(&self) -> impl Iterator<Item = (usize, isize)> + '_ {
        self.keys.iter().zip(&self.vals).filter(|(k, _)| **k != 0).map(|(k, v)| (*k, *v))
    }

    /// Drops the entries for `dead` (sorted addresses).
    fn remove_all(&mut self, dead: &[usize]) {
        let keep: Vec<(usize, isize)> = self.entries().filter(|(k, _)| dead.binary_search(k).is_err()).collect();
        self.keys.iter_mut().for_each(|k| *k = 0);
        self.vals.iter_mut().for_each(|v| *v = 0);
        self.len = 0;
        for (k, v) in keep {
            self.put(k, v);
        }
    }
}

impl Default for Table {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(not(weft_loom))]
crate::sync::thread_local! {
    /// The calling thread's table (null before registration and after exit).
    static MINE: Cell<*mut Table> = const { Cell::new(core::ptr::null_mut()) };
}
#[cfg(weft_loom)]
crate::sync::thread_local! {
    static MINE: Cell<*mut Table> = Cell::new(core::ptr::null_mut());
}

struct Registry {
    /// Every deferred object (not counted references: such objects are
    /// freed only by `collect`, which removes them here first).
    objs: Mutex<Vec<usize>>,
    threshold: AtomicUsize,
}

crate::lazy_global! {
    static DEFERRED: Registry = Registry { objs: Mutex::new(Vec::new()), threshold: AtomicUsize::new(MIN_THRESHOLD) };
}

/// Installs the calling thread's table (registration) or clears it (exit).
pub(crate) fn set_thread_table(t: *mut Table) {
    let _ = MINE.try_with(|c| c.set(t));
}

/// Whether `h` is a kind of object that threads share hot: functions, code
/// objects, modules, classes, and the exact dicts and lists threads share
/// (a dict or list handed to worker threads is loaded by every one of them
/// on every access: par_shared_dict T=2/T=1 went from 2.9 to 1.4 with
/// them deferred). str and tuple are not: they cross threads transiently
/// (queue items) far more often than they stay shared, and deferring them
/// made par_shared_dict slower (1.4 → 2.1).
#[inline]
pub(crate) fn is_hot_kind(h: &ObjHeader) -> bool {
    #[cfg(not(weft_loom))]
    {
        let ty = h.ty() as *const crate::object::typeobj::PyType;
        core::ptr::eq(ty, &crate::object::func::FUNCTION_TYPE)
            || core::ptr::eq(ty, &crate::bytecode::code::CODE_TYPE)
            || core::ptr::eq(ty, &crate::object::module::MODULE_TYPE)
            || core::ptr::eq(ty, &crate::object::singletons::TYPE_TYPE)
            || core::ptr::eq(ty, &crate::object::dict::DICT_TYPE)
            || core::ptr::eq(ty, &crate::object::list::LIST_TYPE)
            || core::ptr::eq(ty, &crate::object::func::BUILTIN_TYPE)
    }
    #[cfg(weft_loom)]
    {
        let _ = h;
        false
    }
}

/// Heat: per-thread counts of the shared-path (atomic) reference changes
/// the calling thread made on objects it does not own, kept for the
/// objects that are not hot kinds. Any object a thread keeps counting from
/// the shared path (`HEAT_THRESHOLD` times in its slot) defers too: the
/// instances, tuples and strings that worker threads all read
/// (par_shared_objects' `Vec`s, par_shared_dict's hot keys). Transient
/// crossers (queue items, keys) stay far below the threshold.
///
/// A two-way set-associative table (256 sets of 2 slots, chosen by the
/// address's hash). A counted address that is in neither slot of its set
/// wears the smaller resident count down by one and takes that slot at
/// count <= 1, so of objects sharing a set the ones counted most often
/// hold the slots; a slot is emptied when its object reaches the threshold
/// (it is marked and no longer counted here), so the next object of the
/// set gets in. (A direct-mapped table without that reset left two hot
/// objects that shared a slot wearing each other down forever: 256 hot
/// strs read in turn by a worker, ~40% of them in a shared slot, cost
/// 1.24 shared-count RMWs per read at any run length.) Addresses of freed
/// objects may linger: a new object at the same address inherits the count
/// and at worst defers sooner, which is always safe (a heuristic only).
const HEAT_SLOTS: usize = 512;
const HEAT_THRESHOLD: u32 = 32;

struct Heat {
    keys: [usize; HEAT_SLOTS],
    counts: [u32; HEAT_SLOTS],
    /// Shared-path reference changes counted so far (`vm::metrics`).
    ops: u64,
}

#[cfg(not(weft_loom))]
crate::sync::thread_local! {
    static HEAT: core::cell::UnsafeCell<Heat> =
        const { core::cell::UnsafeCell::new(Heat { keys: [0; HEAT_SLOTS], counts: [0; HEAT_SLOTS], ops: 0 }) };
}

/// Counts one shared-path reference change by the calling thread on `h`
/// (not owned by it, not deferred); true when `h` has become hot for this
/// thread and should be marked.
#[inline]
pub(crate) fn heat_up(h: &ObjHeader) -> bool {
    #[cfg(not(weft_loom))]
    {
        let k = h as *const ObjHeader as usize;
        let a = ((k >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 8)) * 2;
        HEAT.try_with(|c| {
            // SAFETY: the calling thread's own table; no reference to it
            // escapes this closure and nothing in it re-enters.
            let heat = unsafe { &mut *c.get() };
            heat.ops += 1;
            let i = if heat.keys[a] == k {
                a
            } else if heat.keys[a + 1] == k {
                a + 1
            } else {
                let v = if heat.counts[a] <= heat.counts[a + 1] { a } else { a + 1 };
                if heat.counts[v] <= 1 {
                    heat.keys[v] = k;
                    heat.counts[v] = 1;
                } else {
                    heat.counts[v] -= 1;
                }
                return false;
            };
            heat.counts[i] += 1;
            if heat.counts[i] >= HEAT_THRESHOLD {
                // The caller marks it: free the slot for the set's others.
                heat.keys[i] = 0;
                heat.counts[i] = 0;
                true
            } else {
                false
            }
        })
        .unwrap_or(false)
    }
    #[cfg(weft_loom)]
    {
        let _ = h;
        false
    }
}

/// How many shared-path reference changes (non-owner, not deferred: one
/// atomic read-modify-write on the owner's header each) the calling
/// thread made (`vm::metrics`).
pub(crate) fn shared_ops() -> u64 {
    #[cfg(not(weft_loom))]
    {
        // SAFETY: the calling thread's own table, read by its owner.
        HEAT.try_with(|c| unsafe { (*c.get()).ops }).unwrap_or(0)
    }
    #[cfg(weft_loom)]
    {
        0
    }
}

/// A non-owner's reference change on a deferred object.
#[inline]
pub(crate) fn add(h: &ObjHeader, d: isize) {
    let t = MINE.try_with(|c| c.get()).unwrap_or(core::ptr::null_mut());
    if t.is_null() {
        // No table (unregistered or exiting thread): the biased shared
        // count takes it; it cannot reach zero.
        h.ref_shared.fetch_add(d << SHARED_SHIFT, Relaxed);
        return;
    }
    // SAFETY: `t` is the calling thread's own table; only this thread
    // touches it while it runs (collect reads it with this thread
    // suspended, exit clears `MINE` before draining it).
    unsafe { (*t).add(h as *const ObjHeader as usize, d) }
}

/// Makes `h` deferred. The caller holds a reference to it (counted the
/// ordinary way), so it cannot be freed before the bias is in.
#[cold]
#[inline(never)]
pub(crate) fn mark(h: &ObjHeader) {
    if !enabled() {
        return;
    }
    if h.flags.fetch_or(HDR_MARKING, AcqRel) & HDR_MARKING != 0 {
        return;
    }
    // Bias first, then the flag: a thread that sees the flag counts in its
    // table, and by then no ordinary path can reach zero.
    h.ref_shared.fetch_add(DEFERRED_BIAS << SHARED_SHIFT, AcqRel);
    h.flags.fetch_or(HDR_DEFERRED, Release);
    #[cfg(not(weft_loom))]
    crate::vm::metrics::count_deferred_mark();
    let n = {
        let mut objs = DEFERRED.objs.lock();
        objs.push(h as *const ObjHeader as usize);
        objs.len()
    };
    if n >= DEFERRED.threshold.load(Relaxed) {
        if let Some(s) = crate::vm::thread::current_shared() {
            crate::vm::breaker::set_bit(&s.breaker, crate::vm::breaker::GC_SCHEDULED);
        }
    }
}

/// Keeps `h` out of deferred counting for good (`HDR_NEVER_DEFER`). The
/// caller has just allocated `h` and not yet published it.
pub(crate) fn never_defer(h: &ObjHeader) {
    h.flags.fetch_or(HDR_MARKING | HDR_NEVER_DEFER, Release);
}

/// A module global loaded (LOAD_GLOBAL) by a thread that does not own it:
/// whatever its kind, a global is long-lived and read by every thread that
/// runs the module's functions (a config instance, a table of tuples), so it
/// defers like the hot kinds. The caller holds a reference to `v`.
#[inline]
pub fn note_global_read(v: &crate::object::Value) {
    if let Some(h) = v.header() {
        if h.flags.load(Relaxed) == 0 && !h.is_immortal() && h.tid.load(Relaxed) != crate::vm::thread::current_tid() {
            mark(h);
        }
    }
}

/// `WEFT_DEFERRED_RC=0` turns deferral off (for measurements).
fn enabled() -> bool {
    static ON: crate::sync::OnceLock<bool> = crate::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var("WEFT_DEFERRED_RC").map(|v| v != "0").unwrap_or(true))
}

/// Whether `h` is deferred.
#[inline]
pub fn is_deferred(h: &ObjHeader) -> bool {
    h.flags.load(Acquire) & HDR_DEFERRED != 0
}

/// The calling thread's table entry for `h` (tests, `sys.getrefcount`).
pub fn my_count(h: &ObjHeader) -> isize {
    let t = MINE.try_with(|c| c.get()).unwrap_or(core::ptr::null_mut());
    if t.is_null() {
        return 0;
    }
    // SAFETY: our own table, read by its owner.
    unsafe { (*t).get(h as *const ObjHeader as usize) }
}

/// Folds a table into the objects' shared counts (thread exit). The thread
/// is attached, so no `collect` runs meanwhile.
pub(crate) fn fold(t: &mut Table) {
    for (k, v) in t.entries() {
        if v != 0 {
            // SAFETY: deferred objects are freed only by `collect`, which
            // cannot run while this (attached) thread exits.
            let h = unsafe { &*(k as *const ObjHeader) };
            h.ref_shared.fetch_add(v << SHARED_SHIFT, Relaxed);
        }
    }
    *t = Table::new();
}

/// Number of deferred objects (tests).
pub fn count() -> usize {
    DEFERRED.objs.lock().len()
}

/// Frees the deferred objects nobody references. Stops the world; call at
/// a safe point (no borrowed object pointers, no object or bucket locks).
/// Returns how many were freed.
pub fn collect() -> usize {
    #[cfg(not(weft_loom))]
    crate::vm::metrics::count_deferred_collection();
    let g = crate::vm::stw::stop_the_world(crate::vm::stw::Scope::Runtime);
    let threads = REGISTRY.threads.load();
    let mut dead = Vec::new();
    {
        let mut objs = DEFERRED.objs.lock();
        objs.retain(|&p| {
            // SAFETY: registered deferred objects are alive (only this
            // function frees them, after removing them here).
            let h = unsafe { &*(p as *const ObjHeader) };
            let mut total = h.ref_local.load(Relaxed) as isize + (h.ref_shared.load(Acquire) >> SHARED_SHIFT) - DEFERRED_BIAS;
            for t in threads.iter() {
                // SAFETY: every other thread is suspended (or is us, at a
                // safe point): nobody writes the tables now.
                total += unsafe { (*t.deferred.get()).get(p) };
            }
            debug_assert!(total >= 0, "deferred object count below zero");
            if total == 0 {
                dead.push(p);
                false
            } else {
                true
            }
        });
        DEFERRED.threshold.store((objs.len() * 2).max(MIN_THRESHOLD), Relaxed);
        if !dead.is_empty() {
            dead.sort_unstable();
            for t in threads.iter() {
                // SAFETY: as above.
                unsafe { (*t.deferred.get()).remove_all(&dead) };
            }
        }
    }
    // Weak references to the dead are cleared while the world is stopped:
    // afterwards a dereference would `try_incref` a deferred object (which
    // always succeeds) that is about to be freed (DESIGN.md#weak-references).
    let mut callbacks = Vec::new();
    for &p in &dead {
        // SAFETY: as below, `p` is still allocated.
        let h = unsafe { &*(p as *const ObjHeader) };
        if h.gc_bits() & crate::object::header::gc_bits::WEAKREFS != 0 {
            callbacks.extend(crate::object::weakref::clear_referent(h));
        }
    }
    drop(threads);
    drop(g);
    let n = dead.len();
    for p in dead {
        // SAFETY: its total count was zero with every thread stopped: no
        // reference exists, and it is in no table or registry any more.
        unsafe { crate::object::refcount::dealloc(&*(p as *const ObjHeader)) };
    }
    crate::object::weakref::run_callbacks(callbacks);
    n
}
