//! Design: DESIGN.md#float
//!
//! complex: two IEEE-754 doubles, as CPython 3.13's `complexobject.c`.
//! int, bool and float operands are converted to `complex(x, 0.0)` first
//! (3.13 has no mixed-mode rules yet), so `complex(1, inf) * 2` is
//! `(nan+infj)` as in CPython. `//`, `%` and `divmod` are not defined
//! (TypeError from the generic dispatcher); ordering comparisons return
//! NotImplemented and so raise `'<' not supported between instances of
//! 'complex' and 'complex'`.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::float::{as_float, hash_f64, FLOAT_TYPE};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::int::{cmp_int_float, int_ref, IntRef};
use crate::object::singletons::{object_hash, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};

/// The payload: real and imaginary parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

impl PyPayload for PyComplex {
    fn class() -> &'static PyType {
        &COMPLEX_TYPE
    }
}

pub static COMPLEX_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "complex",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(complex_repr_slot),
        hash: Some(complex_hash),
        richcompare: Some(complex_richcompare),
        number: NumberSlots {
            add: Some(complex_add),
            sub: Some(complex_sub),
            mul: Some(complex_mul),
            truediv: Some(complex_truediv),
            pow: Some(complex_pow),
            neg: Some(complex_neg),
            pos: Some(complex_pos),
            abs: Some(complex_abs),
            bool: Some(complex_bool),
            ..NumberSlots::EMPTY
        },
        new: Some(crate::builtins::ctors::complex_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyComplex>::free,
    methods: crate::object::methods::numbers::COMPLEX_METHODS,
    dict: crate::sync::OnceLock::new(),
};

impl Value {
    /// A new complex object.
    #[inline]
    pub fn from_complex(re: f64, im: f64) -> Value {
        PyObject::alloc(&COMPLEX_TYPE, PyComplex { re, im })
    }
}

/// A new complex object (`complex(re, im)` for two floats).
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::from_complex(re, im)
}

/// The parts of a complex (or complex subclass instance).
#[inline]
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if v.is_small_int() {
        return None;
    }
    v.downcast_sub::<PyComplex>().map(|c| (c.re, c.im))
}

/// An operand of a complex operation: complex, float, int or bool
/// (`None`: NotImplemented; `Some(Err)`: an int too large for a float).
fn operand(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    if let Some(x) = as_float(v) {
        return Some(Ok((x, 0.0)));
    }
    match int_ref(v)? {
        IntRef::Small(i) => Some(Ok((i as f64, 0.0))),
        IntRef::Big(b) => Some(crate::object::int::bigint_to_f64(b).map(|x| (x, 0.0))),
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

/// `repr(z)` (== `str(z)`) exactly as CPython: `1j`, `(1+2j)`, `(-0-0j)`,
/// `(nan+infj)`. A real part of +0.0 is left out along with the parens.
pub fn complex_repr(re: f64, im: f64) -> String {
    use crate::object::format::{double_to_string, DtsFlags};
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, DtsFlags::default()))
    } else {
        format!(
            "({}{}j)",
            double_to_string(re, 'r', 0, DtsFlags::default()),
            double_to_string(im, 'r', 0, DtsFlags { sign: true, ..Default::default() })
        )
    }
}

fn complex_repr_slot(v: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(v)?;
    Ok(crate::object::str::new_str(&complex_repr(re, im)))
}

/// CPython's `_PyHASH_IMAG`.
const HASH_IMAG: u64 = 1000003;

/// `hash(z)`: hash(real) + 1000003 * hash(imag) in wrapping unsigned
/// arithmetic; a NaN part hashes by identity (`None` here).
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let hr = hash_f64(re)? as u64;
    let hi = hash_f64(im)? as u64;
    let h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    Some(if h == -1 { -2 } else { h })
}

fn complex_hash(v: &Value) -> PyResult<i64> {
    let (re, im) = self_complex(v)?;
    match hash_complex(re, im) {
        Some(h) => Ok(h),
        None => {
            // `_Py_HashDouble(obj, nan)` is the object's identity hash.
            let hr = hash_f64(re).map(|h| h as u64).unwrap_or(object_hash(v)? as u64);
            let hi = hash_f64(im).map(|h| h as u64).unwrap_or(object_hash(v)? as u64);
            let h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
            Ok(if h == -1 { -2 } else { h })
        }
    }
}

fn complex_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(Value::not_implemented());
    }
    let Some((re, im)) = as_complex(a) else {
        return Ok(Value::not_implemented());
    };
    let equal = if let Some(i) = int_ref(b) {
        // Exact int/float comparison of the real part.
        im == 0.0 && cmp_int_float(i, re) == Some(core::cmp::Ordering::Equal)
    } else if let Some(x) = as_float(b) {
        re == x && im == 0.0
    } else if let Some((bre, bim)) = as_complex(b) {
        re == bre && im == bim
    } else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(if op == CmpOp::Eq { equal } else { !equal }))
}

// ---- arithmetic (CPython's _Py_c_*) ---------------------------------------------

/// `_Py_c_prod`.
pub fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` as in 3.13 (Smith's method); `None` on division by zero.
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one of b's parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed (CPython's errno).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PowErr {
    /// EDOM: 0 to a negative or complex power.
    Domain,
}

/// `_Py_c_pow`.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PowErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowErr::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `c_powu`: binary exponentiation for n >= 0.
fn c_powu(x: (f64, f64), n: u32) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u32 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `c_powi`: small integral exponents.
fn c_powi(x: (f64, f64), n: i32) -> Result<(f64, f64), PowErr> {
    if n > 0 {
        Ok(c_powu(x, n as u32))
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs())).ok_or(PowErr::Domain)
    }
}

/// `a ** b` for complex values, with CPython's errors.
pub fn complex_pow_parts(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i32)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(PowErr::Domain) => Err(PyErr::zero_division("0.0 to a negative or complex power")),
        Ok(p) if p.0.is_infinite() || p.1.is_infinite() => Err(PyErr::overflow_error("complex exponentiation")),
        Ok(p) => Ok(p),
    }
}

/// `abs(z)` (`_Py_c_abs`): infinity wins over NaN; overflow raises.
pub fn complex_abs_f64(re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(re.abs());
        }
        if im.is_infinite() {
            return Ok(im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(PyErr::overflow_error("absolute value too large"))
    }
}

fn complex_add(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_complex(x.0 + y.0, x.1 + y.1))
}

fn complex_sub(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(Value::from_complex(x.0 - y.0, x.1 - y.1))
}

fn complex_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let (re, im) = c_prod(x, y);
    Ok(Value::from_complex(re, im))
}

fn complex_truediv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    match c_quot(x, y) {
        Some((re, im)) => Ok(Value::from_complex(re, im)),
        None => Err(PyErr::zero_division("complex division by zero")),
    }
}

fn complex_pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let Some(m) = m {
        if !m.is_none() {
            return Err(PyErr::value_error("complex modulo"));
        }
    }
    let (re, im) = complex_pow_parts(x, y)?;
    Ok(Value::from_complex(re, im))
}

fn self_complex(v: &Value) -> PyResult<(f64, f64)> {
    as_complex(v).ok_or_else(|| {
        PyErr::type_error(format!("descriptor requires a 'complex' object but received a '{}'", v.ty().name))
    })
}

fn complex_neg(v: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(v)?;
    Ok(Value::from_complex(-re, -im))
}

fn complex_pos(v: &Value) -> PyResult<Value> {
    if v.is_type(&COMPLEX_TYPE) {
        return Ok(v.clone());
    }
    let (re, im) = self_complex(v)?;
    Ok(Value::from_complex(re, im))
}

fn complex_abs(v: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(v)?;
    Ok(Value::from_f64(complex_abs_f64(re, im)?))
}

fn complex_bool(v: &Value) -> PyResult<bool> {
    let (re, im) = self_complex(v)?;
    Ok(re != 0.0 || im != 0.0)
}

// ---- constructor ------------------------------------------------------------------

/// A number argument of `complex()` as a float (`None`: not a number).
fn real_arg(v: &Value) -> Option<PyResult<f64>> {
    if let Some(x) = as_float(v) {
        return Some(Ok(x));
    }
    if v.ty().is_subtype(&FLOAT_TYPE) {
        return None;
    }
    match int_ref(v)? {
        IntRef::Small(i) => Some(Ok(i as f64)),
        IntRef::Big(b) => Some(crate::object::int::bigint_to_f64(b)),
    }
}

/// `complex(real[, imag])` for numeric arguments (int, bool, float,
/// complex), as CPython's `complex_new`: the result is `real + imag*1j`
/// even when the arguments are themselves complex.
pub fn complex_new(real: &Value, imag: Option<&Value>) -> PyResult<Value> {
    let (mut cr, cr_is_complex) = match as_complex(real) {
        Some(c) => (c, true),
        None => match real_arg(real) {
            Some(x) => ((x?, 0.0), false),
            None => {
                return Err(PyErr::type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    real.ty().name
                )))
            }
        },
    };
    let mut ci_re;
    let mut ci_is_complex = false;
    let mut ci_im = 0.0;
    match imag {
        None => ci_re = cr.1,
        Some(i) => match as_complex(i) {
            Some(c) => {
                ci_re = c.0;
                ci_im = c.1;
                ci_is_complex = true;
            }
            None if crate::object::str::is_str(i) => {
                return Err(PyErr::type_error("complex() second arg can't be a string"))
            }
            None => match real_arg(i) {
                Some(x) => ci_re = x?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        i.ty().name
                    )))
                }
            },
        },
    }
    if ci_is_complex {
        cr.0 -= ci_im;
    }
    if cr_is_complex && imag.is_some() {
        ci_re += cr.1;
    }
    Ok(Value::from_complex(cr.0, ci_re))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops::{self, BinOp, UnOp};

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    fn c(re: f64, im: f64) -> Value {
        Value::from_complex(re, im)
    }
    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }
    fn r(v: &Value) -> String {
        ops::repr_string(v).unwrap()
    }
    fn err(e: PyErr) -> String {
        e.to_string()
    }

    #[test]
    fn repr_matches_cpython() {
        // Pinned to CPython 3.13's repr().
        let cases: &[(f64, f64, &str)] = &[
            (0.0, 1.0, "1j"),
            (0.0, 0.0, "0j"),
            (-0.0, 0.0, "(-0+0j)"),
            (0.0, -0.0, "-0j"),
            (-0.0, -0.0, "(-0-0j)"),
            (1.0, 2.0, "(1+2j)"),
            (NAN, INF, "(nan+infj)"),
            (0.0, NAN, "nanj"),
            (-INF, -NAN, "(-inf+nanj)"),
            (1e16, 1.0, "(1e+16+1j)"),
            (1.5, -2.25, "(1.5-2.25j)"),
            (0.1, 1e-7, "(0.1+1e-07j)"),
            (123456789012345678.0, 0.0, "(1.2345678901234568e+17+0j)"),
            (-1.0, 0.0, "(-1+0j)"),
            (INF, 0.0, "(inf+0j)"),
            (2.0, 1.0, "(2+1j)"),
            (-0.2, 0.4, "(-0.2+0.4j)"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(complex_repr(re, im), want, "complex({}, {})", re, im);
            assert_eq!(r(&c(re, im)), want);
            assert_eq!(ops::str_string(&c(re, im)).unwrap(), want);
        }
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(ops::hash(&c(0.0, 1.0)).unwrap(), 1000003);
        assert_eq!(ops::hash(&c(0.0, 0.0)).unwrap(), 0);
        assert_eq!(ops::hash(&c(1.0, 2.0)).unwrap(), 2000007);
        assert_eq!(ops::hash(&c(1e16, 1.0)).unwrap(), 10000000001000003);
        assert_eq!(ops::hash(&c(1.5, -2.25)).unwrap(), -576460752305423493);
        assert_eq!(ops::hash(&c(0.1, 1e-7)).unwrap(), 4781810186103841771);
        assert_eq!(ops::hash(&c(123456789012345678.0, 0.0)).unwrap(), 123456789012345680);
        assert_eq!(ops::hash(&c(-1.0, 0.0)).unwrap(), -2);
        assert_eq!(ops::hash(&c(0.0, -1.0)).unwrap(), -2000006);
        assert_eq!(ops::hash(&c(INF, 0.0)).unwrap(), 314159);
        // hash(complex(x, 0)) == hash(x) for ints and floats.
        assert_eq!(ops::hash(&c(5.0, 0.0)).unwrap(), ops::hash(&int(5)).unwrap());
        // NaN parts hash by identity without failing.
        let n = c(NAN, 1.0);
        assert_eq!(ops::hash(&n).unwrap(), ops::hash(&n).unwrap());
    }

    #[test]
    fn compare() {
        let t = |a: &Value, b: &Value, op| ops::richcompare(a, b, op).unwrap().as_bool().unwrap();
        assert!(!t(&c(0.0, 1.0), &int(1), CmpOp::Eq));
        assert!(t(&c(1.0, 0.0), &int(1), CmpOp::Eq));
        assert!(t(&int(1), &c(1.0, 0.0), CmpOp::Eq));
        assert!(t(&c(1.0, 0.0), &Value::from_f64(1.0), CmpOp::Eq));
        assert!(t(&Value::from_f64(1.0), &c(1.0, 0.0), CmpOp::Eq));
        assert!(t(&c(1.0, 0.0), &Value::bool(true), CmpOp::Eq));
        assert!(t(&c(1.0, 2.0), &c(1.0, 2.0), CmpOp::Eq));
        assert!(t(&c(1.0, 2.0), &c(1.0, 3.0), CmpOp::Ne));
        assert!(!t(&c(NAN, 0.0), &c(NAN, 0.0), CmpOp::Eq));
        // 2**53 + 1 is not exactly representable: not equal.
        let big = Value::from_bigint(num_bigint::BigInt::from((1i64 << 53) + 1));
        assert!(!t(&c(((1i64 << 53) + 1) as f64, 0.0), &big, CmpOp::Eq));
        // Other types: identity fallback.
        let tup = crate::object::tuple::new_tuple(vec![int(1), int(2)]);
        assert!(!t(&c(1.0, 2.0), &tup, CmpOp::Eq));
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge] {
            let e = ops::richcompare(&c(0.0, 1.0), &c(0.0, 1.0), op).unwrap_err();
            assert_eq!(
                err(e),
                format!("TypeError: '{}' not supported between instances of 'complex' and 'complex'", op.symbol())
            );
        }
        let e = ops::richcompare(&c(0.0, 1.0), &int(1), CmpOp::Lt).unwrap_err();
        assert_eq!(err(e), "TypeError: '<' not supported between instances of 'complex' and 'int'");
    }

    fn bin(a: &Value, b: &Value, op: BinOp) -> String {
        match ops::binary_op(a, b, op) {
            Ok(v) => r(&v),
            Err(e) => err(e),
        }
    }

    #[test]
    fn arithmetic_matches_cpython() {
        use BinOp::*;
        assert_eq!(bin(&int(2), &c(0.0, 1.0), Add), "(2+1j)");
        assert_eq!(bin(&Value::bool(true), &c(0.0, 1.0), Add), "(1+1j)");
        assert_eq!(bin(&c(0.0, 1.0), &Value::bool(true), Sub), "(-1+1j)");
        assert_eq!(bin(&c(1.0, 2.0), &Value::from_f64(0.5), Sub), "(0.5+2j)");
        assert_eq!(bin(&c(1.0, INF), &int(2), Mul), "(nan+infj)");
        assert_eq!(bin(&c(1.0, 2.0), &c(3.0, -4.0), Mul), "(11+2j)");
        assert_eq!(bin(&c(1.0, 2.0), &c(3.0, -4.0), TrueDiv), "(-0.2+0.4j)");
        assert_eq!(bin(&c(INF, 1.0), &c(1.0, 1.0), TrueDiv), "(inf-infj)");
        assert_eq!(bin(&int(1), &c(INF, INF), TrueDiv), "(nan+nanj)");
        assert_eq!(bin(&c(0.0, 1.0), &int(0), TrueDiv), "ZeroDivisionError: complex division by zero");
        assert_eq!(bin(&int(1), &c(0.0, 0.0), TrueDiv), "ZeroDivisionError: complex division by zero");
        assert_eq!(bin(&c(0.0, 1.0), &int(2), FloorDiv), "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
        assert_eq!(bin(&c(0.0, 1.0), &int(2), Rem), "TypeError: unsupported operand type(s) for %: 'complex' and 'int'");
        assert_eq!(
            bin(&c(0.0, 1.0), &int(2), DivMod),
            "TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'"
        );
        let huge = Value::from_bigint(num_bigint::BigInt::from(1) << 1024);
        assert_eq!(bin(&huge, &c(0.0, 1.0), Mul), "OverflowError: int too large to convert to float");
        assert_eq!(bin(&c(0.0, 1.0), &crate::object::str::new_str("x"), Add), "TypeError: unsupported operand type(s) for +: 'complex' and 'str'");
    }

    #[test]
    fn power_matches_cpython() {
        use BinOp::Pow;
        assert_eq!(bin(&c(1.0, 2.0), &int(2), Pow), "(-3+4j)");
        assert_eq!(bin(&c(1.0, 2.0), &int(-2), Pow), "(-0.12-0.16j)");
        assert_eq!(bin(&c(0.0, 0.0), &int(-1), Pow), "ZeroDivisionError: 0.0 to a negative or complex power");
        assert_eq!(bin(&c(0.0, 0.0), &c(0.0, 1.0), Pow), "ZeroDivisionError: 0.0 to a negative or complex power");
        assert_eq!(bin(&c(1.0, 1.0), &Value::from_f64(0.5), Pow), "(1.0986841134678098+0.45508986056222733j)");
        assert_eq!(bin(&int(2), &c(1.0, 1.0), Pow), "(1.5384778027279442+1.2779225526272695j)");
        assert_eq!(bin(&c(1e200, 1e200), &int(2), Pow), "(nan+nanj)");
        assert_eq!(bin(&c(1.0, 1.0), &int(1000), Pow), "(3.273390607896366e+150-2.6303055750020937e+137j)");
        assert_eq!(bin(&c(0.0, 0.0), &c(0.0, 0.0), Pow), "(1+0j)");
        assert_eq!(bin(&c(0.0, 0.0), &int(0), Pow), "(1+0j)");
        assert_eq!(bin(&c(0.0, 0.0), &int(2), Pow), "0j");
        assert_eq!(bin(&c(1e300, 0.0), &Value::from_f64(2.5), Pow), "OverflowError: complex exponentiation");
        let e = ops::pow(&c(0.0, 1.0), &int(2), Some(&int(3))).unwrap_err();
        assert_eq!(err(e), "ValueError: complex modulo");
    }

    #[test]
    fn unary() {
        assert_eq!(r(&ops::unary_op(&c(0.0, 0.0), UnOp::Neg).unwrap()), "(-0-0j)");
        assert_eq!(r(&ops::unary_op(&c(1.0, 2.0), UnOp::Pos).unwrap()), "(1+2j)");
        assert_eq!(r(&ops::unary_op(&c(3.0, 4.0), UnOp::Abs).unwrap()), "5.0");
        assert_eq!(r(&ops::unary_op(&c(INF, NAN), UnOp::Abs).unwrap()), "inf");
        assert_eq!(r(&ops::unary_op(&c(NAN, 1.0), UnOp::Abs).unwrap()), "nan");
        assert_eq!(r(&ops::unary_op(&c(1e308, 1e308), UnOp::Abs).unwrap()), "1.4142135623730951e+308");
        assert_eq!(
            err(ops::unary_op(&c(1.7e308, 1.7e308), UnOp::Abs).unwrap_err()),
            "OverflowError: absolute value too large"
        );
        assert_eq!(err(ops::unary_op(&c(1.0, 0.0), UnOp::Invert).unwrap_err()), "TypeError: bad operand type for unary ~: 'complex'");
        assert!(!ops::is_true(&c(0.0, -0.0)).unwrap());
        assert!(ops::is_true(&c(0.0, 1.0)).unwrap());
        assert!(ops::is_true(&c(NAN, 0.0)).unwrap());
    }

    #[test]
    fn constructor() {
        let n = |re: &Value, im: Option<&Value>| match complex_new(re, im) {
            Ok(v) => r(&v),
            Err(e) => err(e),
        };
        assert_eq!(n(&c(0.0, 1.0), Some(&c(0.0, 1.0))), "(-1+1j)");
        assert_eq!(n(&int(1), Some(&c(0.0, 2.0))), "(-1+0j)");
        assert_eq!(n(&c(0.0, 2.0), None), "2j");
        assert_eq!(n(&Value::bool(true), Some(&int(2))), "(1+2j)");
        assert_eq!(n(&Value::from_f64(1.5), Some(&Value::from_f64(-0.0))), "(1.5-0j)");
        assert_eq!(n(&int(0), None), "0j");
        let l = crate::object::tuple::new_tuple(vec![]);
        assert_eq!(n(&l, None), "TypeError: complex() first argument must be a string or a number, not 'tuple'");
        assert_eq!(
            n(&int(1), Some(&crate::object::str::new_str("x"))),
            "TypeError: complex() second arg can't be a string"
        );
        assert_eq!(
            n(&int(1), Some(&l)),
            "TypeError: complex() second argument must be a number, not 'tuple'"
        );
        assert_eq!(r(&new_complex(1.0, 2.0)), "(1+2j)");
        assert_eq!(as_complex(&new_complex(1.0, 2.0)), Some((1.0, 2.0)));
        assert_eq!(as_complex(&int(1)), None);
    }
}
