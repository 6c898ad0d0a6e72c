//! Design: DESIGN.md#eval-loop
//!
//! Iteration, `yield from`/`await` (SEND), and the pattern-matching
//! instructions.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::gen::{self, GenResult};
use crate::object::str::{intern, to_rust_string};
use crate::object::{dict, ops, tuple, Value};
use crate::vm::eval::Ctl;
use crate::vm::frame::Activation;

pub fn get_iter(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    let it = ops::iter(&v)?;
    act.push(it);
    Ok(Ctl::Next)
}

pub fn get_yield_from_iter(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    if gen::is_gen(&v) {
        act.push(v);
        return Ok(Ctl::Next);
    }
    let it = ops::iter(&v)?;
    act.push(it);
    Ok(Ctl::Next)
}

/// The next item of `it` when it is a range, list or tuple iterator whose
/// only reference is the caller's (thread `me`), without a CAS or a slot
/// call (`range::iter_next_private` and the list/tuple versions):
/// `Some(None)` when exhausted, `None` when `ops::next` must do it.
#[inline(always)]
pub fn next_private(it: &Value, me: usize) -> Option<Option<Value>> {
    match crate::object::range::iter_next_private(it, me) {
        Some(r) => Some(r),
        None => match crate::object::list::iter_next_private(it, me) {
            Some(v) => Some(Some(v)),
            None => tuple::iter_next_private(it, me),
        },
    }
}

/// FOR_ITER's inline fast path (eval loop) for the iterator a `for` loop
/// holds privately on its value stack: a range iterator with i64 state,
/// a list iterator whose next item reads inline, a tuple iterator
/// (`range::iter_next_private` and the list/tuple versions: no CAS, no
/// slot call). `Some(true)`: the item was pushed; `Some(false)`:
/// exhausted, the iterator was popped (jump past the loop); `None`: take
/// `for_iter`.
#[inline(always)]
pub fn for_iter_fast(stack: &mut Vec<Option<Value>>) -> Option<bool> {
    let it = stack.last()?.as_ref()?;
    it.header()?;
    let r = next_private(it, crate::vm::thread::current_tid())?;
    Some(match r {
        Some(v) => {
            stack.push(Some(v));
            true
        }
        None => {
            stack.pop();
            false
        }
    })
}

pub fn for_iter(act: &mut Activation, target: u32, depth: crate::vm::frame::ThreadDepth) -> PyResult<Ctl> {
    // Generators: resume directly (what the type's next slot does), without
    // the slot dispatch.
    if gen::is_gen(act.peek(0)) && target < 1 << 30 {
        // Run the generator's frame in this activation (DESIGN.md#eval-loop).
        match gen::push_inline(act, Value::none(), target << 2 | crate::vm::frame::GEN_RET_FOR_ITER, depth) {
            Ok(Ok(())) => return Ok(Ctl::Call),
            Ok(Err(e)) => return Err(e),
            Err(_) => {}
        }
    }
    let r = if gen::is_gen(act.peek(0)) {
        match gen::resume(act.peek(0), Value::none(), None) {
            Ok(GenResult::Yield(v)) => Ok(Some(v)),
            Ok(GenResult::Return(_)) => Ok(None),
            Err(e) => Err(e),
        }
    } else {
        ops::next(act.peek(0))
    };
    match r {
        Ok(Some(v)) => {
            act.push(v);
            Ok(Ctl::Next)
        }
        // Exhausted: pop the iterator and jump past the loop.
        Ok(None) => {
            act.pop();
            Ok(Ctl::Jump(target as usize))
        }
        Err(e) if e.matches(ExcKind::StopIteration) => {
            act.pop();
            Ok(Ctl::Jump(target as usize))
        }
        Err(e) => Err(e),
    }
}

/// The value a StopIteration carries (its first argument, or None).
pub fn stop_iteration_value(e: &PyErr) -> Value {
    if let Some(a) = &e.arg {
        return a.clone();
    }
    let v = e.value();
    ops::getattr(&v, &intern("value")).unwrap_or_else(|_| Value::none())
}

/// SEND: (receiver, v -- receiver, retval); jumps (same shape) when the
/// receiver returns.
pub fn send(act: &mut Activation, target: u32, depth: crate::vm::frame::ThreadDepth) -> PyResult<Ctl> {
    let mut v = act.pop();
    if gen::is_gen(act.peek(0)) && target < 1 << 30 {
        match gen::push_inline(act, v, target << 2 | crate::vm::frame::GEN_RET_SEND, depth) {
            Ok(Ok(())) => return Ok(Ctl::Call),
            Ok(Err(e)) => return Err(e),
            Err(back) => v = back,
        }
    }
    let recv = act.peek(0).clone();
    let r = if gen::is_gen(&recv) {
        gen::resume(&recv, v, None)
    } else if v.is_none() && recv.ty().is_heap() {
        // A Python `__next__`: its StopIteration carries the delegation's
        // result, which the type's next slot would drop.
        crate::object::attr::call_method(&recv, &intern("__next__"), &[]).map(GenResult::Yield)
    } else if v.is_none() {
        match ops::next(&recv) {
            Ok(Some(x)) => Ok(GenResult::Yield(x)),
            Ok(None) => Ok(GenResult::Return(Value::none())),
            Err(e) => Err(e),
        }
    } else {
        match crate::object::attr::call_method(&recv, &intern("send"), &[v]) {
            Ok(x) => Ok(GenResult::Yield(x)),
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(GenResult::Yield(x)) => {
            act.push(x);
            Ok(Ctl::Next)
        }
        Ok(GenResult::Return(x)) => {
            act.push(x);
            Ok(Ctl::Jump(target as usize))
        }
        Err(e) if e.matches(ExcKind::StopIteration) => {
            act.push(stop_iteration_value(&e));
            Ok(Ctl::Jump(target as usize))
        }
        Err(e) => Err(e),
    }
}

pub fn get_awaitable(act: &mut Activation, _arg: u32) -> PyResult<Ctl> {
    let v = act.pop();
    if let Some(g) = gen::as_gen(&v) {
        if g.kind == gen::GenKind::Coroutine {
            act.push(v);
            return Ok(Ctl::Next);
        }
    }
    match crate::object::attr::lookup_special(&v, &intern("__await__"))? {
        Some(f) => {
            let it = ops::call(&f, &[], None)?;
            if gen::as_gen(&it).map(|g| g.kind == gen::GenKind::Coroutine).unwrap_or(false) {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
            if it.ty().slots.next.is_none() && crate::object::attr::type_lookup(it.ty(), "__next__").is_none() {
                return Err(PyErr::type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    it.ty().name
                )));
            }
            act.push(it);
            Ok(Ctl::Next)
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object can't be awaited",
            v.ty().name
        ))),
    }
}

pub fn get_aiter(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    match crate::object::attr::lookup_special(&v, &intern("__aiter__"))? {
        Some(f) => {
            let it = ops::call(&f, &[], None)?;
            act.push(it);
            Ok(Ctl::Next)
        }
        None => Err(PyErr::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.ty().name
        ))),
    }
}

pub fn get_anext(act: &mut Activation) -> PyResult<Ctl> {
    let it = act.peek(0).clone();
    match crate::object::attr::lookup_special(&it, &intern("__anext__"))? {
        Some(f) => {
            let aw = ops::call(&f, &[], None)?;
            act.push(aw);
            get_awaitable(act, 0)
        }
        None => Err(PyErr::type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            it.ty().name
        ))),
    }
}

pub fn get_len(act: &mut Activation) -> PyResult<Ctl> {
    let n = ops::len(act.peek(0))?;
    act.push(Value::from_i64(n as i64));
    Ok(Ctl::Next)
}

fn type_named_in_mro(v: &Value, names: &[&str]) -> bool {
    let mut t = Some(v.ty());
    while let Some(x) = t {
        if names.contains(&x.name) && x.flags & crate::object::typeobj::type_flags::HEAPTYPE == 0 {
            return true;
        }
        t = x.base();
    }
    false
}

fn is_mapping(v: &Value) -> bool {
    dict::core(v).is_some() || type_named_in_mro(v, &["dict", "mappingproxy", "defaultdict", "OrderedDict", "Counter"])
}

fn is_sequence(v: &Value) -> bool {
    if type_named_in_mro(v, &["str", "bytes", "bytearray"]) {
        return false;
    }
    tuple::items(v).is_some()
        || crate::object::list::is_list(v)
        || type_named_in_mro(v, &["list", "tuple", "range", "memoryview", "deque", "array"])
}

pub fn match_mapping(act: &mut Activation) -> PyResult<Ctl> {
    let b = is_mapping(act.peek(0));
    act.push(Value::bool(b));
    Ok(Ctl::Next)
}

pub fn match_sequence(act: &mut Activation) -> PyResult<Ctl> {
    let b = is_sequence(act.peek(0));
    act.push(Value::bool(b));
    Ok(Ctl::Next)
}

/// MATCH_KEYS: (subject, keys -- subject, keys, values_or_none).
pub fn match_keys(act: &mut Activation) -> PyResult<Ctl> {
    let keys = act.peek(0).clone();
    let subject = act.peek(1).clone();
    let ks = tuple::items(&keys).unwrap_or(&[]);
    let mut vals = Vec::with_capacity(ks.len());
    let mut seen: Vec<Value> = Vec::new();
    for k in ks {
        for s in &seen {
            if ops::eq(s, k)? {
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    ops::repr_string(k)?
                )));
            }
        }
        seen.push(k.clone());
        let got = if let Some(d) = dict::core(&subject).filter(|_| subject.is_type(&dict::DICT_TYPE)) {
            d.get(k)?
        } else {
            // subject.get(key, dummy) so __missing__ is not triggered.
            let dummy = crate::object::tuple::new_tuple(vec![]);
            let r = crate::object::attr::call_method(&subject, &intern("get"), &[k.clone(), dummy.clone()])?;
            if r.is(&dummy) {
                None
            } else {
                Some(r)
            }
        };
        match got {
            Some(v) => vals.push(v),
            None => {
                act.push(Value::none());
                return Ok(Ctl::Next);
            }
        }
    }
    act.push(tuple::new_tuple(vals));
    Ok(Ctl::Next)
}

/// Builtin types whose single positional sub-pattern matches the subject.
fn matches_self(ty: &Value) -> bool {
    match ty.as_type() {
        Some(t) => {
            t.flags & crate::object::typeobj::type_flags::HEAPTYPE == 0
                && [
                    "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple",
                ]
                .contains(&t.name)
        }
        None => false,
    }
}

/// MATCH_CLASS(count): (subject, type, names -- attrs_or_none).
pub fn match_class(act: &mut Activation, count: u32) -> PyResult<Ctl> {
    let names = act.pop();
    let cls = act.pop();
    let subject = act.pop();
    let Some(t) = cls.as_type() else {
        return Err(PyErr::type_error("called match pattern must be a class"));
    };
    if !crate::object::attr::isinstance(&subject, &cls)? {
        act.push(Value::none());
        return Ok(Ctl::Next);
    }
    let count = count as usize;
    let mut out: Vec<Value> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if count > 0 {
        let match_args = crate::object::attr::type_lookup(t, "__match_args__");
        match match_args {
            Some(ma) => {
                let Some(items) = tuple::items(&ma) else {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name,
                        ma.ty().name
                    )));
                };
                if count > items.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name,
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        count
                    )));
                }
                for name in &items[..count] {
                    if !crate::object::str::is_str(name) {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.ty().name
                        )));
                    }
                    seen.push(to_rust_string(name));
                    match ops::getattr(&subject, name) {
                        Ok(v) => out.push(v),
                        Err(e) if e.matches(ExcKind::AttributeError) => {
                            act.push(Value::none());
                            return Ok(Ctl::Next);
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            None if matches_self(&cls) => {
                if count > 1 {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name, count
                    )));
                }
                out.push(subject.clone());
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({} given)",
                    t.name, count
                )));
            }
        }
    }
    for name in tuple::items(&names).unwrap_or(&[]) {
        let n = to_rust_string(name);
        if seen.contains(&n) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                t.name, n
            )));
        }
        seen.push(n);
        match ops::getattr(&subject, name) {
            Ok(v) => out.push(v),
            Err(e) if e.matches(ExcKind::AttributeError) => {
                act.push(Value::none());
                return Ok(Ctl::Next);
            }
            Err(e) => return Err(e),
        }
    }
    act.push(tuple::new_tuple(out));
    Ok(Ctl::Next)
}
