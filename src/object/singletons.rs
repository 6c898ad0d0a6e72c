//! Design: DESIGN.md#types
//!
//! The root types (`object`, `type`) and the immortal singletons shared by
//! every interpreter: None, NotImplemented, Ellipsis, True, False.

#![forbid(unsafe_code)]

use crate::error::PyResult;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::typeobj::{type_flags, CmpOp, PyType, Slots};

fn never_free(_: *mut ObjHeader) {}

/// Free slot for types whose instances are all immortal statics.
pub const STATIC_FREE: unsafe fn(*mut ObjHeader) = never_free;

pub static OBJECT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "object",
    base: core::ptr::null(),
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(object_repr),
        str: Some(object_str),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        new: Some(object_new),
        init: Some(object_init),
        ..Slots::EMPTY
    },
    free: crate::object::handle::PyObject::<crate::object::class::ObjectPayload>::free,
    methods: &OBJECT_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub static TYPE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "type",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(type_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        call: Some(crate::object::class::type_call),
        new: Some(crate::object::class::type_new_slot),
        init: Some(crate::object::class::type_init_slot),
        getattr: Some(type_getattro),
        setattr: Some(type_setattro),
        getitem: Some(type_getitem),
        number: crate::object::typeobj::NumberSlots { or: Some(crate::builtins::generic::union_or), ..crate::object::typeobj::NumberSlots::EMPTY },
        ..Slots::EMPTY
    },
    // Classes of subinterpreters are mortal (DESIGN.md#interpreters).
    free: crate::object::class::free_heap_type,
    methods: &TYPE_METHODS,
    dict: crate::sync::OnceLock::new(),
};

/// `object.__repr__`: `<__main__.C object at 0x...>` for classes.
pub fn object_repr(v: &Value) -> PyResult<Value> {
    let t = v.ty();
    let name = match type_module(t) {
        Some(m) if m != "builtins" => format!("{}.{}", m, crate::object::str::to_rust_string(&crate::object::class::qualname(t))),
        _ => t.name.to_string(),
    };
    Ok(crate::object::str::new_str(&format!("<{} object at {:#x}>", name, v.raw())))
}

fn object_str(v: &Value) -> PyResult<Value> {
    crate::object::ops::repr(v)
}

/// The `__module__` of a type as a Rust string (None if not a str).
pub fn type_module(t: &PyType) -> Option<String> {
    if !t.is_heap() {
        // A dotted static name is `module.name`, as CPython's tp_name.
        return Some(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m).into());
    }
    let m = crate::object::attr::type_dict_core(t).get(crate::object::attr::name!("__module__")).ok().flatten()?;
    crate::object::str::as_str(&m).map(|s| s.into_owned())
}

fn type_repr(v: &Value) -> PyResult<Value> {
    let Some(t) = v.as_type() else { return object_repr(v) };
    let q = crate::object::str::to_rust_string(&crate::object::class::qualname(t));
    Ok(crate::object::str::new_str(&match type_module(t) {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, q),
        _ => format!("<class '{}'>", q),
    }))
}

fn excess_args(args: &[Value]) -> bool {
    !args.is_empty()
}

/// `object.__new__`.
pub fn object_new(cls: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    use crate::object::class::{init_overridden, new_overridden};
    let t = cls.as_type().expect("type");
    if excess_args(args) {
        if new_overridden(t) {
            return Err(PyErr::type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !init_overridden(t) {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.name)));
        }
    }
    if let Some(h) = crate::object::class::heap(t) {
        if h.abstract_.load(crate::sync::Ordering::Acquire) {
            let key = crate::object::attr::name!("__abstractmethods__").clone();
            if let Some(am) = crate::object::attr::type_dict_core(t).get(&key)? {
                let mut names: Vec<String> =
                    crate::object::ops::collect(&am)?.iter().map(crate::object::str::to_rust_string).collect();
                if !names.is_empty() {
                    names.sort();
                    let list = names.iter().map(|n| format!("'{}'", n)).collect::<Vec<_>>().join(", ");
                    return Err(PyErr::type_error(format!(
                        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
                        t.name,
                        if names.len() == 1 { "" } else { "s" },
                        list
                    )));
                }
            }
        }
    }
    let solid = crate::object::class::heap(t).map(|h| h.solid).unwrap_or(&OBJECT_TYPE);
    if !core::ptr::eq(solid, &OBJECT_TYPE) && !core::ptr::eq(t, &OBJECT_TYPE) || (!t.is_heap() && !core::ptr::eq(t, &OBJECT_TYPE)) {
        let s = if t.is_heap() { solid.name } else { t.name };
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name, s
        )));
    }
    Ok(crate::object::class::alloc_instance(t, crate::object::class::ObjectPayload))
}

/// `object.__init__`.
pub fn object_init(obj: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<()> {
    use crate::object::class::{init_overridden, new_overridden};
    if excess_args(args) {
        let t = obj.ty();
        if init_overridden(t) {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name
            )));
        }
        if !new_overridden(t) {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.name)));
        }
    }
    Ok(())
}

// ---- object's methods -------------------------------------------------------

use crate::error::PyErr;
use crate::object::typeobj::{MethodDef, MethodKind};

static OBJECT_METHODS: [MethodDef; 8] = [
    MethodDef { name: "__class__", func: object_class, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__reduce_ex__", func: object_reduce_ex, kind: MethodKind::Method, doc: "Helper for pickle." },
    MethodDef { name: "__reduce__", func: object_reduce, kind: MethodKind::Method, doc: "Helper for pickle." },
    MethodDef { name: "__format__", func: object_format, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__dir__", func: object_dir, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__init_subclass__", func: object_init_subclass, kind: MethodKind::ClassMethod, doc: "" },
    MethodDef { name: "__subclasshook__", func: object_subclasshook, kind: MethodKind::ClassMethod, doc: "" },
    MethodDef { name: "__doc__", func: object_class, kind: MethodKind::Method, doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n" },
];

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins (as
/// CPython's); otherwise the copyreg protocol (`copyreg.__newobj__` from
/// protocol 2, `copyreg._reconstructor` below), computed by
/// `copyreg._reduce_object` (Python: it needs `__getnewargs_ex__`,
/// `__getstate__`, slots and the dict, as CPython's `reduce_newobj`).
fn object_reduce_ex(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::object::descr::no_kwargs("__reduce_ex__", kw)?;
    let [proto] = args else {
        return Err(PyErr::type_error(format!("object.__reduce_ex__() takes exactly one argument ({} given)", args.len())));
    };
    let proto = crate::builtins::args::int_arg(proto)?;
    let red = crate::object::attr::name!("__reduce__");
    if let Some(r) = crate::object::attr::type_lookup_v(s.ty(), red) {
        let own = crate::object::attr::type_lookup_v(&OBJECT_TYPE, red).is_some_and(|o| o.is(&r));
        if !own {
            let f = crate::object::ops::getattr(s, red)?;
            return crate::object::ops::call(&f, &[], None);
        }
    }
    reduce_via_copyreg(s, proto)
}

/// `object.__reduce__()`: the protocol-0 reduction (`copyreg._reduce_ex`).
fn object_reduce(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_args("__reduce__", args, kw)?;
    reduce_via_copyreg(s, 0)
}

fn reduce_via_copyreg(s: &Value, proto: i64) -> PyResult<Value> {
    let copyreg = crate::vm::interp::import_absolute("copyreg")?;
    let f = crate::object::ops::getattr(&copyreg, &crate::object::str::intern("_reduce_object"))?;
    crate::object::ops::call(&f, &[s.clone(), Value::from_i64(proto)], None)
}

fn object_class(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(s.ty().to_value())
}

fn object_format(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::object::descr::no_kwargs("__format__", kw)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("__format__() takes exactly one argument ({} given)", args.len())));
    }
    if !crate::object::str::is_str(&args[0]) {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            args[0].ty().name
        )));
    }
    if crate::object::str::char_len(&args[0]) != Some(0) {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            s.ty().name
        )));
    }
    crate::object::ops::str(s)
}

fn object_dir(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::object::list::new_list(crate::object::attr::dir(s)?))
}

fn object_init_subclass(cls: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if !args.is_empty() {
        let name = cls.as_type().map(|t| t.name).unwrap_or("object");
        return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
    }
    Ok(Value::none())
}

fn object_subclasshook(_cls: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "object.__subclasshook__() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(Value::not_implemented())
}

// ---- type's methods and attributes -----------------------------------------

static TYPE_METHODS: [MethodDef; 15] = [
    MethodDef { name: "mro", func: type_mro_method, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__subclasses__", func: type_subclasses, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__instancecheck__", func: type_instancecheck, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__subclasscheck__", func: type_subclasscheck, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__prepare__", func: type_prepare, kind: MethodKind::ClassMethod, doc: "" },
    MethodDef { name: "__dir__", func: object_dir, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__name__", func: type_name_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__qualname__", func: type_qualname_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__mro__", func: type_mro_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__bases__", func: type_bases_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__base__", func: type_base_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__dict__", func: type_dict_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__module__", func: type_module_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__doc__", func: type_doc_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__basicsize__", func: type_basicsize_get, kind: MethodKind::Getter, doc: "" },
];

fn ty_of(v: &Value) -> PyResult<&PyType> {
    v.as_type().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'type' object but received a '{}'", v.ty().name)))
}

fn type_mro_method(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    Ok(crate::object::list::new_list(crate::object::attr::mro(t).iter().map(|x| x.to_value()).collect()))
}
fn type_subclasses(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::object::list::new_list(crate::object::class::subclasses(ty_of(s)?)))
}
fn type_instancecheck(s: &Value, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    let o = args.first().ok_or_else(|| PyErr::type_error("__instancecheck__() takes exactly one argument (0 given)"))?;
    Ok(Value::bool(o.ty().is_subtype_mro(t) || crate::object::attr::class_attr_isinstance(o, t)?))
}
fn type_subclasscheck(s: &Value, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    let o = args.first().ok_or_else(|| PyErr::type_error("__subclasscheck__() takes exactly one argument (0 given)"))?;
    let ot = o.as_type().ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::bool(ot.is_subtype_mro(t)))
}
fn type_prepare(_s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::object::dict::new_dict())
}
fn type_name_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    let n = t.name;
    Ok(crate::object::str::new_str(if t.is_heap() { n } else { n.rsplit('.').next().unwrap_or(n) }))
}
fn type_qualname_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::object::class::qualname(ty_of(s)?))
}
fn type_mro_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    Ok(crate::object::tuple::new_tuple(crate::object::attr::mro(t).iter().map(|x| x.to_value()).collect()))
}
fn type_bases_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    Ok(crate::object::tuple::new_tuple(crate::object::class::bases_of(t).iter().map(|x| x.to_value()).collect()))
}
fn type_base_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    Ok(t.base().map(|b| b.to_value()).unwrap_or_else(Value::none))
}
fn type_dict_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    Ok(crate::object::descr::new_mappingproxy(crate::object::attr::type_dict(t).clone()))
}
fn type_module_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    if !t.is_heap() {
        return Ok(crate::object::str::new_str(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m)));
    }
    crate::object::attr::type_dict_core(t)
        .get(crate::object::attr::name!("__module__"))?
        .ok_or_else(|| PyErr::attribute_error("__module__"))
}
fn type_doc_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    let d = crate::object::attr::type_dict_core(t).get(crate::object::attr::name!("__doc__"))?;
    match d {
        Some(d) => match crate::object::attr::descr_get_of(d.ty()) {
            Some(f) if t.is_heap() => f(&d, None, s),
            _ => Ok(d),
        },
        None => Ok(Value::none()),
    }
}
fn type_basicsize_get(_s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::small_int(32).expect("small"))
}

fn heap_dict_set(t: &PyType, key: &'static str, v: Option<&Value>) -> PyResult<()> {
    let core = crate::object::attr::type_dict_core(t);
    let r = match v {
        Some(v) => core.set(crate::object::attr::name_value(key), v.clone()),
        None => core.remove(&crate::object::attr::name_value(key)).map(drop),
    };
    crate::object::class::type_modified(t);
    r
}

fn immutable_err(t: &PyType, name: &str) -> PyErr {
    PyErr::type_error(format!("cannot set '{}' attribute of immutable type '{}'", name, t.name))
}

fn type_qualname_set(s: &Value, v: Option<&Value>) -> PyResult<()> {
    let t = ty_of(s)?;
    let Some(h) = crate::object::class::heap(t) else { return Err(immutable_err(t, "__qualname__")) };
    match v {
        Some(v) if crate::object::str::is_str(v) => {
            *h.qualname.lock() = v.clone();
            Ok(())
        }
        Some(v) => Err(PyErr::type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name,
            v.ty().name
        ))),
        None => Err(PyErr::type_error(format!("cannot delete '__qualname__' attribute of immutable type '{}'", t.name))),
    }
}
fn type_module_set(s: &Value, v: Option<&Value>) -> PyResult<()> {
    let t = ty_of(s)?;
    if !t.is_heap() {
        return Err(immutable_err(t, "__module__"));
    }
    heap_dict_set(t, "__module__", v)
}
fn type_doc_set(s: &Value, v: Option<&Value>) -> PyResult<()> {
    let t = ty_of(s)?;
    if !t.is_heap() {
        return Err(immutable_err(t, "__doc__"));
    }
    heap_dict_set(t, "__doc__", v)
}

fn type_abstract_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = ty_of(s)?;
    let key = crate::object::attr::name!("__abstractmethods__").clone();
    match crate::object::class::heap(t) {
        Some(_) => crate::object::attr::type_dict_core(t).get(&key)?.ok_or_else(|| PyErr::attribute_error("__abstractmethods__")),
        None => Err(PyErr::attribute_error("__abstractmethods__")),
    }
}
fn type_abstract_set(s: &Value, v: Option<&Value>) -> PyResult<()> {
    let t = ty_of(s)?;
    let Some(h) = crate::object::class::heap(t) else { return Err(immutable_err(t, "__abstractmethods__")) };
    let abstract_ = match v {
        Some(v) => crate::object::ops::is_true(v)?,
        None => false,
    };
    heap_dict_set(t, "__abstractmethods__", v)?;
    h.abstract_.store(abstract_, crate::sync::Ordering::Release);
    Ok(())
}

/// Entries of builtin type dicts that MethodDef cannot express (writable
/// getsets, `__hash__ = None` for types comparing without hashing).
pub fn extend_static_dict(ty: &'static PyType, core: &crate::object::dict::DictCore) {
    if core::ptr::eq(ty, &TYPE_TYPE) {
        let g = crate::object::descr::new_getset;
        let _ = core.set(crate::object::attr::name!("__qualname__").clone(), g("__qualname__", type_qualname_get, Some(type_qualname_set), &TYPE_TYPE));
        let _ = core.set(crate::object::attr::name!("__module__").clone(), g("__module__", type_module_get, Some(type_module_set), &TYPE_TYPE));
        let _ = core.set(crate::object::attr::name!("__doc__").clone(), g("__doc__", type_doc_get, Some(type_doc_set), &TYPE_TYPE));
        let _ = core.set(
            crate::object::attr::name!("__abstractmethods__").clone(),
            g("__abstractmethods__", type_abstract_get, Some(type_abstract_set), &TYPE_TYPE),
        );
    }
    let own_cmp = ty.slots.richcompare.is_some()
        && ty.base().map(|b| b.slots.richcompare.map(|f| f as usize) != ty.slots.richcompare.map(|f| f as usize)).unwrap_or(false);
    if own_cmp && ty.slots.hash.is_none() {
        let _ = core.set(crate::object::attr::name!("__hash__").clone(), Value::none());
    }
}

/// `type.__getattribute__`: metatype data descriptors, then the class's
/// MRO (binding descriptors with no instance), then other metatype
/// attributes.
pub fn type_getattro(cls: &Value, name: &Value) -> PyResult<Value> {
    use crate::object::attr::{descr_get_of, is_data_descr, type_lookup_v};
    if !crate::object::str::is_str(name) {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", name.ty().name)));
    }
    let t = cls.as_type().expect("type");
    let meta = cls.ty();
    let meta_attr = type_lookup_v(meta, name);
    let mut meta_get = None;
    if let Some(ma) = &meta_attr {
        meta_get = descr_get_of(ma.ty());
        if let Some(f) = meta_get {
            if is_data_descr(ma.ty()) {
                return f(ma, Some(cls), &meta.to_value());
            }
        }
    }
    if let Some(a) = type_lookup_v(t, name) {
        if let Some(f) = descr_get_of(a.ty()) {
            return f(&a, None, cls);
        }
        return Ok(a);
    }
    if let (Some(f), Some(ma)) = (meta_get, &meta_attr) {
        return f(ma, Some(cls), &meta.to_value());
    }
    if let Some(ma) = meta_attr {
        return Ok(ma);
    }
    Err(crate::object::attr::no_attribute(cls, name))
}

/// `C[item]` on a class: `C.__class_getitem__(item)`.
fn type_getitem(cls: &Value, item: &Value) -> PyResult<Value> {
    let t = cls.as_type().expect("type");
    match crate::object::ops::getattr(cls, crate::object::attr::name!("__class_getitem__")) {
        Ok(f) => crate::object::ops::call(&f, core::slice::from_ref(item), None),
        Err(e) if e.is(crate::error::ExcKind::AttributeError) => {
            Err(PyErr::type_error(format!("type '{}' is not subscriptable", t.name)))
        }
        Err(e) => Err(e),
    }
}

/// `type.__setattr__`: class attribute assignment (heap types only).
pub fn type_setattro(cls: &Value, name: &Value, v: Option<&Value>) -> PyResult<()> {
    use crate::object::attr::{descr_set, is_data_descr, type_lookup_v};
    if !crate::object::str::is_str(name) {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", name.ty().name)));
    }
    let t = cls.as_type().expect("type");
    if let Some(ma) = type_lookup_v(cls.ty(), name) {
        if is_data_descr(ma.ty()) {
            return descr_set(&ma, cls, v);
        }
    }
    if !t.is_heap() {
        return Err(immutable_err(t, &crate::object::str::to_rust_string(name)));
    }
    let core = crate::object::attr::type_dict_core(t);
    let is_dunder = crate::object::str::as_str(name).is_some_and(|n| n.len() > 4 && n.starts_with("__") && n.ends_with("__"));
    // The removed value is dropped after the pause and the version bump
    // (its deallocation may run Python code).
    let mut removed: Option<Value> = None;
    let r = match v {
        Some(v) => {
            let r = core.set(crate::object::str::intern_value(name), v.clone());
            // A dunder may add a slot (before the version bump, so no
            // cache keyed on the new version sees the old table). Until
            // the table is rewritten the class behaves as before the
            // assignment.
            if r.is_ok() && is_dunder {
                crate::object::class::update_slots(t);
            }
            r
        }
        None => {
            // A dunder's deletion and the slot update it causes happen in
            // one pause, so no thread finds a slot whose dunder is gone
            // (update_slots' own stop nests as a no-op).
            let world = is_dunder.then(|| crate::vm::stw::stop_the_world(crate::vm::stw::Scope::Runtime));
            let r = match core.remove(name) {
                Ok(Some(old)) => {
                    removed = Some(old);
                    if is_dunder {
                        crate::object::class::update_slots(t);
                    }
                    Ok(())
                }
                Ok(None) => Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name,
                    crate::object::str::to_rust_string(name)
                ))),
                Err(e) => Err(e),
            };
            drop(world);
            r
        }
    };
    crate::object::class::type_modified(t);
    drop(removed);
    r
}

/// Identity hash, as CPython's `object.__hash__` (address rotated by 4).
pub fn object_hash(v: &Value) -> PyResult<i64> {
    let a = v.raw();
    let h = a.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// Identity equality; `!=` inverts the type's `__eq__`; NotImplemented
/// for ordering (CPython's `object_richcompare`).
pub fn object_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq if a.is(b) => Ok(Value::bool(true)),
        CmpOp::Ne => {
            let Some(f) = a.ty().slots.richcompare else { return Ok(Value::not_implemented()) };
            let r = f(a, b, CmpOp::Eq)?;
            if r.is_not_implemented() {
                return Ok(r);
            }
            Ok(Value::bool(!crate::object::ops::is_true(&r)?))
        }
        _ => Ok(Value::not_implemented()),
    }
}

pub struct PyNone;
pub struct PyNotImplemented;
pub struct PyEllipsis;
/// Payload of True and False (bool subclasses int: int operations accept it).
pub struct PyBool(pub bool);

macro_rules! singleton_type {
    ($tyname:ident, $payload:ident, $name:literal, $repr:ident, $base:expr, $slots:expr) => {
        pub static $tyname: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: $base,
            flags: type_flags::IMMUTABLE,
            slots: $slots,
            free: STATIC_FREE,
            methods: &[],
            dict: crate::sync::OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$tyname
            }
        }
    };
}

singleton_type!(NONE_TYPE, PyNone, "NoneType", none_repr, &OBJECT_TYPE, Slots {
    repr: Some(none_repr),
    hash: Some(none_hash),
    richcompare: Some(object_richcompare),
    number: crate::object::typeobj::NumberSlots { bool: Some(false_bool), ..crate::object::typeobj::NumberSlots::EMPTY },
    ..Slots::EMPTY
});
singleton_type!(NOT_IMPLEMENTED_TYPE, PyNotImplemented, "NotImplementedType", notimpl_repr, &OBJECT_TYPE, Slots {
    repr: Some(notimpl_repr),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    ..Slots::EMPTY
});
singleton_type!(ELLIPSIS_TYPE, PyEllipsis, "ellipsis", ellipsis_repr, &OBJECT_TYPE, Slots {
    repr: Some(ellipsis_repr),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    ..Slots::EMPTY
});

/// CPython 3.12+ hashes None to a constant (gh-99540).
fn none_hash(_: &Value) -> PyResult<i64> {
    Ok(0xFCA86420)
}

fn false_bool(_: &Value) -> PyResult<bool> {
    Ok(false)
}
fn none_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("None"))
}
fn notimpl_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("NotImplemented"))
}
fn ellipsis_repr(_: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str("Ellipsis"))
}

pub static NONE: PyObject<PyNone> = PyObject { head: ObjHeader::new_static(&NONE_TYPE), payload: PyNone };
pub static NOT_IMPLEMENTED: PyObject<PyNotImplemented> =
    PyObject { head: ObjHeader::new_static(&NOT_IMPLEMENTED_TYPE), payload: PyNotImplemented };
pub static ELLIPSIS: PyObject<PyEllipsis> = PyObject { head: ObjHeader::new_static(&ELLIPSIS_TYPE), payload: PyEllipsis };
pub static TRUE: PyObject<PyBool> = PyObject { head: ObjHeader::new_static(&crate::object::int::BOOL_TYPE), payload: PyBool(true) };
pub static FALSE: PyObject<PyBool> = PyObject { head: ObjHeader::new_static(&crate::object::int::BOOL_TYPE), payload: PyBool(false) };

impl Value {
    #[inline]
    pub fn none() -> Value {
        Value::from_static(&NONE)
    }
    #[inline]
    pub fn not_implemented() -> Value {
        Value::from_static(&NOT_IMPLEMENTED)
    }
    #[inline]
    pub fn ellipsis() -> Value {
        Value::from_static(&ELLIPSIS)
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        Value::from_static(if b { &TRUE } else { &FALSE })
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &NONE.head)
    }
    #[inline]
    pub fn is_not_implemented(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &NOT_IMPLEMENTED.head)
    }
    #[inline]
    pub fn is_true_obj(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &TRUE.head)
    }
    #[inline]
    pub fn is_false_obj(&self) -> bool {
        core::ptr::eq(self.as_ptr(), &FALSE.head)
    }
    /// `Some(b)` if this is True or False.
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        if self.is_true_obj() {
            Some(true)
        } else if self.is_false_obj() {
            Some(false)
        } else {
            None
        }
    }
}
