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
use crate::vm::call::{push_frame_in_place, push_function_frame, simple_call_nlocalsplus};
use crate::vm::eval::Ctl;
use crate::vm::frame::Activation;

/// (callable, self_or_null, args[n] -- res); `kwnames` already popped.
pub fn call(act: &mut Activation, nargs: usize, kwnames: Option<Value>) -> PyResult<Ctl> {
    // CALL tried builtins::fast (native callables on the stack slots)
    // before coming here; it leaves generator calls to this path.
    if kwnames.is_none() {
        // gen.send(v) / next(gen[, default]): the generator runs inline
        // (DESIGN.md#eval-loop, generators).
        if let Some(r) = crate::object::gen::call_inline(act, nargs) {
            return r;
        }
    }
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
    if kwnames.is_none() && !has_self && callable.is_type(&crate::object::singletons::TYPE_TYPE) {
        if let Some(t) = callable.as_type() {
            // A metaclass called with (name, bases, dict) makes a class and
            // needs the caller's module (frame_builtin).
            if t.is_heap() && !(nargs == 3 && t.is_subtype(&crate::object::singletons::TYPE_TYPE)) {
                return call_class(act, callable, fpos, nargs);
            }
        }
    }
    if kwnames.is_none() {
        if let Some(nlp) = simple_call_nlocalsplus(&callable, total) {
            // Drop the callable slot (and the NULL): the arguments become
            // the callee's first locals in place. The callable slot is
            // already empty; shift the arguments down over the one or two
            // empty slots (no Drain, no memmove call for a few words).
            let gap = len - total - fpos;
            if gap > 0 {
                for i in fpos..len - gap {
                    let v = act.stack[i + gap].take();
                    act.stack[i] = v;
                }
                // The vacated tail slots are all None: pop them (an
                // inline check each, no out-of-line slice drop).
                for _ in 0..gap {
                    let _ = act.stack.pop();
                }
            }
            push_frame_in_place(act, callable, total, nlp)?;
            return Ok(Ctl::Call);
        }
    }
    // Up to three arguments are moved into an array on the Rust stack
    // (no Vec allocation per call of a builtin or a method descriptor).
    match total {
        0 => {
            act.stack.truncate(fpos);
            call_with_args(act, callable, &[], kwnames)
        }
        1 => {
            let a = act.pop();
            act.stack.truncate(fpos);
            call_with_args(act, callable, &[a], kwnames)
        }
        2 => {
            let b = act.pop();
            let a = act.pop();
            act.stack.truncate(fpos);
            call_with_args(act, callable, &[a, b], kwnames)
        }
        3 => {
            let c = act.pop();
            let b = act.pop();
            let a = act.pop();
            act.stack.truncate(fpos);
            call_with_args(act, callable, &[a, b, c], kwnames)
        }
        _ => {
            let args = act.pop_n(total);
            act.stack.truncate(fpos);
            call_with_args(act, callable, &args, kwnames)
        }
    }
}

/// The TypeError of an `__init__` that returned something else than None.
#[cold]
pub fn init_returned(v: &Value) -> PyErr {
    PyErr::type_error(format!("__init__() should return None, not '{}'", v.ty().name))
}

/// `C(args)` for a class `C` whose metaclass is `type` (positional
/// arguments only): `type.__call__` without a nested activation when
/// `__init__` is a plain Python function: the instance comes from the
/// `new` slot, takes the callable's slot as CALL's result, and is also
/// `__init__`'s first argument, followed by the arguments already on the
/// stack; the frame is marked `is_init` (the return value must be None
/// and is not pushed). Anything else takes `type_call`.
fn call_class(act: &mut Activation, cls: Value, fpos: usize, nargs: usize) -> PyResult<Ctl> {
    let t = cls.as_type().expect("class");
    // object's __new__ and a Python __init__ (checked per class version):
    // allocate in place, no argument vector, no `new` slot call.
    if let Some(f) = crate::object::class::plain_init(t) {
        if let Some(nlp) = simple_call_nlocalsplus(&f, nargs + 1) {
            let obj = crate::object::class::new_plain_instance(t);
            act.stack[fpos] = Some(obj.clone());
            act.stack[fpos + 1] = Some(obj);
            drop(cls);
            push_frame_in_place(act, f, nargs + 1, nlp)?;
            act.frame_mut().is_init = true;
            return Ok(Ctl::Call);
        }
    }
    let args: Vec<Value> = act.stack[fpos + 2..].iter().map(|v| v.clone().expect("argument")).collect();
    let new = match t.slots.new {
        Some(n) => n,
        None => {
            act.stack.truncate(fpos);
            return call_with_args(act, cls, &args, None);
        }
    };
    let obj = match new(&cls, &args, None) {
        Ok(o) => o,
        Err(e) => {
            act.stack.truncate(fpos);
            return Err(e);
        }
    };
    let init = if obj.ty().is_subtype_mro(t) {
        crate::object::attr::type_lookup_where(obj.ty(), crate::object::attr::name!("__init__"))
    } else {
        None
    };
    if let Some((f, owner)) = &init {
        if owner.is_heap() && !crate::object::func::is_function(f) {
            // fall through to the slot below
        } else if owner.is_heap() {
            let code_flags = f
                .downcast::<crate::object::func::PyFunction>()
                .and_then(|pf| pf.code.downcast::<crate::bytecode::CodeObject>())
                .map(|c| c.flags)
                .unwrap_or(0);
            use crate::bytecode::code::co_flags;
            let gen_like = co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR;
            if code_flags & gen_like == 0 {
                if let Some(nlp) = simple_call_nlocalsplus(f, nargs + 1) {
                    act.stack[fpos] = Some(obj.clone());
                    act.stack[fpos + 1] = Some(obj);
                    push_frame_in_place(act, f.clone(), nargs + 1, nlp)?;
                    act.frame_mut().is_init = true;
                    return Ok(Ctl::Call);
                }
            }
        }
    }
    drop(init);
    act.stack.truncate(fpos);
    if obj.ty().is_subtype_mro(t) {
        if let Some(init) = obj.ty().slots.init {
            init(&obj, &args, None)?;
        }
    }
    act.push(obj);
    Ok(Ctl::Next)
}

/// The general CALL path once the arguments are off the stack.
#[inline]
fn call_with_args(act: &mut Activation, callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ctl> {
    if is_function(&callable) {
        push_function_frame(act, &callable, args, kwnames.as_ref())?;
        return Ok(Ctl::Call);
    }
    if callable.ty().is_heap() || callable.is_type(&crate::object::descr::METHOD_DESCR_TYPE) {
        // Classes' instances and method descriptors never need the frame.
        let r = ops::call(&callable, args, kwnames.as_ref())?;
        act.push(r);
        return Ok(Ctl::Next);
    }
    if let Some(r) = frame_builtin(act, &callable, args, kwnames.as_ref())? {
        act.push(r);
        return Ok(Ctl::Next);
    }
    let r = ops::call(&callable, args, kwnames.as_ref())?;
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
                    return Err(PyErr::type_error("keywords must be strings"));
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
    // `obj.method(*a, **kw)`: a bound Python method runs in this activation
    // too (through `ops::call` it started a nested one, whose frame had no
    // `f_back`: logging's findCaller and `sys._getframe(n)` lost the caller).
    if let Some(m) = func.downcast::<crate::object::descr::BoundMethod>() {
        if is_function(&m.func) {
            args.insert(0, m.self_.clone());
            let f = m.func.clone();
            push_function_frame(act, &f, &args, kwnames.as_ref())?;
            return Ok(Ctl::Call);
        }
    }
    if let Some(r) = frame_builtin(act, &func, &args, kwnames.as_ref())? {
        act.push(r);
        return Ok(Ctl::Next);
    }
    let r = ops::call(&func, &args, kwnames.as_ref())?;
    act.push(r);
    Ok(Ctl::Next)
}

/// The name of a builtin function of the `builtins` module, if `f` is one.
fn builtins_function_name(f: &Value) -> Option<&'static str> {
    let (def, self_) = if let Some(b) = f.downcast::<crate::object::descr::NativeBound>() {
        (b.def, b.self_.as_ref())
    } else if let Some(b) = f.downcast::<crate::object::func::PyBuiltin>() {
        (b.def, b.self_.as_ref())
    } else {
        return None;
    };
    // Only the frame-dependent names are served here: test the name before
    // looking up the interpreter's builtins module (every builtin call
    // passes through).
    if !matches!(def.name, "next" | "globals" | "locals" | "vars" | "dir" | "exec" | "eval") {
        return None;
    }
    match self_ {
        Some(s) if s.is(&crate::vm::interp::interp().builtins) => Some(def.name),
        _ => None,
    }
}

/// `locals()` of the running frame: the locals mapping of module and class
/// bodies, a fresh dict of the bound fast locals (cells dereferenced) in
/// functions.
pub fn frame_locals(act: &Activation) -> Value {
    use crate::bytecode::code::local_kind;
    let f = act.frame();
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let code = f.code.downcast::<crate::bytecode::CodeObject>().expect("code");
    let d = dict::new_dict();
    for (i, (name, kind)) in code.localsplusnames.iter().zip(code.localspluskinds.iter()).enumerate() {
        let Some(v) = act.stack[f.base + i].clone() else { continue };
        let v = if kind & (local_kind::CELL | local_kind::FREE) != 0 {
            match v.downcast::<crate::object::func::PyCell>() {
                Some(_) => match crate::object::func::cell_get(&v) {
                    Some(x) => x,
                    None => continue,
                },
                None => v,
            }
        } else {
            v
        };
        if kind & local_kind::HIDDEN != 0 {
            continue;
        }
        let _ = dict::dict_set(&d, name.clone(), v);
    }
    d
}

/// Zero-argument `super()`: the `__class__` cell and the first argument
/// of the running frame.
fn zero_arg_super(act: &Activation) -> PyResult<Value> {
    use crate::bytecode::code::local_kind;
    let f = act.frame();
    let code = f.code.downcast::<crate::bytecode::CodeObject>().expect("code");
    if code.argcount == 0 && code.flags & crate::bytecode::code::co_flags::VARARGS == 0 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let mut first = act.stack[f.base].clone().ok_or_else(|| PyErr::runtime_error("super(): arg[0] deleted"))?;
    if code.localspluskinds[0] & local_kind::CELL != 0 {
        if let Some(x) = first.downcast::<crate::object::func::PyCell>().and_then(|_| crate::object::func::cell_get(&first)) {
            first = x;
        }
    }
    let idx = code
        .localsplusnames
        .iter()
        .zip(code.localspluskinds.iter())
        .position(|(n, k)| k & local_kind::FREE != 0 && crate::object::str::to_rust_string(n) == "__class__")
        .ok_or_else(|| PyErr::runtime_error("super(): __class__ cell not found"))?;
    let cell = act.stack[f.base + idx].clone().ok_or_else(|| PyErr::runtime_error("super(): __class__ cell not found"))?;
    let cls = crate::object::func::cell_get(&cell).ok_or_else(|| PyErr::runtime_error("super(): empty __class__ cell"))?;
    crate::object::super_::new_super(&cls, &first)
}

/// Builtins that need the calling frame (globals, locals, vars, dir, exec,
/// eval, zero-argument super): handled here, where the frame is at hand.
fn frame_builtin(act: &mut Activation, f: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Option<Value>> {
    if let Some(t) = f.as_type() {
        if core::ptr::eq(t, &crate::object::super_::SUPER_TYPE) && args.is_empty() && kwnames.is_none() {
            return zero_arg_super(act).map(Some);
        }
        if args.len() == 3 && t.is_subtype(&crate::object::singletons::TYPE_TYPE) {
            // type(name, bases, dict) or a metaclass: `__module__` comes
            // from the calling frame's globals.
            let module = dict::dict_get(act.frame().globals(), &intern("__name__"))?;
            return crate::object::class::with_caller_module(module, || ops::call(f, args, kwnames)).map(Some);
        }
        return Ok(None);
    }
    if crate::vm::trace::is_set_function(f) {
        // sys.settrace/setprofile: the calling frame continues in the
        // other dispatch loop at once (DESIGN.md#tracing).
        let r = ops::call(f, args, kwnames)?;
        act.push(r);
        return Err(crate::vm::trace::switch_request());
    }
    if crate::vm::trace::is_getframe(f) {
        let depth = crate::modules::sys::getframe_depth(args, kwnames)?;
        return crate::vm::trace::getframe(act, depth).map(Some);
    }
    let Some(name) = builtins_function_name(f) else { return Ok(None) };
    let nkw = kwnames.and_then(tuple::items).map(|k| k.len()).unwrap_or(0);
    match name {
        "next" if nkw == 0 && (1..=2).contains(&args.len()) && crate::object::gen::is_gen(&args[0]) => {
            // next(generator): StopIteration carries the return value.
            match crate::object::gen::resume(&args[0], Value::none(), None)? {
                crate::object::gen::GenResult::Yield(v) => Ok(Some(v)),
                crate::object::gen::GenResult::Return(v) => match args.get(1) {
                    Some(d) => Ok(Some(d.clone())),
                    None if v.is_none() => Err(PyErr::stop_iteration()),
                    None => Err(PyErr::stop_iteration_value(v)),
                },
            }
        }
        "globals" if args.is_empty() => Ok(Some(act.frame().globals().clone())),
        "locals" if args.is_empty() => Ok(Some(frame_locals(act))),
        "vars" if args.is_empty() => Ok(Some(frame_locals(act))),
        "dir" if args.is_empty() => {
            let l = frame_locals(act);
            let mut keys = if dict::core(&l).is_some() { dict::dict_keys(&l) } else { ops::collect(&l)? };
            let mut err = None;
            keys.sort_by(|a, b| match ops::compare_bool(a, b, crate::object::CmpOp::Lt) {
                Ok(true) => core::cmp::Ordering::Less,
                Ok(false) => core::cmp::Ordering::Greater,
                Err(e) => {
                    err = Some(e);
                    core::cmp::Ordering::Equal
                }
            });
            if let Some(e) = err {
                return Err(e);
            }
            Ok(Some(crate::object::list::new_list(keys)))
        }
        "exec" | "eval" if nkw == 0 && !args.is_empty() && args.len() <= 3 => {
            let mode = if name == "exec" { crate::compile::Mode::Exec } else { crate::compile::Mode::Eval };
            let globals = match args.get(1) {
                Some(g) if !g.is_none() => {
                    if dict::core(g).is_none() {
                        return Err(PyErr::type_error(format!(
                            "{}() globals must be a dict, not {}",
                            name,
                            g.ty().name
                        )));
                    }
                    g.clone()
                }
                _ => act.frame().globals().clone(),
            };
            let locals = match args.get(2) {
                Some(l) if !l.is_none() => l.clone(),
                _ if args.get(1).map(|g| !g.is_none()).unwrap_or(false) => globals.clone(),
                _ => frame_locals(act),
            };
            if dict::dict_get(&globals, &intern("__builtins__"))?.is_none() {
                dict::dict_set(&globals, intern("__builtins__"), crate::vm::interp::interp().builtins.clone())?;
            }
            let src = &args[0];
            let code = if src.downcast::<crate::bytecode::CodeObject>().is_some() {
                src.clone()
            } else {
                let text = if let Some(s) = crate::object::str::as_str(src) {
                    s.into_owned()
                } else if let Some(b) = crate::object::bytes::as_bytes(src) {
                    String::from_utf8_lossy(b).into_owned()
                } else {
                    return Err(PyErr::type_error(format!(
                        "{}() arg 1 must be a string, bytes or code object",
                        name
                    )));
                };
                let text = if name == "eval" { text.trim_start_matches([' ', '\t']).to_string() } else { text };
                crate::vm::interp::compile_or_raise(&text, "<string>", mode)?
            };
            let r = crate::vm::eval::eval_code(&code, &globals, Some(&locals))?;
            Ok(Some(if name == "exec" { Value::none() } else { r }))
        }
        _ => Ok(None),
    }
}
