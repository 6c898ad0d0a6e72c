//! Design: DESIGN.md#builtins
//!
//! `str` methods.

#![forbid(unsafe_code)]

use super::{method, staticmethod};
use crate::builtins::args::{self, Params};
use crate::error::{PyErr, PyResult};
use crate::object::str as s;
use crate::object::typeobj::MethodDef;
use crate::object::Value;
use crate::posonly_method;

posonly_method!(find, "str.find", s::find);
posonly_method!(rfind, "str.rfind", s::rfind);
posonly_method!(index, "str.index", s::index);
posonly_method!(rindex, "str.rindex", s::rindex);
posonly_method!(count, "str.count", s::count);
posonly_method!(startswith, "str.startswith", s::startswith);
posonly_method!(endswith, "str.endswith", s::endswith);
posonly_method!(join, "str.join", s::join);
posonly_method!(partition, "str.partition", s::partition);
posonly_method!(rpartition, "str.rpartition", s::rpartition);
posonly_method!(strip, "str.strip", s::strip);
posonly_method!(lstrip, "str.lstrip", s::lstrip);
posonly_method!(rstrip, "str.rstrip", s::rstrip);
posonly_method!(center, "str.center", s::center);
posonly_method!(ljust, "str.ljust", s::ljust);
posonly_method!(rjust, "str.rjust", s::rjust);
posonly_method!(zfill, "str.zfill", s::zfill);
posonly_method!(upper, "str.upper", s::upper, noargs);
posonly_method!(lower, "str.lower", s::lower, noargs);
posonly_method!(casefold, "str.casefold", s::casefold, noargs);
posonly_method!(swapcase, "str.swapcase", s::swapcase, noargs);
posonly_method!(capitalize, "str.capitalize", s::capitalize, noargs);
posonly_method!(title, "str.title", s::title, noargs);
posonly_method!(isdigit, "str.isdigit", s::isdigit, noargs);
posonly_method!(isdecimal, "str.isdecimal", s::isdecimal, noargs);
posonly_method!(isnumeric, "str.isnumeric", s::isnumeric, noargs);
posonly_method!(isalpha, "str.isalpha", s::isalpha, noargs);
posonly_method!(isalnum, "str.isalnum", s::isalnum, noargs);
posonly_method!(isspace, "str.isspace", s::isspace, noargs);
posonly_method!(isascii, "str.isascii", s::isascii, noargs);
posonly_method!(isprintable, "str.isprintable", s::isprintable, noargs);
posonly_method!(isidentifier, "str.isidentifier", s::isidentifier, noargs);
posonly_method!(islower, "str.islower", s::islower, noargs);
posonly_method!(isupper, "str.isupper", s::isupper, noargs);
posonly_method!(istitle, "str.istitle", s::istitle, noargs);

/// Fills trailing optional parameters with None so the positional Rust fn
/// sees a keyword-given later argument at its place.
pub(crate) fn fill(vals: &[Option<&Value>]) -> Vec<Value> {
    let last = vals.iter().rposition(|v| v.is_some()).map_or(0, |i| i + 1);
    vals[..last].iter().map(|v| v.cloned().unwrap_or_else(Value::none)).collect()
}

fn split(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "split", names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    let mut x = fill(&r);
    if x.len() == 2 && r[0].is_none() {
        x[0] = Value::none();
    }
    Ok(crate::object::list::new_list(s::split(v, &x)?))
}

fn rsplit(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "rsplit", names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    Ok(crate::object::list::new_list(s::rsplit(v, &fill(&r))?))
}

fn splitlines(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "splitlines", names: &["keepends"], posonly: 0, maxpos: 1, required: 0 };
    let r = args::parse::<1>(p, a, kw)?;
    Ok(crate::object::list::new_list(s::splitlines(v, &fill(&r))?))
}

fn encode(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    // `s.encode()` of an ASCII str: its bytes as they are.
    if a.is_empty() && kw.is_none() {
        if let Some(crate::object::str::StrData::Ascii(t)) = s::as_pystr(v).map(|p| p.data()) {
            return Ok(crate::object::bytes::new_bytes(t.as_bytes()));
        }
    }
    let p = Params { fname: "encode", names: &["encoding", "errors"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    let mut x = fill(&r);
    if x.len() == 2 && r[0].is_none() {
        x[0] = s::new_str("utf-8");
    }
    if let Some(w) = r[0].and_then(s::as_str).and_then(|e| crate::builtins::codecs::Wide::lookup(&e)) {
        let errors = match r[1] {
            Some(e) => args::str_arg("encode", "argument 'errors'", e)?,
            None => "strict".to_string(),
        };
        return crate::builtins::codecs::encode(v, w, &errors);
    }
    s::encode(v, &x)
}

fn expandtabs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "expandtabs", names: &["tabsize"], posonly: 0, maxpos: 1, required: 0 };
    let r = args::parse::<1>(p, a, kw)?;
    s::expandtabs(v, &fill(&r))
}

fn replace(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "replace", names: &["old", "new", "count"], posonly: 2, maxpos: 3, required: 2 };
    let r = args::parse::<3>(p, a, kw)?;
    s::replace(v, &fill(&r))
}

fn removeprefix(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let pre = args::exactly_one("str.removeprefix", a, kw)?;
    let p = s::as_pystr(pre).ok_or_else(|| {
        PyErr::type_error(format!("removeprefix() argument must be str, not {}", pre.ty().name))
    })?;
    let n = p.len();
    if s::startswith(v, std::slice::from_ref(pre))?.is_true_obj() && n > 0 {
        return Ok(s::substr(v, n, s::char_len(v).unwrap_or(0)));
    }
    Ok(s::substr(v, 0, s::char_len(v).unwrap_or(0)))
}

fn removesuffix(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let suf = args::exactly_one("str.removesuffix", a, kw)?;
    let p = s::as_pystr(suf).ok_or_else(|| {
        PyErr::type_error(format!("removesuffix() argument must be str, not {}", suf.ty().name))
    })?;
    let n = p.len();
    let len = s::char_len(v).unwrap_or(0);
    if s::endswith(v, std::slice::from_ref(suf))?.is_true_obj() && n > 0 {
        return Ok(s::substr(v, 0, len - n));
    }
    Ok(s::substr(v, 0, len))
}

/// `str.maketrans(x[, y[, z]])`
fn maketrans(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("str.maketrans", kw)?;
    args::check_count("maketrans", a, 1, 3)?;
    let d = crate::object::dict::new_dict();
    if a.len() == 1 {
        let Some(core) = crate::object::dict::core(&a[0]) else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, val) in core.items() {
            if let Some(ks) = s::as_pystr(&k) {
                if ks.len() != 1 {
                    return Err(PyErr::value_error("string keys in translate table must be of length 1"));
                }
                crate::object::dict::dict_set(&d, Value::from_i64(ks.char_at(0) as i64), val)?;
            } else if crate::object::int::is_int(&k) {
                crate::object::dict::dict_set(&d, k, val)?;
            } else {
                return Err(PyErr::type_error("keys in translate table must be strings or integers"));
            }
        }
        return Ok(d);
    }
    let x = s::as_pystr(&a[0]).ok_or_else(|| PyErr::type_error(format!("maketrans() argument 1 must be str, not {}", a[0].ty().name)))?;
    let y = s::as_pystr(&a[1]).ok_or_else(|| PyErr::type_error(format!("maketrans() argument 2 must be str, not {}", a[1].ty().name)))?;
    if x.len() != y.len() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for i in 0..x.len() {
        crate::object::dict::dict_set(&d, Value::from_i64(x.char_at(i) as i64), Value::from_i64(y.char_at(i) as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = s::as_pystr(z).ok_or_else(|| PyErr::type_error(format!("maketrans() argument 3 must be str, not {}", z.ty().name)))?;
        for i in 0..z.len() {
            crate::object::dict::dict_set(&d, Value::from_i64(z.char_at(i) as i64), Value::none())?;
        }
    }
    Ok(d)
}

fn translate(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let table = args::exactly_one("str.translate", a, kw)?;
    let p = s::as_pystr(v).expect("str method on str");
    let mut out: Vec<u32> = Vec::with_capacity(p.len());
    for i in 0..p.len() {
        let c = p.char_at(i);
        match crate::object::ops::getitem(table, &Value::from_i64(c as i64)) {
            Ok(r) => {
                if r.is_none() {
                    continue;
                }
                if let Some(n) = crate::object::int::to_i64(&r) {
                    if !(0..=0x10FFFF).contains(&n) {
                        return Err(PyErr::value_error("character mapping must be in range(0x110000)"));
                    }
                    out.push(n as u32);
                } else if let Some(rs) = s::as_pystr(&r) {
                    out.extend(rs.view().iter());
                } else {
                    return Err(PyErr::type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.is(crate::error::ExcKind::LookupError) || e.is(crate::error::ExcKind::KeyError) || e.is(crate::error::ExcKind::IndexError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(s::from_code_points(&out))
}

fn format(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = args::split(a, kw);
    let kwd = crate::object::dict::new_dict();
    for (k, x) in kws {
        crate::object::dict::dict_set(&kwd, s::new_str(&k), x.clone())?;
    }
    let fmt = s::to_rust_string(v);
    Ok(s::new_str(&crate::builtins::fmt::str_format(&fmt, pos, Some(&kwd))?))
}

fn format_map(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let m = args::exactly_one("str.format_map", a, kw)?;
    let fmt = s::to_rust_string(v);
    Ok(s::new_str(&crate::builtins::fmt::str_format(&fmt, &[], Some(m))?))
}

fn dunder_format(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let spec = args::exactly_one("str.__format__", a, kw)?;
    let spec = args::str_arg("__format__", "argument", spec)?;
    if spec.is_empty() {
        return crate::object::ops::str(v);
    }
    Ok(s::new_str(&crate::builtins::fmt::format_str(&s::to_rust_string(v), &spec, v.ty().name)?))
}

fn getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("str.__getnewargs__", a, kw)?;
    let p = s::as_pystr(v).expect("str");
    Ok(crate::object::tuple::new_tuple(vec![s::substr(v, 0, p.len())]))
}

fn sizeof(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("str.__sizeof__", a, kw)?;
    let p = s::as_pystr(v).expect("str");
    let n = p.len() as i64;
    // CPython 3.13's compact layouts: ASCII 40-byte header, others 56.
    Ok(Value::from_i64(match p.data() {
        s::StrData::Ascii(_) => 41 + n,
        s::StrData::Latin1(_) => 57 + n,
        s::StrData::Ucs2(_) => 56 + 2 * (n + 1),
        s::StrData::Ucs4(_) => 56 + 4 * (n + 1),
    }))
}

fn mod_(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("str.__mod__", a, kw)?;
    crate::builtins::fmt::str_percent(v, x)
}

pub static STR_METHODS: &[MethodDef] = &[
    method("find", find),
    method("rfind", rfind),
    method("index", index),
    method("rindex", rindex),
    method("count", count),
    method("startswith", startswith),
    method("endswith", endswith),
    method("join", join),
    method("partition", partition),
    method("rpartition", rpartition),
    method("strip", strip),
    method("lstrip", lstrip),
    method("rstrip", rstrip),
    method("center", center),
    method("ljust", ljust),
    method("rjust", rjust),
    method("zfill", zfill),
    method("upper", upper),
    method("lower", lower),
    method("casefold", casefold),
    method("swapcase", swapcase),
    method("capitalize", capitalize),
    method("title", title),
    method("isdigit", isdigit),
    method("isdecimal", isdecimal),
    method("isnumeric", isnumeric),
    method("isalpha", isalpha),
    method("isalnum", isalnum),
    method("isspace", isspace),
    method("isascii", isascii),
    method("isprintable", isprintable),
    method("isidentifier", isidentifier),
    method("islower", islower),
    method("isupper", isupper),
    method("istitle", istitle),
    method("split", split),
    method("rsplit", rsplit),
    method("splitlines", splitlines),
    method("encode", encode),
    method("expandtabs", expandtabs),
    method("replace", replace),
    method("removeprefix", removeprefix),
    method("removesuffix", removesuffix),
    staticmethod("maketrans", maketrans),
    method("translate", translate),
    method("format", format),
    method("format_map", format_map),
    method("__format__", dunder_format),
    method("__getnewargs__", getnewargs),
    method("__sizeof__", sizeof),
    method("__mod__", mod_),
];
