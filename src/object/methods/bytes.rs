//! Design: DESIGN.md#builtins
//!
//! `bytes` methods.

#![forbid(unsafe_code)]

use super::{classmethod, method};
use crate::builtins::args::{self, Params};
use crate::error::PyResult;
use crate::object::bytes as b;
use crate::object::methods::str::fill;
use crate::object::typeobj::MethodDef;
use crate::object::Value;
use crate::posonly_method;

posonly_method!(find, "bytes.find", b::find);
posonly_method!(rfind, "bytes.rfind", b::rfind);
posonly_method!(index, "bytes.index", b::index);
posonly_method!(rindex, "bytes.rindex", b::rindex);
posonly_method!(count, "bytes.count", b::count);
posonly_method!(startswith, "bytes.startswith", b::startswith);
posonly_method!(endswith, "bytes.endswith", b::endswith);
posonly_method!(partition, "bytes.partition", b::partition);
posonly_method!(rpartition, "bytes.rpartition", b::rpartition);
posonly_method!(strip, "bytes.strip", b::strip);
posonly_method!(lstrip, "bytes.lstrip", b::lstrip);
posonly_method!(rstrip, "bytes.rstrip", b::rstrip);
posonly_method!(replace, "bytes.replace", b::replace);
posonly_method!(center, "bytes.center", b::center);
posonly_method!(ljust, "bytes.ljust", b::ljust);
posonly_method!(rjust, "bytes.rjust", b::rjust);
posonly_method!(zfill, "bytes.zfill", b::zfill);
posonly_method!(upper, "bytes.upper", b::upper, noargs);
posonly_method!(lower, "bytes.lower", b::lower, noargs);
posonly_method!(swapcase, "bytes.swapcase", b::swapcase, noargs);
posonly_method!(capitalize, "bytes.capitalize", b::capitalize, noargs);
posonly_method!(title, "bytes.title", b::title, noargs);
posonly_method!(isdigit, "bytes.isdigit", b::isdigit, noargs);
posonly_method!(isalpha, "bytes.isalpha", b::isalpha, noargs);
posonly_method!(isalnum, "bytes.isalnum", b::isalnum, noargs);
posonly_method!(isspace, "bytes.isspace", b::isspace, noargs);
posonly_method!(isascii, "bytes.isascii", b::isascii, noargs);
posonly_method!(islower, "bytes.islower", b::islower, noargs);
posonly_method!(isupper, "bytes.isupper", b::isupper, noargs);

/// `bytes.join(iterable)`: bytearray and memoryview items are accepted.
fn join(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = args::exactly_one("bytes.join", a, kw)?;
    let items = crate::object::str::join_items(it)?;
    let items: Vec<Value> = items
        .into_iter()
        .map(|x| {
            if b::is_bytes(x.borrow().as_value()) {
                x
            } else {
                match crate::builtins::ctors::buffer_bytes(&x) {
                    Some(bs) => b::from_vec(bs),
                    None => x,
                }
            }
        })
        .collect();
    b::join(v, &[crate::object::list::new_list(items)])
}

fn split(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "split", names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    Ok(crate::object::list::new_list(b::split(v, &fill(&r))?))
}
fn rsplit(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "rsplit", names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    Ok(crate::object::list::new_list(b::rsplit(v, &fill(&r))?))
}
fn splitlines(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "splitlines", names: &["keepends"], posonly: 0, maxpos: 1, required: 0 };
    let r = args::parse::<1>(p, a, kw)?;
    Ok(crate::object::list::new_list(b::splitlines(v, &fill(&r))?))
}
fn decode(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "decode", names: &["encoding", "errors"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    let mut x = fill(&r);
    if x.len() == 2 && r[0].is_none() {
        x[0] = crate::object::str::new_str("utf-8");
    }
    if let Some(w) = r[0].and_then(crate::object::str::as_str).and_then(|e| crate::builtins::codecs::Wide::lookup(&e)) {
        let errors = match r[1] {
            Some(e) => args::str_arg("decode", "argument 'errors'", e)?,
            None => "strict".to_string(),
        };
        return crate::builtins::codecs::decode(b::as_bytes(v).unwrap_or(&[]), w, &errors);
    }
    b::decode(v, &x)
}
fn hex(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "hex", names: &["sep", "bytes_per_sep"], posonly: 0, maxpos: 2, required: 0 };
    let r = args::parse::<2>(p, a, kw)?;
    let mut x = fill(&r);
    if x.len() == 2 && r[0].is_none() {
        x.truncate(0);
    }
    b::hex(v, &x)
}
fn fromhex(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("bytes.fromhex", kw)?;
    b::fromhex(a)
}
fn removeprefix(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let pre = args::exactly_one("bytes.removeprefix", a, kw)?;
    let (x, p) = (b::as_bytes(v).unwrap_or(&[]), bytes_like(pre)?);
    Ok(b::new_bytes(x.strip_prefix(&p[..]).unwrap_or(x)))
}
fn removesuffix(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let suf = args::exactly_one("bytes.removesuffix", a, kw)?;
    let (x, p) = (b::as_bytes(v).unwrap_or(&[]), bytes_like(suf)?);
    Ok(b::new_bytes(x.strip_suffix(&p[..]).unwrap_or(x)))
}
fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    match crate::builtins::ctors::buffer_bytes(v) {
        Some(x) => Ok(x),
        None => Err(crate::error::PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name
        ))),
    }
}
fn mod_(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("bytes.__mod__", a, kw)?;
    crate::builtins::fmt::bytes_percent(v, x)
}
fn getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("bytes.__getnewargs__", a, kw)?;
    Ok(crate::object::tuple::new_tuple(vec![b::new_bytes(b::as_bytes(v).unwrap_or(&[]))]))
}

pub static BYTES_METHODS: &[MethodDef] = &[
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
    method("replace", replace),
    method("center", center),
    method("ljust", ljust),
    method("rjust", rjust),
    method("zfill", zfill),
    method("upper", upper),
    method("lower", lower),
    method("swapcase", swapcase),
    method("capitalize", capitalize),
    method("title", title),
    method("isdigit", isdigit),
    method("isalpha", isalpha),
    method("isalnum", isalnum),
    method("isspace", isspace),
    method("isascii", isascii),
    method("islower", islower),
    method("isupper", isupper),
    method("split", split),
    method("rsplit", rsplit),
    method("splitlines", splitlines),
    method("decode", decode),
    method("hex", hex),
    classmethod("fromhex", fromhex),
    method("removeprefix", removeprefix),
    method("removesuffix", removesuffix),
    method("__mod__", mod_),
    method("__getnewargs__", getnewargs),
];
