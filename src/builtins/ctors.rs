//! Design: DESIGN.md#builtins
//!
//! Constructors (`new` slots) of the builtin types, with CPython 3.13's
//! argument handling, and instance allocation for subclasses.
//!
//! Subclass instantiation: `alloc_instance(cls, base, payload)` allocates
//! the base payload with `cls` in the header (a heap subtype keeps its
//! builtin base's payload first, DESIGN.md#types); the type system may
//! register a hook (`set_subtype_hook`) that finishes such instances (e.g.
//! attaches their `__dict__`). Without a hook, a `cls` whose instances do not
//! share the base's layout raises TypeError.

#![forbid(unsafe_code)]

use crate::builtins::args::{self, Params};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, Value};
use crate::object::typeobj::PyType;
use crate::object::{bytes, complex, dict, float, int, list, ops, range, set, slice, str as pystr, tuple};

/// A `Value` for a static type object.
pub fn type_value(t: &'static PyType) -> Value {
    Value::from_header_borrowed(&t.head).to_owned()
}

/// Allocates an instance of `cls` (exactly `base` or a subtype of it) with
/// `base`'s payload; subclass instances get the type system's extended
/// layout (`class::alloc_instance`).
pub fn alloc_instance<T: crate::object::PyPayload>(cls: &Value, base: &'static PyType, payload: T) -> PyResult<Value> {
    let Some(t) = cls.as_type() else {
        return Err(PyErr::type_error(format!("{}.__new__(X): X is not a type object", base.name)));
    };
    if core::ptr::eq(t, base) {
        return Ok(PyObject::alloc(base, payload));
    }
    if !t.is_subtype(base) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            base.name, t.name, t.name, base.name
        )));
    }
    Ok(crate::object::class::alloc_instance(t, payload))
}

/// Makes the builtins' own subclassable types known to the type system.
pub fn register_layouts() {
    use crate::object::class::{layout_of, register_base_layout};
    register_base_layout(&crate::object::bytearray::BYTEARRAY_TYPE, layout_of::<crate::object::bytearray::PyByteArray>());
}

/// Is `cls` exactly `t`?
fn is_exact(cls: &Value, t: &PyType) -> bool {
    cls.as_type().is_some_and(|c| core::ptr::eq(c, t))
}

/// Re-allocates an exact builtin value `v` (of type `base`) for a subtype
/// `cls`; `v` itself when `cls` is `base`.
fn for_cls<T: PyPayloadClone + crate::object::PyPayload>(cls: &Value, base: &'static PyType, v: Value) -> PyResult<Value> {
    if is_exact(cls, base) {
        return Ok(v);
    }
    let payload = T::clone_payload(&v);
    alloc_instance(cls, base, payload)
}

/// Builds a fresh payload equal to an exact builtin value's (for subtypes).
pub trait PyPayloadClone: Send + Sync + Sized + 'static {
    fn clone_payload(v: &Value) -> Self;
}

impl PyPayloadClone for int::PyInt {
    fn clone_payload(v: &Value) -> Self {
        int::PyInt(int::to_bigint(v).expect("int"))
    }
}
impl PyPayloadClone for float::PyFloat {
    fn clone_payload(v: &Value) -> Self {
        float::PyFloat(float::to_f64(v).expect("float"))
    }
}
impl PyPayloadClone for complex::PyComplex {
    fn clone_payload(v: &Value) -> Self {
        let (re, im) = complex::as_complex(v).expect("complex");
        complex::PyComplex { re, im }
    }
}
impl PyPayloadClone for tuple::PyTuple {
    fn clone_payload(v: &Value) -> Self {
        tuple::PyTuple { items: tuple::items(v).unwrap_or(&[]).to_vec().into_boxed_slice() }
    }
}

/// The bytes of a bytes-like object (bytes, bytearray), if `v` is one.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Some(b.to_vec());
    }
    if let Some(b) = crate::object::bytearray::as_vec(v) {
        return Some(b);
    }
    if v.downcast::<crate::builtins::memview::MemoryView>().is_some() {
        return crate::builtins::memview::view_bytes(v).ok();
    }
    None
}

/// An int in range(256) (`bytes([x])` items).
pub fn byte_value(x: &Value) -> PyResult<u8> {
    let i = crate::object::str::int_arg(x)?;
    if !(0..256).contains(&i) {
        return Err(PyErr::value_error("bytes must be in range(0, 256)"));
    }
    Ok(i as u8)
}

// ---- int -------------------------------------------------------------------------

/// `int(x)` for one argument (CPython's `PyNumber_Long`).
pub fn number_long(x: &Value) -> PyResult<Value> {
    // A subclass's `__int__`/`__index__` (its own or its builtin base's)
    // decides before the payload does, as CPython calls `nb_int` first: a
    // float subclass with `__int__` gives that, a str subclass with none
    // is parsed.
    if x.ty().is_heap() {
        let n = &x.ty().slots.number;
        if let Some(f) = n.int {
            return check_int_result(f(x)?, "__int__");
        }
        if let Some(f) = n.index {
            return check_int_result(f(x)?, "__index__");
        }
    }
    if int::int_ref(x).is_some() {
        return Ok(match int::to_bigint(x) {
            // int subclasses and bool give an exact int (CPython's PyNumber_Long)
            Some(b) if !x.is_small_int() && !std::ptr::eq(x.ty(), &int::INT_TYPE) => Value::from_bigint(b),
            _ => x.clone(),
        });
    }
    if let Some(f) = float::as_float(x) {
        return float::float_to_int(f);
    }
    if let Some(s) = pystr::as_str(x) {
        return int::parse_int(&s, 10);
    }
    if let Some(b) = buffer_bytes(x) {
        return parse_int_bytes(&b, 10);
    }
    let n = &x.ty().slots.number;
    if let Some(f) = n.int {
        return check_int_result(f(x)?, "__int__");
    }
    if let Some(f) = n.index {
        return check_int_result(f(x)?, "__index__");
    }
    for (name, what) in [("__int__", "__int__"), ("__index__", "__index__"), ("__trunc__", "__trunc__")] {
        if let Some(m) = crate::builtins::lookup_special(x, name)? {
            let r = ops::call(&m, &[], None)?;
            if what == "__trunc__" && int::int_ref(&r).is_none() {
                return ops::index(&r).map_err(|_| {
                    PyErr::type_error(format!("__trunc__ returned non-Integral (type {})", r.ty().name))
                });
            }
            return check_int_result(r, what);
        }
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().name
    )))
}

fn check_int_result(r: Value, what: &str) -> PyResult<Value> {
    if int::int_ref(&r).is_none() {
        return Err(PyErr::type_error(format!("{} returned non-int (type {})", what, r.ty().name)));
    }
    Ok(match int::to_bigint(&r) {
        Some(b) if !r.is_small_int() => Value::from_bigint(b),
        _ => r,
    })
}

fn parse_int_bytes(b: &[u8], base: u32) -> PyResult<Value> {
    let s: String = b.iter().map(|&c| c as char).collect();
    int::parse_int(&s, base).map_err(|e| {
        if e.is(ExcKind::ValueError) && e.msg.starts_with("invalid literal") {
            PyErr::value_error(format!("invalid literal for int() with base {}: {}", base, bytes::repr_text(b)))
        } else {
            e
        }
    })
}

pub fn int_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "int", names: &["x", "base"], posonly: 1, maxpos: 2, required: 0 };
    if args::nkw(kw) == 0 && a.len() > 2 {
        return Err(PyErr::type_error(format!("int expected at most 2 arguments, got {}", a.len())));
    }
    let [x, base] = args::parse::<2>(p, a, kw)?;
    let r = match (x, base) {
        (None, None) => Value::from_i64(0),
        (None, Some(_)) => return Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => number_long(x)?,
        (Some(x), Some(b)) => {
            let b = args::int_arg(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if let Some(s) = pystr::as_str(x) {
                int::parse_int(&s, b as u32)?
            } else if let Some(bs) = buffer_bytes(x) {
                parse_int_bytes(&bs, b as u32)?
            } else {
                return Err(PyErr::type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    for_cls::<int::PyInt>(cls, &int::INT_TYPE, r)
}

pub fn bool_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("bool", kw)?;
    args::check_count("bool", a, 0, 1)?;
    Ok(Value::bool(match a.first() {
        Some(x) => ops::is_true(x)?,
        None => false,
    }))
}

// ---- float / complex ---------------------------------------------------------------

/// `float(x)` for one argument (CPython's `PyNumber_Float`).
pub fn number_float(x: &Value) -> PyResult<f64> {
    if let Some(f) = float::to_f64(x) {
        return Ok(f);
    }
    if int::int_ref(x).is_some() {
        return int::int_to_f64(x);
    }
    if let Some(s) = pystr::as_str(x) {
        return float::parse_float(&s);
    }
    if let Some(b) = buffer_bytes(x) {
        let s: String = b.iter().map(|&c| c as char).collect();
        return float::parse_float(&s).map_err(|_| {
            PyErr::value_error(format!("could not convert string to float: {}", bytes::repr_text(&b)))
        });
    }
    let n = &x.ty().slots.number;
    if let Some(f) = n.float {
        let r = f(x)?;
        return float::to_f64(&r)
            .ok_or_else(|| PyErr::type_error(format!("{}.__float__ returned non-float (type {})", x.ty().name, r.ty().name)));
    }
    if let Some(f) = n.index {
        return int::int_to_f64(&f(x)?);
    }
    if let Some(m) = crate::builtins::lookup_special(x, "__float__")? {
        let r = ops::call(&m, &[], None)?;
        return float::to_f64(&r)
            .ok_or_else(|| PyErr::type_error(format!("{}.__float__ returned non-float (type {})", x.ty().name, r.ty().name)));
    }
    if let Some(m) = crate::builtins::lookup_special(x, "__index__")? {
        return int::int_to_f64(&ops::call(&m, &[], None)?);
    }
    Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", x.ty().name)))
}

pub fn float_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &float::FLOAT_TYPE) {
        args::no_kw("float", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("float", a, 0, 1)?;
    let r = match a.first() {
        Some(x) => Value::from_f64(number_float(x)?),
        None => Value::from_f64(0.0),
    };
    for_cls::<float::PyFloat>(cls, &float::FLOAT_TYPE, r)
}

/// Parses `complex("...")`.
pub fn parse_complex(s: &str) -> PyResult<(f64, f64)> {
    let bad = || PyErr::value_error("complex() arg is a malformed string");
    let mut t = s.trim_matches(int::py_isspace);
    if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t = t[1..t.len() - 1].trim_matches(int::py_isspace);
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return Err(bad());
    }
    let num = |x: &str| -> PyResult<f64> {
        if x.is_empty() || x.starts_with(['(', ')']) {
            return Err(bad());
        }
        float::parse_float(x).map_err(|_| bad())
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign
        // not following an exponent marker and not at position 0.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag_part = |x: &str| -> PyResult<f64> {
            match x {
                "" | "+" => Ok(1.0),
                "-" => Ok(-1.0),
                _ => num(x),
            }
        };
        return match split {
            Some(i) => Ok((num(&body[..i])?, imag_part(&body[i..])?)),
            None => Ok((0.0, imag_part(body)?)),
        };
    }
    Ok((num(t)?, 0.0))
}

pub fn complex_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "complex", names: &["real", "imag"], posonly: 0, maxpos: 2, required: 0 };
    let [re, im] = args::parse::<2>(p, a, kw)?;
    let r = match (re, im) {
        (None, None) => complex::new_complex(0.0, 0.0),
        (Some(s), im) if pystr::is_str(s) => {
            if im.is_some() {
                return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
            }
            let (x, y) = parse_complex(&pystr::to_rust_string(s))?;
            complex::new_complex(x, y)
        }
        (None, Some(im)) => complex::complex_new(&Value::from_i64(0), Some(im))?,
        (Some(re), im) => {
            if complex::as_complex(re).is_none() && float::to_f64(re).is_none() && int::int_ref(re).is_none() {
                if let Some(m) = crate::builtins::lookup_special(re, "__complex__")? {
                    let c = ops::call(&m, &[], None)?;
                    return complex::complex_new(&c, im);
                }
                if let Ok(f) = number_float(re) {
                    return complex::complex_new(&Value::from_f64(f), im);
                }
            }
            complex::complex_new(re, im)?
        }
    };
    for_cls::<complex::PyComplex>(cls, &complex::COMPLEX_TYPE, r)
}

// ---- str / bytes -------------------------------------------------------------------

pub fn str_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "str", names: &["object", "encoding", "errors"], posonly: 0, maxpos: 3, required: 0 };
    let [obj, enc, errors] = args::parse::<3>(p, a, kw)?;
    let r = match (obj, enc.is_some() || errors.is_some()) {
        (None, _) => pystr::empty_str(),
        (Some(o), false) => ops::str(o)?,
        (Some(o), true) => {
            let Some(b) = buffer_bytes(o) else {
                return Err(PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.ty().name
                )));
            };
            let enc = match enc {
                Some(e) => args::str_arg("str", "argument 'encoding'", e)?,
                None => "utf-8".to_string(),
            };
            let errors = match errors {
                Some(e) => args::str_arg("str", "argument 'errors'", e)?,
                None => "strict".to_string(),
            };
            match crate::builtins::codecs::Wide::lookup(&enc) {
                Some(w) => crate::builtins::codecs::decode(&b, w, &errors)?,
                None => bytes::decode_bytes(&b, pystr::Codec::lookup(&enc)?, &errors)?,
            }
        }
    };
    if is_exact(cls, &pystr::STR_TYPE) {
        return Ok(r);
    }
    // Subclass: a fresh str payload with the same text.
    alloc_instance(cls, &pystr::STR_TYPE, pystr::payload_for_subclass(&pystr::to_rust_string(&r)))
}

/// The bytes `bytes(source, encoding, errors)` / `bytearray(...)` produce.
pub fn bytes_source(fname: &str, a: &[Value], kw: Option<&Value>) -> PyResult<Vec<u8>> {
    let p = Params { fname, names: &["source", "encoding", "errors"], posonly: 0, maxpos: 3, required: 0 };
    let [src, enc, errors] = args::parse::<3>(p, a, kw)?;
    let Some(src) = src else {
        if enc.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if pystr::is_str(src) {
        let Some(enc) = enc else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let mut x = vec![enc.clone()];
        if let Some(e) = errors {
            x.push(e.clone());
        }
        let wide = pystr::as_str(enc).and_then(|e| crate::builtins::codecs::Wide::lookup(&e));
        let b = match wide {
            Some(w) => {
                let errs = match errors {
                    Some(e) => args::str_arg(fname, "argument 'errors'", e)?,
                    None => "strict".to_string(),
                };
                crate::builtins::codecs::encode(src, w, &errs)?
            }
            None => pystr::encode(src, &x)?,
        };
        return Ok(bytes::as_bytes(&b).unwrap_or(&[]).to_vec());
    }
    if enc.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(b) = buffer_bytes(src) {
        return Ok(b);
    }
    if let Some(m) = crate::builtins::lookup_special(src, "__bytes__")? {
        let r = ops::call(&m, &[], None)?;
        return match bytes::as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name))),
        };
    }
    if int::int_ref(src).is_some() || src.ty().slots.number.index.is_some() {
        let n = ops::index(src)?;
        let n = int::to_i64(&n).ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let Ok(it) = ops::iter(src) else {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to {}", src.ty().name, fname)));
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(&it)? {
        out.push(byte_value(&x)?);
    }
    Ok(out)
}

pub fn bytes_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let b = bytes_source("bytes", a, kw)?;
    if is_exact(cls, &bytes::BYTES_TYPE) {
        return Ok(bytes::from_vec(b));
    }
    alloc_instance(cls, &bytes::BYTES_TYPE, bytes::payload_for_subclass(b))
}

// ---- containers --------------------------------------------------------------------

pub fn tuple_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &tuple::TUPLE_TYPE) {
        args::no_kw("tuple", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("tuple", a, 0, 1)?;
    let r = match a.first() {
        None => tuple::new_tuple(Vec::new()),
        Some(x) if tuple::items(x).is_some() && x.is_type(&tuple::TUPLE_TYPE) => x.clone(),
        Some(x) => tuple::new_tuple(ops::collect(x)?),
    };
    for_cls::<tuple::PyTuple>(cls, &tuple::TUPLE_TYPE, r)
}

/// `list.__new__`: an empty list (arguments are `__init__`'s).
pub fn list_new(cls: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &list::LIST_TYPE) {
        return Ok(list::new_list(Vec::new()));
    }
    alloc_instance(cls, &list::LIST_TYPE, list::empty_payload())
}

/// `list.__init__(iterable=(), /)`.
pub fn list_init(obj: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<()> {
    if obj.is_type(&list::LIST_TYPE) {
        args::no_kw("list", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("list", a, 0, 1)?;
    let items = match a.first() {
        None => Vec::new(),
        Some(x) => ops::collect(x)?,
    };
    list::clear(obj);
    for x in items {
        list::append(obj, x);
    }
    Ok(())
}

/// `dict.__new__`: an empty dict (arguments are `__init__`'s).
pub fn dict_new(cls: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &dict::DICT_TYPE) {
        return Ok(dict::new_dict());
    }
    alloc_instance(cls, &dict::DICT_TYPE, dict::PyDict { core: dict::DictCore::new() })
}

/// `dict.__init__(mapping_or_iterable=(), /, **kwargs)`.
pub fn dict_init(obj: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<()> {
    crate::object::methods::containers::update_from(obj, a, kw, "dict")
}

/// `set.__new__`: an empty set (arguments are `__init__`'s).
pub fn set_new(cls: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &set::SET_TYPE) {
        return set::new_set(Vec::new());
    }
    alloc_instance(cls, &set::SET_TYPE, set::empty_set_payload())
}

/// `set.__init__(iterable=(), /)`.
pub fn set_init(obj: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<()> {
    if obj.is_type(&set::SET_TYPE) {
        args::no_kw("set", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("set", a, 0, 1)?;
    let items = match a.first() {
        None => Vec::new(),
        Some(x) => ops::collect(x)?,
    };
    set::clear(obj)?;
    for x in items {
        set::add(obj, x)?;
    }
    Ok(())
}

pub fn frozenset_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if is_exact(cls, &set::FROZENSET_TYPE) {
        args::no_kw("frozenset", kw)?;
    }
    let a = args::positional(a, kw);
    args::check_count("frozenset", a, 0, 1)?;
    let items = match a.first() {
        None => Vec::new(),
        Some(x) if x.is_type(&set::FROZENSET_TYPE) && is_exact(cls, &set::FROZENSET_TYPE) => return Ok(x.clone()),
        Some(x) => ops::collect(x)?,
    };
    if is_exact(cls, &set::FROZENSET_TYPE) {
        return set::new_frozenset(items);
    }
    Err(PyErr::type_error(format!("cannot create '{}' instances: frozenset subclasses are not supported yet", cls.as_type().map_or("?", |t| t.name))))
}

pub fn range_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("range", kw)?;
    range::range_from_args(a)
}

pub fn slice_new(_cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("slice", kw)?;
    args::check_count("slice", a, 1, 3)?;
    let n = Value::none;
    Ok(match a.len() {
        1 => slice::new_slice(n(), a[0].clone(), n()),
        2 => slice::new_slice(a[0].clone(), a[1].clone(), n()),
        _ => slice::new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str::new_str;

    fn show(r: PyResult<Value>) -> String {
        match r {
            Ok(v) => ops::repr_string(&v).unwrap(),
            Err(e) => e.to_string(),
        }
    }
    fn ty(t: &'static PyType) -> Value {
        type_value(t)
    }

    /// Expected values from CPython 3.13.
    #[test]
    fn constructor_edges() {
        let int_t = ty(&int::INT_TYPE);
        assert_eq!(show(int_new(&int_t, &[new_str("  12  ")], None)), "12");
        assert_eq!(show(int_new(&int_t, &[new_str("0x10"), Value::from_i64(0)], None)), "16");
        assert_eq!(show(int_new(&int_t, &[list::new_list(vec![])], None)), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
        assert_eq!(show(int_new(&int_t, &[Value::from_i64(1), Value::from_i64(2)], None)), "TypeError: int() can't convert non-string with explicit base");
        assert_eq!(show(int_new(&int_t, &[bytes::new_bytes(b"x")], None)), "ValueError: invalid literal for int() with base 10: b'x'");
        let kn = tuple::new_tuple(vec![new_str("base")]);
        assert_eq!(show(int_new(&int_t, &[Value::from_i64(10)], Some(&kn))), "TypeError: int() missing string argument");
        let kn = tuple::new_tuple(vec![new_str("x")]);
        assert_eq!(show(int_new(&int_t, &[new_str("1")], Some(&kn))), "TypeError: int() got an unexpected keyword argument 'x'");
        assert_eq!(show(int_new(&int_t, &[Value::from_f64(-2.7)], None)), "-2");
        let float_t = ty(&float::FLOAT_TYPE);
        assert_eq!(show(float_new(&float_t, &[new_str("1e400")], None)), "inf");
        assert_eq!(show(float_new(&float_t, &[new_str("x")], None)), "ValueError: could not convert string to float: 'x'");
        assert_eq!(show(float_new(&float_t, &[list::new_list(vec![])], None)), "TypeError: float() argument must be a string or a real number, not 'list'");
        let bytes_t = ty(&bytes::BYTES_TYPE);
        assert_eq!(show(bytes_new(&bytes_t, &[Value::from_i64(3)], None)), "b'\\x00\\x00\\x00'");
        assert_eq!(show(bytes_new(&bytes_t, &[Value::from_i64(-1)], None)), "ValueError: negative count");
        assert_eq!(show(bytes_new(&bytes_t, &[new_str("a")], None)), "TypeError: string argument without an encoding");
        assert_eq!(show(bytes_new(&bytes_t, &[Value::from_f64(1.5)], None)), "TypeError: cannot convert 'float' object to bytes");
        assert_eq!(show(bytes_new(&bytes_t, &[list::new_list(vec![Value::from_i64(256)])], None)), "ValueError: bytes must be in range(0, 256)");
        assert_eq!(show(bytes_new(&bytes_t, &[new_str("hé"), new_str("utf-8")], None)), "b'h\\xc3\\xa9'");
        let dict_t = ty(&dict::DICT_TYPE);
        let extra = dict::new_dict();
        dict::dict_set(&extra, new_str("b"), Value::from_i64(2)).unwrap();
        let kn = tuple::new_tuple(vec![new_str("a")]);
        let construct = |new: crate::object::typeobj::NewFn, init: crate::object::typeobj::InitFn, t: &Value, a: &[Value], kn: Option<&Value>| {
            new(t, a, kn).and_then(|o| init(&o, a, kn).map(|_| o))
        };
        assert_eq!(show(construct(dict_new, dict_init, &dict_t, &[extra, Value::from_i64(1)], Some(&kn))), "{'b': 2, 'a': 1}");
        assert_eq!(show(construct(dict_new, dict_init, &dict_t, &[list::new_list(vec![Value::from_i64(1)])], None)), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
        assert_eq!(show(construct(dict_new, dict_init, &dict_t, &[Value::from_i64(1), Value::from_i64(2)], None)), "TypeError: dict expected at most 1 argument, got 2");
        let list_t = ty(&list::LIST_TYPE);
        assert_eq!(show(construct(list_new, list_init, &list_t, &[Value::from_i64(1), Value::from_i64(2)], None)), "TypeError: list expected at most 1 argument, got 2");
        assert_eq!(show(construct(list_new, list_init, &list_t, &[new_str("ab")], None)), "['a', 'b']");
        let set_t = ty(&set::SET_TYPE);
        assert_eq!(show(construct(set_new, set_init, &set_t, &[new_str("aa")], None)), "{'a'}");
        assert_eq!(show(complex_new(&ty(&complex::COMPLEX_TYPE), &[new_str("1+2j")], None)), "(1+2j)");
        assert_eq!(show(complex_new(&ty(&complex::COMPLEX_TYPE), &[new_str("-1.5e3j")], None)), "-1500j");
        assert_eq!(show(slice_new(&ty(&slice::SLICE_TYPE), &[], None)), "TypeError: slice expected at least 1 argument, got 0");
        assert_eq!(show(str_new(&ty(&pystr::STR_TYPE), &[Value::from_i64(1), new_str("ascii")], None)), "TypeError: decoding to str: need a bytes-like object, int found");
        assert_eq!(show(str_new(&ty(&pystr::STR_TYPE), &[bytes::new_bytes(b"ab"), new_str("ascii")], None)), "'ab'");
    }
}
