//! Design: DESIGN.md#threads
//!
//! Per-OS-thread runtime state: the thread id that owns objects (biased
//! refcounting), the thread state (DETACHED / ATTACHED / SUSPENDED /
//! SHUTTING_DOWN, protocol in `vm::stw`), the BRC queue other threads hand
//! references back through, the QSBR read sequence, and the eval-breaker
//! word.
//!
//! A thread registers on first use of any object (`current_tid`), starting
//! DETACHED and attaching at once, and unregisters at exit (thread-local
//! destructor): its BRC queue is merged, its pending QSBR frees are handed
//! to the orphan list and its state becomes SHUTTING_DOWN.

use core::cell::Cell;
use core::ptr::NonNull;

use crate::object::header::ObjHeader;
use crate::sync::{Arc, AtomicU64, AtomicUsize, Mutex, Ordering::*};
use crate::vm::breaker;
use crate::vm::gil::Gil;

/// Thread ids come from a counter and are never reused, so an object owned
/// by an exited thread can never be mistaken for one owned by a new thread.
const TID_EXITED: usize = usize::MAX;

/// Thread states (`ThreadShared::state`), as CPython's `_Py_THREAD_*`.
pub const DETACHED: usize = 0;
pub const ATTACHED: usize = 1;
pub const SUSPENDED: usize = 2;
pub const SHUTTING_DOWN: usize = 3;

/// What other threads may see of a thread. Aligned to 128 bytes so the
/// breaker and QSBR words other threads write never share a cache line
/// with another thread's.
#[repr(align(128))]
pub struct ThreadShared {
    pub tid: usize,
    /// QSBR: the write sequence this thread last observed; `QSBR_OFFLINE`
    /// while detached.
    pub qsbr_seq: AtomicU64,
    /// Eval-breaker event bits (DESIGN.md#eval-breaker).
    pub breaker: AtomicUsize,
    /// DETACHED / ATTACHED / SUSPENDED / SHUTTING_DOWN (DESIGN.md#stop-the-world).
    pub state: AtomicUsize,
    /// The interpreter this thread runs (0: the main interpreter).
    pub interp: usize,
    /// Counts of deferred objects taken by this thread
    /// (DESIGN.md#deferred-reference-counting).
    pub(crate) deferred: core::cell::UnsafeCell<crate::gc::deferred::Table>,
}

// SAFETY: every field but `deferred` is atomic or immutable. `deferred` is
// written only by its own thread while that thread runs; `gc::deferred::
// collect` reads and edits it only with the world stopped (the thread
// SUSPENDED, its writes published by its state change), and exit drains it
// after clearing the thread's pointer to it.
unsafe impl Sync for ThreadShared {}
// SAFETY: as above; no field is tied to the creating thread.
unsafe impl Send for ThreadShared {}

struct BrcEntry {
    thread: Arc<ThreadShared>,
    /// Objects whose references other threads handed back to this owner.
    queue: Vec<QueuedObj>,
}

struct QueuedObj(NonNull<ObjHeader>);
// SAFETY: a queued object carries one counted reference; the refcount
// protocol is thread-safe and the payload types are Sync.
unsafe impl Send for QueuedObj {}

const BRC_BUCKETS: usize = 64;

pub(crate) struct Registry {
    /// BRC table: owner tid -> queue, bucketed by tid; a bucket's mutex
    /// guards both the lookup and the push, so a push either lands before
    /// the owner's exit drain or finds no owner and merges directly.
    brc: Vec<crossbeam::utils::CachePadded<Mutex<Vec<BrcEntry>>>>,
    /// Every registered thread, for QSBR's minimum and for set-all breakers.
    pub(crate) threads: crate::sync::Snapshot<Vec<Arc<ThreadShared>>>,
    pub(crate) live: AtomicUsize,
    next_tid: AtomicUsize,
}

crate::lazy_global! {
    pub(crate) static REGISTRY: Registry = Registry {
        brc: (0..BRC_BUCKETS).map(|_| crossbeam::utils::CachePadded::new(Mutex::new(Vec::new()))).collect(),
        threads: crate::sync::Snapshot::new(Vec::new()),
        live: AtomicUsize::new(0),
        next_tid: AtomicUsize::new(1),
    };
}

struct ThreadGuard {
    shared: Arc<ThreadShared>,
}

#[cfg(not(weft_loom))]
crate::sync::thread_local! {
    static TID: Cell<usize> = const { Cell::new(0) };
    static GUARD: core::cell::RefCell<Option<ThreadGuard>> = const { core::cell::RefCell::new(None) };
    /// The GIL of the thread's current interpreter (null: free-threaded).
    /// No destructor: readable during every other thread-local's.
    static GIL_PTR: Cell<*const Gil> = const { Cell::new(core::ptr::null()) };
    /// Whether this thread holds `GIL_PTR`'s GIL.
    static GIL_HELD: Cell<bool> = const { Cell::new(false) };
    /// Keeps `GIL_PTR` alive; its destructor drops a GIL still held.
    static GIL_KEEP: core::cell::RefCell<GilKeep> = const { core::cell::RefCell::new(GilKeep(None)) };
}

#[cfg(weft_loom)]
crate::sync::thread_local! {
    static TID: Cell<usize> = Cell::new(0);
    static GUARD: core::cell::RefCell<Option<ThreadGuard>> = core::cell::RefCell::new(None);
    static GIL_PTR: Cell<*const Gil> = Cell::new(core::ptr::null());
    static GIL_HELD: Cell<bool> = Cell::new(false);
    static GIL_KEEP: core::cell::RefCell<GilKeep> = core::cell::RefCell::new(GilKeep(None));
}

struct GilKeep(Option<Arc<Gil>>);

impl Drop for GilKeep {
    fn drop(&mut self) {
        if self.0.is_some() {
            let tid = TID.try_with(|t| t.get()).unwrap_or(0);
            release_gil(tid, false);
            let _ = GIL_PTR.try_with(|p| p.set(core::ptr::null()));
        }
    }
}

/// The calling thread's id, registering the thread on first use.
#[inline]
pub fn current_tid() -> usize {
    let t = TID.with(|c| c.get());
    if t != 0 {
        t
    } else {
        register_current_thread()
    }
}

/// The calling thread's shared state (registers it if needed).
pub fn current_shared() -> Option<Arc<ThreadShared>> {
    current_tid();
    GUARD.try_with(|g| g.borrow().as_ref().map(|g| g.shared.clone())).ok().flatten()
}

#[cold]
#[inline(never)]
fn register_current_thread() -> usize {
    let reg = &*REGISTRY;
    let tid = reg.next_tid.fetch_add(1, Relaxed);
    let shared = Arc::new(ThreadShared {
        tid,
        qsbr_seq: AtomicU64::new(crate::gc::qsbr::QSBR_OFFLINE),
        breaker: AtomicUsize::new(0),
        state: AtomicUsize::new(DETACHED),
        interp: 0,
        deferred: core::cell::UnsafeCell::new(crate::gc::deferred::Table::new()),
    });
    let table = shared.deferred.get();
    // A new thread runs in the main interpreter: its GIL, if it has one.
    if let Some(g) = crate::vm::gil::main_gil() {
        let _ = GIL_PTR.try_with(|p| p.set(Arc::as_ptr(g)));
    }
    reg.brc[tid % BRC_BUCKETS].lock().push(BrcEntry { thread: shared.clone(), queue: Vec::new() });
    {
        // Published under the stop-the-world mutex: a requester's scan
        // either sees this thread or this thread's attach sees the request.
        let _g = crate::vm::stw::STW.park_lock();
        reg.threads.rcu(|v| {
            let mut v: Vec<_> = (**v).clone();
            v.push(shared.clone());
            v
        });
    }
    // Count first, then come online (with a SeqCst fence): a thread that
    // frees after this sees two threads and defers (DESIGN.md#reclamation).
    reg.live.fetch_add(1, SeqCst);
    attach_shared(&shared);
    let installed = GUARD.try_with(|g| {
        *g.borrow_mut() = Some(ThreadGuard { shared });
    });
    if installed.is_err() {
        // Thread-local storage is being torn down: act as an exited thread.
        TID.with(|c| c.set(TID_EXITED));
        return TID_EXITED;
    }
    TID.with(|c| c.set(tid));
    crate::gc::deferred::set_thread_table(table);
    tid
}

impl Drop for ThreadGuard {
    fn drop(&mut self) {
        let reg = &*REGISTRY;
        // Not while a stop-the-world holds us (we touch objects below).
        attach_shared(&self.shared);
        // Objects touched from here on are treated as foreign (shared path).
        let _ = TID.try_with(|c| c.set(TID_EXITED));
        // Deferred counts go back to the objects' shared counts.
        crate::gc::deferred::set_thread_table(core::ptr::null_mut());
        // SAFETY: our own table; nothing else writes it (we are attached,
        // so no collect runs) and our pointer to it is cleared.
        crate::gc::deferred::fold(unsafe { &mut *self.shared.deferred.get() });
        // 1. Leave the BRC table and merge what is queued; later pushes for
        //    this tid find no owner and merge directly.
        let queue = {
            let mut bucket = reg.brc[self.shared.tid % BRC_BUCKETS].lock();
            let pos = bucket.iter().position(|e| e.thread.tid == self.shared.tid);
            pos.map(|i| bucket.swap_remove(i).queue).unwrap_or_default()
        };
        for obj in queue {
            // SAFETY: queued objects carry one reference; their owner has
            // exited, so merging on its behalf is allowed (refcount.rs).
            unsafe { crate::object::refcount::brc_merge_one(obj.0.as_ref()) };
        }
        // 2. QSBR: go offline, hand pending frees to the orphan list.
        crate::gc::qsbr::thread_exit(&self.shared);
        reg.threads.rcu(|v| v.iter().filter(|t| t.tid != self.shared.tid).cloned().collect());
        reg.live.fetch_sub(1, SeqCst);
        self.shared.state.swap(SHUTTING_DOWN, SeqCst);
        if crate::vm::stw::stop_requested(&self.shared) {
            crate::vm::stw::notify_requester();
        }
        release_gil(self.shared.tid, false);
    }
}

/// Unregisters the calling thread now (what its exit would do). Embedders
/// call it before a thread stops touching objects for good; loom models call
/// it at the end of each model thread, because loom tears its statics down
/// before thread-local destructors run.
pub fn unregister_current_thread() {
    let guard = GUARD.try_with(|g| g.borrow_mut().take()).ok().flatten();
    drop(guard);
}

/// Hands the reference a non-owner could not subtract to the object's owner.
/// Called from `refcount::decref_shared` after it moved the state to QUEUED.
pub(crate) fn brc_queue_object(h: &ObjHeader) {
    #[cfg(not(weft_loom))]
    crate::vm::metrics::count_brc_queued();
    let tid = h.tid.load(Relaxed);
    let ptr = NonNull::from(h);
    if tid != 0 && tid != TID_EXITED {
        let reg = &*REGISTRY;
        let mut bucket = reg.brc[tid % BRC_BUCKETS].lock();
        if let Some(e) = bucket.iter_mut().find(|e| e.thread.tid == tid) {
            e.queue.push(QueuedObj(ptr));
            breaker::set_bit(&e.thread.breaker, breaker::EXPLICIT_MERGE);
            let owner = e.thread.clone();
            drop(bucket);
            if owner.state.load(Relaxed) == DETACHED {
                // The owner is blocked (sleep, join, lock wait): it would
                // not merge until it wakes, pinning the memory (CPython
                // gh-157838). Suspend it briefly and merge for it.
                crate::vm::stw::with_detached_suspended(&owner, || {
                    // SAFETY: the owner is SUSPENDED for the closure's run.
                    unsafe { brc_merge_queue_of(&owner) }
                });
            }
            return;
        }
    }
    // The owner has exited (or never was): merge on its behalf.
    // SAFETY: the owner no longer runs, so nobody touches `ref_local`
    // concurrently; the queue's reference is given up by the merge.
    unsafe { crate::object::refcount::brc_merge_one(h) };
}

/// Merges every object other threads queued to the calling thread. The eval
/// loop calls this when it sees EXPLICIT_MERGE; Rust code may call it at any
/// time.
pub fn brc_merge_queue() {
    if current_tid() == TID_EXITED {
        return;
    }
    if let Some(me) = current_shared() {
        // SAFETY: the caller is the owner of every object queued to it.
        unsafe { brc_merge_queue_of(&me) };
    }
}

/// Merges thread `t`'s BRC queue on its behalf.
///
/// # Safety
/// `t`'s owner does not run (it is SUSPENDED by the caller, or the caller is
/// the owner).
pub(crate) unsafe fn brc_merge_queue_of(t: &ThreadShared) {
    let reg = &*REGISTRY;
    let queue = {
        let mut bucket = reg.brc[t.tid % BRC_BUCKETS].lock();
        match bucket.iter_mut().find(|e| e.thread.tid == t.tid) {
            Some(e) => {
                breaker::clear_bit(&e.thread.breaker, breaker::EXPLICIT_MERGE);
                core::mem::take(&mut e.queue)
            }
            None => Vec::new(),
        }
    };
    for obj in queue {
        // SAFETY: the owner of every queued object does not run (contract).
        unsafe { crate::object::refcount::brc_merge_one(obj.0.as_ref()) };
    }
}

/// Number of registered threads.
pub fn live_threads() -> usize {
    REGISTRY.live.load(Relaxed)
}

/// A quiescent point for the calling thread: merges handed-back references
/// and lets QSBR release memory. The eval loop calls it at every breaker
/// poll; long-running Rust code that holds no borrowed object pointers may
/// call it too.
pub fn quiescent() {
    current_tid();
    if let Some(s) = current_shared() {
        let bits = s.breaker.load(Relaxed);
        if bits & breaker::PLEASE_STOP != 0 {
            crate::vm::stw::park_for_stop(&s);
        }
        if bits & breaker::EXPLICIT_MERGE != 0 {
            brc_merge_queue();
        }
        crate::gc::qsbr::quiescent(&s);
        if bits & breaker::GIL_DROP_REQUEST != 0 {
            yield_gil();
        }
    }
}

/// ATTACHED: the thread may touch objects. Blocks while a stop-the-world
/// holds it SUSPENDED. Takes the GIL of the thread's interpreter first, if
/// it has one (DESIGN.md#gil). Idempotent.
pub(crate) fn attach_shared(s: &Arc<ThreadShared>) {
    // Only the owner moves its state out of ATTACHED: this read is exact.
    match s.state.load(Relaxed) {
        ATTACHED | SHUTTING_DOWN => return,
        _ => take_gil(s),
    }
    match s.state.compare_exchange(DETACHED, ATTACHED, SeqCst, SeqCst) {
        Ok(_) => {
            if crate::vm::stw::stop_requested(s) {
                crate::vm::stw::attach_slow(s);
            }
        }
        Err(ATTACHED) | Err(SHUTTING_DOWN) => return,
        Err(_) => crate::vm::stw::attach_slow(s),
    }
    crate::gc::qsbr::attach(s);
}

/// DETACHED: the thread holds no borrowed object pointers and touches no
/// object until it attaches again; drops the GIL after. Returns false if
/// it was not attached.
pub(crate) fn detach_shared(s: &ThreadShared) -> bool {
    detach_shared_gil(s, false)
}

fn detach_shared_gil(s: &ThreadShared, forced: bool) -> bool {
    if s.state.load(Relaxed) != ATTACHED {
        return false;
    }
    crate::gc::qsbr::detach(s);
    // Only the owner moves its state out of ATTACHED; a swap (not a store)
    // so that a requester's RMW read is ordered with it (vm/stw.rs).
    s.state.swap(DETACHED, SeqCst);
    if crate::vm::stw::stop_requested(s) {
        crate::vm::stw::notify_requester();
    }
    release_gil(s.tid, forced);
    true
}

/// Takes the calling thread's GIL if its interpreter has one and it does
/// not hold it. The caller is not ATTACHED.
#[inline]
fn take_gil(s: &Arc<ThreadShared>) {
    let p = GIL_PTR.try_with(|p| p.get()).unwrap_or(core::ptr::null());
    if p.is_null() || GIL_HELD.try_with(|h| h.get()).unwrap_or(true) {
        return;
    }
    // SAFETY: `GIL_PTR` points into an `Arc<Gil>` kept alive by
    // `GIL_KEEP` (or the main interpreter's static) for as long as it is
    // set; `GilKeep::drop` clears it.
    unsafe { &*p }.take(s);
    let _ = GIL_HELD.try_with(|h| h.set(true));
}

/// Drops the calling thread's GIL if it holds it. The caller is not
/// ATTACHED (or is exiting).
#[inline]
fn release_gil(tid: usize, forced: bool) {
    if !GIL_HELD.try_with(|h| h.get()).unwrap_or(false) {
        return;
    }
    let p = GIL_PTR.try_with(|p| p.get()).unwrap_or(core::ptr::null());
    let _ = GIL_HELD.try_with(|h| h.set(false));
    if !p.is_null() {
        // SAFETY: as in `take_gil`.
        unsafe { &*p }.drop_gil(tid, forced);
    }
}

/// The holder saw GIL_DROP_REQUEST at a poll: drops the GIL until another
/// thread took it, then takes it back (detached meanwhile).
#[cold]
pub fn yield_gil() {
    let Some(s) = current_shared() else { return };
    breaker::clear_bit(&s.breaker, breaker::GIL_DROP_REQUEST);
    if !GIL_HELD.try_with(|h| h.get()).unwrap_or(false) {
        return;
    }
    if detach_shared_gil(&s, true) {
        attach_shared(&s);
    }
}

/// Whether the calling thread holds a GIL (false in free-threaded
/// interpreters).
pub fn holds_gil() -> bool {
    GIL_HELD.try_with(|h| h.get()).unwrap_or(false)
}

/// The GIL of the calling thread's current interpreter, if any.
pub fn current_gil() -> Option<Arc<Gil>> {
    if let Some(g) = GIL_KEEP.try_with(|k| k.borrow().0.clone()).ok().flatten() {
        return Some(g);
    }
    let p = GIL_PTR.try_with(|p| p.get()).unwrap_or(core::ptr::null());
    if p.is_null() {
        None
    } else {
        crate::vm::gil::main_gil().cloned()
    }
}

/// Switches the calling thread to `gil` (the GIL of the interpreter it is
/// entering; `None` for a free-threaded one): detaches (dropping the old
/// GIL), swaps, and reattaches (taking the new one) if it was attached.
pub fn set_current_gil(gil: Option<Arc<Gil>>) {
    let me = current_shared();
    let was_attached = me.as_ref().is_some_and(|s| detach_shared(s));
    let ptr = gil.as_ref().map(Arc::as_ptr).unwrap_or(core::ptr::null());
    let old = GIL_KEEP.try_with(|k| core::mem::replace(&mut k.borrow_mut().0, gil)).ok().flatten();
    let _ = GIL_PTR.try_with(|p| p.set(ptr));
    drop(old);
    if let (true, Some(s)) = (was_attached, &me) {
        attach_shared(s);
    }
}

/// Attaches the calling thread (registering it if needed): embedders call
/// it before touching objects on a thread they detached with `detach`.
pub fn attach() {
    if let Some(s) = current_shared() {
        attach_shared(&s);
    }
}

/// Detaches the calling thread: it will not touch objects until `attach`.
/// Stop-the-world and reclamation do not wait for a detached thread.
pub fn detach() {
    if let Some(s) = current_shared() {
        detach_shared(&s);
    }
}

/// The calling thread's state (DETACHED, ATTACHED, ...), for tests.
pub fn current_state() -> usize {
    current_shared().map(|s| s.state.load(Relaxed)).unwrap_or(SHUTTING_DOWN)
}

/// Runs `f` (a blocking operation: sleep, lock wait, join, queue get, I/O)
/// with the calling thread detached: it holds no borrowed object pointers
/// while `f` runs, so reclamation and stop-the-world need not wait for it.
/// `f` must not touch Python objects. Reattaches before returning.
pub fn detached<R>(f: impl FnOnce() -> R) -> R {
    let me = current_shared();
    let was_attached = me.as_ref().is_some_and(|s| detach_shared(s));
    let r = f();
    if let (true, Some(s)) = (was_attached, &me) {
        attach_shared(s);
    }
    r
}

/// Is the calling thread registered and online (attached)? The embedding
/// API attaches around a call only when it is not, so a Python thread
/// calling into it stays attached afterwards.
pub fn is_attached() -> bool {
    let t = TID.with(|c| c.get());
    if t == 0 || t == TID_EXITED {
        return false;
    }
    GUARD
        .try_with(|g| g.borrow().as_ref().map(|g| g.shared.qsbr_seq.load(Relaxed) != crate::gc::qsbr::QSBR_OFFLINE))
        .ok()
        .flatten()
        .unwrap_or(false)
}
