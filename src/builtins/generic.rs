//! Design: DESIGN.md#builtins
//!
//! `types.GenericAlias` (`list[int]`, from the builtin containers'
//! `__class_getitem__`) and `types.UnionType` (`int | None`), enough for
//! annotations evaluated at definition time, `isinstance(x, int | str)`,
//! equality, hashing and repr as CPython 3.13 prints them.

#![forbid(unsafe_code)]

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{classmethod, method};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, NumberSlots, PyType, Slots};
use crate::object::{ops, str as pystr, tuple};

pub struct GenericAlias {
    origin: Value,
    args: Value,
}

impl PyPayload for GenericAlias {
    fn class() -> &'static PyType {
        &GENERIC_ALIAS_TYPE
    }
}

pub static GENERIC_ALIAS_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "types.GenericAlias",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(ga_repr),
        hash: Some(ga_hash),
        richcompare: Some(ga_richcompare),
        getattr: Some(ga_getattr),
        call: Some(ga_call),
        number: NumberSlots { or: Some(union_or), ..NumberSlots::EMPTY },
        traverse: Some(ga_traverse),
        new: Some(ga_new),
        ..Slots::EMPTY
    },
    free: PyObject::<GenericAlias>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

pub struct UnionType {
    args: Value,
}

impl PyPayload for UnionType {
    fn class() -> &'static PyType {
        &UNION_TYPE
    }
}

pub static UNION_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "types.UnionType",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(union_repr),
        hash: Some(union_hash),
        richcompare: Some(union_richcompare),
        number: NumberSlots { or: Some(union_or), ..NumberSlots::EMPTY },
        traverse: Some(union_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<UnionType>::free,
    methods: UNION_METHODS,
    dict: crate::sync::OnceLock::new(),
};

fn ga_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(g) = Value::from_header_borrowed(h).as_value().downcast::<GenericAlias>() {
        visit(&g.origin);
        visit(&g.args);
    }
}

fn union_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(u) = Value::from_header_borrowed(h).as_value().downcast::<UnionType>() {
        visit(&u.args);
    }
}

/// `types.GenericAlias(origin, args)`, as `__class_getitem__` methods
/// written in Python call it.
fn ga_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if crate::builtins::args::nkw(kw) != 0 {
        return Err(PyErr::type_error("GenericAlias() takes no keyword arguments"));
    }
    let [origin, args] = a else {
        return Err(PyErr::type_error(format!("GenericAlias expected 2 arguments, got {}", a.len())));
    };
    Ok(new_generic_alias(origin.clone(), args.clone()))
}

/// `origin[args]`: a GenericAlias (`args` a tuple or a single value).
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    let args = if tuple::items(&args).is_some() && args.is_type(&tuple::TUPLE_TYPE) {
        args
    } else {
        tuple::new_tuple(vec![args])
    };
    PyObject::alloc(&GENERIC_ALIAS_TYPE, GenericAlias { origin, args })
}

/// The `__class_getitem__` classmethod of the builtin generic containers.
pub fn class_getitem(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let item = args::exactly_one("__class_getitem__", a, kw)?;
    Ok(new_generic_alias(cls.clone(), item.clone()))
}

pub static CLASS_GETITEM: MethodDef = classmethod("__class_getitem__", class_getitem);

/// CPython's `_Py_typing_type_repr`.
fn type_repr(v: &Value) -> PyResult<String> {
    if v.ellipsis_like() {
        return Ok("...".to_string());
    }
    if v.is_none() {
        return Ok("None".to_string());
    }
    if v.downcast::<GenericAlias>().is_some() {
        return ops::repr_string(v);
    }
    if v.as_type().is_some() {
        let q = ops::getattr(v, &pystr::intern("__qualname__")).ok();
        let m = ops::getattr(v, &pystr::intern("__module__")).ok();
        if let (Some(q), Some(m)) = (q, m) {
            let (q, m) = (pystr::to_rust_string(&q), pystr::to_rust_string(&m));
            return Ok(if m == "builtins" { q } else { format!("{}.{}", m, q) });
        }
    }
    ops::repr_string(v)
}

trait EllipsisLike {
    fn ellipsis_like(&self) -> bool;
}
impl EllipsisLike for Value {
    fn ellipsis_like(&self) -> bool {
        self.is(&Value::ellipsis())
    }
}

fn ga(v: &Value) -> &GenericAlias {
    v.downcast::<GenericAlias>().expect("GenericAlias")
}

fn ga_repr(v: &Value) -> PyResult<Value> {
    let g = ga(v);
    let items = tuple::items(&g.args).unwrap_or(&[]);
    let mut out = type_repr(&g.origin)?;
    out.push('[');
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(inner) = tuple::items(x).filter(|_| x.is_type(&tuple::TUPLE_TYPE)) {
            // A list of types (Callable[[int], str]) shows as a list.
            out.push('[');
            for (j, y) in inner.iter().enumerate() {
                if j > 0 {
                    out.push_str(", ");
                }
                out.push_str(&type_repr(y)?);
            }
            out.push(']');
        } else {
            out.push_str(&type_repr(x)?);
        }
    }
    out.push(']');
    Ok(pystr::new_str(&out))
}

fn ga_hash(v: &Value) -> PyResult<i64> {
    let g = ga(v);
    Ok(ops::hash(&g.origin)? ^ ops::hash(&g.args)?)
}

fn ga_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<GenericAlias>(), b.downcast::<GenericAlias>()) else {
        return Ok(Value::not_implemented());
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::not_implemented());
    }
    let eq = ops::eq(&x.origin, &y.origin)? && ops::eq(&x.args, &y.args)?;
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn ga_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let g = ga(v);
    match pystr::to_rust_string(name).as_str() {
        "__origin__" => Ok(g.origin.clone()),
        "__args__" => Ok(g.args.clone()),
        "__parameters__" => Ok(tuple::new_tuple(Vec::new())),
        "__class__" => Ok(GENERIC_ALIAS_TYPE.to_value()),
        "__unpacked__" => Ok(Value::bool(false)),
        _ => ops::getattr(&g.origin, name),
    }
}

fn ga_call(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let g = ga(v);
    let r = ops::call(&g.origin, a, kw)?;
    let _ = ops::setattr(&r, &pystr::intern("__orig_class__"), Some(v));
    Ok(r)
}

// ---- UnionType ---------------------------------------------------------------------

fn is_union_arg(v: &Value) -> bool {
    v.is_none() || v.as_type().is_some() || v.downcast::<GenericAlias>().is_some() || v.downcast::<UnionType>().is_some()
}

/// The members a union operand contributes (a union's own args, None as
/// NoneType, anything else as itself).
fn members(v: &Value) -> Vec<Value> {
    if let Some(u) = v.downcast::<UnionType>() {
        return tuple::items(&u.args).unwrap_or(&[]).to_vec();
    }
    if v.is_none() {
        return vec![crate::object::singletons::NONE_TYPE.to_value()];
    }
    vec![v.clone()]
}

/// `a | b` for types, GenericAliases, unions and None (`type.__or__`).
pub fn union_or(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_union_arg(a) || !is_union_arg(b) {
        return Ok(Value::not_implemented());
    }
    let mut out: Vec<Value> = Vec::new();
    for m in members(a).into_iter().chain(members(b)) {
        let mut dup = false;
        for o in &out {
            if o.is(&m) || (m.downcast::<GenericAlias>().is_some() && ops::eq(o, &m)?) {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(m);
        }
    }
    if out.len() == 1 {
        return Ok(out.pop().expect("one"));
    }
    Ok(PyObject::alloc(&UNION_TYPE, UnionType { args: tuple::new_tuple(out) }))
}

fn un(v: &Value) -> &UnionType {
    v.downcast::<UnionType>().expect("UnionType")
}

fn union_repr(v: &Value) -> PyResult<Value> {
    let mut parts = Vec::new();
    for x in tuple::items(&un(v).args).unwrap_or(&[]) {
        if x.as_type().is_some_and(|t| core::ptr::eq(t, &crate::object::singletons::NONE_TYPE)) {
            parts.push("None".to_string());
        } else {
            parts.push(type_repr(x)?);
        }
    }
    Ok(pystr::new_str(&parts.join(" | ")))
}

fn union_hash(v: &Value) -> PyResult<i64> {
    let items = tuple::items(&un(v).args).unwrap_or(&[]).to_vec();
    let fs = crate::object::set::new_frozenset(items)?;
    ops::hash(&fs)
}

fn union_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if b.downcast::<UnionType>().is_none() || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::not_implemented());
    }
    let x = crate::object::set::new_frozenset(tuple::items(&un(a).args).unwrap_or(&[]).to_vec())?;
    let y = crate::object::set::new_frozenset(tuple::items(&un(b).args).unwrap_or(&[]).to_vec())?;
    let eq = ops::eq(&x, &y)?;
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn union_instancecheck(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let obj = args::exactly_one("__instancecheck__", a, kw)?;
    for t in tuple::items(&un(v).args).unwrap_or(&[]) {
        if t.downcast::<GenericAlias>().is_some() {
            return Err(PyErr::type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
        if crate::object::attr::isinstance(obj, t)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn union_subclasscheck(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let cls = args::exactly_one("__subclasscheck__", a, kw)?;
    for t in tuple::items(&un(v).args).unwrap_or(&[]) {
        if crate::object::attr::issubclass(cls, t)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn union_args(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(un(v).args.clone())
}

static UNION_METHODS: &[MethodDef] = &[
    method("__instancecheck__", union_instancecheck),
    method("__subclasscheck__", union_subclasscheck),
    crate::object::methods::getter("__args__", union_args),
];
