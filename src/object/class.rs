//! Design: DESIGN.md#classes
//!
//! Heap types (classes): `type(name, bases, dict)`, `__build_class__`,
//! metaclass selection, C3 MRO, `__slots__`, the instance layout (builtin
//! payload first, then the instance dict and slot values), `type_call`, and
//! the slot functions that dispatch to Python dunder methods.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::attr::{self, name_value, type_dict_core, type_lookup_v, type_lookup_where};
use crate::object::descr::{self, SlotWrapper};
use crate::object::dict;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots, TraverseFn};
use crate::sync::{AtomicU64, Mutex, OnceLock, Ordering};

// ---------------------------------------------------------------------------
// Heap type layout
// ---------------------------------------------------------------------------

/// A class. `ty` comes first so `&HeapType` and `&PyType` share an address.
/// The main interpreter's heap types are immortal (leaked; known cost:
/// classes created in a loop there are never freed). A subinterpreter's
/// are counted: each instance, subclass and metaclass instance holds a
/// reference, and `free_heap_type` frees them (DESIGN.md#interpreters).
#[repr(C)]
pub struct HeapType {
    pub ty: PyType,
    /// The MRO after the class itself.
    pub mro_rest: Vec<&'static PyType>,
    pub bases: Vec<&'static PyType>,
    pub qualname: Mutex<Value>,
    /// The builtin type whose payload instances carry first.
    pub solid: &'static PyType,
    /// Offset of the `Instance` part in an instance (0: instances are types,
    /// i.e. this is a metaclass).
    pub inst_offset: usize,
    /// Slot values per instance (inherited and own `__slots__`).
    pub nslots: usize,
    pub has_dict: bool,
    /// Bumped (to a fresh global value) whenever this class's dict or a
    /// base's changes: thread-local lookup caches compare it.
    pub version: AtomicU64,
    /// Direct subclasses (for version invalidation).
    pub subs: Mutex<Vec<&'static PyType>>,
    /// Set through `type.__abstractmethods__` (abc): instantiation fails
    /// while the set is non-empty.
    pub abstract_: crate::sync::AtomicBool,
    /// `(version << ATTR_SHIFT) | ATTR_*` flags about the attribute hooks
    /// and instantiation, valid while `version` is current (recomputed
    /// after class changes).
    pub attr_flags: AtomicU64,
    /// The largest instance dict size seen (capped at `DICT_HINT_MAX`): new
    /// instance dicts are allocated at that size so filling them in
    /// `__init__` does not resize (a hint only: relaxed, racy max).
    pub dict_hint: crate::sync::AtomicU32,
    /// Instances keep their attributes in inline values (object layout
    /// with an instance dict: DESIGN.md#attributes, Inline values).
    pub inline: bool,
    /// The keys of the inline values, shared by every instance.
    pub keys: SharedKeys,
}

/// Most keys a class's inline values hold (more go to the dict).
pub const MAX_KEYS: usize = 30;

/// A class's shared key list (DESIGN.md#attributes, Inline values):
/// interned (immortal) strs, append-only. A key's word is written before
/// `len` is raised (Release), and never changes, so `word(i) == name`
/// read at any time proves that index `i` is `name`'s for good.
pub struct SharedKeys {
    len: crate::sync::AtomicUsize,
    /// Bit `hash & 63` of every key: a clear bit proves a name absent.
    bloom: AtomicU64,
    words: [crate::sync::AtomicUsize; MAX_KEYS],
    lock: Mutex<()>,
}

impl SharedKeys {
    fn new() -> SharedKeys {
        SharedKeys {
            len: crate::sync::AtomicUsize::new(0),
            bloom: AtomicU64::new(0),
            words: core::array::from_fn(|_| crate::sync::AtomicUsize::new(0)),
            lock: Mutex::new(()),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    /// The key word at `i` (0 if none yet).
    #[inline(always)]
    pub fn word(&self, i: usize) -> usize {
        self.words.get(i).map_or(0, |w| w.load(Ordering::Acquire))
    }

    /// False when no key has `hash`'s bloom bit (so `name` is no key).
    #[inline(always)]
    pub fn maybe_has(&self, hash: i64) -> bool {
        self.bloom.load(Ordering::Acquire) & (1 << (hash as u64 & 63)) != 0
    }

    /// The index of the key `name` (an exact str).
    pub fn find(&self, name: &Value) -> Option<usize> {
        let n = self.len();
        let r = name.raw();
        if let Some(i) = self.words[..n].iter().position(|w| w.load(Ordering::Relaxed) == r) {
            return Some(i);
        }
        if crate::object::str::is_interned(name) {
            return None;
        }
        (0..n).find(|&i| {
            let w = self.words[i].load(Ordering::Relaxed);
            // SAFETY: key words hold immortal interned strs.
            crate::object::str::str_eq(unsafe { Value::borrow_raw(&w) }, name)
        })
    }

    /// `find`, appending `name` when absent and there is room.
    fn find_or_add(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.find(name) {
            return Some(i);
        }
        let _g = self.lock.lock();
        if let Some(i) = self.find(name) {
            return Some(i);
        }
        let n = self.len.load(Ordering::Relaxed);
        if n >= MAX_KEYS {
            return None;
        }
        let k = crate::object::str::intern_value(name);
        let hash = k.downcast::<crate::object::str::PyStr>()?.hash_value();
        self.words[n].store(k.into_raw(), Ordering::Release);
        self.bloom.fetch_or(1 << (hash as u64 & 63), Ordering::Release);
        self.len.store(n + 1, Ordering::Release);
        Some(n)
    }
}

/// Instance dicts larger than this are not pre-sized beyond it.
const DICT_HINT_MAX: u32 = 32;

/// `__getattribute__` is object's.
const ATTR_PLAIN_GET: u64 = 1;
/// `__setattr__` and `__delattr__` are object's.
const ATTR_PLAIN_SET: u64 = 2;
/// A `__getattr__` exists.
const ATTR_HAS_GETATTR: u64 = 4;
/// `__new__` is object's and instances have object's layout (no builtin
/// payload): `type.__call__` may allocate the instance directly.
const ATTR_PLAIN_NEW: u64 = 8;
/// No class on the MRO has a data descriptor other than object's own and
/// the `__dict__`/`__weakref__` getsets, nor any attribute whose type is a
/// heap class (which could gain `__set__` without changing this class's
/// version): an instance attribute is then never overridden by the class,
/// whatever its name (the polymorphic inline paths).
const ATTR_NO_DATA_DESCR: u64 = 16;
/// Bits below the version in `attr_flags`.
const ATTR_SHIFT: u32 = 5;
const ATTR_MASK: u64 = (1 << ATTR_SHIFT) - 1;

/// The attribute-hook flags of a class (cached per version).
#[inline]
fn attr_flags(h: &HeapType) -> u64 {
    let ver = h.version.load(Ordering::Acquire);
    let f = h.attr_flags.load(Ordering::Acquire);
    if f >> ATTR_SHIFT == ver {
        return f & ATTR_MASK;
    }
    attr_flags_slow(h, ver)
}

#[cold]
#[inline(never)]
fn attr_flags_slow(h: &HeapType, ver: u64) -> u64 {
    let ty = &h.ty;
    let is_obj = |n: &Value| matches!(type_lookup_where(ty, n), Some((_, t)) if core::ptr::eq(t, &OBJECT_TYPE));
    let mut flags = 0;
    if is_obj(crate::object::attr::name!("__getattribute__")) {
        flags |= ATTR_PLAIN_GET;
    }
    if is_obj(crate::object::attr::name!("__setattr__")) && is_obj(crate::object::attr::name!("__delattr__")) {
        flags |= ATTR_PLAIN_SET;
    }
    if type_lookup_where(ty, crate::object::attr::name!("__getattr__")).is_some() {
        flags |= ATTR_HAS_GETATTR;
    }
    if is_obj(crate::object::attr::name!("__new__")) && core::ptr::eq(h.solid, &OBJECT_TYPE) && h.inst_offset != 0 {
        flags |= ATTR_PLAIN_NEW;
    }
    if no_data_descr(h) {
        flags |= ATTR_NO_DATA_DESCR;
    }
    // A concurrent class change publishes a newer version; storing flags
    // for the version read above is harmless (they will not match it).
    h.attr_flags.store((ver << ATTR_SHIFT) | flags, Ordering::Release);
    flags
}

/// `ATTR_NO_DATA_DESCR` for `h` (object's layout only).
fn no_data_descr(h: &HeapType) -> bool {
    if !core::ptr::eq(h.solid, &OBJECT_TYPE) {
        return false;
    }
    core::iter::once(&h.ty).chain(h.mro_rest.iter().copied()).all(|t| {
        if core::ptr::eq(t, &OBJECT_TYPE) {
            return true;
        }
        if !t.is_heap() {
            return false;
        }
        type_dict_core(t).items().iter().all(|(k, v)| {
            let vt = v.ty();
            if vt.is_heap() {
                return false;
            }
            !attr::is_data_descr(vt)
                || k.is(crate::object::attr::name!("__dict__"))
                || k.is(crate::object::attr::name!("__weakref__"))
        })
    })
}

/// Is the instance attribute `name` of `h`'s instances never overridden
/// by a class attribute (object's `__getattribute__` and `__setattr__`,
/// `ATTR_NO_DATA_DESCR`, and `name` is not one of the data descriptors
/// the flag leaves out: `__dict__`, `__weakref__`, object's `__class__`)?
#[inline]
pub fn instance_attrs_win(h: &HeapType, name: &Value) -> bool {
    const ALL: u64 = ATTR_PLAIN_GET | ATTR_PLAIN_SET | ATTR_NO_DATA_DESCR;
    attr_flags(h) & ALL == ALL
        && !name.is(crate::object::attr::name!("__dict__"))
        && !name.is(crate::object::attr::name!("__weakref__"))
        && !name.is(crate::object::attr::name!("__class__"))
        && crate::object::str::is_interned(name)
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

/// The lookup-cache version of a type (0 for builtin types: they never
/// change).
#[inline]
pub fn type_version(ty: &PyType) -> u64 {
    match heap(ty) {
        Some(h) => h.version.load(Ordering::Acquire),
        None => 0,
    }
}

/// Invalidates cached lookups through `ty` and its subclasses; call after
/// changing a class dict.
pub fn type_modified(ty: &PyType) {
    let Some(h) = heap(ty) else { return };
    h.version.store(NEXT_VERSION.fetch_add(1, Ordering::Relaxed), Ordering::Release);
    let subs: Vec<&'static PyType> = h.subs.lock().clone();
    for s in subs {
        type_modified(s);
    }
}

/// Extends a type reference to `'static`.
pub fn static_type(ty: &PyType) -> &'static PyType {
    // SAFETY: every type object lives forever: builtin types are statics
    // and heap types are leaked at creation (`HeapType` doc).
    unsafe { &*(ty as *const PyType) }
}

/// The heap-type view of a class.
#[inline]
pub fn heap(ty: &PyType) -> Option<&'static HeapType> {
    if ty.is_heap() {
        // SAFETY: HEAPTYPE is set only on types allocated as `HeapType`
        // (repr(C), `ty` first), which are leaked and so live forever.
        Some(unsafe { &*(ty as *const PyType as *const HeapType) })
    } else {
        None
    }
}

/// The per-instance part of class instances.
pub struct Instance {
    pub dict: OnceLock<Value>,
    pub slots: Mutex<Box<[Option<Value>]>>,
    /// Attribute values by shared-key index until the dict is
    /// materialised (empty for classes without inline values).
    pub values: crate::object::instance_values::InlineValues,
}

/// An instance of a class with builtin payload `T` (`#[repr(C)]`: `T` at
/// the same offset as in `PyObject<T>`, so `downcast_sub::<T>` works).
#[repr(C)]
pub struct Ext<T> {
    pub base: T,
    pub inst: Instance,
}

/// Payload of plain `object()` instances.
pub struct ObjectPayload;
impl PyPayload for ObjectPayload {
    fn class() -> &'static PyType {
        &OBJECT_TYPE
    }
}

/// How instances of classes derived from one builtin type are laid out.
#[derive(Clone, Copy)]
pub struct BaseLayout {
    pub free: unsafe fn(*mut ObjHeader),
    pub inst_offset: usize,
}

pub fn layout_of<T: PyPayload>() -> BaseLayout {
    BaseLayout {
        free: PyObject::<Ext<T>>::free,
        inst_offset: core::mem::offset_of!(PyObject<Ext<T>>, payload) + core::mem::offset_of!(Ext<T>, inst),
    }
}

static LAYOUTS: Mutex<Vec<(usize, BaseLayout)>> = Mutex::new(Vec::new());

/// Makes `ty` subclassable: instances of its subclasses use `layout`
/// (Exceptions owner: `register_base_layout(&EXC, layout_of::<ExcPayload>())`).
pub fn register_base_layout(ty: &'static PyType, layout: BaseLayout) {
    let mut l = LAYOUTS.lock();
    if !l.iter().any(|(p, _)| *p == ty as *const PyType as usize) {
        l.push((ty as *const PyType as usize, layout));
    }
}

fn builtin_layouts() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        use crate::object::*;
        register_base_layout(&OBJECT_TYPE, layout_of::<ObjectPayload>());
        register_base_layout(&int::INT_TYPE, layout_of::<int::PyInt>());
        register_base_layout(&float::FLOAT_TYPE, layout_of::<float::PyFloat>());
        register_base_layout(&complex::COMPLEX_TYPE, layout_of::<complex::PyComplex>());
        register_base_layout(&str::STR_TYPE, layout_of::<str::PyStr>());
        register_base_layout(&bytes::BYTES_TYPE, layout_of::<bytes::PyBytes>());
        register_base_layout(&list::LIST_TYPE, layout_of::<list::PyList>());
        register_base_layout(&tuple::TUPLE_TYPE, layout_of::<tuple::PyTuple>());
        register_base_layout(&dict::DICT_TYPE, layout_of::<dict::PyDict>());
        register_base_layout(&set::SET_TYPE, layout_of::<set::PySet>());
        register_base_layout(&descr::PROPERTY_TYPE, layout_of::<descr::Property>());
        register_base_layout(&descr::CLASSMETHOD_TYPE, layout_of::<descr::FuncWrapper>());
        register_base_layout(&descr::STATICMETHOD_TYPE, layout_of::<descr::StaticMethodPayload>());
    });
}

fn layout_for(solid: &PyType) -> Option<BaseLayout> {
    builtin_layouts();
    let l = LAYOUTS.lock();
    l.iter().find(|(p, _)| *p == solid as *const PyType as usize).map(|(_, b)| *b)
}

/// Allocates an instance of `cls` carrying `payload`: a plain `PyObject<T>`
/// for builtin types, the extended layout for classes derived from `T`'s
/// type. Builtin `new` slots must allocate through this.
pub fn alloc_instance<T: PyPayload>(cls: &PyType, payload: T) -> Value {
    match heap(cls) {
        None => PyObject::alloc(cls, payload),
        Some(h) => {
            assert!(
                // Builtin types sharing one payload (the exception types)
                // share its layout: the solid base must derive from T's type.
                h.inst_offset == layout_of::<T>().inst_offset && h.solid.is_subtype(T::class()),
                "alloc_instance: payload of '{}' does not match class '{}'",
                T::class().name,
                cls.name
            );
            let cap = if h.inline { h.keys.len().max(INLINE_MIN_CAP).min(MAX_KEYS) } else { 0 };
            let inst = Instance {
                dict: OnceLock::new(),
                slots: Mutex::new(vec![None; h.nslots].into_boxed_slice()),
                values: crate::object::instance_values::InlineValues::new(cap),
            };
            PyObject::alloc(cls, Ext { base: payload, inst })
        }
    }
}

/// The instance part of an instance of a class.
pub fn instance(obj: &Value) -> Option<&Instance> {
    let h = heap(obj.ty())?;
    if h.inst_offset == 0 {
        return None;
    }
    let p = obj.as_ptr() as *const u8;
    // SAFETY: instances of a heap type with a non-zero `inst_offset` are
    // allocated by `alloc_instance` as `PyObject<Ext<T>>` with the Instance
    // at that offset (checked by its assert); the borrow of `obj` keeps the
    // object alive.
    Some(unsafe { &*(p.add(h.inst_offset) as *const Instance) })
}

/// `instance` for an object whose class `h` the caller already holds
/// (`h` must be `obj`'s type: the attribute caches pass the heap type
/// their tag check just read from `obj.ty()`).
#[inline(always)]
pub fn instance_of<'a>(h: &HeapType, obj: &'a Value) -> Option<&'a Instance> {
    debug_assert!(core::ptr::eq(&h.ty, obj.ty()));
    if h.inst_offset == 0 || !core::ptr::eq(&h.ty, obj.ty()) {
        return None;
    }
    let p = obj.as_ptr() as *const u8;
    // SAFETY: as in `instance`: `obj`'s class is `h` (checked above), whose
    // instances are `PyObject<Ext<T>>` with the Instance at `inst_offset`.
    Some(unsafe { &*(p.add(h.inst_offset) as *const Instance) })
}

/// Inline values of a class's first instances (before its keys are known).
const INLINE_MIN_CAP: usize = 6;

/// The instance `__dict__` (created on first use, sized for the class's
/// `dict_hint`, holding the inline values moved into it), if the class
/// has one.
pub fn instance_dict(obj: &Value) -> Option<&Value> {
    let h = heap(obj.ty())?;
    if !h.has_dict {
        return None;
    }
    let i = instance(obj)?;
    Some(i.dict.get_or_init(|| materialise(h, i)))
}

/// `instance_dict` for an object whose class `h` (with an instance dict)
/// the caller already holds.
#[inline(always)]
pub fn instance_dict_of<'a>(h: &HeapType, obj: &'a Value) -> Option<&'a Value> {
    let i = instance_of(h, obj)?;
    Some(i.dict.get_or_init(|| materialise(h, i)))
}

/// Builds an instance's dict from its inline values (moving them: the
/// slots say MOVED from now on), in insertion order (= index order).
/// Runs once per instance, inside the `OnceLock` initialisation, so
/// readers that see MOVED wait for the dict.
#[cold]
fn materialise(h: &HeapType, i: &Instance) -> Value {
    let d = dict::new_dict_with_capacity((h.dict_hint.load(Ordering::Relaxed) as usize).max(i.values.cap()));
    if i.values.cap() != 0 {
        let core = dict::core(&d).expect("dict");
        i.values.take_all(|ix, v| {
            let w = h.keys.word(ix);
            // SAFETY: a filled slot's key was published before its value
            // (`store_instance_attr`); key words hold immortal strs.
            let k = unsafe { Value::borrow_raw(&w) }.clone();
            // An exact interned str key: hashing and comparing run no
            // Python code (nothing re-enters this instance).
            let _ = core.set(k, v);
        });
    }
    d
}

/// Is `i` (of class `h`) still keeping its attributes inline?
#[inline(always)]
fn inline_mode(h: &HeapType, i: &Instance) -> bool {
    h.inline && i.dict.get().is_none() && !i.values.is_moved()
}

/// The instance attribute `name` of `obj` (inline value or dict entry),
/// without materialising the dict. `Ok(None)`: absent.
pub fn instance_attr_get(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(h) = heap(obj.ty()) else { return Ok(None) };
    if !h.has_dict {
        return Ok(None);
    }
    let Some(i) = instance_of(h, obj) else { return Ok(None) };
    if h.inline && i.dict.get().is_none() && crate::object::str::is_exact_str(name) {
        use crate::object::instance_values::Read;
        match h.keys.find(name) {
            Some(ix) => match i.values.get(ix) {
                Read::Value(v) => return Ok(Some(v)),
                Read::Absent => return Ok(None),
                Read::Moved => {}
            },
            // Not a key now: absent unless the values moved (a dict may
            // hold keys the shared list does not).
            None if !i.values.is_moved() => return Ok(None),
            None => {}
        }
    }
    // A dict, or one being published by a materialisation (MOVED seen).
    let d = match i.dict.get() {
        Some(d) => d,
        None if h.inline && i.values.is_moved() => instance_dict_of(h, obj).expect("instance dict"),
        None => return Ok(None),
    };
    match dict::core(d) {
        Some(d) => d.get(name),
        None => Ok(None),
    }
}

/// Stores the instance attribute `name` (an exact str; no data descriptor
/// of that name on the class: the caller checked) of `obj` (class `h`,
/// with an instance dict): into its inline value when it has one for the
/// name (a new key is appended to the class's keys), else into the dict
/// (materialised if need be). Returns the store cache hint for the site:
/// `INLINE_HINT | index`, a dict slot hint, or 0.
pub fn store_instance_attr(h: &HeapType, obj: &Value, name: &Value, v: Value) -> PyResult<u32> {
    let Some(i) = instance_of(h, obj) else { return Err(PyErr::system_error("instance layout")) };
    let mut v = v;
    if inline_mode(h, i) && crate::object::str::is_exact_str(name) {
        if let Some(ix) = h.keys.find_or_add(name).filter(|ix| *ix < i.values.cap()) {
            match i.values.store(ix, v) {
                Ok(old) => {
                    drop(old);
                    return Ok(INLINE_HINT | ix as u32);
                }
                Err(back) => v = back,
            }
        }
    }
    let d = instance_dict_of(h, obj).and_then(dict::core).ok_or_else(|| PyErr::system_error("instance dict"))?;
    let key = crate::object::str::intern_value(name);
    let hash = dict::key_hash(&key)?;
    if d.set_hashed(key.clone(), hash, v)?.is_none() {
        note_instance_dict_len(&h.ty, d.len());
    }
    Ok(d.hint_for(&key, hash).filter(|s| *s < INLINE_HINT).unwrap_or(0))
}

/// Marks a store-cache hint as an inline-value index (bit 9 of the
/// STORE_ATTR word's 10 hint bits; dict slot hints stored there stay
/// below it).
pub const INLINE_HINT: u32 = 0x200;

/// `object.__setattr__`/`__delattr__`'s instance part for `obj` (after the
/// data-descriptor check): `None` when `obj` has no instance dict.
pub fn instance_setattr(obj: &Value, name: &Value, value: Option<&Value>) -> Option<PyResult<()>> {
    let h = heap(obj.ty())?;
    if !h.has_dict {
        return None;
    }
    instance_of(h, obj)?;
    Some(match value {
        Some(v) => store_instance_attr(h, obj, name, v.clone()).map(|_| ()),
        None => {
            // Deletion materialises the dict (a hole would break the
            // index order of later insertions).
            let d = instance_dict_of(h, obj).and_then(dict::core)?;
            match d.remove(name) {
                Ok(Some(_)) => Ok(()),
                Ok(None) => Err(attr::no_attribute(obj, name)),
                Err(e) => Err(e),
            }
        }
    })
}

/// Records that an instance dict of `ty` holds `len` items after an
/// insertion (raises the class's `dict_hint`).
#[inline]
pub fn note_instance_dict_len(ty: &PyType, len: usize) {
    if let Some(h) = heap(ty) {
        let len = len.min(DICT_HINT_MAX as usize) as u32;
        if h.dict_hint.load(Ordering::Relaxed) < len {
            h.dict_hint.store(len, Ordering::Relaxed);
        }
    }
}

/// `type.__call__`'s in-place path (DESIGN.md#classes): for a class whose
/// `__new__` is object's (object layout, not abstract), the `__init__`
/// found on its MRO when it is a Python function defined by a class and
/// not a generator or coroutine function. The caller allocates the
/// instance with `new_plain_instance` and pushes `__init__`'s frame.
#[inline]
pub fn plain_init(t: &PyType) -> Option<Value> {
    let h = heap(t)?;
    if attr_flags(h) & ATTR_PLAIN_NEW == 0 || h.abstract_.load(Ordering::Acquire) {
        return None;
    }
    let (f, owner) = type_lookup_where(t, crate::object::attr::name!("__init__"))?;
    if !owner.is_heap() {
        return None;
    }
    use crate::bytecode::code::co_flags;
    let code = f.downcast::<crate::object::func::PyFunction>()?.code.downcast::<crate::bytecode::CodeObject>()?;
    if code.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0 {
        return None;
    }
    Some(f)
}

/// `object.__new__(t)` for a class `plain_init` accepted.
#[inline]
pub fn new_plain_instance(t: &PyType) -> Value {
    alloc_instance(t, ObjectPayload)
}

fn heap_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    let v = b.as_value();
    if let Some(ht) = heap(v.ty()) {
        if let Some(t) = ht.solid.slots.traverse {
            t(h, visit);
        }
    }
    if let Some(i) = instance(v) {
        if let Some(d) = i.dict.get() {
            visit(d);
        }
        i.values.for_each(visit);
        if let Some(s) = i.slots.try_lock() {
            for x in s.iter().flatten() {
                visit(x);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// member descriptors (`__slots__` entries) and `__dict__`
// ---------------------------------------------------------------------------

pub struct MemberDescr {
    pub name: Value,
    pub index: usize,
    pub owner: &'static PyType,
}

pub static MEMBER_DESCR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "member_descriptor",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        descr_get: Some(member_get),
        descr_set: Some(member_set),
        repr: Some(member_repr),
        hash: Some(crate::object::singletons::object_hash),
        ..Slots::EMPTY
    },
    free: PyObject::<MemberDescr>::free,
    methods: &[],
    dict: OnceLock::new(),
};
impl PyPayload for MemberDescr {
    fn class() -> &'static PyType {
        &MEMBER_DESCR_TYPE
    }
}

fn member_check<'a>(m: &MemberDescr, obj: &'a Value) -> PyResult<&'a Instance> {
    if !obj.ty().is_subtype_mro(m.owner) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            to_rust_string(&m.name),
            m.owner.name,
            obj.ty().name
        )));
    }
    instance(obj).ok_or_else(|| PyErr::type_error("member descriptor on an object without slots"))
}

fn member_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let m = d.downcast::<MemberDescr>().expect("member");
    let Some(obj) = obj else { return Ok(d.clone()) };
    let inst = member_check(m, obj)?;
    let v = inst.slots.lock().get(m.index).cloned().flatten();
    v.ok_or_else(|| attr::no_attribute(obj, &m.name))
}

fn member_set(d: &Value, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let m = d.downcast::<MemberDescr>().expect("member");
    let inst = member_check(m, obj)?;
    let old = {
        let mut s = inst.slots.lock();
        match s.get_mut(m.index) {
            Some(slot) => core::mem::replace(slot, v.cloned()),
            None => None,
        }
    };
    // The old value is dropped after the lock is released (its __del__ may
    // run Python code).
    if v.is_none() && old.is_none() {
        return Err(PyErr::attribute_error(to_rust_string(&m.name)));
    }
    drop(old);
    Ok(())
}

fn member_repr(d: &Value) -> PyResult<Value> {
    let m = d.downcast::<MemberDescr>().expect("member");
    Ok(new_str(&format!("<member '{}' of '{}' objects>", to_rust_string(&m.name), m.owner.name)))
}

fn dict_get(obj: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    instance_dict(obj).cloned().ok_or_else(|| attr::no_attribute(obj, crate::object::attr::name!("__dict__")))
}

/// No weak references yet: `__weakref__` is always None.
fn weakref_get(_obj: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::none())
}

fn dict_set(obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(d) = instance_dict(obj) else {
        return Err(attr::no_attribute(obj, crate::object::attr::name!("__dict__")));
    };
    match v {
        None => Err(PyErr::type_error("cannot delete __dict__")),
        Some(nv) => {
            if dict::core(nv).is_none() {
                return Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    nv.ty().name
                )));
            }
            // The dict object stays; its contents are replaced (identity of
            // `obj.__dict__` differs from CPython after assignment).
            if !d.is(nv) {
                dict::dict_clear(d);
                dict::dict_update(d, nv)?;
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// Calling Python dunders
// ---------------------------------------------------------------------------

/// Calls a class attribute `f` as a method of `obj` (binding like
/// CPython's `vectorcall_method`, without a bound-method allocation for
/// functions).
pub fn call_attr(f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
    let ft = f.ty();
    if ft.flags & type_flags::METHOD_DESCRIPTOR != 0 {
        return call_with_self(f, obj, args, None);
    }
    match attr::descr_get_of(ft) {
        Some(g) => {
            let bound = g(f, Some(obj), &obj.ty().to_value())?;
            ops::call(&bound, args, None)
        }
        None => ops::call(f, args, None),
    }
}

/// `f(obj, *args)` (with `kw` names for the last args): small argument
/// lists are built on the stack instead of a `prepend`ed Vec.
fn call_with_self(f: &Value, obj: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    match args {
        [] => ops::call(f, core::slice::from_ref(obj), kw),
        [a] => ops::call(f, &[obj.clone(), a.clone()], kw),
        [a, b] => ops::call(f, &[obj.clone(), a.clone(), b.clone()], kw),
        [a, b, c] => ops::call(f, &[obj.clone(), a.clone(), b.clone(), c.clone()], kw),
        [a, b, c, d] => ops::call(f, &[obj.clone(), a.clone(), b.clone(), c.clone(), d.clone()], kw),
        _ => ops::call(f, &descr::prepend(obj, args), kw),
    }
}

/// The builtin type that provides a dunder (its native slot is called
/// directly: a builtin's method-table entry for a dunder means its slot).
#[derive(Clone, Copy)]
struct Wr {
    owner: &'static PyType,
}

/// The class attribute `name` of `obj`'s type, and the builtin type that
/// defines it when that is not a class.
fn special(obj: &Value, name: &'static str) -> Option<(Value, Option<Wr>)> {
    let (v, t) = type_lookup_where(obj.ty(), &name_value(name))?;
    let w = if t.is_heap() { None } else { Some(Wr { owner: t }) };
    Some((v, w))
}

/// Calls the dunder `name` on `obj`: the builtin slot when a builtin type
/// provides it, else the Python attribute. `Ok(None)` when there is none
/// (or it is None).
fn call_special(obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
    match special(obj, name) {
        Some((f, _)) if f.is_none() => Ok(None),
        Some((f, Some(w))) => match descr::slot_kind_of(name) {
            Some(kind) if descr::slot_present(w.owner, kind) => {
                let sw = SlotWrapper { name, kind, owner: w.owner };
                descr::call_slot(&sw, obj, args, None).map(Some)
            }
            _ => call_attr(&f, obj, args).map(Some),
        },
        Some((f, None)) => call_attr(&f, obj, args).map(Some),
        None => Ok(None),
    }
}

fn slot_repr(v: &Value) -> PyResult<Value> {
    let r = match special(v, "__repr__") {
        Some((f, Some(w))) => match w.owner.slots.repr {
            Some(r) => r(v)?,
            None => call_attr(&f, v, &[])?,
        },
        Some((f, None)) => call_attr(&f, v, &[])?,
        None => crate::object::singletons::object_repr(v)?,
    };
    if !crate::object::str::is_str(&r) {
        return Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", r.ty().name)));
    }
    Ok(r)
}

fn slot_str(v: &Value) -> PyResult<Value> {
    let r = match special(v, "__str__") {
        Some((f, Some(w))) => match w.owner.slots.str {
            Some(r) => r(v)?,
            None if f.is_none() => return slot_repr(v),
            None => call_attr(&f, v, &[])?,
        },
        Some((f, None)) => call_attr(&f, v, &[])?,
        None => return slot_repr(v),
    };
    if !crate::object::str::is_str(&r) {
        return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", r.ty().name)));
    }
    Ok(r)
}

fn slot_hash(v: &Value) -> PyResult<i64> {
    match special(v, "__hash__") {
        Some((f, Some(w))) if !f.is_none() => match w.owner.slots.hash {
            Some(h) => h(v),
            None => ops::hash(&call_attr(&f, v, &[])?),
        },
        Some((f, None)) if !f.is_none() => {
            let r = call_attr(&f, v, &[])?;
            if r.downcast_sub::<crate::object::int::PyInt>().is_none() && !r.is_small_int() && r.as_bool().is_none() {
                return Err(PyErr::type_error("__hash__ method should return an integer"));
            }
            ops::hash(&r)
        }
        _ => Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().name))),
    }
}

fn slot_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match special(a, descr::cmp_name(op)) {
        Some((f, Some(w))) if !f.is_none() => match w.owner.slots.richcompare {
            Some(r) => r(a, b, op),
            None => call_attr(&f, a, core::slice::from_ref(b)),
        },
        Some((f, None)) if !f.is_none() => call_attr(&f, a, core::slice::from_ref(b)),
        _ => Ok(Value::not_implemented()),
    }
}

/// Is `ty`'s getattr the dunder hook with object's `__getattribute__`
/// (so `attr::lookup_method` may use its generic fast path)?
pub fn plain_getattribute(ty: &PyType) -> bool {
    match ty.slots.getattr {
        None => true,
        Some(f) if core::ptr::fn_addr_eq(f, slot_getattr_hook as crate::object::typeobj::GetAttrFn) => {
            heap(ty).map(|h| attr_flags(h) & ATTR_PLAIN_GET != 0).unwrap_or(false)
        }
        Some(_) => false,
    }
}

/// Is `ty`'s setattr the dunder hook with object's `__setattr__` and
/// `__delattr__` (so the eval loop's STORE_ATTR cache may store into the
/// instance dict directly)?
pub fn plain_setattr(ty: &PyType) -> bool {
    match ty.slots.setattr {
        Some(f) if core::ptr::fn_addr_eq(f, slot_setattr_hook as crate::object::typeobj::SetAttrFn) => {
            heap(ty).map(|h| attr_flags(h) & ATTR_PLAIN_SET != 0).unwrap_or(false)
        }
        _ => false,
    }
}

/// LOAD_ATTR's path for a site whose inline cache names another type (a
/// polymorphic site such as `self.x` in a method inherited by several
/// classes): the instance-dict value of `name` for an instance of a class
/// with object's `__getattribute__` (or of an exception subclass, for a
/// plain instance attribute) and no class attribute `name` anywhere
/// on its MRO, read through the site's dict slot hint (DESIGN.md#dict rule
/// 7; instances of related classes fill their dicts in the same order, so
/// one hint often serves all of them). `None`: take the generic path
/// (which also raises the AttributeError or runs `__getattr__`).
#[inline]
pub fn instance_dict_attr(owner: &Value, name: &Value, hint: &crate::sync::AtomicU32) -> Option<Value> {
    let ty = owner.ty();
    let h = heap(ty)?;
    if !h.has_dict {
        return None;
    }
    let i = instance_of(h, owner)?;
    // Inline values of a class whose attributes always win (no data
    // descriptor can intervene): no MRO lookup. An absent value leaves it
    // to the generic path (class attribute, `__getattr__`, the error).
    let fast = inline_mode(h, i) && instance_attrs_win(h, name) && plain_getattribute(ty);
    if !fast
        && (!(plain_getattribute(ty) || crate::object::exc::plain_instance_attr(ty, name, false))
            || attr::type_lookup_with(ty, name, |r| r.is_some()))
    {
        return None;
    }
    if inline_mode(h, i) {
        // The name's index in this class's keys, through the site's hint
        // when it names it (related classes fill their keys in the same
        // order, so one hint often serves all of them).
        use crate::object::instance_values::Read;
        let w = hint.load(Ordering::Relaxed);
        let ix = if w & INLINE_LOAD_HINT != 0 && h.keys.word((w & 0xFF) as usize) == name.raw() {
            (w & 0xFF) as usize
        } else {
            let ix = h.keys.find(name)?;
            hint.store(INLINE_LOAD_HINT | ix as u32, Ordering::Relaxed);
            ix
        };
        match i.values.get(ix) {
            Read::Value(v) => return Some(v),
            Read::Absent => return None,
            Read::Moved => {}
        }
    }
    let d = dict::core(i.dict.get()?)?;
    if let Some(v) = d.get_by_hint(name, hint.load(Ordering::Relaxed)) {
        return Some(v);
    }
    d.get_hinted(name, hint).ok().flatten()
}

/// Marks LOAD_ATTR's word 0 as an inline-value index (not a dict slot
/// hint: those stay far below bit 31).
pub const INLINE_LOAD_HINT: u32 = 1 << 31;

/// Does `obj` (class `h`) have an instance attribute `name` (an interned
/// str with hash `hash`) that would shadow a class attribute? `None`:
/// maybe (the caller takes the generic path).
#[inline]
pub fn instance_shadows(h: &HeapType, obj: &Value, name: &Value, hash: i64) -> Option<bool> {
    let i = instance_of(h, obj)?;
    if let Some(d) = i.dict.get().and_then(dict::core) {
        // No entry with the name's hash: not shadowed (one probe, which
        // also answers for an empty dict); else the full lookup decides.
        if d.absent_by_hash(hash) {
            return Some(false);
        }
        return Some(d.get(name).ok()?.is_some());
    }
    if !h.inline || !h.keys.maybe_has(hash) {
        // No dict (at the check above) and no such key: absent then.
        return Some(false);
    }
    match h.keys.find(name) {
        None => Some(false),
        Some(ix) => match i.values.get(ix) {
            crate::object::instance_values::Read::Absent => Some(false),
            crate::object::instance_values::Read::Value(_) => Some(true),
            crate::object::instance_values::Read::Moved => None,
        },
    }
}

/// LOAD_ATTR's method form at a site whose inline cache names another
/// class: for an instance of a class with object's `__getattribute__`, the
/// Python function `name` found on the class's MRO and the class that
/// defines it, when the instance dict (if any) does not shadow it (one
/// hash probe, DESIGN.md#dict rule 7). `None`: take `attr::lookup_method`.
#[inline]
pub fn instance_method(owner: &Value, name: &Value) -> Option<(Value, &'static PyType)> {
    let ty = owner.ty();
    heap(ty)?;
    if !plain_getattribute(ty) {
        return None;
    }
    let (f, def) = type_lookup_where(ty, name)?;
    if !crate::object::func::is_function(&f) {
        return None;
    }
    let h = heap(ty)?;
    if instance_shadows(h, owner, name, dict::key_hash(name).ok()?)? {
        return None;
    }
    Some((f, def))
}

/// STORE_ATTR's counterpart of `instance_dict_attr`: stores `v` as the
/// instance-dict value of `name` (an interned str) when the class has
/// object's `__setattr__` (or is an exception subclass and `name` is a
/// plain instance attribute) and no data descriptor `name` on its MRO; returns
/// the entry's slot hint (0 if none). `Err(v)`: take the generic path.
#[inline]
pub fn instance_dict_store(owner: &Value, name: &Value, v: Value) -> PyResult<Result<u32, Value>> {
    let ty = owner.ty();
    let Some(h) = heap(ty) else { return Ok(Err(v)) };
    // (Exception subclasses keep the exception setattr slot, which stores
    // every name but the payload's and its family's fields in the same
    // instance dict: `exc::plain_instance_attr`.)
    if !h.has_dict
        || !(plain_setattr(ty) || crate::object::exc::plain_instance_attr(ty, name, true))
        || !crate::object::str::is_interned(name)
    {
        return Ok(Err(v));
    }
    let descr = !instance_attrs_win(h, name)
        && attr::type_lookup_with(ty, name, |r| match r {
            Some((d, _)) => d.ty().is_heap() || d.ty().slots.descr_set.is_some(),
            None => false,
        });
    if descr {
        return Ok(Err(v));
    }
    if instance_of(h, owner).is_none() {
        return Ok(Err(v));
    }
    store_instance_attr(h, owner, name, v).map(Ok)
}

/// `__getattr__` fallback after a failed generic lookup.
pub fn getattr_fallback(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match heap(obj.ty()) {
        Some(h) if attr_flags(h) & ATTR_HAS_GETATTR != 0 => {}
        _ => return Ok(None),
    }
    match type_lookup_v(obj.ty(), crate::object::attr::name!("__getattr__")) {
        Some(g) => call_attr(&g, obj, core::slice::from_ref(name)).map(Some),
        None => Ok(None),
    }
}

fn slot_getattr_hook(obj: &Value, name: &Value) -> PyResult<Value> {
    let flags = heap(obj.ty()).map(attr_flags).unwrap_or(0);
    if flags & ATTR_PLAIN_GET != 0 {
        let r = attr::generic_getattr(obj, name);
        return match r {
            Err(e) if flags & ATTR_HAS_GETATTR != 0 && e.is(ExcKind::AttributeError) => {
                match type_lookup_v(obj.ty(), crate::object::attr::name!("__getattr__")) {
                    Some(g) => call_attr(&g, obj, core::slice::from_ref(name)),
                    None => Err(e),
                }
            }
            r => r,
        };
    }
    let r = match special(obj, "__getattribute__") {
        Some((_, Some(w))) => match w.owner.slots.getattr {
            Some(f) if !core::ptr::eq(w.owner, &OBJECT_TYPE) => f(obj, name),
            _ => attr::generic_getattr(obj, name),
        },
        Some((f, None)) => call_attr(&f, obj, core::slice::from_ref(name)),
        None => attr::generic_getattr(obj, name),
    };
    match r {
        Err(e) if e.is(ExcKind::AttributeError) => match type_lookup_v(obj.ty(), crate::object::attr::name!("__getattr__")) {
            Some(g) => call_attr(&g, obj, core::slice::from_ref(name)),
            None => Err(e),
        },
        r => r,
    }
}

fn slot_setattr_hook(obj: &Value, name: &Value, v: Option<&Value>) -> PyResult<()> {
    if heap(obj.ty()).map(|h| attr_flags(h) & ATTR_PLAIN_SET != 0).unwrap_or(false) {
        return attr::generic_setattr(obj, name, v);
    }
    let n = if v.is_some() { "__setattr__" } else { "__delattr__" };
    match special(obj, n) {
        Some((_, Some(w))) => match w.owner.slots.setattr {
            Some(f) if !core::ptr::eq(w.owner, &OBJECT_TYPE) => f(obj, name, v),
            _ => attr::generic_setattr(obj, name, v),
        },
        Some((f, None)) => {
            let mut args = vec![name.clone()];
            if let Some(v) = v {
                args.push(v.clone());
            }
            call_attr(&f, obj, &args).map(drop)
        }
        None => attr::generic_setattr(obj, name, v),
    }
}

fn slot_iter(v: &Value) -> PyResult<Value> {
    match call_special(v, "__iter__", &[])? {
        Some(it) => {
            if it.ty().slots.next.is_none() {
                return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", it.ty().name)));
            }
            Ok(it)
        }
        None => Err(PyErr::type_error(format!("'{}' object is not iterable", v.ty().name))),
    }
}

fn slot_next(v: &Value) -> PyResult<Option<Value>> {
    match call_special(v, "__next__", &[]) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => Err(PyErr::type_error(format!("'{}' object is not an iterator", v.ty().name))),
        Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_call(v: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    match special(v, "__call__") {
        Some((f, Some(w))) if w.owner.slots.call.is_some() && !f.is_none() => (w.owner.slots.call.unwrap())(v, args, kw),
        Some((f, _)) if !f.is_none() => {
            let ft = f.ty();
            if ft.flags & type_flags::METHOD_DESCRIPTOR != 0 {
                return ops::call(&f, &descr::prepend(v, args), kw);
            }
            let bound = match attr::descr_get_of(ft) {
                Some(g) => g(&f, Some(v), &v.ty().to_value())?,
                None => f,
            };
            ops::call(&bound, args, kw)
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not callable", v.ty().name))),
    }
}

fn slot_len(v: &Value) -> PyResult<usize> {
    let r = call_special(v, "__len__", &[])?
        .ok_or_else(|| PyErr::type_error(format!("object of type '{}' has no len()", v.ty().name)))?;
    let i = ops::index(&r).map_err(|_| {
        PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", r.ty().name))
    })?;
    match crate::object::int::to_i64(&i) {
        Some(n) if n < 0 => Err(PyErr::value_error("__len__() should return >= 0")),
        Some(n) => Ok(n as usize),
        None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn slot_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    call_special(v, "__getitem__", core::slice::from_ref(k))?
        .ok_or_else(|| PyErr::type_error(format!("'{}' object is not subscriptable", v.ty().name)))
}

fn slot_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_special(v, "__setitem__", &[k.clone(), x.clone()])?
            .ok_or_else(|| PyErr::type_error(format!("'{}' object does not support item assignment", v.ty().name))),
        None => call_special(v, "__delitem__", core::slice::from_ref(k))?
            .ok_or_else(|| PyErr::type_error(format!("'{}' object does not support item deletion", v.ty().name))),
    };
    r.map(drop)
}

fn slot_contains(v: &Value, x: &Value) -> PyResult<bool> {
    match special(v, "__contains__") {
        Some((f, _)) if !f.is_none() => ops::is_true(&call_attr(&f, v, core::slice::from_ref(x))?),
        Some(_) => Err(PyErr::type_error(format!("'{}' object is not a container", v.ty().name))),
        None => {
            let it = ops::iter(v)?;
            while let Some(item) = ops::next(&it)? {
                if ops::eq(&item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn slot_bool(v: &Value) -> PyResult<bool> {
    if let Some(r) = call_special(v, "__bool__", &[])? {
        return match r.as_bool() {
            Some(b) => Ok(b),
            None => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", r.ty().name))),
        };
    }
    if type_lookup_v(v.ty(), crate::object::attr::name!("__len__")).is_some() {
        return Ok(slot_len(v)? != 0);
    }
    Ok(true)
}

macro_rules! unary_slot {
    ($fname:ident, $dunder:literal, $err:expr) => {
        fn $fname(v: &Value) -> PyResult<Value> {
            match call_special(v, $dunder, &[])? {
                Some(r) => Ok(r),
                None => Err(PyErr::type_error(format!($err, v.ty().name))),
            }
        }
    };
}
unary_slot!(slot_neg, "__neg__", "bad operand type for unary -: '{}'");
unary_slot!(slot_pos, "__pos__", "bad operand type for unary +: '{}'");
unary_slot!(slot_abs, "__abs__", "bad operand type for abs(): '{}'");
unary_slot!(slot_invert, "__invert__", "bad operand type for unary ~: '{}'");
unary_slot!(slot_int, "__int__", "int() argument must be a string, a bytes-like object or a real number, not '{}'");
unary_slot!(slot_float, "__float__", "float() argument must be a string or a real number, not '{}'");
unary_slot!(slot_index, "__index__", "'{}' object cannot be interpreted as an integer");

/// CPython's SLOT1BINFULL: `a.__op__(b)` and `b.__rop__(a)` with the
/// subclass-first rule; called by `ops::binary_op` in source order.
fn binary_slot(a: &Value, b: &Value, op: ops::BinOp) -> PyResult<Value> {
    let (l, r, _) = descr::bin_names(op);
    let (ta, tb) = (a.ty(), b.ty());
    let a_heap = ta.is_heap();
    let mut b_heap = tb.is_heap() && !core::ptr::eq(ta, tb);
    let call_l = || -> PyResult<Value> {
        match special(a, l) {
            Some((f, Some(w))) if !f.is_none() => match descr::bin_slot(&w.owner.slots.number, op) {
                Some(s) => s(a, b),
                None => call_attr(&f, a, core::slice::from_ref(b)),
            },
            Some((f, None)) if !f.is_none() => call_attr(&f, a, core::slice::from_ref(b)),
            _ => Ok(Value::not_implemented()),
        }
    };
    let call_r = || -> PyResult<Value> {
        match special(b, r) {
            Some((f, Some(w))) if !f.is_none() => match descr::bin_slot(&w.owner.slots.number, op) {
                Some(s) => s(a, b),
                None => call_attr(&f, b, core::slice::from_ref(a)),
            },
            Some((f, None)) if !f.is_none() => call_attr(&f, b, core::slice::from_ref(a)),
            _ => Ok(Value::not_implemented()),
        }
    };
    if a_heap {
        if b_heap && tb.is_subtype_mro(ta) && type_lookup_v(tb, &name_value(r)).is_some() {
            let x = call_r()?;
            if !x.is_not_implemented() {
                return Ok(x);
            }
            b_heap = false;
        }
        let x = call_l()?;
        if !x.is_not_implemented() || core::ptr::eq(ta, tb) {
            return Ok(x);
        }
    }
    if b_heap {
        return call_r();
    }
    Ok(Value::not_implemented())
}

macro_rules! bin_slots {
    ($($fname:ident => $op:ident),* $(,)?) => {
        $(fn $fname(a: &Value, b: &Value) -> PyResult<Value> { binary_slot(a, b, ops::BinOp::$op) })*
    };
}
bin_slots!(slot_add => Add, slot_sub => Sub, slot_mul => Mul, slot_truediv => TrueDiv,
    slot_floordiv => FloorDiv, slot_rem => Rem, slot_divmod => DivMod, slot_lshift => LShift,
    slot_rshift => RShift, slot_and => And, slot_or => Or, slot_xor => Xor, slot_matmul => MatMul);

fn slot_pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    if m.is_none() {
        return binary_slot(a, b, ops::BinOp::Pow);
    }
    // Ternary pow: only the left operand's __pow__ (as CPython).
    if a.ty().is_heap() {
        if let Some(r) = call_special(a, "__pow__", &[b.clone(), m.cloned().unwrap_or_else(Value::none)])? {
            return Ok(r);
        }
    }
    Ok(Value::not_implemented())
}

/// `__get__` of a class instance used as a descriptor.
pub fn slot_descr_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    match type_lookup_v(d.ty(), crate::object::attr::name!("__get__")) {
        Some(f) => {
            let o = obj.cloned().unwrap_or_else(Value::none);
            call_attr(&f, d, &[o, owner.clone()])
        }
        None => Ok(d.clone()),
    }
}

/// `__set__`/`__delete__` of a class instance used as a descriptor.
pub fn slot_descr_set(d: &Value, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let (name, args) = match v {
        Some(v) => ("__set__", vec![obj.clone(), v.clone()]),
        None => ("__delete__", vec![obj.clone()]),
    };
    match type_lookup_v(d.ty(), &name_value(name)) {
        Some(f) => call_attr(&f, d, &args).map(drop),
        None => Err(PyErr::attribute_error(name)),
    }
}

fn slot_init(obj: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    let found = type_lookup_where(obj.ty(), crate::object::attr::name!("__init__"))
        .map(|(v, t)| (v, if t.is_heap() { None } else { Some(Wr { owner: t }) }));
    match found {
        Some((_, Some(w))) if w.owner.slots.init.is_some() => (w.owner.slots.init.unwrap())(obj, args, kw),
        Some((f, _)) => {
            let r = if f.ty().flags & type_flags::METHOD_DESCRIPTOR != 0 {
                call_with_self(&f, obj, args, kw)?
            } else {
                let b = match attr::descr_get_of(f.ty()) {
                    Some(g) => g(&f, Some(obj), &obj.ty().to_value())?,
                    None => f,
                };
                ops::call(&b, args, kw)?
            };
            if !r.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.ty().name
                )));
            }
            Ok(())
        }
        None => Ok(()),
    }
}

fn slot_new(cls: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let t = cls.as_type().expect("type");
    match type_lookup_where(t, crate::object::attr::name!("__new__")) {
        Some((_, owner)) if !owner.is_heap() && owner.slots.new.is_some() => (owner.slots.new.unwrap())(cls, args, kw),
        Some((f, _)) => {
            if let Some(w) = f.downcast::<descr::NewWrapper>() {
                return match w.owner.slots.new {
                    Some(n) => n(cls, args, kw),
                    None => Err(PyErr::type_error(format!("cannot create '{}' instances", t.name))),
                };
            }
            // A staticmethod wrapping the Python __new__.
            let f = descr::wrapped_func(&f).unwrap_or(f);
            ops::call(&f, &descr::prepend(cls, args), kw)
        }
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", t.name))),
    }
}

/// Does `ty` (or a class in its MRO before `object`) define `__init__`?
pub fn init_overridden(ty: &PyType) -> bool {
    match type_lookup_where(ty, crate::object::attr::name!("__init__")) {
        Some((_, t)) => !core::ptr::eq(t, &OBJECT_TYPE),
        None => false,
    }
}

pub fn new_overridden(ty: &PyType) -> bool {
    match type_lookup_where(ty, crate::object::attr::name!("__new__")) {
        Some((_, t)) => !core::ptr::eq(t, &OBJECT_TYPE),
        None => false,
    }
}

// ---------------------------------------------------------------------------
// Class creation
// ---------------------------------------------------------------------------

fn mro_of(t: &PyType) -> Vec<&'static PyType> {
    attr::mro(t)
}

/// C3 linearization of `bases` (the MRO after the new class itself).
pub fn c3_merge(bases: &[&'static PyType]) -> PyResult<Vec<&'static PyType>> {
    let mut seqs: Vec<Vec<&'static PyType>> = bases.iter().map(|b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| core::ptr::eq(*x, head))) {
                found = Some(head);
                break;
            }
        }
        match found {
            Some(h) => {
                out.push(h);
                for s in seqs.iter_mut() {
                    if core::ptr::eq(s[0], h) {
                        s.remove(0);
                    }
                }
            }
            None => {
                let mut names: Vec<&str> = Vec::new();
                let mut seen: Vec<*const PyType> = Vec::new();
                for s in &seqs {
                    if !seen.contains(&(s[0] as *const PyType)) {
                        seen.push(s[0]);
                        names.push(s[0].name);
                    }
                }
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

fn solid_of(t: &PyType) -> &'static PyType {
    match heap(t) {
        Some(h) => h.solid,
        None => static_type(t),
    }
}

fn has_dict(t: &PyType) -> bool {
    heap(t).map(|h| h.has_dict).unwrap_or(false)
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
pub fn calculate_metaclass(meta: &PyType, bases: &[Value]) -> PyResult<&'static PyType> {
    let mut winner = static_type(meta);
    for b in bases {
        let bt = b.ty();
        if winner.is_subtype_mro(bt) {
            continue;
        }
        if bt.is_subtype_mro(winner) {
            winner = static_type(bt);
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    match c.next() {
        Some(f) if f == '_' || f.is_alphabetic() => c.all(|x| x == '_' || x.is_alphanumeric()),
        _ => false,
    }
}

fn is_python_function(v: &Value) -> bool {
    v.ty().name == "function"
}

/// `type.__new__(meta, name, bases, ns)`: creates a class. `kwargs` go to
/// `__init_subclass__`.
pub fn type_new(
    meta: &PyType,
    name: &str,
    bases_in: &[Value],
    ns: &Value,
    kwnames: &[Value],
    kwvalues: &[Value],
) -> PyResult<Value> {
    let meta = calculate_metaclass(meta, bases_in)?;
    let mut bases: Vec<&'static PyType> = Vec::new();
    for b in bases_in {
        let t = b.as_type().ok_or_else(|| PyErr::type_error("bases must be types"))?;
        if t.flags & type_flags::BASETYPE == 0 {
            return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", t.name)));
        }
        if bases.iter().any(|x| core::ptr::eq(*x, t)) {
            return Err(PyErr::type_error(format!("duplicate base class {}", t.name)));
        }
        bases.push(static_type(t));
    }
    if bases.is_empty() {
        bases.push(&OBJECT_TYPE);
    }
    // Layout: the base whose solid base is most derived.
    let mut best = bases[0];
    for b in &bases[1..] {
        let (sw, sb) = (solid_of(best), solid_of(b));
        if sw.is_subtype(sb) {
            continue;
        }
        if sb.is_subtype(sw) {
            best = b;
            continue;
        }
        return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
    }
    let solid = solid_of(best);
    let base_nslots = heap(best).map(|h| h.nslots).unwrap_or(0);
    for b in &bases {
        if !core::ptr::eq(*b, best) && heap(b).map(|h| h.nslots > 0).unwrap_or(false) && !best.is_subtype_mro(b) {
            // No conflict when `b` adds no slots to the nearest ancestor it
            // shares with `best` (a diamond over one slotted class, as
            // pathlib's PosixPath(Path, PurePosixPath)).
            let hb = heap(b).expect("heap");
            let shared = hb.mro_rest.iter().find(|c| best.is_subtype_mro(c));
            let inherited = shared.and_then(|c| heap(c)).map(|h| h.nslots).unwrap_or(0);
            if hb.nslots != inherited {
                return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    let is_meta = solid.is_subtype(&TYPE_TYPE);
    let layout = if is_meta {
        None
    } else {
        Some(layout_for(solid).ok_or_else(|| {
            PyErr::type_error(format!("type '{}' is not an acceptable base type", solid.name))
        })?)
    };
    let mro_rest = c3_merge(&bases)?;

    // The class dict: a copy of the namespace.
    let nsd = dict::core(ns).ok_or_else(|| PyErr::type_error("type.__new__() argument 3 must be dict"))?;
    let d = dict::new_dict();
    let core = dict::core(&d).expect("dict");
    for (k, v) in nsd.items() {
        core.set(k, v)?;
    }
    let qualname = match core.remove(crate::object::attr::name!("__qualname__"))? {
        Some(q) if crate::object::str::is_str(&q) => q,
        Some(q) => {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                q.ty().name
            )))
        }
        None => new_str(name),
    };
    let classcell = core.remove(crate::object::attr::name!("__classcell__"))?;
    if !core.contains(crate::object::attr::name!("__module__"))? {
        // type(name, bases, dict) takes `__module__` from the caller's
        // globals (`__name__`), as CPython's type_new.
        if let Some(m) = CALLER_MODULE.with(|c| {
            let m = c.take();
            c.set(m.clone());
            m
        }) {
            core.set(crate::object::attr::name!("__module__").clone(), m)?;
        }
    }
    if !core.contains(crate::object::attr::name!("__doc__"))? {
        core.set(crate::object::attr::name!("__doc__").clone(), Value::none())?;
    }
    for n in ["__new__"] {
        if let Some(f) = core.get(&name_value(n))? {
            if is_python_function(&f) {
                core.set(name_value(n), descr::new_staticmethod(f))?;
            }
        }
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = core.get(&name_value(n))? {
            if is_python_function(&f) {
                core.set(name_value(n), descr::new_classmethod(f))?;
            }
        }
    }
    if core.contains(crate::object::attr::name!("__eq__"))? && !core.contains(crate::object::attr::name!("__hash__"))? {
        core.set(crate::object::attr::name!("__hash__").clone(), Value::none())?;
    }
    // __slots__
    let mut own_slots: Vec<Value> = Vec::new();
    let mut dict_in_slots = false;
    let slots_v = core.get(crate::object::attr::name!("__slots__"))?;
    if let Some(sv) = &slots_v {
        let items = if crate::object::str::is_str(sv) { vec![sv.clone()] } else { ops::collect(sv)? };
        for it in items {
            if !crate::object::str::is_str(&it) {
                return Err(PyErr::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    it.ty().name
                )));
            }
            let s = to_rust_string(&it);
            if !is_identifier(&s) {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if dict_in_slots || bases.iter().any(|b| has_dict(b)) {
                    return Err(PyErr::type_error("__dict__ slot disallowed: we already got one"));
                }
                dict_in_slots = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            let mangled = if s.starts_with("__") && !s.ends_with("__") {
                format!("_{}{}", name.trim_start_matches('_'), s)
            } else {
                s.clone()
            };
            let key = crate::object::str::intern(&mangled);
            if core.contains(&key)? {
                return Err(PyErr::value_error(format!("'{}' in __slots__ conflicts with class variable", s)));
            }
            if !own_slots.iter().any(|x| crate::object::str::str_eq(x, &key)) {
                own_slots.push(key);
            }
        }
    }
    let inherited_dict = bases.iter().any(|b| has_dict(b));
    let has_dict_ = !is_meta && (slots_v.is_none() || dict_in_slots || inherited_dict);
    let adds_dict = has_dict_ && !inherited_dict;

    let slots = compute_slots(core, &mro_rest, solid);
    let flags = type_flags::BASETYPE | type_flags::HEAPTYPE | type_flags::HAVE_GC;
    let leaked_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    // Classes of a subinterpreter are counted (freed after the interpreter
    // closes and their last instance goes: DESIGN.md#interpreters); the
    // main interpreter's are immortal (no shared count traffic on them).
    let mortal = crate::vm::interp::classes_are_mortal();
    if mortal {
        // The class's references to its metaclass (as any instance's to
        // its type) and to the classes of its MRO; given back by
        // `free_heap_type` and `refcount::free_now`. No-ops on immortal types.
        core::mem::forget(meta.to_value());
        for t in &mro_rest {
            core::mem::forget(t.to_value());
        }
    }
    let ht = Box::new(HeapType {
        ty: PyType {
            // Mortal: count 1, the reference `note_heap_type` takes.
            head: if mortal { ObjHeader::new_owned(meta) } else { ObjHeader::new_immortal(meta) },
            name: leaked_name,
            base: best,
            flags,
            slots: if is_meta { Slots { traverse: None, ..slots } } else { slots },
            free: if is_meta {
                free_heap_type
            } else {
                layout.map(|l| l.free).unwrap_or(crate::object::singletons::STATIC_FREE)
            },
            methods: &[],
            dict: OnceLock::new(),
        },
        mro_rest,
        bases: bases.clone(),
        qualname: Mutex::new(qualname),
        solid,
        inst_offset: layout.map(|l| l.inst_offset).unwrap_or(0),
        nslots: base_nslots + own_slots.len(),
        has_dict: has_dict_,
        version: AtomicU64::new(NEXT_VERSION.fetch_add(1, Ordering::Relaxed)),
        subs: Mutex::new(Vec::new()),
        abstract_: crate::sync::AtomicBool::new(false),
        attr_flags: AtomicU64::new(0),
        dict_hint: crate::sync::AtomicU32::new(0),
        inline: has_dict_ && core::ptr::eq(solid, &OBJECT_TYPE) && layout.is_some_and(|l| l.inst_offset != 0),
        keys: SharedKeys::new(),
    });
    let ht: &'static HeapType = Box::leak(ht);
    let ty: &'static PyType = &ht.ty;
    // Member descriptors and __dict__ go into the dict before publication.
    for (i, s) in own_slots.iter().enumerate() {
        let m = PyObject::alloc(&MEMBER_DESCR_TYPE, MemberDescr { name: s.clone(), index: base_nslots + i, owner: ty });
        core.set(s.clone(), m)?;
    }
    if adds_dict {
        core.set(crate::object::attr::name!("__dict__").clone(), descr::new_getset("__dict__", dict_get, Some(dict_set), ty))?;
        core.set(crate::object::attr::name!("__weakref__").clone(), descr::new_getset("__weakref__", weakref_get, None, ty))?;
    }
    core.mark_shared();
    let _ = ty.dict.set(d.clone());
    register_subclass(ty, &bases);
    // The interpreter clears it when it closes (DESIGN.md#interpreters);
    // a mortal class's first reference goes to the interpreter's list.
    crate::vm::interp::note_heap_type(ty, mortal);
    let cls = ty.to_value();

    if let Some(cell) = classcell {
        ops::setattr(&cell, crate::object::attr::name!("cell_contents"), Some(&cls))?;
    }
    // __set_name__
    for (k, v) in core.items() {
        if let Some(f) = attr::lookup_special(&v, crate::object::attr::name!("__set_name__"))? {
            // (3.13 adds a note to the error; the error itself propagates.)
            ops::call(&f, &[cls.clone(), k.clone()], None)?;
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    init_subclass(ty, &cls, kwnames, kwvalues)?;
    Ok(cls)
}

/// A class's slot table, from its dict and MRO: a slot is present when
/// some class on the MRO defines one of its dunders (the slot functions look
/// the dunder up at call time). `type_new` fills it; `update_slots` refills
/// it when a dunder is assigned or deleted later.
fn compute_slots(core: &crate::object::dict::DictCore, mro_rest: &[&'static PyType], solid: &'static PyType) -> Slots {
    let lookup_any = |n: &str| -> bool {
        let key = crate::object::str::intern(n);
        core.contains(&key).unwrap_or(false)
            || mro_rest.iter().any(|t| type_dict_core(t).contains(&key).unwrap_or(false))
    };
    let solid_slots = &solid.slots;
    let has = |names: &[&str]| names.iter().any(|n| lookup_any(n));
    fn pick<F>(b: bool, f: F) -> Option<F> {
        if b {
            Some(f)
        } else {
            None
        }
    }
    let overrides = |n: &str| -> bool {
        let key = crate::object::str::intern(n);
        core.contains(&key).unwrap_or(false) || mro_rest.iter().any(|t| t.is_heap() && type_dict_core(t).contains(&key).unwrap_or(false))
    };
    // The hooks look `__getattribute__`/`__getattr__`/`__setattr__` up at
    // call time (cached), so assigning them after class creation works.
    let getattr = if overrides("__getattribute__") || lookup_any("__getattr__") || solid_slots.getattr.is_none() {
        Some(slot_getattr_hook as crate::object::typeobj::GetAttrFn)
    } else {
        solid_slots.getattr
    };
    let setattr = if overrides("__setattr__") || overrides("__delattr__") || solid_slots.setattr.is_none() {
        Some(slot_setattr_hook as crate::object::typeobj::SetAttrFn)
    } else {
        solid_slots.setattr
    };
    let bin = |op: ops::BinOp, f: crate::object::typeobj::BinaryFn| {
        let (l, r, _) = descr::bin_names(op);
        pick(has(&[l, r]), f)
    };
    use ops::BinOp::*;
    let number = NumberSlots {
        add: bin(Add, slot_add),
        sub: bin(Sub, slot_sub),
        mul: bin(Mul, slot_mul),
        truediv: bin(TrueDiv, slot_truediv),
        floordiv: bin(FloorDiv, slot_floordiv),
        rem: bin(Rem, slot_rem),
        divmod: bin(DivMod, slot_divmod),
        pow: pick(has(&["__pow__", "__rpow__"]), slot_pow as crate::object::typeobj::TernaryFn),
        lshift: bin(LShift, slot_lshift),
        rshift: bin(RShift, slot_rshift),
        and: bin(And, slot_and),
        or: bin(Or, slot_or),
        xor: bin(Xor, slot_xor),
        matmul: bin(MatMul, slot_matmul),
        neg: pick(has(&["__neg__"]), slot_neg as crate::object::typeobj::UnaryFn),
        pos: pick(has(&["__pos__"]), slot_pos as crate::object::typeobj::UnaryFn),
        abs: pick(has(&["__abs__"]), slot_abs as crate::object::typeobj::UnaryFn),
        invert: pick(has(&["__invert__"]), slot_invert as crate::object::typeobj::UnaryFn),
        bool: pick(has(&["__bool__"]), slot_bool as crate::object::typeobj::BoolFn),
        int: pick(has(&["__int__"]), slot_int as crate::object::typeobj::UnaryFn),
        float: pick(has(&["__float__"]), slot_float as crate::object::typeobj::UnaryFn),
        index: pick(has(&["__index__"]), slot_index as crate::object::typeobj::UnaryFn),
    };
    let slots = Slots {
        repr: Some(slot_repr),
        str: Some(slot_str),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        getattr,
        setattr,
        iter: pick(has(&["__iter__"]), slot_iter as crate::object::typeobj::UnaryFn),
        next: pick(has(&["__next__"]), slot_next as crate::object::typeobj::NextFn),
        call: pick(has(&["__call__"]), slot_call as crate::object::typeobj::CallFn),
        len: pick(has(&["__len__"]), slot_len as crate::object::typeobj::LenFn),
        getitem: pick(has(&["__getitem__"]), slot_getitem as crate::object::typeobj::GetItemFn),
        setitem: pick(has(&["__setitem__", "__delitem__"]), slot_setitem as crate::object::typeobj::SetItemFn),
        contains: pick(has(&["__contains__"]), slot_contains as crate::object::typeobj::ContainsFn),
        number,
        traverse: Some(heap_traverse as TraverseFn),
        new: Some(slot_new),
        init: Some(slot_init),
        descr_get: pick(has(&["__get__"]), slot_descr_get as crate::object::typeobj::DescrGetFn),
        descr_set: pick(has(&["__set__", "__delete__"]), slot_descr_set as crate::object::typeobj::DescrSetFn),
    };
    slots
}

/// Re-derives the slot tables of `ty` and of every class below it after a
/// dunder was assigned to or deleted from `ty`'s dict (CPython's
/// `update_slot`, called from `type.__setattr__`): `A.__len__ = f` on a
/// class created without one makes `len(A())` work, `del A.__len__` takes
/// it away again. The slot functions look the dunder up at call time, so
/// only a change in a slot's *presence* rewrites anything; replacing a
/// dunder (the common case: dataclasses, total_ordering) costs one
/// recomputation per class and no pause.
///
/// The slot words are plain fields read without synchronisation by every
/// thread, so a changed table is written while the world is stopped
/// (DESIGN.md#classes, Late dunders).
pub fn update_slots(ty: &PyType) {
    let mut todo: Vec<&'static PyType> = vec![static_type(ty)];
    let mut classes: Vec<&'static HeapType> = Vec::new();
    while let Some(t) = todo.pop() {
        let Some(h) = heap(t) else { continue };
        if classes.iter().any(|c| core::ptr::eq(*c, h)) {
            continue;
        }
        classes.push(h);
        todo.extend(h.subs.lock().iter().copied());
    }
    let table = |h: &HeapType| {
        let mut new = compute_slots(type_dict_core(&h.ty), &h.mro_rest, h.solid);
        if h.solid.is_subtype(&TYPE_TYPE) {
            new.traverse = None;
        }
        new
    };
    if classes.iter().all(|h| same_slots(&table(h), &h.ty.slots)) {
        return;
    }
    // Recomputed under the pause: another thread's dunder assignment that
    // raced this one is in the dicts by then, so the last table written
    // reflects both.
    let _world = crate::vm::stw::stop_the_world(crate::vm::stw::Scope::Runtime);
    for h in classes {
        let new = table(h);
        if same_slots(&new, &h.ty.slots) {
            continue;
        }
        let p = core::ptr::addr_of!(h.ty.slots) as *mut Slots;
        // SAFETY: `h` is a leaked `Box<HeapType>` (heap memory, never a
        // `static`), so the table is writable and outlives every reader.
        // Every other thread of the runtime is stopped at a safe point
        // (a breaker poll between bytecodes, or detached) by `_world` and
        // reads slots only after the world restarts, which orders this
        // write before those reads; this thread holds no reference into
        // the table across the write (`same_slots` copied what it read).
        // No Rust code holds a `&mut` to a HeapType after `type_new`.
        unsafe { core::ptr::write_volatile(p, new) };
    }
}

/// Whether two slot tables hold the same function pointers (every field
/// of `Slots` is an `Option` of a function pointer).
fn same_slots(a: &Slots, b: &Slots) -> bool {
    const N: usize = core::mem::size_of::<Slots>() / core::mem::size_of::<usize>();
    const _: () = assert!(core::mem::size_of::<Slots>() == N * core::mem::size_of::<usize>());
    // SAFETY: `Slots` is `Copy` and consists only of `Option<fn ..>` fields,
    // each one pointer-sized with no padding (size checked above), so it
    // reads as N initialised words.
    let (wa, wb) = unsafe {
        (
            core::ptr::read_unaligned(a as *const Slots as *const [usize; N]),
            core::ptr::read_unaligned(b as *const Slots as *const [usize; N]),
        )
    };
    wa == wb
}

fn init_subclass(ty: &'static PyType, cls: &Value, kwnames: &[Value], kwvalues: &[Value]) -> PyResult<()> {
    let key = crate::object::attr::name!("__init_subclass__").clone();
    let h = heap(ty).expect("heap");
    let found = h.mro_rest.iter().find_map(|t| type_dict_core(t).get(&key).ok().flatten());
    let Some(f) = found else { return Ok(()) };
    let kwt = if kwnames.is_empty() { None } else { Some(crate::object::tuple::new_tuple(kwnames.to_vec())) };
    if let Some(w) = f.downcast::<crate::object::descr::ClassMethodDescr>() {
        return (w.def.func)(cls, kwvalues, kwt.as_ref()).map(drop);
    }
    let bound = match attr::descr_get_of(f.ty()) {
        Some(g) => g(&f, None, cls)?,
        None => f,
    };
    ops::call(&bound, kwvalues, kwt.as_ref()).map(drop)
}

static SUBCLASSES: Mutex<Vec<(usize, &'static PyType)>> = Mutex::new(Vec::new());

fn register_subclass(ty: &'static PyType, bases: &[&'static PyType]) {
    let mut s = SUBCLASSES.lock();
    for b in bases {
        s.push((*b as *const PyType as usize, ty));
        if let Some(h) = heap(b) {
            h.subs.lock().push(ty);
        }
    }
}

/// The `free` slot of `type` and of metaclasses: frees a mortal class
/// (one of a subinterpreter, DESIGN.md#interpreters) whose last reference
/// went. Static types and the main interpreter's classes are immortal and
/// never get here.
///
/// # Safety
/// As `PyObject::free`: `h` is the header of a class allocated by
/// `type_new` (a `HeapType`), its count is zero and nobody references it.
pub unsafe fn free_heap_type(h: *mut ObjHeader) {
    // SAFETY: `h` is the header of a type object (the free slot of `type`
    // and of metaclasses only runs on their instances, which are types).
    let ty: &'static PyType = unsafe { &*(h as *const PyType) };
    if heap(ty).is_none() {
        return;
    }
    // SAFETY: a heap type is the `ty` field (offset 0) of a leaked
    // `Box<HeapType>` (`type_new`); its count is zero, so this is the only
    // access that mutates it (readers holding an instance would hold a
    // reference).
    let hp: &mut HeapType = unsafe { &mut *(h as *mut HeapType) };
    SUBCLASSES.lock().retain(|(b, t)| !core::ptr::eq(*t, ty) && *b != h as usize);
    for b in &hp.bases {
        if let Some(hb) = heap(b) {
            hb.subs.lock().retain(|t| !core::ptr::eq(*t, ty));
        }
    }
    let dict = hp.ty.dict.take();
    let qualname = core::mem::replace(&mut *hp.qualname.lock(), Value::none());
    let mro = core::mem::take(&mut hp.mro_rest);
    hp.bases.clear();
    hp.subs.lock().clear();
    // SAFETY: as above; the memory goes back after a grace period (a racing
    // lock-free reader may still load the header word).
    unsafe { (*h).gc.store(crate::object::header::gc_bits::FREED, Ordering::Relaxed) };
    crate::gc::qsbr::free_object_later(h as *mut u8, release_heap_type_memory);
    drop(dict);
    drop(qualname);
    for t in mro {
        // SAFETY: the reference `type_new` took on each MRO class.
        drop(unsafe { Value::from_raw_steal(t as *const PyType as usize) });
    }
}

/// # Safety
/// `p` is a `HeapType` passed through `free_heap_type`, nobody reads it.
unsafe fn release_heap_type_memory(p: *mut u8) {
    // SAFETY: `p` came from `Box::leak` in `type_new`; its droppable
    // fields were emptied by `free_heap_type` (the name stays leaked:
    // `&'static str` copies of it may exist).
    drop(unsafe { Box::from_raw(p as *mut HeapType) });
}

/// Drops what a class of a closing interpreter references (its dict:
/// functions, their globals and code; its qualname) and unlists it as a
/// subclass. The `HeapType` itself stays allocated (instances hold
/// `&'static PyType`; see the struct's doc): what remains is the bare type.
pub fn release_heap_type(ty: &'static PyType) {
    let Some(h) = heap(ty) else { return };
    h.version.store(NEXT_VERSION.fetch_add(1, Ordering::Relaxed), Ordering::Release);
    SUBCLASSES.lock().retain(|(_, t)| !core::ptr::eq(*t, ty));
    for b in &h.bases {
        if let Some(hb) = heap(b) {
            hb.subs.lock().retain(|t| !core::ptr::eq(*t, ty));
        }
    }
    *h.qualname.lock() = Value::none();
    if let Some(d) = ty.dict.get().and_then(crate::object::dict::core) {
        d.clear();
    }
}

/// `type.__subclasses__()`.
pub fn subclasses(ty: &PyType) -> Vec<Value> {
    let p = ty as *const PyType as usize;
    SUBCLASSES.lock().iter().filter(|(b, _)| *b == p).map(|(_, t)| t.to_value()).collect()
}

/// `__bases__` of a type.
pub fn bases_of(ty: &PyType) -> Vec<&'static PyType> {
    match heap(ty) {
        Some(h) => h.bases.clone(),
        None => ty.base().map(|b| vec![static_type(b)]).unwrap_or_default(),
    }
}

/// `__qualname__` of a type.
pub fn qualname(ty: &PyType) -> Value {
    match heap(ty) {
        Some(h) => h.qualname.lock().clone(),
        None => new_str(ty.name.rsplit('.').next().unwrap_or(ty.name)),
    }
}

// ---------------------------------------------------------------------------
// type(...) call and __build_class__
// ---------------------------------------------------------------------------

fn split_kw<'a>(args: &'a [Value], kwnames: Option<&'a Value>) -> (&'a [Value], Vec<Value>, &'a [Value]) {
    let kn: Vec<Value> = kwnames.and_then(crate::object::tuple::items).map(|s| s.to_vec()).unwrap_or_default();
    let npos = args.len() - kn.len();
    (&args[..npos], kn, &args[npos..])
}

/// `type`'s call slot: `type(x)`, or `cls.__new__` then `__init__`.
pub fn type_call(cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let t = cls.as_type().expect("type_call on a type");
    let (pos, kn, _) = split_kw(args, kwnames);
    if core::ptr::eq(t, &TYPE_TYPE) && pos.len() == 1 && kn.is_empty() {
        return Ok(pos[0].ty().to_value());
    }
    let new = t.slots.new.ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", t.name)))?;
    let obj = new(cls, args, kwnames)?;
    if !obj.ty().is_subtype_mro(t) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().slots.init {
        init(&obj, args, kwnames)?;
    }
    Ok(obj)
}

/// `type.__new__` as the `new` slot of `type` (and metaclasses).
pub fn type_new_slot(meta: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let mt = meta.as_type().expect("metatype");
    let (pos, kn, kv) = split_kw(args, kwnames);
    if core::ptr::eq(mt, &TYPE_TYPE) && pos.len() == 1 && kn.is_empty() {
        return Ok(pos[0].ty().to_value());
    }
    if pos.len() != 3 {
        return Err(PyErr::type_error(if core::ptr::eq(mt, &TYPE_TYPE) {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())
        }));
    }
    if !crate::object::str::is_str(&pos[0]) {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[0].ty().name
        )));
    }
    let bases = crate::object::tuple::items(&pos[1]).ok_or_else(|| {
        PyErr::type_error(format!("type.__new__() argument 2 must be tuple, not {}", pos[1].ty().name))
    })?;
    if dict::core(&pos[2]).is_none() {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[2].ty().name
        )));
    }
    type_new(mt, &to_rust_string(&pos[0]), bases, &pos[2], &kn, kv)
}

/// `type.__init__`: accepts what `type.__new__` accepted.
pub fn type_init_slot(_cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let (pos, _, _) = split_kw(args, kwnames);
    if pos.len() != 1 && pos.len() != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

thread_local! {
    /// `__name__` of the calling Python frame's globals while the VM runs
    /// `type(name, bases, dict)` or a metaclass call for it (the VM has
    /// the frame at hand; type_new does not).
    static CALLER_MODULE: core::cell::Cell<Option<Value>> = const { core::cell::Cell::new(None) };
}

/// Runs `f` (a three-argument call of `type` or a metaclass) with `module`
/// as the caller's module name, which `type_new` stores as `__module__`
/// when the namespace has none (as CPython's type_new does from the
/// calling frame's globals).
pub fn with_caller_module<R>(module: Option<Value>, f: impl FnOnce() -> R) -> R {
    let prev = CALLER_MODULE.with(|c| c.replace(module));
    let r = f();
    CALLER_MODULE.with(|c| c.set(prev));
    r
}

type BodyRunner = fn(&Value, &Value) -> PyResult<Value>;
static CLASS_BODY_RUNNER: OnceLock<BodyRunner> = OnceLock::new();

/// Installs the function that runs a class body with a namespace as its
/// locals (VM core: `crate::vm::eval::run_class_body`).
pub fn set_class_body_runner(f: BodyRunner) {
    let _ = CLASS_BODY_RUNNER.set(f);
}

/// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(func: &Value, name: &Value, bases: &[Value], kwnames: &[Value], kwvalues: &[Value]) -> PyResult<Value> {
    let orig_bases = bases;
    let mut meta: Option<Value> = None;
    let mut kn = Vec::new();
    let mut kv = Vec::new();
    for (k, v) in kwnames.iter().zip(kwvalues) {
        if to_rust_string(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kn.push(k.clone());
            kv.push(v.clone());
        }
    }
    // __mro_entries__ for non-type bases: an attribute of the base object
    // itself (CPython reads it with getattr, so a function can carry one).
    let mut rb = Vec::new();
    let mut replaced = false;
    for b in bases {
        if b.as_type().is_none() {
            let f = match ops::getattr(b, crate::object::attr::name!("__mro_entries__")) {
                Ok(f) => Some(f),
                Err(e) if e.is(ExcKind::AttributeError) => None,
                Err(e) => return Err(e),
            };
            if let Some(f) = f {
                replaced = true;
                let r = ops::call(&f, &[crate::object::tuple::new_tuple(bases.to_vec())], None)?;
                rb.extend(crate::object::tuple::items(&r).map(|s| s.to_vec()).unwrap_or_default());
                continue;
            }
        }
        rb.push(b.clone());
    }
    let bases = rb;
    let meta = match meta {
        Some(m) => match m.as_type() {
            Some(mt) => calculate_metaclass(mt, &bases)?.to_value(),
            None => m,
        },
        None => match bases.first() {
            Some(b) => calculate_metaclass(b.ty(), &bases)?.to_value(),
            None => TYPE_TYPE.to_value(),
        },
    };
    let bases_t = crate::object::tuple::new_tuple(bases.clone());
    let kwt = if kn.is_empty() { None } else { Some(crate::object::tuple::new_tuple(kn.clone())) };
    let ns = match ops::getattr(&meta, crate::object::attr::name!("__prepare__")).ok() {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kv.iter().cloned());
            ops::call(&p, &a, kwt.as_ref())?
        }
        None => dict::new_dict(),
    };
    let runner = CLASS_BODY_RUNNER
        .get()
        .ok_or_else(|| PyErr::runtime_error("__build_class__: no class body runner installed"))?;
    let cell = runner(func, &ns)?;
    let ns_dict = if dict::core(&ns).is_some() {
        ns
    } else {
        let d = dict::new_dict();
        for k in ops::collect(&ns)? {
            let v = ops::getitem(&ns, &k)?;
            dict::dict_set(&d, k, v)?;
        }
        d
    };
    if !cell.is_none() {
        dict::dict_set(&ns_dict, crate::object::attr::name!("__classcell__").clone(), cell)?;
    }
    // The bases as written, when `__mro_entries__` replaced some (typing's
    // Generic[T] parameters are read from it).
    if replaced {
        dict::dict_set(&ns_dict, crate::object::str::intern("__orig_bases__"), crate::object::tuple::new_tuple(orig_bases.to_vec()))?;
    }
    let mut a = vec![name.clone(), bases_t, ns_dict];
    a.extend(kv);
    ops::call(&meta, &a, kwt.as_ref())
}

/// `__build_class__` as a native function.
pub fn build_class_native(_m: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kn, kv) = split_kw(args, kwnames);
    if pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    if !crate::object::str::is_str(&pos[1]) {
        return Err(PyErr::type_error("__build_class__: name is not a string"));
    }
    build_class(&pos[0], &pos[1], &pos[2..], &kn, kv)
}

#[cfg(test)]
mod tests {
    //! Expected strings come from CPython 3.13.0 (`python3.13 -c ...`).
    use super::*;
    use crate::object::descr::{MethodDescr, METHOD_DESCR_TYPE};
    use crate::object::typeobj::{MethodDef, MethodKind};

    fn s(x: &str) -> Value {
        crate::object::str::intern(x)
    }

    fn cls(name: &str, bases: &[Value], items: Vec<(&str, Value)>) -> PyResult<Value> {
        let d = dict::new_dict();
        dict::dict_set(&d, s("__module__"), s("__main__")).unwrap();
        for (k, v) in items {
            dict::dict_set(&d, s(k), v).unwrap();
        }
        type_new(&TYPE_TYPE, name, bases, &d, &[], &[])
    }

    fn meth(def: &'static MethodDef) -> Value {
        PyObject::alloc(&METHOD_DESCR_TYPE, MethodDescr { def, owner: &OBJECT_TYPE })
    }

    fn call(f: &Value, args: &[Value]) -> PyResult<Value> {
        ops::call(f, args, None)
    }

    fn err<T: core::fmt::Debug>(r: PyResult<T>) -> String {
        let e = r.expect_err("expected an error");
        // (Errors made from a value keep their message there.)
        match e.value.get() {
            Some(v) => format!("{}: {}", e.kind.name(), ops::str_string(v).unwrap()),
            None => format!("{}: {}", e.kind.name(), e.msg),
        }
    }

    fn names(t: &Value) -> Vec<String> {
        attr::mro(t.as_type().unwrap()).iter().map(|t| t.name.to_string()).collect()
    }

    fn getattr(o: &Value, n: &str) -> PyResult<Value> {
        ops::getattr(o, &s(n))
    }

    fn setattr(o: &Value, n: &str, v: Option<&Value>) -> PyResult<()> {
        ops::setattr(o, &s(n), v)
    }

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }

    #[test]
    fn diamond_mro_and_errors() {
        let o = cls("O", &[], vec![]).unwrap();
        let a = cls("A", core::slice::from_ref(&o), vec![]).unwrap();
        let b = cls("B", core::slice::from_ref(&o), vec![]).unwrap();
        let c = cls("C", &[a.clone(), b.clone()], vec![]).unwrap();
        let d = cls("D", &[b.clone(), a.clone()], vec![]).unwrap();
        assert_eq!(names(&c), ["C", "A", "B", "O", "object"]);
        assert_eq!(
            err(cls("E", &[c.clone(), d.clone()], vec![])),
            "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B"
        );
        assert_eq!(err(cls("E", &[a.clone(), a.clone()], vec![])), "TypeError: duplicate base class A");
        assert_eq!(
            err(cls("E", &[o.clone(), a.clone()], vec![])),
            "TypeError: Cannot create a consistent method resolution order (MRO) for bases O, A"
        );
        assert_eq!(
            err(cls("X", &[crate::object::int::BOOL_TYPE.to_value()], vec![])),
            "TypeError: type 'bool' is not an acceptable base type"
        );
        assert_eq!(
            err(cls("X", &[crate::object::int::INT_TYPE.to_value(), crate::object::str::STR_TYPE.to_value()], vec![])),
            "TypeError: multiple bases have instance lay-out conflict"
        );
        // isinstance/issubclass follow the MRO, not just the base chain.
        let ci = call(&c, &[]).unwrap();
        assert!(attr::isinstance(&ci, &b).unwrap());
        assert!(attr::issubclass(&c, &b).unwrap());
        assert!(!attr::issubclass(&o, &b).unwrap());
        let spec = crate::object::tuple::new_tuple(vec![int(1).ty().to_value(), b.clone()]);
        assert!(attr::isinstance(&ci, &spec).unwrap());
        // __mro__ / __bases__ / __name__ through type's getsets.
        let mro = getattr(&c, "__mro__").unwrap();
        assert_eq!(crate::object::tuple::items(&mro).unwrap().len(), 5);
        assert_eq!(ops::repr_string(&getattr(&c, "__bases__").unwrap()).unwrap(), "(<class '__main__.A'>, <class '__main__.B'>)");
        assert_eq!(ops::repr_string(&getattr(&c, "__name__").unwrap()).unwrap(), "'C'");
        assert_eq!(ops::repr_string(&getattr(&c, "__base__").unwrap()).unwrap(), "<class '__main__.A'>");
        assert_eq!(ops::repr_string(&getattr(&c, "__module__").unwrap()).unwrap(), "'__main__'");
        assert_eq!(ops::repr_string(&getattr(&int(1).ty().to_value(), "__module__").unwrap()).unwrap(), "'builtins'");
        assert!(getattr(&c, "__doc__").unwrap().is_none());
    }

    #[test]
    fn attribute_errors() {
        let c = cls("C", &[], vec![]).unwrap();
        let obj = call(&OBJECT_TYPE.to_value(), &[]).unwrap();
        assert_eq!(err(getattr(&obj, "x")), "AttributeError: 'object' object has no attribute 'x'");
        let ci = call(&c, &[]).unwrap();
        assert_eq!(err(getattr(&ci, "x")), "AttributeError: 'C' object has no attribute 'x'");
        assert_eq!(
            err(setattr(&obj, "x", Some(&int(1)))),
            "AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes"
        );
        assert_eq!(
            err(setattr(&int(1), "x", Some(&int(1)))),
            "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"
        );
        assert_eq!(
            err(setattr(&int(1).ty().to_value(), "x", Some(&int(1)))),
            "TypeError: cannot set 'x' attribute of immutable type 'int'"
        );
        assert_eq!(err(getattr(&c, "x")), "AttributeError: type object 'C' has no attribute 'x'");
        assert_eq!(err(setattr(&ci, "x", None)), "AttributeError: 'C' object has no attribute 'x'");
        assert_eq!(err(setattr(&c, "zz", None)), "AttributeError: type object 'C' has no attribute 'zz'");
        assert_eq!(err(ops::getattr(&ci, &int(1))), "TypeError: attribute name must be string, not 'int'");
        // Instance dict, class attributes, deletion.
        setattr(&ci, "x", Some(&int(5))).unwrap();
        assert_eq!(getattr(&ci, "x").unwrap().as_small_int(), Some(5));
        setattr(&c, "y", Some(&int(7))).unwrap();
        assert_eq!(getattr(&ci, "y").unwrap().as_small_int(), Some(7));
        setattr(&ci, "x", None).unwrap();
        assert!(getattr(&ci, "x").is_err());
        let d = getattr(&ci, "__dict__").unwrap();
        assert!(dict::core(&d).is_some());
        assert!(getattr(&ci, "__class__").unwrap().is(&c));
    }

    #[test]
    fn construction_errors() {
        let c = cls("C", &[], vec![]).unwrap();
        assert_eq!(err(call(&c, &[int(1)])), "TypeError: C() takes no arguments");
        assert_eq!(err(call(&OBJECT_TYPE.to_value(), &[int(1)])), "TypeError: object() takes no arguments");
        let ci = call(&c, &[]).unwrap();
        let init = getattr(&OBJECT_TYPE.to_value(), "__init__").unwrap();
        assert_eq!(ops::repr_string(&init).unwrap(), "<slot wrapper '__init__' of 'object' objects>");
        // C has no __init__ of its own: 3.13 says "C() takes no arguments"
        // for object.__init__(C(), 1) only when __new__ is not overridden.
        assert_eq!(err(call(&init, &[ci.clone(), int(1)])), "TypeError: C() takes no arguments");
        static INIT: MethodDef = MethodDef { name: "__init__", func: |_, _, _| Ok(Value::none()), kind: MethodKind::Method, doc: "" };
        let d = cls("D", &[], vec![("__init__", meth(&INIT))]).unwrap();
        let di = call(&d, &[int(1)]).unwrap();
        assert_eq!(
            err(call(&init, &[di, int(1)])),
            "TypeError: D.__init__() takes exactly one argument (the instance to initialize)"
        );
        let new = getattr(&OBJECT_TYPE.to_value(), "__new__").unwrap();
        assert_eq!(err(call(&new, &[c.clone(), int(1)])), "TypeError: C() takes no arguments");
        assert_eq!(err(call(&new, &[int(1)])), "TypeError: object.__new__(X): X is not a type object (int)");
        assert_eq!(
            err(call(&new, &[int(1).ty().to_value()])),
            "TypeError: object.__new__(int) is not safe, use int.__new__()"
        );
        assert_eq!(err(call(&TYPE_TYPE.to_value(), &[int(1), int(2)])), "TypeError: type() takes 1 or 3 arguments");
        assert!(call(&TYPE_TYPE.to_value(), &[int(1)]).unwrap().is(&int(1).ty().to_value()));
    }

    #[test]
    fn slots() {
        let sl = crate::object::tuple::new_tuple(vec![s("a")]);
        let c = cls("S", &[], vec![("__slots__", sl)]).unwrap();
        let o = call(&c, &[]).unwrap();
        assert_eq!(err(getattr(&o, "a")), "AttributeError: 'S' object has no attribute 'a'");
        assert_eq!(
            err(setattr(&o, "b", Some(&int(1)))),
            "AttributeError: 'S' object has no attribute 'b' and no __dict__ for setting new attributes"
        );
        assert_eq!(err(setattr(&o, "a", None)), "AttributeError: a");
        setattr(&o, "a", Some(&int(3))).unwrap();
        assert_eq!(getattr(&o, "a").unwrap().as_small_int(), Some(3));
        assert_eq!(ops::repr_string(&getattr(&c, "a").unwrap()).unwrap(), "<member 'a' of 'S' objects>");
        assert_eq!(err(getattr(&o, "__dict__")), "AttributeError: 'S' object has no attribute '__dict__'");
        assert_eq!(
            err(cls("Z", &[], vec![("__slots__", crate::object::tuple::new_tuple(vec![s("a")])), ("a", int(1))])),
            "ValueError: 'a' in __slots__ conflicts with class variable"
        );
        assert_eq!(
            err(cls("Z", &[], vec![("__slots__", crate::object::tuple::new_tuple(vec![s("1a")]))])),
            "TypeError: __slots__ must be identifiers"
        );
        // A subclass without __slots__ gets a dict; inherited slot still works.
        let sub = cls("T", core::slice::from_ref(&c), vec![]).unwrap();
        let t = call(&sub, &[]).unwrap();
        setattr(&t, "a", Some(&int(1))).unwrap();
        setattr(&t, "b", Some(&int(2))).unwrap();
        assert_eq!(getattr(&t, "a").unwrap().as_small_int(), Some(1));
        assert_eq!(getattr(&t, "b").unwrap().as_small_int(), Some(2));
    }

    fn getter_x(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(Value::from_i64(1))
    }

    #[test]
    fn property_behaviour() {
        static GET: MethodDef = MethodDef { name: "x", func: getter_x, kind: MethodKind::StaticMethod, doc: "" };
        let fget = crate::object::descr::new_native_bound(&GET, None);
        let px = crate::object::descr::new_property(Some(fget), None, None, None);
        let empty = call(&crate::object::descr::PROPERTY_TYPE.to_value(), &[]).unwrap();
        let p = cls("P", &[], vec![("x", px), ("y", empty)]).unwrap();
        let o = call(&p, &[]).unwrap();
        assert_eq!(getattr(&o, "x").unwrap().as_small_int(), Some(1));
        assert_eq!(err(setattr(&o, "x", Some(&int(2)))), "AttributeError: property 'x' of 'P' object has no setter");
        assert_eq!(err(setattr(&o, "x", None)), "AttributeError: property 'x' of 'P' object has no deleter");
        assert_eq!(err(getattr(&o, "y")), "AttributeError: property 'y' of 'P' object has no getter");
        assert_eq!(err(setattr(&o, "y", Some(&int(1)))), "AttributeError: property 'y' of 'P' object has no setter");
        // Data descriptor beats the instance dict.
        let d = getattr(&o, "__dict__").unwrap();
        dict::dict_set(&d, s("x"), int(9)).unwrap();
        assert_eq!(getattr(&o, "x").unwrap().as_small_int(), Some(1));
        // getter/setter copies keep the name.
        let prop = getattr(&p, "x").unwrap();
        let setter = getattr(&prop, "setter").unwrap();
        let p2 = call(&setter, &[getattr(&prop, "fget").unwrap()]).unwrap();
        assert!(!p2.is(&prop));
        assert!(!getattr(&p2, "fset").unwrap().is_none());
        assert_eq!(
            err(setattr(&int(1), "real", Some(&int(2)))),
            "AttributeError: attribute 'real' of 'int' objects is not writable"
        );
    }

    fn eq_true(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(Value::bool(true))
    }
    fn add_one(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(Value::from_i64(100))
    }
    fn radd(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(Value::from_i64(200))
    }
    fn name_of(s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(crate::object::str::new_str(s.ty().name))
    }
    fn from_a(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(crate::object::str::new_str("A.f"))
    }
    fn from_b(_s: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
        Ok(crate::object::str::new_str("B.f"))
    }

    #[test]
    fn dunders_hash_and_operators() {
        static EQ: MethodDef = MethodDef { name: "__eq__", func: eq_true, kind: MethodKind::Method, doc: "" };
        let e = cls("E", &[], vec![("__eq__", meth(&EQ))]).unwrap();
        let ei = call(&e, &[]).unwrap();
        assert_eq!(err(ops::hash(&ei)), "TypeError: unhashable type: 'E'");
        assert!(getattr(&e, "__hash__").unwrap().is_none());
        assert!(ops::eq(&ei, &int(3)).unwrap());
        // != falls back to the inverse of __eq__.
        assert!(!ops::compare_bool(&ei, &int(3), CmpOp::Ne).unwrap());
        static ADD: MethodDef = MethodDef { name: "__add__", func: add_one, kind: MethodKind::Method, doc: "" };
        static RADD: MethodDef = MethodDef { name: "__radd__", func: radd, kind: MethodKind::Method, doc: "" };
        let n = cls("N", &[], vec![("__add__", meth(&ADD)), ("__radd__", meth(&RADD))]).unwrap();
        let ni = call(&n, &[]).unwrap();
        assert_eq!(ops::binary_op(&ni, &int(1), ops::BinOp::Add).unwrap().as_small_int(), Some(100));
        assert_eq!(ops::binary_op(&int(1), &ni, ops::BinOp::Add).unwrap().as_small_int(), Some(200));
        assert_eq!(attr::inplace_op(&ni, &int(1), ops::BinOp::Add).unwrap().as_small_int(), Some(100));
        let c = cls("C", &[], vec![]).unwrap();
        let ci = call(&c, &[]).unwrap();
        assert_eq!(
            err(ops::binary_op(&ci, &int(1), ops::BinOp::Sub)),
            "TypeError: unsupported operand type(s) for -: 'C' and 'int'"
        );
        assert_eq!(
            err(attr::inplace_op(&ci, &int(1), ops::BinOp::Sub)),
            "TypeError: unsupported operand type(s) for -=: 'C' and 'int'"
        );
        assert_eq!(err(ops::call(&ci, &[], None)), "TypeError: 'C' object is not callable");
        assert_eq!(err(ops::len(&ci)), "TypeError: object of type 'C' has no len()");
        assert!(!attr::callable(&ci));
        assert!(attr::callable(&c));
        assert!(ops::repr_string(&ci).unwrap().starts_with("<__main__.C object at 0x"));
        // Monkey-patching a dunder after creation is seen by the slot.
        static REPR: MethodDef = MethodDef { name: "__repr__", func: name_of, kind: MethodKind::Method, doc: "" };
        setattr(&c, "__repr__", Some(&meth(&REPR))).unwrap();
        assert_eq!(ops::repr_string(&ci).unwrap(), "C");
        assert_eq!(ops::str_string(&ci).unwrap(), "C");
    }

    #[test]
    fn super_and_methods() {
        static FA: MethodDef = MethodDef { name: "f", func: from_a, kind: MethodKind::Method, doc: "" };
        static FB: MethodDef = MethodDef { name: "f", func: from_b, kind: MethodKind::Method, doc: "" };
        let a = cls("A", &[], vec![("f", meth(&FA))]).unwrap();
        let b = cls("B", core::slice::from_ref(&a), vec![("f", meth(&FB))]).unwrap();
        let bi = call(&b, &[]).unwrap();
        let f = getattr(&bi, "f").unwrap();
        assert_eq!(ops::str_string(&call(&f, &[]).unwrap()).unwrap(), "B.f");
        let sup = crate::object::super_::new_super(&b, &bi).unwrap();
        let g = getattr(&sup, "f").unwrap();
        assert_eq!(ops::str_string(&call(&g, &[]).unwrap()).unwrap(), "A.f");
        match attr::lookup_method(&bi, &s("f")).unwrap() {
            Some((m, true)) => assert_eq!(ops::str_string(&call(&m, core::slice::from_ref(&bi)).unwrap()).unwrap(), "B.f"),
            _ => panic!("expected the unbound method form"),
        }
        assert_eq!(
            err(crate::object::super_::new_super(&int(1), &int(2))),
            "TypeError: super() argument 1 must be a type, not int"
        );
        assert_eq!(
            err(crate::object::super_::new_super(&a, &int(2))),
            "TypeError: super(type, obj): obj (instance of int) is not an instance or subtype of type (A)."
        );
        let app = getattr(&crate::object::list::LIST_TYPE.to_value(), "__len__").unwrap();
        assert_eq!(ops::repr_string(&app).unwrap(), "<slot wrapper '__len__' of 'list' objects>");
    }

    #[test]
    fn metaclass_conflict_and_init_subclass() {
        let m1 = cls("M1", &[TYPE_TYPE.to_value()], vec![]).unwrap();
        let m2 = cls("M2", &[TYPE_TYPE.to_value()], vec![]).unwrap();
        let mk = |m: &Value, n: &str| {
            let d = dict::new_dict();
            call(m, &[s(n), crate::object::tuple::new_tuple(vec![]), d]).unwrap()
        };
        let x1 = mk(&m1, "X1");
        let x2 = mk(&m2, "X2");
        assert!(x1.ty().is_heap());
        assert_eq!(
            err(cls("X", &[x1.clone(), x2.clone()], vec![])),
            "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
        );
        // Instances of a class made by a metaclass work as usual.
        let xi = call(&x1, &[]).unwrap();
        assert!(attr::isinstance(&xi, &x1).unwrap());
        let d = dict::new_dict();
        let kw = [s("y")];
        assert_eq!(
            err(type_new(&TYPE_TYPE, "Q", &[], &d, &kw, &[int(2)])),
            "TypeError: Q.__init_subclass__() takes no keyword arguments"
        );
    }

    #[test]
    fn lookup_cache_sees_class_changes() {
        static FA: MethodDef = MethodDef { name: "f", func: from_a, kind: MethodKind::Method, doc: "" };
        static FB: MethodDef = MethodDef { name: "f", func: from_b, kind: MethodKind::Method, doc: "" };
        let a = cls("A", &[], vec![("f", meth(&FA))]).unwrap();
        let b = cls("B", core::slice::from_ref(&a), vec![]).unwrap();
        let c = cls("C", core::slice::from_ref(&b), vec![]).unwrap();
        let ci = call(&c, &[]).unwrap();
        let get = || ops::str_string(&call(&getattr(&ci, "f").unwrap(), &[]).unwrap()).unwrap();
        assert_eq!(get(), "A.f");
        assert_eq!(get(), "A.f");
        setattr(&a, "f", Some(&meth(&FB))).unwrap();
        assert_eq!(get(), "B.f");
        setattr(&c, "f", Some(&meth(&FA))).unwrap();
        assert_eq!(get(), "A.f");
        setattr(&c, "f", None).unwrap();
        assert_eq!(get(), "B.f");
        setattr(&a, "f", None).unwrap();
        assert_eq!(err(getattr(&ci, "f")), "AttributeError: 'C' object has no attribute 'f'");
    }

    #[test]
    fn abstract_methods() {
        let c = cls("C", &[], vec![]).unwrap();
        let am = crate::object::list::new_list(vec![s("g"), s("f")]);
        setattr(&c, "__abstractmethods__", Some(&am)).unwrap();
        assert_eq!(
            err(call(&c, &[])),
            "TypeError: Can't instantiate abstract class C without an implementation for abstract methods 'f', 'g'"
        );
        setattr(&c, "__abstractmethods__", Some(&crate::object::list::new_list(vec![]))).unwrap();
        assert!(call(&c, &[]).is_ok());
        // A class-body attribute of that name does not make a class abstract.
        let d = cls("D", &[], vec![("__abstractmethods__", crate::object::list::new_list(vec![s("x")]))]).unwrap();
        assert!(call(&d, &[]).is_ok());
        assert_eq!(err(getattr(&int(1).ty().to_value(), "__abstractmethods__")), "AttributeError: __abstractmethods__");
    }

    #[test]
    fn threads_share_instances_and_classes() {
        let c = cls("C", &[], vec![("k", int(0))]).unwrap();
        let o = call(&c, &[]).unwrap();
        setattr(&o, "a", Some(&int(0))).unwrap();
        let mut hs = Vec::new();
        for t in 0..4i64 {
            let (c, o) = (c.clone(), o.clone());
            hs.push(crate::sync::thread::spawn(move || {
                let mut last_k = -1;
                for i in 0..2000i64 {
                    if t == 0 {
                        setattr(&c, "k", Some(&int(i))).unwrap();
                    } else {
                        // Class attribute reads through the cache never go back in time.
                        let k = getattr(&o, "k").unwrap().as_small_int().unwrap();
                        assert!(k >= last_k, "stale class attribute {} after {}", k, last_k);
                        last_k = k;
                    }
                    setattr(&o, "a", Some(&int(t * 10_000 + i))).unwrap();
                    assert!(getattr(&o, "a").unwrap().as_small_int().is_some());
                    setattr(&o, &format!("t{}", t), Some(&int(i))).unwrap();
                }
            }));
        }
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(getattr(&c, "k").unwrap().as_small_int(), Some(1999));
        for t in 0..4 {
            assert_eq!(getattr(&o, &format!("t{}", t)).unwrap().as_small_int(), Some(1999));
        }
    }
}

