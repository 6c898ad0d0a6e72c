//! Design: DESIGN.md#values
//!
//! | handle            | what it is                                        |
//! |-------------------|---------------------------------------------------|
//! | `Value`           | an owned reference: one machine word. `Clone` increfs, `Drop` decrefs. |
//! | `&Value`          | a borrowed reference (valid while the lender keeps its own). |
//! | `PyObject<T>`     | the heap layout: `ObjHeader` then the payload `T`. |
//! | raw `usize` word  | what atomic slots (list items, dict values) store; convert with `from_raw_steal` / `from_raw_new_ref` / `into_raw`. |
//!
//! A `Value` word is tagged:
//!
//! ```text
//!   ...xxxxxxx1   small int: the word is (i << 1) | 1, i in [-2^62, 2^62)
//!   ...xxxxx000   pointer to an ObjHeader (8-byte aligned, never null)
//! ```

use core::marker::PhantomData;
use core::num::NonZeroUsize;
use core::ptr::NonNull;

use crate::object::header::ObjHeader;
use crate::object::typeobj::PyType;

pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;
const INT_TAG: usize = 1;

/// An owned reference to a Python value, one word wide.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

#[cfg(not(weft_loom))]
const _: () = {
    assert!(core::mem::size_of::<Value>() == core::mem::size_of::<usize>());
    assert!(core::mem::size_of::<Option<Value>>() == core::mem::size_of::<usize>());
};

// SAFETY: a Value is a counted reference; the count protocol is thread-safe
// (refcount.rs) and every payload type is Sync (enforced by `PyPayload:
// Send + Sync`), so references may move and be shared between threads.
unsafe impl Send for Value {}
// SAFETY: as above.
unsafe impl Sync for Value {}

/// A payload type: the Rust data after the header of one builtin type.
pub trait PyPayload: Sized + Send + Sync + 'static {
    /// The exact type of objects carrying this payload.
    fn class() -> &'static PyType;
}

/// Heap layout of an object with payload `T`.
#[repr(C)]
pub struct PyObject<T> {
    pub head: ObjHeader,
    pub payload: T,
}

impl<T: Send + Sync + 'static> PyObject<T> {
    /// Allocates an object owned by the calling thread with refcount 1.
    #[inline]
    pub fn alloc(ty: &PyType, payload: T) -> Value {
        if ty.is_heap() {
            // The instance's reference to its class (a class of a
            // subinterpreter is freed after its last instance; main's
            // classes are immortal and the incref is a no-op). Given back
            // by `refcount::free_now` after the payload is dropped.
            core::mem::forget(ty.to_value());
        }
        let b = Box::new(PyObject { head: ObjHeader::new_owned(ty), payload });
        let p = Box::into_raw(b) as usize;
        // SAFETY: Box pointers are non-null and 8-aligned (the header is).
        Value(unsafe { NonZeroUsize::new_unchecked(p) })
    }

    /// The `free` slot for types whose instances carry payload `T`: drops
    /// the payload now and releases the memory through QSBR.
    ///
    /// # Safety
    /// `h` was allocated by `PyObject::<T>::alloc` and its count is zero
    /// (called only from `refcount::dealloc`).
    pub unsafe fn free(h: *mut ObjHeader) {
        let p = h as *mut PyObject<T>;
        // SAFETY: by contract `p` is a live PyObject<T> nobody references; we
        // drop the payload exactly once, here.
        unsafe { core::ptr::drop_in_place(&mut (*p).payload) };
        // SAFETY: `h` is the header of the same allocation; nothing touches
        // the payload any more.
        unsafe { (*h).gc.store(crate::object::header::gc_bits::FREED, crate::sync::Ordering::Relaxed) };
        crate::gc::qsbr::free_object_later(h as *mut u8, Self::release_memory);
    }

    /// # Safety
    /// `p` came from `alloc` for this `T`, its payload was dropped, and no
    /// thread can still read it (grace period over or single thread).
    unsafe fn release_memory(p: *mut u8) {
        let p = p as *mut PyObject<core::mem::ManuallyDrop<T>>;
        // SAFETY: same allocation and layout as `alloc` (ManuallyDrop<T> has
        // T's layout); the payload is not dropped a second time.
        drop(unsafe { Box::from_raw(p) });
    }
}

impl Value {
    // ---- small ints ----------------------------------------------------

    /// A tagged small int, if `i` fits.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            // SAFETY: bit 0 is set, so the word is non-zero.
            Some(Value(unsafe { NonZeroUsize::new_unchecked(((i as usize) << 1) | INT_TAG) }))
        } else {
            None
        }
    }

    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & INT_TAG != 0
    }

    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    // ---- heap objects ----------------------------------------------------

    /// The header, for heap objects.
    #[inline]
    pub fn header(&self) -> Option<&ObjHeader> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: untagged words are pointers to live headers for as long
            // as this reference exists (we hold a count).
            Some(unsafe { &*(self.0.get() as *const ObjHeader) })
        }
    }

    /// The object's type (`int` for small ints).
    #[inline]
    pub fn ty(&self) -> &PyType {
        match self.header() {
            Some(h) => h.ty(),
            None => small_int_type(),
        }
    }

    #[inline]
    pub fn is_type(&self, ty: &PyType) -> bool {
        core::ptr::eq(self.ty(), ty)
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// A value for an immortal static object (no count taken).
    #[inline]
    pub fn from_static<T>(obj: &'static PyObject<T>) -> Value {
        debug_assert!(obj.head.is_immortal());
        let p = obj as *const PyObject<T> as usize;
        // SAFETY: references are non-null.
        Value(unsafe { NonZeroUsize::new_unchecked(p) })
    }

    /// Exact-type downcast of the payload.
    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        let h = self.header()?;
        if core::ptr::eq(h.ty_ptr(), T::class()) {
            // SAFETY: objects of type `T::class()` are allocated as
            // PyObject<T> (each builtin type has exactly one payload type).
            Some(unsafe { &(*(h as *const ObjHeader as *const PyObject<T>)).payload })
        } else {
            None
        }
    }

    /// Downcast that accepts subtypes whose instances share `T`'s layout.
    #[inline]
    pub fn downcast_sub<T: PyPayload>(&self) -> Option<&T> {
        let h = self.header()?;
        if h.ty().is_subtype(T::class()) {
            // SAFETY: subtypes of a builtin keep its payload first in the
            // layout (DESIGN.md#types), so the cast is valid.
            Some(unsafe { &(*(h as *const ObjHeader as *const PyObject<T>)).payload })
        } else {
            None
        }
    }

    /// Payload access without a type check.
    ///
    /// # Safety
    /// The object must have been allocated as `PyObject<T>`.
    #[inline]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        debug_assert!(!self.is_small_int());
        // SAFETY: caller guarantees the layout.
        unsafe { &(*(self.0.get() as *const PyObject<T>)).payload }
    }

    // ---- raw words (for atomic slots) -------------------------------------

    #[inline]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Gives up the handle without decrementing: the word now carries the
    /// reference.
    #[inline]
    pub fn into_raw(self) -> usize {
        let w = self.0.get();
        core::mem::forget(self);
        w
    }

    /// Takes over the reference a raw word carries.
    ///
    /// # Safety
    /// `w` is a non-zero word produced by `into_raw` whose reference has not
    /// been taken back yet.
    #[inline]
    pub unsafe fn from_raw_steal(w: usize) -> Value {
        debug_assert!(w != 0);
        // SAFETY: non-zero by contract.
        Value(unsafe { NonZeroUsize::new_unchecked(w) })
    }

    /// A new reference to the value a raw word denotes.
    ///
    /// # Safety
    /// `w` denotes a live value for the duration of the call (someone holds a
    /// reference that cannot be dropped concurrently).
    #[inline]
    pub unsafe fn from_raw_new_ref(w: usize) -> Value {
        // SAFETY: forwarded contract.
        let v = unsafe { Value::from_raw_steal(w) };
        if let Some(h) = v.header() {
            h.incref();
        }
        v
    }

    /// Borrows the value a raw word denotes without counting.
    ///
    /// # Safety
    /// `w` denotes a live value for all of `'a`.
    #[inline]
    pub unsafe fn borrow_raw<'a>(w: &'a usize) -> &'a Value {
        debug_assert!(*w != 0);
        // SAFETY: Value is repr(transparent) over a non-zero usize and `*w`
        // is non-zero and live by contract.
        unsafe { &*(w as *const usize as *const Value) }
    }

    /// Pointer to the header (null for small ints).
    #[inline]
    pub fn as_ptr(&self) -> *const ObjHeader {
        if self.is_small_int() {
            core::ptr::null()
        } else {
            self.0.get() as *const ObjHeader
        }
    }

    /// A borrowed view of the object a header belongs to.
    #[inline]
    pub fn from_header_borrowed(h: &ObjHeader) -> Borrowed<'_> {
        let p = h as *const ObjHeader as usize;
        // SAFETY: references are non-null; the header outlives the borrow.
        Borrowed(unsafe { NonZeroUsize::new_unchecked(p) }, PhantomData)
    }

    /// The type object this value is, if it is one.
    #[inline]
    pub fn as_type(&self) -> Option<&PyType> {
        let h = self.header()?;
        #[cfg(not(weft_loom))]
        let is_type = h.ty().is_subtype(&crate::object::singletons::TYPE_TYPE);
        #[cfg(weft_loom)]
        let is_type = false;
        if is_type {
            // SAFETY: instances of `type` (and subtypes) are PyType structs,
            // whose first field is the header (repr(C)).
            Some(unsafe { &*(h as *const ObjHeader as *const PyType) })
        } else {
            None
        }
    }

    /// Borrowed view for APIs that want a non-owning, lifetime-bound handle.
    #[inline]
    pub fn borrow(&self) -> Borrowed<'_> {
        Borrowed(self.0, PhantomData)
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if let Some(h) = self.header() {
            // SAFETY: this handle owns one reference and is going away.
            unsafe { h.decref() }
        }
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        #[cfg(not(weft_loom))]
        {
            match crate::object::ops::repr_string(self) {
                Ok(s) => f.write_str(&s),
                Err(_) => write!(f, "<{} object at {:#x}>", self.ty().name, self.raw()),
            }
        }
        #[cfg(weft_loom)]
        {
            write!(f, "Value({:#x})", self.raw())
        }
    }
}

/// A borrowed reference with an explicit lifetime; does not count.
#[derive(Clone, Copy)]
pub struct Borrowed<'a>(NonZeroUsize, PhantomData<&'a Value>);

impl<'a> Borrowed<'a> {
    /// A new owned reference.
    pub fn to_owned(self) -> Value {
        // SAFETY: the lender keeps the value alive for 'a.
        unsafe { Value::from_raw_new_ref(self.0.get()) }
    }
    pub fn as_value(&self) -> &Value {
        // SAFETY: Value is repr(transparent) over NonZeroUsize.
        unsafe { &*(&self.0 as *const NonZeroUsize as *const Value) }
    }
}

/// Non-null header pointer, for queues of objects.
pub type ObjPtr = NonNull<ObjHeader>;

#[cfg(not(weft_loom))]
#[inline]
fn small_int_type() -> &'static PyType {
    &crate::object::int::INT_TYPE
}

#[cfg(weft_loom)]
fn small_int_type() -> &'static PyType {
    panic!("no builtin types under loom")
}
