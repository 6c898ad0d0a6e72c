//! Design: DESIGN.md#builtins
//!
//! Methods of int (and bool), float and complex.

#![forbid(unsafe_code)]

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{classmethod, getter, method};
use crate::builtins::args::{self, Params};
use crate::error::{PyErr, PyResult};
use crate::object::typeobj::MethodDef;
use crate::object::{complex, float, int, ops, str as pystr, tuple, Value};

fn big(v: &Value) -> BigInt {
    int::to_bigint(v).expect("int method on an int")
}

/// The plain int with `v`'s value (drops bool/subclass identity).
fn plain_int(v: &Value) -> Value {
    if v.is_small_int() {
        return v.clone();
    }
    Value::from_bigint(big(v))
}

// ---- int ---------------------------------------------------------------------

fn int_bit_length(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.bit_length", a, kw)?;
    Ok(Value::from_i64(big(v).bits() as i64))
}
fn int_bit_count(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.bit_count", a, kw)?;
    let b = big(v).magnitude().clone();
    Ok(Value::from_i64(b.iter_u64_digits().map(|d| d.count_ones() as i64).sum()))
}
fn int_self(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.conjugate", a, kw)?;
    Ok(plain_int(v))
}
fn int_getter_self(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(plain_int(v))
}
fn int_getter_zero(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(0))
}
fn int_getter_one(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(1))
}
fn int_is_integer(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.is_integer", a, kw)?;
    Ok(Value::bool(true))
}
fn int_as_integer_ratio(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.as_integer_ratio", a, kw)?;
    Ok(tuple::new_tuple(vec![plain_int(v), Value::from_i64(1)]))
}
fn int_index(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.__index__", a, kw)?;
    Ok(plain_int(v))
}
fn int_float(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.__float__", a, kw)?;
    Ok(Value::from_f64(int::int_to_f64(v)?))
}
fn int_getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.__getnewargs__", a, kw)?;
    Ok(tuple::new_tuple(vec![plain_int(v)]))
}

fn byteorder_arg(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    let s = args::str_arg(fname, "argument 'byteorder'", v)?;
    match s.as_str() {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
fn int_to_bytes(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "to_bytes", names: &["length", "byteorder", "signed"], posonly: 0, maxpos: 2, required: 0 };
    let [length, order, signed] = args::parse::<3>(p, a, kw)?;
    let length = match length {
        Some(l) => args::int_arg(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let bigend = byteorder_arg(order, "to_bytes")?;
    let signed = match signed {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    let x = big(v);
    if x.is_negative() && !signed {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    if x.is_zero() {
        bytes.clear();
    }
    // Drop redundant sign bytes (to_signed_bytes_le is minimal already).
    let n = length as usize;
    if bytes.len() > n {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xFF } else { 0 };
    bytes.resize(n, fill);
    if bigend {
        bytes.reverse();
    }
    Ok(crate::object::bytes::from_vec(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`
fn int_from_bytes(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "from_bytes", names: &["bytes", "byteorder", "signed"], posonly: 0, maxpos: 2, required: 1 };
    let [data, order, signed] = args::parse::<3>(p, a, kw)?;
    let data = data.expect("required");
    let bytes = match crate::builtins::ctors::buffer_bytes(data) {
        Some(b) => b,
        None => {
            let mut out = Vec::new();
            for x in ops::collect(data)? {
                out.push(crate::builtins::ctors::byte_value(&x)?);
            }
            out
        }
    };
    let bigend = byteorder_arg(order, "from_bytes")?;
    let signed = match signed {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    let r = match (bigend, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&bytes),
        (false, true) => BigInt::from_signed_bytes_le(&bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &bytes),
    };
    let r = Value::from_bigint(r);
    if cls.as_type().is_some_and(|t| core::ptr::eq(t, &int::INT_TYPE)) {
        return Ok(r);
    }
    ops::call(cls, &[r], None)
}

/// `int.__round__(ndigits=None)`: half-even at 10**-ndigits.
fn int_round(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("int.__round__", kw)?;
    args::check_count("__round__", a, 0, 1)?;
    let nd = match a.first() {
        None => return Ok(plain_int(v)),
        Some(x) if x.is_none() => return Ok(plain_int(v)),
        Some(x) => ops::index(x)?,
    };
    let nd = int::to_bigint(&nd).unwrap_or_default();
    if !nd.is_negative() {
        return Ok(plain_int(v));
    }
    let k = (-nd).to_u32().unwrap_or(u32::MAX);
    if k > 100_000 {
        return Ok(Value::from_i64(0));
    }
    Ok(Value::from_bigint(round_int_half_even(&big(v), k)))
}

pub(crate) fn round_int_half_even(x: &BigInt, k: u32) -> BigInt {
    let pow: BigInt = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (q, r): (BigInt, BigInt) = x.div_mod_floor(&pow);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&pow) {
        core::cmp::Ordering::Greater => q + 1,
        core::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * pow
}

fn int_trunc(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.__trunc__", a, kw)?;
    Ok(plain_int(v))
}
fn int_format(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let spec = args::exactly_one("int.__format__", a, kw)?;
    let spec = args::str_arg("__format__", "argument", spec)?;
    if spec.is_empty() {
        return ops::str(v);
    }
    Ok(pystr::new_str(&crate::object::format::format_int(v, &spec)?))
}
fn int_sizeof(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("int.__sizeof__", a, kw)?;
    let digits = big(v).bits().div_ceil(30).max(1);
    Ok(Value::from_i64(24 + 4 * digits as i64))
}

pub static INT_METHODS: &[MethodDef] = &[
    method("bit_length", int_bit_length),
    method("bit_count", int_bit_count),
    method("to_bytes", int_to_bytes),
    classmethod("from_bytes", int_from_bytes),
    method("as_integer_ratio", int_as_integer_ratio),
    method("conjugate", int_self),
    method("is_integer", int_is_integer),
    getter("real", int_getter_self),
    getter("imag", int_getter_zero),
    getter("numerator", int_getter_self),
    getter("denominator", int_getter_one),
    method("__index__", int_index),
    method("__int__", int_index),
    method("__float__", int_float),
    method("__trunc__", int_trunc),
    method("__floor__", int_trunc),
    method("__ceil__", int_trunc),
    method("__round__", int_round),
    method("__format__", int_format),
    method("__getnewargs__", int_getnewargs),
    method("__sizeof__", int_sizeof),
];

// ---- float -------------------------------------------------------------------

fn fv(v: &Value) -> f64 {
    float::to_f64(v).expect("float method on a float")
}
fn float_is_integer(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.is_integer", a, kw)?;
    Ok(Value::bool(float::is_integer(fv(v))))
}
fn float_as_integer_ratio(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.as_integer_ratio", a, kw)?;
    let (n, d) = float::as_integer_ratio(fv(v))?;
    Ok(tuple::new_tuple(vec![Value::from_bigint(n), Value::from_bigint(d)]))
}
fn float_hex(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.hex", a, kw)?;
    Ok(pystr::new_str(&float::float_hex(fv(v))))
}
fn float_fromhex(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let s = args::exactly_one("float.fromhex", a, kw)?;
    let s = args::str_arg("fromhex", "argument", s)?;
    let r = Value::from_f64(float::float_fromhex(&s)?);
    if cls.as_type().is_some_and(|t| core::ptr::eq(t, &float::FLOAT_TYPE)) {
        return Ok(r);
    }
    ops::call(cls, &[r], None)
}
fn float_conjugate(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.conjugate", a, kw)?;
    Ok(Value::from_f64(fv(v)))
}
fn float_real(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_f64(fv(v)))
}
fn float_imag(_: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_f64(0.0))
}
fn float_trunc(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__trunc__", a, kw)?;
    float::float_to_int(fv(v))
}
fn float_floor(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__floor__", a, kw)?;
    float::float_to_int(fv(v).floor())
}
fn float_ceil(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__ceil__", a, kw)?;
    float::float_to_int(fv(v).ceil())
}
fn float_round(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("float.__round__", kw)?;
    args::check_count("__round__", a, 0, 1)?;
    match a.first() {
        None => float::round_to_int(fv(v)),
        Some(x) if x.is_none() => float::round_to_int(fv(v)),
        Some(x) => {
            let i = ops::index(x)?;
            let nd = int::to_i64(&i).unwrap_or(if int::to_bigint(&i).unwrap_or_default().is_negative() {
                i64::MIN
            } else {
                i64::MAX
            });
            Ok(Value::from_f64(float::round_ndigits(fv(v), nd)?))
        }
    }
}
fn float_format(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let spec = args::exactly_one("float.__format__", a, kw)?;
    let spec = args::str_arg("__format__", "argument", spec)?;
    if spec.is_empty() {
        return ops::str(v);
    }
    Ok(pystr::new_str(&crate::object::format::format_float_typed(fv(v), &spec, v.ty().name)?))
}
fn float_int(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__int__", a, kw)?;
    float::float_to_int(fv(v))
}
fn float_float(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__float__", a, kw)?;
    Ok(Value::from_f64(fv(v)))
}
fn float_getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("float.__getnewargs__", a, kw)?;
    Ok(tuple::new_tuple(vec![Value::from_f64(fv(v))]))
}

pub static FLOAT_METHODS: &[MethodDef] = &[
    method("is_integer", float_is_integer),
    method("as_integer_ratio", float_as_integer_ratio),
    method("hex", float_hex),
    classmethod("fromhex", float_fromhex),
    method("conjugate", float_conjugate),
    getter("real", float_real),
    getter("imag", float_imag),
    method("__trunc__", float_trunc),
    method("__floor__", float_floor),
    method("__ceil__", float_ceil),
    method("__round__", float_round),
    method("__format__", float_format),
    method("__int__", float_int),
    method("__float__", float_float),
    method("__getnewargs__", float_getnewargs),
];

// ---- complex -----------------------------------------------------------------

fn cv(v: &Value) -> (f64, f64) {
    complex::as_complex(v).expect("complex method on a complex")
}
fn complex_real(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_f64(cv(v).0))
}
fn complex_imag(v: &Value, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_f64(cv(v).1))
}
fn complex_conjugate(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("complex.conjugate", a, kw)?;
    let (re, im) = cv(v);
    Ok(complex::new_complex(re, -im))
}
fn complex_getnewargs(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("complex.__getnewargs__", a, kw)?;
    let (re, im) = cv(v);
    Ok(tuple::new_tuple(vec![Value::from_f64(re), Value::from_f64(im)]))
}
fn complex_format(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let spec = args::exactly_one("complex.__format__", a, kw)?;
    let spec = args::str_arg("__format__", "argument", spec)?;
    let (re, im) = cv(v);
    if spec.is_empty() {
        return ops::str(v);
    }
    let f = crate::object::format::parse_spec(&spec, None, '>', "complex")?;
    if matches!(f.ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G')) {
        let mut inner = f.clone();
        inner.width = None;
        inner.fill = ' ';
        inner.align = '>';
        inner.align_specified = false;
        let r = crate::object::format::format_float_spec(re, &inner)?;
        let mut inner_im = inner.clone();
        inner_im.sign = Some('+');
        let i = crate::object::format::format_float_spec(im, &inner_im)?;
        let body = if f.ty.is_none() {
            // CPython formats with 'r' (shortest repr digits, no ".0") and
            // parentheses unless the real part is +0.
            use crate::object::format::{double_to_string, DtsFlags};
            let sign = f.sign == Some('+');
            let r = double_to_string(re, 'r', 0, DtsFlags { sign, ..Default::default() });
            let i = double_to_string(im, 'r', 0, DtsFlags { sign: true, ..Default::default() });
            if re == 0.0 && re.is_sign_positive() {
                let i = double_to_string(im, 'r', 0, DtsFlags { sign, ..Default::default() });
                format!("{}j", i)
            } else {
                format!("({}{}j)", r, i)
            }
        } else {
            format!("{}{}j", r, i)
        };
        let mut pad = f.clone();
        if !pad.align_specified {
            pad.align = '>';
        }
        return Ok(pystr::new_str(&crate::object::format::pad(&body, &pad)));
    }
    Err(crate::object::format::unknown_format_code(f.ty.unwrap_or('?'), "complex"))
}

pub static COMPLEX_METHODS: &[MethodDef] = &[
    getter("real", complex_real),
    getter("imag", complex_imag),
    method("conjugate", complex_conjugate),
    method("__getnewargs__", complex_getnewargs),
    method("__format__", complex_format),
];
