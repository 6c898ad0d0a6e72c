//! Design: DESIGN.md#builtins
//!
//! CALL's fast path for a few builtins called positionally in hot loops:
//! `isinstance(x, T)`, `len(x)`, `ord(c)` and `int(f)` of an exact float,
//! and the methods of the cross-interpreter queue/channel types.
//! CALL tries it before the general path (`vm::ops::call::call`): the
//! callee is recognised by its `MethodDef` function (the builtins module's
//! own functions, whichever interpreter's module holds them) or, for
//! `int`, by the static type; the arguments are read in place on the value
//! stack (no move into an argument array, no argument-count parsing, no
//! frame-builtin checks), then the callable and arguments are popped and
//! the result pushed. Anything unusual (a keyword, a bound self, another
//! argument count or kind) returns `None` and takes the general path, which
//! produces the same results and CPython's error messages.

#![forbid(unsafe_code)]

use crate::error::PyResult;
use crate::object::func::PyBuiltin;
use crate::object::typeobj::NativeFn;
use crate::object::{float, int, ops, str as pystr, Value};
use crate::vm::frame::Activation;

/// The builtins with a fast path.
#[derive(Clone, Copy)]
enum Fast {
    IsInstance,
    Len,
    Ord,
}

#[inline]
fn which(f: NativeFn) -> Option<Fast> {
    // Function addresses identify the builtins: distinct functions have
    // distinct bodies, so an address match is never a false positive (a
    // duplicated copy would only miss, taking the general path).
    if core::ptr::fn_addr_eq(f, super::bi_isinstance as NativeFn) {
        Some(Fast::IsInstance)
    } else if core::ptr::fn_addr_eq(f, super::bi_len as NativeFn) {
        Some(Fast::Len)
    } else if core::ptr::fn_addr_eq(f, super::bi_ord as NativeFn) {
        Some(Fast::Ord)
    } else {
        None
    }
}

/// CALL with `nargs` positional arguments and no keywords, stack
/// `(callable, NULL, args...)`: the result pushed in place of the three to
/// four slots if the callee has a fast path here (`Some(Ok)`), its error
/// (`Some(Err)`, slots popped), or `None` (nothing touched).
#[inline]
pub fn try_call(act: &mut Activation, nargs: usize) -> Option<PyResult<()>> {
    let fpos = act.stack.len().checked_sub(nargs + 2)?;
    let s = &act.stack[fpos..];
    if s[1].is_some() {
        return method_on_stack(act, fpos, nargs);
    }
    let callable = s[0].as_ref()?;
    let r = if let Some(b) = callable.downcast::<PyBuiltin>() {
        match (which(b.def.func)?, nargs) {
            (Fast::IsInstance, 2) => {
                let (x, t) = (s[2].as_ref()?, s[3].as_ref()?);
                // Exact type: the answer without any hook (CPython checks
                // this first too); otherwise the full protocol.
                match t.as_type() {
                    Some(ty) if core::ptr::eq(x.ty(), ty) => Ok(Value::bool(true)),
                    _ => crate::object::attr::isinstance(x, t).map(Value::bool),
                }
            }
            (Fast::Len, 1) => ops::len(s[2].as_ref()?).map(|n| Value::from_i64(n as i64)),
            (Fast::Ord, 1) => {
                let p = pystr::as_pystr(s[2].as_ref()?)?;
                if p.len() != 1 {
                    return None;
                }
                Ok(Value::from_i64(p.char_at(0) as i64))
            }
            _ => return None,
        }
    } else if nargs == 1 && callable.as_type().is_some_and(|t| core::ptr::eq(t, &int::INT_TYPE)) {
        // int(f) of an exact float whose truncation fits an i64.
        let x = s[2].as_ref()?;
        if !x.is_type(&float::FLOAT_TYPE) {
            return None;
        }
        let f = float::as_float(x)?.trunc();
        if !(f > -9.2e18 && f < 9.2e18) {
            return None;
        }
        Ok(Value::from_i64(f as i64))
    } else {
        return None;
    };
    for _ in 0..nargs + 2 {
        drop(act.stack.pop());
    }
    Some(r.map(|v| act.push(v)))
}

/// `obj.m(...)` where `m` is a method descriptor of a builtin type
/// (`list.append`, `dict.get`, `str.join`, the cross-interpreter queue and
/// channel methods, DESIGN.md#channels-and-queues) and `obj` is exactly of
/// the descriptor's owner type, with at most two positional arguments:
/// LOAD_ATTR's method form left `(descriptor, obj, args...)` on the stack
/// and the native function is called straight on the stack slots, with no
/// bound method, no argument array built by popping and no generic
/// descriptor call (the owner check holds by the exact type, which is all
/// `method_descr_call` adds). The arguments are borrowed from the slots,
/// which stay untouched until the call returns (the callee has no access
/// to this activation; Python code it runs gets activations of its own).
/// A subclass instance, keywords or more arguments take the general path.
#[inline]
fn method_on_stack(act: &mut Activation, fpos: usize, nargs: usize) -> Option<PyResult<()>> {
    use crate::object::descr::MethodDescr;
    if nargs > 2 {
        return None;
    }
    let s = &act.stack[fpos..];
    let m = s[0].as_ref()?.downcast::<MethodDescr>()?;
    let this = s[1].as_ref()?;
    if !this.is_type(m.owner) {
        return None;
    }
    let f = m.def.func;
    let r = match nargs {
        0 => f(this, &[], None),
        1 => f(this, core::slice::from_ref(s[2].as_ref()?), None),
        _ => {
            let args = [s[2].clone()?, s[3].clone()?];
            f(this, &args, None)
        }
    };
    for _ in 0..nargs + 2 {
        drop(act.stack.pop());
    }
    Some(r.map(|v| act.push(v)))
}
