//! Design: DESIGN.md#modules
//!
//! The `math` module: CPython 3.13's functions and constants with its
//! error words ("math domain error", "math range error"). Integer
//! functions (factorial, comb, perm, gcd, lcm, isqrt) work on big ints.
//! gamma/lgamma (Lanczos) and erf/erfc (series and continued fraction) are
//! weft's own approximations: within a few ulps of CPython's, exact for
//! gamma at small integers.

#![forbid(unsafe_code)]

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::int::{int_ref, to_bigint, IntRef};
use crate::object::typeobj::{MethodDef, MethodKind};
use crate::object::{float, ops, str as pystr, tuple, Value};

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A float argument: float, int, or an object with `__float__`/`__index__`.
pub fn arg_f64(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_float(v) {
        return Ok(x);
    }
    if int_ref(v).is_some() {
        return crate::object::int::int_to_f64(v);
    }
    let n = &v.ty().slots.number;
    if let Some(f) = n.float {
        let r = f(v)?;
        return float::as_float(&r).ok_or_else(|| PyErr::type_error(format!("{}.__float__ returned non-float", v.ty().name)));
    }
    if n.index.is_some() {
        let i = ops::index(v)?;
        return crate::object::int::int_to_f64(&i);
    }
    Err(PyErr::type_error(format!("must be real number, not {}", v.ty().name)))
}

/// An integer argument through `__index__`.
fn arg_int(v: &Value) -> PyResult<BigInt> {
    let i = ops::index(v)?;
    Ok(to_bigint(&i).expect("index returns an int"))
}

fn fl(x: f64) -> Value {
    Value::from_f64(x)
}

fn one_arg<'a>(name: &str, args: &'a [Value], kwnames: Option<&Value>) -> PyResult<&'a Value> {
    no_kw(name, kwnames)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("math.{}() takes exactly one argument ({} given)", name, args.len())));
    }
    Ok(&args[0])
}

fn no_kw(name: &str, kwnames: Option<&Value>) -> PyResult<()> {
    if kwnames.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    Ok(())
}

fn n_args(name: &str, args: &[Value], kwnames: Option<&Value>, min: usize, max: usize) -> PyResult<()> {
    no_kw(name, kwnames)?;
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{} expected {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// Keyword arguments as (name, value) pairs, after the positional ones.
fn split_kw<'a>(args: &'a [Value], kwnames: Option<&Value>) -> (&'a [Value], Vec<(String, &'a Value)>) {
    let names: Vec<String> =
        kwnames.and_then(tuple::items).map(|n| n.iter().map(pystr::to_rust_string).collect()).unwrap_or_default();
    let np = args.len() - names.len();
    (&args[..np], names.into_iter().zip(args[np..].iter()).collect())
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error, an infinity
/// from a finite argument is a range error (or a domain error for
/// functions that cannot overflow, such as atanh(1)).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

macro_rules! unary {
    ($($fname:ident, $pyname:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
                let x = arg_f64(one_arg($pyname, args, kw)?)?;
                Ok(fl(math_1(x, $f, $ovf)?))
            }
        )*
    };
}

unary! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", atanh, false;
    m_cbrt, "cbrt", f64::cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", f64::abs, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
    m_log1p, "log1p", f64::ln_1p, false;
    m_erf, "erf", erf, false;
    m_erfc, "erfc", erfc, false;
    m_degrees, "degrees", f64::to_degrees, true;
    m_radians, "radians", f64::to_radians, false;
}

// asinh/acosh/atanh: the classic fdlibm formulas over the C library's
// log/log1p (what CPython's libm computes), so results agree with CPython
// to the last bit; Rust's own f64::asinh/acosh/atanh differ by an ulp on
// some arguments (cmath's inverse functions inherit the difference).
const LN2: f64 = std::f64::consts::LN_2;
const TWO28: f64 = 268_435_456.0;

fn asinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x + x;
    }
    let a = x.abs();
    if a < 1.0 / TWO28 {
        return x;
    }
    let w = if a > TWO28 {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= TWO28 {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if a < 1.0 / TWO28 {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}

// ---- erf / erfc -----------------------------------------------------------------

const SQRT_PI: f64 = 1.772_453_850_905_516;

/// erf for |x| < 1.5: 2x/sqrt(pi) * exp(-x^2) * sum 2^n x^2n / (1*3*...*(2n+1))
/// (all terms positive, no cancellation).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = 1.0;
    let mut acc = 1.0;
    let mut k = 1.0;
    for _ in 0..60 {
        k += 2.0;
        term *= 2.0 * x2 / k;
        acc += term;
        if term < 1e-17 * acc {
            break;
        }
    }
    2.0 * x / SQRT_PI * (-x2).exp() * acc
}

/// erfc for x >= 1.5 by the continued fraction
/// erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
fn erfc_cf(x: f64) -> f64 {
    if x >= 27.3 {
        return 0.0;
    }
    // Evaluate with the modified Lentz method on x^2-form:
    // erfc(x) = x exp(-x^2)/sqrt(pi) / (x^2 + 1/2 - (1*1/2)/(x^2 + 5/2 - (2*3/2)/(x^2 + 9/2 - ...)))
    let x2 = x * x;
    let tiny = 1e-300;
    let mut b = x2 + 0.5;
    let mut f = b;
    let mut c = b;
    let mut d = 0.0;
    for n in 1..200 {
        let nf = n as f64;
        let a = -nf * (nf - 0.5);
        b += 2.0;
        d = b + a * d;
        if d.abs() < tiny {
            d = tiny;
        }
        c = b + a / c;
        if c.abs() < tiny {
            c = tiny;
        }
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    x * (-x2).exp() / SQRT_PI / f
}

pub fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    if a < 1.5 {
        erf_series(x)
    } else {
        let r = 1.0 - erfc_cf(a);
        r.copysign(x)
    }
}

pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    if a < 1.5 {
        1.0 - erf_series(x)
    } else {
        let r = erfc_cf(a);
        if x > 0.0 {
            r
        } else {
            2.0 - r
        }
    }
}

// ---- gamma / lgamma -------------------------------------------------------------

const LANCZOS_G: f64 = 7.0;
const LANCZOS_P: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

fn lanczos_sum(x: f64) -> f64 {
    // x > 0; A(x) = p0 + sum p_i / (x - 1 + i)
    let mut s = LANCZOS_P[0];
    for (i, p) in LANCZOS_P.iter().enumerate().skip(1) {
        s += p / (x - 1.0 + i as f64);
    }
    s
}

fn factorial_f64(n: u32) -> f64 {
    (1..=n).fold(1.0, |a, k| a * k as f64)
}

fn gamma(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            return Ok(factorial_f64(x as u32 - 1));
        }
    }
    if x > 171.624_376_956_302_7 {
        return Err(range());
    }
    if x < 0.5 {
        // Reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x)).
        let s = (std::f64::consts::PI * x).sin();
        let g = gamma_pos(1.0 - x);
        let r = std::f64::consts::PI / (s * g);
        if r.is_infinite() {
            return Err(range());
        }
        return Ok(r);
    }
    let r = gamma_pos(x);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// Gamma for x >= 0.5 (Lanczos, g = 7).
fn gamma_pos(x: f64) -> f64 {
    let t = x + LANCZOS_G - 0.5;
    let s = lanczos_sum(x);
    // sqrt(2 pi) t^(x-0.5) e^-t A(x), with the power split to avoid overflow.
    let p = t.powf((x - 0.5) / 2.0);
    (2.0 * std::f64::consts::PI).sqrt() * p * ((-t).exp() * p) * s
}

fn lgamma(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    if x.abs() < 1e-17 {
        return Ok(-x.abs().ln());
    }
    if x < 0.5 {
        // lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x)
        let s = (std::f64::consts::PI * x).sin().abs();
        let r = (std::f64::consts::PI / s).ln() - lgamma_pos(1.0 - x);
        return Ok(r);
    }
    let r = lgamma_pos(x);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

fn lgamma_pos(x: f64) -> f64 {
    if x < 20.0 {
        if let Ok(g) = gamma(x) {
            return g.abs().ln();
        }
    }
    let t = x + LANCZOS_G - 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x - 0.5) * t.ln() - t + lanczos_sum(x).ln()
}

fn m_gamma(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(fl(gamma(arg_f64(one_arg("gamma", args, kw)?)?)?))
}
fn m_lgamma(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(fl(lgamma(arg_f64(one_arg("lgamma", args, kw)?)?)?))
}

// ---- logarithms ------------------------------------------------------------------

/// Natural log of an argument; ints of any size (log of the mantissa plus
/// the exponent times ln 2 for ints too large for a float).
fn log_arg(v: &Value, f: fn(f64) -> f64, ln2_factor: f64) -> PyResult<f64> {
    if let Some(r) = int_ref(v) {
        let b = r.to_big();
        if b.sign() != Sign::Plus {
            return Err(domain());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let bits = b.bits();
        let shift = bits - 60;
        let m = (&b >> shift).to_f64().unwrap();
        return Ok(f(m) + shift as f64 * ln2_factor);
    }
    let x = arg_f64(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn m_log(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("log", args, kw, 1, 2)?;
    let num = log_arg(&args[0], f64::ln, std::f64::consts::LN_2)?;
    if args.len() == 2 {
        let den = log_arg(&args[1], f64::ln, std::f64::consts::LN_2)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(fl(num / den));
    }
    Ok(fl(num))
}
fn m_log2(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(fl(log_arg(one_arg("log2", args, kw)?, f64::log2, 1.0)?))
}
fn m_log10(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(fl(log_arg(one_arg("log10", args, kw)?, f64::log10, std::f64::consts::LOG10_2)?))
}

// ---- two-argument float functions ---------------------------------------------------

fn two(name: &str, args: &[Value], kw: Option<&Value>) -> PyResult<(f64, f64)> {
    n_args(name, args, kw, 2, 2)?;
    Ok((arg_f64(&args[0])?, arg_f64(&args[1])?))
}

pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

fn m_pow(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (x, y) = two("pow", args, kw)?;
    Ok(fl(pow(x, y)?))
}

fn m_atan2(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (y, x) = two("atan2", args, kw)?;
    Ok(fl(y.atan2(x)))
}

fn m_copysign(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (x, y) = two("copysign", args, kw)?;
    Ok(fl(x.copysign(y)))
}

fn m_fmod(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (x, y) = two("fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(fl(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(fl(r))
}

pub fn remainder(x: f64, y: f64) -> PyResult<f64> {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain());
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half-way: choose the even multiple.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return Ok(1.0f64.copysign(x) * r);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() {
        return Err(domain());
    }
    Ok(x)
}

fn m_remainder(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (x, y) = two("remainder", args, kw)?;
    Ok(fl(remainder(x, y)?))
}

fn m_fma(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("fma", args, kw, 3, 3)?;
    let (x, y, z) = (arg_f64(&args[0])?, arg_f64(&args[1])?, arg_f64(&args[2])?);
    let r = x.mul_add(y, z);
    if !r.is_finite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(if r.is_nan() {
            PyErr::value_error("invalid operation in fma")
        } else {
            PyErr::overflow_error("overflow in fma")
        });
    }
    Ok(fl(r))
}

fn m_ldexp(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("ldexp", args, kw, 2, 2)?;
    let x = arg_f64(&args[0])?;
    if int_ref(&args[1]).is_none() {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_bigint(&args[1]).unwrap();
    if x == 0.0 || !x.is_finite() {
        return Ok(fl(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if e > 3000 {
        return Err(range());
    }
    if e < -3000 {
        return Ok(fl(0.0f64.copysign(x)));
    }
    let r = ldexp(x, e as i32);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(fl(r))
}

/// x * 2^e, rounding once (subnormal results rounded correctly).
pub fn ldexp(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, fe) = float::frexp(x); // 0.5 <= |m| < 1
    let exp = fe as i64 + e as i64;
    if exp > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if exp < -1074 {
        return 0.0f64.copysign(x);
    }
    if exp >= -1021 {
        // m * 2^(exp-1) is exact and normal; doubling is exact or overflows.
        return m * 2f64.powi(exp as i32 - 1) * 2.0;
    }
    // Subnormal result: an exact scaling, then one rounding multiply.
    m * 2f64.powi((exp + 1074) as i32) * f64::from_bits(1)
}

fn m_frexp(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = arg_f64(one_arg("frexp", args, kw)?)?;
    let (m, e) = float::frexp(x);
    Ok(tuple::new_tuple(vec![fl(m), Value::from_i64(e as i64)]))
}

fn m_modf(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = arg_f64(one_arg("modf", args, kw)?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(tuple::new_tuple(vec![fl(f), fl(i)]))
}

fn m_nextafter(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("nextafter expected 2 arguments, got {}", pos.len())));
    }
    let (x, y) = (arg_f64(&pos[0])?, arg_f64(&pos[1])?);
    let mut steps: Option<BigInt> = None;
    for (k, v) in kws {
        if k != "steps" {
            return Err(PyErr::type_error(format!("nextafter() got an unexpected keyword argument '{}'", k)));
        }
        if !v.is_none() {
            steps = Some(arg_int(v)?);
        }
    }
    let Some(steps) = steps else { return Ok(fl(nextafter(x, y))) };
    if steps.is_negative() {
        return Err(PyErr::value_error("steps must be a non-negative integer"));
    }
    let n = steps.to_u64().unwrap_or(u64::MAX);
    Ok(fl(nextafter_steps(x, y, n)))
}

/// `n` steps from x towards y (stopping at y), on the ordered integer
/// image of the floats (no loop).
pub fn nextafter_steps(x: f64, y: f64, n: u64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if n == 0 {
        return x;
    }
    let ord = |v: f64| -> i128 {
        let b = v.to_bits();
        if b >> 63 == 1 {
            -((b & !(1u64 << 63)) as i128)
        } else {
            b as i128
        }
    };
    let unord = |i: i128| -> f64 {
        if i < 0 {
            f64::from_bits((-i) as u64 | (1u64 << 63))
        } else {
            f64::from_bits(i as u64)
        }
    };
    let (ix, iy) = (ord(x), ord(y));
    if ix == iy {
        return y;
    }
    let r = if iy > ix { (ix + n as i128).min(iy) } else { (ix - n as i128).max(iy) };
    if r == iy {
        return y;
    }
    unord(r)
}

pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

fn m_ulp(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = arg_f64(one_arg("ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(fl(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(fl(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x1 = nextafter(x, 0.0);
        return Ok(fl(x - x1));
    }
    Ok(fl(x2 - x))
}

// ---- rounding ----------------------------------------------------------------------

/// Calls `v.<name>()` if its type defines it (user classes).
fn call_dunder(v: &Value, name: &str) -> Option<PyResult<Value>> {
    if crate::object::exc::is_exception(v) || float::as_float(v).is_some() || int_ref(v).is_some() {
        return None;
    }
    let m = ops::getattr(v, &pystr::intern(name)).ok()?;
    Some(ops::call(&m, &[], None))
}

fn round_with(v: &Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if int_ref(v).is_some() {
        return Ok(match int_ref(v).unwrap() {
            IntRef::Small(i) => Value::from_i64(i),
            IntRef::Big(b) => Value::from_bigint(b.clone()),
        });
    }
    if let Some(x) = float::as_float(v) {
        return float::float_to_int(f(x));
    }
    if let Some(r) = call_dunder(v, dunder) {
        return r;
    }
    float::float_to_int(f(arg_f64(v)?))
}

fn m_ceil(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    round_with(one_arg("ceil", args, kw)?, "__ceil__", f64::ceil)
}
fn m_floor(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    round_with(one_arg("floor", args, kw)?, "__floor__", f64::floor)
}
fn m_trunc(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg("trunc", args, kw)?;
    if int_ref(v).is_some() || float::as_float(v).is_some() {
        return round_with(v, "__trunc__", f64::trunc);
    }
    match call_dunder(v, "__trunc__") {
        Some(r) => r,
        None => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", v.ty().name))),
    }
}

// ---- predicates ------------------------------------------------------------------------

fn m_isfinite(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(arg_f64(one_arg("isfinite", args, kw)?)?.is_finite()))
}
fn m_isinf(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(arg_f64(one_arg("isinf", args, kw)?)?.is_infinite()))
}
fn m_isnan(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(arg_f64(one_arg("isnan", args, kw)?)?.is_nan()))
}

pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

fn m_isclose(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let (mut a, mut b, mut rel, mut abs) = (None, None, 1e-9, 0.0);
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    if let Some(x) = pos.first() {
        a = Some(arg_f64(x)?);
    }
    if let Some(x) = pos.get(1) {
        b = Some(arg_f64(x)?);
    }
    for (k, v) in kws {
        match k.as_str() {
            "a" if a.is_none() => a = Some(arg_f64(v)?),
            "b" if b.is_none() => b = Some(arg_f64(v)?),
            "rel_tol" => rel = arg_f64(v)?,
            "abs_tol" => abs = arg_f64(v)?,
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{}'", k))),
        }
    }
    let (Some(a), Some(b)) = (a, b) else {
        let missing = if a.is_none() { "a" } else { "b" };
        return Err(PyErr::type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            missing,
            if missing == "a" { 1 } else { 2 }
        )));
    };
    Ok(Value::bool(isclose(a, b, rel, abs)?))
}

// ---- sums and products ------------------------------------------------------------------

/// Shewchuk's exactly rounded sum (CPython's fsum semantics for inf/nan).
pub fn fsum(items: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in items {
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = one_arg("fsum", args, kw)?;
    let mut xs = Vec::new();
    for v in ops::collect(it)? {
        xs.push(arg_f64(&v)?);
    }
    Ok(fl(fsum(xs)?))
}

fn m_prod(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut acc = Value::from_i64(1);
    for (k, v) in kws {
        if k != "start" {
            return Err(PyErr::type_error(format!("prod() got an unexpected keyword argument '{}'", k)));
        }
        acc = v.clone();
    }
    for x in ops::collect(&pos[0])? {
        acc = ops::binary_op(&acc, &x, ops::BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_sumprod(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("sumprod", args, kw, 2, 2)?;
    let p = ops::collect(&args[0])?;
    let q = ops::collect(&args[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let all_float = p.iter().chain(q.iter()).all(|v| float::as_float(v).is_some());
    if all_float && !p.is_empty() {
        // Exactly rounded dot product via fsum of the split products.
        let mut terms = Vec::with_capacity(p.len() * 2);
        for (a, b) in p.iter().zip(q.iter()) {
            let (x, y) = (float::as_float(a).unwrap(), float::as_float(b).unwrap());
            let hi = x * y;
            let lo = x.mul_add(y, -hi);
            terms.push(hi);
            if lo.is_finite() {
                terms.push(lo);
            }
        }
        return Ok(fl(fsum(terms)?));
    }
    let mut acc = Value::from_i64(0);
    for (a, b) in p.iter().zip(q.iter()) {
        let m = ops::binary_op(a, b, ops::BinOp::Mul)?;
        acc = ops::binary_op(&acc, &m, ops::BinOp::Add)?;
    }
    Ok(acc)
}

fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in xs {
        let a = x.abs();
        if a.is_nan() {
            found_nan = true;
        }
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let terms: Vec<f64> = xs
        .iter()
        .flat_map(|x| {
            let s = x / max;
            let hi = s * s;
            [hi, s.mul_add(s, -hi)]
        })
        .collect();
    max * fsum(terms).unwrap_or(f64::NAN).sqrt()
}

fn m_hypot(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kw("hypot", kw)?;
    let xs = args.iter().map(arg_f64).collect::<PyResult<Vec<f64>>>()?;
    Ok(fl(vector_norm(&xs)))
}

fn m_dist(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("dist", args, kw, 2, 2)?;
    let p = ops::collect(&args[0])?;
    let q = ops::collect(&args[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        d.push(arg_f64(a)? - arg_f64(b)?);
    }
    Ok(fl(vector_norm(&d)))
}

// ---- integer functions ------------------------------------------------------------------

fn big(b: BigInt) -> Value {
    Value::from_bigint(b)
}

fn m_factorial(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg("factorial", args, kw)?;
    let n = arg_int(v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(big(product_range(1, n as u64)))
}

/// lo * (lo+1) * ... * hi by binary splitting (1 for an empty range).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_perm(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("perm", args, kw, 1, 2)?;
    let n = arg_int(&args[0])?;
    if args.len() == 1 || args[1].is_none() {
        if n.is_negative() {
            return Err(PyErr::value_error("n must be a non-negative integer"));
        }
        let Some(n) = n.to_u64() else {
            return Err(PyErr::overflow_error("n must not exceed 9223372036854775807"));
        };
        return Ok(big(product_range(1, n)));
    }
    let k = arg_int(&args[1])?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::from_i64(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(PyErr::overflow_error("k must not exceed 9223372036854775807"));
    };
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    Ok(big(acc))
}

fn m_comb(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    n_args("comb", args, kw, 2, 2)?;
    let n = arg_int(&args[0])?;
    let k = arg_int(&args[1])?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::from_i64(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(PyErr::overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        acc /= BigInt::from(i + 1);
    }
    Ok(big(acc))
}

fn m_gcd(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kw("gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        let x = arg_int(a)?;
        acc = acc.gcd(&x);
    }
    Ok(big(acc))
}

fn m_lcm(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kw("lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let x = arg_int(a)?;
        if x.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = acc.lcm(&x);
    }
    Ok(big(acc.abs()))
}

fn m_isqrt(_m: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let n = arg_int(one_arg("isqrt", args, kw)?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big(n.sqrt()))
}

// ---- the module -------------------------------------------------------------------------

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef { name: $name, func: $f, kind: MethodKind::StaticMethod, doc: "" }),*]
    };
}

pub static MATH_METHODS: &[MethodDef] = defs![
    "acos" => m_acos, "acosh" => m_acosh, "asin" => m_asin, "asinh" => m_asinh, "atan" => m_atan,
    "atan2" => m_atan2, "atanh" => m_atanh, "cbrt" => m_cbrt, "ceil" => m_ceil, "comb" => m_comb,
    "copysign" => m_copysign, "cos" => m_cos, "cosh" => m_cosh, "degrees" => m_degrees, "dist" => m_dist,
    "erf" => m_erf, "erfc" => m_erfc, "exp" => m_exp, "exp2" => m_exp2, "expm1" => m_expm1,
    "fabs" => m_fabs, "factorial" => m_factorial, "floor" => m_floor, "fma" => m_fma, "fmod" => m_fmod,
    "frexp" => m_frexp, "fsum" => m_fsum, "gamma" => m_gamma, "gcd" => m_gcd, "hypot" => m_hypot,
    "isclose" => m_isclose, "isfinite" => m_isfinite, "isinf" => m_isinf, "isnan" => m_isnan,
    "isqrt" => m_isqrt, "lcm" => m_lcm, "ldexp" => m_ldexp, "lgamma" => m_lgamma, "log" => m_log,
    "log10" => m_log10, "log1p" => m_log1p, "log2" => m_log2, "modf" => m_modf,
    "nextafter" => m_nextafter, "perm" => m_perm, "pow" => m_pow, "prod" => m_prod,
    "radians" => m_radians, "remainder" => m_remainder, "sin" => m_sin, "sinh" => m_sinh,
    "sqrt" => m_sqrt, "sumprod" => m_sumprod, "tan" => m_tan, "tanh" => m_tanh, "trunc" => m_trunc,
    "ulp" => m_ulp,
];

/// The module's constants.
pub fn math_constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", fl(std::f64::consts::PI)),
        ("e", fl(std::f64::consts::E)),
        ("tau", fl(std::f64::consts::TAU)),
        ("inf", fl(f64::INFINITY)),
        ("nan", fl(f64::NAN)),
    ]
}

/// A new `math` module.
pub fn make_math_module() -> Value {
    let m = crate::object::module::new_module("math");
    crate::object::module::add_functions(&m, MATH_METHODS);
    let d = crate::object::module::module_dict(&m).expect("module dict");
    for (k, v) in math_constants() {
        let _ = d.set(pystr::intern(k), v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: Vec<Value>) -> Result<String, String> {
        let d = MATH_METHODS.iter().find(|d| d.name == name).unwrap();
        match (d.func)(&Value::none(), &args, None) {
            Ok(v) => Ok(ops::repr_string(&v).unwrap()),
            Err(e) => Err(format!("{}: {}", e.kind.name(), e.msg)),
        }
    }
    fn i(x: i64) -> Value {
        Value::from_i64(x)
    }
    fn f(x: f64) -> Value {
        Value::from_f64(x)
    }
    fn bigv(s: &str) -> Value {
        crate::object::int::parse_int(s, 10).unwrap()
    }

    /// Pinned to CPython 3.13.0.
    #[test]
    fn values_and_errors() {
        let ok = |n: &str, a: Vec<Value>, want: &str| assert_eq!(call(n, a), Ok(want.to_string()), "{}", n);
        let err = |n: &str, a: Vec<Value>, want: &str| assert_eq!(call(n, a), Err(want.to_string()), "{}", n);
        err("sqrt", vec![], "TypeError: math.sqrt() takes exactly one argument (0 given)");
        err("sqrt", vec![i(1), i(2)], "TypeError: math.sqrt() takes exactly one argument (2 given)");
        err("sqrt", vec![pystr::new_str("a")], "TypeError: must be real number, not str");
        err("sqrt", vec![i(-1)], "ValueError: math domain error");
        err("pow", vec![i(2)], "TypeError: pow expected 2 arguments, got 1");
        err("log", vec![], "TypeError: log expected at least 1 argument, got 0");
        err("log", vec![i(1), i(2), i(3)], "TypeError: log expected at most 2 arguments, got 3");
        err("log", vec![i(0)], "ValueError: math domain error");
        err("log", vec![f(0.0)], "ValueError: math domain error");
        ok("log", vec![bigv(&format!("1{}", "0".repeat(400)))], "921.0340371976182");
        err("log", vec![i(2), i(1)], "ZeroDivisionError: float division by zero");
        err("exp", vec![i(1000)], "OverflowError: math range error");
        err("factorial", vec![i(-1)], "ValueError: factorial() not defined for negative values");
        err("factorial", vec![f(1.5)], "TypeError: 'float' object cannot be interpreted as an integer");
        ok("factorial", vec![i(30)], "265252859812191058636308480000000");
        err("comb", vec![i(5), i(-1)], "ValueError: k must be a non-negative integer");
        ok("comb", vec![i(50), i(20)], "47129212243960");
        ok("comb", vec![bigv("100000000000000000000"), i(3)], "166666666666666666661666666666666666666700000000000000000000");
        ok("perm", vec![i(5)], "120");
        ok("perm", vec![i(5), i(2)], "20");
        ok("perm", vec![i(5), i(6)], "0");
        ok("gcd", vec![], "0");
        ok("gcd", vec![i(12), i(18), i(27)], "3");
        ok("lcm", vec![i(4), i(6)], "12");
        err("isqrt", vec![i(-1)], "ValueError: isqrt() argument must be nonnegative");
        ok("isqrt", vec![bigv("1000000000000000000000000000000")], "1000000000000000");
        ok("ceil", vec![f(1.5)], "2");
        ok("floor", vec![f(-1.5)], "-2");
        err("ceil", vec![f(f64::INFINITY)], "OverflowError: cannot convert float infinity to integer");
        err("floor", vec![f(f64::NAN)], "ValueError: cannot convert float NaN to integer");
        ok("trunc", vec![f(2.7)], "2");
        ok("fsum", vec![crate::object::list::new_list(vec![f(0.1); 10])], "1.0");
        err("fsum", vec![crate::object::list::new_list(vec![f(1e308), f(1e308)])], "OverflowError: intermediate overflow in fsum");
        ok("hypot", vec![i(3), i(4)], "5.0");
        let t = |xs: Vec<Value>| tuple::new_tuple(xs);
        ok("dist", vec![t(vec![i(0), i(0)]), t(vec![i(3), i(4)])], "5.0");
        err("dist", vec![t(vec![i(0)]), t(vec![i(3), i(4)])], "ValueError: both points must have the same number of dimensions");
        err("gamma", vec![i(0)], "ValueError: math domain error");
        err("gamma", vec![i(-1)], "ValueError: math domain error");
        err("gamma", vec![f(171.7)], "OverflowError: math range error");
        ok("gamma", vec![i(5)], "24.0");
        err("lgamma", vec![i(0)], "ValueError: math domain error");
        ok("atan2", vec![i(1), i(1)], "0.7853981633974483");
        err("fmod", vec![i(1), i(0)], "ValueError: math domain error");
        ok("modf", vec![f(2.5)], "(0.5, 2.0)");
        ok("frexp", vec![i(8)], "(0.5, 4)");
        err("ldexp", vec![i(1), i(10000)], "OverflowError: math range error");
        ok("ldexp", vec![f(1.5), i(3)], "12.0");
        ok("copysign", vec![i(1), f(-0.0)], "-1.0");
        ok("prod", vec![crate::object::list::new_list(vec![i(1), i(2), i(3)])], "6");
        ok("sumprod", vec![crate::object::list::new_list(vec![i(1), i(2)]), crate::object::list::new_list(vec![i(3), i(4)])], "11");
        err("sumprod", vec![crate::object::list::new_list(vec![i(1), i(2)]), crate::object::list::new_list(vec![i(3)])], "ValueError: Inputs are not the same length");
        ok("nextafter", vec![i(1), i(2)], "1.0000000000000002");
        assert_eq!(nextafter_steps(1.0, 2.0, 3), 1.0000000000000007);
        assert_eq!(nextafter_steps(1.0, 2.0, u64::MAX), 2.0);
        assert_eq!(nextafter_steps(0.0, -1.0, 1), -5e-324);
        assert_eq!(nextafter_steps(-5e-324, 1.0, 2), 5e-324);
        ok("ulp", vec![f(1.0)], "2.220446049250313e-16");
        ok("remainder", vec![i(5), i(3)], "-1.0");
        ok("remainder", vec![i(5), i(2)], "1.0");
        ok("remainder", vec![i(7), i(2)], "-1.0");
        ok("remainder", vec![f(-5.0), i(3)], "1.0");
        ok("exp2", vec![i(3)], "8.0");
        ok("fma", vec![i(2), i(3), i(4)], "10.0");
        err("sqrt", vec![bigv(&format!("1{}", "0".repeat(400)))], "OverflowError: int too large to convert to float");
        ok("degrees", vec![f(std::f64::consts::PI)], "180.0");
        err("acos", vec![i(2)], "ValueError: math domain error");
        err("atanh", vec![i(1)], "ValueError: math domain error");
        err("cosh", vec![i(1000)], "OverflowError: math range error");
        err("pow", vec![i(0), i(-1)], "ValueError: math domain error");
        err("pow", vec![i(-1), f(0.5)], "ValueError: math domain error");
        err("pow", vec![i(10), i(400)], "OverflowError: math range error");
        ok("pow", vec![f(f64::NAN), i(0)], "1.0");
        ok("log2", vec![i(8)], "3.0");
        ok("log10", vec![i(1000)], "3.0");
        err("log1p", vec![i(-1)], "ValueError: math domain error");
        ok("isfinite", vec![i(1)], "True");
        err("ceil", vec![pystr::new_str("x")], "TypeError: must be real number, not str");
        err("gcd", vec![f(1.5)], "TypeError: 'float' object cannot be interpreted as an integer");
        err("factorial", vec![bigv("1000000000000000000000000000000")], "OverflowError: factorial() argument should not exceed 9223372036854775807");
    }

    #[test]
    fn approximations_close_to_cpython() {
        let close = |a: f64, b: f64| ((a - b) / b).abs() < 1e-14;
        assert!(close(gamma(0.5).unwrap(), 1.7724538509055159));
        assert!(close(lgamma(-2.5).unwrap(), -0.05624371649767457));
        assert!(close(erf(0.5), 0.5204998778130465));
        assert!(close(erfc(0.5), 0.4795001221869535));
        assert!(close(erf(2.0), 0.9953222650189527));
        assert!(close(erfc(3.0), 2.209049699858544e-05));
        assert!(close(erfc(-1.0), 1.842700792949715));
        assert!(close(gamma(30.5).unwrap(), 4.8226969334909086e+31));
        assert!(close(lgamma(100.0).unwrap(), 359.1342053695754));
    }

    #[test]
    fn isclose_kw() {
        let d = MATH_METHODS.iter().find(|d| d.name == "isclose").unwrap();
        let kw = tuple::new_tuple(vec![pystr::new_str("rel_tol")]);
        let e = (d.func)(&Value::none(), &[i(1), i(2), i(-1)], Some(&kw)).unwrap_err();
        assert_eq!(e.msg, "tolerances must be non-negative");
        let r = (d.func)(&Value::none(), &[i(1), f(1.0000000001)], None).unwrap();
        assert!(r.is_true_obj());
    }
}
