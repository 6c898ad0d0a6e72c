//! Design: DESIGN.md#eval-loop (Cells)
//!
//! The content of a closure cell: one atomic word (a raw `Value` word, 0 =
//! empty) that owns one reference, and a lock that serialises writers.
//!
//! * Read (LOAD_DEREF, `cell_contents`): lock-free. Load the word,
//!   `try_incref` the object, load the word again; the same word means the
//!   reference was taken while the cell still held the object (the cell's
//!   own reference kept it alive up to the second load). A failed
//!   `try_incref` (an object whose owner may free it without a CAS: state
//!   INIT with no shared count, or one being freed) or a changed word
//!   retries; after a few tries the reader takes the lock, under which the
//!   word cannot change and the cell's reference keeps the object alive,
//!   and marks the object MAYBE_WEAKREF so later lock-free reads by other
//!   threads succeed (what lists do for their items, DESIGN.md#list-tuple-set).
//! * Write (STORE_DEREF, DELETE_DEREF, MAKE_CELL's initial value is not a
//!   write): under the lock, a plain load and a release store (no
//!   read-modify-write); the old reference is given back to the caller,
//!   which drops it after the lock is released.
//!
//! An object freed after a reader loaded its word keeps its header
//! readable until the reader's next quiescent point (QSBR,
//! DESIGN.md#reclamation), and `try_incref` refuses it. Built under loom:
//! `loom-tests/tests/cell_slot.rs` runs this code.

use crate::object::handle::Value;
use crate::object::header::ObjHeader;
use crate::sync::{AtomicUsize, Mutex, Ordering::Acquire, Ordering::Relaxed, Ordering::Release};

pub struct CellSlot {
    word: AtomicUsize,
    lock: Mutex<()>,
}

/// Lock-free attempts before a read takes the lock.
const TRIES: usize = 3;

impl CellSlot {
    pub fn new(v: Option<Value>) -> CellSlot {
        CellSlot { word: AtomicUsize::new(v.map(Value::into_raw).unwrap_or(0)), lock: Mutex::new(()) }
    }

    /// A new reference to the content (None: empty). The common cases are
    /// inline (LOAD_DEREF): an empty cell, a tagged int, and content that
    /// is immortal or owned by this thread (`ObjHeader::try_incref_owner`,
    /// then the same re-check as below); anything else takes the general
    /// read out of line.
    #[inline(always)]
    pub fn get(&self) -> Option<Value> {
        let w = self.word.load(Acquire);
        if w == 0 {
            return None;
        }
        if w & 1 != 0 {
            // SAFETY: a tagged small int holds no count.
            return Some(unsafe { Value::from_raw_steal(w) });
        }
        // SAFETY: as in `get_shared`: the header stays readable until this
        // thread's next quiescent point.
        let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
        if h.try_incref_owner(crate::vm::thread::current_tid()) {
            // SAFETY: `try_incref_owner` gave us a reference (or the object
            // is immortal); the Value owns it.
            let v = unsafe { Value::from_raw_steal(w) };
            if self.word.load(Acquire) == w {
                return Some(v);
            }
            drop(v);
        }
        self.get_shared()
    }

    /// `get` for content another thread owns (or a first read that raced
    /// a replacement): `try_incref` and the re-check, a few times, then
    /// the lock.
    #[inline(never)]
    fn get_shared(&self) -> Option<Value> {
        for _ in 0..TRIES {
            let w = self.word.load(Acquire);
            if w == 0 {
                return None;
            }
            if w & 1 != 0 {
                // SAFETY: a tagged small int holds no count.
                return Some(unsafe { Value::from_raw_steal(w) });
            }
            // SAFETY: the word was the cell's content when loaded; an object
            // freed since keeps its header readable until this thread's next
            // quiescent point (QSBR), which it does not pass here.
            let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
            if h.try_incref() {
                // SAFETY: `try_incref` gave us a reference; the Value owns it.
                let v = unsafe { Value::from_raw_steal(w) };
                if self.word.load(Acquire) == w {
                    return Some(v);
                }
                drop(v);
            }
            #[cfg(weft_loom)]
            loom::thread::yield_now();
        }
        self.get_locked()
    }

    #[cold]
    #[inline(never)]
    fn get_locked(&self) -> Option<Value> {
        let _g = self.lock.lock();
        let w = self.word.load(Relaxed);
        if w == 0 {
            return None;
        }
        // SAFETY: writers hold the lock, so the word is the content and the
        // cell's reference keeps the object alive while we clone it.
        let v = unsafe { Value::borrow_raw(&w) }.clone();
        if let Some(h) = v.header() {
            // Later lock-free reads by other threads can now succeed.
            h.set_maybe_weakref();
        }
        Some(v)
    }

    /// Replaces the content; returns the old one (drop it after this
    /// returns: no lock is held then).
    #[inline]
    pub fn set(&self, v: Option<Value>) -> Option<Value> {
        let new = v.map(Value::into_raw).unwrap_or(0);
        let old = {
            let _g = self.lock.lock();
            let old = self.word.load(Relaxed);
            self.word.store(new, Release);
            old
        };
        if old == 0 {
            None
        } else {
            // SAFETY: the cell's reference to the old content moves out.
            Some(unsafe { Value::from_raw_steal(old) })
        }
    }
}

impl Drop for CellSlot {
    fn drop(&mut self) {
        let w = self.word.load(Relaxed);
        if w != 0 {
            // SAFETY: the cell's own reference, released once (the slot is
            // going away).
            drop(unsafe { Value::from_raw_steal(w) });
        }
    }
}
