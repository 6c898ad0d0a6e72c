//! Design: DESIGN.md#float
//!
//! float: an IEEE-754 double boxed as `PyFloat`. repr is the shortest
//! round-tripping decimal laid out as CPython's `float_repr`; hashing is
//! CPython's `_Py_HashDouble`; arithmetic follows `floatobject.c`
//! (including its special cases for `**`, `//` and `%`).

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::int::{cmp_int_float, int_ref, IntRef};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};

pub struct PyFloat(pub f64);

impl PyPayload for PyFloat {
    fn class() -> &'static PyType {
        &FLOAT_TYPE
    }
}

pub static FLOAT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "float",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(float_repr_slot),
        hash: Some(float_hash),
        richcompare: Some(float_richcompare),
        number: NumberSlots {
            add: Some(float_add),
            sub: Some(float_sub),
            mul: Some(float_mul),
            truediv: Some(float_truediv),
            floordiv: Some(float_floordiv),
            rem: Some(float_rem),
            divmod: Some(float_divmod),
            pow: Some(float_pow),
            neg: Some(float_neg),
            pos: Some(float_pos),
            abs: Some(float_abs),
            bool: Some(float_bool),
            int: Some(float_int),
            float: Some(float_float),
            ..NumberSlots::EMPTY
        },
        new: Some(crate::builtins::ctors::float_new),
        ..Slots::EMPTY
    },
    free: crate::object::freelist::free_float,
    methods: crate::object::methods::numbers::FLOAT_METHODS,
    dict: crate::sync::OnceLock::new(),
};

impl Value {
    /// A new float object.
    #[inline]
    pub fn from_f64(x: f64) -> Value {
        crate::object::freelist::new_float(x)
    }
}

/// The payload of a float (or float subclass instance).
#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    if v.is_small_int() {
        return None;
    }
    v.downcast_sub::<PyFloat>().map(|f| f.0)
}

/// The value of a float, int or bool as f64 (`None` for other types and
/// for ints too large for a float).
#[inline]
pub fn to_f64(v: &Value) -> Option<f64> {
    if let Some(x) = as_float(v) {
        return Some(x);
    }
    int_to_f64(v)
}

/// `to_f64`'s int and bool part (kept out of line: callers inline the
/// float case, e.g. `sum()` over floats).
#[inline(never)]
fn int_to_f64(v: &Value) -> Option<f64> {
    match int_ref(v)? {
        IntRef::Small(i) => Some(i as f64),
        IntRef::Big(b) => crate::object::int::bigint_to_f64(b).ok(),
    }
}

/// An operand of a float operation: `None` = not a number we handle
/// (NotImplemented); `Some(Err)` = int too large for a float.
fn operand(v: &Value) -> Option<PyResult<f64>> {
    if let Some(x) = as_float(v) {
        return Some(Ok(x));
    }
    match int_ref(v)? {
        IntRef::Small(i) => Some(Ok(i as f64)),
        IntRef::Big(b) => Some(crate::object::int::bigint_to_f64(b)),
    }
}

macro_rules! operands {
    ($a:expr, $b:expr) => {
        match (operand($a), operand($b)) {
            (Some(x), Some(y)) => (x?, y?),
            _ => return Ok(Value::not_implemented()),
        }
    };
}

// ---- repr / hash / compare ---------------------------------------------------

/// `repr(x)` (== `str(x)`), exactly as CPython.
pub fn float_repr(x: f64) -> String {
    crate::object::format::double_to_string(x, 'r', 0, crate::object::format::DtsFlags { add_dot_0: true, ..Default::default() })
}

fn float_repr_slot(v: &Value) -> PyResult<Value> {
    let x = as_float(v).ok_or_else(|| PyErr::type_error("descriptor requires a 'float' object"))?;
    Ok(crate::object::str::new_str(&float_repr(x)))
}

const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i32 = 61;
const HASH_INF: i64 = 314159;

/// `_Py_HashDouble` for a finite or infinite value; `None` for NaN (which
/// hashes by identity since 3.10).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS } else { HASH_BITS - 1 - ((-1 - e) % HASH_BITS) };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = x as i64 * sign;
    Some(if h == -1 { -2 } else { h })
}

/// C's `frexp`: v = m * 2^e with 0.5 <= |m| < 1 (m = 0 for 0).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * crate::object::int::pow2(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn float_hash(v: &Value) -> PyResult<i64> {
    match as_float(v).and_then(hash_f64) {
        Some(h) => Ok(h),
        None => crate::object::singletons::object_hash(v),
    }
}

fn float_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let Some(x) = as_float(a) else {
        return Ok(Value::not_implemented());
    };
    if let Some(y) = as_float(b) {
        return Ok(Value::bool(match x.partial_cmp(&y) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        }));
    }
    if let Some(i) = int_ref(b) {
        // Compare the int with the float, then flip.
        return Ok(Value::bool(match cmp_int_float(i, x) {
            Some(o) => op.test(o.reverse()),
            None => op == CmpOp::Ne,
        }));
    }
    Ok(Value::not_implemented())
}

// ---- arithmetic ----------------------------------------------------------------

fn float_add(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_f64(x + y))
}

fn float_sub(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_f64(x - y))
}

fn float_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_f64(x * y))
}

fn float_truediv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::from_f64(x / y))
}

/// Python's float `%` (result has the sign of the divisor).
pub fn float_mod_f64(vx: f64, wx: f64) -> PyResult<f64> {
    if wx == 0.0 {
        return Err(PyErr::zero_division("float modulo by zero"));
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    Ok(m)
}

/// Python's float divmod as CPython's `_float_div_mod` (no zero check).
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats.
pub fn float_floordiv_f64(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `divmod(x, y)` for floats.
pub fn float_divmod_f64(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

fn float_floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_f64(float_floordiv_f64(x, y)?))
}

fn float_rem(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_f64(float_mod_f64(x, y)?))
}

fn float_divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let (q, r) = float_divmod_f64(x, y)?;
    Ok(crate::object::tuple::new_tuple(vec![Value::from_f64(q), Value::from_f64(r)]))
}

fn is_odd_integer(x: f64) -> bool {
    // CPython's DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats, as CPython's `float_pow` (without the complex
/// result for negative ** fractional, which raises ValueError for now).
pub fn float_pow_f64(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // TODO(complex): CPython returns a complex number here.
            return Err(PyErr::value_error("negative number cannot be raised to a fractional power"));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

fn float_pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    if let Some(m) = m {
        if !m.is_none() {
            if operand(a).is_none() || operand(b).is_none() {
                return Ok(Value::not_implemented());
            }
            return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
    }
    let (x, y) = operands!(a, b);
    match float_pow_f64(x, y) {
        // CPython: a negative base with a fractional exponent goes complex.
        Err(e) if x < 0.0 && y.is_finite() && y != y.floor() && e.is(crate::error::ExcKind::ValueError) => {
            let (re, im) = crate::object::complex::complex_pow_parts((x, 0.0), (y, 0.0))?;
            Ok(crate::object::complex::new_complex(re, im))
        }
        r => Ok(Value::from_f64(r?)),
    }
}

fn self_float(v: &Value) -> PyResult<f64> {
    as_float(v).ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'float' object but received a '{}'", v.ty().name)))
}

fn float_neg(v: &Value) -> PyResult<Value> {
    Ok(Value::from_f64(-self_float(v)?))
}

fn float_pos(v: &Value) -> PyResult<Value> {
    float_float(v)
}

fn float_abs(v: &Value) -> PyResult<Value> {
    Ok(Value::from_f64(self_float(v)?.abs()))
}

fn float_bool(v: &Value) -> PyResult<bool> {
    Ok(self_float(v)? != 0.0)
}

fn float_float(v: &Value) -> PyResult<Value> {
    if v.is_type(&FLOAT_TYPE) {
        return Ok(v.clone());
    }
    Ok(Value::from_f64(self_float(v)?))
}

fn float_int(v: &Value) -> PyResult<Value> {
    float_to_int(self_float(v)?)
}

/// An integral f64 as a BigInt (`None` for inf/nan; fractions truncate).
pub fn f64_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Some(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant) << (exp as u64); // exp > 0 here
    Some(if t < 0.0 { -m } else { m })
}

/// `int(x)` for a float: truncation, with CPython's errors for inf/nan.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(f64_to_bigint(x).expect("finite")))
}

// ---- methods ------------------------------------------------------------------

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if bexp == 0 { (frac, -1074i64) } else { (frac | (1u64 << 52), bexp - 1075) };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut n = BigInt::from(mant);
    if x < 0.0 {
        n = -n;
    }
    if exp >= 0 {
        Ok((n << (exp as u64), BigInt::one()))
    } else {
        Ok((n, BigInt::one() << ((-exp) as u64)))
    }
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if bexp == 0 { (0, -1022) } else { (1, bexp - 1023) };
    let e = if exp >= 0 { format!("+{}", exp) } else { exp.to_string() };
    format!("{}0x{}.{:013x}p{}", sign, lead, frac, e)
}

/// m * 2^e correctly rounded; OverflowError with `overflow_msg`.
fn scale_bigint(m: &BigInt, e: i64, overflow_msg: &str) -> PyResult<f64> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let r = if e >= 0 {
        if m.bits() as i64 + e > 1100 {
            return Err(PyErr::overflow_error(overflow_msg));
        }
        crate::object::int::bigint_to_f64(&(m << (e as u64)))
    } else {
        crate::object::int::true_divide(m, &(BigInt::one() << ((-e) as u64)))
    };
    r.map_err(|_| PyErr::overflow_error(overflow_msg))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(crate::object::int::py_isspace);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg && v.is_infinite() { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = (m << 4u32) + BigInt::from(d);
    }
    let mut e: i64 = -4 * fp.len() as i64;
    if let Some(x) = exp {
        let (eneg, digits) = match x.as_bytes().first() {
            Some(b'-') => (true, &x[1..]),
            Some(b'+') => (false, &x[1..]),
            _ => (false, x),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let v: i64 = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
        e += if eneg { -v } else { v };
    }
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    if e + (m.bits() as i64) < -1200 {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let r = scale_bigint(&m, e, "hexadecimal value too large to represent as a float")?;
    Ok(if neg { -r } else { r })
}

fn round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    // d > 0
    let (q, r) = n.div_mod_floor(d);
    let twice = &r * 2u32;
    match twice.cmp(d) {
        core::cmp::Ordering::Less => q,
        core::cmp::Ordering::Greater => q + 1u32,
        core::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// `round(x)` (no ndigits): nearest int, ties to even.
pub fn round_to_int(x: f64) -> PyResult<Value> {
    let r = x.round_ties_even();
    float_to_int(r)
}

/// `round(x, ndigits)` for floats: correctly rounded half-even on the
/// exact binary value (as CPython's dtoa-based `double_round`).
pub fn round_ndigits(x: f64, ndigits: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN for IEEE doubles.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (n, d) = as_integer_ratio(x)?;
    let ten = BigInt::from(10u32);
    let r = if ndigits >= 0 {
        let p = num_traits::pow::Pow::pow(&ten, ndigits as u64);
        let k = round_half_even(&(&n * &p), &d);
        if k.is_zero() {
            0.0
        } else {
            crate::object::int::true_divide(&k, &p)?
        }
    } else {
        let p = num_traits::pow::Pow::pow(&ten, (-ndigits) as u64);
        let k = round_half_even(&n, &(&d * &p));
        crate::object::int::bigint_to_f64(&(k * p))
            .map_err(|_| PyErr::overflow_error("rounded value too large to represent"))?
    };
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

// ---- parsing -----------------------------------------------------------------

/// `float(s)` for a str: whitespace, underscores between digits,
/// inf/infinity/nan with sign, as CPython; otherwise
/// `ValueError: could not convert string to float: '...'`.
pub fn parse_float(s: &str) -> PyResult<f64> {
    let err = || PyErr::value_error(format!("could not convert string to float: {}", crate::object::format::repr_str(s)));
    let ascii = crate::object::int::transform_decimal_and_space(s);
    let t = ascii.trim_matches(crate::object::int::py_isspace);
    if !t.is_ascii() {
        return Err(err());
    }
    let b = t.as_bytes();
    // Underscores: only between two digits.
    let mut clean = String::with_capacity(t.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit();
            if !ok {
                return Err(err());
            }
        } else {
            clean.push(c as char);
        }
    }
    parse_float_ascii(&clean).ok_or_else(err)
}

/// Parses the strtod grammar (no underscores, no surrounding space).
pub fn parse_float_ascii(t: &str) -> Option<f64> {
    let b = t.as_bytes();
    let (neg, rest) = match b.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = rest.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // [digits][.digits][e[sign]digits], at least one mantissa digit.
    let r = rest.as_bytes();
    let mut i = 0;
    let mut nd = 0;
    while i < r.len() && r[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < r.len() && r[i] == b'.' {
        i += 1;
        while i < r.len() && r[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return None;
    }
    if i < r.len() && (r[i] == b'e' || r[i] == b'E') {
        i += 1;
        if i < r.len() && (r[i] == b'+' || r[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < r.len() && r[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != r.len() {
        return None;
    }
    let v: f64 = rest.parse().ok()?;
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops::{self, BinOp, UnOp};

    fn f(x: f64) -> Value {
        Value::from_f64(x)
    }
    fn show(v: &Value) -> String {
        if let Some(x) = as_float(v) {
            return float_repr(x);
        }
        if let Some(b) = v.as_bool() {
            return if b { "True".into() } else { "False".into() };
        }
        if v.ty().name == "tuple" {
            let t = v.downcast::<crate::object::tuple::PyTuple>().unwrap();
            let parts: Vec<String> = t.items.iter().map(show).collect();
            return format!("({})", parts.join(", "));
        }
        crate::object::int::int_to_decimal_string(v).unwrap()
    }
    fn bin(a: &Value, b: &Value, op: BinOp) -> String {
        match ops::binary_op(a, b, op) {
            Ok(v) => show(&v),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reprs() {
        // Pasted from CPython 3.13.
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e-05, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e22, "1e+22"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e300, "1.5e+300"),
            (100.0, "100.0"),
            (-1.5e-7, "-1.5e-07"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{:e}", x);
            assert_eq!(ops::repr_string(&f(x)).unwrap(), want);
        }
    }

    #[test]
    fn hashes() {
        // CPython 3.13 values.
        assert_eq!(hash_f64(0.5), Some(1152921504606846976));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(1.5e-300), Some(1876877353711978326));
        assert_eq!(hash_f64(-2.5), Some(-1152921504606846978));
        assert_eq!(hash_f64(1e-320), Some(33957085184));
        assert_eq!(hash_f64(1.1), Some(230584300921369601));
        assert_eq!(hash_f64(2.0f64.powi(61)), Some(1));
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_f64(2.0f64.powi(70)), Some(512));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_f64(f64::NAN), None);
        let one = ops::hash(&Value::from_i64(1)).unwrap();
        assert_eq!(one, ops::hash(&f(1.0)).unwrap());
        assert_eq!(one, ops::hash(&Value::bool(true)).unwrap());
        assert_eq!(ops::hash(&f(-1.0)).unwrap(), -2);
        // NaN hashes by identity.
        let n = f(f64::NAN);
        assert_eq!(ops::hash(&n).unwrap(), ops::hash(&n).unwrap());
    }

    #[test]
    fn arithmetic() {
        use BinOp::*;
        assert_eq!(bin(&f(1.0), &Value::from_i64(0), TrueDiv), "ZeroDivisionError: float division by zero");
        assert_eq!(bin(&f(1.0), &Value::from_i64(0), FloorDiv), "ZeroDivisionError: float floor division by zero");
        assert_eq!(bin(&f(1.0), &Value::from_i64(0), Rem), "ZeroDivisionError: float modulo by zero");
        assert_eq!(bin(&f(1.0), &Value::from_i64(0), DivMod), "ZeroDivisionError: float divmod()");
        assert_eq!(bin(&f(-7.5), &Value::from_i64(2), FloorDiv), "-4.0");
        assert_eq!(bin(&f(-7.5), &Value::from_i64(2), Rem), "0.5");
        assert_eq!(bin(&f(7.5), &Value::from_i64(-2), Rem), "-0.5");
        assert_eq!(bin(&f(-7.5), &Value::from_i64(2), DivMod), "(-4.0, 0.5)");
        assert_eq!(bin(&f(-0.0), &Value::from_i64(5), Rem), "0.0");
        assert_eq!(bin(&f(0.0), &Value::from_i64(-5), Rem), "-0.0");
        assert_eq!(bin(&Value::from_i64(1), &f(0.5), Add), "1.5");
        assert_eq!(bin(&Value::from_i64(3), &f(2.0), Sub), "1.0");
        assert_eq!(bin(&Value::bool(true), &f(2.5), Mul), "2.5");
        let huge = ops::pow(&Value::from_i64(10), &Value::from_i64(400), None).unwrap();
        assert_eq!(bin(&f(1.0), &huge, Add), "OverflowError: int too large to convert to float");
        assert_eq!(show(&ops::unary_op(&f(-0.0), UnOp::Neg).unwrap()), "0.0");
        assert_eq!(show(&ops::unary_op(&f(-2.5), UnOp::Abs).unwrap()), "2.5");
    }

    #[test]
    fn powers() {
        let p = |x: f64, y: f64| match float_pow_f64(x, y) {
            Ok(v) => float_repr(v),
            Err(e) => e.to_string(),
        };
        assert_eq!(p(0.0, -1.0), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
        assert_eq!(p(10.0, 400.0), "OverflowError: (34, 'Numerical result out of range')");
        assert_eq!(p(-1.0, 2f64.powi(60)), "1.0");
        assert_eq!(p(-2.0, 3.0), "-8.0");
        assert_eq!(p(f64::INFINITY, -1.0), "0.0");
        assert_eq!(p(f64::NEG_INFINITY, -3.0), "-0.0");
        assert_eq!(p(f64::NAN, 0.0), "1.0");
        assert_eq!(p(1.0, f64::NAN), "1.0");
        assert!(p(-8.0, 1.0 / 3.0).starts_with("ValueError"));
        assert_eq!(
            ops::pow(&f(2.0), &Value::from_i64(3), Some(&Value::from_i64(5))).unwrap_err().to_string(),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
        );
    }

    #[test]
    fn comparisons() {
        let lt = |a: &Value, b: &Value| ops::compare_bool(a, b, CmpOp::Lt).unwrap();
        let big = crate::object::int::parse_int("9007199254740993", 10).unwrap();
        assert!(lt(&f(9007199254740992.0), &big));
        assert!(!ops::eq(&f(9007199254740992.0), &big).unwrap());
        assert!(ops::eq(&f(1.0), &Value::from_i64(1)).unwrap());
        assert!(ops::eq(&Value::from_i64(1), &f(1.0)).unwrap());
        assert!(ops::eq(&Value::bool(true), &f(1.0)).unwrap());
        let nan = f(f64::NAN);
        assert!(!ops::eq(&nan, &nan.clone()).unwrap() || nan.is(&nan)); // identity shortcut
        assert!(!ops::compare_bool(&f(f64::NAN), &Value::from_i64(1), CmpOp::Eq).unwrap());
        assert!(ops::compare_bool(&f(f64::NAN), &Value::from_i64(1), CmpOp::Ne).unwrap());
        let huge = ops::pow(&Value::from_i64(10), &Value::from_i64(400), None).unwrap();
        assert!(lt(&f(f64::MAX), &huge));
        assert!(lt(&huge, &f(f64::INFINITY)));
        assert!(lt(&Value::from_i64(-3), &f(-2.5)));
    }

    #[test]
    fn conversions() {
        assert_eq!(float_to_int(f64::INFINITY).unwrap_err().to_string(), "OverflowError: cannot convert float infinity to integer");
        assert_eq!(float_to_int(f64::NAN).unwrap_err().to_string(), "ValueError: cannot convert float NaN to integer");
        assert_eq!(show(&float_to_int(-2.7).unwrap()), "-2");
        assert_eq!(show(&float_to_int(1e20).unwrap()), "100000000000000000000");
        assert_eq!(show(&float_to_int(-1.5e300).unwrap()).len(), 302);
        assert!(is_integer(2.0) && !is_integer(2.5) && !is_integer(f64::INFINITY));
        assert_eq!(as_integer_ratio(1.0).unwrap(), (BigInt::from(1), BigInt::from(1)));
        assert_eq!(as_integer_ratio(0.1).unwrap(), (BigInt::from(3602879701896397u64), BigInt::from(36028797018963968u64)));
        assert_eq!(as_integer_ratio(f64::INFINITY).unwrap_err().to_string(), "OverflowError: cannot convert Infinity to integer ratio");
        assert_eq!(as_integer_ratio(f64::NAN).unwrap_err().to_string(), "ValueError: cannot convert NaN to integer ratio");
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(0.0), "0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(2f64.powi(1023)), "0x1.0000000000000p+1023");
        assert_eq!(float_hex(1e-310), "0x0.012688b70e62bp-1022");
        let h = |s: &str| match float_fromhex(s) {
            Ok(v) => float_repr(v),
            Err(e) => e.to_string(),
        };
        assert_eq!(h("0x1.8p1"), "3.0");
        assert_eq!(h("-0x1p-1074"), "-5e-324");
        assert_eq!(h(" 0X1.ABCp+10 "), "1711.0");
        assert_eq!(h("inf"), "inf");
        assert_eq!(h("0x.8"), "0.5");
        assert_eq!(h("1"), "1.0");
        assert_eq!(h("0x1p1024"), "OverflowError: hexadecimal value too large to represent as a float");
        assert_eq!(h("0x1.fffffffffffff8p1023"), "OverflowError: hexadecimal value too large to represent as a float");
        assert_eq!(h("0x"), "ValueError: invalid hexadecimal floating-point string");
        assert_eq!(h("zz"), "ValueError: invalid hexadecimal floating-point string");
        assert_eq!(h("0x1p-1075"), "0.0");
        assert_eq!(h("0x1.8p-1074"), "1e-323");
        assert_eq!(h("0x1.00000000000008p0"), "1.0");
        assert_eq!(h("0x1.00000000000018p0"), "1.0000000000000004");
        assert_eq!(h("-nan"), "nan");
        assert_eq!(h("0x1.p0"), "1.0");
        assert_eq!(h("0x1p"), "ValueError: invalid hexadecimal floating-point string");
        assert_eq!(h("1e10"), "7696.0");
        for &x in &[0.1, -2.5e-310, f64::MAX, 5e-324, 123456.789] {
            assert_eq!(float_fromhex(&float_hex(x)).unwrap(), x);
        }
    }

    #[test]
    fn rounding() {
        let r = |x: f64, n: i64| match round_ndigits(x, n) {
            Ok(v) => float_repr(v),
            Err(e) => e.to_string(),
        };
        // CPython 3.13 values.
        assert_eq!(show(&round_to_int(2.5).unwrap()), "2");
        assert_eq!(r(0.125, 2), "0.12");
        assert_eq!(r(2.675, 2), "2.67");
        assert_eq!(r(-0.4, 0), "-0.0");
        assert_eq!(r(1234.5, -1), "1230.0");
        assert_eq!(r(1e300, -300), "1e+300");
        assert_eq!(r(1.7976931348623157e308, -308), "OverflowError: rounded value too large to represent");
        assert_eq!(round_to_int(f64::INFINITY).unwrap_err().to_string(), "OverflowError: cannot convert float infinity to integer");
        assert_eq!(round_to_int(f64::NAN).unwrap_err().to_string(), "ValueError: cannot convert float NaN to integer");
        assert_eq!(r(f64::INFINITY, 2), "inf");
        assert_eq!(r(5e-324, 323), "0.0");
        assert_eq!(r(0.5, 0), "0.0");
        assert_eq!(r(-2.5, 0), "-2.0");
        assert_eq!(r(1.25, 1), "1.2");
        assert_eq!(r(1.35, 1), "1.4");
        assert_eq!(r(123.456, -2), "100.0");
        assert_eq!(r(1e20, 5), "1e+20");
        assert_eq!(r(5.5e-310, 310), "6e-310");
    }

    #[test]
    fn parsing() {
        let p = |s: &str| match parse_float(s) {
            Ok(v) => float_repr(v),
            Err(e) => e.to_string(),
        };
        assert_eq!(p("x"), "ValueError: could not convert string to float: 'x'");
        assert_eq!(p("1_0.5"), "10.5");
        assert_eq!(p("1__0"), "ValueError: could not convert string to float: '1__0'");
        assert_eq!(p(" -InFinity "), "-inf");
        assert_eq!(p("nan"), "nan");
        assert_eq!(p("-nan"), "nan");
        assert_eq!(p("1e"), "ValueError: could not convert string to float: '1e'");
        assert_eq!(p(".5"), "0.5");
        assert_eq!(p("5."), "5.0");
        assert_eq!(p("_1"), "ValueError: could not convert string to float: '_1'");
        assert_eq!(p("0x10"), "ValueError: could not convert string to float: '0x10'");
        assert_eq!(p("\t+1.5E-3\n"), "0.0015");
        assert_eq!(p("1e400"), "inf");
        assert_eq!(p(""), "ValueError: could not convert string to float: ''");
        assert_eq!(p("."), "ValueError: could not convert string to float: '.'");
        assert_eq!(p("1_000e1_0"), "10000000000000.0");
    }
}
