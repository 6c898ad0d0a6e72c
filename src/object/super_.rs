//! Design: DESIGN.md#classes
//!
//! `super`: attribute lookup along the MRO of the instance's type, after
//! the given class.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::attr::{self, type_dict_core};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, PyType, Slots};

type ZeroArgHook = fn() -> PyResult<(Value, Value)>;
static ZERO_ARG: crate::sync::OnceLock<ZeroArgHook> = crate::sync::OnceLock::new();

/// Installs the VM's zero-argument `super()` helper: returns the calling
/// frame's `__class__` cell value and its first argument, or raises
/// CPython's `RuntimeError: super(): __class__ cell not found` /
/// `super(): no arguments`.
pub fn set_zero_arg_hook(f: ZeroArgHook) {
    let _ = ZERO_ARG.set(f);
}

pub struct Super {
    /// The class after which the lookup starts.
    pub ty: Value,
    /// The bound object (instance or class), None for unbound super.
    pub obj: Option<Value>,
    /// The type whose MRO is searched.
    pub obj_type: Option<Value>,
}

pub static SUPER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "super",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: Slots {
        getattr: Some(super_getattr),
        repr: Some(super_repr),
        new: Some(super_new_slot),
        descr_get: Some(super_descr_get),
        hash: Some(crate::object::singletons::object_hash),
        ..Slots::EMPTY
    },
    free: PyObject::<Super>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

impl PyPayload for Super {
    fn class() -> &'static PyType {
        &SUPER_TYPE
    }
}

fn check(ty: &PyType, obj: &Value) -> PyResult<Value> {
    if let Some(t) = obj.as_type() {
        if t.is_subtype_mro(ty) {
            return Ok(obj.clone());
        }
    }
    if obj.ty().is_subtype_mro(ty) {
        return Ok(obj.ty().to_value());
    }
    // An object whose __class__ claims to be a subclass (proxies).
    if let Ok(c) = crate::object::ops::getattr(obj, crate::object::attr::name!("__class__")) {
        if let Some(ct) = c.as_type() {
            if !core::ptr::eq(ct, obj.ty()) && ct.is_subtype_mro(ty) {
                return Ok(c);
            }
        }
    }
    let what = if obj.as_type().is_some() { "type" } else { "instance of" };
    let oname = obj.as_type().map(|t| t.name).unwrap_or(obj.ty().name);
    Err(PyErr::type_error(format!(
        "super(type, obj): obj ({} {}) is not an instance or subtype of type ({}).",
        what, oname, ty.name
    )))
}

/// `super(ty, obj)`; the zero-argument form passes the `__class__` cell's
/// value and the frame's first argument.
pub fn new_super(ty: &Value, obj: &Value) -> PyResult<Value> {
    let t = ty
        .as_type()
        .ok_or_else(|| PyErr::type_error(format!("super() argument 1 must be a type, not {}", ty.ty().name)))?;
    let ot = check(t, obj)?;
    Ok(PyObject::alloc(&SUPER_TYPE, Super { ty: ty.clone(), obj: Some(obj.clone()), obj_type: Some(ot) }))
}

fn super_new_slot(cls: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::object::descr::no_kwargs("super", kw)?;
    let t = cls.as_type().expect("type");
    let (ty, obj, ot) = match args.len() {
        0 => {
            // Zero-argument form called as a plain call: the VM finds the
            // calling frame's `__class__` cell and first argument.
            let Some(hook) = ZERO_ARG.get() else {
                return Err(PyErr::runtime_error("super(): no arguments"));
            };
            let (ty, obj) = hook()?;
            let tt = ty.as_type().ok_or_else(|| PyErr::runtime_error("super(): __class__ is not a type"))?;
            let ot = check(tt, &obj)?;
            (ty, Some(obj), Some(ot))
        }
        1 => {
            let tt = args[0].as_type().ok_or_else(|| {
                PyErr::type_error(format!("super() argument 1 must be a type, not {}", args[0].ty().name))
            })?;
            let _ = tt;
            (args[0].clone(), None, None)
        }
        2 => {
            let tt = args[0].as_type().ok_or_else(|| {
                PyErr::type_error(format!("super() argument 1 must be a type, not {}", args[0].ty().name))
            })?;
            let ot = if args[1].is_none() { None } else { Some(check(tt, &args[1])?) };
            let obj = if args[1].is_none() { None } else { Some(args[1].clone()) };
            (args[0].clone(), obj, ot)
        }
        n => return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {}", n))),
    };
    Ok(crate::object::class::alloc_instance(t, Super { ty, obj, obj_type: ot }))
}

fn sup(v: &Value) -> &Super {
    v.downcast_sub::<Super>().expect("super")
}

fn is_name(name: &Value, s: &str) -> bool {
    crate::object::str::as_str(name).is_some_and(|n| n == s)
}

/// The first entry for `name` in `start`'s MRO after `ty` (no binding).
fn mro_after(start: &PyType, ty: &PyType, name: &Value) -> PyResult<Option<(Value, bool)>> {
    let mut seen = false;
    let mut err = None;
    let r = attr::for_each_mro(start, |t| {
        if !seen {
            seen = core::ptr::eq(t, ty);
            return None;
        }
        match type_dict_core(t).get(name) {
            Ok(Some(v)) => Some(v),
            Ok(None) => None,
            Err(e) => {
                err = Some(e);
                Some(Value::none())
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    Ok(r.map(|v| (v, true)))
}

/// `mro_after` through the per-thread type lookup cache: when the part of
/// `start`'s MRO after `ty` is exactly the MRO of the class that follows
/// `ty` (always so under single inheritance), the lookup is that class's
/// `type_lookup_where`. `None`: the shapes differ (use `mro_after`).
fn lookup_after_cached(start: &PyType, ty: &PyType, name: &Value) -> Option<Option<Value>> {
    let h = crate::object::class::heap(start)?;
    let rest: &[&'static PyType] = if core::ptr::eq(start, ty) {
        &h.mro_rest
    } else {
        let i = h.mro_rest.iter().position(|t| core::ptr::eq(*t, ty))?;
        &h.mro_rest[i + 1..]
    };
    let Some((next, after)) = rest.split_first() else { return Some(None) };
    let same = match crate::object::class::heap(next) {
        Some(nh) => nh.mro_rest.len() == after.len() && nh.mro_rest.iter().zip(after).all(|(a, b)| core::ptr::eq(*a, *b)),
        None => after.is_empty() && core::ptr::eq(*next, &OBJECT_TYPE),
    };
    if !same || !crate::object::str::is_interned(name) {
        return None;
    }
    Some(attr::type_lookup_where(next, name).map(|(v, _)| v))
}

/// LoadSuperAttr's fast path for `super(cls, self).name` with the builtin
/// `super`, a class `cls` and an instance `self_` of it: the same lookup as
/// `super_getattr` without allocating the super object. `Some((f, true))`:
/// an unbound method to call with `self_` prepended (only when `method`);
/// `Some((v, false))`: the attribute value; `None`: take the generic path.
pub fn fast_super_attr(global_super: &Value, cls: &Value, self_: &Value, name: &Value, method: bool) -> PyResult<Option<(Value, bool)>> {
    match global_super.as_type() {
        Some(t) if core::ptr::eq(t, &SUPER_TYPE) => {}
        _ => return Ok(None),
    }
    let Some(ty) = cls.as_type() else { return Ok(None) };
    if self_.as_type().is_some() {
        return Ok(None);
    }
    let start = self_.ty();
    if !start.is_subtype_mro(ty) || is_name(name, "__class__") {
        return Ok(None);
    }
    let found = match lookup_after_cached(start, ty, name) {
        Some(r) => r,
        None => mro_after(start, ty, name)?.map(|(v, _)| v),
    };
    let Some(res) = found else { return Ok(None) };
    let rt = res.ty();
    if method && rt.flags & type_flags::METHOD_DESCRIPTOR != 0 {
        return Ok(Some((res, true)));
    }
    match attr::descr_get_of(rt) {
        Some(f) => f(&res, Some(self_), &start.to_value()).map(|v| Some((v, false))),
        None => Ok(Some((res, false))),
    }
}

fn super_getattr(s: &Value, name: &Value) -> PyResult<Value> {
    let su = sup(s);
    if let (Some(ot), false) = (&su.obj_type, is_name(name, "__class__")) {
        let start = ot.as_type().expect("type");
        let ty = su.ty.as_type().expect("type");
        if let Some((res, _)) = mro_after(start, ty, name)? {
            if let Some(f) = attr::descr_get_of(res.ty()) {
                let obj = su.obj.as_ref().filter(|o| !o.is(ot));
                return f(&res, obj, ot);
            }
            return Ok(res);
        }
    }
    let n = to_rust_string(name);
    match n.as_str() {
        "__thisclass__" => return Ok(su.ty.clone()),
        "__self__" => return Ok(su.obj.clone().unwrap_or_else(Value::none)),
        "__self_class__" => return Ok(su.obj_type.clone().unwrap_or_else(Value::none)),
        _ => {}
    }
    attr::generic_getattr(s, name)
}

fn super_descr_get(s: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let su = sup(s);
    match obj {
        None => Ok(s.clone()),
        Some(_) if su.obj.is_some() => Ok(s.clone()),
        Some(o) => new_super(&su.ty, o),
    }
}

fn super_repr(s: &Value) -> PyResult<Value> {
    let su = sup(s);
    let tn = su.ty.as_type().map(|t| t.name).unwrap_or("NULL");
    Ok(new_str(&match &su.obj_type {
        Some(ot) => format!("<super: <class '{}'>, <{} object>>", tn, ot.as_type().map(|t| t.name).unwrap_or("?")),
        None => format!("<super: <class '{}'>, NULL>", tn),
    }))
}
