//! Design: DESIGN.md#weak-references
//!
//! Weak references: the per-object weak-reference lists, the
//! dereference-versus-final-decref protocol, and the native
//! `weakref.ReferenceType` behind the `_weakref` module.
//!
//! * **Lists.** An object's weak references are found through a side
//!   table keyed by its address: 64 stripes, each a mutex around a map
//!   address → entries (the weak reference objects, newest callback refs
//!   after the basic ref, as CPython orders them). The header's
//!   `gc_bits::WEAKREFS` bit says the object may have a list, so objects
//!   that never had a weak reference pay one bit test in `dealloc`.
//! * **Making one** (`attach`): the creator holds a reference to the
//!   referent. It moves the referent's shared state to MAYBE_WEAKREF (so
//!   that a non-owner's `try_incref` is decisive: it fails only once the
//!   merged count has reached zero), stores the target address in the
//!   weak reference and, under the stripe lock, appends the entry and sets
//!   the WEAKREFS bit.
//!   The weak reference itself is made never-deferred
//!   (`gc::deferred::never_defer`): the lists hand it out by `try_incref`,
//!   which on a deferred object always succeeds, even on one a deferred
//!   collection has found dead and not yet freed.
//! * **Dereference** (`upgrade`): under the stripe lock, read the target
//!   (0: cleared) and `try_incref` it. The target's memory is valid while
//!   the target word is non-zero under the lock, because `dealloc` clears
//!   every target of the list under the same lock before the payload is
//!   dropped and the memory handed to QSBR.
//! * **Clearing** (`clear_referent`, from `refcount::dealloc` once the count
//!   is zero): under the stripe lock take the list, store 0 in every
//!   target, and `try_incref` the weak references that have a callback
//!   (one whose count already reached zero is dying: skipped). After the
//!   payload is dropped, outside every lock, the callbacks run in the
//!   freeing thread (newest first).
//! * **A weak reference dying** (`detach`, from its payload's drop): if its
//!   target is still set, remove its entry under the stripe lock.
//!
//! Lock order: a stripe mutex is a leaf except for what `try_incref` may
//! take (the deferred registry, a leaf); no Python code runs and no value
//! is dropped under it.

use std::collections::HashMap;

use crate::object::handle::Value;
use crate::object::header::{gc_bits, ObjHeader};
use crate::sync::{AtomicUsize, Mutex, Ordering::{Acquire, Relaxed, Release}};

const NSTRIPES: usize = 64;

/// A weak reference's link to its referent: the referent's address, 0
/// once it was cleared. Written only under the referent's stripe lock.
pub struct WeakCore {
    target: AtomicUsize,
}

impl WeakCore {
    pub fn new() -> WeakCore {
        WeakCore { target: AtomicUsize::new(0) }
    }

    /// Is the referent gone (or was never set)? A hint without the lock.
    pub fn is_dead(&self) -> bool {
        self.target.load(Acquire) == 0
    }

    /// The referent's address (0: dead). For `repr` only: may be stale.
    pub fn target_hint(&self) -> usize {
        self.target.load(Acquire)
    }
}

impl Default for WeakCore {
    fn default() -> Self {
        Self::new()
    }
}

/// What kind of weak reference an entry is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `ref(obj)` of the exact type without a callback: shared.
    Basic,
    /// Anything else.
    Other,
}

#[derive(Clone, Copy)]
struct Entry {
    /// The weak reference object's header address.
    wr: usize,
    /// Its `WeakCore`'s address.
    core: usize,
    kind: Kind,
    has_callback: bool,
}

crate::lazy_global! {
    static STRIPES: Vec<Mutex<HashMap<usize, Vec<Entry>>>> =
        (0..NSTRIPES).map(|_| Mutex::new(HashMap::new())).collect();
}

fn stripe(addr: usize) -> &'static Mutex<HashMap<usize, Vec<Entry>>> {
    let i = ((addr >> 4) ^ (addr >> 10)) & (NSTRIPES - 1);
    &STRIPES[i]
}

/// Registers the weak reference `wr` (whose payload holds `core`) on
/// `referent`.
///
/// The caller holds references to both objects, and `core` lives inside
/// `wr`'s payload (so it stays valid until `wr`'s payload drop calls
/// [`detach`]).
pub fn attach(referent: &ObjHeader, wr: &ObjHeader, core: &WeakCore, kind: Kind, has_callback: bool) {
    // Non-owner `try_incref`s must be decisive on both objects: the
    // referent (dereference) and the weak reference (clearing and
    // `getweakrefs` count it up from the list).
    referent.set_maybe_weakref();
    wr.set_maybe_weakref();
    // The weak reference is never deferred: other threads `try_incref` it
    // through the list below, which must fail once its count is zero.
    crate::gc::deferred::never_defer(wr);
    let addr = referent as *const ObjHeader as usize;
    let e = Entry { wr: wr as *const ObjHeader as usize, core: core as *const WeakCore as usize, kind, has_callback };
    let mut g = stripe(addr).lock();
    core.target.store(addr, Release);
    let list = g.entry(addr).or_default();
    if kind == Kind::Basic {
        list.insert(0, e);
    } else {
        // Newest first after the basic ref (CPython's order, which is the
        // order callbacks run in).
        let at = usize::from(list.first().is_some_and(|e| e.kind == Kind::Basic));
        list.insert(at, e);
    }
    referent.set_gc_bits(gc_bits::WEAKREFS);
}

/// The referent as a new reference, or `None` once it is gone.
pub fn upgrade(core: &WeakCore) -> Option<Value> {
    let t = core.target.load(Acquire);
    if t == 0 {
        return None;
    }
    let g = stripe(t).lock();
    let t2 = core.target.load(Relaxed);
    if t2 == 0 {
        return None;
    }
    debug_assert_eq!(t, t2, "a weak reference's target only changes to 0");
    // SAFETY: the target word is non-zero under the stripe lock, so
    // `clear_referent` (which zeroes it under this lock before the
    // referent's payload is dropped and its memory is handed to QSBR) has
    // not run: the header is readable. `try_incref` fails once the count
    // has reached zero (the referent is MAYBE_WEAKREF or later, set in
    // `attach`), so we never revive a dying object.
    let h = unsafe { &*(t2 as *const ObjHeader) };
    let ok = h.try_incref();
    drop(g);
    if ok {
        // SAFETY: `try_incref` just counted the reference this takes.
        Some(unsafe { Value::from_raw_steal(t2) })
    } else {
        None
    }
}

/// Removes a dying weak reference's entry (called from its payload drop).
pub fn detach(core: &WeakCore) {
    let t = core.target.load(Acquire);
    if t == 0 {
        return;
    }
    let mut g = stripe(t).lock();
    if core.target.load(Relaxed) == 0 {
        return;
    }
    let me = core as *const WeakCore as usize;
    if let Some(list) = g.get_mut(&t) {
        list.retain(|e| e.core != me);
        if list.is_empty() {
            g.remove(&t);
        }
    }
    core.target.store(0, Relaxed);
}

/// Clears every weak reference to `h`, whose count reached zero, and
/// returns the live ones that have a callback (newest first) for
/// [`run_callbacks`] once the object is freed.
///
/// The WEAKREFS bit is cleared, so a later `dealloc` of `h` finds nothing.
pub fn clear_referent(h: &ObjHeader) -> Vec<Value> {
    let addr = h as *const ObjHeader as usize;
    let mut out = Vec::new();
    let mut g = stripe(addr).lock();
    h.gc.fetch_and(!gc_bits::WEAKREFS, Relaxed);
    let Some(list) = g.remove(&addr) else {
        return out;
    };
    for e in &list {
        // SAFETY: an entry is removed (under this lock) by the weak
        // reference's payload drop before its memory can be released, so
        // its core is valid here.
        unsafe { &*(e.core as *const WeakCore) }.target.store(0, Relaxed);
        if e.has_callback {
            // SAFETY: as above, the weak reference's header is readable;
            // `try_incref` fails if its own count reached zero (it was
            // made MAYBE_WEAKREF in `attach`).
            let w = unsafe { &*(e.wr as *const ObjHeader) };
            if w.try_incref() {
                // SAFETY: counted just above.
                out.push(unsafe { Value::from_raw_steal(e.wr) });
            }
        }
    }
    drop(g);
    out
}

/// The live weak references to `h` (CPython's `getweakrefs` order).
pub fn refs_of(h: &ObjHeader) -> Vec<Value> {
    let addr = h as *const ObjHeader as usize;
    if h.gc_bits() & gc_bits::WEAKREFS == 0 {
        return Vec::new();
    }
    let g = stripe(addr).lock();
    let mut out = Vec::new();
    if let Some(list) = g.get(&addr) {
        for e in list {
            // SAFETY: as in `clear_referent`.
            let w = unsafe { &*(e.wr as *const ObjHeader) };
            if w.try_incref() {
                // SAFETY: counted just above.
                out.push(unsafe { Value::from_raw_steal(e.wr) });
            }
        }
    }
    drop(g);
    out
}

/// Number of weak references registered on `h`.
pub fn count_of(h: &ObjHeader) -> usize {
    if h.gc_bits() & gc_bits::WEAKREFS == 0 {
        return 0;
    }
    let addr = h as *const ObjHeader as usize;
    stripe(addr).lock().get(&addr).map_or(0, |l| l.len())
}

/// The shared basic ref of `h`, if one is alive.
pub fn basic_of(h: &ObjHeader) -> Option<Value> {
    if h.gc_bits() & gc_bits::WEAKREFS == 0 {
        return None;
    }
    let addr = h as *const ObjHeader as usize;
    let g = stripe(addr).lock();
    let e = *g.get(&addr)?.first()?;
    if e.kind != Kind::Basic {
        return None;
    }
    // SAFETY: as in `clear_referent`.
    let w = unsafe { &*(e.wr as *const ObjHeader) };
    let ok = w.try_incref();
    drop(g);
    // SAFETY: counted just above.
    ok.then(|| unsafe { Value::from_raw_steal(e.wr) })
}

/// Runs the callbacks of the weak references `clear_referent` returned,
/// outside every lock, in the freeing thread.
pub fn run_callbacks(refs: Vec<Value>) {
    #[cfg(not(weft_loom))]
    for w in refs {
        py::call_callback(&w);
    }
    #[cfg(weft_loom)]
    drop(refs);
}

#[cfg(not(weft_loom))]
pub use py::*;

#[cfg(not(weft_loom))]
mod py {
    use super::*;
    use crate::builtins::args;
    use crate::error::{PyErr, PyResult};
    use crate::object::handle::{PyObject, PyPayload};
    use crate::object::methods::{getter, staticmethod};
    use crate::object::ops;
    use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
    use crate::object::typeobj::{type_flags, CmpOp, MethodDef, MethodKind, PyType, Slots};
    use crate::object::str as pystr;
    use crate::sync::{AtomicI64, OnceLock};

    /// A `weakref.ReferenceType` instance.
    pub struct PyWeakRef {
        core: WeakCore,
        callback: Mutex<Option<Value>>,
        /// The referent's hash once computed (`i64::MIN`: not yet).
        hash: AtomicI64,
    }

    impl Drop for PyWeakRef {
        fn drop(&mut self) {
            detach(&self.core);
        }
    }

    impl PyPayload for PyWeakRef {
        fn class() -> &'static PyType {
            &WEAKREF_TYPE
        }
    }

    pub static WEAKREF_TYPE: PyType = PyType {
        head: ObjHeader::new_static(&TYPE_TYPE),
        name: "weakref.ReferenceType",
        base: &OBJECT_TYPE,
        flags: type_flags::BASETYPE,
        slots: Slots {
            repr: Some(wr_repr),
            hash: Some(wr_hash),
            richcompare: Some(wr_richcompare),
            call: Some(wr_call),
            new: Some(wr_new),
            init: Some(wr_init),
            ..Slots::EMPTY
        },
        free: PyObject::<PyWeakRef>::free,
        methods: WEAKREF_METHODS,
        dict: OnceLock::new(),
    };

    static WEAKREF_METHODS: &[MethodDef] = &[
        getter("__callback__", wr_callback),
        MethodDef { name: "__class_getitem__", func: crate::builtins::generic::class_getitem, kind: MethodKind::ClassMethod, doc: "" },
    ];

    fn register_layout() {
        static DONE: OnceLock<()> = OnceLock::new();
        DONE.get_or_init(|| {
            crate::object::class::register_base_layout(&WEAKREF_TYPE, crate::object::class::layout_of::<PyWeakRef>());
        });
    }

    fn payload(v: &Value) -> PyResult<&PyWeakRef> {
        v.downcast_sub::<PyWeakRef>()
            .ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'weakref.ReferenceType' object but received '{}'", v.ty().name)))
    }

    /// Can `v` be weakly referenced (CPython: `tp_weaklistoffset != 0`)?
    pub fn supports_weakref(v: &Value) -> bool {
        if v.is_small_int() {
            return false;
        }
        let mut t: &PyType = v.ty();
        loop {
            if t.is_heap() {
                let core = crate::object::attr::type_dict_core(t);
                match core.get(&pystr::intern("__slots__")) {
                    Ok(None) => return !varsize_base(t),
                    Ok(Some(s)) => {
                        let names: Vec<Value> = if pystr::is_str(&s) { vec![s] } else { ops::collect(&s).unwrap_or_default() };
                        if names.iter().any(|n| pystr::is_str(n) && pystr::to_rust_string(n) == "__weakref__") {
                            return true;
                        }
                    }
                    Err(_) => return false,
                }
                match t.base() {
                    Some(b) => t = b,
                    None => return false,
                }
                continue;
            }
            return builtin_supports(t);
        }
    }

    fn varsize_base(mut t: &PyType) -> bool {
        use crate::object::{bytes::BYTES_TYPE, int::INT_TYPE, tuple::TUPLE_TYPE};
        while t.is_heap() {
            match t.base() {
                Some(b) => t = b,
                None => return false,
            }
        }
        t.is_subtype(&INT_TYPE) || t.is_subtype(&TUPLE_TYPE) || t.is_subtype(&BYTES_TYPE)
    }

    fn builtin_supports(t: &PyType) -> bool {
        let ok: [&PyType; 12] = [
            &crate::object::func::FUNCTION_TYPE,
            &crate::object::func::BUILTIN_TYPE,
            &crate::object::descr::METHOD_TYPE,
            &crate::object::gen::GEN_TYPE,
            &crate::bytecode::code::CODE_TYPE,
            &crate::object::set::SET_TYPE,
            &crate::object::set::FROZENSET_TYPE,
            &crate::object::module::MODULE_TYPE,
            &crate::modules::collections::DEQUE_TYPE,
            &crate::modules::re::REGEX_TYPE,
            &crate::modules::thread::LOCK_TYPE,
            &crate::modules::thread::RLOCK_TYPE,
        ];
        t.is_subtype(&TYPE_TYPE) || ok.iter().any(|o| core::ptr::eq(*o, t))
    }

    /// `ReferenceType.__new__(cls, ob, callback=None)`.
    fn wr_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        register_layout();
        if kw.is_some_and(|k| crate::object::tuple::items(k).is_some_and(|i| !i.is_empty())) {
            return Err(PyErr::type_error("ref() takes no keyword arguments"));
        }
        if a.is_empty() {
            return Err(PyErr::type_error("__new__ expected at least 1 argument, got 0"));
        }
        if a.len() > 2 {
            return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", a.len())));
        }
        let ob = &a[0];
        let callback = a.get(1).filter(|c| !c.is_none()).cloned();
        new_ref(cls, ob, callback)
    }

    /// A weak reference of class `cls` to `ob`.
    pub fn new_ref(cls: &Value, ob: &Value, callback: Option<Value>) -> PyResult<Value> {
        register_layout();
        if !supports_weakref(ob) {
            return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", ob.ty().name)));
        }
        let exact = cls.as_type().is_some_and(|t| core::ptr::eq(t, &WEAKREF_TYPE));
        let h = ob.header().expect("weakly referenceable objects are heap objects");
        let basic = exact && callback.is_none();
        if basic {
            if let Some(r) = basic_of(h) {
                return Ok(r);
            }
        }
        let has_callback = callback.is_some();
        let p = PyWeakRef { core: WeakCore::new(), callback: Mutex::new(callback), hash: AtomicI64::new(i64::MIN) };
        let w = crate::builtins::ctors::alloc_instance(cls, &WEAKREF_TYPE, p)?;
        let wp = payload(&w)?;
        let kind = if basic { Kind::Basic } else { Kind::Other };
        attach(h, w.header().expect("heap object"), &wp.core, kind, has_callback);
        Ok(w)
    }

    fn wr_init(_v: &Value, a: &[Value], _kw: Option<&Value>) -> PyResult<()> {
        if a.len() > 2 {
            return Err(PyErr::type_error(format!("__init__ expected at most 2 arguments, got {}", a.len())));
        }
        Ok(())
    }

    /// `r()`: the referent or None.
    fn wr_call(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        args::no_args("weakref", a, kw)?;
        Ok(get(v)?.unwrap_or_else(Value::none))
    }

    /// The referent of weak reference `v`, if alive.
    pub fn get(v: &Value) -> PyResult<Option<Value>> {
        Ok(upgrade(&payload(v)?.core))
    }

    fn wr_callback(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
        Ok(payload(v)?.callback.lock().clone().unwrap_or_else(Value::none))
    }

    fn wr_repr(v: &Value) -> PyResult<Value> {
        let p = payload(v)?;
        let me = v.raw();
        let s = match upgrade(&p.core) {
            None => format!("<weakref at {:#x}; dead>", me),
            Some(o) => {
                let name = ops::getattr_str(&o, "__name__").ok().filter(pystr::is_str);
                match name {
                    Some(n) => format!(
                        "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                        me,
                        o.ty().name,
                        o.raw(),
                        pystr::to_rust_string(&n)
                    ),
                    None => format!("<weakref at {:#x}; to '{}' at {:#x}>", me, o.ty().name, o.raw()),
                }
            }
        };
        Ok(pystr::new_str(&s))
    }

    fn wr_hash(v: &Value) -> PyResult<i64> {
        let p = payload(v)?;
        let h = p.hash.load(Relaxed);
        if h != i64::MIN {
            return Ok(h);
        }
        let Some(o) = upgrade(&p.core) else {
            return Err(PyErr::type_error("weak object has gone away"));
        };
        let h = ops::hash(&o)?;
        p.hash.store(h, Relaxed);
        Ok(h)
    }

    fn wr_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(Value::not_implemented());
        }
        let (Some(pa), Some(pb)) = (a.downcast_sub::<PyWeakRef>(), b.downcast_sub::<PyWeakRef>()) else {
            return Ok(Value::not_implemented());
        };
        match (upgrade(&pa.core), upgrade(&pb.core)) {
            (Some(x), Some(y)) => ops::richcompare(&x, &y, op),
            _ => Ok(Value::bool(a.is(b) == (op == CmpOp::Eq))),
        }
    }

    /// Calls the callback of a cleared weak reference (once), reporting an
    /// exception as CPython's unraisable hook does.
    pub(super) fn call_callback(w: &Value) {
        let Some(p) = w.downcast_sub::<PyWeakRef>() else {
            return;
        };
        let cb = p.callback.lock().take();
        if let Some(cb) = cb {
            if let Err(e) = ops::call(&cb, core::slice::from_ref(w), None) {
                crate::modules::sys::flush_std_streams();
                let r = ops::repr_string(&cb).unwrap_or_default();
                let text = crate::object::exc::format_exception(&e.value());
                write_stderr(&format!("Exception ignored in: {}\n{}", r, text));
            }
            drop(cb);
        }
    }

    /// Writes to `sys.stderr` (CPython's unraisable hook does), falling
    /// back to the process's stderr.
    fn write_stderr(text: &str) {
        let d = crate::vm::interp::interp().sys_dict();
        if let Ok(Some(err)) = crate::object::dict::dict_get(d, &pystr::intern("stderr")) {
            if !err.is_none()
                && crate::object::attr::call_method(&err, &pystr::intern("write"), &[pystr::new_str(text)]).is_ok()
            {
                return;
            }
        }
        eprint!("{}", text);
    }

    // ---- the `_weakref` module ---------------------------------------------

    fn m_getweakrefcount(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        let o = args::exactly_one("getweakrefcount", a, kw)?;
        Ok(Value::from_i64(o.header().map_or(0, count_of) as i64))
    }

    fn m_getweakrefs(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        let o = args::exactly_one("getweakrefs", a, kw)?;
        Ok(crate::object::list::new_list(o.header().map_or_else(Vec::new, refs_of)))
    }

    /// `_weakref._supports(obj)`: may `obj` be weakly referenced? (Weft's
    /// helper for `weakref.proxy`.)
    fn m_supports(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        let o = args::exactly_one("_supports", a, kw)?;
        Ok(Value::bool(supports_weakref(o)))
    }

    /// `_weakref._collect()`: merges this thread's queued references and
    /// runs a deferred collection now, so that objects other threads made
    /// deferred (DESIGN.md#deferred-reference-counting) and that are garbage
    /// are freed and their weak references cleared and called back.
    /// `gc.collect()` calls it.
    fn m_collect(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
        args::no_args("_collect", a, kw)?;
        crate::vm::thread::brc_merge_queue();
        let n = crate::gc::deferred::collect();
        crate::vm::thread::brc_merge_queue();
        Ok(Value::from_i64(n as i64))
    }

    static WEAKREF_FUNCS: &[MethodDef] = &[
        staticmethod("_collect", m_collect),
        staticmethod("getweakrefcount", m_getweakrefcount),
        staticmethod("getweakrefs", m_getweakrefs),
        staticmethod("_supports", m_supports),
    ];

    /// A new `_weakref` module.
    pub fn make_module() -> Value {
        register_layout();
        let m = crate::object::module::new_module("_weakref");
        crate::object::module::add_functions(&m, WEAKREF_FUNCS);
        let d = crate::object::module::module_dict(&m).expect("module");
        let _ = d.set(pystr::intern("ref"), WEAKREF_TYPE.to_value());
        let _ = d.set(pystr::intern("ReferenceType"), WEAKREF_TYPE.to_value());
        m
    }
}
