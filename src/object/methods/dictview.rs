//! Design: DESIGN.md#builtins
//!
//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict. Keys and
//! items views are set-like (`&`, `|`, `-`, `^` give sets; comparisons
//! compare as sets); all three have len, iter, reversed and (keys, items)
//! containment.

#![forbid(unsafe_code)]

use super::method;
use crate::builtins::args;
use crate::error::PyResult;
use crate::object::dict::{self, IterKind};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, NumberSlots, PyType, Slots};
use crate::object::{ops, set, str as pystr, tuple};

pub struct DictKeys(pub Value);
pub struct DictValues(pub Value);
pub struct DictItems(pub Value);

macro_rules! view_type {
    ($st:ident, $payload:ident, $name:literal, $slots:expr, $methods:expr) => {
        pub static $st: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: &OBJECT_TYPE,
            flags: type_flags::HAVE_GC,
            slots: $slots,
            free: PyObject::<$payload>::free,
            methods: $methods,
            dict: crate::sync::OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$st
            }
        }
    };
}

const SETLIKE: NumberSlots = NumberSlots {
    and: Some(view_and),
    or: Some(view_or),
    sub: Some(view_sub),
    xor: Some(view_xor),
    ..NumberSlots::EMPTY
};

view_type!(DICT_KEYS_TYPE, DictKeys, "dict_keys", Slots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(keys_contains),
    richcompare: Some(view_richcompare),
    number: SETLIKE,
    traverse: Some(view_traverse),
    ..Slots::EMPTY
}, KEYS_METHODS);
view_type!(DICT_VALUES_TYPE, DictValues, "dict_values", Slots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    traverse: Some(view_traverse),
    ..Slots::EMPTY
}, VIEW_METHODS);
view_type!(DICT_ITEMS_TYPE, DictItems, "dict_items", Slots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(items_contains),
    richcompare: Some(view_richcompare),
    number: SETLIKE,
    traverse: Some(view_traverse),
    ..Slots::EMPTY
}, KEYS_METHODS);

pub fn new_keys(d: &Value) -> Value {
    PyObject::alloc(&DICT_KEYS_TYPE, DictKeys(d.clone()))
}
pub fn new_values(d: &Value) -> Value {
    PyObject::alloc(&DICT_VALUES_TYPE, DictValues(d.clone()))
}
pub fn new_items(d: &Value) -> Value {
    PyObject::alloc(&DICT_ITEMS_TYPE, DictItems(d.clone()))
}

/// The viewed dict and the view kind, for any of the three view types.
fn parts(v: &Value) -> Option<(&Value, IterKind)> {
    if let Some(k) = v.downcast::<DictKeys>() {
        return Some((&k.0, IterKind::Keys));
    }
    if let Some(k) = v.downcast::<DictValues>() {
        return Some((&k.0, IterKind::Values));
    }
    v.downcast::<DictItems>().map(|k| (&k.0, IterKind::Items))
}

fn view_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Some((d, _)) = parts(v.as_value()) {
        visit(d);
    }
}

fn view_len(v: &Value) -> PyResult<usize> {
    let (d, _) = parts(v).expect("dict view");
    ops::len(d)
}

fn view_iter(v: &Value) -> PyResult<Value> {
    let (d, k) = parts(v).expect("dict view");
    Ok(dict::new_dict_iter(d, k))
}

/// The contents of a dict view as one consistent snapshot (`None` if `v`
/// is not a view): `list(d.items())` and friends.
pub fn snapshot(v: &Value) -> Option<Vec<Value>> {
    parts(v)?;
    Some(contents(v))
}

/// The view's current contents.
fn contents(v: &Value) -> Vec<Value> {
    let (d, k) = parts(v).expect("dict view");
    match k {
        IterKind::Keys => dict::dict_keys(d),
        IterKind::Values => dict::dict_values(d),
        IterKind::Items => dict::dict_items(d).into_iter().map(|(a, b)| tuple::new_tuple(vec![a, b])).collect(),
    }
}

fn view_repr(v: &Value) -> PyResult<Value> {
    let Some(_g) = crate::object::list::repr_enter(v) else {
        return Ok(pystr::new_str("..."));
    };
    let mut out = format!("{}([", v.ty().name);
    for (i, x) in contents(v).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr_string(x)?);
    }
    out.push_str("])");
    Ok(pystr::new_str(&out))
}

fn keys_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let (d, _) = parts(v).expect("dict view");
    Ok(dict::dict_get(d, x)?.is_some())
}

fn items_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let (d, _) = parts(v).expect("dict view");
    let Some(t) = tuple::items(x) else { return Ok(false) };
    if t.len() != 2 {
        return Ok(false);
    }
    match dict::dict_get(d, &t[0])? {
        Some(val) => ops::eq(&val, &t[1]),
        None => Ok(false),
    }
}

fn as_set(v: &Value) -> PyResult<Value> {
    if parts(v).is_some() {
        return set::new_set(contents(v));
    }
    set::set_from_iterable(v)
}

fn setlike(v: &Value) -> bool {
    v.downcast::<DictKeys>().is_some() || v.downcast::<DictItems>().is_some()
}

fn operands(a: &Value, b: &Value) -> PyResult<Option<(Value, Value)>> {
    if ops::iter(a).is_err() || ops::iter(b).is_err() {
        return Ok(None);
    }
    Ok(Some((as_set(a)?, b.clone())))
}

fn view_and(a: &Value, b: &Value) -> PyResult<Value> {
    match operands(a, b)? {
        Some((s, o)) => set::intersection(&s, &[o]),
        None => Ok(Value::not_implemented()),
    }
}
fn view_or(a: &Value, b: &Value) -> PyResult<Value> {
    match operands(a, b)? {
        Some((s, o)) => {
            set::update(&s, &[o])?;
            Ok(s)
        }
        None => Ok(Value::not_implemented()),
    }
}
fn view_sub(a: &Value, b: &Value) -> PyResult<Value> {
    match operands(a, b)? {
        Some((s, o)) => set::difference(&s, &[o]),
        None => Ok(Value::not_implemented()),
    }
}
fn view_xor(a: &Value, b: &Value) -> PyResult<Value> {
    match operands(a, b)? {
        Some((s, o)) => set::symmetric_difference(&s, &o),
        None => Ok(Value::not_implemented()),
    }
}

fn view_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !(setlike(b) || set::is_anyset(b)) {
        return Ok(Value::not_implemented());
    }
    let (x, y) = (as_set(a)?, as_set(b)?);
    ops::richcompare(&x, &y, op)
}

fn reversed(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("__reversed__", a, kw)?;
    let mut items = contents(v);
    items.reverse();
    ops::iter(&crate::object::list::new_list(items))
}

fn isdisjoint(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let o = args::exactly_one("dict_keys.isdisjoint", a, kw)?;
    let it = ops::iter(o)?;
    while let Some(x) = ops::next(&it)? {
        if ops::contains(v, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn mapping(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let (d, _) = parts(v).expect("dict view");
    Ok(crate::object::descr::new_mappingproxy(d.clone()))
}

static KEYS_METHODS: &[MethodDef] =
    &[method("__reversed__", reversed), method("isdisjoint", isdisjoint), super::getter("mapping", mapping)];
static VIEW_METHODS: &[MethodDef] = &[method("__reversed__", reversed), super::getter("mapping", mapping)];
