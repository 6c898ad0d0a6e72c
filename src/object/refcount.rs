//! Design: DESIGN.md#biased-reference-counting
//!
//! Biased reference counting. The owner thread (`tid`) counts in
//! `ref_local` with plain relaxed load + store (never a read-modify-write);
//! every other thread adds to `ref_shared` atomically. `ref_shared` holds
//! `count << 2 | state`, and the state only moves up:
//!
//! ```text
//!   INIT(0) ──▶ MAYBE_WEAKREF(1) ──▶ QUEUED(2) ──▶ MERGED(3)
//!      └───────────────────────────────┘ └──────────────▲
//!      └───────────────────────────────────────────────┘
//! ```
//!
//! * non-owner decref that would take the shared count below zero: instead
//!   of subtracting, CAS the state to QUEUED and hand *that reference* to the
//!   owner's BRC queue (`vm::thread::brc_queue_object`);
//! * the owner merges queued objects (`brc_merge_queue`): local + shared - 1
//!   go into `ref_shared` with state MERGED, `tid` becomes 0, free at zero;
//! * the owner's local count reaching zero: free at once if `ref_shared` is
//!   exactly 0 (no flags, no shared refs); otherwise give up ownership
//!   (MERGED, `tid = 0`) and free only if the shared count is zero;
//! * once MERGED every thread uses the shared path; the decrement that makes
//!   the count zero frees.
//!
//! A freed object's memory is released only after a QSBR grace period when
//! more than one thread is registered (`gc::qsbr`), so lock-free readers may
//! always read the header of an object they loaded from a shared slot.

use crate::gc::deferred;
use crate::object::header::*;
use crate::sync::Ordering::{Acquire, Relaxed};
use crate::vm::thread::current_tid;

const SHARED_ONE: isize = 1 << SHARED_SHIFT;

impl ObjHeader {
    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Relaxed) == IMMORTAL_LOCAL
    }

    #[inline]
    pub fn is_owned_by_current_thread(&self) -> bool {
        self.tid.load(Relaxed) == current_tid()
    }

    /// Makes the object immortal. Only for objects no other thread can see
    /// yet (the statics tables, freshly built constants).
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL_LOCAL, Relaxed);
        self.tid.store(0, Relaxed);
    }

    /// Adds a reference. Always inlined (the owner path is a few
    /// instructions); the non-owner path stays out of line.
    #[inline(always)]
    pub fn incref(&self) {
        let local = self.ref_local.load(Relaxed);
        if local == IMMORTAL_LOCAL {
            return;
        }
        #[cfg(debug_assertions)]
        if self.gc_bits() & gc_bits::FREED != 0 || local == POISON_LOCAL {
            self.assert_not_freed("incref");
        }
        if self.tid.load(Relaxed) == current_tid() {
            // Owner path: a relaxed store, no read-modify-write. A local count
            // that would reach u32::MAX makes the object immortal, as CPython.
            self.ref_local.store(local + 1, Relaxed);
        } else {
            self.incref_other();
        }
    }

    /// A non-owner's incref: deferred objects count in the thread's table;
    /// a hot kind touched by a second thread becomes deferred.
    #[inline(never)]
    fn incref_other(&self) {
        let f = self.flags.load(Acquire);
        if f & deferred::HDR_DEFERRED != 0 {
            deferred::add(self, 1);
            return;
        }
        self.ref_shared.fetch_add(SHARED_ONE, Relaxed);
        if f == 0 && (deferred::is_hot_kind(self) || deferred::heat_up(self)) {
            deferred::mark(self);
        }
    }

    /// Drops a reference, freeing the object when it was the last.
    ///
    /// # Safety
    /// The caller owns one reference to this object and gives it up; the
    /// header must not be used by the caller afterwards.
    #[inline]
    pub unsafe fn decref(&self) {
        // SAFETY: forwarded from this function's contract.
        unsafe { self.decref_inline() }
    }

    /// [`decref`](Self::decref), always inlined: for the eval loop's hot
    /// drops, which LLVM otherwise calls out of line in the loop.
    ///
    /// # Safety
    /// As `decref`.
    #[inline(always)]
    pub unsafe fn decref_inline(&self) {
        let local = self.ref_local.load(Relaxed);
        if local == IMMORTAL_LOCAL {
            return;
        }
        #[cfg(debug_assertions)]
        if self.gc_bits() & gc_bits::FREED != 0 || local == POISON_LOCAL {
            self.assert_not_freed("decref");
        }
        if self.tid.load(Relaxed) == current_tid() {
            debug_assert!(local > 0, "owner decref below zero");
            let local = local - 1;
            self.ref_local.store(local, Relaxed);
            if local == 0 {
                // SAFETY: we were the owner and the local count just reached
                // zero; `merge_zero_local` is the owner's zero path.
                unsafe { merge_zero_local(self) };
            }
        } else {
            // SAFETY: the caller owns a reference (this fn's contract).
            unsafe { decref_shared(self) };
        }
    }

    /// Tries to add a reference to an object that may be dying (loaded from
    /// a shared slot without a lock). Fails if the count may already have
    /// reached zero; the caller then retries or takes the container's lock.
    /// The header must stay readable for the call (QSBR guarantees it for
    /// objects loaded from containers; DESIGN.md#reclamation).
    #[inline]
    pub fn try_incref(&self) -> bool {
        let local = self.ref_local.load(Relaxed);
        if local == IMMORTAL_LOCAL {
            return true;
        }
        if self.tid.load(Relaxed) == current_tid() {
            if local == 0 {
                return false;
            }
            self.ref_local.store(local + 1, Relaxed);
            return true;
        }
        let f = self.flags.load(Acquire);
        if f & deferred::HDR_DEFERRED != 0 {
            // Freed only with the world stopped, never under a reader.
            deferred::add(self, 1);
            return true;
        }
        if !self.try_incref_shared() {
            return false;
        }
        if f == 0 && (deferred::is_hot_kind(self) || deferred::heat_up(self)) {
            deferred::mark(self);
        }
        true
    }

    /// `try_incref`'s always-inlined common cases for a caller that has
    /// read its thread id (`tid`, from `current_tid`) once: an immortal
    /// object (nothing to count) or one this thread owns with a non-zero
    /// local count (a relaxed load + store). `false`: neither; the caller
    /// takes the full `try_incref` out of line (non-owner, or a local count
    /// of zero, which may be an object being freed). The eval loop's
    /// LOAD_GLOBAL hit (DESIGN.md#eval-loop) reads module functions its
    /// own thread created this way without a call.
    #[inline(always)]
    pub fn try_incref_owner(&self, tid: usize) -> bool {
        let local = self.ref_local.load(Relaxed);
        if local == IMMORTAL_LOCAL {
            return true;
        }
        if local == 0 || self.tid.load(Relaxed) != tid {
            return false;
        }
        self.ref_local.store(local + 1, Relaxed);
        true
    }

    fn try_incref_shared(&self) -> bool {
        let mut shared = self.ref_shared.load(Relaxed);
        loop {
            // Zero with state INIT: the owner may free it without a CAS at
            // any moment. Zero with MERGED: it is being freed. Either way we
            // cannot safely resurrect it.
            if shared == SHARED_INIT || shared == SHARED_MERGED {
                return false;
            }
            // Acquire on success: the caller's re-check of the slot it loaded
            // us from must not read an older store than the reuse of this
            // memory that our CAS observed (type-stable float reuse,
            // DESIGN.md#reclamation). Free on x86; needed on ARM.
            match self.ref_shared.compare_exchange_weak(shared, shared + SHARED_ONE, Acquire, Relaxed) {
                Ok(_) => return true,
                Err(s) => shared = s,
            }
        }
    }

    /// Moves the shared state from INIT to MAYBE_WEAKREF so that non-owner
    /// readers may `try_incref` it while the owner still counts locally.
    /// The caller must own a reference (the object is alive).
    pub fn set_maybe_weakref(&self) {
        if self.is_immortal() {
            return;
        }
        let mut shared = self.ref_shared.load(Relaxed);
        loop {
            if shared & SHARED_FLAG_MASK != SHARED_INIT {
                return;
            }
            match self.ref_shared.compare_exchange_weak(shared, shared | SHARED_MAYBE_WEAKREF, Relaxed, Relaxed) {
                Ok(_) => return,
                Err(s) => shared = s,
            }
        }
    }

    /// Total count (local + shared), for tests and `sys.getrefcount`.
    /// Racy by nature when other threads hold references.
    pub fn refcount(&self) -> isize {
        let local = self.ref_local.load(Relaxed);
        if local == IMMORTAL_LOCAL {
            return u32::MAX as isize;
        }
        let n = (local as isize) + (self.ref_shared.load(Relaxed) >> SHARED_SHIFT);
        if deferred::is_deferred(self) {
            // Other threads' table counts are not visible here.
            return n - deferred::DEFERRED_BIAS + deferred::my_count(self);
        }
        n
    }

    /// The shared state bits (INIT / MAYBE_WEAKREF / QUEUED / MERGED).
    pub fn shared_state(&self) -> isize {
        self.ref_shared.load(Relaxed) & SHARED_FLAG_MASK
    }

    /// Folds the local count (and `extra`) into the shared count, marks the
    /// object MERGED and gives up ownership. Returns the merged total.
    ///
    /// Must be called by the owner, or on behalf of an owner that is known
    /// not to run (exited, or suspended: DESIGN.md#brc).
    pub fn explicit_merge(&self, extra: isize) -> isize {
        let mut shared = self.ref_shared.load(Relaxed);
        loop {
            let total = (shared >> SHARED_SHIFT) + self.ref_local.load(Relaxed) as isize + extra;
            let new = (total << SHARED_SHIFT) | SHARED_MERGED;
            match self.ref_shared.compare_exchange_weak(shared, new, Acquire, Relaxed) {
                Ok(_) => {
                    self.ref_local.store(0, Relaxed);
                    self.tid.store(0, Relaxed);
                    return total;
                }
                Err(s) => shared = s,
            }
        }
    }
}

impl crate::object::Value {
    /// Drops this reference with the decref fast path inlined at the call
    /// site (`ObjHeader::decref_inline`).
    #[inline(always)]
    pub fn drop_inline(self) {
        if let Some(h) = self.header() {
            // SAFETY: this handle owns one reference, given up here; the
            // handle is forgotten just below, so it is not released twice.
            unsafe { h.decref_inline() };
        }
        core::mem::forget(self);
    }
}

/// The owner's local count reached zero.
///
/// # Safety
/// Called by the owner right after storing `ref_local = 0`.
#[cold]
#[inline(never)]
unsafe fn merge_zero_local(h: &ObjHeader) {
    let mut shared = h.ref_shared.load(Acquire);
    if shared == SHARED_INIT {
        // No other thread ever counted it and no reader may try-incref it
        // (state INIT): free now.
        // SAFETY: total count is zero and nobody can resurrect it.
        unsafe { dealloc(h) };
        return;
    }
    // Give up ownership first, so that later decrefs by other threads take
    // the shared path (CPython gh-121794 ordering).
    h.tid.store(0, Relaxed);
    loop {
        let new = (shared & !SHARED_FLAG_MASK) | SHARED_MERGED;
        match h.ref_shared.compare_exchange_weak(shared, new, Acquire, Acquire) {
            Ok(_) => {
                if new == SHARED_MERGED {
                    // SAFETY: merged with a zero shared count: last reference.
                    unsafe { dealloc(h) };
                }
                return;
            }
            Err(s) => shared = s,
        }
    }
}

/// A non-owner drops a reference.
///
/// # Safety
/// The caller owns a reference and gives it up.
#[inline(never)]
unsafe fn decref_shared(h: &ObjHeader) {
    let f = h.flags.load(Acquire);
    if f & deferred::HDR_DEFERRED != 0 {
        // Never frees: only `gc::deferred::collect` does.
        deferred::add(h, -1);
        return;
    }
    if f == 0 && deferred::heat_up(h) {
        // We still hold the reference we are giving up, so the object
        // lives through the marking. Once it is deferred the table takes
        // the decrement; if another thread is still marking it, the
        // ordinary path below is as correct (the bias is in or not yet,
        // and either way the true count drops by one).
        deferred::mark(h);
        if deferred::is_deferred(h) {
            deferred::add(h, -1);
            return;
        }
    }
    let mut shared = h.ref_shared.load(Relaxed);
    loop {
        let queue = shared == SHARED_INIT || shared == SHARED_MAYBE_WEAKREF;
        // Going below zero is not allowed from INIT/MAYBE_WEAKREF: the queue
        // takes over this reference instead, and the owner merges later.
        let new = if queue { SHARED_QUEUED } else { shared - SHARED_ONE };
        match h.ref_shared.compare_exchange_weak(shared, new, crate::sync::Ordering::AcqRel, Relaxed) {
            Ok(_) => {
                if queue {
                    crate::vm::thread::brc_queue_object(h);
                } else if new == SHARED_MERGED {
                    // SAFETY: merged and the shared count reached zero.
                    unsafe { dealloc(h) };
                }
                return;
            }
            Err(s) => shared = s,
        }
    }
}

/// Merges one object that another thread queued to its owner; the queue held
/// one reference, which this gives up.
///
/// # Safety
/// `h` was queued by `brc_queue_object` and the caller is its owner (or acts
/// for an owner that no longer runs).
pub(crate) unsafe fn brc_merge_one(h: &ObjHeader) {
    let total = h.explicit_merge(-1);
    debug_assert!(total >= 0, "merged refcount below zero");
    if total == 0 {
        // SAFETY: merged total is zero: nobody holds a reference.
        unsafe { dealloc(h) };
    }
}

/// Runs the type's free function: drops the payload now and releases the
/// memory now or after a grace period (`gc::qsbr::free_object`).
///
/// # Safety
/// The object's total count is zero and no thread can gain a reference
/// except through `try_incref`, which fails from here on.
pub(crate) unsafe fn dealloc(h: &ObjHeader) {
    debug_assert!(
        h.gc_bits() & crate::object::header::gc_bits::FREED == 0,
        "dealloc of an object already freed (a reference given up twice)"
    );
    #[cfg(not(weft_loom))]
    {
        // Leaves (floats, ints, strs own no references): their free can
        // neither recurse nor defer, so they skip the trashcan's stack
        // checks (one pointer compare; nbody frees a float per operation).
        let ty: *const crate::object::typeobj::PyType = h.ty();
        if core::ptr::eq(ty, &crate::object::float::FLOAT_TYPE) {
            // Exact floats: straight to the free list (the type's `free`
            // slot, without the indirect call).
            // SAFETY: forwarded from this function's contract; an exact
            // float was allocated as `PyObject<PyFloat>`.
            unsafe { crate::object::freelist::free_float(h as *const ObjHeader as *mut ObjHeader) };
            return;
        }
        if core::ptr::eq(ty, &crate::object::int::INT_TYPE)
            || core::ptr::eq(ty, &crate::object::str::STR_TYPE)
        {
            // SAFETY: forwarded from this function's contract.
            unsafe { free_now(h) };
            return;
        }
        if h.gc_bits() & crate::object::header::gc_bits::WEAKREFS != 0 {
            // SAFETY: forwarded from this function's contract.
            unsafe { dealloc_weakly_referenced(h) };
            return;
        }
        // The trashcan (DESIGN.md#recursion-limits): freeing a million-deep
        // nested list frees its item, which frees its item, ... Once the
        // stack is low, the object waits in a thread-local list instead and
        // a dealloc higher up the stack frees it (one level at a time).
        if crate::vm::stack::dealloc_must_defer() {
            crate::vm::stack::defer_dealloc(h as *const ObjHeader as usize);
            return;
        }
        // SAFETY: forwarded from this function's contract.
        unsafe { free_now(h) };
        crate::vm::stack::drain_deferred(|p| {
            // SAFETY: `p` was deferred by the branch above with this same
            // contract and has not been freed since (popped once).
            unsafe { free_now(&*(p as *const ObjHeader)) }
        });
    }
    #[cfg(weft_loom)]
    {
        let refs = crate::object::weakref::clear_referent(h);
        // SAFETY: forwarded from this function's contract.
        unsafe { free_now(h) };
        crate::object::weakref::run_callbacks(refs);
    }
}

/// `dealloc` of an object that may have weak references
/// (DESIGN.md#weak-references): every weak reference is cleared under its
/// stripe lock before the payload is dropped, and the callbacks run after
/// the free, outside every lock, in this thread.
///
/// # Safety
/// As [`dealloc`].
#[cfg(not(weft_loom))]
#[cold]
#[inline(never)]
unsafe fn dealloc_weakly_referenced(h: &ObjHeader) {
    let refs = crate::object::weakref::clear_referent(h);
    if crate::vm::stack::dealloc_must_defer() {
        crate::vm::stack::defer_dealloc(h as *const ObjHeader as usize);
    } else {
        // SAFETY: forwarded from this function's contract.
        unsafe { free_now(h) };
        crate::vm::stack::drain_deferred(|p| {
            // SAFETY: as in `dealloc`.
            unsafe { free_now(&*(p as *const ObjHeader)) }
        });
    }
    crate::object::weakref::run_callbacks(refs);
}

/// Runs the type's free function on `h`.
///
/// # Safety
/// As [`dealloc`].
#[inline]
unsafe fn free_now(h: &ObjHeader) {
    let ty = h.ty_ptr();
    // SAFETY: the object is alive until `free` below, and it holds its type.
    let (free, heap) = unsafe { ((*ty).free, (*ty).is_heap()) };
    let p = h as *const ObjHeader as *mut ObjHeader;
    // SAFETY: forwarded from this function's contract; `free` matches the
    // payload type this header was allocated with (set by the type).
    unsafe { free(p) }
    if heap {
        // SAFETY: an instance of a heap type holds one reference to it,
        // taken at allocation (`PyObject::alloc`; for a class, by
        // `class::build_class` on its metaclass): given back here, after
        // the payload no longer needs the type (DESIGN.md#interpreters).
        drop(unsafe { crate::object::handle::Value::from_raw_steal(ty as usize) });
    }
}
