//! Design: DESIGN.md#object-header
//!
//! Every heap object starts with this header:
//!
//! ```text
//!  byte 0        8        10     11      12           16                  24        32
//!       +--------+--------+------+-------+------------+-------------------+---------+
//!       | tid    | flags  | lock | gc    | ref_local  | ref_shared        | ty      |
//!       | usize  | u16    | u8   | u8    | u32        | isize: count<<2   | *PyType |
//!       |        |        |      |       | owner-only |  | state (2 bits) |         |
//!       +--------+--------+------+-------+------------+-------------------+---------+
//! ```
//!
//! `tid` is the owning thread's id (0 once merged or for statics), `ref_local`
//! is touched only by the owner with relaxed loads and stores, `ref_shared` by
//! everyone with atomic read-modify-writes. `ref_local == u32::MAX` means
//! immortal. The refcount protocol itself lives in `refcount.rs`.

use crate::object::typeobj::PyType;
use crate::sync::{AtomicIsize, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, ByteLock};

/// Local count value that marks an object immortal.
pub const IMMORTAL_LOCAL: u32 = u32::MAX;

/// Shared-count state flags (the two low bits of `ref_shared`).
pub const SHARED_INIT: isize = 0;
pub const SHARED_MAYBE_WEAKREF: isize = 1;
pub const SHARED_QUEUED: isize = 2;
pub const SHARED_MERGED: isize = 3;
pub const SHARED_FLAG_MASK: isize = 3;
pub const SHARED_SHIFT: u32 = 2;

/// Debug builds overwrite a freed object's header words with these once its
/// memory is released (`gc::qsbr`, after the grace period; the memory then
/// waits in a quarantine before going back to the allocator) or the object
/// is put on a type-stable free list (only the words lock-free readers never
/// look at there: `tid` and `ref_local`). `incref`/`decref`/`ty()` assert
/// against them (DESIGN.md#object-header).
pub const POISON_TID: usize = 0xDEAD_0BAD_DEAD_0BAD;
/// Not `IMMORTAL_LOCAL`, so counting paths reach their "freed?" assertion.
pub const POISON_LOCAL: u32 = 0xDEAD_0BAD;
/// Count bits garbage, state MERGED: any `try_incref` of a stale pointer
/// after release would fail the same way it fails on a dying object.
pub const POISON_SHARED: isize = (0x0BAD_DEAD_0BAD_DEAD_u64 as isize) << SHARED_SHIFT | SHARED_MERGED;
pub const POISON_TY: usize = 0xDEAD_0BAD_0BAD_DEAD;

/// GC bits.
pub mod gc_bits {
    /// The object may be reached by threads other than its owner through a
    /// container (set by a non-owner's first read; DESIGN.md#dict).
    pub const SHARED: u8 = 1 << 0;
    /// Tracked by the cycle collector (containers).
    pub const TRACKED: u8 = 1 << 1;
    /// Reserved for the collector's mark phase.
    pub const REACHABLE: u8 = 1 << 2;
    /// The object may have weak references (`object::weakref`'s side table).
    pub const WEAKREFS: u8 = 1 << 3;
    /// Freed (debug builds poison headers with this bit).
    pub const FREED: u8 = 1 << 7;
}

#[repr(C)]
pub struct ObjHeader {
    pub(crate) tid: AtomicUsize,
    pub(crate) flags: AtomicU16,
    pub(crate) lock: ByteLock,
    pub(crate) gc: AtomicU8,
    pub(crate) ref_local: AtomicU32,
    pub(crate) ref_shared: AtomicIsize,
    pub(crate) ty: *const PyType,
}

#[cfg(not(weft_loom))]
const _: () = {
    assert!(core::mem::size_of::<ObjHeader>() == 32);
    assert!(core::mem::align_of::<ObjHeader>() == 8);
    assert!(core::mem::offset_of!(ObjHeader, lock) == 10);
    assert!(core::mem::offset_of!(ObjHeader, ref_local) == 12);
    assert!(core::mem::offset_of!(ObjHeader, ty) == 24);
};

// SAFETY: every mutable field is atomic or a lock; `ty` is written once at
// allocation and only read afterwards (type objects outlive their instances:
// each instance holds a reference to its heap type, statics are immortal).
unsafe impl Sync for ObjHeader {}
// SAFETY: as above; the header carries no thread-bound state other than `tid`,
// which is data interpreted by the refcount protocol, not a thread handle.
unsafe impl Send for ObjHeader {}

impl ObjHeader {
    /// Header of a new object owned by the calling thread, refcount 1.
    #[inline]
    pub fn new_owned(ty: *const PyType) -> Self {
        ObjHeader {
            tid: AtomicUsize::new(crate::vm::thread::current_tid()),
            flags: AtomicU16::new(0),
            lock: ByteLock::new(),
            gc: AtomicU8::new(0),
            ref_local: AtomicU32::new(1),
            ref_shared: AtomicIsize::new(0),
            ty,
        }
    }

    /// Header of an immortal static object.
    #[cfg(not(weft_loom))]
    pub const fn new_static(ty: *const PyType) -> Self {
        ObjHeader {
            tid: AtomicUsize::new(0),
            flags: AtomicU16::new(0),
            lock: ByteLock::new(),
            gc: AtomicU8::new(0),
            ref_local: AtomicU32::new(IMMORTAL_LOCAL),
            ref_shared: AtomicIsize::new(0),
            ty,
        }
    }

    /// Header of an immortal object built at run time (loom models build
    /// their types this way; so will heap statics of later issues).
    pub fn new_immortal(ty: *const PyType) -> Self {
        let h = ObjHeader::new_owned(ty);
        h.tid.store(0, crate::sync::Ordering::Relaxed);
        h.ref_local.store(IMMORTAL_LOCAL, crate::sync::Ordering::Relaxed);
        h
    }

    #[inline]
    pub fn ty(&self) -> &PyType {
        debug_assert!(
            self.ty as usize != POISON_TY,
            "weft: type of a freed object (header poisoned when its memory was released): use after free"
        );
        // SAFETY: `ty` points at a live type object for as long as the object
        // lives (see the `Sync` impl above); it is non-null for every header
        // built by `new_owned`/`new_static`/`new_immortal` except the root
        // `type` object, which points at itself.
        unsafe { &*self.ty }
    }

    #[inline]
    pub fn ty_ptr(&self) -> *const PyType {
        self.ty
    }

    /// The per-object lock (writers of lists, sets and other mutable
    /// payloads take it; DESIGN.md#lock-order).
    #[inline]
    pub fn lock(&self) -> ObjLockGuard<'_> {
        self.lock.lock();
        ObjLockGuard(&self.lock)
    }

    #[inline]
    pub fn gc_bits(&self) -> u8 {
        self.gc.load(crate::sync::Ordering::Relaxed)
    }

    #[inline]
    pub fn set_gc_bits(&self, bits: u8) {
        self.gc.fetch_or(bits, crate::sync::Ordering::Relaxed);
    }
}

impl ObjHeader {
    /// Debug builds: panics if this header belongs to a freed object (FREED
    /// bit, or poisoned words), naming the operation.
    #[cfg(debug_assertions)]
    #[cold]
    #[inline(never)]
    pub fn assert_not_freed(&self, what: &str) {
        let freed = self.gc_bits() & gc_bits::FREED != 0;
        let poisoned = self.ref_local.load(crate::sync::Ordering::Relaxed) == POISON_LOCAL
            || self.tid.load(crate::sync::Ordering::Relaxed) == POISON_TID
            || self.ty as usize == POISON_TY;
        if freed || poisoned {
            panic!(
                "weft: {} of a freed object at {:p} ({}): use after free",
                what,
                self,
                if poisoned { "header poisoned" } else { "payload dropped, memory awaiting its grace period" }
            );
        }
    }

    /// Debug builds: overwrites the words of a freed object that no
    /// lock-free reader looks at any more (`all`: memory being released
    /// after its grace period, nobody reads it; otherwise a type-stable
    /// free list, whose stale readers read `flags`, `ref_shared` and `gc`:
    /// those stay as they are, so `try_incref` keeps failing).
    ///
    /// # Safety
    /// `h` is a freed object's header: its count reached zero and its
    /// payload was dropped; with `all`, its grace period has passed.
    #[cfg(debug_assertions)]
    pub unsafe fn poison(h: *mut ObjHeader, all: bool) {
        use crate::sync::Ordering::Relaxed;
        // SAFETY: by contract the memory is still allocated and only the
        // freeing thread writes it; the atomics may be read concurrently by
        // stale readers (free list), which tolerate these values.
        unsafe {
            (*h).gc.store(gc_bits::FREED, Relaxed);
            (*h).tid.store(POISON_TID, Relaxed);
            (*h).ref_local.store(POISON_LOCAL, Relaxed);
            if all {
                (*h).ref_shared.store(POISON_SHARED, Relaxed);
                // Nobody reads `ty` of released memory (grace period over).
                (*h).ty = POISON_TY as *const PyType;
            }
        }
    }
}

/// Holds an object's one-byte lock; releases it on drop.
pub struct ObjLockGuard<'a>(&'a ByteLock);

impl Drop for ObjLockGuard<'_> {
    fn drop(&mut self) {
        // SAFETY: the guard is only created right after `lock()` succeeded,
        // so this thread holds the lock.
        unsafe { self.0.unlock() }
    }
}
