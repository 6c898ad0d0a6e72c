//! Design: DESIGN.md#standard-library
//!
//! `_collections`: the native `deque` under `collections.deque`.
//!
//! A deque is a `VecDeque<Value>` ring buffer plus `maxlen` and a mutation
//! counter (`state`, CPython's `d->state`), all behind the deque's object
//! lock, as CPython's free-threaded build makes each deque operation one
//! critical section:
//! * the inner `Mutex` is only ever `try_lock`ed while the object lock
//!   (`header.lock()`) is held, so it is never contended; it gives this file
//!   safe `&mut` access (the set's pattern, DESIGN.md#list-tuple-set);
//! * no Python code runs under the lock: element comparisons (`count`,
//!   `index`, `remove`, `in`, `==`/`<`) run on a snapshot taken under the
//!   lock, and re-check `state` afterwards, raising CPython's "deque mutated
//!   during iteration"; values the deque lets go of (pops that are not
//!   returned, `maxlen` evictions, `clear`, overwritten items) are dropped
//!   after the lock is released, because a drop may run `__del__`;
//! * iterators read under the deque's lock too, so one iterator shared by
//!   threads hands out each item once.

#![forbid(unsafe_code)]

use std::collections::VecDeque;

use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::{ObjHeader, ObjLockGuard};
use crate::object::methods::{getter, method};
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, MethodKind, NumberSlots, PyType, Slots};
use crate::object::{int, list, str as pystr, tuple};
use crate::sync::{AtomicUsize, Mutex, MutexGuard, OnceLock, Ordering::Relaxed};

struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation (CPython's `state`).
    state: usize,
}

pub struct PyDeque {
    /// Guarded by the object lock; `try_lock`ed only while holding it.
    inner: Mutex<Inner>,
    /// Mirror of `items.len()`, stored whenever the lock is released.
    len: AtomicUsize,
    /// Mirror of `state`, stored whenever the lock is released.
    state: AtomicUsize,
}

impl PyPayload for PyDeque {
    fn class() -> &'static PyType {
        &DEQUE_TYPE
    }
}

fn empty_payload() -> PyDeque {
    PyDeque {
        inner: Mutex::new(Inner { items: VecDeque::new(), maxlen: None, state: 0 }),
        len: AtomicUsize::new(0),
        state: AtomicUsize::new(0),
    }
}

pub static DEQUE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "collections.deque",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(dq_repr),
        richcompare: Some(dq_richcompare),
        iter: Some(dq_iter),
        len: Some(dq_len),
        getitem: Some(dq_getitem),
        setitem: Some(dq_setitem),
        contains: Some(dq_contains),
        number: NumberSlots { add: Some(dq_add), mul: Some(dq_mul), bool: Some(dq_bool), ..NumberSlots::EMPTY },
        traverse: Some(dq_traverse),
        new: Some(dq_new),
        init: Some(dq_init),
        ..Slots::EMPTY
    },
    free: PyObject::<PyDeque>::free,
    methods: DEQUE_METHODS,
    dict: OnceLock::new(),
};

static DEQUE_METHODS: &[MethodDef] = &[
    method("append", dq_append),
    method("appendleft", dq_appendleft),
    method("pop", dq_pop),
    method("popleft", dq_popleft),
    method("extend", dq_extend),
    method("extendleft", dq_extendleft),
    method("clear", dq_clear),
    method("rotate", dq_rotate),
    method("reverse", dq_reverse),
    method("copy", dq_copy),
    method("__copy__", dq_copy),
    method("count", dq_count),
    method("index", dq_index),
    method("insert", dq_insert),
    method("remove", dq_remove),
    method("__reversed__", dq_reversed),
    method("__reduce__", dq_reduce),
    method("__iadd__", dq_iadd),
    method("__imul__", dq_imul),
    method("__sizeof__", dq_sizeof),
    getter("maxlen", dq_maxlen),
    MethodDef { name: "__class_getitem__", func: crate::builtins::generic::class_getitem, kind: MethodKind::ClassMethod, doc: "" },
];

// ---- locking -----------------------------------------------------------------

/// A deque's contents with its lock held.
struct Guard<'a> {
    g: MutexGuard<'a, Inner>,
    d: &'a PyDeque,
    _obj: ObjLockGuard<'a>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.d.len.store(self.g.items.len(), Relaxed);
        self.d.state.store(self.g.state, Relaxed);
        // Fields drop next: the inner mutex, then the object lock.
    }
}

impl core::ops::Deref for Guard<'_> {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.g
    }
}

impl core::ops::DerefMut for Guard<'_> {
    fn deref_mut(&mut self) -> &mut Inner {
        &mut self.g
    }
}

fn payload<'a>(v: &'a Value, what: &str) -> PyResult<&'a PyDeque> {
    v.downcast_sub::<PyDeque>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'collections.deque' objects doesn't apply to a '{}' object",
            what,
            v.ty().name
        ))
    })
}

fn lock<'a>(v: &'a Value, what: &str) -> PyResult<Guard<'a>> {
    let d = payload(v, what)?;
    let obj = v.header().expect("deque is a heap object").lock();
    let g = d.inner.try_lock().expect("deque mutex is only taken under the object lock");
    Ok(Guard { g, d, _obj: obj })
}

fn is_deque(v: &Value) -> bool {
    v.downcast_sub::<PyDeque>().is_some()
}

/// The items and state, copied under the lock.
fn snapshot(v: &Value) -> PyResult<(Vec<Value>, usize)> {
    let g = lock(v, "__iter__")?;
    Ok((g.items.iter().cloned().collect(), g.state))
}

fn mutated() -> PyErr {
    PyErr::runtime_error("deque mutated during iteration")
}

fn check_state(v: &Value, state: usize) -> PyResult<()> {
    if payload(v, "__iter__")?.state.load(Relaxed) != state {
        return Err(mutated());
    }
    Ok(())
}

impl Inner {
    /// Appends on the right; returns what `maxlen` pushed out (drop it
    /// after unlocking).
    fn push_right(&mut self, x: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(x);
        }
        self.items.push_back(x);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_front(),
            _ => None,
        }
    }
    fn push_left(&mut self, x: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(x);
        }
        self.items.push_front(x);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_back(),
            _ => None,
        }
    }
}

// ---- construction ------------------------------------------------------------

fn dq_new(cls: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    register_layout();
    crate::builtins::ctors::alloc_instance(cls, &DEQUE_TYPE, empty_payload())
}

fn maxlen_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if !int::is_int(v) {
                return Err(PyErr::type_error("an integer is required"));
            }
            let n = int::to_i64(v)
                .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

/// `deque([iterable[, maxlen]])`.
fn dq_init(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<()> {
    let (pos, kws) = args::split(a, kw);
    if pos.len() + kws.len() > 2 {
        return Err(PyErr::type_error(format!("deque() takes at most 2 arguments ({} given)", pos.len() + kws.len())));
    }
    let mut iterable = pos.first();
    let mut maxlen = pos.get(1);
    for (k, x) in kws {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(x),
            "maxlen" if maxlen.is_none() => maxlen = Some(x),
            "iterable" | "maxlen" => {
                return Err(PyErr::type_error(format!("argument for deque() given by name ('{}') and position (1)", k)))
            }
            _ => return Err(PyErr::type_error(format!("deque() got an unexpected keyword argument '{}'", k))),
        }
    }
    let maxlen = maxlen_arg(maxlen)?;
    let old = {
        let mut g = lock(v, "__init__")?;
        g.maxlen = maxlen;
        g.state = g.state.wrapping_add(1);
        core::mem::take(&mut g.items)
    };
    drop(old);
    if let Some(it) = iterable {
        if !it.is_none() {
            extend_impl(v, it, false)?;
        }
    }
    Ok(())
}

fn register_layout() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        crate::object::class::register_base_layout(&DEQUE_TYPE, crate::object::class::layout_of::<PyDeque>());
    });
}

/// A new empty exact deque with `maxlen`.
fn new_deque(maxlen: Option<usize>) -> Value {
    let p = empty_payload();
    p.inner.lock().maxlen = maxlen;
    PyObject::alloc(&DEQUE_TYPE, p)
}

// ---- mutation -----------------------------------------------------------------

fn dq_append(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("deque.append", a, kw)?;
    let out = lock(v, "append")?.push_right(x.clone());
    drop(out);
    Ok(Value::none())
}

fn dq_appendleft(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("deque.appendleft", a, kw)?;
    let out = lock(v, "appendleft")?.push_left(x.clone());
    drop(out);
    Ok(Value::none())
}

fn dq_pop(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.pop", a, kw)?;
    let mut g = lock(v, "pop")?;
    let r = g.items.pop_back();
    g.state = g.state.wrapping_add(1);
    drop(g);
    r.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn dq_popleft(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.popleft", a, kw)?;
    let mut g = lock(v, "popleft")?;
    let r = g.items.pop_front();
    g.state = g.state.wrapping_add(1);
    drop(g);
    r.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

/// Appends everything `it` yields, on the left if `left`. Items are taken
/// from the iterator in chunks and pushed under one lock per chunk, so a
/// long generator into a bounded deque needs bounded memory.
fn extend_impl(v: &Value, it: &Value, left: bool) -> PyResult<()> {
    let what = if left { "extendleft" } else { "extend" };
    payload(v, what)?;
    let push = |chunk: Vec<Value>| -> PyResult<()> {
        let mut out = Vec::new();
        {
            let mut g = lock(v, what)?;
            for x in chunk {
                let e = if left { g.push_left(x) } else { g.push_right(x) };
                out.extend(e);
            }
        }
        drop(out);
        Ok(())
    };
    if it.is(v) || list::is_list(it) || tuple::items(it).is_some() || is_deque(it) {
        let items = if is_deque(it) { snapshot(it)?.0 } else { ops::collect(it)? };
        return push(items);
    }
    let iter = ops::iter(it)?;
    let mut chunk = Vec::with_capacity(64);
    while let Some(x) = ops::next(&iter)? {
        chunk.push(x);
        if chunk.len() == 64 {
            push(core::mem::replace(&mut chunk, Vec::with_capacity(64)))?;
        }
    }
    if !chunk.is_empty() {
        push(chunk)?;
    }
    Ok(())
}

fn dq_extend(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = args::exactly_one("deque.extend", a, kw)?;
    extend_impl(v, it, false)?;
    Ok(Value::none())
}

fn dq_extendleft(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = args::exactly_one("deque.extendleft", a, kw)?;
    extend_impl(v, it, true)?;
    Ok(Value::none())
}

fn dq_iadd(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = args::exactly_one("deque.__iadd__", a, kw)?;
    extend_impl(v, it, false)?;
    Ok(v.clone())
}

fn dq_clear(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.clear", a, kw)?;
    let old = {
        let mut g = lock(v, "clear")?;
        g.state = g.state.wrapping_add(1);
        core::mem::take(&mut g.items)
    };
    drop(old);
    Ok(Value::none())
}

fn dq_rotate(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("deque.rotate", kw)?;
    args::check_count("rotate", a, 0, 1)?;
    let n = match a.first() {
        Some(x) => ops::index_isize(x)? as i64,
        None => 1,
    };
    let mut g = lock(v, "rotate")?;
    let len = g.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        g.items.rotate_right(k);
        g.state = g.state.wrapping_add(1);
    }
    Ok(Value::none())
}

fn dq_reverse(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.reverse", a, kw)?;
    let mut g = lock(v, "reverse")?;
    g.items.make_contiguous().reverse();
    g.state = g.state.wrapping_add(1);
    Ok(Value::none())
}

fn dq_insert(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("deque.insert", kw)?;
    args::check_count("insert", a, 2, 2)?;
    let i = ops::index_isize(&a[0])? as i64;
    let mut g = lock(v, "insert")?;
    let n = g.items.len() as i64;
    if g.maxlen == Some(n as usize) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    g.items.insert(at, a[1].clone());
    g.state = g.state.wrapping_add(1);
    Ok(Value::none())
}

// ---- searching ---------------------------------------------------------------

fn dq_count(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("deque.count", a, kw)?;
    let (items, state) = snapshot(v)?;
    let mut n = 0i64;
    for it in &items {
        let eq = ops::eq(it, x)?;
        check_state(v, state)?;
        n += eq as i64;
    }
    Ok(Value::from_i64(n))
}

fn slice_index(x: &Value) -> PyResult<i64> {
    if x.ty().slots.number.index.is_none() && x.as_small_int().is_none() {
        return Err(PyErr::type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = ops::index(x)?;
    Ok(int::to_i64(&i).unwrap_or_else(|| {
        if int::to_bigint(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN } else { i64::MAX }
    }))
}

/// Position of the first item equal to `x` in `[start, stop)`.
fn find(v: &Value, x: &Value, start: i64, stop: i64, mutated_err: fn() -> PyErr) -> PyResult<Option<usize>> {
    let (items, state) = snapshot(v)?;
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (start, stop) = (norm(start), norm(stop));
    for i in start..stop.max(start) {
        let eq = ops::eq(&items[i as usize], x)?;
        if payload(v, "index")?.state.load(Relaxed) != state {
            return Err(mutated_err());
        }
        if eq {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

fn not_in(x: &Value) -> PyResult<PyErr> {
    Ok(PyErr::value_error(format!("{} is not in deque", ops::repr_string(x)?)))
}

fn dq_index(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("deque.index", kw)?;
    args::check_count("index", a, 1, 3)?;
    let start = a.get(1).map(slice_index).transpose()?.unwrap_or(0);
    let stop = a.get(2).map(slice_index).transpose()?.unwrap_or(i64::MAX);
    match find(v, &a[0], start, stop, mutated)? {
        Some(i) => Ok(Value::from_i64(i as i64)),
        None => Err(not_in(&a[0])?),
    }
}

fn dq_remove(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("deque.remove", a, kw)?;
    let remove_mutated = || PyErr::index_error("deque mutated during iteration");
    let state = payload(v, "remove")?.state.load(Relaxed);
    let Some(i) = find(v, x, 0, i64::MAX, remove_mutated)? else {
        return Err(not_in(x)?);
    };
    let old = {
        let mut g = lock(v, "remove")?;
        if g.state != state {
            return Err(remove_mutated());
        }
        g.state = g.state.wrapping_add(1);
        g.items.remove(i)
    };
    drop(old);
    Ok(Value::none())
}

fn dq_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let (items, state) = snapshot(v)?;
    for it in &items {
        let eq = ops::eq(it, x)?;
        check_state(v, state)?;
        if eq {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- sequence protocol ---------------------------------------------------------

fn dq_len(v: &Value) -> PyResult<usize> {
    Ok(payload(v, "__len__")?.len.load(Relaxed))
}

fn dq_bool(v: &Value) -> PyResult<bool> {
    Ok(payload(v, "__bool__")?.len.load(Relaxed) != 0)
}

/// The item index for `d[i]`: TypeError for non-integers, as CPython's
/// `sq_item` path.
fn item_index(i: &Value) -> PyResult<i64> {
    if i.as_small_int().is_none() && i.ty().slots.number.index.is_none() {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", i.ty().name)));
    }
    Ok(ops::index_isize(i)? as i64)
}

fn resolve(i: i64, n: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn dq_getitem(v: &Value, i: &Value) -> PyResult<Value> {
    let i = item_index(i)?;
    let g = lock(v, "__getitem__")?;
    let j = resolve(i, g.items.len())?;
    Ok(g.items[j].clone())
}

fn dq_setitem(v: &Value, i: &Value, x: Option<&Value>) -> PyResult<()> {
    let i = item_index(i)?;
    let old = {
        let mut g = lock(v, "__setitem__")?;
        let j = resolve(i, g.items.len())?;
        match x {
            Some(x) => core::mem::replace(&mut g.items[j], x.clone()),
            None => {
                g.state = g.state.wrapping_add(1);
                g.items.remove(j).expect("index checked")
            }
        }
    };
    drop(old);
    Ok(())
}

fn dq_maxlen(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(match lock(v, "maxlen")?.maxlen {
        Some(m) => Value::from_i64(m as i64),
        None => Value::none(),
    })
}

fn dq_sizeof(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let g = lock(v, "__sizeof__")?;
    Ok(Value::from_i64((core::mem::size_of::<PyObject<PyDeque>>() + 8 * g.items.capacity()) as i64))
}

fn type_short_name(v: &Value) -> &str {
    let n = v.ty().name;
    n.rsplit('.').next().unwrap_or(n)
}

fn dq_repr(v: &Value) -> PyResult<Value> {
    let name = type_short_name(v).to_string();
    let Some(_guard) = list::repr_enter(v) else {
        return Ok(pystr::new_str("[...]"));
    };
    let (items, maxlen) = {
        let g = lock(v, "__repr__")?;
        (g.items.iter().cloned().collect::<Vec<_>>(), g.maxlen)
    };
    let mut s = format!("{}([", name);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(x)?);
    }
    s.push(']');
    if let Some(m) = maxlen {
        s.push_str(&format!(", maxlen={}", m));
    }
    s.push(')');
    Ok(pystr::new_str(&s))
}

fn dq_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !is_deque(a) || !is_deque(b) {
        return Ok(Value::not_implemented());
    }
    crate::vm::stack::check_for(" in comparison")?;
    let (x, _) = snapshot(a)?;
    let (y, _) = snapshot(b)?;
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !ops::eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::Ne => Ok(Value::bool(true)),
                _ => ops::richcompare(p, q, op),
            };
        }
    }
    Ok(Value::bool(op.test(x.len().cmp(&y.len()))))
}

fn dq_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    let v = v.as_value();
    if let Some(d) = v.downcast_sub::<PyDeque>() {
        // The collector stops the world; no lock is held across a stop.
        if let Some(g) = d.inner.try_lock() {
            for x in g.items.iter() {
                visit(x);
            }
        }
    }
}

// ---- copies and arithmetic -------------------------------------------------------

/// `d.copy()`: an exact deque copies directly; a subclass is rebuilt with
/// `type(d)(d)` or `type(d)(d, maxlen)`, as CPython.
fn copy_of(v: &Value) -> PyResult<Value> {
    let (items, maxlen) = {
        let g = lock(v, "copy")?;
        (g.items.clone(), g.maxlen)
    };
    if v.is_type(&DEQUE_TYPE) {
        let n = items.len();
        let d = new_deque(maxlen);
        let p = d.downcast::<PyDeque>().expect("deque");
        p.inner.lock().items = items;
        p.len.store(n, Relaxed);
        return Ok(d);
    }
    drop(items);
    let cls = v.ty().to_value();
    match maxlen {
        None => ops::call(&cls, &[v.clone()], None),
        Some(m) => ops::call(&cls, &[v.clone(), Value::from_i64(m as i64)], None),
    }
}

fn dq_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.copy", a, kw)?;
    copy_of(v)
}

fn dq_add(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_deque(a) {
        return Ok(Value::not_implemented());
    }
    if !is_deque(b) {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            b.ty().name
        )));
    }
    let r = copy_of(a)?;
    extend_impl(&r, b, false)?;
    Ok(r)
}

/// Repeats `v`'s items in place `n` times (keeping the last `maxlen`).
fn repeat_in_place(v: &Value, n: isize) -> PyResult<()> {
    let old = {
        let mut g = lock(v, "__imul__")?;
        g.state = g.state.wrapping_add(1);
        if n <= 0 || g.items.is_empty() {
            core::mem::take(&mut g.items)
        } else {
            let len = g.items.len();
            let total = len.checked_mul(n as usize).ok_or_else(PyErr::memory_error)?;
            let keep = g.maxlen.map_or(total, |m| m.min(total));
            let skip = total - keep;
            let mut out = VecDeque::with_capacity(keep);
            for k in skip..total {
                out.push_back(g.items[k % len].clone());
            }
            core::mem::replace(&mut g.items, out)
        }
    };
    drop(old);
    Ok(())
}

fn dq_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (d, n) = if is_deque(a) { (a, b) } else { (b, a) };
    if !is_deque(d) {
        return Ok(Value::not_implemented());
    }
    let Some(n) = tuple::repeat_count(n)? else { return Ok(Value::not_implemented()) };
    let r = copy_of(d)?;
    repeat_in_place(&r, n)?;
    Ok(r)
}

fn dq_imul(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let n = args::exactly_one("deque.__imul__", a, kw)?;
    let Some(n) = tuple::repeat_count(n)? else { return Ok(Value::not_implemented()) };
    repeat_in_place(v, n)?;
    Ok(v.clone())
}

/// `(type(d), () or ((), maxlen), __dict__ or None, iter(d))`, as CPython.
fn dq_reduce(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.__reduce__", a, kw)?;
    let maxlen = lock(v, "__reduce__")?.maxlen;
    let state = match ops::getattr_str(v, "__dict__") {
        Ok(d) if ops::len(&d).unwrap_or(0) > 0 => d,
        Ok(_) => Value::none(),
        Err(e) if e.is(ExcKind::AttributeError) => Value::none(),
        Err(e) => return Err(e),
    };
    let args = match maxlen {
        None => tuple::new_tuple(vec![]),
        Some(m) => tuple::new_tuple(vec![tuple::new_tuple(vec![]), Value::from_i64(m as i64)]),
    };
    Ok(tuple::new_tuple(vec![v.ty().to_value(), args, state, dq_iter(v)?]))
}

// ---- iterators -------------------------------------------------------------------

pub struct PyDequeIter {
    deque: Value,
    /// Next position (from the right for the reverse iterator); read and
    /// written only under the deque's lock.
    pos: AtomicUsize,
    /// Items still to come; 0 after a mutation was reported.
    remaining: AtomicUsize,
    state: usize,
    reverse: bool,
}

impl PyPayload for PyDequeIter {
    fn class() -> &'static PyType {
        &DEQUE_ITER_TYPE
    }
}

/// The reverse iterator: the same state, its own type.
pub struct PyDequeRevIter(PyDequeIter);

impl PyPayload for PyDequeRevIter {
    fn class() -> &'static PyType {
        &DEQUE_REVITER_TYPE
    }
}

const ITER_SLOTS: Slots =
    Slots { iter: Some(iter_self), next: Some(iter_next), traverse: Some(iter_traverse), ..Slots::EMPTY };

pub static DEQUE_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "collections._deque_iterator",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: ITER_SLOTS,
    free: PyObject::<PyDequeIter>::free,
    methods: ITER_METHODS,
    dict: OnceLock::new(),
};

pub static DEQUE_REVITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "collections._deque_reverse_iterator",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: ITER_SLOTS,
    free: PyObject::<PyDequeRevIter>::free,
    methods: ITER_METHODS,
    dict: OnceLock::new(),
};

static ITER_METHODS: &[MethodDef] = &[method("__length_hint__", iter_length_hint)];

fn new_iter(v: &Value, reverse: bool) -> PyResult<Value> {
    let (n, state) = {
        let g = lock(v, "__iter__")?;
        (g.items.len(), g.state)
    };
    let p = PyDequeIter { deque: v.clone(), pos: AtomicUsize::new(0), remaining: AtomicUsize::new(n), state, reverse };
    Ok(if reverse { PyObject::alloc(&DEQUE_REVITER_TYPE, PyDequeRevIter(p)) } else { PyObject::alloc(&DEQUE_ITER_TYPE, p) })
}

fn dq_iter(v: &Value) -> PyResult<Value> {
    new_iter(v, false)
}

fn dq_reversed(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("deque.__reversed__", a, kw)?;
    new_iter(v, true)
}

fn iter_payload(v: &Value) -> PyResult<&PyDequeIter> {
    if let Some(it) = v.downcast::<PyDequeIter>() {
        return Ok(it);
    }
    v.downcast::<PyDequeRevIter>().map(|r| &r.0).ok_or_else(|| PyErr::type_error("expected a deque iterator"))
}

fn iter_self(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = iter_payload(v)?;
    let g = lock(&it.deque, "__next__")?;
    if it.remaining.load(Relaxed) == 0 {
        return Ok(None);
    }
    if g.state != it.state {
        it.remaining.store(0, Relaxed);
        drop(g);
        return Err(mutated());
    }
    let pos = it.pos.load(Relaxed);
    let n = g.items.len();
    if pos >= n {
        it.remaining.store(0, Relaxed);
        return Ok(None);
    }
    let x = if it.reverse { g.items[n - 1 - pos].clone() } else { g.items[pos].clone() };
    it.pos.store(pos + 1, Relaxed);
    it.remaining.store(it.remaining.load(Relaxed) - 1, Relaxed);
    Ok(Some(x))
}

fn iter_length_hint(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(iter_payload(v)?.remaining.load(Relaxed) as i64))
}

fn iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Ok(it) = iter_payload(v.as_value()) {
        visit(&it.deque);
    }
}

// ---- module ------------------------------------------------------------------------

/// A new `_collections` module.
pub fn make_module() -> Value {
    register_layout();
    let m = crate::object::module::new_module("_collections");
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("deque"), DEQUE_TYPE.to_value());
    let _ = d.set(pystr::intern("_deque_iterator"), DEQUE_ITER_TYPE.to_value());
    let _ = d.set(pystr::intern("_deque_reverse_iterator"), DEQUE_REVITER_TYPE.to_value());
    m
}
