//! Design: DESIGN.md#eval-loop
//!
//! PEP 695 objects made by the type-parameter intrinsics: `TypeVar`,
//! `ParamSpec`, `TypeVarTuple` (bounds and constraints evaluated lazily
//! from the compiler's small functions), `TypeAliasType` (value evaluated
//! lazily), and `Generic[...]` bases for `class C[T]`.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{intern, new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::object::{ops, tuple};
use crate::sync::{Mutex, OnceLock};

/// A lazily evaluated attribute: the function that computes it, then the
/// cached value.
struct Lazy {
    func: Option<Value>,
    value: Mutex<Option<Value>>,
}

impl Lazy {
    fn new(func: Option<Value>) -> Lazy {
        Lazy { func, value: Mutex::new(None) }
    }
    fn get(&self) -> PyResult<Value> {
        if let Some(v) = self.value.lock().clone() {
            return Ok(v);
        }
        let v = match &self.func {
            Some(f) => ops::call(f, &[], None)?,
            None => Value::none(),
        };
        *self.value.lock() = Some(v.clone());
        Ok(v)
    }
}

pub struct TypeParam {
    name: Value,
    bound: Lazy,
    constraints: Lazy,
}

pub struct TypeVarP(TypeParam);
pub struct ParamSpecP(TypeParam);
pub struct TypeVarTupleP(TypeParam);

macro_rules! param_type {
    ($st:ident, $payload:ident, $name:literal) => {
        pub static $st: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: &OBJECT_TYPE,
            flags: type_flags::IMMUTABLE,
            slots: Slots {
                repr: Some(param_repr),
                hash: Some(object_hash),
                richcompare: Some(object_richcompare),
                getattr: Some(param_getattr),
                ..Slots::EMPTY
            },
            free: PyObject::<$payload>::free,
            methods: &[],
            dict: OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$st
            }
        }
    };
}

param_type!(TYPEVAR_TYPE, TypeVarP, "TypeVar");
param_type!(PARAMSPEC_TYPE, ParamSpecP, "ParamSpec");
param_type!(TYPEVARTUPLE_TYPE, TypeVarTupleP, "TypeVarTuple");

fn param(v: &Value) -> Option<(&TypeParam, &'static str)> {
    if let Some(p) = v.downcast::<TypeVarP>() {
        return Some((&p.0, "~"));
    }
    if let Some(p) = v.downcast::<ParamSpecP>() {
        return Some((&p.0, "~"));
    }
    v.downcast::<TypeVarTupleP>().map(|p| (&p.0, ""))
}

fn param_repr(v: &Value) -> PyResult<Value> {
    // PEP 695 parameters infer their variance, so CPython prints the bare
    // name (no `~`/`+`/`-` prefix).
    let (p, _) = param(v).expect("type param");
    Ok(p.name.clone())
}

fn param_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let (p, _) = param(v).expect("type param");
    match to_rust_string(name).as_str() {
        "__name__" => Ok(p.name.clone()),
        "__bound__" => p.bound.get(),
        "__constraints__" => {
            let c = p.constraints.get()?;
            Ok(if c.is_none() { tuple::new_tuple(vec![]) } else { c })
        }
        "__covariant__" | "__contravariant__" => Ok(Value::bool(false)),
        "__infer_variance__" => Ok(Value::bool(true)),
        "__default__" => Ok(Value::none()),
        "__module__" => Ok(new_str("typing")),
        _ => crate::vm::ops::load_store::generic_getattr_fallback(v, name),
    }
}

fn new_param(kind: u32, name: Value, bound: Option<Value>, constraints: Option<Value>) -> Value {
    let p = TypeParam { name, bound: Lazy::new(bound), constraints: Lazy::new(constraints) };
    match kind {
        0 => PyObject::alloc(&TYPEVAR_TYPE, TypeVarP(p)),
        1 => PyObject::alloc(&PARAMSPEC_TYPE, ParamSpecP(p)),
        _ => PyObject::alloc(&TYPEVARTUPLE_TYPE, TypeVarTupleP(p)),
    }
}

pub fn typevar(name: Value) -> Value {
    new_param(0, name, None, None)
}
pub fn paramspec(name: Value) -> Value {
    new_param(1, name, None, None)
}
pub fn typevartuple(name: Value) -> Value {
    new_param(2, name, None, None)
}
pub fn typevar_with_bound(name: Value, f: Value) -> Value {
    new_param(0, name, Some(f), None)
}
pub fn typevar_with_constraints(name: Value, f: Value) -> Value {
    new_param(0, name, None, Some(f))
}

// ---- TypeAliasType ------------------------------------------------------------

pub struct TypeAlias {
    name: Value,
    type_params: Value,
    value: Lazy,
    module: Option<Value>,
}

impl PyPayload for TypeAlias {
    fn class() -> &'static PyType {
        &TYPEALIAS_TYPE
    }
}

pub static TYPEALIAS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "TypeAliasType",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(alias_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(alias_getattr),
        getitem: Some(alias_getitem),
        ..Slots::EMPTY
    },
    free: PyObject::<TypeAlias>::free,
    methods: &[],
    dict: OnceLock::new(),
};

/// INTRINSIC_TYPEALIAS: `(name, type_params or None, compute_value)`.
pub fn typealias(args: &Value) -> PyResult<Value> {
    let items = tuple::items(args).ok_or_else(|| PyErr::system_error("bad TYPEALIAS argument"))?;
    let [name, params, func] = items else {
        return Err(PyErr::system_error("bad TYPEALIAS argument"));
    };
    let module = ops::getattr(func, &intern("__module__")).ok();
    Ok(PyObject::alloc(
        &TYPEALIAS_TYPE,
        TypeAlias {
            name: name.clone(),
            type_params: if params.is_none() { tuple::new_tuple(vec![]) } else { params.clone() },
            value: Lazy::new(Some(func.clone())),
            module,
        },
    ))
}

fn alias_repr(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<TypeAlias>().expect("alias").name.clone())
}

fn alias_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let a = v.downcast::<TypeAlias>().expect("alias");
    match to_rust_string(name).as_str() {
        "__name__" => Ok(a.name.clone()),
        "__value__" => a.value.get(),
        "__type_params__" | "__parameters__" => Ok(a.type_params.clone()),
        "__module__" => Ok(a.module.clone().unwrap_or_else(Value::none)),
        _ => crate::vm::ops::load_store::generic_getattr_fallback(v, name),
    }
}

fn alias_getitem(v: &Value, _k: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

// ---- Generic ----------------------------------------------------------------------

/// `Generic[T, ...]` as a class base: `__mro_entries__` gives `(Generic,)`.
pub struct GenericBase {
    params: Value,
}

impl PyPayload for GenericBase {
    fn class() -> &'static PyType {
        &GENERIC_ALIAS_TYPE
    }
}

static GENERIC_ALIAS_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__mro_entries__", func: generic_mro_entries, kind: MethodKind::Method, doc: "" }];

pub static GENERIC_ALIAS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_GenericAlias",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(generic_alias_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        ..Slots::EMPTY
    },
    free: PyObject::<GenericBase>::free,
    methods: &GENERIC_ALIAS_METHODS,
    dict: OnceLock::new(),
};

fn generic_class_getitem(_s: &Value, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    // Bound by classmethod: args = (cls, item).
    args.first().cloned().ok_or_else(|| PyErr::type_error("__class_getitem__ expects a class"))
}

static GENERIC_CLASS_GETITEM: MethodDef =
    MethodDef { name: "__class_getitem__", func: generic_class_getitem, kind: MethodKind::ClassMethod, doc: "" };

/// The `Generic` class (a plain class whose `__class_getitem__` returns
/// the class itself, so `C[int]()` instantiates `C`).
fn generic_class() -> PyResult<Value> {
    // One per interpreter: a class is an object of the interpreter that made it.
    let it = crate::vm::interp::interp();
    if let Some(g) = it.generic_class.get() {
        return Ok(g.clone());
    }
    let ns = crate::object::dict::new_dict();
    let f = crate::object::func::new_builtin(&GENERIC_CLASS_GETITEM, None);
    let cm = crate::object::descr::new_classmethod(f);
    crate::object::dict::dict_set(&ns, intern("__class_getitem__"), cm)?;
    crate::object::dict::dict_set(&ns, intern("__module__"), new_str("typing"))?;
    let ty = crate::object::singletons::TYPE_TYPE.to_value();
    let g = ops::call(&ty, &[new_str("Generic"), tuple::new_tuple(vec![]), ns], None)?;
    let _ = it.generic_class.set(g);
    Ok(it.generic_class.get().expect("set").clone())
}

fn generic_mro_entries(_s: &Value, _args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![generic_class()?]))
}

fn generic_alias_repr(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GenericBase>().expect("generic");
    let parts: Vec<String> = tuple::items(&g.params)
        .unwrap_or(&[])
        .iter()
        .map(|p| ops::repr_string(p).unwrap_or_default())
        .collect();
    Ok(new_str(&format!("typing.Generic[{}]", parts.join(", "))))
}

/// INTRINSIC_SUBSCRIPT_GENERIC: `Generic[params]`.
pub fn subscript_generic(params: Value) -> PyResult<Value> {
    generic_class()?;
    Ok(PyObject::alloc(&GENERIC_ALIAS_TYPE, GenericBase { params }))
}
