//! Design: DESIGN.md#builtins, DESIGN.md#eval-loop
//!
//! CALL's fast path for calls of native callables, run straight from the
//! value stack: no argument array built by popping, no kwargs, no bound
//! object, no argument-count parsing, no frame-builtin name checks.
//!
//! * **Specialised builtins** (`Kind`): `isinstance`, `len`, `next`, `ord`,
//!   `chr`, `abs`, `min`/`max` of two, `hash`, `id`, `iter`, and the
//!   builtin types `int`, `float`, `str`, `bool`, `tuple`, `type` called
//!   with one positional argument. The CALL site *quickens*: its first
//!   inline-cache word remembers the kind it last saw (`Kind as u32`,
//!   written with one relaxed store); a hit is validated every time (the
//!   callable's native function is the kind's function, or the callable is
//!   the kind's static type), so a stale or racing word only costs a miss,
//!   which identifies the callable again (a short pointer-compare chain)
//!   and rewrites the word. The result is computed from the argument slots
//!   with the builtin's exact one-/two-argument semantics (each arm calls
//!   the same functions the full builtin does for that shape), so results,
//!   exception types and messages are the general path's.
//! * **Other builtin functions** (`builtin_function_or_method`) that do not
//!   read the calling frame: the native function is called with the
//!   argument slots as its `&[Value]` (`Activation::values_from`).
//! * **Method descriptors** with the receiver in the self slot
//!   (`obj.m(...)` after LOAD_ATTR's method form, `list.append`,
//!   `dict.get`, the cross-interpreter queue methods): as above with the
//!   receiver as `self`.
//!
//! The arguments are borrowed from the slots, which stay untouched until
//! the callee returns (it has no access to this activation; Python code it
//! runs gets activations of its own); then the callable and arguments are
//! popped and the result pushed. Anything else (keywords, a frame-dependent
//! builtin, a class, a subclass receiver) returns `None` with nothing
//! touched and takes the general path (`vm::ops::call::call`).

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::func::PyBuiltin;
use crate::object::typeobj::{NativeFn, PyType};
use crate::object::{float, ops, str as pystr, tuple, CmpOp, Value};
use crate::sync::AtomicU32;
use crate::sync::Ordering::Relaxed;
use crate::vm::frame::Activation;

/// The specialised callables; the discriminant is what a CALL site's
/// cache word holds (0: nothing known).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Kind {
    None = 0,
    IsInstance,
    Len,
    Next,
    Ord,
    Chr,
    Abs,
    Min,
    Max,
    Hash,
    Id,
    Iter,
    Int,
    Float,
    Str,
    Bool,
    Tuple,
    Type,
}

/// A CALL site's cache word after it saw a callable of no `Kind`: later
/// calls go straight to the generic path (which still handles every kind
/// correctly, through the builtin's full native function).
const GENERIC: u32 = 0xFF;

/// What identifies each kind (index = discriminant).
enum Ident {
    None,
    Func(NativeFn),
    Type(&'static PyType),
}

static IDENTS: [Ident; 18] = [
    Ident::None,
    Ident::Func(super::bi_isinstance),
    Ident::Func(super::bi_len),
    Ident::Func(super::bi_next),
    Ident::Func(super::bi_ord),
    Ident::Func(super::bi_chr),
    Ident::Func(super::bi_abs),
    Ident::Func(super::bi_min),
    Ident::Func(super::bi_max),
    Ident::Func(super::bi_hash),
    Ident::Func(super::bi_id),
    Ident::Func(super::bi_iter),
    Ident::Type(&crate::object::int::INT_TYPE),
    Ident::Type(&float::FLOAT_TYPE),
    Ident::Type(&pystr::STR_TYPE),
    Ident::Type(&crate::object::int::BOOL_TYPE),
    Ident::Type(&tuple::TUPLE_TYPE),
    Ident::Type(&crate::object::singletons::TYPE_TYPE),
];

const KINDS: [Kind; 18] = [
    Kind::None,
    Kind::IsInstance,
    Kind::Len,
    Kind::Next,
    Kind::Ord,
    Kind::Chr,
    Kind::Abs,
    Kind::Min,
    Kind::Max,
    Kind::Hash,
    Kind::Id,
    Kind::Iter,
    Kind::Int,
    Kind::Float,
    Kind::Str,
    Kind::Bool,
    Kind::Tuple,
    Kind::Type,
];

const _: () = {
    let mut i = 0;
    while i < KINDS.len() {
        assert!(KINDS[i] as usize == i);
        i += 1;
    }
};

/// Builtins that read the calling frame (served by `vm::ops::call`'s
/// `frame_builtin`, which has it): never called from here.
fn frame_dependent(f: NativeFn) -> bool {
    [
        super::bi_next as NativeFn,
        super::bi_globals,
        super::bi_locals,
        super::bi_vars,
        super::bi_dir,
        super::bi_exec,
        super::bi_eval,
        crate::modules::sys::sys_settrace,
        crate::modules::sys::sys_setprofile,
        crate::modules::sys::sys_getframe,
    ]
    .iter()
    .any(|g| core::ptr::fn_addr_eq(f, *g))
}

/// Does `callable` match kind `k`? (Function addresses identify the
/// builtins: distinct functions have distinct bodies, so a match is never
/// a false positive; a duplicated copy would only miss.)
#[inline]
fn matches(callable: &Value, k: usize) -> bool {
    match IDENTS.get(k) {
        Some(Ident::Func(f)) => callable.downcast::<PyBuiltin>().is_some_and(|b| core::ptr::fn_addr_eq(b.def.func, *f)),
        Some(Ident::Type(t)) => callable.raw() == *t as *const PyType as usize,
        _ => false,
    }
}

#[cold]
fn identify(callable: &Value) -> Kind {
    (1..KINDS.len()).find(|&k| matches(callable, k)).map(|k| KINDS[k]).unwrap_or(Kind::None)
}

/// CALL with `nargs` positional arguments and no keywords, stack
/// `(callable, self_or_NULL, args...)`; `cache` is the CALL's first
/// inline-cache word. The result pushed in place of the callable, self and
/// argument slots (`Some(Ok)`), the error (`Some(Err)`, slots popped), or
/// `None` (nothing touched: take the general path).
#[inline(never)]
pub fn try_call(act: &mut Activation, nargs: usize, cache: &AtomicU32) -> Option<PyResult<()>> {
    let fpos = act.stack.len().checked_sub(nargs + 2)?;
    if act.stack[fpos + 1].is_some() {
        return method_on_stack(act, fpos, nargs);
    }
    let callable = act.stack[fpos].as_ref()?;
    let c = cache.load(Relaxed);
    let kind = if c == GENERIC {
        Kind::None
    } else if c != 0 && matches(callable, c as usize) {
        KINDS[c as usize]
    } else {
        // A miss (also of a stale word: the site now calls something
        // else) identifies the callable again; the word is rewritten only
        // when it changes. A callable with no kind marks the site GENERIC
        // so later calls skip the identification.
        let k = identify(callable);
        let w = if k == Kind::None { GENERIC } else { k as u32 };
        if w != c {
            cache.store(w, Relaxed);
        }
        k
    };
    let args = act.values_from(fpos + 2)?;
    let r = match (kind, args) {
        (Kind::IsInstance, [x, t]) => isinstance(x, t).map(Value::bool),
        (Kind::Len, [x]) => ops::len(x).map(|n| Value::from_i64(n as i64)),
        (Kind::Next, [x]) => {
            if crate::object::gen::is_gen(x) {
                // next(generator): the frame-aware path (StopIteration
                // carries the return value).
                return None;
            }
            match ops::next(x) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(PyErr::new(crate::error::ExcKind::StopIteration, "")),
                Err(e) => Err(e),
            }
        }
        (Kind::Ord, [x]) => match pystr::as_pystr(x) {
            Some(p) if p.len() == 1 => Ok(Value::from_i64(p.char_at(0) as i64)),
            _ => super::bi_ord(&Value::none(), args, None),
        },
        (Kind::Chr, [x]) => match x.as_small_int() {
            Some(i) if (0..0x110000).contains(&i) => Ok(pystr::from_char(i as u32)),
            _ => super::bi_chr(&Value::none(), args, None),
        },
        (Kind::Abs, [x]) => {
            if let Some(i) = x.as_small_int() {
                // Small ints are far inside i64: no overflow.
                Ok(Value::from_i64(i.abs()))
            } else if x.is_type(&float::FLOAT_TYPE) {
                Ok(Value::from_f64(float::to_f64(x).unwrap_or(0.0).abs()))
            } else {
                ops::unary_op(x, ops::UnOp::Abs)
            }
        }
        (Kind::Min, [a, b]) => min_max2(a, b, CmpOp::Lt),
        (Kind::Max, [a, b]) => min_max2(a, b, CmpOp::Gt),
        (Kind::Hash, [x]) => ops::hash(x).map(Value::from_i64),
        // Addresses of live objects are below 2^63.
        (Kind::Id, [x]) => Ok(Value::from_i64(x.raw() as i64)),
        (Kind::Iter, [x]) => super::get_iter(x),
        (Kind::Int, [x]) => {
            if x.is_small_int() {
                Ok(x.clone())
            } else if x.is_type(&float::FLOAT_TYPE) {
                // An exact float whose truncation fits an i64: no bigint.
                let f = float::to_f64(x).unwrap_or(f64::NAN).trunc();
                if f > -9.2e18 && f < 9.2e18 {
                    Ok(Value::from_i64(f as i64))
                } else {
                    super::ctors::number_long(x)
                }
            } else {
                super::ctors::number_long(x)
            }
        }
        (Kind::Float, [x]) => {
            if x.is_type(&float::FLOAT_TYPE) {
                Ok(x.clone())
            } else {
                super::ctors::number_float(x).map(Value::from_f64)
            }
        }
        (Kind::Str, [x]) => {
            if x.is_type(&pystr::STR_TYPE) {
                Ok(x.clone())
            } else {
                ops::str(x)
            }
        }
        (Kind::Bool, [x]) => ops::is_true(x).map(Value::bool),
        (Kind::Tuple, [x]) => {
            if x.is_type(&tuple::TUPLE_TYPE) {
                Ok(x.clone())
            } else {
                ops::collect(x).map(tuple::new_tuple)
            }
        }
        (Kind::Type, [x]) => Ok(x.ty().to_value()),
        // Any other native callable, or a specialised one called with
        // another argument count (its own count errors).
        _ => match generic(callable, args) {
            Some(r) => r,
            None => return None,
        },
    };
    finish(act, fpos, r)
}

/// A call of `callable` with positional `args` that needs no frame:
/// a static builtin type whose metaclass is exactly `type` (`range(n)`,
/// `reversed(s)`, `enumerate(l)`, `list(x)`: `type`'s call slot; the
/// zero-argument `super()` reads the frame), or a builtin function that
/// does not read the calling frame (its native function with its bound
/// object, the module for module functions). `None`: anything else.
#[inline]
fn generic(callable: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    if callable.is_type(&crate::object::singletons::TYPE_TYPE) {
        let t = callable.as_type()?;
        if t.is_heap()
            || core::ptr::eq(t, &crate::object::super_::SUPER_TYPE)
            || (core::ptr::eq(t, &crate::object::singletons::TYPE_TYPE) && args.len() == 3)
        {
            // super() and type(name, bases, dict) read the calling frame.
            return None;
        }
        return Some(crate::object::class::type_call(callable, args, None));
    }
    let b = callable.downcast::<PyBuiltin>()?;
    if frame_dependent(b.def.func) {
        return None;
    }
    Some(match &b.self_ {
        Some(s) => (b.def.func)(s, args, None),
        None => (b.def.func)(&Value::none(), args, None),
    })
}

/// Pops the callable, self and argument slots from `fpos` and pushes the
/// result (it takes the callable's slot; the other slots are popped one by
/// one, each an inline check and decrement, no generic slice drop).
#[inline(always)]
fn finish(act: &mut Activation, fpos: usize, r: PyResult<Value>) -> Option<PyResult<()>> {
    while act.stack.len() > fpos + 1 {
        drop(act.stack.pop());
    }
    match r {
        Ok(v) => {
            let old = act.stack[fpos].replace(v);
            drop(old);
            Some(Ok(()))
        }
        Err(e) => {
            drop(act.stack.pop());
            Some(Err(e))
        }
    }
}

/// A CALL site's first cache word once it has called `isinstance`: the
/// eval loop tests it before anything else (`isinstance_inline`).
pub const ISINSTANCE_WORD: u32 = Kind::IsInstance as u32;

/// CALL 2 of `isinstance` whose answer needs no Python code and cannot
/// fail, run inline by the eval loop (CPython 3.13's CALL_ISINSTANCE):
/// the stack is `(isinstance, NULL, x, t)`, `t` is a class whose metaclass
/// is exactly `type` (so no `__instancecheck__` can apply, CPython's
/// `PyType_CheckExact(cls)` shortcut) and the answer is `type(x)`'s MRO
/// containing `t`. A "no" for an instance of a class is not final (its
/// `__class__` may name another class): that, and anything else, returns
/// `None` with nothing touched and the general CALL runs. On `Some` the
/// four slots are popped (the caller pushes or branches on the answer).
#[inline(always)]
pub fn isinstance_inline(stack: &mut Vec<Option<Value>>) -> Option<bool> {
    let n = stack.len();
    let s = stack.get(n.checked_sub(4)?..)?;
    let (Some(c), None, Some(x), Some(t)) = (&s[0], &s[1], &s[2], &s[3]) else {
        return None;
    };
    if !matches(c, Kind::IsInstance as usize) {
        return None;
    }
    let xt = x.ty();
    let b = if t.raw() == xt as *const PyType as usize {
        true
    } else {
        if !t.is_type(&crate::object::singletons::TYPE_TYPE) {
            return None;
        }
        let ty = t.as_type()?;
        let b = xt.is_subtype_mro(ty);
        if !b && xt.is_heap() {
            return None;
        }
        b
    };
    // The four slots, top first: each an inline check and decrement.
    for _ in 0..4 {
        drop(stack.pop());
    }
    Some(b)
}

/// Cache words of sites quickened for `len` and `int` (`call1_inline`).
pub const LEN_WORD: u32 = Kind::Len as u32;
pub const INT_WORD: u32 = Kind::Int as u32;

/// CALL 1 of `len` or `int` (the site's cache word `word`) run inline by
/// the eval loop when the answer cannot fail and runs no Python code: the
/// stack is `(callable, NULL, x)` with the callable validated against the
/// word as in `try_call`; `len` of an exact str, bytes, list, tuple or
/// dict (their native `len` slots), `int` of a small int (itself) or of
/// an exact float whose truncation fits an i64. On `Some` the three
/// slots are popped (the caller pushes the result); `None`: nothing
/// touched, the general CALL runs.
#[inline(always)]
pub fn call1_inline(stack: &mut Vec<Option<Value>>, word: u32) -> Option<Value> {
    let n = stack.len();
    let s = stack.get(n.checked_sub(3)?..)?;
    let (Some(c), None, Some(x)) = (&s[0], &s[1], &s[2]) else {
        return None;
    };
    if !matches(c, word as usize) {
        return None;
    }
    let r = if word == LEN_WORD {
        let t: *const PyType = x.ty();
        if !(core::ptr::eq(t, &pystr::STR_TYPE)
            || core::ptr::eq(t, &crate::object::list::LIST_TYPE)
            || core::ptr::eq(t, &tuple::TUPLE_TYPE)
            || core::ptr::eq(t, &crate::object::bytes::BYTES_TYPE)
            || core::ptr::eq(t, &crate::object::dict::DICT_TYPE))
        {
            return None;
        }
        Value::from_i64(ops::len(x).ok()? as i64)
    } else if x.is_small_int() {
        x.clone()
    } else if x.is_type(&float::FLOAT_TYPE) {
        let f = float::to_f64(x)?.trunc();
        if !(f > -9.2e18 && f < 9.2e18) {
            return None;
        }
        Value::from_i64(f as i64)
    } else {
        return None;
    };
    for _ in 0..3 {
        drop(stack.pop());
    }
    Some(r)
}

/// `isinstance(x, t)`: an exact type match, a class whose metaclass is a
/// builtin type (no `__instancecheck__` hook: CPython's
/// `PyType_CheckExact(cls)` shortcut) along the MRO, or a tuple of such
/// classes with no allocation; anything else (a metaclass with
/// `__instancecheck__`, a union, nested tuples) takes the full protocol.
#[inline]
fn isinstance(x: &Value, t: &Value) -> PyResult<bool> {
    let xt = x.ty();
    if t.raw() == xt as *const PyType as usize {
        // type(x) itself: no hook is consulted for an exact match.
        return Ok(true);
    }
    if let Some(ty) = t.as_type() {
        if core::ptr::eq(xt, ty) {
            return Ok(true);
        }
        // A "no" for a class instance is not final: its `__class__` may
        // name another class (attr::isinstance checks it).
        if !t.ty().is_heap() && (!xt.is_heap() || xt.is_subtype_mro(ty)) {
            return Ok(xt.is_subtype_mro(ty));
        }
    } else if let Some(items) = tuple::items(t) {
        if t.is_type(&tuple::TUPLE_TYPE)
            && items.iter().all(|c| c.as_type().is_some() && !c.ty().is_heap())
        {
            let r = items.iter().any(|c| {
                let ty = c.as_type().expect("type");
                core::ptr::eq(xt, ty) || xt.is_subtype_mro(ty)
            });
            if r || !xt.is_heap() {
                return Ok(r);
            }
        }
    }
    crate::object::attr::isinstance(x, t)
}

/// `min(a, b)` / `max(a, b)`: the first argument unless the second is
/// strictly better (`b < a` / `b > a`), as the general `min_max` decides;
/// small ints and exact floats compare natively.
#[inline]
fn min_max2(a: &Value, b: &Value, want: CmpOp) -> PyResult<Value> {
    let better = if let (Some(x), Some(y)) = (b.as_small_int(), a.as_small_int()) {
        if want == CmpOp::Gt { x > y } else { x < y }
    } else if b.is_type(&float::FLOAT_TYPE) && a.is_type(&float::FLOAT_TYPE) {
        let (x, y) = (float::to_f64(b).unwrap_or(0.0), float::to_f64(a).unwrap_or(0.0));
        if want == CmpOp::Gt { x > y } else { x < y }
    } else {
        ops::compare_bool(b, a, want)?
    };
    Ok(if better { b.clone() } else { a.clone() })
}

/// `obj.m(...)` where `m` is a method descriptor of a builtin type
/// (`list.append`, `dict.get`, `str.join`, the cross-interpreter queue and
/// channel methods, DESIGN.md#channels-and-queues) and `obj` is exactly of
/// the descriptor's owner type: LOAD_ATTR's method form left
/// `(descriptor, obj, args...)` on the stack and the native function is
/// called straight on the stack slots, with no bound method, no argument
/// array and no generic descriptor call (the owner check holds by the
/// exact type, which is all `method_descr_call` adds). A subclass instance
/// takes the general path.
#[inline]
fn method_on_stack(act: &mut Activation, fpos: usize, nargs: usize) -> Option<PyResult<()>> {
    use crate::object::descr::MethodDescr;
    let _ = nargs;
    let s = &act.stack[fpos..];
    let m = s[0].as_ref()?.downcast::<MethodDescr>()?;
    let this = s[1].as_ref()?;
    if !this.is_type(m.owner) || crate::object::gen::is_gen(this) {
        // (`gen.send(v)` runs the generator inline: vm::ops::call.)
        return None;
    }
    let args = act.values_from(fpos + 2)?;
    let r = (m.def.func)(this, args, None);
    finish(act, fpos, r)
}
