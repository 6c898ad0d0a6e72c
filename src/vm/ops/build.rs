//! Design: DESIGN.md#eval-loop
//!
//! Building containers, unpacking, functions and the intrinsics.

#![forbid(unsafe_code)]

use crate::bytecode::opcodes::function_attr;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::func::PyFunction;
use crate::object::str::to_rust_string;
use crate::object::{dict, list, ops, set, tuple, Value};
use crate::vm::eval::Ctl;
use crate::vm::frame::Activation;

/// The top `n` values moved off the stack into a Vec of exactly `n`
/// (one allocation, no `Drain` adapter: BUILD_TUPLE/BUILD_LIST).
#[inline]
fn take_n(act: &mut Activation, n: usize) -> Vec<Value> {
    let at = act.stack.len() - n;
    let mut items = Vec::with_capacity(n);
    for slot in &mut act.stack[at..] {
        match slot.take() {
            Some(v) => items.push(v),
            None => panic!("weft: NULL on the value stack where a value was expected (compiler/VM bug)"),
        }
    }
    // The slots are empty now: truncating drops nothing.
    act.stack.truncate(at);
    items
}

pub fn build_tuple(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    // The items move off the stack straight into the tuple (a reused one
    // from this thread's free list when there is one: freelist.rs).
    let t = crate::object::freelist::new_tuple_pop(&mut act.stack, n as usize);
    act.push(t);
    Ok(Ctl::Next)
}

pub fn build_list(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let items = take_n(act, n as usize);
    act.push(list::new_list(items));
    Ok(Ctl::Next)
}

pub fn build_set(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let items = act.pop_n(n as usize);
    act.push(set::new_set(items)?);
    Ok(Ctl::Next)
}

pub fn build_map(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let items = act.pop_n(2 * n as usize);
    let d = dict::new_dict();
    let c = dict::core(&d).expect("dict");
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        c.set(k, v)?;
    }
    act.push(d);
    Ok(Ctl::Next)
}

pub fn build_const_key_map(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let keys = act.pop();
    let vals = act.pop_n(n as usize);
    let d = dict::new_dict();
    let c = dict::core(&d).expect("dict");
    let ks = tuple::items(&keys).ok_or_else(|| PyErr::system_error("bad BUILD_CONST_KEY_MAP keys"))?;
    for (k, v) in ks.iter().zip(vals) {
        c.set(k.clone(), v)?;
    }
    act.push(d);
    Ok(Ctl::Next)
}

pub fn build_string(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let items = act.pop_n(n as usize);
    let r = crate::object::str::join_values(&crate::object::str::empty_str(), &items)?;
    act.push(r);
    Ok(Ctl::Next)
}

pub fn build_slice(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let step = if n == 3 { act.pop() } else { Value::none() };
    let stop = act.pop();
    let start = act.pop();
    act.push(crate::object::slice::new_slice(start, stop, step));
    Ok(Ctl::Next)
}

pub fn list_append(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let v = act.pop();
    list::append_private(act.peek(n as usize - 1), v, crate::vm::thread::current_tid());
    Ok(Ctl::Next)
}

pub fn set_add(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let v = act.pop();
    set::add(act.peek(n as usize - 1), v)?;
    Ok(Ctl::Next)
}

pub fn map_add(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let v = act.pop();
    let k = act.pop();
    dict::dict_set(act.peek(n as usize - 1), k, v)?;
    Ok(Ctl::Next)
}

pub fn list_extend(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let it = act.pop();
    let l = act.peek(n as usize - 1);
    if let Some(items) = tuple::items(&it) {
        for x in items {
            list::append(l, x.clone());
        }
        return Ok(Ctl::Next);
    }
    if it.ty().slots.iter.is_none() && crate::object::attr::type_lookup(it.ty(), "__iter__").is_none() {
        return Err(PyErr::type_error(format!("Value after * must be an iterable, not {}", it.ty().name)));
    }
    list::extend(l, &it)?;
    Ok(Ctl::Next)
}

pub fn set_update(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let it = act.pop();
    set::update(act.peek(n as usize - 1), &[it])?;
    Ok(Ctl::Next)
}

pub fn dict_update(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let other = act.pop();
    let d = act.peek(n as usize - 1);
    if dict::core(&other).is_none() && crate::object::attr::type_lookup(other.ty(), "keys").is_none() {
        return Err(PyErr::type_error(format!("'{}' object is not a mapping", other.ty().name)));
    }
    merge_mapping(d, &other, None)?;
    Ok(Ctl::Next)
}

/// Copies `other` (a dict or a mapping with keys()) into dict `d`; with
/// `dup_func`, a key already present is CPython's "got multiple values
/// for keyword argument" error.
fn merge_mapping(d: &Value, other: &Value, dup_func: Option<&Value>) -> PyResult<()> {
    let dst = dict::core(d).expect("dict");
    let pairs: Vec<(Value, Value)> = if let Some(src) = dict::core(other) {
        src.items()
    } else {
        let keys = crate::object::attr::call_method(other, &crate::object::str::intern("keys"), &[])?;
        let mut v = Vec::new();
        for k in ops::collect(&keys)? {
            let x = ops::getitem(other, &k)?;
            v.push((k, x));
        }
        v
    };
    for (k, v) in pairs {
        if let Some(f) = dup_func {
            if !crate::object::str::is_str(&k) {
                return Err(PyErr::type_error("keywords must be strings"));
            }
            if dst.contains(&k)? {
                return Err(PyErr::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(f),
                    to_rust_string(&k)
                )));
            }
        }
        dst.set(k, v)?;
    }
    Ok(())
}

/// `f()` as CPython names a callable in call errors.
pub fn func_desc(f: &Value) -> String {
    let q = match ops::getattr(f, &crate::object::str::intern("__qualname__")) {
        Ok(n) if crate::object::str::is_str(&n) => to_rust_string(&n),
        _ => return format!("{} object", f.ty().name),
    };
    match ops::getattr(f, &crate::object::str::intern("__module__")) {
        Ok(m) if crate::object::str::is_str(&m) && to_rust_string(&m) != "builtins" => {
            format!("{}.{}()", to_rust_string(&m), q)
        }
        _ => format!("{}()", q),
    }
}

pub fn dict_merge(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let other = act.pop();
    let len = act.stack.len();
    // (func, null, args, kwargs_dict, ...) with the dict n-1 below the top.
    let d = act.peek(n as usize - 1).clone();
    let func = act.stack[len - n as usize - 3].clone().unwrap_or_else(Value::none);
    if dict::core(&other).is_none() && crate::object::attr::type_lookup(other.ty(), "keys").is_none() {
        return Err(PyErr::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            func_desc(&func),
            other.ty().name
        )));
    }
    merge_mapping(&d, &other, Some(&func))?;
    Ok(Ctl::Next)
}

fn unpack_error_non_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("cannot unpack non-iterable {} object", v.ty().name))
}

fn collect_for_unpack(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = tuple::items(v) {
        return Ok(items.to_vec());
    }
    if list::is_list(v) {
        return Ok(list::snapshot(v));
    }
    let it = match ops::iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(ExcKind::TypeError) => return Err(unpack_error_non_iterable(v)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// UNPACK_SEQUENCE's inline fast path (eval loop): an exact tuple of
/// exactly `n` items. The items go onto the stack last first, with one
/// capacity check, and the tuple's reference is dropped. `false`: nothing
/// changed, take `unpack_sequence`.
#[inline(always)]
pub fn unpack_fast(stack: &mut Vec<Option<Value>>, n: u32) -> bool {
    let Some(Some(v)) = stack.last() else { return false };
    if !v.is_type(&tuple::TUPLE_TYPE) {
        return false;
    }
    let Some(items) = tuple::items(v) else { return false };
    if items.len() != n as usize {
        return false;
    }
    let Some(Some(t)) = stack.pop() else { return false };
    let items = tuple::items(&t).unwrap_or(&[]);
    stack.reserve(items.len());
    for x in items.iter().rev() {
        stack.push(Some(x.clone()));
    }
    drop(t);
    true
}

pub fn unpack_sequence(act: &mut Activation, n: u32) -> PyResult<Ctl> {
    let v = act.pop();
    let n = n as usize;
    // Tuple of the right length: push its items directly (no Vec).
    if let Some(items) = tuple::items(&v) {
        if items.len() == n {
            for x in items.iter().rev() {
                act.push(x.clone());
            }
            return Ok(Ctl::Next);
        }
    }
    let items: Vec<Value> = if let Some(items) = tuple::items(&v) {
        items.to_vec()
    } else if list::is_list(&v) {
        list::snapshot(&v)
    } else {
        // Iterate lazily so "too many values" stops after n + 1 items.
        let it = match ops::iter(&v) {
            Ok(it) => it,
            Err(e) if e.matches(ExcKind::TypeError) => return Err(unpack_error_non_iterable(&v)),
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = ops::next(&it)? {
            out.push(x);
            if out.len() > n {
                return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n)));
            }
        }
        out
    };
    if items.len() < n {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    if items.len() > n {
        return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n)));
    }
    for x in items.into_iter().rev() {
        act.push(x);
    }
    Ok(Ctl::Next)
}

pub fn unpack_ex(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let before = (arg & 0xFF) as usize;
    let after = (arg >> 8) as usize;
    let v = act.pop();
    let mut items = collect_for_unpack(&v)?;
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for x in tail.into_iter().rev() {
        act.push(x);
    }
    act.push(list::new_list(middle));
    for x in items.into_iter().rev() {
        act.push(x);
    }
    Ok(Ctl::Next)
}

pub fn make_function(act: &mut Activation) -> PyResult<Ctl> {
    let code = act.pop();
    let f = act.frame();
    let func = crate::object::func::new_function(code, f.globals().clone(), f.builtins().clone());
    act.push(func);
    Ok(Ctl::Next)
}

/// MAKE_FUNCTION fused with the SET_FUNCTION_ATTRIBUTE(closure) that
/// follows it (the loop checks the next word): `[closure, code]` →
/// `[function]`, the function created with its closure.
pub fn make_function_closure(act: &mut Activation) -> PyResult<Ctl> {
    let code = act.pop();
    let closure = act.pop();
    let f = act.frame();
    let func =
        crate::object::func::new_function_with_closure(code, f.globals().clone(), f.builtins().clone(), Some(closure));
    act.push(func);
    Ok(Ctl::Next)
}

pub fn set_function_attribute(act: &mut Activation, flag: u32) -> PyResult<Ctl> {
    let func = act.pop();
    let attr = act.pop();
    if flag == function_attr::CLOSURE {
        // The closure's one home is the immutable field (object/func.rs).
        act.push(crate::object::func::with_closure(&func, attr));
        return Ok(Ctl::Next);
    }
    {
        let f = func.downcast::<PyFunction>().expect("function");

        let mut m = f.m.lock();
        match flag {
            function_attr::DEFAULTS => m.defaults = Some(attr),
            function_attr::KWDEFAULTS => m.kwdefaults = Some(attr),
            function_attr::ANNOTATIONS => {
                // A tuple of (name, value) pairs or a dict.
                if let Some(items) = tuple::items(&attr) {
                    let d = dict::new_dict();
                    for pair in items.chunks(2) {
                        if pair.len() == 2 {
                            dict::dict_set(&d, pair[0].clone(), pair[1].clone())?;
                        }
                    }
                    m.annotations = Some(d);
                } else {
                    m.annotations = Some(attr);
                }
            }
            _ => {}
        }
    }
    act.push(func);
    Ok(Ctl::Next)
}

pub fn call_intrinsic_1(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let v = act.pop();
    let r = match arg {
        // INTRINSIC_PRINT (interactive mode)
        1 => {
            if !v.is_none() {
                let s = ops::repr_string(&v)?;
                println!("{}", s);
            }
            Value::none()
        }
        // INTRINSIC_IMPORT_STAR
        2 => {
            crate::vm::ops::load_store::import_star(act, &v)?;
            Value::none()
        }
        // INTRINSIC_STOPITERATION_ERROR
        3 => crate::vm::ops::exc::stopiteration_error(act, v)?,
        // INTRINSIC_ASYNC_GEN_WRAP
        4 => v,
        // INTRINSIC_UNARY_POSITIVE
        5 => ops::unary_op(&v, ops::UnOp::Pos)?,
        // INTRINSIC_LIST_TO_TUPLE
        6 => tuple::new_tuple(list::snapshot(&v)),
        7 => crate::vm::ops::typeparams::typevar(v),
        8 => crate::vm::ops::typeparams::paramspec(v),
        9 => crate::vm::ops::typeparams::typevartuple(v),
        10 => crate::vm::ops::typeparams::subscript_generic(v)?,
        11 => crate::vm::ops::typeparams::typealias(&v)?,
        _ => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("{} is not supported yet", crate::bytecode::opcodes::Intrinsic1::name(arg)),
            ))
        }
    };
    act.push(r);
    Ok(Ctl::Next)
}

pub fn call_intrinsic_2(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let v1 = act.pop();
    let v2 = act.pop();
    let r = match arg {
        1 => crate::vm::ops::exc::prep_reraise_star(&v2, &v1)?,
        2 => crate::vm::ops::typeparams::typevar_with_bound(v2, v1),
        3 => crate::vm::ops::typeparams::typevar_with_constraints(v2, v1),
        4 => {
            // SET_FUNCTION_TYPE_PARAMS: (func, type_params -- func)
            if let Some(f) = v2.downcast::<PyFunction>() {
                f.m.lock().type_params = Some(v1);
            }
            v2
        }
        _ => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("{} is not supported yet", crate::bytecode::opcodes::Intrinsic2::name(arg)),
            ))
        }
    };
    act.push(r);
    Ok(Ctl::Next)
}
