//! Design: DESIGN.md#list-tuple-set
//!
//! The list's item buffer and its lock-free read protocol, apart from the
//! list type so that the loom models (loom-tests/tests/list_buf.rs) run the
//! very code `object/list.rs` runs.
//!
//! ```text
//!   ItemBuf { buf: AtomicPtr ──▶ [cap | slot 0 | slot 1 | ... | slot cap-1] , len: AtomicUsize }
//!                                 each slot: AtomicUsize holding a raw Value word (0 = empty)
//! ```
//!
//! * Writers hold the owner's lock (the list's object lock; a mutex in the
//!   models) for a whole mutation: the `unsafe fn`s below that take `&self`
//!   and write require it.
//! * A writer stores an item's slot (Release) before publishing the larger
//!   `len` (Release); growth copies the words into a new buffer, publishes it
//!   with a Release store and retires the old one through
//!   `gc::qsbr::free_later`.
//! * A reader (`try_get_lockfree`) loads `len`, the buffer pointer, bounds
//!   checks against the buffer's own capacity, loads the slot, `try_incref`s
//!   the item and re-checks slot and pointer; any mismatch is a `Retry`.
//!   It passes no quiescent point meanwhile, so a buffer it loaded stays
//!   allocated (QSBR grace period).
//! * Under loom a released buffer is poisoned and leaked instead of freed, so
//!   a read after release fails an assertion instead of being undefined.

use crate::object::handle::Value;
use crate::object::header::ObjHeader;
use crate::sync::{AtomicPtr, AtomicUsize, Ordering::*};

/// Under loom: the capacity word and slots of a released buffer.
#[cfg(weft_loom)]
const POISON: usize = usize::MAX - 6;

pub struct ItemBuf {
    /// The items buffer (see `buf_new`); null while there is no buffer.
    buf: AtomicPtr<AtomicUsize>,
    /// Number of items; `len <= capacity of buf` whenever a writer is not in
    /// the middle of a mutation (readers re-check against the capacity).
    len: AtomicUsize,
}

/// Result of one lock-free read attempt.
pub enum Fast {
    Item(Value),
    OutOfRange,
    /// A writer is mid-mutation (or the item is being freed): try again or
    /// take the lock.
    Retry,
}

/// Allocates a buffer of `cap` empty slots: one allocation of `cap + 1`
/// atomic words, word 0 holding the capacity. Returns the pointer to word 0.
fn buf_new(cap: usize) -> *mut AtomicUsize {
    let b: Box<[AtomicUsize]> = (0..=cap).map(|i| AtomicUsize::new(if i == 0 { cap } else { 0 })).collect();
    Box::into_raw(b) as *mut AtomicUsize
}

/// The slots of a live buffer.
///
/// # Safety
/// `p` came from `buf_new` and has not been released, and stays so for `'a`:
/// either the caller holds the writer lock and `p` is the current buffer, or
/// `p` was loaded from `ItemBuf::buf` and the caller passes no quiescent
/// point during `'a` (retired buffers are released only after a grace
/// period).
unsafe fn buf_slots<'a>(p: *mut AtomicUsize) -> &'a [AtomicUsize] {
    debug_assert!(!p.is_null());
    // SAFETY: word 0 of a live buffer (this fn's contract) holds the capacity
    // and is never written after `buf_new` (but by the loom poisoning).
    let cap = unsafe { (*p).load(Relaxed) };
    #[cfg(weft_loom)]
    assert_ne!(cap, POISON, "list buffer read after its release");
    // SAFETY: the allocation holds `cap + 1` initialised words (`buf_new`)
    // and stays live for `'a` (contract).
    let all: &'a [AtomicUsize] = unsafe { core::slice::from_raw_parts(p, cap + 1) };
    &all[1..]
}

/// Frees a buffer (the `release` function handed to QSBR).
///
/// # Safety
/// `p` came from `buf_new` (cast to `*mut u8`), is unlinked from its list and
/// no reader can still look at it; called exactly once.
unsafe fn buf_release(p: *mut u8) {
    let p = p as *mut AtomicUsize;
    debug_assert!(!p.is_null());
    // SAFETY: word 0 of a buffer that is still allocated (contract).
    let cap = unsafe { (*p).load(Relaxed) };
    #[cfg(weft_loom)]
    {
        // SAFETY: still allocated (we leak it instead of freeing).
        let all = unsafe { core::slice::from_raw_parts(p, cap + 1) };
        for w in all {
            w.store(POISON, Relaxed);
        }
    }
    #[cfg(not(weft_loom))]
    // SAFETY: `p` is the start of a `Box<[AtomicUsize]>` of `cap + 1` words
    // leaked by `buf_new`; ownership is taken back once (contract).
    drop(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(p, cap + 1)) });
}

/// Retires a buffer unlinked by a writer: released after a grace period.
fn buf_retire(p: *mut AtomicUsize) {
    if !p.is_null() {
        crate::gc::qsbr::free_later(p as *mut u8, buf_release);
    }
}

/// The capacity CPython's `list_resize` picks for `newsize` items (growth
/// with over-allocation; 0 for 0).
fn resize_cap(newsize: usize, len: usize) -> usize {
    let mut new_cap = (newsize + (newsize >> 3) + 6) & !3;
    if newsize > len && newsize - len > new_cap - newsize {
        new_cap = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_cap = 0;
    }
    new_cap
}

impl Default for ItemBuf {
    fn default() -> Self {
        ItemBuf::new()
    }
}

impl ItemBuf {
    /// No items, no buffer.
    pub fn new() -> ItemBuf {
        ItemBuf { buf: AtomicPtr::new(core::ptr::null_mut()), len: AtomicUsize::new(0) }
    }

    /// A buffer owning `items` (exactly as large).
    pub fn from_values(items: Vec<Value>) -> ItemBuf {
        let n = items.len();
        let buf = if n == 0 { core::ptr::null_mut() } else { buf_new(n) };
        if n > 0 {
            debug_assert!(!buf.is_null());
            // SAFETY: freshly allocated, not yet published: only we can see it.
            let slots = unsafe { buf_slots(buf) };
            for (s, v) in slots.iter().zip(items) {
                s.store(v.into_raw(), Relaxed);
            }
        }
        ItemBuf { buf: AtomicPtr::new(buf), len: AtomicUsize::new(n) }
    }

    /// Current length (one Acquire load).
    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// One lock-free attempt to take a new reference to item `i`.
    #[inline]
    pub fn try_get_lockfree(&self, i: usize) -> Fast {
        let len = self.len.load(Acquire);
        if i >= len {
            return Fast::OutOfRange;
        }
        let p = self.buf.load(Acquire);
        if p.is_null() {
            return Fast::Retry;
        }
        debug_assert!(!p.is_null());
        // SAFETY: `p` was loaded from the buffer pointer; buffers are retired
        // through QSBR and this thread passes no quiescent point before
        // returning, so the buffer stays allocated while we read it.
        let slots = unsafe { buf_slots(p) };
        let Some(slot) = slots.get(i) else {
            return Fast::Retry;
        };
        let w = slot.load(Acquire);
        #[cfg(weft_loom)]
        assert_ne!(w, POISON, "list slot read after its buffer's release");
        if w == 0 {
            return Fast::Retry;
        }
        if w & 1 != 0 {
            // A tagged small int: no count to take.
            return Fast::Item(Value::small_int((w as i64) >> 1).expect("tagged small int"));
        }
        debug_assert!(w & 7 == 0);
        // SAFETY: the word was a live item of this list when loaded; an
        // object freed since keeps its header readable until this thread's
        // next quiescent point (QSBR), and `try_incref` refuses dead objects.
        let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
        if !h.try_incref() {
            return Fast::Retry;
        }
        debug_assert!(w != 0);
        // SAFETY: `try_incref` just gave us a reference; the Value owns it.
        let item = unsafe { Value::from_raw_steal(w) };
        if slot.load(Acquire) != w || self.buf.load(Acquire) != p {
            drop(item);
            return Fast::Retry;
        }
        Fast::Item(item)
    }

    /// `try_get_lockfree` for the common case, small enough to inline into
    /// BINARY_SUBSCR: item `i` (negative: from the end) is a small int, an
    /// immortal object or an object counted locally by thread `me` (the
    /// caller's id), so the reference is a plain store to the local count
    /// (the owner path of `try_incref`; only the owner changes that count,
    /// and the caller is the owner, so a non-zero count is a live object).
    /// `None` for anything else (another owner, an empty slot, out of
    /// range, a writer mid-mutation): the caller takes the general path,
    /// which also raises the IndexError.
    #[inline(always)]
    pub fn try_get_local(&self, i: i64, me: usize) -> Option<Value> {
        let len = self.len.load(Acquire);
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i as usize >= len {
            return None;
        }
        let p = self.buf.load(Acquire);
        if p.is_null() {
            return None;
        }
        // SAFETY: as in `try_get_lockfree`: loaded from `buf`, and this
        // thread passes no quiescent point before returning.
        let slots = unsafe { buf_slots(p) };
        let slot = slots.get(i as usize)?;
        let w = slot.load(Acquire);
        if w & 1 != 0 {
            // SAFETY: a tagged small int (non-zero, holds no count).
            return Some(unsafe { Value::from_raw_steal(w) });
        }
        if w == 0 {
            return None;
        }
        // SAFETY: as in `try_get_lockfree`: the header of an object that
        // was an item when loaded stays readable until our next quiescent
        // point.
        let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
        let local = h.ref_local.load(Relaxed);
        if local != crate::object::header::IMMORTAL_LOCAL {
            if local == 0 || h.tid.load(Relaxed) != me {
                return None;
            }
            h.ref_local.store(local + 1, Relaxed);
        }
        // SAFETY: we just took a reference (or the object is immortal).
        let item = unsafe { Value::from_raw_steal(w) };
        if slot.load(Acquire) != w || self.buf.load(Acquire) != p {
            drop(item);
            return None;
        }
        Some(item)
    }

    // ---- writer side: the caller holds the writer lock ---------------------

    /// The length as the writer sees it.
    ///
    /// # Safety
    /// The caller holds the writer lock.
    #[inline]
    pub unsafe fn len_locked(&self) -> usize {
        self.len.load(Relaxed)
    }

    /// Publishes a new length (after the slots below it are stored).
    ///
    /// # Safety
    /// The caller holds the writer lock; slots `0..n` hold items.
    #[inline]
    pub unsafe fn set_len(&self, n: usize) {
        self.len.store(n, Release);
    }

    /// The current buffer's slots (empty without a buffer).
    ///
    /// # Safety
    /// The caller holds the writer lock and does not keep the slice across a
    /// `reallocate` (which retires the buffer).
    #[inline]
    pub unsafe fn slots_locked(&self) -> &[AtomicUsize] {
        let p = self.buf.load(Relaxed);
        if p.is_null() {
            return &[];
        }
        debug_assert!(!p.is_null());
        // SAFETY: the caller holds the writer lock and `p` is the current
        // buffer: only a writer can replace or retire it (contract).
        unsafe { buf_slots(p) }
    }

    /// Replaces the buffer by one of capacity `cap`, copying the first
    /// `keep` words; the old buffer is retired through QSBR.
    ///
    /// # Safety
    /// The caller holds the writer lock and holds no slot slice across it.
    pub unsafe fn reallocate(&self, cap: usize, keep: usize) {
        let old = self.buf.load(Relaxed);
        let new = if cap == 0 { core::ptr::null_mut() } else { buf_new(cap) };
        if !new.is_null() {
            debug_assert!(!new.is_null());
            // SAFETY: fresh and unpublished; ours alone.
            let dst = unsafe { buf_slots(new) };
            // SAFETY: writer lock held (contract); the old buffer is retired
            // only after the copy.
            let src = unsafe { self.slots_locked() };
            for i in 0..keep.min(cap).min(src.len()) {
                dst[i].store(src[i].load(Relaxed), Relaxed);
            }
        }
        self.buf.store(new, Release);
        buf_retire(old);
    }

    /// `reallocate` for a buffer no other thread can be reading: the list
    /// has never been marked SHARED and the caller (holding the writer lock)
    /// is its owner, so no lock-free reader exists (a non-owner marks the
    /// list SHARED under the lock before its first read, DESIGN.md#list-
    /// tuple-set). The buffer is grown or shrunk with `realloc` (often in
    /// place, no copy) and released at once instead of after a grace period.
    /// Slots `keep..` that survive are cleared, as `reallocate` leaves them.
    ///
    /// # Safety
    /// As `reallocate`, and no other thread may read this buffer.
    #[cfg(not(weft_loom))]
    unsafe fn reallocate_private(&self, cap: usize, keep: usize) {
        let old = self.buf.load(Relaxed);
        if old.is_null() || cap == 0 {
            // SAFETY: forwarded contract.
            return unsafe { self.reallocate(cap, keep) };
        }
        // SAFETY: the current buffer, live under the writer lock.
        let old_cap = unsafe { (*old).load(Relaxed) };
        let layout = core::alloc::Layout::array::<AtomicUsize>(old_cap + 1).expect("list buffer layout");
        let new_size = (cap + 1).checked_mul(core::mem::size_of::<AtomicUsize>()).expect("list buffer size");
        // SAFETY: `old` is a `Box<[AtomicUsize]>` of `old_cap + 1` words
        // from `buf_new` (the global allocator, this layout); nobody else
        // reads it (contract), so moving it is unobservable.
        let new = unsafe { std::alloc::realloc(old as *mut u8, layout, new_size) } as *mut AtomicUsize;
        if new.is_null() {
            std::alloc::handle_alloc_error(core::alloc::Layout::array::<AtomicUsize>(cap + 1).expect("layout"));
        }
        // SAFETY: `new` holds `cap + 1` words: the first `min(old_cap, cap)
        // + 1` initialised (copied by realloc), the rest written here before
        // any use; word 0 is rewritten with the new capacity.
        unsafe {
            for i in old_cap.min(cap) + 1..=cap {
                core::ptr::write(new.add(i), AtomicUsize::new(0));
            }
            (*new).store(cap, Relaxed);
            for i in keep.min(cap)..old_cap.min(cap) {
                (*new.add(i + 1)).store(0, Relaxed);
            }
        }
        self.buf.store(new, Release);
    }

    /// `resize_for`; `private`: the caller may use `reallocate_private`
    /// (its contract holds).
    ///
    /// # Safety
    /// As `reallocate`; with `private`, as `reallocate_private`.
    #[inline]
    pub unsafe fn resize_for_with(&self, newsize: usize, private: bool) {
        #[cfg(not(weft_loom))]
        if private {
            // SAFETY: writer lock held (contract).
            let (cap, len) = unsafe { (self.slots_locked().len(), self.len_locked()) };
            if cap >= newsize && newsize >= (cap >> 1) {
                return;
            }
            let new_cap = resize_cap(newsize, len);
            // SAFETY: forwarded contract.
            return unsafe { self.reallocate_private(new_cap, len.min(newsize)) };
        }
        let _ = private;
        // SAFETY: forwarded contract.
        unsafe { self.resize_for(newsize) }
    }

    /// Appends like `push_word`; `private` as in `resize_for_with`.
    ///
    /// # Safety
    /// As `push_word`; with `private`, as `reallocate_private`.
    #[inline]
    pub unsafe fn push_word_with(&self, w: usize, private: bool) {
        // SAFETY: writer lock held (contract) for all three.
        unsafe {
            let len = self.len_locked();
            if len >= self.slots_locked().len() {
                self.resize_for_with(len + 1, private);
            }
            self.slots_locked()[len].store(w, Release);
            self.set_len(len + 1);
        }
    }

    /// CPython's `list_resize` policy for a new size (growth with
    /// over-allocation; shrink when under half full).
    ///
    /// # Safety
    /// As `reallocate`.
    pub unsafe fn resize_for(&self, newsize: usize) {
        // SAFETY: writer lock held (contract).
        let (cap, len) = unsafe { (self.slots_locked().len(), self.len_locked()) };
        if cap >= newsize && newsize >= (cap >> 1) {
            return;
        }
        let new_cap = resize_cap(newsize, len);
        // SAFETY: as this fn's contract.
        unsafe { self.reallocate(new_cap, len.min(newsize)) };
    }

    /// Appends a raw item word (its reference moves into the list): grows
    /// the buffer if full, stores the slot, then publishes the length.
    ///
    /// # Safety
    /// The caller holds the writer lock; `w` is a counted Value word.
    #[inline]
    pub unsafe fn push_word(&self, w: usize) {
        // SAFETY: writer lock held (contract) for all three.
        unsafe {
            let len = self.len_locked();
            if len >= self.slots_locked().len() {
                self.resize_for(len + 1);
            }
            self.slots_locked()[len].store(w, Release);
            self.set_len(len + 1);
        }
    }
}

impl Drop for ItemBuf {
    fn drop(&mut self) {
        // The owner is being freed: nobody holds a reference to it, so no
        // reader can be looking at the buffer (readers hold a reference)
        // and no other thread writes it: plain loads, no swaps.
        let p = self.buf.load(Relaxed);
        if p.is_null() {
            return;
        }
        self.buf.store(core::ptr::null_mut(), Relaxed);
        let len = self.len.load(Relaxed);
        self.len.store(0, Relaxed);
        #[cfg(not(weft_loom))]
        let me = crate::vm::thread::current_tid();
        {
            debug_assert!(!p.is_null());
            // SAFETY: `p` is this buffer, still allocated; we are its only
            // user now.
            let slots = unsafe { buf_slots(p) };
            for s in slots.iter().take(len) {
                let w = s.load(Relaxed);
                if w != 0 {
                    // SAFETY: each non-zero slot word carries the list's
                    // reference, taken back exactly once (the buffer is
                    // released below without reading its slots again).
                    let item = unsafe { Value::from_raw_steal(w) };
                    // A float of this thread straight to its free list.
                    #[cfg(not(weft_loom))]
                    crate::object::freelist::drop_by(item, me);
                    #[cfg(weft_loom)]
                    drop(item);
                }
            }
        }
        debug_assert!(!p.is_null());
        // SAFETY: unlinked above and unreachable by readers (see top).
        unsafe { buf_release(p as *mut u8) };
    }
}
