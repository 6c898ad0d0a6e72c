//! Design: DESIGN.md#attributes (Inline values)
//!
//! The attribute values of an instance whose `__dict__` has not been asked
//! for: one atomic word per key of the class's shared key list
//! (`class::SharedKeys`, append-only), 0 = absent, each word owning one
//! reference, and a lock that serialises writers.
//!
//! * Read (LOAD_ATTR hit, `getattr`): lock-free, as a closure cell
//!   (`cell_slot.rs`): load the word, `try_incref` the object, load the
//!   word again; the same word means the reference was taken while the
//!   instance still held the object. A failed `try_incref` or a changed
//!   word retries; after a few tries the reader takes the lock, under
//!   which the word cannot change, and marks the object MAYBE_WEAKREF.
//! * Write (STORE_ATTR): under the lock, a plain load and a release store;
//!   the old reference is dropped by the caller after the lock is
//!   released. A *new* key may only be stored at an index at or above
//!   every index already filled (`hw`): the instance's insertion order is
//!   then the index order, which is what `__dict__` must show. Any other
//!   insertion is refused and the caller materialises the dict.
//! * Materialisation (`take_all`, the first `obj.__dict__`, a deletion, a
//!   key that does not fit): under the lock every word is swapped to
//!   `MOVED` and its reference handed to the caller, which builds the dict
//!   and publishes it. From then on every word stays `MOVED`: a reader or
//!   writer that sees it uses the dict (waiting for its publication). A
//!   write either happened before the swap (its value moves into the dict)
//!   or sees `MOVED` under the lock; a lock-free read that took its
//!   reference before the swap re-checks the word and retries after it.
//!
//! Built under loom: `loom-tests/tests/inline_values.rs` runs this code.

use crate::object::handle::Value;
use crate::object::header::ObjHeader;
use crate::sync::{AtomicU32, AtomicUsize, Mutex, Ordering::Acquire, Ordering::Relaxed, Ordering::Release};

/// The word of a slot whose value moved into the materialised dict (not a
/// valid object address: objects are 8-aligned; not a tagged int: bit 0 is
/// clear).
pub const MOVED: usize = 2;

/// Lock-free attempts before a read takes the lock.
const TRIES: usize = 3;

/// The result of a slot read.
pub enum Read {
    Value(Value),
    /// The instance has no value for this key.
    Absent,
    /// The values moved into the instance dict: read that.
    Moved,
}

pub struct InlineValues {
    words: Box<[AtomicUsize]>,
    /// One more than the highest filled index (under `lock`).
    hw: AtomicU32,
    lock: Mutex<()>,
}

impl InlineValues {
    /// `cap` slots, all absent (no allocation for 0).
    pub fn new(cap: usize) -> InlineValues {
        InlineValues { words: (0..cap).map(|_| AtomicUsize::new(0)).collect(), hw: AtomicU32::new(0), lock: Mutex::new(()) }
    }

    #[inline(always)]
    pub fn cap(&self) -> usize {
        self.words.len()
    }

    /// True once the values moved into the dict (or there are none).
    #[inline]
    pub fn is_moved(&self) -> bool {
        self.words.first().is_none_or(|w| w.load(Acquire) == MOVED)
    }

    /// The value at index `i` (`i < cap`, else `Moved`). The common cases
    /// are inline: an absent or moved slot, a tagged int, and a value that
    /// is immortal or owned by this thread; anything else goes out of line.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Read {
        let Some(slot) = self.words.get(i) else { return Read::Moved };
        let w = slot.load(Acquire);
        if w == 0 {
            return Read::Absent;
        }
        if w == MOVED {
            return Read::Moved;
        }
        if w & 1 != 0 {
            // SAFETY: a tagged small int holds no count.
            return Read::Value(unsafe { Value::from_raw_steal(w) });
        }
        // SAFETY: the word was the slot's value when loaded; an object freed
        // since keeps its header readable until this thread's next quiescent
        // point (QSBR, DESIGN.md#reclamation), which it does not pass here.
        let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
        if h.try_incref_owner(crate::vm::thread::current_tid()) {
            // SAFETY: `try_incref_owner` gave us a reference (or the object
            // is immortal); the Value owns it.
            let v = unsafe { Value::from_raw_steal(w) };
            if slot.load(Acquire) == w {
                return Read::Value(v);
            }
            drop(v);
        }
        self.get_shared(slot)
    }

    /// `get` for a value another thread owns (or a first read that raced a
    /// write): `try_incref` and the re-check, a few times, then the lock.
    #[inline(never)]
    fn get_shared(&self, slot: &AtomicUsize) -> Read {
        for _ in 0..TRIES {
            let w = slot.load(Acquire);
            if w == 0 {
                return Read::Absent;
            }
            if w == MOVED {
                return Read::Moved;
            }
            if w & 1 != 0 {
                // SAFETY: a tagged small int holds no count.
                return Read::Value(unsafe { Value::from_raw_steal(w) });
            }
            // SAFETY: as in `get`: the header stays readable until this
            // thread's next quiescent point.
            let h: &ObjHeader = unsafe { &*(w as *const ObjHeader) };
            if h.try_incref() {
                // SAFETY: `try_incref` gave us a reference; the Value owns it.
                let v = unsafe { Value::from_raw_steal(w) };
                if slot.load(Acquire) == w {
                    return Read::Value(v);
                }
                drop(v);
            }
            #[cfg(weft_loom)]
            loom::thread::yield_now();
        }
        self.get_locked(slot)
    }

    #[cold]
    #[inline(never)]
    fn get_locked(&self, slot: &AtomicUsize) -> Read {
        let _g = self.lock.lock();
        let w = slot.load(Relaxed);
        if w == 0 {
            return Read::Absent;
        }
        if w == MOVED {
            return Read::Moved;
        }
        // SAFETY: writers hold the lock, so the word is the slot's value and
        // the instance's reference keeps the object alive while we clone it.
        let v = unsafe { Value::borrow_raw(&w) }.clone();
        if let Some(h) = v.header() {
            // Later lock-free reads by other threads can now succeed.
            h.set_maybe_weakref();
        }
        Read::Value(v)
    }

    /// Stores `v` at index `i`. `Ok(old)`: stored (drop the old value after
    /// this returns). `Err(v)`: not stored (the values moved, `i` is out of
    /// range, or a new key below an already filled index): use the dict.
    #[inline]
    pub fn store(&self, i: usize, v: Value) -> Result<Option<Value>, Value> {
        let Some(slot) = self.words.get(i) else { return Err(v) };
        let old = {
            let _g = self.lock.lock();
            let old = slot.load(Relaxed);
            if old == MOVED {
                return Err(v);
            }
            if old == 0 {
                let hw = self.hw.load(Relaxed);
                if (i as u32) < hw {
                    return Err(v);
                }
                self.hw.store(i as u32 + 1, Relaxed);
            }
            slot.store(v.into_raw(), Release);
            old
        };
        if old == 0 {
            Ok(None)
        } else {
            // SAFETY: the slot's reference to the old value moves out.
            Ok(Some(unsafe { Value::from_raw_steal(old) }))
        }
    }

    /// Materialisation: marks every slot `MOVED` and hands each value with
    /// its index to `f`, in index order (= insertion order). `f` runs
    /// under the lock: it must not run Python code or touch these values.
    /// A second call finds nothing.
    pub fn take_all(&self, mut f: impl FnMut(usize, Value)) {
        let _g = self.lock.lock();
        for (i, slot) in self.words.iter().enumerate() {
            let w = slot.swap(MOVED, crate::sync::Ordering::AcqRel);
            if w != 0 && w != MOVED {
                // SAFETY: the slot's reference moves out (the slot now says
                // MOVED and never holds a value again).
                f(i, unsafe { Value::from_raw_steal(w) });
            }
        }
    }

    /// Visits the values (the cycle collector's traverse; the caller keeps
    /// the instance alive).
    pub fn for_each(&self, visit: &mut dyn FnMut(&Value)) {
        for slot in self.words.iter() {
            let w = slot.load(Acquire);
            if w != 0 && w != MOVED {
                // SAFETY: the slot owns a reference to the object; the
                // borrow ends before the caller lets the instance go.
                visit(unsafe { Value::borrow_raw(&w) });
            }
        }
    }
}

impl Drop for InlineValues {
    fn drop(&mut self) {
        for slot in self.words.iter() {
            let w = slot.load(Relaxed);
            if w != 0 && w != MOVED {
                // SAFETY: the slot's own reference, released once (the
                // instance is going away; `&mut self`: no reader is left).
                drop(unsafe { Value::from_raw_steal(w) });
            }
        }
    }
}
