//! Design: DESIGN.md#modules
//!
//! A native subset of the `traceback` module over `object::exc`'s
//! printer: `format_exc`, `print_exc`, `format_exception`,
//! `print_exception`, `format_exception_only`. Lists are one string per
//! printed line (CPython groups some lines per string; `''.join(...)` is
//! identical).

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::typeobj::{MethodDef, MethodKind};
use crate::object::{exc, list, ops, str as pystr, tuple, Value};

fn lines(text: &str) -> Value {
    list::new_list(text.split_inclusive('\n').map(pystr::new_str).collect())
}

/// The exception argument of `format_exception(exc)` / the 3-argument
/// legacy form `(type, value, tb)`.
fn exc_arg(name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let v = match args.len() {
        0 => return Err(PyErr::type_error(format!("{}() missing required argument 'exc' (pos 1)", name))),
        1 => &args[0],
        _ => &args[1],
    };
    if v.is_none() {
        return Ok(None);
    }
    if !exc::is_exception(v) {
        return Err(PyErr::type_error(format!(
            "Exception expected for value, {} found",
            v.ty().name
        )));
    }
    Ok(Some(v.clone()))
}

fn positional<'a>(args: &'a [Value], kwnames: Option<&Value>) -> &'a [Value] {
    let nk = kwnames.and_then(tuple::items).map(|k| k.len()).unwrap_or(0);
    &args[..args.len() - nk]
}

fn text_of(e: Option<&Value>) -> String {
    match e {
        Some(e) => exc::format_exception(e),
        None => "NoneType: None\n".to_string(),
    }
}

fn tb_format_exc(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(&text_of(crate::vm::eval::current_exception().as_ref())))
}

fn tb_print_exc(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    crate::modules::sys::write_std(2, &text_of(crate::vm::eval::current_exception().as_ref()), true);
    Ok(Value::none())
}

fn tb_format_exception(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let e = exc_arg("format_exception", positional(a, k))?;
    Ok(lines(&text_of(e.as_ref())))
}

fn tb_print_exception(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let e = exc_arg("print_exception", positional(a, k))?;
    let text = text_of(e.as_ref());
    // `file=` keyword: write there; default stderr.
    let names: Vec<String> =
        k.and_then(tuple::items).map(|n| n.iter().map(pystr::to_rust_string).collect()).unwrap_or_default();
    let np = a.len() - names.len();
    if let Some(i) = names.iter().position(|n| n == "file") {
        let f = &a[np + i];
        if !f.is_none() {
            let w = ops::getattr(f, &pystr::intern("write"))?;
            ops::call(&w, &[pystr::new_str(&text)], None)?;
            return Ok(Value::none());
        }
    }
    crate::modules::sys::write_std(2, &text, true);
    Ok(Value::none())
}

fn tb_format_exception_only(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let e = exc_arg("format_exception_only", positional(a, k))?;
    Ok(match e {
        Some(e) => lines(&exc::format_exception_only(&e)),
        None => lines("NoneType: None\n"),
    })
}

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef { name: $name, func: $f, kind: MethodKind::StaticMethod, doc: "" }),*]
    };
}

pub static TRACEBACK_METHODS: &[MethodDef] = defs![
    "format_exc" => tb_format_exc,
    "print_exc" => tb_print_exc,
    "format_exception" => tb_format_exception,
    "print_exception" => tb_print_exception,
    "format_exception_only" => tb_format_exception_only,
];

/// A new `traceback` module.
pub fn make_traceback_module() -> Value {
    let m = crate::object::module::new_module("traceback");
    crate::object::module::add_functions(&m, TRACEBACK_METHODS);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_lists() {
        let e = PyErr::key_error(pystr::new_str("k")).value();
        let r = tb_format_exception(&Value::none(), &[e.clone()], None).unwrap();
        assert_eq!(ops::repr_string(&r).unwrap(), "[\"KeyError: 'k'\\n\"]");
        let r = tb_format_exception_only(&Value::none(), &[e], None).unwrap();
        assert_eq!(ops::repr_string(&r).unwrap(), "[\"KeyError: 'k'\\n\"]");
        let err = tb_format_exception(&Value::none(), &[Value::from_i64(1)], None).unwrap_err();
        assert_eq!(err.msg, "Exception expected for value, int found");
    }
}
