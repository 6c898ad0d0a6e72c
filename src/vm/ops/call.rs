//! Design: DESIGN.md#eval-loop
//!
//! CALL, CALL_KW, CALL_FUNCTION_EX. A Python function callee gets a new
//! frame on the same activation (`Ctl::Call`); anything else is called
//! through its `call` slot.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::func::is_function;
use crate::object::str::intern;
use crate::object::{dict, ops, tuple, Value};
use crate::vm::call::{is_simple_call, push_frame_in_place, push_function_frame};
use crate::vm::eval::Ctl;
use crate::vm::frame::Activation;

/// (callable, self_or_null, args[n] -- res); `kwnames` already popped.
pub fn call(act: &mut Activation, nargs: usize, kwnames: Option<Value>) -> PyResult<Ctl> {
    let len = act.stack.len();
    let fpos = len - nargs - 2;
    let mut callable = act.stack[fpos].take().expect("callable");
    let mut has_self = act.stack[fpos + 1].is_some();
    // A bound method with a NULL self slot: unpack it (CPython does too).
    if !has_self {
        if let Some(m) = callable.downcast::<crate::object::descr::BoundMethod>() {
            let (f, s) = (m.func.clone(), m.self_.clone());
            act.stack[fpos + 1] = Some(s);
            callable = f;
            has_self = true;
        }
    }
    let total = nargs + has_self as usize;
    if kwnames.is_none() && is_function(&callable) && is_simple_call(&callable, total) {
        // Drop the callable slot (and the NULL): the arguments become the
        // callee's first locals in place.
        act.stack.drain(fpos..len - total);
        push_frame_in_place(act, callable, total)?;
        return Ok(Ctl::Call);
    }
    let args = act.pop_n(total);
    act.stack.truncate(fpos);
    if is_function(&callable) {
        push_function_frame(act, &callable, &args, kwnames.as_ref())?;
        return Ok(Ctl::Call);
    }
    let r = ops::call(&callable, &args, kwnames.as_ref())?;
    act.push(r);
    Ok(Ctl::Next)
}

/// (func, null, callargs[, kwargs] -- result).
pub fn call_function_ex(act: &mut Activation, flags: u32) -> PyResult<Ctl> {
    let kwargs = if flags & 1 != 0 { Some(act.pop()) } else { None };
    let callargs = act.pop();
    let self_ = act.pop_opt();
    let func = act.pop();
    let mut args: Vec<Value> = Vec::new();
    if let Some(s) = self_ {
        args.push(s);
    }
    match tuple::items(&callargs) {
        Some(items) => args.extend_from_slice(items),
        None => {
            if callargs.ty().slots.iter.is_none()
                && crate::object::attr::type_lookup(callargs.ty(), "__iter__").is_none()
            {
                return Err(PyErr::type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    crate::vm::ops::build::func_desc(&func),
                    callargs.ty().name
                )));
            }
            args.extend(ops::collect(&callargs)?);
        }
    }
    let mut kwnames = None;
    if let Some(kw) = kwargs {
        let pairs = match dict::core(&kw) {
            Some(d) => d.items(),
            None => {
                let keys = crate::object::attr::call_method(&kw, &intern("keys"), &[]).map_err(|_| {
                    PyErr::type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        crate::vm::ops::build::func_desc(&func),
                        kw.ty().name
                    ))
                })?;
                let mut v = Vec::new();
                for k in ops::collect(&keys)? {
                    let x = ops::getitem(&kw, &k)?;
                    v.push((k, x));
                }
                v
            }
        };
        if !pairs.is_empty() {
            let mut names = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                if !crate::object::str::is_str(&k) {
                    return Err(PyErr::type_error(format!(
                        "{} keywords must be strings",
                        crate::vm::ops::build::func_desc(&func)
                    )));
                }
                names.push(k);
                args.push(v);
            }
            kwnames = Some(tuple::new_tuple(names));
        }
    }
    if is_function(&func) {
        push_function_frame(act, &func, &args, kwnames.as_ref())?;
        return Ok(Ctl::Call);
    }
    let r = ops::call(&func, &args, kwnames.as_ref())?;
    act.push(r);
    Ok(Ctl::Next)
}
