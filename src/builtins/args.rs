//! Design: DESIGN.md#builtins
//!
//! Argument parsing for native functions, with CPython 3.13's messages.
//! A `NativeFn` receives positional values then keyword values and the
//! keyword names as a tuple of str (vectorcall). [`parse`] binds them to a
//! parameter list as Argument Clinic's `_PyArg_UnpackKeywords` does; the
//! small checks (`no_kw`, `check_count`, `exactly_one`) cover the
//! `METH_O` / `METH_VARARGS` styles.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::Value;

/// The keyword names of a call (empty when `kwnames` is None).
pub fn kw_names(kwnames: Option<&Value>) -> Vec<String> {
    match kwnames.and_then(crate::object::tuple::items) {
        Some(items) => items.iter().map(crate::object::str::to_rust_string).collect(),
        None => Vec::new(),
    }
}

/// Number of keyword arguments.
pub fn nkw(kwnames: Option<&Value>) -> usize {
    kwnames.and_then(crate::object::tuple::items).map_or(0, |t| t.len())
}

/// Splits `args` into positional values and (name, value) keyword pairs.
pub fn split<'a>(args: &'a [Value], kwnames: Option<&Value>) -> (&'a [Value], Vec<(String, &'a Value)>) {
    let names = kw_names(kwnames);
    let npos = args.len() - names.len();
    let kws = names.into_iter().zip(args[npos..].iter()).collect();
    (&args[..npos], kws)
}

/// Positional arguments only (keywords ignored; use with `no_kw`).
pub fn positional<'a>(args: &'a [Value], kwnames: Option<&Value>) -> &'a [Value] {
    &args[..args.len() - nkw(kwnames)]
}

/// "list.append() takes no keyword arguments"
pub fn no_kw(qualname: &str, kwnames: Option<&Value>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    Ok(())
}

/// `METH_NOARGS`: "str.upper() takes no arguments (1 given)"
pub fn no_args(qualname: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    no_kw(qualname, kwnames)?;
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no arguments ({} given)", qualname, args.len())));
    }
    Ok(())
}

/// `METH_O`: "list.append() takes exactly one argument (2 given)"
pub fn exactly_one<'a>(qualname: &str, args: &'a [Value], kwnames: Option<&Value>) -> PyResult<&'a Value> {
    no_kw(qualname, kwnames)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualname,
            args.len()
        )));
    }
    Ok(&args[0])
}

/// `_PyArg_CheckPositional`: "divmod expected 2 arguments, got 1",
/// "getattr expected at least 2 arguments, got 1".
pub fn check_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(PyErr::type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at least " },
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at most " },
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// A parameter list in Argument Clinic's terms: `names` in order, the first
/// `posonly` positional-only, positions `>= maxpos` keyword-only, the first
/// `required` required.
#[derive(Clone, Copy)]
pub struct Params<'n> {
    pub fname: &'n str,
    pub names: &'n [&'n str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

#[allow(clippy::needless_range_loop)]
/// Binds `args`/`kwnames` to `N` parameters (`N == p.names.len()`);
/// unfilled optional parameters are `None`.
pub fn parse<'a, const N: usize>(p: Params<'_>, args: &'a [Value], kwnames: Option<&Value>) -> PyResult<[Option<&'a Value>; N]> {
    debug_assert_eq!(N, p.names.len());
    let mut out: [Option<&'a Value>; N] = [None; N];
    let (pos, kws) = split(args, kwnames);
    let nargs = pos.len();
    let nkw = kws.len();
    let f = p.fname;
    let maxargs = if nkw == 0 { p.maxpos.max(p.posonly) } else { N };
    if nkw > 0 && nargs + nkw > N {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            f,
            N,
            if nargs == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > p.maxpos {
        return Err(PyErr::type_error(if p.maxpos == 0 {
            format!("{}() takes no positional arguments", f)
        } else if nkw == 0 && maxargs == N {
            format!(
                "{}() takes at most {} argument{} ({} given)",
                f,
                p.maxpos,
                if p.maxpos == 1 { "" } else { "s" },
                nargs
            )
        } else {
            format!(
                "{}() takes {} {} positional argument{} ({} given)",
                f,
                if p.required.min(p.maxpos) < p.maxpos { "at most" } else { "exactly" },
                p.maxpos,
                if p.maxpos == 1 { "" } else { "s" },
                nargs
            )
        }));
    }
    let minposonly = p.required.min(p.posonly);
    if nargs < minposonly {
        return Err(PyErr::type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            f,
            if minposonly < p.maxpos { "at least" } else { "exactly" },
            minposonly,
            if minposonly == 1 { "" } else { "s" },
            nargs
        )));
    }
    for (slot, v) in out.iter_mut().zip(pos.iter()) {
        *slot = Some(v);
    }
    let mut used = vec![false; nkw];
    for i in p.posonly..N {
        let found = kws.iter().position(|(k, _)| k == p.names[i]);
        if let Some(j) = found {
            if i < nargs {
                return Err(PyErr::type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    f,
                    p.names[i],
                    i + 1
                )));
            }
            used[j] = true;
            out[i] = Some(kws[j].1);
        } else if i < p.required && i >= nargs {
            return Err(PyErr::type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                f,
                p.names[i],
                i + 1
            )));
        }
    }
    if let Some(j) = used.iter().position(|u| !u) {
        let k = &kws[j].0;
        return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", f, k)));
    }
    Ok(out)
}

/// A str argument as a Rust string, or "NAME() argument N must be str, not T".
pub fn str_arg(fname: &str, what: &str, v: &Value) -> PyResult<String> {
    match crate::object::str::as_str(v) {
        Some(s) => Ok(s.into_owned()),
        None => Err(PyErr::type_error(format!("{}() {} must be str, not {}", fname, what, v.ty().name))),
    }
}

/// An `__index__` argument as i64 ("'float' object cannot be interpreted as an integer").
pub fn int_arg(v: &Value) -> PyResult<i64> {
    crate::object::str::int_arg(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str::new_str;
    use crate::object::tuple::new_tuple;

    const SPLIT: Params = Params { fname: "split", names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };

    fn err<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn clinic_messages() {
        let i = |x| Value::from_i64(x);
        assert_eq!(err(parse::<2>(SPLIT, &[i(1), i(2), i(3)], None)), "TypeError: split() takes at most 2 arguments (3 given)");
        let kn = new_tuple(vec![new_str("x")]);
        assert_eq!(err(parse::<2>(SPLIT, &[i(1)], Some(&kn))), "TypeError: split() got an unexpected keyword argument 'x'");
        let kn = new_tuple(vec![new_str("maxsplit"), new_str("sep"), new_str("x")]);
        assert_eq!(
            err(parse::<2>(SPLIT, &[i(1), i(1), i(2)], Some(&kn))),
            "TypeError: split() takes at most 2 keyword arguments (3 given)"
        );
        let enc = Params { fname: "encode", names: &["encoding", "errors"], posonly: 0, maxpos: 2, required: 0 };
        let kn = new_tuple(vec![new_str("encoding")]);
        assert_eq!(
            err(parse::<2>(enc, &[new_str("utf-8"), new_str("x")], Some(&kn))),
            "TypeError: argument for encode() given by name ('encoding') and position (1)"
        );
        let fb = Params { fname: "from_bytes", names: &["bytes", "byteorder", "signed"], posonly: 0, maxpos: 2, required: 1 };
        assert_eq!(err(parse::<3>(fb, &[], None)), "TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
        let rep = Params { fname: "replace", names: &["old", "new", "count"], posonly: 2, maxpos: 3, required: 2 };
        assert_eq!(err(parse::<3>(rep, &[i(1)], None)), "TypeError: replace() takes at least 2 positional arguments (1 given)");
        let sort = Params { fname: "sort", names: &["key", "reverse"], posonly: 0, maxpos: 0, required: 0 };
        assert_eq!(err(parse::<2>(sort, &[i(1)], None)), "TypeError: sort() takes no positional arguments");
        let vals = [i(1), i(2)];
        let ok = parse::<2>(SPLIT, &vals, Some(&new_tuple(vec![new_str("maxsplit")]))).unwrap();
        assert_eq!(ok[0].unwrap().as_small_int(), Some(1));
        assert_eq!(ok[1].unwrap().as_small_int(), Some(2));
        assert_eq!(err(check_count("divmod", &[i(1)], 2, 2)), "TypeError: divmod expected 2 arguments, got 1");
        assert_eq!(err(check_count("max", &[], 1, usize::MAX)), "TypeError: max expected at least 1 argument, got 0");
    }
}
