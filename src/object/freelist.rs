//! Design: DESIGN.md#reclamation ("type-stable free lists")
//!
//! Per-thread free lists of exact `float` objects. A freed float is not
//! handed to QSBR: its memory stays a float (header + `PyFloat`) and is
//! reused by the next `Value::from_f64` on the same thread. Lock-free
//! readers may still hold the old address; they only ever `try_incref` it,
//! which fails on a freed object (count zero, INIT or MERGED) and succeeds
//! on a reused one only by taking a real reference that the reader's slot
//! re-check then keeps or drops (DESIGN.md#reclamation argues it). The
//! list is intrusive: the payload of a listed float holds the address of
//! the next one. At thread exit the listed objects go through QSBR.

use core::cell::Cell;

use crate::object::float::{PyFloat, FLOAT_TYPE};
use crate::object::handle::{PyObject, Value};
use crate::object::header::{gc_bits, ObjHeader};
use crate::sync::Ordering::Relaxed;

/// Floats kept per thread (CPython keeps 100).
const FLOAT_CAP: u32 = 256;

struct FreeList {
    /// Address of the first listed object (0: empty).
    head: Cell<usize>,
    len: Cell<u32>,
}

impl Drop for FreeList {
    fn drop(&mut self) {
        let mut p = self.head.replace(0);
        while p != 0 {
            // SAFETY: listed objects are ours (freed floats nobody counts);
            // the payload holds the next address (see `free_float`).
            let next = unsafe { (*(p as *const PyObject<PyFloat>)).payload.0.to_bits() as usize };
            crate::gc::qsbr::free_later(p as *mut u8, release_float);
            p = next;
        }
        self.len.set(0);
    }
}

crate::sync::thread_local! {
    static FLOATS: FreeList = const { FreeList { head: Cell::new(0), len: Cell::new(0) } };
}

/// # Safety
/// `p` is a listed float's allocation (from `PyObject::<PyFloat>::alloc`)
/// whose grace period has passed.
unsafe fn release_float(p: *mut u8) {
    // SAFETY: same allocation and layout as `PyObject::alloc` made; PyFloat
    // has no destructor, so dropping the box only releases the memory.
    drop(unsafe { Box::from_raw(p as *mut PyObject<PyFloat>) });
}

/// A new exact float, reusing a listed object when there is one.
#[inline]
pub fn new_float(x: f64) -> Value {
    new_float_by(x, crate::vm::thread::current_tid())
}

/// `new_float` for a caller that has already read its thread id `me`
/// (`current_tid()`; BINARY_OP's float path reads it once per operation).
#[inline]
pub fn new_float_by(x: f64, me: usize) -> Value {
    let p = FLOATS
        .try_with(|l| {
            let p = l.head.get();
            if p != 0 {
                // SAFETY: `p` is a listed float (see `free_float`): its
                // payload holds the next address and only this thread
                // touches a listed payload.
                let next = unsafe { (*(p as *const PyObject<PyFloat>)).payload.0.to_bits() as usize };
                l.head.set(next);
                l.len.set(l.len.get() - 1);
            }
            p
        })
        .unwrap_or(0);
    if p == 0 {
        return PyObject::alloc(&FLOAT_TYPE, PyFloat(x));
    }
    let obj = p as *mut PyObject<PyFloat>;
    // SAFETY: a listed object is a float nobody holds a counted reference
    // to; stale readers only read its header (atomics) and fail to
    // try_incref it until it is live again. We reset the header field by
    // field with atomic stores (readers may load them concurrently) and
    // write the payload, which no reader looks at without a reference.
    unsafe {
        let h = &(*obj).head;
        h.tid.store(me, Relaxed);
        h.flags.store(0, Relaxed);
        h.gc.store(0, Relaxed);
        h.ref_shared.store(0, Relaxed);
        h.ref_local.store(1, Relaxed);
        (*obj).payload.0 = x;
        Value::from_raw_steal(p)
    }
}

/// Overwrites the value of `v` with `x` when `v` is an exact float whose
/// only reference is the caller's: owned by the calling thread,
/// local count 1, shared field INIT with no count, no header flags (not
/// deferred). Then nobody else can hold or take a reference (`try_incref`
/// by a non-owner fails on INIT-with-0, as in the owner's free-now path of
/// DESIGN.md#biased-reference-counting), and readers never read a payload
/// without a reference, so the write is unobservable: the same as freeing
/// the float to this list and taking it back with the new value, minus the
/// round trip. BINARY_OP's float path uses it for temporaries.
/// `me` is the caller's thread id (`current_tid()`).
#[inline]
pub fn reuse_unique(v: &Value, x: f64, me: usize) -> bool {
    let Some(h) = v.header() else { return false };
    if h.ref_local.load(Relaxed) != 1
        || !core::ptr::eq(h.ty, &FLOAT_TYPE)
        || h.ref_shared.load(Relaxed) != 0
        || h.flags.load(Relaxed) != 0
        || h.tid.load(Relaxed) != me
    {
        return false;
    }
    // SAFETY: `v` is a live exact float (`PyObject<PyFloat>`, checked type)
    // and the caller's reference is its only one (checked above, and no
    // other thread can add one: see the doc comment), so no other code
    // reads or writes this payload concurrently and no Rust reference to it
    // is live (the caller holds only `&Value`, a word).
    unsafe { (*(v.raw() as *mut PyObject<PyFloat>)).payload.0 = x };
    true
}

/// Drops the caller's reference `v` (`me`: the caller's thread id,
/// `current_tid()`). For an exact float this thread owns it is the owner
/// path of `ObjHeader::decref` without re-reading the thread id, and when
/// that was the last reference and the shared field is INIT with no count
/// (read with Acquire, as `merge_zero_local`), the float goes straight to
/// this thread's list: what `merge_zero_local`'s free-now branch and
/// `dealloc` do for a float, without the two calls. Anything else: `drop`.
#[inline(always)]
pub fn drop_by(v: Value, me: usize) {
    if let Some(h) = v.header() {
        if core::ptr::eq(h.ty, &FLOAT_TYPE) && h.tid.load(Relaxed) == me {
            let local = h.ref_local.load(Relaxed);
            // Immortal floats have `tid` 0, so never reach here.
            if local > 1 {
                h.ref_local.store(local - 1, Relaxed);
                core::mem::forget(v);
                return;
            }
            if local == 1 && h.ref_shared.load(crate::sync::Ordering::Acquire) == 0 {
                h.ref_local.store(0, Relaxed);
                let p = h as *const ObjHeader as *mut ObjHeader;
                core::mem::forget(v);
                // SAFETY: an exact float whose last reference (ours, owner
                // count 1, no shared count or state) was just given up:
                // nobody holds or can take a reference (non-owner
                // `try_incref` fails on INIT-with-0), `free_float`'s
                // contract.
                unsafe { free_float(p) };
                return;
            }
        }
    }
    drop(v)
}

/// The `free` slot of `float`: lists the object (type-stable reuse) or,
/// when this thread's list is full, releases it through QSBR.
///
/// # Safety
/// As `PyObject::free`: `h` is an exact float allocated by
/// `PyObject::<PyFloat>::alloc` (or reused by `new_float`) whose count
/// reached zero.
pub unsafe fn free_float(h: *mut ObjHeader) {
    let listed = FLOATS
        .try_with(|l| {
            let n = l.len.get();
            if n >= FLOAT_CAP {
                return false;
            }
            let obj = h as *mut PyObject<PyFloat>;
            // SAFETY: by contract nobody holds a counted reference; the
            // header stays a valid float header; the payload becomes the
            // list link (readers never read a payload without a reference).
            unsafe {
                (*h).gc.store(gc_bits::FREED, Relaxed);
                // Debug builds: `tid` and `ref_local` of a listed float are
                // poisoned (stale readers never read them: a poisoned tid
                // sends `try_incref` down the non-owner path, which fails on
                // the unchanged INIT/MERGED shared state); `new_float`
                // rewrites every header word on reuse.
                #[cfg(debug_assertions)]
                ObjHeader::poison(h, false);
                (*obj).payload.0 = f64::from_bits(l.head.get() as u64);
            }
            l.head.set(h as usize);
            l.len.set(n + 1);
            true
        })
        .unwrap_or(false);
    if !listed {
        // SAFETY: forwarded contract.
        unsafe { PyObject::<PyFloat>::free(h) }
    }
}

#[cfg(all(test, debug_assertions))]
mod tests {
    use crate::object::handle::Value;
    use crate::object::header::ObjHeader;

    /// A float put on the free list has a poisoned header: touching it
    /// through a stale pointer is caught in debug builds.
    #[test]
    #[should_panic(expected = "incref of a freed object")]
    fn incref_of_a_listed_float_is_caught() {
        let v = Value::from_f64(2.5);
        let h: *const ObjHeader = v.header().expect("heap float");
        drop(v); // the last reference: the float goes on this thread's list
        // SAFETY: the memory stays allocated (type-stable free list); this
        // is the use after free the poisoned header must catch.
        unsafe { (*h).incref() };
    }

    #[test]
    fn a_listed_float_fails_try_incref_and_is_reused_clean() {
        let v = Value::from_f64(3.5);
        let h: *const ObjHeader = v.header().expect("heap float");
        drop(v);
        // SAFETY: as above; try_incref is the legitimate stale read.
        assert!(!unsafe { (*h).try_incref() });
        let w = Value::from_f64(4.5);
        if w.header().map(|x| x as *const ObjHeader) == Some(h) {
            // SAFETY: `w` holds a reference to the reused object.
            assert_eq!(unsafe { (*h).refcount() }, 1);
        }
        drop(w);
    }
}
