//! Design: DESIGN.md#builtins
//!
//! Methods of list, tuple, dict, set, frozenset, range and slice.

#![forbid(unsafe_code)]

use super::{classmethod, getter, method};
use crate::builtins::args::{self, Params};
use crate::error::{PyErr, PyResult};
use crate::object::typeobj::MethodDef;
use crate::object::{dict, list, ops, range, set, slice, tuple, Value};

fn usize_val(n: usize) -> Value {
    Value::from_i64(n as i64)
}

/// Optional start/stop of `index` (`_PyEval_SliceIndexNotNone`).
fn bound(v: Option<&Value>) -> PyResult<Option<isize>> {
    match v {
        None => Ok(None),
        Some(x) => match crate::object::str::slice_bound(Some(x))? {
            None => Err(PyErr::type_error("slice indices must be integers or have an __index__ method")),
            Some(i) => Ok(Some(i.clamp(isize::MIN as i64, isize::MAX as i64) as isize)),
        },
    }
}

// ---- list ------------------------------------------------------------------

fn list_append(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    list::append(v, args::exactly_one("list.append", a, kw)?.clone());
    Ok(Value::none())
}
fn list_extend(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    list::extend(v, args::exactly_one("list.extend", a, kw)?)?;
    Ok(Value::none())
}
fn list_insert(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("list.insert", kw)?;
    args::check_count("insert", a, 2, 2)?;
    list::insert(v, args::int_arg(&a[0])?, a[1].clone());
    Ok(Value::none())
}
fn list_pop(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("list.pop", kw)?;
    args::check_count("pop", a, 0, 1)?;
    let i = match a.first() {
        Some(x) => Some(args::int_arg(x)?),
        None => None,
    };
    list::pop(v, i)
}
fn list_remove(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    list::remove(v, args::exactly_one("list.remove", a, kw)?)?;
    Ok(Value::none())
}
fn list_index(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("list.index", kw)?;
    args::check_count("index", a, 1, 3)?;
    Ok(usize_val(list::index(v, &a[0], bound(a.get(1))?, bound(a.get(2))?)?))
}
fn list_count(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(usize_val(list::count(v, args::exactly_one("list.count", a, kw)?)?))
}
fn list_clear(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list.clear", a, kw)?;
    list::clear(v);
    Ok(Value::none())
}
fn list_reverse(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list.reverse", a, kw)?;
    list::reverse(v);
    Ok(Value::none())
}
fn list_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list.copy", a, kw)?;
    Ok(list::copy(v))
}
fn list_sort(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "sort", names: &["key", "reverse"], posonly: 0, maxpos: 0, required: 0 };
    let [key, rev] = args::parse::<2>(p, a, kw)?;
    let rev = match rev {
        Some(r) => ops::is_true(r)?,
        None => false,
    };
    list::sort(v, key, rev)?;
    Ok(Value::none())
}
fn list_reversed(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list.__reversed__", a, kw)?;
    Ok(crate::builtins::iters::new_reversed(v.clone(), list::len(v)))
}
fn list_sizeof(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list.__sizeof__", a, kw)?;
    Ok(usize_val(40 + 8 * list::len(v)))
}

fn list_iadd(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    list::extend(v, args::exactly_one("list.__iadd__", a, kw)?)?;
    Ok(v.clone())
}
fn list_imul(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let n = args::exactly_one("list.__imul__", a, kw)?;
    if n.ty().slots.number.index.is_none() && !n.is_small_int() {
        return Ok(Value::not_implemented());
    }
    let n = args::int_arg(n)?;
    let items = list::snapshot(v);
    list::clear(v);
    for _ in 0..n.max(0) {
        for x in &items {
            list::append(v, x.clone());
        }
    }
    Ok(v.clone())
}

pub static LIST_METHODS: &[MethodDef] = &[
    crate::builtins::generic::CLASS_GETITEM,
    method("__iadd__", list_iadd),
    method("__imul__", list_imul),
    method("append", list_append),
    method("extend", list_extend),
    method("insert", list_insert),
    method("pop", list_pop),
    method("remove", list_remove),
    method("index", list_index),
    method("count", list_count),
    method("clear", list_clear),
    method("reverse", list_reverse),
    method("copy", list_copy),
    method("sort", list_sort),
    method("__reversed__", list_reversed),
    method("__sizeof__", list_sizeof),
];

// ---- tuple -----------------------------------------------------------------

fn tuple_index(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("tuple.index", kw)?;
    args::check_count("index", a, 1, 3)?;
    Ok(usize_val(tuple::index(v, &a[0], bound(a.get(1))?, bound(a.get(2))?)?))
}
fn tuple_count(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(usize_val(tuple::count(v, args::exactly_one("tuple.count", a, kw)?)?))
}
fn tuple_getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("tuple.__getnewargs__", a, kw)?;
    Ok(tuple::new_tuple(vec![tuple::new_tuple(tuple::items(v).unwrap_or(&[]).to_vec())]))
}

pub static TUPLE_METHODS: &[MethodDef] = &[
    crate::builtins::generic::CLASS_GETITEM,
    method("index", tuple_index),
    method("count", tuple_count),
    method("__getnewargs__", tuple_getnewargs),
];

// ---- dict ------------------------------------------------------------------

fn dict_keys(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.keys", a, kw)?;
    Ok(super::dictview::new_keys(v))
}
fn dict_values(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.values", a, kw)?;
    Ok(super::dictview::new_values(v))
}
fn dict_items(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.items", a, kw)?;
    Ok(super::dictview::new_items(v))
}
fn dict_get(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("dict.get", kw)?;
    args::check_count("get", a, 1, 2)?;
    Ok(dict::dict_get(v, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(Value::none)))
}
fn dict_pop(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("dict.pop", kw)?;
    args::check_count("pop", a, 1, 2)?;
    dict::dict_pop(v, &a[0], a.get(1).cloned())
}
fn dict_popitem(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.popitem", a, kw)?;
    if dict::core(v).is_some_and(|c| c.is_empty()) {
        return Err(PyErr::key_error(crate::object::str::new_str("popitem(): dictionary is empty")));
    }
    dict::dict_popitem(v)
}
fn dict_ior(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let o = args::exactly_one("dict.__ior__", a, kw)?;
    update_from(v, std::slice::from_ref(o), None, "update")?;
    Ok(v.clone())
}
fn dict_setdefault(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("dict.setdefault", kw)?;
    args::check_count("setdefault", a, 1, 2)?;
    dict::dict_setdefault(v, a[0].clone(), a.get(1).cloned().unwrap_or_else(Value::none))
}

/// `d.update([other], **kw)` (also the body of `dict(...)`): mappings with
/// `keys()` are read through it, else an iterable of pairs.
pub fn update_from(d: &Value, a: &[Value], kw: Option<&Value>, name: &str) -> PyResult<()> {
    let (pos, kws) = args::split(a, kw);
    args::check_count(name, pos, 0, 1)?;
    if let Some(o) = pos.first() {
        if dict::core(o).is_some() {
            dict::dict_update(d, o)?;
        } else if let Ok(keys) = ops::getattr(o, &crate::object::str::new_str("keys")) {
            let ks = ops::call(&keys, &[], None)?;
            for k in ops::collect(&ks)? {
                let val = ops::getitem(o, &k)?;
                dict::dict_set(d, k, val)?;
            }
        } else {
            dict::dict_update(d, o)?;
        }
    }
    for (k, x) in kws {
        dict::dict_set(d, crate::object::str::new_str(&k), x.clone())?;
    }
    Ok(())
}
fn dict_update_m(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    update_from(v, a, kw, "update")?;
    Ok(Value::none())
}
fn dict_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.copy", a, kw)?;
    Ok(dict::dict_copy(v))
}
fn dict_clear(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.clear", a, kw)?;
    dict::dict_clear(v);
    Ok(Value::none())
}
fn dict_fromkeys(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("dict.fromkeys", kw)?;
    args::check_count("fromkeys", a, 1, 2)?;
    let d = ops::call(cls, &[], None)?;
    let val = a.get(1).cloned().unwrap_or_else(Value::none);
    let it = ops::iter(&a[0])?;
    while let Some(k) = ops::next(&it)? {
        ops::setitem(&d, &k, &val)?;
    }
    Ok(d)
}
fn dict_contains_m(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let k = args::exactly_one("dict.__contains__", a, kw)?;
    Ok(Value::bool(dict::dict_get(v, k)?.is_some()))
}
fn dict_getitem_m(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let k = args::exactly_one("dict.__getitem__", a, kw)?;
    // dict's own subscript, not the receiver's (a subclass overriding
    // __getitem__ calls this through super() / dict.__getitem__).
    match dict::DICT_TYPE.slots.getitem {
        Some(f) => f(v, k),
        None => ops::getitem(v, k),
    }
}
fn dict_reversed(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("dict.__reversed__", a, kw)?;
    let mut ks = dict::dict_keys(v);
    ks.reverse();
    ops::iter(&list::new_list(ks))
}

pub static DICT_METHODS: &[MethodDef] = &[
    crate::builtins::generic::CLASS_GETITEM,
    method("__ior__", dict_ior),
    method("keys", dict_keys),
    method("values", dict_values),
    method("items", dict_items),
    method("get", dict_get),
    method("pop", dict_pop),
    method("popitem", dict_popitem),
    method("setdefault", dict_setdefault),
    method("update", dict_update_m),
    method("copy", dict_copy),
    method("clear", dict_clear),
    classmethod("fromkeys", dict_fromkeys),
    method("__contains__", dict_contains_m),
    method("__getitem__", dict_getitem_m),
    method("__reversed__", dict_reversed),
];

// ---- set / frozenset -------------------------------------------------------

macro_rules! set_varargs {
    ($f:ident, $qual:literal, $imp:path) => {
        fn $f(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            args::no_kw($qual, kw)?;
            $imp(v, a)
        }
    };
}
macro_rules! set_one_bool {
    ($f:ident, $qual:literal, $imp:path) => {
        fn $f(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            let o = args::exactly_one($qual, a, kw)?;
            Ok(Value::bool($imp(v, o)?))
        }
    };
}
set_varargs!(set_union, "set.union", set::union);
set_varargs!(set_intersection, "set.intersection", set::intersection);
set_varargs!(set_difference, "set.difference", set::difference);
set_varargs!(fs_union, "frozenset.union", set::union);
set_varargs!(fs_intersection, "frozenset.intersection", set::intersection);
set_varargs!(fs_difference, "frozenset.difference", set::difference);
set_one_bool!(set_issubset, "set.issubset", set::issubset);
set_one_bool!(set_issuperset, "set.issuperset", set::issuperset);
set_one_bool!(set_isdisjoint, "set.isdisjoint", set::isdisjoint);
set_one_bool!(fs_issubset, "frozenset.issubset", set::issubset);
set_one_bool!(fs_issuperset, "frozenset.issuperset", set::issuperset);
set_one_bool!(fs_isdisjoint, "frozenset.isdisjoint", set::isdisjoint);

fn set_symdiff(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set::symmetric_difference(v, args::exactly_one("set.symmetric_difference", a, kw)?)
}
fn fs_symdiff(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set::symmetric_difference(v, args::exactly_one("frozenset.symmetric_difference", a, kw)?)
}
fn set_add(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set::add(v, args::exactly_one("set.add", a, kw)?.clone())?;
    Ok(Value::none())
}
fn set_discard(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set::discard(v, args::exactly_one("set.discard", a, kw)?)?;
    Ok(Value::none())
}
fn set_remove(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set::remove(v, args::exactly_one("set.remove", a, kw)?)?;
    Ok(Value::none())
}
fn set_pop(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("set.pop", a, kw)?;
    set::pop(v)
}
fn set_clear(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("set.clear", a, kw)?;
    set::clear(v)?;
    Ok(Value::none())
}
fn set_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("set.copy", a, kw)?;
    Ok(set::copy(v))
}
fn fs_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("frozenset.copy", a, kw)?;
    Ok(set::copy(v))
}
fn set_update(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("set.update", kw)?;
    set::update(v, a)?;
    Ok(Value::none())
}
/// `s.op_update(*others)` as `s.clear(); s.update(s.op(*others))`.
fn replace_contents(v: &Value, new: Value) -> PyResult<Value> {
    set::clear(v)?;
    set::update(v, &[new])?;
    Ok(Value::none())
}
fn set_intersection_update(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("set.intersection_update", kw)?;
    let r = set::intersection(v, a)?;
    replace_contents(v, r)
}
fn set_difference_update(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("set.difference_update", kw)?;
    let r = set::difference(v, a)?;
    replace_contents(v, r)
}
fn set_symdiff_update(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let o = args::exactly_one("set.symmetric_difference_update", a, kw)?;
    let r = set::symmetric_difference(v, o)?;
    replace_contents(v, r)
}
fn set_contains_m(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(set::contains(v, args::exactly_one("set.__contains__", a, kw)?)?))
}

/// `s op= other` for sets: NotImplemented unless `other` is a set.
fn set_inplace(v: &Value, a: &[Value], kw: Option<&Value>, name: &str, f: fn(&Value, &[Value], Option<&Value>) -> PyResult<Value>) -> PyResult<Value> {
    let o = args::exactly_one(name, a, kw)?;
    if !set::is_anyset(o) {
        return Ok(Value::not_implemented());
    }
    f(v, std::slice::from_ref(o), None)?;
    Ok(v.clone())
}
fn set_ior(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set_inplace(v, a, kw, "set.__ior__", set_update)
}
fn set_iand(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set_inplace(v, a, kw, "set.__iand__", set_intersection_update)
}
fn set_isub(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set_inplace(v, a, kw, "set.__isub__", set_difference_update)
}
fn set_ixor(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    set_inplace(v, a, kw, "set.__ixor__", set_symdiff_update)
}

pub static SET_METHODS: &[MethodDef] = &[
    crate::builtins::generic::CLASS_GETITEM,
    method("__ior__", set_ior),
    method("__iand__", set_iand),
    method("__isub__", set_isub),
    method("__ixor__", set_ixor),
    method("add", set_add),
    method("discard", set_discard),
    method("remove", set_remove),
    method("pop", set_pop),
    method("clear", set_clear),
    method("copy", set_copy),
    method("update", set_update),
    method("union", set_union),
    method("intersection", set_intersection),
    method("difference", set_difference),
    method("symmetric_difference", set_symdiff),
    method("intersection_update", set_intersection_update),
    method("difference_update", set_difference_update),
    method("symmetric_difference_update", set_symdiff_update),
    method("issubset", set_issubset),
    method("issuperset", set_issuperset),
    method("isdisjoint", set_isdisjoint),
    method("__contains__", set_contains_m),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    crate::builtins::generic::CLASS_GETITEM,
    method("copy", fs_copy),
    method("union", fs_union),
    method("intersection", fs_intersection),
    method("difference", fs_difference),
    method("symmetric_difference", fs_symdiff),
    method("issubset", fs_issubset),
    method("issuperset", fs_issuperset),
    method("isdisjoint", fs_isdisjoint),
    method("__contains__", set_contains_m),
];

// ---- range -----------------------------------------------------------------

fn range_start(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(range::start(v))
}
fn range_stop(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(range::stop(v))
}
fn range_step(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(range::step(v))
}
fn range_count(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(usize_val(range::count(v, args::exactly_one("range.count", a, kw)?)?))
}
fn range_index(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    range::index(v, args::exactly_one("range.index", a, kw)?)
}
fn range_reversed(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("range.__reversed__", a, kw)?;
    range::reversed(v)
}

pub static RANGE_METHODS: &[MethodDef] = &[
    getter("start", range_start),
    getter("stop", range_stop),
    getter("step", range_step),
    method("count", range_count),
    method("index", range_index),
    method("__reversed__", range_reversed),
];

// ---- slice -----------------------------------------------------------------

fn sl(v: &Value) -> &slice::PySlice {
    v.downcast::<slice::PySlice>().expect("slice")
}
fn slice_start(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(sl(v).start.clone())
}
fn slice_stop(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(sl(v).stop.clone())
}
fn slice_step(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(sl(v).step.clone())
}
fn slice_indices(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let n = args::exactly_one("slice.indices", a, kw)?;
    let len = args::int_arg(n)?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice::indices(sl(v), len as usize)?;
    let i = |x: isize| Value::from_i64(x as i64);
    Ok(tuple::new_tuple(vec![i(start), i(stop), i(step)]))
}

pub static SLICE_METHODS: &[MethodDef] = &[
    getter("start", slice_start),
    getter("stop", slice_stop),
    getter("step", slice_step),
    method("indices", slice_indices),
];
