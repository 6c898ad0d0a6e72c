//! Design: DESIGN.md#attributes
//!
//! Attribute lookup: type dicts, the MRO walk, CPython's generic
//! getattr/setattr (data descriptors, then the instance `__dict__`, then
//! non-data descriptors and plain class attributes), the method form of
//! LoadAttr, isinstance/issubclass, and in-place operators.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::class::{self, static_type};
use crate::object::descr;
use crate::object::dict::{self, DictCore};
use crate::object::ops;
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, DescrGetFn, PyType};
use crate::object::Value;

/// The interned str for a literal name, built once per call site (a
/// `&'static Value`; interned strs are immortal and shared by all threads).
macro_rules! name {
    ($s:literal) => {{
        static N: crate::sync::OnceLock<crate::object::Value> = crate::sync::OnceLock::new();
        N.get_or_init(|| crate::object::str::intern($s))
    }};
}
pub(crate) use name;

/// An interned str for a `'static` name (a direct-mapped per-thread cache
/// keyed by the text's address; prefer `name!` for literals).
pub fn name_value(s: &'static str) -> Value {
    crate::sync::thread_local! {
        static CACHE: core::cell::RefCell<Vec<Option<(usize, usize, Value)>>> =
            core::cell::RefCell::new((0..256).map(|_| None).collect());
    }
    let key = s.as_ptr() as usize;
    let idx = ((key >> 3) ^ (key >> 11) ^ s.len()) & 255;
    CACHE.with(|c| {
        if let Some((k, l, v)) = &c.borrow()[idx] {
            if *k == key && *l == s.len() {
                return v.clone();
            }
        }
        let v = crate::object::str::intern(s);
        c.borrow_mut()[idx] = Some((key, s.len(), v.clone()));
        v
    })
}

/// The type's attribute dict. Builtin types build it on first use from
/// their slot table (slot wrappers) and `methods`; classes set it at creation.
pub fn type_dict(ty: &PyType) -> &Value {
    ty.dict.get_or_init(|| build_static_dict(static_type(ty)))
}

/// The DictCore of a type's dict.
pub fn type_dict_core(ty: &PyType) -> &DictCore {
    dict::core(type_dict(ty)).expect("type dict is a dict")
}

fn build_static_dict(ty: &'static PyType) -> Value {
    let d = dict::new_dict();
    let core = dict::core(&d).expect("dict");
    let doc = ty.methods.iter().find(|m| m.name == "__doc__" && m.kind != crate::object::typeobj::MethodKind::Getter);
    let _ = core.set(crate::object::str::intern("__doc__"), match doc {
        Some(m) if !m.doc.is_empty() => new_str(m.doc),
        _ => Value::none(),
    });
    for (name, w) in descr::slot_wrappers(ty) {
        let _ = core.set(crate::object::str::intern(name), w);
    }
    for def in ty.methods.iter() {
        if def.name == "__doc__" && def.kind != crate::object::typeobj::MethodKind::Getter {
            continue;
        }
        let _ = core.set(crate::object::str::intern(def.name), descr::descriptor_for(def, ty));
    }
    crate::object::singletons::extend_static_dict(ty, core);
    // A builtin type's dict is shared by every thread of every interpreter
    // and lives as long as the process: its values (fresh descriptors, slot
    // wrappers, the doc string, built above and seen by no other thread
    // until `type_dict`'s OnceLock publishes the dict) become immortal, so a
    // method lookup (`q.get`, `list.append`) writes no count on them. Two
    // threads looking up two methods of one type otherwise wrote counts on
    // neighbouring descriptors (one cache line) on every call
    // (DESIGN.md#channels-and-queues).
    for v in core.values() {
        if let Some(h) = v.header() {
            if !h.is_immortal() {
                h.make_immortal();
            }
        }
    }
    // Shared by every thread from the start: lock-free readers everywhere.
    core.mark_shared();
    d
}

/// The method resolution order, starting with `ty` itself.
pub fn mro(ty: &PyType) -> Vec<&'static PyType> {
    let mut out = Vec::new();
    for_each_mro(ty, |t| {
        out.push(t);
        None::<()>
    });
    out
}

/// Walks the MRO until `f` returns `Some`.
#[inline]
pub fn for_each_mro<R>(ty: &PyType, mut f: impl FnMut(&'static PyType) -> Option<R>) -> Option<R> {
    if let Some(h) = class::heap(ty) {
        if let Some(r) = f(static_type(ty)) {
            return Some(r);
        }
        for t in h.mro_rest.iter() {
            if let Some(r) = f(t) {
                return Some(r);
            }
        }
        return None;
    }
    // Builtin types with more than one base (ExceptionGroup) list their
    // full MRO; the others follow the single base chain.
    if let Some(full) = crate::object::exc::static_mro(ty) {
        return full.into_iter().find_map(f);
    }
    let mut t: Option<&'static PyType> = Some(static_type(ty));
    while let Some(x) = t {
        if let Some(r) = f(x) {
            return Some(r);
        }
        t = x.base().map(static_type);
    }
    None
}

/// Looks `name` up along the MRO (no descriptor binding).
pub fn type_lookup(ty: &PyType, name: &str) -> Option<Value> {
    type_lookup_v(ty, &new_str(name))
}

/// `type_lookup` with the name as a str value (no allocation).
pub fn type_lookup_v(ty: &PyType, name: &Value) -> Option<Value> {
    type_lookup_where(ty, name).map(|(v, _)| v)
}

/// Like `type_lookup_v`, also returning the type that defines the name.
///
/// Results are cached per thread, keyed by (type, name object, type
/// version): `class::type_modified` gives a class and its subclasses a
/// fresh version after any change to their dicts, so a stale entry never
/// matches. The cache holds references to the name and the value, so the
/// keys cannot be reused by other objects while cached.
pub fn type_lookup_where(ty: &PyType, name: &Value) -> Option<(Value, &'static PyType)> {
    type_lookup_with(ty, name, |r| r.map(|(v, t)| (v.clone(), t)))
}

/// `type_lookup_where` that hands `f` the result borrowed from the cache
/// (no count pair for callers that only test it). `f` runs while the
/// cache is borrowed: it must not run Python code or look types up.
#[inline]
pub fn type_lookup_with<R>(ty: &PyType, name: &Value, f: impl FnOnce(Option<(&Value, &'static PyType)>) -> R) -> R {
    let tp = ty as *const PyType as usize;
    let ver = class::type_version(ty);
    let idx = {
        let h = (tp >> 4) ^ (name.raw() >> 3).wrapping_mul(0x9E37_79B9);
        h & (CACHE_SIZE - 1)
    };
    let mut f = Some(f);
    let hit = LOOKUP_CACHE.with(|c| {
        let c = c.borrow();
        match c.get(idx) {
            Some(Some(e)) if e.ty == tp && e.version == ver && e.name.is(name) => {
                let f = f.take().expect("f");
                Some(f(e.result.as_ref().map(|(v, t)| (v, *t))))
            }
            _ => None,
        }
    });
    if let Some(r) = hit {
        return r;
    }
    let f = f.take().expect("f");
    let r = for_each_mro(ty, |t| type_dict_core(t).get(name).ok().flatten().map(|v| (v, t)));
    let out = f(r.as_ref().map(|(v, t)| (v, *t)));
    // Only interned names are cached (their identity is their value).
    if crate::object::str::is_interned(name) {
        LOOKUP_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize_with(CACHE_SIZE, || None);
            }
            let old = c[idx].replace(CacheEntry { ty: tp, version: ver, name: name.clone(), result: r });
            drop(c);
            drop(old);
        });
    }
    out
}

const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    ty: usize,
    version: u64,
    name: Value,
    result: Option<(Value, &'static PyType)>,
}

crate::sync::thread_local! {
    // Allocated on the first fill (const-initialised: a hit does not check
    // for lazy initialisation).
    static LOOKUP_CACHE: core::cell::RefCell<Vec<Option<CacheEntry>>> =
        const { core::cell::RefCell::new(Vec::new()) };
}

/// The `__get__` of a descriptor's type, if it has one.
pub fn descr_get_of(ty: &PyType) -> Option<DescrGetFn> {
    if ty.is_heap() {
        if type_lookup_v(ty, crate::object::attr::name!("__get__")).is_some() {
            return Some(class::slot_descr_get);
        }
        return None;
    }
    ty.slots.descr_get
}

/// Does the descriptor's type define `__set__` or `__delete__`?
pub fn is_data_descr(ty: &PyType) -> bool {
    if ty.is_heap() {
        return type_lookup_v(ty, crate::object::attr::name!("__set__")).is_some()
            || type_lookup_v(ty, crate::object::attr::name!("__delete__")).is_some();
    }
    ty.slots.descr_set.is_some()
}

/// Calls a descriptor's `__set__`/`__delete__`.
pub fn descr_set(d: &Value, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let ty = d.ty();
    if ty.is_heap() {
        return class::slot_descr_set(d, obj, v);
    }
    match ty.slots.descr_set {
        Some(f) => f(d, obj, v),
        None => Err(PyErr::attribute_error("descriptor has no __set__")),
    }
}

/// CPython 3.13's `'C' object has no attribute 'x'`.
/// The error carries `name` and `obj` (3.13's traceback adds "Did you
/// mean" from them).
pub fn no_attribute(obj: &Value, name: &Value) -> PyErr {
    let msg = match obj.as_type() {
        Some(t) => format!("type object '{}' has no attribute '{}'", t.name, to_rust_string(name)),
        None => format!("'{}' object has no attribute '{}'", obj.ty().name, to_rust_string(name)),
    };
    crate::object::exc::attribute_error(obj, name, msg)
}

fn check_name(name: &Value) -> PyResult<()> {
    if crate::object::str::is_str(name) {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("attribute name must be string, not '{}'", name.ty().name)))
    }
}

/// `object.__getattribute__`: data descriptors, the instance dict, then
/// non-data descriptors and class attributes.
pub fn generic_getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    check_name(name)?;
    let tp = obj.ty();
    let descr = type_lookup_v(tp, name);
    let mut getf = None;
    if let Some(d) = &descr {
        let dt = d.ty();
        getf = descr_get_of(dt);
        if let Some(f) = getf {
            if is_data_descr(dt) {
                return f(d, Some(obj), &tp.to_value());
            }
        }
    }
    // The instance's own attribute: inline value or dict entry (a read
    // never materialises the dict, DESIGN.md#attributes).
    if let Some(v) = class::instance_attr_get(obj, name)? {
        return Ok(v);
    }
    if let (Some(f), Some(d)) = (getf, &descr) {
        return f(d, Some(obj), &tp.to_value());
    }
    if let Some(d) = descr {
        return Ok(d);
    }
    Err(no_attribute(obj, name))
}

/// `generic_getattr` for types that keep their own `__dict__` (modules,
/// functions): `dict` is the instance dict.
pub fn generic_getattr_with_dict(obj: &Value, name: &Value, dict: Option<&DictCore>) -> PyResult<Value> {
    check_name(name)?;
    let tp = obj.ty();
    let descr = type_lookup_v(tp, name);
    let mut getf = None;
    if let Some(d) = &descr {
        let dt = d.ty();
        getf = descr_get_of(dt);
        if let Some(f) = getf {
            if is_data_descr(dt) {
                return f(d, Some(obj), &tp.to_value());
            }
        }
    }
    if let Some(core) = dict {
        if let Some(v) = core.get(name)? {
            return Ok(v);
        }
    }
    if let (Some(f), Some(d)) = (getf, &descr) {
        return f(d, Some(obj), &tp.to_value());
    }
    if let Some(d) = descr {
        return Ok(d);
    }
    Err(no_attribute(obj, name))
}

/// `object.__setattr__` / `__delattr__` (value None).
pub fn generic_setattr(obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    check_name(name)?;
    if let Some(d) = type_lookup_v(obj.ty(), name) {
        if is_data_descr(d.ty()) {
            return descr_set(&d, obj, value);
        }
    }
    // The instance's own attribute: inline value or dict entry.
    if let Some(r) = class::instance_setattr(obj, name, value) {
        return r;
    }
    generic_setattr_with_dict(obj, name, value, None)
}

pub fn generic_setattr_with_dict(obj: &Value, name: &Value, value: Option<&Value>, dict: Option<&DictCore>) -> PyResult<()> {
    check_name(name)?;
    let tp = obj.ty();
    if let Some(d) = type_lookup_v(tp, name) {
        if is_data_descr(d.ty()) {
            return descr_set(&d, obj, value);
        }
    }
    match dict {
        Some(core) => match value {
            Some(v) => core.set(crate::object::str::intern_value(name), v.clone()),
            None => match core.remove(name)? {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            },
        },
        None => {
            if type_lookup_v(tp, name).is_some() {
                return Err(PyErr::attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    tp.name,
                    to_rust_string(name)
                )));
            }
            if value.is_none() {
                return Err(no_attribute(obj, name));
            }
            Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                tp.name,
                to_rust_string(name)
            )))
        }
    }
}

/// LoadAttr's method form: `Some((f, true))` when `f` is an unbound
/// function to call with `obj` prepended, `Some((v, false))` for an
/// ordinary attribute value, `None` when there is no such attribute (raise
/// `no_attribute(obj, name)`).
pub fn lookup_method(obj: &Value, name: &Value) -> PyResult<Option<(Value, bool)>> {
    let r = lookup_method_generic(obj, name);
    if !obj.ty().is_heap() {
        return r;
    }
    // A class's `__getattr__` runs after any AttributeError of the generic
    // lookup (including one raised by a property getter).
    match r {
        Ok(None) => Ok(class::getattr_fallback(obj, name)?.map(|v| (v, false))),
        Err(e) if e.is(ExcKind::AttributeError) => match class::getattr_fallback(obj, name)? {
            Some(v) => Ok(Some((v, false))),
            None => Err(e),
        },
        r => r,
    }
}

fn lookup_method_generic(obj: &Value, name: &Value) -> PyResult<Option<(Value, bool)>> {
    let tp = obj.ty();
    if !class::plain_getattribute(tp) {
        return match ops::getattr(obj, name) {
            Ok(v) => Ok(Some((v, false))),
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        };
    }
    let descr = type_lookup_v(tp, name);
    let mut getf = None;
    let mut meth = false;
    if let Some(d) = &descr {
        let dt = d.ty();
        if dt.flags & type_flags::METHOD_DESCRIPTOR != 0 {
            meth = true;
        } else {
            getf = descr_get_of(dt);
            if let Some(f) = getf {
                if is_data_descr(dt) {
                    return f(d, Some(obj), &tp.to_value()).map(|v| Some((v, false)));
                }
            }
        }
    }
    // An instance dict that does not exist yet or has no entry with the
    // name's hash (one probe, DESIGN.md#dict rule 7) cannot shadow it.
    if let Some(core) = class::instance(obj).and_then(|i| i.dict.get()).and_then(dict::core) {
        if !core.is_empty() && !(meth && core.absent_by_hash(dict::key_hash(name)?)) {
            if let Some(v) = core.get(name)? {
                return Ok(Some((v, false)));
            }
        }
    } else if let Some(v) = class::instance_attr_get(obj, name)? {
        // Inline values (or a dict published meanwhile).
        return Ok(Some((v, false)));
    }
    if meth {
        return Ok(descr.map(|d| (d, true)));
    }
    if let (Some(f), Some(d)) = (getf, &descr) {
        return f(d, Some(obj), &tp.to_value()).map(|v| Some((v, false)));
    }
    Ok(descr.map(|d| (d, false)))
}

/// Calls `obj.name(*args)` through `lookup_method` (no bound method).
pub fn call_method(obj: &Value, name: &Value, args: &[Value]) -> PyResult<Value> {
    match lookup_method(obj, name)? {
        Some((f, true)) => ops::call(&f, &descr::prepend(obj, args), None),
        Some((f, false)) => ops::call(&f, args, None),
        None => Err(no_attribute(obj, name)),
    }
}

/// Looks a special method up on the type only (CPython's
/// `_PyObject_LookupSpecial`) and binds it.
pub fn lookup_special(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let tp = obj.ty();
    let Some(d) = type_lookup_v(tp, name) else { return Ok(None) };
    match descr_get_of(d.ty()) {
        Some(f) => f(&d, Some(obj), &tp.to_value()).map(Some),
        None => Ok(Some(d)),
    }
}

/// `a op= b`: `__iadd__`-style method first, then `a op b`.
pub fn inplace_op(a: &Value, b: &Value, op: ops::BinOp) -> PyResult<Value> {
    let ta = a.ty();
    // Fast path: builtin types without in-place methods in their tables.
    if ta.is_heap() || ta.methods.iter().any(|m| m.name.starts_with("__i")) {
        let (_, _, iname) = descr::bin_names(op);
        if let Some(f) = lookup_special(a, &name_value(iname))? {
            if !f.is_none() {
                let r = ops::call(&f, core::slice::from_ref(b), None)?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
    }
    match ops::binary_op(a, b, op) {
        Err(e) if e.is(ExcKind::TypeError) && e.msg.starts_with("unsupported operand type(s) for ") => {
            Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                op.symbol().trim_end_matches(" or pow()").trim_end_matches("()"),
                a.ty().name,
                b.ty().name
            )))
        }
        r => r,
    }
}

/// `callable(v)`.
pub fn callable(v: &Value) -> bool {
    let t = v.ty();
    if t.is_heap() {
        return type_lookup_v(t, crate::object::attr::name!("__call__")).is_some();
    }
    t.slots.call.is_some()
}

fn spec_items(spec: &Value) -> Option<Vec<Value>> {
    crate::object::tuple::items(spec).map(|s| s.to_vec())
}

fn type_of_cls<'a>(cls: &'a Value, fname: &str) -> PyResult<&'a PyType> {
    cls.as_type().ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        ))
    })
}

/// `isinstance(obj, cls)` with tuple specs and `__instancecheck__`.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    // Exact match first (CPython does the same before any hook).
    if let Some(t) = cls.as_type() {
        if core::ptr::eq(obj.ty(), t) {
            return Ok(true);
        }
        if !cls.ty().is_heap() {
            return Ok(obj.ty().is_subtype_mro(t) || class_attr_isinstance(obj, t)?);
        }
    }
    if let Some(items) = spec_items(cls) {
        crate::vm::stack::check_for(" in __instancecheck__")?;
        for c in items {
            if isinstance(obj, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(chk) = lookup_special(cls, crate::object::attr::name!("__instancecheck__"))? {
        let r = ops::call(&chk, core::slice::from_ref(obj), None)?;
        return ops::is_true(&r);
    }
    let t = type_of_cls(cls, "isinstance")?;
    Ok(obj.ty().is_subtype_mro(t) || class_attr_isinstance(obj, t)?)
}

/// The second step of CPython's `object_isinstance`, taken when `type(obj)`
/// is not a subclass of `t`: an `obj.__class__` that names another class
/// (a property, a proxy's `__getattribute__`) decides. Instances of builtin
/// types cannot override `__class__`, so only class instances pay the lookup;
/// an AttributeError or a non-type `__class__` means "no".
pub fn class_attr_isinstance(obj: &Value, t: &PyType) -> PyResult<bool> {
    if !obj.ty().is_heap() {
        return Ok(false);
    }
    let c = match ops::getattr(obj, crate::object::attr::name!("__class__")) {
        Ok(c) => c,
        Err(e) if e.is(crate::error::ExcKind::AttributeError) => return Ok(false),
        Err(e) => return Err(e),
    };
    match c.as_type() {
        Some(ct) if !core::ptr::eq(ct, obj.ty()) => Ok(ct.is_subtype_mro(t)),
        _ => Ok(false),
    }
}

/// `issubclass(c, cls)` with tuple specs and `__subclasscheck__`.
pub fn issubclass(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.as_type() {
        if !cls.ty().is_heap() {
            let ct = c.as_type().ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
            return Ok(ct.is_subtype_mro(t));
        }
    }
    if let Some(items) = spec_items(cls) {
        crate::vm::stack::check_for(" in __subclasscheck__")?;
        for x in items {
            if issubclass(c, &x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(chk) = lookup_special(cls, crate::object::attr::name!("__subclasscheck__"))? {
        let r = ops::call(&chk, core::slice::from_ref(c), None)?;
        return ops::is_true(&r);
    }
    let t = type_of_cls(cls, "issubclass")?;
    let ct = c.as_type().ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
    Ok(ct.is_subtype_mro(t))
}

impl PyType {
    /// Subtype test along the MRO (multiple inheritance aware).
    pub fn is_subtype_mro(&self, other: &PyType) -> bool {
        if class::heap(self).is_none() && crate::object::exc::static_mro(self).is_none() {
            return self.is_subtype(other);
        }
        for_each_mro(self, |t| if core::ptr::eq(t, other) { Some(()) } else { None }).is_some()
    }
}

/// `dir(obj)`: instance dict keys plus the attributes of the type's MRO,
/// sorted.
pub fn dir(obj: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |k: &Value| {
        if crate::object::str::is_str(k) {
            names.push(to_rust_string(k));
        }
    };
    if obj.is_type(&crate::object::module::MODULE_TYPE) {
        // module.__dir__: the module's own names, or what a module-level
        // `__dir__` function returns (PEP 562).
        if let Some(core) = crate::object::module::module_dict(obj) {
            if let Some(f) = core.get(&crate::object::str::intern("__dir__"))? {
                let r = crate::object::ops::call(&f, &[], None)?;
                let mut out = crate::object::list::snapshot(&crate::object::list::list_from_iterable(&r)?);
                if out.iter().all(crate::object::str::is_str) {
                    out.sort_by_key(to_rust_string);
                }
                return Ok(out);
            }
            for k in core.keys() {
                add(&k);
            }
        }
    } else if let Some(t) = obj.as_type() {
        for x in mro(t) {
            for k in type_dict_core(x).keys() {
                add(&k);
            }
        }
    } else {
        if let Some(core) = class::instance_dict(obj).and_then(dict::core) {
            for k in core.keys() {
                add(&k);
            }
        }
        for x in mro(obj.ty()) {
            for k in type_dict_core(x).keys() {
                add(&k);
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names.iter().map(|s| new_str(s)).collect())
}
