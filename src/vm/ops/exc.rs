//! Design: DESIGN.md#eval-loop
//!
//! Raising, handling (the per-thread handled-exception slot), `with`,
//! `except*`.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::exc;
use crate::object::str::intern;
use crate::object::{list, ops, Value};
use crate::vm::eval::{current_exception, set_current_exception, Ctl};
use crate::vm::frame::Activation;

/// Implicit chaining at a raise point: `__context__` = the exception being
/// handled, if any.
pub fn set_implicit_context(e: &Value) {
    if let Some(h) = current_exception() {
        if !h.is(e) && exc::get_context(e).is_none() {
            exc::chain_context(e, &h);
        }
    }
}

fn base_exception() -> &'static crate::object::PyType {
    exc::exc_type(ExcKind::BaseException)
}

fn is_exc_class(v: &Value) -> bool {
    v.as_type().map(|t| exc::exc_is_subtype(t, base_exception())).unwrap_or(false)
}

fn is_exc_instance(v: &Value) -> bool {
    exc::exc_is_subtype(v.ty(), base_exception())
}

/// An exception instance from `raise X`'s operand.
fn make_exception(v: Value) -> PyResult<Value> {
    if is_exc_class(&v) {
        let inst = ops::call(&v, &[], None)?;
        if !is_exc_instance(&inst) {
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr_string(&v)?,
                inst.ty().name
            )));
        }
        return Ok(inst);
    }
    if is_exc_instance(&v) {
        return Ok(v);
    }
    Err(PyErr::type_error("exceptions must derive from BaseException"))
}

/// RAISE_VARARGS: the exception instance to unwind with (or the error
/// raised while making it), and whether it is a bare re-raise (no new
/// traceback entry in this frame). The instance is unwound as is: no
/// `PyErr` is built for it (DESIGN.md#eval-loop, unwinding).
pub fn raise_varargs(act: &mut Activation, n: u32) -> (Result<Value, PyErr>, bool) {
    match n {
        0 => match current_exception() {
            Some(e) => (Ok(e), true),
            None => (Err(PyErr::runtime_error("No active exception to reraise")), false),
        },
        1 => {
            let v = act.pop();
            (make_exception(v), false)
        }
        _ => {
            let cause = act.pop();
            let v = act.pop();
            let e = match make_exception(v) {
                Ok(e) => e,
                Err(e) => return (Err(e), false),
            };
            let c = if cause.is_none() {
                None
            } else if is_exc_class(&cause) {
                match ops::call(&cause, &[], None) {
                    Ok(c) => Some(c),
                    Err(err) => return (Err(err), false),
                }
            } else if is_exc_instance(&cause) {
                Some(cause)
            } else {
                return (Err(PyErr::type_error("exception causes must derive from BaseException")), false);
            };
            exc::set_cause(&e, c);
            (Ok(e), false)
        }
    }
}

pub fn push_exc_info(act: &mut Activation) -> PyResult<Ctl> {
    let e = act.pop();
    let prev = set_current_exception(Some(e.clone()));
    act.push(prev.unwrap_or_else(Value::none));
    act.push(e);
    Ok(Ctl::Next)
}

pub fn pop_except(act: &mut Activation) -> PyResult<Ctl> {
    let prev = act.pop_opt().filter(|v| !v.is_none());
    drop(set_current_exception(prev));
    Ok(Ctl::Next)
}

pub fn check_exc_match(act: &mut Activation) -> PyResult<Ctl> {
    let spec = act.pop();
    let b = exc::matches(act.peek(0), &spec)?;
    act.push(Value::bool(b));
    Ok(Ctl::Next)
}

fn check_except_star_type(spec: &Value) -> PyResult<()> {
    let eg = exc::exc_type(ExcKind::BaseExceptionGroup);
    let check = |t: &Value| -> PyResult<()> {
        match t.as_type() {
            Some(ty) if exc::exc_is_subtype(ty, eg) => Err(PyErr::type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            )),
            Some(ty) if exc::exc_is_subtype(ty, base_exception()) => Ok(()),
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match crate::object::tuple::items(spec) {
        Some(items) => items.iter().try_for_each(check),
        None => check(spec),
    }
}

/// CHECK_EG_MATCH: (exc, type -- rest, match).
pub fn check_eg_match(act: &mut Activation) -> PyResult<Ctl> {
    let spec = act.pop();
    let e = act.pop();
    check_except_star_type(&spec)?;
    let (m, rest) = if e.is_none() {
        (Value::none(), Value::none())
    } else if exc::matches(&e, &spec)? {
        if exc::group_exceptions(&e).is_some() {
            (e, Value::none())
        } else {
            let g = exc::wrap_in_group(&e)?;
            if let Some(tb) = exc::get_traceback(&e) {
                ops::setattr(&g, &intern("__traceback__"), Some(&tb))?;
            }
            (g, Value::none())
        }
    } else if exc::group_exceptions(&e).is_some() {
        let (a, b) = exc::group_split(&e, &spec)?;
        (a.unwrap_or_else(Value::none), b.unwrap_or_else(Value::none))
    } else {
        (Value::none(), e)
    };
    if !m.is_none() {
        drop(set_current_exception(Some(m.clone())));
    }
    act.push(rest);
    act.push(m);
    Ok(Ctl::Next)
}

fn leaf_ids(e: &Value, out: &mut Vec<usize>) {
    match exc::group_exceptions(e) {
        Some(subs) => subs.iter().for_each(|s| leaf_ids(s, out)),
        None => out.push(e.raw()),
    }
}

fn same_metadata(a: &Value, b: &Value) -> bool {
    let same = |x: Option<Value>, y: Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    let notes = |v: &Value| ops::getattr(v, &intern("__notes__")).ok();
    same(exc::get_traceback(a), exc::get_traceback(b))
        && same(exc::get_cause(a), exc::get_cause(b))
        && same(exc::get_context(a), exc::get_context(b))
        && same(notes(a), notes(b))
}

/// The part of group `e` whose leaves are in `keep`, with `e`'s metadata.
fn project(e: &Value, keep: &[usize]) -> PyResult<Option<Value>> {
    let Some(subs) = exc::group_exceptions(e) else {
        return Ok(if keep.contains(&e.raw()) { Some(e.clone()) } else { None });
    };
    let mut kept = Vec::new();
    let mut all = true;
    for s in &subs {
        match project(s, keep)? {
            Some(p) => {
                if !p.is(s) {
                    all = false;
                }
                kept.push(p)
            }
            None => all = false,
        }
    }
    if kept.is_empty() {
        return Ok(None);
    }
    if all {
        return Ok(Some(e.clone()));
    }
    let g = crate::object::attr::call_method(e, &intern("derive"), &[list::new_list(kept)])?;
    for name in ["__traceback__", "__context__", "__cause__", "__notes__"] {
        if let Ok(v) = ops::getattr(e, &intern(name)) {
            let _ = ops::setattr(&g, &intern(name), Some(&v));
        }
    }
    let _ = ops::setattr(&g, &intern("__suppress_context__"), Some(&Value::bool(exc::suppress_context(e))));
    Ok(Some(g))
}

/// CALL_INTRINSIC_2 PREP_RERAISE_STAR(orig, excs): what an except* block
/// re-raises (None if nothing).
pub fn prep_reraise_star(orig: &Value, excs: &Value) -> PyResult<Value> {
    let items: Vec<Value> = list::snapshot(excs);
    if items.is_empty() {
        return Ok(Value::none());
    }
    if exc::group_exceptions(orig).is_none() {
        return Ok(items[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised_ids = Vec::new();
    for e in items.iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) {
            leaf_ids(e, &mut reraised_ids);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = if reraised_ids.is_empty() { None } else { project(orig, &reraised_ids)? };
    if raised.is_empty() {
        return Ok(reraised.unwrap_or_else(Value::none));
    }
    if let Some(r) = reraised {
        raised.push(r);
    }
    if raised.len() == 1 {
        return Ok(raised.pop().unwrap());
    }
    exc::new_group("", raised)
}

fn context_manager_error(mgr: &Value, is_async: bool, missing_exit: bool) -> PyErr {
    let what = if is_async { "asynchronous context manager" } else { "context manager" };
    let proto = if missing_exit { if is_async { "__aexit__" } else { "__exit__" } } else { "" };
    if missing_exit {
        PyErr::type_error(format!(
            "'{}' object does not support the {} protocol (missed {} method)",
            mgr.ty().name,
            what,
            proto
        ))
    } else {
        PyErr::type_error(format!("'{}' object does not support the {} protocol", mgr.ty().name, what))
    }
}

/// BEFORE_WITH / BEFORE_ASYNC_WITH: (mgr -- exit, enter_result).
pub fn before_with(act: &mut Activation, is_async: bool) -> PyResult<Ctl> {
    let mgr = act.pop();
    let (en, ex) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
    let Some(enter) = crate::object::attr::lookup_special(&mgr, &intern(en))? else {
        return Err(context_manager_error(&mgr, is_async, false));
    };
    let Some(exit) = crate::object::attr::lookup_special(&mgr, &intern(ex))? else {
        return Err(context_manager_error(&mgr, is_async, true));
    };
    act.push(exit);
    let r = ops::call(&enter, &[], None)?;
    act.push(r);
    if is_async {
        return crate::vm::ops::iter::get_awaitable(act, 1);
    }
    Ok(Ctl::Next)
}

/// WITH_EXCEPT_START: (exit, lasti, prev_exc, val -- exit, lasti,
/// prev_exc, val, res).
pub fn with_except_start(act: &mut Activation) -> PyResult<Ctl> {
    let val = act.peek(0).clone();
    let exit = act.peek(3).clone();
    let tb = exc::get_traceback(&val).unwrap_or_else(Value::none);
    let ty = val.ty().to_value();
    let r = ops::call(&exit, &[ty, val, tb], None)?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn exit_init_check(act: &mut Activation) -> PyResult<Ctl> {
    let v = act.pop();
    if !v.is_none() {
        return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", v.ty().name)));
    }
    Ok(Ctl::Next)
}

/// END_ASYNC_FOR: (awaitable, exc --); StopAsyncIteration ends the loop,
/// anything else is re-raised.
pub fn end_async_for(act: &mut Activation) -> Result<(), PyErr> {
    let e = act.pop();
    act.pop_opt();
    if exc::exc_is_subtype(e.ty(), exc::exc_type(ExcKind::StopAsyncIteration)) {
        return Ok(());
    }
    Err(PyErr::from_value(e))
}

/// CLEANUP_THROW: (sub_iter, last_sent_val, exc -- none, value).
pub fn cleanup_throw(act: &mut Activation) -> Result<(), PyErr> {
    let e = act.pop();
    if exc::exc_is_subtype(e.ty(), exc::exc_type(ExcKind::StopIteration)) {
        act.pop_opt();
        act.pop_opt();
        let v = ops::getattr(&e, &intern("value")).unwrap_or_else(|_| Value::none());
        act.push(Value::none());
        act.push(v);
        return Ok(());
    }
    Err(PyErr::from_value(e))
}

/// CALL_INTRINSIC_1 STOPITERATION_ERROR: StopIteration escaping a
/// generator becomes RuntimeError (PEP 479).
pub fn stopiteration_error(act: &mut Activation, e: Value) -> PyResult<Value> {
    let flags = act
        .frame()
        .code
        .downcast::<crate::bytecode::CodeObject>()
        .map(|c| c.flags)
        .unwrap_or(0);
    use crate::bytecode::code::co_flags;
    let what = if flags & co_flags::ASYNC_GENERATOR != 0 {
        "async generator"
    } else if flags & co_flags::COROUTINE != 0 {
        "coroutine"
    } else {
        "generator"
    };
    let msg = if exc::exc_is_subtype(e.ty(), exc::exc_type(ExcKind::StopIteration)) {
        format!("{} raised StopIteration", what)
    } else if flags & co_flags::ASYNC_GENERATOR != 0
        && exc::exc_is_subtype(e.ty(), exc::exc_type(ExcKind::StopAsyncIteration))
    {
        "async generator raised StopAsyncIteration".to_string()
    } else {
        return Ok(e);
    };
    let n = PyErr::runtime_error(msg).value();
    exc::set_cause(&n, Some(e.clone()));
    exc::set_context(&n, Some(e));
    Ok(n)
}
