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
    /// 0: `FLOAT_DRAIN` not registered yet; 1: registered (the list takes
    /// floats); 2: the thread is exiting, its list drained (frees go to
    /// QSBR). The list itself has no destructor, so reaching it is a plain
    /// TLS address (`floats()`): no lazy-registration state test and no
    /// out-of-line `LocalKey` call on every pop and push.
    state: Cell<u8>,
}

impl FreeList {
    /// Hands every listed float to QSBR.
    fn drain(&self) {
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

/// Registered (touched) by the first float this thread lists: drains the
/// list when the thread exits.
struct FloatDrain;

impl Drop for FloatDrain {
    fn drop(&mut self) {
        let l = floats();
        l.state.set(2);
        l.drain();
    }
}

crate::sync::thread_local! {
    static FLOATS: FreeList = const { FreeList { head: Cell::new(0), len: Cell::new(0), state: Cell::new(0) } };
    static FLOAT_DRAIN: FloatDrain = const { FloatDrain };
}

/// This thread's float list.
#[inline(always)]
fn floats() -> &'static FreeList {
    let p: *const FreeList = FLOATS.with(|l| l as *const FreeList);
    // SAFETY: `FLOATS` has a const initialiser and no destructor, so its
    // storage is valid for the whole life of this thread; `FreeList` is
    // not `Sync` (Cells), so the reference cannot reach another thread
    // and is never used after this thread ends.
    unsafe { &*p }
}

/// The first float this thread lists: registers `FLOAT_DRAIN`. `false`:
/// the thread is exiting (its thread-locals are being destroyed), so the
/// float is not listed.
#[cold]
#[inline(never)]
fn register_float_drain(l: &FreeList) -> bool {
    if l.state.get() == 2 {
        return false;
    }
    if FLOAT_DRAIN.try_with(|_| ()).is_ok() {
        l.state.set(1);
        true
    } else {
        l.state.set(2);
        false
    }
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
    new_float_outlined(x, crate::vm::thread::current_tid())
}

#[inline(never)]
fn new_float_outlined(x: f64, me: usize) -> Value {
    new_float_by(x, me)
}

/// A float of a new allocation (the list is empty).
#[cold]
#[inline(never)]
fn alloc_float(x: f64) -> Value {
    PyObject::alloc(&FLOAT_TYPE, PyFloat(x))
}

/// `new_float` for a caller that has already read its thread id `me`
/// (`current_tid()`; BINARY_OP's float path reads it once per operation).
/// Inlined there: the list pop is a few instructions, a call and its
/// register saves cost as much.
#[inline(always)]
pub fn new_float_by(x: f64, me: usize) -> Value {
    let l = floats();
    let p = l.head.get();
    if p == 0 {
        return alloc_float(x);
    }
    // SAFETY: `p` is a listed float (see `free_float`): its payload holds
    // the next address and only this thread touches a listed payload.
    let next = unsafe { (*(p as *const PyObject<PyFloat>)).payload.0.to_bits() as usize };
    l.head.set(next);
    l.len.set(l.len.get() - 1);
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
    reuse_owned(v, x, me, 1)
}

/// `reuse_unique` for a float the caller holds `refs` references to (all
/// of them, nobody else any): the local count must be exactly `refs`.
/// BINARY_OP + STORE_FAST uses it when the target local's float is also
/// an operand (`x = x + y`: the local's reference and the operand's).
#[inline]
pub fn reuse_owned(v: &Value, x: f64, me: usize, refs: u32) -> bool {
    let Some(h) = v.header() else { return false };
    if h.ref_local.load(Relaxed) != refs
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
                unsafe { free_float_inline(p) };
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
    // SAFETY: forwarded contract.
    unsafe { free_float_inline(h) }
}

/// `free_float`, inlined into `drop_by` (BINARY_OP's float path,
/// STORE_SUBSCR).
///
/// # Safety
/// As `free_float`.
#[inline(always)]
unsafe fn free_float_inline(h: *mut ObjHeader) {
    let l = floats();
    let n = l.len.get();
    if n >= FLOAT_CAP || (l.state.get() != 1 && !register_float_drain(l)) {
        // SAFETY: forwarded contract.
        return unsafe { release_float_now(h) };
    }
    let obj = h as *mut PyObject<PyFloat>;
    // SAFETY: by contract nobody holds a counted reference; the header
    // stays a valid float header; the payload becomes the list link
    // (readers never read a payload without a reference).
    unsafe {
        (*h).gc.store(gc_bits::FREED, Relaxed);
        // Debug builds: `tid` and `ref_local` of a listed float are
        // poisoned (stale readers never read them: a poisoned tid sends
        // `try_incref` down the non-owner path, which fails on the
        // unchanged INIT/MERGED shared state); `new_float` rewrites every
        // header word on reuse.
        #[cfg(debug_assertions)]
        ObjHeader::poison(h, false);
        (*obj).payload.0 = f64::from_bits(l.head.get() as u64);
    }
    l.head.set(h as usize);
    l.len.set(n + 1);
}

/// A float the list does not take (full, or the thread is exiting):
/// released as `PyObject::free` does.
///
/// # Safety
/// As `free_float`.
#[cold]
#[inline(never)]
unsafe fn release_float_now(h: *mut ObjHeader) {
    // SAFETY: forwarded contract.
    unsafe { PyObject::<PyFloat>::free(h) }
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

// ---- tuples ------------------------------------------------------------------

use crate::object::tuple::{PyTuple, TUPLE_TYPE};

/// Tuple lengths with a free list (1..=TUPLE_SIZES; CPython keeps 1..=20).
const TUPLE_SIZES: usize = 8;
/// Tuples kept per length and thread.
const TUPLE_CAP: usize = 64;

/// Per-thread stacks of freed exact tuples, one per length. A listed tuple
/// keeps its items buffer (length n, every slot the small int 0, which
/// holds no count), so reuse writes n words: no malloc, no free, no QSBR
/// retire for either allocation.
struct TupleLists {
    len: [Cell<u8>; TUPLE_SIZES],
    slots: [[Cell<usize>; TUPLE_CAP]; TUPLE_SIZES],
}

impl Drop for TupleLists {
    fn drop(&mut self) {
        for (k, n) in self.len.iter().enumerate() {
            for s in &self.slots[k][..n.replace(0) as usize] {
                crate::gc::qsbr::free_later(s.get() as *mut u8, release_tuple);
            }
        }
    }
}

crate::sync::thread_local! {
    static TUPLES: TupleLists = const {
        TupleLists {
            len: [const { Cell::new(0) }; TUPLE_SIZES],
            slots: [const { [const { Cell::new(0) }; TUPLE_CAP] }; TUPLE_SIZES],
        }
    };
}

/// # Safety
/// `p` is a listed or freed tuple's allocation (`PyObject::<PyTuple>::alloc`)
/// whose items were replaced by small ints, and its grace period has passed.
unsafe fn release_tuple(p: *mut u8) {
    // SAFETY: same allocation and layout as `PyObject::alloc` made; the
    // items are small ints (no counts), so dropping the payload only
    // releases the items buffer.
    drop(unsafe { Box::from_raw(p as *mut PyObject<PyTuple>) });
}

/// The filler of a listed tuple's slots: a tagged int, no count, no drop.
#[inline(always)]
fn filler() -> Value {
    Value::small_int(0).expect("0 is a small int")
}

/// A listed tuple of length `n` with its header reset to a new object of
/// thread `me` (count 1), or `None`.
#[inline]
fn take_tuple(n: usize, me: usize) -> Option<*mut PyObject<PyTuple>> {
    if !(1..=TUPLE_SIZES).contains(&n) {
        return None;
    }
    let p = TUPLES
        .try_with(|l| {
            let k = l.len[n - 1].get();
            if k == 0 {
                return 0;
            }
            l.len[n - 1].set(k - 1);
            l.slots[n - 1][k as usize - 1].get()
        })
        .unwrap_or(0);
    if p == 0 {
        return None;
    }
    let obj = p as *mut PyObject<PyTuple>;
    // SAFETY: a listed object is an exact tuple nobody holds a counted
    // reference to; stale readers only read its header (atomics) and fail
    // to try_incref it until it is live again (as for floats, above). The
    // header is reset field by field with atomic stores.
    unsafe {
        let h = &(*obj).head;
        h.tid.store(me, Relaxed);
        h.flags.store(0, Relaxed);
        h.gc.store(0, Relaxed);
        h.ref_shared.store(0, Relaxed);
        h.ref_local.store(1, Relaxed);
    }
    Some(obj)
}

/// Fills the reused tuple `obj` (from `take_tuple`) with the values
/// `next` yields, first item first, and publishes it as a `Value`.
#[inline(always)]
fn fill_tuple(obj: *mut PyObject<PyTuple>, mut next: impl FnMut() -> Value) -> Value {
    // SAFETY: `take_tuple` gave us the object's only reference and nobody
    // reads a payload without one, so this is the only access to the items
    // buffer; the fillers it overwrites hold no counts (forgetting them
    // leaks nothing).
    unsafe {
        let items: &mut [Value] = &mut (*obj).payload.items;
        for slot in items.iter_mut() {
            core::mem::forget(core::mem::replace(slot, next()));
        }
        Value::from_raw_steal(obj as usize)
    }
}

/// `fill_tuple` filling the last item first.
#[inline(always)]
fn fill_tuple_rev(obj: *mut PyObject<PyTuple>, mut next: impl FnMut() -> Value) -> Value {
    // SAFETY: as `fill_tuple`.
    unsafe {
        let items: &mut [Value] = &mut (*obj).payload.items;
        for slot in items.iter_mut().rev() {
            core::mem::forget(core::mem::replace(slot, next()));
        }
        Value::from_raw_steal(obj as usize)
    }
}

/// BUILD_TUPLE: a new exact tuple of the top `n` values of `stack`,
/// popped into it (a reused tuple from this thread's list when there is
/// one). The slots must hold values (the compiler guarantees it).
#[inline]
pub fn new_tuple_pop(stack: &mut Vec<Option<Value>>, n: usize) -> Value {
    let me = crate::vm::thread::current_tid();
    let mut pop = || match stack.pop() {
        Some(Some(v)) => v,
        _ => panic!("weft: NULL on the value stack where a value was expected (compiler/VM bug)"),
    };
    match take_tuple(n, me) {
        // Filled last item first: the top of the stack is the last item.
        Some(obj) => fill_tuple_rev(obj, pop),
        None => {
            let mut items: Vec<Value> = (0..n).map(|_| pop()).collect();
            items.reverse();
            PyObject::alloc(&TUPLE_TYPE, PyTuple { items: items.into_boxed_slice() })
        }
    }
}

/// `tuple::new_tuple`: a new exact tuple of `items`, reusing a listed
/// tuple of that length when this thread has one (the Vec's buffer is then
/// freed instead of becoming the tuple's).
#[inline]
pub fn new_tuple_vec(items: Vec<Value>) -> Value {
    let me = crate::vm::thread::current_tid();
    match take_tuple(items.len(), me) {
        Some(obj) => {
            let mut it = items.into_iter();
            fill_tuple(obj, || it.next().expect("length checked"))
        }
        None => PyObject::alloc(&TUPLE_TYPE, PyTuple { items: items.into_boxed_slice() }),
    }
}

/// A new exact tuple of `n` values `next` yields (first item first),
/// built straight into a listed tuple of that length when this thread has
/// one (no buffer allocated at all), else into a new one. Used by the
/// cross-interpreter queue's `get` (DESIGN.md#channels-and-queues).
#[inline]
pub fn new_tuple_with(n: usize, mut next: impl FnMut() -> Value) -> Value {
    let me = crate::vm::thread::current_tid();
    match take_tuple(n, me) {
        Some(obj) => fill_tuple(obj, next),
        None => {
            let items: Vec<Value> = (0..n).map(|_| next()).collect();
            PyObject::alloc(&TUPLE_TYPE, PyTuple { items: items.into_boxed_slice() })
        }
    }
}

/// The `free` slot of `tuple`: drops the items now; an exact tuple of
/// length 1..=TUPLE_SIZES then goes on this thread's list (its items
/// buffer kept, filled with small ints), anything else (or a full list)
/// is released through QSBR as `PyObject::free` does.
///
/// # Safety
/// As `PyObject::free`: `h` was allocated as `PyObject<PyTuple>` and its
/// count reached zero.
pub unsafe fn free_tuple(h: *mut ObjHeader) {
    let obj = h as *mut PyObject<PyTuple>;
    // SAFETY: by contract a tuple payload nobody references; `ty` is never
    // written after allocation.
    let (n, exact) = unsafe { ((&(*obj).payload.items).len(), core::ptr::eq((*h).ty, &TUPLE_TYPE)) };
    if !exact || !(1..=TUPLE_SIZES).contains(&n) {
        // SAFETY: forwarded contract.
        return unsafe { PyObject::<PyTuple>::free(h) };
    }
    let me = crate::vm::thread::current_tid();
    for i in 0..n {
        // SAFETY: nobody else reads or writes the items of an object whose
        // count reached zero; the slot pointer is re-derived each round
        // because dropping an item may run arbitrary code (it cannot reach
        // this tuple, which nobody references).
        let old = unsafe { core::ptr::replace((&mut (*obj).payload.items).as_mut_ptr().add(i), filler()) };
        drop_by(old, me);
    }
    let listed = TUPLES
        .try_with(|l| {
            let k = l.len[n - 1].get();
            if k as usize >= TUPLE_CAP {
                return false;
            }
            // SAFETY: as `free_float`: the header stays a valid tuple
            // header for stale readers, which only try_incref it.
            unsafe {
                (*h).gc.store(gc_bits::FREED, Relaxed);
                #[cfg(debug_assertions)]
                ObjHeader::poison(h, false);
            }
            l.slots[n - 1][k as usize].set(h as usize);
            l.len[n - 1].set(k + 1);
            true
        })
        .unwrap_or(false);
    if !listed {
        // SAFETY: as `PyObject::free` (the payload, now small ints, is
        // dropped with the memory by `release_tuple`).
        unsafe { (*h).gc.store(gc_bits::FREED, Relaxed) };
        crate::gc::qsbr::free_object_later(h as *mut u8, release_tuple);
    }
}

// ---- str and bytes shells ----------------------------------------------------

use crate::object::bytes::{PyBytes, BYTES_TYPE};
use crate::object::str::{PyStr, STR_TYPE};

/// Shells (header + payload memory) kept per thread and type.
const SHELL_CAP: u32 = 128;

/// A per-thread intrusive list of freed exact `str` or `bytes` objects
/// whose payload was dropped (its buffer freed at once, as
/// `PyObject::free` does); the first payload word holds the link. Reuse
/// writes a new payload into the same memory: the header stays a valid
/// header of that type for stale readers, the argument of the float list
/// (DESIGN.md#reclamation), and the object skips a malloc, a free and a
/// QSBR retire.
struct Shells {
    head: Cell<usize>,
    len: Cell<u32>,
    release: unsafe fn(*mut u8),
}

impl Drop for Shells {
    fn drop(&mut self) {
        let mut p = self.head.replace(0);
        while p != 0 {
            // SAFETY: listed shells are ours; the first payload word holds
            // the next address (see `free_shell`).
            let next = unsafe { *(payload_word(p)) };
            crate::gc::qsbr::free_later(p as *mut u8, self.release);
            p = next;
        }
        self.len.set(0);
    }
}

crate::sync::thread_local! {
    static STRS: Shells = const { Shells { head: Cell::new(0), len: Cell::new(0), release: release_shell::<PyStr> } };
    static BYTESES: Shells = const { Shells { head: Cell::new(0), len: Cell::new(0), release: release_shell::<PyBytes> } };
}

/// The first payload word of the shell at `p` (a `PyObject<T>` of the
/// list's type; every such `T` is at least a word and word-aligned).
#[inline(always)]
fn payload_word(p: usize) -> *mut usize {
    (p + core::mem::offset_of!(PyObject<PyStr>, payload)) as *mut usize
}

/// # Safety
/// `p` is a shell of `PyObject::<T>::alloc` whose payload was dropped and
/// whose grace period has passed.
unsafe fn release_shell<T>(p: *mut u8) {
    // SAFETY: same allocation and layout as `PyObject::alloc` made
    // (ManuallyDrop<T> has T's layout); the payload is not dropped again.
    drop(unsafe { Box::from_raw(p as *mut PyObject<core::mem::ManuallyDrop<T>>) });
}

/// A new exact object of `ty` with `payload`, in a listed shell when this
/// thread has one.
#[inline(always)]
fn alloc_shell<T: crate::object::handle::PyPayload>(
    list: &'static std::thread::LocalKey<Shells>,
    ty: &'static crate::object::typeobj::PyType,
    payload: T,
) -> Value {
    debug_assert_eq!(
        core::mem::offset_of!(PyObject<T>, payload),
        core::mem::offset_of!(PyObject<PyStr>, payload)
    );
    let p = list
        .try_with(|l| {
            let p = l.head.get();
            if p != 0 {
                // SAFETY: a listed shell's first payload word is the link;
                // only this thread touches a listed payload.
                l.head.set(unsafe { *payload_word(p) });
                l.len.set(l.len.get() - 1);
            }
            p
        })
        .unwrap_or(0);
    if p == 0 {
        return PyObject::alloc(ty, payload);
    }
    let obj = p as *mut PyObject<T>;
    // SAFETY: a listed shell is an object of `ty` nobody holds a counted
    // reference to, its payload dropped; stale readers only read its header
    // (atomics) and fail to try_incref it until it is live again. The
    // header is reset with atomic stores; the payload is written in place
    // (`ptr::write`: the old one is already dropped).
    unsafe {
        let h = &(*obj).head;
        h.tid.store(crate::vm::thread::current_tid(), Relaxed);
        h.flags.store(0, Relaxed);
        h.gc.store(0, Relaxed);
        h.ref_shared.store(0, Relaxed);
        h.ref_local.store(1, Relaxed);
        core::ptr::write(core::ptr::addr_of_mut!((*obj).payload), payload);
        Value::from_raw_steal(p)
    }
}

/// # Safety
/// As `PyObject::free` for `PyObject<T>`.
#[inline(always)]
unsafe fn free_shell<T: Send + Sync + 'static>(list: &'static std::thread::LocalKey<Shells>, ty: &'static crate::object::typeobj::PyType, h: *mut ObjHeader) {
    // SAFETY: `ty` is never written after allocation.
    if !core::ptr::eq(unsafe { (*h).ty }, ty) {
        // SAFETY: forwarded contract.
        return unsafe { PyObject::<T>::free(h) };
    }
    let p = h as *mut PyObject<T>;
    // SAFETY: by contract a live payload nobody references, dropped once.
    unsafe { core::ptr::drop_in_place(core::ptr::addr_of_mut!((*p).payload)) };
    let listed = list
        .try_with(|l| {
            let n = l.len.get();
            if n >= SHELL_CAP {
                return false;
            }
            // SAFETY: as `free_float`; the dropped payload's first word
            // becomes the link (nobody reads a payload without a reference).
            unsafe {
                (*h).gc.store(gc_bits::FREED, Relaxed);
                #[cfg(debug_assertions)]
                ObjHeader::poison(h, false);
                *payload_word(h as usize) = l.head.get();
            }
            l.head.set(h as usize);
            l.len.set(n + 1);
            true
        })
        .unwrap_or(false);
    if !listed {
        // SAFETY: as `PyObject::free` after its payload drop.
        unsafe { (*h).gc.store(gc_bits::FREED, Relaxed) };
        crate::gc::qsbr::free_object_later(h as *mut u8, release_shell::<T>);
    }
}

/// A new exact str (`str::alloc`).
#[inline]
pub fn alloc_str(payload: PyStr) -> Value {
    alloc_shell(&STRS, &STR_TYPE, payload)
}

/// A new exact bytes object (`bytes::from_vec`).
#[inline]
pub fn alloc_bytes(payload: PyBytes) -> Value {
    alloc_shell(&BYTESES, &BYTES_TYPE, payload)
}

/// The `free` slot of `str`.
///
/// # Safety
/// As `PyObject::free`.
pub unsafe fn free_str(h: *mut ObjHeader) {
    // SAFETY: forwarded.
    unsafe { free_shell::<PyStr>(&STRS, &STR_TYPE, h) }
}

/// The `free` slot of `bytes`.
///
/// # Safety
/// As `PyObject::free`.
pub unsafe fn free_bytes(h: *mut ObjHeader) {
    // SAFETY: forwarded.
    unsafe { free_shell::<PyBytes>(&BYTESES, &BYTES_TYPE, h) }
}

// ---- iterator shells -----------------------------------------------------------

use crate::object::list::{PyListIter, LIST_ITER_TYPE};
use crate::object::range::{PyRangeIter, RANGE_ITER_TYPE};
use crate::object::tuple::{PyTupleIter, TUPLE_ITER_TYPE};

crate::sync::thread_local! {
    static LIST_ITERS: Shells = const { Shells { head: Cell::new(0), len: Cell::new(0), release: release_shell::<PyListIter> } };
    static RANGE_ITERS: Shells = const { Shells { head: Cell::new(0), len: Cell::new(0), release: release_shell::<PyRangeIter> } };
    static TUPLE_ITERS: Shells = const { Shells { head: Cell::new(0), len: Cell::new(0), release: release_shell::<PyTupleIter> } };
}

/// A new list iterator (`for x in some_list` allocates one per loop).
#[inline]
pub fn alloc_list_iter(payload: PyListIter) -> Value {
    alloc_shell(&LIST_ITERS, &LIST_ITER_TYPE, payload)
}

/// A new range iterator.
#[inline]
pub fn alloc_range_iter(payload: PyRangeIter) -> Value {
    alloc_shell(&RANGE_ITERS, &RANGE_ITER_TYPE, payload)
}

/// A new tuple iterator.
#[inline]
pub fn alloc_tuple_iter(payload: PyTupleIter) -> Value {
    alloc_shell(&TUPLE_ITERS, &TUPLE_ITER_TYPE, payload)
}

/// The `free` slot of `list_iterator`.
///
/// # Safety
/// As `PyObject::free`.
pub unsafe fn free_list_iter(h: *mut ObjHeader) {
    // SAFETY: forwarded.
    unsafe { free_shell::<PyListIter>(&LIST_ITERS, &LIST_ITER_TYPE, h) }
}

/// The `free` slot of `range_iterator`.
///
/// # Safety
/// As `PyObject::free`.
pub unsafe fn free_range_iter(h: *mut ObjHeader) {
    // SAFETY: forwarded.
    unsafe { free_shell::<PyRangeIter>(&RANGE_ITERS, &RANGE_ITER_TYPE, h) }
}

/// The `free` slot of `tuple_iterator`.
///
/// # Safety
/// As `PyObject::free`.
pub unsafe fn free_tuple_iter(h: *mut ObjHeader) {
    // SAFETY: forwarded.
    unsafe { free_shell::<PyTupleIter>(&TUPLE_ITERS, &TUPLE_ITER_TYPE, h) }
}
