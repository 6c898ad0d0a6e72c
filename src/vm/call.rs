//! Design: DESIGN.md#eval-loop
//!
//! Calls into Python functions: argument binding and frame set-up.
//!
//! Binding runs in CPython's phases, so errors come out in the same order
//! and with the same words (`initialize_locals` in ceval.c):
//!
//! 1. positional arguments into the first `argcount` slots; the rest into
//!    `*args` (or remembered for "takes N positional arguments");
//! 2. keyword arguments by name (positional-only names go to `**kwargs`
//!    or are reported), "unexpected keyword", "multiple values";
//! 3. too many positional arguments;
//! 4. positional defaults, then "missing N required positional arguments";
//! 5. keyword-only defaults, then "missing N required keyword-only arguments".

#![deny(unsafe_code)]

use crate::bytecode::code::co_flags;
use crate::bytecode::CodeObject;
use crate::error::{PyErr, PyResult};
use crate::object::dict;
use crate::object::func::{FuncMut, PyFunction};
use crate::object::str::{str_eq, to_rust_string};
use crate::object::tuple;
use crate::object::Value;
use crate::vm::frame::{enter_frame, Activation, Frame, ThreadDepth};

/// Binds `args` (positional then keyword values named by `kwnames`) into
/// `out` (the callee's localsplus, all `None` on entry).
#[allow(clippy::needless_range_loop)] // slots and parameter names share indices
pub fn bind_args(
    code: &CodeObject,
    fm: &FuncMut,
    args: &[Value],
    kwnames: Option<&Value>,
    out: &mut [Option<Value>],
) -> PyResult<()> {
    let qualname = || fm.qualname.as_ref().map(to_rust_string).unwrap_or_else(|| to_rust_string(&code.qualname));
    let kwn: &[Value] = kwnames.and_then(tuple::items).unwrap_or(&[]);
    let npos = args.len() - kwn.len();
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & co_flags::VARARGS != 0;
    let has_varkw = code.flags & co_flags::VARKEYWORDS != 0;
    let mut next_slot = argcount + kwonly;
    let varargs_slot = if has_varargs {
        next_slot += 1;
        Some(next_slot - 1)
    } else {
        None
    };
    let kwdict = if has_varkw {
        let d = dict::new_dict();
        out[next_slot] = Some(d.clone());
        Some(d)
    } else {
        None
    };

    // 1. positional
    let n = npos.min(argcount);
    for (slot, a) in out.iter_mut().zip(&args[..n]) {
        *slot = Some(a.clone());
    }
    if let Some(s) = varargs_slot {
        let extra = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
        out[s] = Some(tuple::new_tuple(extra));
    }

    // 2. keywords
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (i, name) in kwn.iter().enumerate() {
        let value = &args[npos + i];
        if !crate::object::str::is_str(name) {
            return Err(PyErr::type_error("keywords must be strings"));
        }
        let names = &code.localsplusnames[..argcount + kwonly];
        let found = names
            .iter()
            .enumerate()
            .skip(posonly)
            .find(|(_, n)| n.is(name))
            .or_else(|| names.iter().enumerate().skip(posonly).find(|(_, n)| str_eq(n, name)))
            .map(|(j, _)| j);
        match found {
            Some(j) => {
                if out[j].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        to_rust_string(name)
                    )));
                }
                out[j] = Some(value.clone());
            }
            None => {
                if let Some(d) = &kwdict {
                    dict::dict_set(d, name.clone(), value.clone())?;
                } else if names[..posonly].iter().any(|n| str_eq(n, name)) {
                    posonly_as_kw.push(to_rust_string(name));
                } else {
                    let n = to_rust_string(name);
                    let candidates: Vec<String> = names[posonly..].iter().map(to_rust_string).collect();
                    let hint = match suggest(&n, &candidates) {
                        Some(s) => format!(". Did you mean '{}'?", s),
                        None => String::new(),
                    };
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'{}",
                        qualname(),
                        n,
                        hint
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }

    // 3. too many positional
    let defaults: &[Value] = fm.defaults.as_ref().and_then(tuple::items).unwrap_or(&[]);
    if npos > argcount && !has_varargs {
        let kwonly_given = out[argcount..argcount + kwonly].iter().filter(|s| s.is_some()).count();
        let (sig, plural) = if !defaults.is_empty() {
            (format!("from {} to {}", argcount - defaults.len().min(argcount), argcount), true)
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            qualname(),
            sig,
            if plural { "s" } else { "" },
            npos,
            kwonly_sig,
            if npos == 1 && kwonly_given == 0 { "was" } else { "were" }
        )));
    }

    // 4. positional defaults
    if npos < argcount {
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in npos..argcount {
            if out[i].is_none() {
                if i >= first_default {
                    out[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(to_rust_string(&code.localsplusnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qualname(), "positional", &missing));
        }
    }

    // 5. keyword-only defaults
    if kwonly > 0 {
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if out[i].is_none() {
                let name = &code.localsplusnames[i];
                let d = match &fm.kwdefaults {
                    Some(kd) if !kd.is_none() => dict::dict_get(kd, name)?,
                    _ => None,
                };
                match d {
                    Some(v) => out[i] = Some(v),
                    None => missing.push(to_rust_string(name)),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qualname(), "keyword-only", &missing));
        }
    }
    Ok(())
}

/// CPython's `_Py_CalculateSuggestions`: the closest candidate by an edit
/// distance where a case-only change costs 1 and any other edit 2, within
/// `(len(a) + len(b) + 3) * 2 / 6`.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    const MOVE: usize = 2;
    let a: Vec<char> = name.chars().collect();
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let b: Vec<char> = c.chars().collect();
        let max = (a.len() + b.len() + 3) * MOVE / 6;
        let cost = |x: char, y: char| {
            if x == y {
                0
            } else if x.to_lowercase().eq(y.to_lowercase()) {
                1
            } else {
                MOVE
            }
        };
        let mut row: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut prev = row[0];
            row[0] = (i + 1) * MOVE;
            for (j, &y) in b.iter().enumerate() {
                let sub = prev + cost(x, y);
                prev = row[j + 1];
                row[j + 1] = sub.min(row[j] + MOVE).min(prev + MOVE);
            }
        }
        let d = row[b.len()];
        if d <= max && best.map(|(bd, _)| d < bd).unwrap_or(true) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn missing_error(qualname: &str, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname,
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

/// An uncounted copy of a function's code, for the frame that holds the
/// function (`Frame::code`, `code_borrowed`).
///
/// # Safety
/// `raw` is the code of a function that the frame receiving the copy
/// holds in `func`; the copy must go straight into that `Frame` (built
/// with `code_borrowed: true`, whose `Drop` forgets it), so nothing
/// between may drop it.
#[allow(unsafe_code)]
#[inline(always)]
unsafe fn borrowed_code(raw: usize) -> Value {
    // SAFETY: `raw` is a live code object: the function keeps its code for
    // its whole life and the frame keeps the function; no count is taken
    // and, by the contract above, none is ever released for this copy.
    unsafe { Value::from_raw_steal(raw) }
}

/// Pushes a frame for Python function `func` called with `args`/`kwnames`
/// onto `act` (binding the arguments into the new frame's locals).
#[allow(unsafe_code)] // borrowed_code: SAFETY at the call site
pub fn push_function_frame(act: &mut Activation, func: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let f = func.downcast::<PyFunction>().expect("function");
    let code = f.code.downcast::<CodeObject>().expect("code");
    let nlp = code.localsplusnames.len();
    let base = act.stack.len();
    // `resize` is an out-of-line `extend_with` (≈ 50 instructions for a
    // few slots); a native→Python call (`map`, `filter`, key functions)
    // pushes its handful of None locals inline.
    act.stack.reserve(nlp);
    for _ in 0..nlp {
        act.stack.push(None);
    }
    let fast = kwnames.is_none()
        && args.len() == code.argcount as usize
        && code.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0;
    if fast {
        for (slot, a) in act.stack[base..].iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
    } else {
        // bind_args reads only these three fields: copy them (not the whole
        // FuncMut, ten counted references) and release the lock.
        let fm = {
            let m = f.m.lock();
            FuncMut {
                qualname: m.qualname.clone(),
                defaults: m.defaults.clone(),
                kwdefaults: m.kwdefaults.clone(),
                ..FuncMut::default()
            }
        };
        if let Err(e) = bind_args(code, &fm, args, kwnames, &mut act.stack[base..base + nlp]) {
            act.stack.truncate(base);
            return Err(e);
        }
    }
    if let Err(e) = enter_frame() {
        act.stack.truncate(base);
        return Err(e);
    }
    let code_raw = f.code.raw();
    act.push_frame(Frame {
        // SAFETY: straight into a frame with `code_borrowed` that holds
        // `func`, whose code this is (`borrowed_code`).
        code: unsafe { borrowed_code(code_raw) },
        globals_: None,
        builtins_: None,
        locals: None,
        func: Some(func.clone()),
        base,
        nlocalsplus: nlp,
        pc: 0,
        lasti: 0,
        is_gen: false,
        is_init: false,
        code_borrowed: true,
        gen_ret: 0,
        fobj: None,
    });
    Ok(())
}

/// Pushes a frame for a Python function whose positional arguments are the
/// top `nargs` stack slots of the running frame (the call's callable slots
/// already removed): the arguments become the callee's first locals in
/// place. Only for the simple shape (`argcount == nargs`, no `*args`,
/// `**kwargs`, keyword-only parameters); `nlp` is the code's
/// `localsplusnames.len()` (from `simple_call_nlocalsplus`).
#[inline]
#[allow(unsafe_code)] // borrowed_code: SAFETY at the call site
pub fn push_frame_in_place(act: &mut Activation, func: Value, nargs: usize, nlp: usize) -> PyResult<()> {
    let code_raw = func.downcast::<PyFunction>().expect("function").code.raw();
    let base = act.stack.len() - nargs;
    enter_frame()?;
    for _ in nargs..nlp {
        act.stack.push(None);
    }
    // SAFETY: straight into a frame with `code_borrowed` that holds
    // `func`, whose code this is (`borrowed_code`).
    act.push_call_frame(unsafe { borrowed_code(code_raw) }, Some(func), base, nlp);
    Ok(())
}

/// CALL's fast path (DESIGN.md#eval-loop): `(callable, self_or_null,
/// args[nargs])` where the callable is a plain Python function whose code
/// takes exactly these positional arguments (no defaults needed, no
/// `*args`/`**kwargs`/keyword-only parameters). The arguments are moved
/// (no count traffic) down over the callable and NULL slots to become the
/// callee's first locals, the callable moves into `Frame::func`, and the
/// frame is pushed, with the caller's `pc`/`lasti` saved; the callee's code
/// (kept alive by the function the new frame holds) and base are returned.
/// `None`: not this shape (nothing was changed; the
/// general `ops::call::call` handles it). `Some(Err)`: the recursion limit
/// (the stack is unchanged, the error is raised at the CALL).
#[inline(always)]
#[allow(unsafe_code)] // borrowed_code: SAFETY at the call site
pub fn try_push_simple(
    act: &mut Activation,
    nargs: usize,
    depth: ThreadDepth,
    pc: usize,
    lasti: usize,
) -> Option<PyResult<(*const CodeObject, usize)>> {
    let len = act.stack.len();
    let fpos = len.checked_sub(nargs + 2)?;
    let (code_v, code_p, has_self, nlp) = {
        let slots = &act.stack[fpos..];
        let f = slots[0].as_ref()?.downcast::<PyFunction>()?;
        let code = f.code.downcast::<CodeObject>()?;
        let has_self = slots[1].is_some();
        if code.argcount as usize != nargs + has_self as usize
            || code.kwonlyargcount != 0
            || code.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) != 0
        {
            return None;
        }
        (f.code.raw(), code as *const CodeObject, has_self, code.localsplusnames.len())
    };
    if let Err(e) = depth.enter() {
        return Some(Err(e));
    }
    let func = act.stack[fpos].take();
    // One slot (a bound self is local 0) or two (NULL) to close: the
    // arguments (and self) move down over them with one memmove.
    let gap = 2 - has_self as usize;
    let total = nargs + has_self as usize;
    // SAFETY: `fpos + gap + total == len <= act.stack.len()`, so both
    // ranges are inside the initialised part of the vector. The `gap`
    // slots overwritten at `fpos` hold None (the callable was just taken,
    // the other is the NULL), so nothing is leaked; after the copy the
    // last `gap` initialised slots are bitwise duplicates of moved values,
    // and `set_len` drops them from the vector without running their
    // destructors, so each value keeps exactly one owner.
    unsafe {
        let p = act.stack.as_mut_ptr().add(fpos);
        // A few words: moved one by one, upwards (the destination is
        // below the source, so each read precedes the write over it); a
        // `copy` here was a call of libc's memmove per Python call.
        let mv = |i: usize| core::ptr::write(p.add(i), core::ptr::read(p.add(i + gap)));
        match total {
            0 => {}
            1 => mv(0),
            2 => {
                mv(0);
                mv(1)
            }
            3 => {
                mv(0);
                mv(1);
                mv(2)
            }
            _ => core::ptr::copy(p.add(gap), p, total),
        }
        act.stack.set_len(len - gap);
    }
    for _ in total..nlp {
        act.stack.push(None);
    }
    // The caller resumes after the CALL (written here, where the caller is
    // still the last record: no second index after the push).
    let caller = act.frame_mut();
    caller.pc = pc;
    caller.lasti = lasti;
    // SAFETY: straight into a frame with `code_borrowed` that holds
    // `func` (moved from the callable slot), whose code this is
    // (`borrowed_code`).
    act.push_call_frame(unsafe { borrowed_code(code_v) }, func, fpos, nlp);
    Some(Ok((code_p, fpos)))
}

/// If `func` is a Python function that can take `nargs` positional
/// arguments with no binding work, its code's `localsplusnames.len()`.
#[inline]
pub fn simple_call_nlocalsplus(func: &Value, nargs: usize) -> Option<usize> {
    let f = func.downcast::<PyFunction>()?;
    let code = f.code.downcast::<CodeObject>().expect("code");
    if nargs == code.argcount as usize
        && code.kwonlyargcount == 0
        && code.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
    {
        Some(code.localsplusnames.len())
    } else {
        None
    }
}

/// Can `func` (a Python function) take `nargs` positional arguments with
/// no binding work?
#[inline]
pub fn is_simple_call(func: &Value, nargs: usize) -> bool {
    simple_call_nlocalsplus(func, nargs).is_some()
}
