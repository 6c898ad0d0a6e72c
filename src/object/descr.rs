//! Design: DESIGN.md#attributes
//!
//! Descriptors: method / classmethod / getset descriptors for native
//! `MethodDef`s, slot wrappers (`int.__add__`, `object.__init__`), the bound
//! forms (`builtin_function_or_method`, `method-wrapper`, `method`), and the
//! Python-visible `classmethod`, `staticmethod` and `property` types.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::sync::Mutex;

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// Binds native call arguments (`args` = positional then keyword values,
/// `kwnames` a tuple of str) to `names`; the first `required` are required.
pub fn parse_args(
    fname: &str,
    args: &[Value],
    kwnames: Option<&Value>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let kw: Vec<Value> = kwnames.and_then(crate::object::tuple::items).map(|s| s.to_vec()).unwrap_or_default();
    let npos = args.len() - kw.len();
    if npos > names.len() {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            npos
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let k = to_rust_string(k);
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k,
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)))
            }
        }
    }
    for (i, o) in out.iter().enumerate().take(required) {
        if o.is_none() {
            return Err(PyErr::type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Rejects keyword arguments: "f() takes no keyword arguments".
pub fn no_kwargs(fname: &str, kwnames: Option<&Value>) -> PyResult<()> {
    match kwnames.and_then(crate::object::tuple::items) {
        Some(k) if !k.is_empty() => Err(PyErr::type_error(format!("{}() takes no keyword arguments", fname))),
        _ => Ok(()),
    }
}

/// Splices `first` in front of `args` (for calls that prepend self).
pub fn prepend(first: &Value, args: &[Value]) -> Vec<Value> {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(first.clone());
    v.extend_from_slice(args);
    v
}

macro_rules! desc_type {
    ($name:ident, $pyname:literal, $payload:ty, $flags:expr, $slots:expr) => {
        desc_type!($name, $pyname, $payload, $flags, $slots, &[]);
    };
    ($name:ident, $pyname:literal, $payload:ty, $flags:expr, $slots:expr, $methods:expr) => {
        pub static $name: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $pyname,
            base: &OBJECT_TYPE,
            flags: $flags,
            slots: $slots,
            free: PyObject::<$payload>::free,
            methods: $methods,
            dict: crate::sync::OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$name
            }
        }
    };
}

fn owner_check(obj: &Value, owner: &PyType, _what: &str, name: &str) -> PyResult<()> {
    if obj.ty().is_subtype(owner) {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.name,
            obj.ty().name
)))
    }
}

// ---------------------------------------------------------------------------
// builtin_function_or_method (func.rs)
// ---------------------------------------------------------------------------

/// Kept for callers written before func.rs landed: the same payload.
pub type NativeBound = crate::object::func::PyBuiltin;

/// A native function, optionally bound to `self_` (`func::new_builtin`).
pub fn new_native_bound(def: &'static MethodDef, self_: Option<Value>) -> Value {
    crate::object::func::new_builtin(def, self_)
}

/// `__name__`/`__self__` of native callables and descriptors.
pub fn native_attr(v: &Value, name: &str) -> Option<Value> {
    if let Some(d) = v.downcast::<MethodDescr>() {
        return match name {
            "__name__" => Some(new_str(d.def.name)),
            "__qualname__" => Some(new_str(&format!("{}.{}", d.owner.name, d.def.name))),
            "__objclass__" => Some(d.owner.to_value()),
            "__doc__" => Some(doc_value(d.def.doc)),
            _ => None,
        };
    }
    if let Some(d) = v.downcast::<SlotWrapper>() {
        return match name {
            "__name__" => Some(new_str(d.name)),
            "__qualname__" => Some(new_str(&format!("{}.{}", d.owner.name, d.name))),
            "__objclass__" => Some(d.owner.to_value()),
            _ => None,
        };
    }
    None
}

fn doc_value(doc: &str) -> Value {
    if doc.is_empty() {
        Value::none()
    } else {
        new_str(doc)
    }
}

// ---------------------------------------------------------------------------
// method_descriptor / classmethod_descriptor / getset_descriptor
// ---------------------------------------------------------------------------

pub struct MethodDescr {
    pub def: &'static MethodDef,
    pub owner: &'static PyType,
}
pub struct ClassMethodDescr {
    pub def: &'static MethodDef,
    pub owner: &'static PyType,
}
/// The setter of a writable getset (`None` value: delete).
pub type Setter = fn(&Value, Option<&Value>) -> PyResult<()>;

/// A computed attribute of a builtin type; `set` makes it writable.
pub struct GetSetDescr {
    pub name: &'static str,
    pub get: crate::object::typeobj::NativeFn,
    pub set: Option<Setter>,
    pub owner: &'static PyType,
}

desc_type!(
    METHOD_DESCR_TYPE,
    "method_descriptor",
    MethodDescr,
    type_flags::IMMUTABLE | type_flags::METHOD_DESCRIPTOR,
    Slots {
        call: Some(method_descr_call),
        descr_get: Some(method_descr_get),
        repr: Some(method_descr_repr),
        hash: Some(crate::object::singletons::object_hash),
        ..Slots::EMPTY
    }
);
desc_type!(CLASSMETHOD_DESCR_TYPE, "classmethod_descriptor", ClassMethodDescr, type_flags::IMMUTABLE, Slots {
    call: Some(cm_descr_call),
    descr_get: Some(cm_descr_get),
    repr: Some(cm_descr_repr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});
desc_type!(GETSET_DESCR_TYPE, "getset_descriptor", GetSetDescr, type_flags::IMMUTABLE, Slots {
    descr_get: Some(getset_get),
    descr_set: Some(getset_set),
    repr: Some(getset_repr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});

/// The descriptor object for one native `MethodDef` of `owner`.
pub fn descriptor_for(def: &'static MethodDef, owner: &'static PyType) -> Value {
    match def.kind {
        MethodKind::Method => PyObject::alloc(&METHOD_DESCR_TYPE, MethodDescr { def, owner }),
        MethodKind::ClassMethod => PyObject::alloc(&CLASSMETHOD_DESCR_TYPE, ClassMethodDescr { def, owner }),
        MethodKind::StaticMethod => new_staticmethod(new_native_bound(def, None)),
        MethodKind::Getter => new_getset(def.name, def.func, None, owner),
    }
}

pub fn new_getset(
    name: &'static str,
    get: crate::object::typeobj::NativeFn,
    set: Option<Setter>,
    owner: &'static PyType,
) -> Value {
    PyObject::alloc(&GETSET_DESCR_TYPE, GetSetDescr { name, get, set, owner })
}

fn method_descr_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let m = d.downcast::<MethodDescr>().expect("method_descriptor");
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            owner_check(o, m.owner, "method", m.def.name)?;
            Ok(new_native_bound(m.def, Some(o.clone())))
        }
    }
}

fn method_descr_call(d: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let m = d.downcast::<MethodDescr>().expect("method_descriptor");
    let nkw = kw.and_then(crate::object::tuple::items).map(|k| k.len()).unwrap_or(0);
    if args.len() <= nkw {
        return Err(PyErr::type_error(format!(
            "unbound method {}.{}() needs an argument",
            m.owner.name, m.def.name
        )));
    }
    owner_check(&args[0], m.owner, "method", m.def.name)?;
    (m.def.func)(&args[0], &args[1..], kw)
}

fn method_descr_repr(d: &Value) -> PyResult<Value> {
    let m = d.downcast::<MethodDescr>().expect("method_descriptor");
    Ok(new_str(&format!("<method '{}' of '{}' objects>", m.def.name, m.owner.name)))
}

fn cm_descr_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let m = d.downcast::<ClassMethodDescr>().expect("classmethod_descriptor");
    let cls = if owner.is_none() {
        obj.map(|o| o.ty().to_value()).unwrap_or_else(Value::none)
    } else {
        owner.clone()
    };
    Ok(new_native_bound(m.def, Some(cls)))
}

fn cm_descr_call(d: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let m = d.downcast::<ClassMethodDescr>().expect("classmethod_descriptor");
    if args.is_empty() {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            m.def.name, m.owner.name
        )));
    }
    (m.def.func)(&args[0], &args[1..], kw)
}

fn cm_descr_repr(d: &Value) -> PyResult<Value> {
    let m = d.downcast::<ClassMethodDescr>().expect("classmethod_descriptor");
    Ok(new_str(&format!("<method '{}' of '{}' objects>", m.def.name, m.owner.name)))
}

fn getset_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let g = d.downcast::<GetSetDescr>().expect("getset_descriptor");
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            owner_check(o, g.owner, "attribute", g.name)?;
            (g.get)(o, &[], None)
        }
    }
}

fn getset_set(d: &Value, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let g = d.downcast::<GetSetDescr>().expect("getset_descriptor");
    owner_check(obj, g.owner, "attribute", g.name)?;
    match g.set {
        Some(f) => f(obj, v),
        None => Err(PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name, g.owner.name
        ))),
    }
}

fn getset_repr(d: &Value) -> PyResult<Value> {
    let g = d.downcast::<GetSetDescr>().expect("getset_descriptor");
    Ok(new_str(&format!("<attribute '{}' of '{}' objects>", g.name, g.owner.name)))
}

// ---------------------------------------------------------------------------
// Slot wrappers: the Python face of a builtin type's slots
// ---------------------------------------------------------------------------

/// Which slot a wrapper calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    Repr,
    Str,
    Hash,
    Cmp(crate::object::typeobj::CmpOp),
    GetAttribute,
    SetAttr,
    DelAttr,
    Iter,
    Next,
    Call,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bin(ops::BinOp, bool /*reflected*/),
    Unary(ops::UnOp),
    Bool,
    Int,
    Float,
    Index,
    Init,
    New,
    Get,
    Set,
    Delete,
}

/// `wrapper_descriptor`: `int.__add__`, `object.__init__`, ...
pub struct SlotWrapper {
    pub name: &'static str,
    pub kind: SlotKind,
    pub owner: &'static PyType,
}
/// `method-wrapper`: a slot wrapper bound to an instance.
pub struct MethodWrapper {
    pub wrapper: Value,
    pub self_: Value,
}

desc_type!(SLOT_WRAPPER_TYPE, "wrapper_descriptor", SlotWrapper, type_flags::IMMUTABLE | type_flags::METHOD_DESCRIPTOR, Slots {
    call: Some(slot_wrapper_call),
    descr_get: Some(slot_wrapper_get),
    repr: Some(slot_wrapper_repr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});
desc_type!(METHOD_WRAPPER_TYPE, "method-wrapper", MethodWrapper, type_flags::IMMUTABLE, Slots {
    call: Some(method_wrapper_call),
    repr: Some(method_wrapper_repr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});
/// `object.__new__` / `int.__new__`: a builtin bound to the type (not a
/// descriptor: `C.__new__` is the same object).
pub struct NewWrapper {
    pub owner: &'static PyType,
}
desc_type!(NEW_WRAPPER_TYPE, "builtin_function_or_method", NewWrapper, type_flags::IMMUTABLE, Slots {
    call: Some(new_wrapper_call),
    repr: Some(new_wrapper_repr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});

pub fn new_slot_wrapper(name: &'static str, kind: SlotKind, owner: &'static PyType) -> Value {
    if kind == SlotKind::New {
        return PyObject::alloc(&NEW_WRAPPER_TYPE, NewWrapper { owner });
    }
    PyObject::alloc(&SLOT_WRAPPER_TYPE, SlotWrapper { name, kind, owner })
}

fn slot_wrapper_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let w = d.downcast::<SlotWrapper>().expect("wrapper_descriptor");
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            owner_check(o, w.owner, "wrapper", w.name)?;
            Ok(PyObject::alloc(&METHOD_WRAPPER_TYPE, MethodWrapper { wrapper: d.clone(), self_: o.clone() }))
        }
    }
}

fn slot_wrapper_call(d: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let w = d.downcast::<SlotWrapper>().expect("wrapper_descriptor");
    if args.is_empty() {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name, w.owner.name
        )));
    }
    owner_check(&args[0], w.owner, "wrapper", w.name)?;
    call_slot(w, &args[0], &args[1..], kw)
}

fn method_wrapper_call(m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let mw = m.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = mw.wrapper.downcast::<SlotWrapper>().expect("wrapper_descriptor");
    call_slot(w, &mw.self_, args, kw)
}

fn slot_wrapper_repr(d: &Value) -> PyResult<Value> {
    let w = d.downcast::<SlotWrapper>().expect("wrapper_descriptor");
    Ok(new_str(&format!("<slot wrapper '{}' of '{}' objects>", w.name, w.owner.name)))
}

fn method_wrapper_repr(m: &Value) -> PyResult<Value> {
    let mw = m.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = mw.wrapper.downcast::<SlotWrapper>().expect("wrapper_descriptor");
    Ok(new_str(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.name,
        mw.self_.ty().name,
        mw.self_.raw()
    )))
}

fn new_wrapper_call(d: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let w = d.downcast::<NewWrapper>().expect("new wrapper");
    let owner = w.owner;
    let Some(cls) = args.first() else {
        return Err(PyErr::type_error(format!("{}.__new__(): not enough arguments", owner.name)));
    };
    let Some(t) = cls.as_type() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            cls.ty().name
        )));
    };
    if !t.is_subtype(owner) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, t.name, t.name, owner.name
        )));
    }
    match owner.slots.new {
        Some(f) => f(cls, &args[1..], kw),
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", owner.name))),
    }
}

fn new_wrapper_repr(d: &Value) -> PyResult<Value> {
    let w = d.downcast::<NewWrapper>().expect("new wrapper");
    Ok(new_str(&format!("<built-in method __new__ of type object at {:#x}>", w.owner as *const PyType as usize)))
}

fn arity(w: &SlotWrapper, args: &[Value], kw: Option<&Value>, n: usize) -> PyResult<()> {
    no_kwargs(w.name, kw)?;
    if args.len() != n {
        return Err(PyErr::type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// The slot a dunder name stands for (`__len__` → Len).
pub fn slot_kind_of(name: &str) -> Option<SlotKind> {
    use crate::object::typeobj::CmpOp;
    Some(match name {
        "__repr__" => SlotKind::Repr,
        "__str__" => SlotKind::Str,
        "__hash__" => SlotKind::Hash,
        "__lt__" => SlotKind::Cmp(CmpOp::Lt),
        "__le__" => SlotKind::Cmp(CmpOp::Le),
        "__eq__" => SlotKind::Cmp(CmpOp::Eq),
        "__ne__" => SlotKind::Cmp(CmpOp::Ne),
        "__gt__" => SlotKind::Cmp(CmpOp::Gt),
        "__ge__" => SlotKind::Cmp(CmpOp::Ge),
        "__iter__" => SlotKind::Iter,
        "__next__" => SlotKind::Next,
        "__call__" => SlotKind::Call,
        "__len__" => SlotKind::Len,
        "__getitem__" => SlotKind::GetItem,
        "__setitem__" => SlotKind::SetItem,
        "__delitem__" => SlotKind::DelItem,
        "__contains__" => SlotKind::Contains,
        "__neg__" => SlotKind::Unary(ops::UnOp::Neg),
        "__pos__" => SlotKind::Unary(ops::UnOp::Pos),
        "__abs__" => SlotKind::Unary(ops::UnOp::Abs),
        "__invert__" => SlotKind::Unary(ops::UnOp::Invert),
        "__bool__" => SlotKind::Bool,
        "__int__" => SlotKind::Int,
        "__float__" => SlotKind::Float,
        "__index__" => SlotKind::Index,
        "__init__" => SlotKind::Init,
        "__get__" => SlotKind::Get,
        "__set__" => SlotKind::Set,
        "__delete__" => SlotKind::Delete,
        _ => {
            for op in ALL_BINOPS {
                let (l, r, _) = bin_names(op);
                if name == l {
                    return Some(SlotKind::Bin(op, false));
                }
                if name == r {
                    return Some(SlotKind::Bin(op, true));
                }
            }
            return None;
        }
    })
}

/// Does `owner` have the native slot `kind`?
pub fn slot_present(owner: &PyType, kind: SlotKind) -> bool {
    let s = &owner.slots;
    let n = &s.number;
    match kind {
        SlotKind::Repr | SlotKind::Str | SlotKind::GetAttribute | SlotKind::SetAttr | SlotKind::DelAttr => true,
        SlotKind::Hash => s.hash.is_some(),
        SlotKind::Cmp(_) => s.richcompare.is_some(),
        SlotKind::Iter => s.iter.is_some(),
        SlotKind::Next => s.next.is_some(),
        SlotKind::Call => s.call.is_some(),
        SlotKind::Len => s.len.is_some(),
        SlotKind::GetItem => s.getitem.is_some(),
        SlotKind::SetItem | SlotKind::DelItem => s.setitem.is_some(),
        SlotKind::Contains => s.contains.is_some(),
        SlotKind::Bin(ops::BinOp::Pow, _) => n.pow.is_some(),
        SlotKind::Bin(op, _) => bin_slot(n, op).is_some(),
        SlotKind::Unary(ops::UnOp::Neg) => n.neg.is_some(),
        SlotKind::Unary(ops::UnOp::Pos) => n.pos.is_some(),
        SlotKind::Unary(ops::UnOp::Abs) => n.abs.is_some(),
        SlotKind::Unary(ops::UnOp::Invert) => n.invert.is_some(),
        SlotKind::Bool => n.bool.is_some(),
        SlotKind::Int => n.int.is_some(),
        SlotKind::Float => n.float.is_some(),
        SlotKind::Index => n.index.is_some(),
        SlotKind::Init => s.init.is_some(),
        SlotKind::New => s.new.is_some(),
        SlotKind::Get => s.descr_get.is_some(),
        SlotKind::Set | SlotKind::Delete => s.descr_set.is_some(),
    }
}

/// Calls the native slot a wrapper stands for, with `s` as self.
pub fn call_slot(w: &SlotWrapper, s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let sl = &w.owner.slots;
    let missing = || PyErr::type_error(format!("'{}' slot '{}' is missing", w.owner.name, w.name));
    match w.kind {
        SlotKind::Repr => {
            arity(w, args, kw, 0)?;
            match sl.repr {
                Some(f) => f(s),
                None => ops::repr(s),
            }
        }
        SlotKind::Str => {
            arity(w, args, kw, 0)?;
            match sl.str {
                Some(f) => f(s),
                None => ops::repr(s),
            }
        }
        SlotKind::Hash => {
            arity(w, args, kw, 0)?;
            let f = sl.hash.ok_or_else(|| PyErr::type_error(format!("unhashable type: '{}'", s.ty().name)))?;
            Ok(Value::from_i64(f(s)?))
        }
        SlotKind::Cmp(op) => {
            arity(w, args, kw, 1)?;
            match sl.richcompare {
                Some(f) => f(s, &args[0], op),
                None => Ok(Value::not_implemented()),
            }
        }
        SlotKind::GetAttribute => {
            arity(w, args, kw, 1)?;
            check_name(&args[0])?;
            match sl.getattr {
                Some(f) if !core::ptr::eq(w.owner, &OBJECT_TYPE) => f(s, &args[0]),
                _ => crate::object::attr::generic_getattr(s, &args[0]),
            }
        }
        SlotKind::SetAttr | SlotKind::DelAttr => {
            let del = w.kind == SlotKind::DelAttr;
            arity(w, args, kw, if del { 1 } else { 2 })?;
            check_name(&args[0])?;
            let v = if del { None } else { Some(&args[1]) };
            match sl.setattr {
                Some(f) if !core::ptr::eq(w.owner, &OBJECT_TYPE) => f(s, &args[0], v)?,
                _ => {
                    if let Some(t) = s.as_type() {
                        if !t.is_heap() {
                            return Err(PyErr::type_error(format!(
                                "can't apply this {} to type object",
                                if del { "__delattr__" } else { "__setattr__" }
                            )));
                        }
                    }
                    crate::object::attr::generic_setattr(s, &args[0], v)?
                }
            }
            Ok(Value::none())
        }
        SlotKind::Iter => {
            arity(w, args, kw, 0)?;
            sl.iter.ok_or_else(missing)?(s)
        }
        SlotKind::Next => {
            arity(w, args, kw, 0)?;
            match sl.next.ok_or_else(missing)?(s)? {
                Some(v) => Ok(v),
                None => Err(PyErr::new(ExcKind::StopIteration, "")),
            }
        }
        SlotKind::Call => sl.call.ok_or_else(missing)?(s, args, kw),
        SlotKind::Len => {
            arity(w, args, kw, 0)?;
            Ok(Value::from_i64(sl.len.ok_or_else(missing)?(s)? as i64))
        }
        SlotKind::GetItem => {
            arity(w, args, kw, 1)?;
            sl.getitem.ok_or_else(missing)?(s, &args[0])
        }
        SlotKind::SetItem => {
            arity(w, args, kw, 2)?;
            sl.setitem.ok_or_else(missing)?(s, &args[0], Some(&args[1]))?;
            Ok(Value::none())
        }
        SlotKind::DelItem => {
            arity(w, args, kw, 1)?;
            sl.setitem.ok_or_else(missing)?(s, &args[0], None)?;
            Ok(Value::none())
        }
        SlotKind::Contains => {
            arity(w, args, kw, 1)?;
            Ok(Value::bool(sl.contains.ok_or_else(missing)?(s, &args[0])?))
        }
        SlotKind::Bin(op, reflected) => {
            if op == ops::BinOp::Pow {
                no_kwargs(w.name, kw)?;
                if args.is_empty() || args.len() > 2 {
                    return Err(PyErr::type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
                }
                let f = sl.number.pow.ok_or_else(missing)?;
                return if reflected { f(&args[0], s, args.get(1)) } else { f(s, &args[0], args.get(1)) };
            }
            arity(w, args, kw, 1)?;
            let f = bin_slot(&sl.number, op).ok_or_else(missing)?;
            if reflected {
                f(&args[0], s)
            } else {
                f(s, &args[0])
            }
        }
        SlotKind::Unary(op) => {
            arity(w, args, kw, 0)?;
            let n = &sl.number;
            let f = match op {
                ops::UnOp::Neg => n.neg,
                ops::UnOp::Pos => n.pos,
                ops::UnOp::Abs => n.abs,
                ops::UnOp::Invert => n.invert,
            };
            f.ok_or_else(missing)?(s)
        }
        SlotKind::Bool => {
            arity(w, args, kw, 0)?;
            Ok(Value::bool(sl.number.bool.ok_or_else(missing)?(s)?))
        }
        SlotKind::Int => {
            arity(w, args, kw, 0)?;
            sl.number.int.ok_or_else(missing)?(s)
        }
        SlotKind::Float => {
            arity(w, args, kw, 0)?;
            sl.number.float.ok_or_else(missing)?(s)
        }
        SlotKind::Index => {
            arity(w, args, kw, 0)?;
            sl.number.index.ok_or_else(missing)?(s)
        }
        SlotKind::Init => {
            sl.init.ok_or_else(missing)?(s, args, kw)?;
            Ok(Value::none())
        }
        SlotKind::New => unreachable!("NewWrapper handles __new__"),
        SlotKind::Get => {
            no_kwargs(w.name, kw)?;
            if args.is_empty() || args.len() > 2 {
                return Err(PyErr::type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
            }
            let obj = if args[0].is_none() { None } else { Some(&args[0]) };
            let owner = args.get(1).cloned().unwrap_or_else(Value::none);
            if obj.is_none() && owner.is_none() {
                return Err(PyErr::type_error("__get__(None, None) is invalid"));
            }
            sl.descr_get.ok_or_else(missing)?(s, obj, &owner)
        }
        SlotKind::Set => {
            arity(w, args, kw, 2)?;
            sl.descr_set.ok_or_else(missing)?(s, &args[0], Some(&args[1]))?;
            Ok(Value::none())
        }
        SlotKind::Delete => {
            arity(w, args, kw, 1)?;
            sl.descr_set.ok_or_else(missing)?(s, &args[0], None)?;
            Ok(Value::none())
        }
    }
}

fn check_name(n: &Value) -> PyResult<()> {
    if crate::object::str::is_str(n) {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("attribute name must be string, not '{}'", n.ty().name)))
    }
}

pub fn bin_slot(n: &crate::object::typeobj::NumberSlots, op: ops::BinOp) -> Option<crate::object::typeobj::BinaryFn> {
    use ops::BinOp::*;
    match op {
        Add => n.add,
        Sub => n.sub,
        Mul => n.mul,
        TrueDiv => n.truediv,
        FloorDiv => n.floordiv,
        Rem => n.rem,
        DivMod => n.divmod,
        Pow => None,
        LShift => n.lshift,
        RShift => n.rshift,
        And => n.and,
        Or => n.or,
        Xor => n.xor,
        MatMul => n.matmul,
    }
}

/// Dunder names of the binary operators: (`__add__`, `__radd__`, `__iadd__`).
pub fn bin_names(op: ops::BinOp) -> (&'static str, &'static str, &'static str) {
    use ops::BinOp::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Rem => ("__mod__", "__rmod__", "__imod__"),
        DivMod => ("__divmod__", "__rdivmod__", "__idivmod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        And => ("__and__", "__rand__", "__iand__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
        MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

pub const ALL_BINOPS: [ops::BinOp; 14] = {
    use ops::BinOp::*;
    [Add, Sub, Mul, TrueDiv, FloorDiv, Rem, DivMod, Pow, LShift, RShift, And, Or, Xor, MatMul]
};

pub fn cmp_name(op: crate::object::typeobj::CmpOp) -> &'static str {
    use crate::object::typeobj::CmpOp::*;
    match op {
        Lt => "__lt__",
        Le => "__le__",
        Eq => "__eq__",
        Ne => "__ne__",
        Gt => "__gt__",
        Ge => "__ge__",
    }
}

/// The slot wrappers a builtin type's dict exposes, from its slot table.
pub fn slot_wrappers(ty: &'static PyType) -> Vec<(&'static str, Value)> {
    use crate::object::typeobj::CmpOp;
    let s = &ty.slots;
    let mut out = Vec::new();
    let mut add = |name: &'static str, kind: SlotKind| out.push((name, new_slot_wrapper(name, kind, ty)));
    // Only the slots a type defines itself (not the ones its base has too).
    let base = ty.base();
    macro_rules! own {
        ($($f:tt)+) => {{
            let mine = s.$($f)+.is_some();
            let inherited = base.map(|b| b.slots.$($f)+.is_some()).unwrap_or(false)
                && base.map(|b| b.slots.$($f)+.map(|f| f as usize) == s.$($f)+.map(|f| f as usize)).unwrap_or(false);
            mine && !inherited
        }};
    }
    if own!(repr) {
        add("__repr__", SlotKind::Repr);
    }
    if own!(hash) {
        add("__hash__", SlotKind::Hash);
    }
    // A str slot that is the repr slot is CPython's inherited object.__str__
    // (which calls the possibly overridden __repr__).
    if own!(str) && s.str.map(|f| f as usize) != s.repr.map(|f| f as usize) {
        add("__str__", SlotKind::Str);
    }
    if own!(getattr) || core::ptr::eq(ty, &OBJECT_TYPE) {
        add("__getattribute__", SlotKind::GetAttribute);
    }
    if own!(setattr) || core::ptr::eq(ty, &OBJECT_TYPE) {
        add("__setattr__", SlotKind::SetAttr);
        add("__delattr__", SlotKind::DelAttr);
    }
    if own!(richcompare) {
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            add(cmp_name(op), SlotKind::Cmp(op));
        }
    }
    if own!(iter) {
        add("__iter__", SlotKind::Iter);
    }
    if own!(next) {
        add("__next__", SlotKind::Next);
    }
    if own!(call) {
        add("__call__", SlotKind::Call);
    }
    if own!(len) {
        add("__len__", SlotKind::Len);
    }
    // type's getitem slot is `__class_getitem__` dispatch, not a method.
    if own!(getitem) && !core::ptr::eq(ty, &TYPE_TYPE) {
        add("__getitem__", SlotKind::GetItem);
    }
    if own!(setitem) {
        add("__setitem__", SlotKind::SetItem);
        add("__delitem__", SlotKind::DelItem);
    }
    if own!(contains) {
        add("__contains__", SlotKind::Contains);
    }
    for op in ALL_BINOPS {
        let has = if op == ops::BinOp::Pow {
            own!(number.pow)
        } else {
            bin_slot(&s.number, op).is_some()
                && base.and_then(|b| bin_slot(&b.slots.number, op)).map(|f| f as usize)
                    != bin_slot(&s.number, op).map(|f| f as usize)
        };
        if has {
            let (l, r, _) = bin_names(op);
            add(l, SlotKind::Bin(op, false));
            add(r, SlotKind::Bin(op, true));
        }
    }
    if own!(number.neg) {
        add("__neg__", SlotKind::Unary(ops::UnOp::Neg));
    }
    if own!(number.pos) {
        add("__pos__", SlotKind::Unary(ops::UnOp::Pos));
    }
    if own!(number.abs) {
        add("__abs__", SlotKind::Unary(ops::UnOp::Abs));
    }
    if own!(number.invert) {
        add("__invert__", SlotKind::Unary(ops::UnOp::Invert));
    }
    if own!(number.bool) {
        add("__bool__", SlotKind::Bool);
    }
    if own!(number.int) {
        add("__int__", SlotKind::Int);
    }
    if own!(number.float) {
        add("__float__", SlotKind::Float);
    }
    if own!(number.index) {
        add("__index__", SlotKind::Index);
    }
    if own!(init) {
        add("__init__", SlotKind::Init);
    }
    if own!(new) {
        add("__new__", SlotKind::New);
    }
    if own!(descr_get) {
        add("__get__", SlotKind::Get);
    }
    if own!(descr_set) {
        add("__set__", SlotKind::Set);
        add("__delete__", SlotKind::Delete);
    }
    out
}

// ---------------------------------------------------------------------------
// method: a callable bound to an object
// ---------------------------------------------------------------------------

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

desc_type!(METHOD_TYPE, "method", BoundMethod, type_flags::IMMUTABLE | type_flags::HAVE_GC, Slots {
    call: Some(method_call),
    repr: Some(method_repr),
    getattr: Some(method_getattr),
    richcompare: Some(method_richcompare),
    hash: Some(method_hash),
    descr_get: None,
    traverse: Some(method_traverse),
    new: Some(method_new),
    ..Slots::EMPTY
});

/// `types.MethodType(func, obj)` (CPython's `method_new`).
fn method_new(_cls: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if crate::builtins::args::nkw(kw) != 0 {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [func, obj] = args else {
        return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", args.len())));
    };
    if !crate::object::attr::callable(func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(new_method(func.clone(), obj.clone()))
}

/// A bound method: calling it calls `func(self_, *args)`.
pub fn new_method(func: Value, self_: Value) -> Value {
    PyObject::alloc(&METHOD_TYPE, BoundMethod { func, self_ })
}

fn method_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Some(m) = v.as_value().downcast::<BoundMethod>() {
        visit(&m.func);
        visit(&m.self_);
    }
}

fn method_call(m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = m.downcast::<BoundMethod>().expect("method");
    ops::call(&b.func, &prepend(&b.self_, args), kw)
}

fn method_repr(m: &Value) -> PyResult<Value> {
    let b = m.downcast::<BoundMethod>().expect("method");
    let name = ops::getattr(&b.func, &new_str("__qualname__"))
        .or_else(|_| ops::getattr(&b.func, &new_str("__name__")))
        .map(|n| to_rust_string(&n))
        .unwrap_or_else(|_| "?".into());
    Ok(new_str(&format!("<bound method {} of {}>", name, ops::repr_string(&b.self_)?)))
}

fn method_getattr(m: &Value, name: &Value) -> PyResult<Value> {
    let b = m.downcast::<BoundMethod>().expect("method");
    match to_rust_string(name).as_str() {
        "__func__" => return Ok(b.func.clone()),
        "__self__" => return Ok(b.self_.clone()),
        "__class__" => return Ok(METHOD_TYPE.to_value()),
        // The function's docstring (CPython's `method.__doc__` getset), not
        // the method type's.
        "__doc__" => return ops::getattr(&b.func, name),
        _ => {}
    }
    match crate::object::attr::generic_getattr(m, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is(ExcKind::AttributeError) => ops::getattr(&b.func, name),
        Err(e) => Err(e),
    }
}

fn method_richcompare(a: &Value, b: &Value, op: crate::object::typeobj::CmpOp) -> PyResult<Value> {
    use crate::object::typeobj::CmpOp;
    let (Some(x), Some(y)) = (a.downcast::<BoundMethod>(), b.downcast::<BoundMethod>()) else {
        return Ok(Value::not_implemented());
    };
    let same = x.self_.is(&y.self_) && ops::eq(&x.func, &y.func)?;
    match op {
        CmpOp::Eq => Ok(Value::bool(same)),
        CmpOp::Ne => Ok(Value::bool(!same)),
        _ => Ok(Value::not_implemented()),
    }
}

fn method_hash(m: &Value) -> PyResult<i64> {
    let b = m.downcast::<BoundMethod>().expect("method");
    let h = crate::object::singletons::object_hash(&b.self_)? ^ ops::hash(&b.func)?;
    Ok(if h == -1 { -2 } else { h })
}

// ---------------------------------------------------------------------------
// classmethod / staticmethod
// ---------------------------------------------------------------------------

/// Payload of `classmethod` and `staticmethod` objects; `func` is set by
/// `__init__` (None until then).
pub struct FuncWrapper {
    pub func: Mutex<Value>,
    pub dict: crate::sync::OnceLock<Value>,
}
pub struct StaticMethodPayload(pub FuncWrapper);

desc_type!(CLASSMETHOD_TYPE, "classmethod", FuncWrapper, type_flags::BASETYPE | type_flags::HAVE_GC, Slots {
    descr_get: Some(classmethod_get),
    new: Some(classmethod_new),
    init: Some(classmethod_init),
    repr: Some(classmethod_repr),
    getattr: Some(funcwrapper_getattr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});
desc_type!(STATICMETHOD_TYPE, "staticmethod", StaticMethodPayload, type_flags::BASETYPE | type_flags::HAVE_GC, Slots {
    descr_get: Some(staticmethod_get),
    new: Some(staticmethod_new),
    init: Some(staticmethod_init),
    call: Some(staticmethod_call),
    repr: Some(staticmethod_repr),
    getattr: Some(funcwrapper_getattr),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
});

fn fw(v: &Value) -> &FuncWrapper {
    if let Some(s) = v.downcast_sub::<StaticMethodPayload>() {
        return &s.0;
    }
    v.downcast_sub::<FuncWrapper>().expect("classmethod or staticmethod")
}

pub fn wrapped_func(v: &Value) -> Option<Value> {
    if v.ty().is_subtype(&STATICMETHOD_TYPE) || v.ty().is_subtype(&CLASSMETHOD_TYPE) {
        Some(fw(v).func.lock().clone())
    } else {
        None
    }
}

pub fn new_classmethod(func: Value) -> Value {
    PyObject::alloc(&CLASSMETHOD_TYPE, FuncWrapper { func: Mutex::new(func), dict: Default::default() })
}
pub fn new_staticmethod(func: Value) -> Value {
    PyObject::alloc(
        &STATICMETHOD_TYPE,
        StaticMethodPayload(FuncWrapper { func: Mutex::new(func), dict: Default::default() }),
    )
}

fn classmethod_new(cls: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let t = cls.as_type().expect("type");
    Ok(crate::object::class::alloc_instance(t, FuncWrapper { func: Mutex::new(Value::none()), dict: Default::default() }))
}
fn staticmethod_new(cls: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let t = cls.as_type().expect("type");
    Ok(crate::object::class::alloc_instance(
        t,
        StaticMethodPayload(FuncWrapper { func: Mutex::new(Value::none()), dict: Default::default() }),
    ))
}
fn one_arg_init(name: &str, s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    no_kwargs(name, kw)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("{} expected 1 argument, got {}", name, args.len())));
    }
    *fw(s).func.lock() = args[0].clone();
    Ok(())
}
fn classmethod_init(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    one_arg_init("classmethod", s, args, kw)
}
fn staticmethod_init(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    one_arg_init("staticmethod", s, args, kw)
}

fn classmethod_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let f = fw(d).func.lock().clone();
    let cls = if owner.is_none() { obj.map(|o| o.ty().to_value()).unwrap_or_else(Value::none) } else { owner.clone() };
    Ok(new_method(f, cls))
}
fn staticmethod_get(d: &Value, _obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    Ok(fw(d).func.lock().clone())
}
fn staticmethod_call(d: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let f = fw(d).func.lock().clone();
    ops::call(&f, args, kw)
}
fn classmethod_repr(d: &Value) -> PyResult<Value> {
    let f = fw(d).func.lock().clone();
    Ok(new_str(&format!("<classmethod({})>", ops::repr_string(&f)?)))
}
fn staticmethod_repr(d: &Value) -> PyResult<Value> {
    let f = fw(d).func.lock().clone();
    Ok(new_str(&format!("<staticmethod({})>", ops::repr_string(&f)?)))
}
fn funcwrapper_getattr(d: &Value, name: &Value) -> PyResult<Value> {
    let n = to_rust_string(name);
    let f = fw(d).func.lock().clone();
    match n.as_str() {
        "__func__" | "__wrapped__" => return Ok(f),
        "__isabstractmethod__" => {
            return match ops::getattr(&f, name) {
                Ok(v) => Ok(v),
                Err(_) => Ok(Value::bool(false)),
            }
        }
        "__dict__" => return Ok(fw(d).dict.get_or_init(crate::object::dict::new_dict).clone()),
        _ => {}
    }
    if let Some(dct) = fw(d).dict.get() {
        if let Some(v) = crate::object::dict::dict_get(dct, name)? {
            return Ok(v);
        }
    }
    match crate::object::attr::generic_getattr(d, name) {
        Ok(v) => Ok(v),
        // functools.wraps-style attributes are copied from the function.
        Err(e) if e.is(ExcKind::AttributeError) && matches!(n.as_str(), "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__") => {
            ops::getattr(&f, name)
        }
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------
// property
// ---------------------------------------------------------------------------

#[derive(Default)]
pub struct PropertyInner {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
    pub name: Option<Value>,
}
pub struct Property(pub Mutex<PropertyInner>);

desc_type!(PROPERTY_TYPE, "property", Property, type_flags::BASETYPE | type_flags::HAVE_GC, Slots {
    descr_get: Some(property_get),
    descr_set: Some(property_set),
    new: Some(property_new),
    init: Some(property_init),
    hash: Some(crate::object::singletons::object_hash),
    ..Slots::EMPTY
}, &PROPERTY_METHODS);

static PROPERTY_METHODS: [MethodDef; 10] = [
    MethodDef { name: "fget", func: property_fget, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "fset", func: property_fset, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "fdel", func: property_fdel, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__doc__", func: property_doc, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__name__", func: property_name_get, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "__isabstractmethod__", func: property_isabstract, kind: MethodKind::Getter, doc: "" },
    MethodDef { name: "getter", func: property_getter, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "setter", func: property_setter, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "deleter", func: property_deleter, kind: MethodKind::Method, doc: "" },
    MethodDef { name: "__set_name__", func: property_set_name, kind: MethodKind::Method, doc: "" },
];

fn prop(v: &Value) -> &Property {
    v.downcast_sub::<Property>().expect("property")
}

/// `property(fget, fset, fdel, doc)` from Rust.
pub fn new_property(fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>, doc: Option<Value>) -> Value {
    let doc = doc.or_else(|| fget.as_ref().and_then(|f| ops::getattr(f, &new_str("__doc__")).ok()).filter(|d| !d.is_none()));
    PyObject::alloc(&PROPERTY_TYPE, Property(Mutex::new(PropertyInner { fget, fset, fdel, doc, name: None })))
}

fn property_new(cls: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let t = cls.as_type().expect("type");
    Ok(crate::object::class::alloc_instance(t, Property(Mutex::new(PropertyInner::default()))))
}

fn not_none(v: Option<Value>) -> Option<Value> {
    v.filter(|x| !x.is_none())
}

fn property_init(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    let a = parse_args("property", args, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let mut it = a.into_iter();
    let fget = not_none(it.next().flatten());
    let fset = not_none(it.next().flatten());
    let fdel = not_none(it.next().flatten());
    let mut doc = not_none(it.next().flatten());
    if doc.is_none() {
        if let Some(f) = &fget {
            doc = ops::getattr(f, &new_str("__doc__")).ok().filter(|d| !d.is_none());
        }
    }
    let mut p = prop(s).0.lock();
    p.fget = fget;
    p.fset = fset;
    p.fdel = fdel;
    p.doc = doc;
    Ok(())
}

/// The name 3.13 uses in property errors: the `__set_name__` name, else the
/// getter's `__name__`.
fn property_name(p: &PropertyInner) -> Option<String> {
    if let Some(n) = &p.name {
        return Some(to_rust_string(n));
    }
    let f = p.fget.as_ref()?;
    ops::getattr(f, &new_str("__name__")).ok().map(|n| to_rust_string(&n))
}

fn property_err(p: &PropertyInner, obj: &Value, what: &str) -> PyErr {
    match property_name(p) {
        Some(n) => PyErr::attribute_error(format!("property '{}' of '{}' object has no {}", n, obj.ty().name, what)),
        None => PyErr::attribute_error(format!("property of '{}' object has no {}", obj.ty().name, what)),
    }
}

fn property_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else { return Ok(d.clone()) };
    let (f, err) = {
        let p = prop(d).0.lock();
        match &p.fget {
            Some(f) => (Some(f.clone()), None),
            None => (None, Some(())),
        }
    };
    match (f, err) {
        (Some(f), _) => ops::call(&f, core::slice::from_ref(obj), None),
        _ => {
            let p = prop(d).0.lock();
            let inner = PropertyInner { fget: None, fset: None, fdel: None, doc: None, name: p.name.clone() };
            drop(p);
            Err(property_err(&inner, obj, "getter"))
        }
    }
}

fn property_set(d: &Value, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let (f, name) = {
        let p = prop(d).0.lock();
        let f = if v.is_some() { p.fset.clone() } else { p.fdel.clone() };
        (f, PropertyInner { name: p.name.clone(), fget: p.fget.clone(), ..Default::default() })
    };
    match (f, v) {
        (Some(f), Some(v)) => ops::call(&f, &[obj.clone(), v.clone()], None).map(drop),
        (Some(f), None) => ops::call(&f, core::slice::from_ref(obj), None).map(drop),
        (None, Some(_)) => Err(property_err(&name, obj, "setter")),
        (None, None) => Err(property_err(&name, obj, "deleter")),
    }
}

fn property_copy(s: &Value, which: usize, f: &Value) -> PyResult<Value> {
    let p = prop(s).0.lock();
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    let doc = p.doc.clone();
    let name = p.name.clone();
    drop(p);
    parts[which] = not_none(Some(f.clone()));
    let [g, st, dl] = parts;
    let ty = s.ty();
    let r = if core::ptr::eq(ty, &PROPERTY_TYPE) {
        new_property(g, st, dl, doc)
    } else {
        let none = Value::none();
        let a = [g.unwrap_or(none.clone()), st.unwrap_or(none.clone()), dl.unwrap_or(none.clone()), doc.unwrap_or(none)];
        ops::call(&ty.to_value(), &a, None)?
    };
    if let (Some(n), Some(rp)) = (name, r.downcast_sub::<Property>()) {
        rp.0.lock().name = Some(n);
    }
    Ok(r)
}

fn one(name: &str, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "property.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(args[0].clone())
}
fn property_getter(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    property_copy(s, 0, &one("getter", args, kw)?)
}
fn property_setter(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    property_copy(s, 1, &one("setter", args, kw)?)
}
fn property_deleter(s: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    property_copy(s, 2, &one("deleter", args, kw)?)
}
fn property_set_name(s: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("__set_name__() takes 2 positional arguments but {} were given", args.len())));
    }
    prop(s).0.lock().name = Some(args[1].clone());
    Ok(Value::none())
}

fn opt(v: &Option<Value>) -> Value {
    v.clone().unwrap_or_else(Value::none)
}
fn property_fget(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(&prop(s).0.lock().fget))
}
fn property_fset(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(&prop(s).0.lock().fset))
}
fn property_fdel(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(&prop(s).0.lock().fdel))
}
fn property_doc(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(opt(&prop(s).0.lock().doc))
}
fn property_name_get(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (name, fget) = {
        let p = prop(s).0.lock();
        (p.name.clone(), p.fget.clone())
    };
    if let Some(n) = name {
        return Ok(n);
    }
    match fget {
        Some(f) => ops::getattr(&f, &new_str("__name__")),
        None => Err(PyErr::attribute_error("'property' object has no attribute '__name__'")),
    }
}
fn property_isabstract(s: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let fs: Vec<Value> = {
        let p = prop(s).0.lock();
        [&p.fget, &p.fset, &p.fdel].iter().filter_map(|f| (*f).clone()).collect()
    };
    let name = new_str("__isabstractmethod__");
    for f in fs {
        if let Ok(v) = ops::getattr(&f, &name) {
            if ops::is_true(&v)? {
                return Ok(Value::bool(true));
            }
        }
    }
    Ok(Value::bool(false))
}

/// The methods the `property` type's dict exposes.
pub fn property_methods() -> &'static [MethodDef] {
    &PROPERTY_METHODS
}

// ---------------------------------------------------------------------------
// mappingproxy: a read-only view of a class dict
// ---------------------------------------------------------------------------

pub struct MappingProxy {
    pub mapping: Value,
}

desc_type!(MAPPINGPROXY_TYPE, "mappingproxy", MappingProxy, 0, Slots {
    getattr: Some(mp_getattr),
    getitem: Some(mp_getitem),
    len: Some(mp_len),
    iter: Some(mp_iter),
    contains: Some(mp_contains),
    repr: Some(mp_repr),
    str: Some(mp_str),
    richcompare: Some(mp_richcompare),
    ..Slots::EMPTY
});

/// A read-only view of `mapping` (`C.__dict__`).
pub fn new_mappingproxy(mapping: Value) -> Value {
    PyObject::alloc(&MAPPINGPROXY_TYPE, MappingProxy { mapping })
}

fn mp(v: &Value) -> &Value {
    &v.downcast::<MappingProxy>().expect("mappingproxy").mapping
}

fn mp_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match to_rust_string(name).as_str() {
        "keys" | "values" | "items" | "get" | "copy" | "__len__" | "__getitem__" | "__contains__" | "__iter__" => {
            ops::getattr(mp(v), name)
        }
        _ => crate::object::attr::generic_getattr(v, name),
    }
}
fn mp_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    ops::getitem(mp(v), k)
}
fn mp_len(v: &Value) -> PyResult<usize> {
    ops::len(mp(v))
}
fn mp_iter(v: &Value) -> PyResult<Value> {
    ops::iter(mp(v))
}
fn mp_contains(v: &Value, k: &Value) -> PyResult<bool> {
    ops::contains(mp(v), k)
}
fn mp_repr(v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("mappingproxy({})", ops::repr_string(mp(v))?)))
}
fn mp_str(v: &Value) -> PyResult<Value> {
    ops::str(mp(v))
}
fn mp_richcompare(a: &Value, b: &Value, op: crate::object::typeobj::CmpOp) -> PyResult<Value> {
    let other = b.downcast::<MappingProxy>().map(|m| m.mapping.clone()).unwrap_or_else(|| b.clone());
    ops::richcompare(mp(a), &other, op)
}
