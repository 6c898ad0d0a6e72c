//! Design: DESIGN.md#builtins
//!
//! The lazy iterator types of the builtins module: `enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `callable_iterator` (`iter(f, sentinel)`)
//! and `iterator` (the sequence-protocol iterator of `iter(obj)` for objects
//! with only `__getitem__`). Their state is immutable values plus atomics,
//! so no lock is held while Python code (the inner `next`) runs.

#![forbid(unsafe_code)]

use crate::builtins::args::{self, Params};
use crate::builtins::ctors::{alloc_instance, type_value};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, PyType, Slots};
use crate::object::{int, ops, tuple};
use crate::sync::{AtomicBool, AtomicI64, AtomicIsize, Ordering::*};

fn iter_self(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

macro_rules! iter_type {
    ($st:ident, $payload:ident, $name:literal, $next:ident, $new:expr, $trav:ident, $basetype:expr) => {
        pub static $st: PyType = PyType {
            head: ObjHeader::new_static(&TYPE_TYPE),
            name: $name,
            base: &OBJECT_TYPE,
            flags: type_flags::HAVE_GC | $basetype,
            slots: Slots { iter: Some(iter_self), next: Some($next), new: $new, traverse: Some($trav), ..Slots::EMPTY },
            free: PyObject::<$payload>::free,
            methods: &[],
            dict: crate::sync::OnceLock::new(),
        };
        impl PyPayload for $payload {
            fn class() -> &'static PyType {
                &$st
            }
        }
    };
}

// ---- enumerate -------------------------------------------------------------------

pub struct Enumerate {
    it: Value,
    /// Next index while it fits; `big` takes over past i64.
    count: AtomicI64,
    big: crate::sync::Mutex<Option<num_bigint::BigInt>>,
}

iter_type!(ENUMERATE_TYPE, Enumerate, "enumerate", enumerate_next, Some(enumerate_new), enumerate_traverse, type_flags::BASETYPE);

fn enumerate_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(e) = Value::from_header_borrowed(h).as_value().downcast_sub::<Enumerate>() {
        visit(&e.it);
    }
}

fn enumerate_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if a.len() == args::nkw(kw) && !args::kw_names(kw).iter().any(|k| k == "iterable") {
        if let Some(k) = args::kw_names(kw).into_iter().find(|k| k != "start") {
            return Err(PyErr::type_error(format!("enumerate() got an unexpected keyword argument '{}'", k)));
        }
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    }
    let p = Params { fname: "enumerate", names: &["iterable", "start"], posonly: 0, maxpos: 2, required: 1 };
    let [it, start] = args::parse::<2>(p, a, kw)?;
    let it = ops::iter(it.expect("required"))?;
    let (count, big) = match start {
        None => (0, None),
        Some(s) => {
            let i = ops::index(s).map_err(|_| {
                PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", s.ty().name))
            })?;
            match int::to_i64(&i) {
                Some(x) if x < i64::MAX => (x, None),
                _ => (0, Some(int::to_bigint(&i).expect("int"))),
            }
        }
    };
    alloc_instance(cls, &ENUMERATE_TYPE, Enumerate { it, count: AtomicI64::new(count), big: crate::sync::Mutex::new(big) })
}

fn enumerate_next(v: &Value) -> PyResult<Option<Value>> {
    let e = v.downcast_sub::<Enumerate>().expect("enumerate");
    let Some(x) = ops::next(&e.it)? else { return Ok(None) };
    let idx = {
        let mut big = e.big.lock();
        if let Some(b) = big.as_mut() {
            let r = Value::from_bigint(b.clone());
            *b += 1;
            r
        } else {
            let i = e.count.fetch_add(1, Relaxed);
            if i == i64::MAX - 1 {
                *big = Some(num_bigint::BigInt::from(i64::MAX));
            }
            Value::from_i64(i)
        }
    };
    Ok(Some(tuple::new_tuple(vec![idx, x])))
}

// ---- zip ---------------------------------------------------------------------------

pub struct Zip {
    its: Box<[Value]>,
    strict: bool,
    done: AtomicBool,
}

iter_type!(ZIP_TYPE, Zip, "zip", zip_next, Some(zip_new), zip_traverse, type_flags::BASETYPE);

fn zip_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(z) = Value::from_header_borrowed(h).as_value().downcast_sub::<Zip>() {
        z.its.iter().for_each(visit);
    }
}

fn zip_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = args::split(a, kw);
    let mut strict = false;
    for (k, v) in kws {
        if k != "strict" {
            return Err(PyErr::type_error(format!("zip() got an unexpected keyword argument '{}'", k)));
        }
        strict = ops::is_true(v)?;
    }
    let its = pos.iter().map(ops::iter).collect::<PyResult<Vec<_>>>()?;
    alloc_instance(cls, &ZIP_TYPE, Zip { its: its.into_boxed_slice(), strict, done: AtomicBool::new(false) })
}

fn zip_next(v: &Value) -> PyResult<Option<Value>> {
    let z = v.downcast_sub::<Zip>().expect("zip");
    if z.its.is_empty() || z.done.load(Relaxed) {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match ops::next(it)? {
            Some(x) => out.push(x),
            None => {
                z.done.store(true, Relaxed);
                if z.strict {
                    if i > 0 {
                        return Err(PyErr::value_error(format!(
                            "zip() argument {} is shorter than argument{} {}",
                            i + 1,
                            if i == 1 { "" } else { "s" },
                            if i == 1 { "1".to_string() } else { format!("1-{}", i) }
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if ops::next(other)?.is_some() {
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is longer than argument{} {}",
                                j + 1,
                                if j == 1 { "" } else { "s" },
                                if j == 1 { "1".to_string() } else { format!("1-{}", j) }
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(tuple::new_tuple(out)))
}

// ---- map ---------------------------------------------------------------------------

pub struct Map {
    func: Value,
    its: Box<[Value]>,
}

iter_type!(MAP_TYPE, Map, "map", map_next, Some(map_new), map_traverse, type_flags::BASETYPE);

fn map_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = Value::from_header_borrowed(h).as_value().downcast_sub::<Map>() {
        visit(&m.func);
        m.its.iter().for_each(visit);
    }
}

fn map_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if cls.as_type().is_some_and(|t| core::ptr::eq(t, &MAP_TYPE)) {
        args::no_kw("map", kw)?;
    }
    let a = args::positional(a, kw);
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let its = a[1..].iter().map(ops::iter).collect::<PyResult<Vec<_>>>()?;
    alloc_instance(cls, &MAP_TYPE, Map { func: a[0].clone(), its: its.into_boxed_slice() })
}

fn map_next(v: &Value) -> PyResult<Option<Value>> {
    let m = v.downcast_sub::<Map>().expect("map");
    let mut xs = Vec::with_capacity(m.its.len());
    for it in m.its.iter() {
        match ops::next(it)? {
            Some(x) => xs.push(x),
            None => return Ok(None),
        }
    }
    ops::call(&m.func, &xs, None).map(Some)
}

// ---- filter ------------------------------------------------------------------------

pub struct Filter {
    func: Value,
    it: Value,
}

iter_type!(FILTER_TYPE, Filter, "filter", filter_next, Some(filter_new), filter_traverse, type_flags::BASETYPE);

fn filter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = Value::from_header_borrowed(h).as_value().downcast_sub::<Filter>() {
        visit(&f.func);
        visit(&f.it);
    }
}

fn filter_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if cls.as_type().is_some_and(|t| core::ptr::eq(t, &FILTER_TYPE)) {
        args::no_kw("filter", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("filter", a, 2, 2)?;
    let it = ops::iter(&a[1])?;
    alloc_instance(cls, &FILTER_TYPE, Filter { func: a[0].clone(), it })
}

fn filter_next(v: &Value) -> PyResult<Option<Value>> {
    let f = v.downcast_sub::<Filter>().expect("filter");
    while let Some(x) = ops::next(&f.it)? {
        let keep = if f.func.is_none() || f.func.as_type().is_some_and(|t| core::ptr::eq(t, &int::BOOL_TYPE)) {
            ops::is_true(&x)?
        } else {
            ops::is_true(&ops::call(&f.func, std::slice::from_ref(&x), None)?)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

// ---- reversed ----------------------------------------------------------------------

pub struct Reversed {
    seq: Value,
    /// Next index to read; negative once exhausted.
    idx: AtomicIsize,
}

iter_type!(REVERSED_TYPE, Reversed, "reversed", reversed_next, Some(reversed_new), reversed_traverse, type_flags::BASETYPE);

fn reversed_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(r) = Value::from_header_borrowed(h).as_value().downcast_sub::<Reversed>() {
        visit(&r.seq);
    }
}

/// `list.__reversed__()`'s iterator type (a `reversed` underneath).
pub static LIST_REVITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "list_reverseiterator",
    base: &REVERSED_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots { iter: Some(iter_self), next: Some(reversed_next), traverse: Some(reversed_traverse), ..Slots::EMPTY },
    free: PyObject::<Reversed>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

/// A reverse iterator over a list of `len` items (`list_reverseiterator`).
pub fn new_reversed(seq: Value, len: usize) -> Value {
    PyObject::alloc(&LIST_REVITER_TYPE, Reversed { seq, idx: AtomicIsize::new(len as isize - 1) })
}

fn reversed_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if cls.as_type().is_some_and(|t| core::ptr::eq(t, &REVERSED_TYPE)) {
        args::no_kw("reversed", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("reversed", a, 1, 1)?;
    let seq = &a[0];
    if let Some(m) = crate::object::attr::lookup_special(seq, crate::object::attr::name!("__reversed__"))? {
        if m.is_none() {
            return Err(PyErr::type_error(format!("'{}' object is not reversible", seq.ty().name)));
        }
        return ops::call(&m, &[], None);
    }
    if seq.ty().slots.getitem.is_none() || seq.ty().slots.len.is_none() || crate::object::dict::core(seq).is_some() {
        return Err(PyErr::type_error(format!("'{}' object is not reversible", seq.ty().name)));
    }
    let n = ops::len(seq)?;
    alloc_instance(cls, &REVERSED_TYPE, Reversed { seq: seq.clone(), idx: AtomicIsize::new(n as isize - 1) })
}

fn reversed_next(v: &Value) -> PyResult<Option<Value>> {
    let r = v.downcast_sub::<Reversed>().expect("reversed");
    let i = r.idx.fetch_sub(1, Relaxed);
    if i < 0 {
        r.idx.store(-1, Relaxed);
        return Ok(None);
    }
    match ops::getitem(&r.seq, &Value::from_i64(i as i64)) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
            r.idx.store(-1, Relaxed);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

// ---- callable_iterator ---------------------------------------------------------------

pub struct CallIter {
    func: Value,
    sentinel: Value,
    done: AtomicBool,
}

iter_type!(CALL_ITER_TYPE, CallIter, "callable_iterator", call_iter_next, None, call_iter_traverse, 0);

fn call_iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = Value::from_header_borrowed(h).as_value().downcast::<CallIter>() {
        visit(&c.func);
        visit(&c.sentinel);
    }
}

pub fn new_call_iter(func: Value, sentinel: Value) -> Value {
    PyObject::alloc(&CALL_ITER_TYPE, CallIter { func, sentinel, done: AtomicBool::new(false) })
}

fn call_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let c = v.downcast::<CallIter>().expect("callable_iterator");
    if c.done.load(Relaxed) {
        return Ok(None);
    }
    let x = match ops::call(&c.func, &[], None) {
        Ok(x) => x,
        Err(e) if e.is(ExcKind::StopIteration) => {
            c.done.store(true, Relaxed);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if ops::eq(&x, &c.sentinel)? {
        c.done.store(true, Relaxed);
        return Ok(None);
    }
    Ok(Some(x))
}

// ---- iterator (sequence protocol) ----------------------------------------------------------

pub struct SeqIter {
    seq: Value,
    idx: AtomicI64,
}

iter_type!(SEQ_ITER_TYPE, SeqIter, "iterator", seq_iter_next, None, seq_iter_traverse, 0);

fn seq_iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = Value::from_header_borrowed(h).as_value().downcast::<SeqIter>() {
        visit(&s.seq);
    }
}

pub fn new_seq_iter(seq: Value) -> Value {
    PyObject::alloc(&SEQ_ITER_TYPE, SeqIter { seq, idx: AtomicI64::new(0) })
}

fn seq_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let s = v.downcast::<SeqIter>().expect("iterator");
    let i = s.idx.fetch_add(1, Relaxed);
    if i < 0 {
        return Ok(None);
    }
    match ops::getitem(&s.seq, &Value::from_i64(i)) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
            s.idx.store(i64::MIN / 2, Relaxed);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The iterator types, by builtins name.
pub fn types() -> [(&'static str, Value); 4] {
    [
        ("enumerate", type_value(&ENUMERATE_TYPE)),
        ("zip", type_value(&ZIP_TYPE)),
        ("map", type_value(&MAP_TYPE)),
        ("filter", type_value(&FILTER_TYPE)),
    ]
}
