//! Design: DESIGN.md#int
//!
//! int: small values are tagged in the Value word; others are `PyInt`
//! (a BigInt that never fits the small range). bool is a subtype of int
//! whose instances are the statics True and False.
//!
//! Every operation tries the tagged fast path first (checked i64 arithmetic)
//! and falls back to `num-bigint` only on overflow; results go back through
//! `Value::from_bigint`, which re-tags values that fit.

#![forbid(unsafe_code)]

use std::borrow::Cow;
use crate::sync::{AtomicUsize, Ordering as AtOrd};

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};

/// Payload of heap ints: always outside [SMALL_INT_MIN, SMALL_INT_MAX].
pub struct PyInt(pub BigInt);

impl PyPayload for PyInt {
    fn class() -> &'static PyType {
        &INT_TYPE
    }
}

const INT_NUMBER: NumberSlots = NumberSlots {
    add: Some(int_add),
    sub: Some(int_sub),
    mul: Some(int_mul),
    truediv: Some(int_truediv),
    floordiv: Some(int_floordiv),
    rem: Some(int_rem),
    divmod: Some(int_divmod),
    pow: Some(int_pow),
    lshift: Some(int_lshift),
    rshift: Some(int_rshift),
    and: Some(int_and),
    or: Some(int_or),
    xor: Some(int_xor),
    matmul: None,
    neg: Some(int_neg),
    pos: Some(int_pos),
    abs: Some(int_abs),
    invert: Some(int_invert),
    bool: Some(int_bool),
    int: Some(int_int),
    float: Some(int_float),
    index: Some(int_int),
};

pub static INT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "int",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(int_repr),
        hash: Some(int_hash),
        richcompare: Some(int_richcompare),
        number: INT_NUMBER,
        new: Some(crate::builtins::ctors::int_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyInt>::free,
    methods: crate::object::methods::numbers::INT_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub static BOOL_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "bool",
    base: &INT_TYPE,
    flags: type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(bool_repr),
        hash: Some(int_hash),
        richcompare: Some(int_richcompare),
        number: NumberSlots { and: Some(bool_and), or: Some(bool_or), xor: Some(bool_xor), ..INT_NUMBER },
        new: Some(crate::builtins::ctors::bool_new),
        ..Slots::EMPTY
    },
    free: crate::object::singletons::STATIC_FREE,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

// ---- access ---------------------------------------------------------------

/// A borrowed view of an int's value.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }
    fn cow(self) -> Cow<'static, BigInt> {
        Cow::Owned(self.to_big())
    }
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
}

/// The value of an int, bool or int subclass instance; `None` for others.
#[inline]
pub fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    // bool subclasses int but its payload is PyBool: test it first.
    if let Some(b) = v.as_bool() {
        return Some(IntRef::Small(b as i64));
    }
    // `Small` is only used inside the tagged range, so i64 arithmetic on two
    // `Small`s (add, sub, neg, abs, div) cannot overflow.
    v.downcast_sub::<PyInt>().map(|p| match p.0.to_i64() {
        Some(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => IntRef::Small(i),
        _ => IntRef::Big(&p.0),
    })
}

/// Is `v` an int (including bool and int subclasses)?
pub fn is_int(v: &Value) -> bool {
    int_ref(v).is_some()
}

/// Python's hash of an int that fits in i64 (modulus 2^61 - 1).
pub fn hash_i64(i: i64) -> i64 {
    const M: u64 = (1 << 61) - 1;
    let a = i.unsigned_abs() % M;
    let h = if i < 0 { -(a as i64) } else { a as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of any int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    const M: u64 = (1 << 61) - 1;
    let a = (b.magnitude() % M).to_u64().unwrap_or(0) as i64;
    let h = if b.is_negative() { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The value of an int (or bool) if it fits in i64.
pub fn to_i64(v: &Value) -> Option<i64> {
    match int_ref(v)? {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => b.to_i64(),
    }
}

impl Value {
    /// An int object for `i` (tagged when it fits).
    #[inline(always)]
    pub fn from_i64(i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => big_from_i64(i),
        }
    }

    /// An int object for `b`, normalised to the tagged form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        if let Some(v) = b.to_i64().and_then(Value::small_int) {
            return v;
        }
        PyObject::alloc(&INT_TYPE, PyInt(b))
    }
}

/// The value of an int (or bool) as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    int_ref(v).map(IntRef::to_big)
}

// ---- conversions to float ---------------------------------------------------

fn too_large_for_float() -> PyErr {
    PyErr::overflow_error("int too large to convert to float")
}

/// `float(n)`: correctly rounded (half-even); OverflowError when out of range.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        return Ok(i as f64);
    }
    // Round to 53 bits by hand with a sticky bit, so the final conversion of
    // the (at most 55-bit) mantissa is exact-then-single-rounded.
    let mag = b.magnitude();
    let nbits = mag.bits();
    let shift = nbits - 55;
    let top: u64 = (mag >> shift).to_u64().unwrap_or(0);
    let sticky = if (mag.trailing_zeros().unwrap_or(0)) < shift { 1 } else { 0 };
    let m = (top | sticky) as f64; // rounds to 53 bits exactly once
    if shift as i64 + 55 > 1024 + 1 {
        return Err(too_large_for_float());
    }
    let x = m * pow2(shift as i32);
    if x.is_infinite() {
        return Err(too_large_for_float());
    }
    Ok(if b.is_negative() { -x } else { x })
}

/// 2^k as an f64 for k in [-1074, 1023] (0 / inf outside).
pub(crate) fn pow2(k: i32) -> f64 {
    if k > 1023 {
        f64::INFINITY
    } else if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else if k >= -1074 {
        f64::from_bits(1u64 << (k + 1074))
    } else {
        0.0
    }
}

/// `float(v)` for an int value.
pub fn int_to_f64(v: &Value) -> PyResult<f64> {
    match int_ref(v) {
        Some(IntRef::Small(i)) => Ok(i as f64),
        Some(IntRef::Big(b)) => bigint_to_f64(b),
        None => Err(PyErr::type_error(format!("must be real number, not {}", v.ty().name))),
    }
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
pub fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    if a.is_zero() {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let e = ma.bits() as i64 - mb.bits() as i64; // a/b in (2^(e-1), 2^(e+1))
    if e > 1025 {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    if e < -1080 {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    // q = floor(|a| / |b| / 2^s) with 55 or 56 bits.
    let s = e - 55;
    let (n, d) = if s >= 0 {
        (Cow::Borrowed(ma), Cow::Owned(mb << (s as u64)))
    } else {
        (Cow::Owned(ma << ((-s) as u64)), Cow::Borrowed(mb))
    };
    let (q, r) = n.div_rem(&d);
    let q = q.to_u64().expect("quotient fits in 57 bits");
    let sticky = !r.is_zero();
    let lead = 63 - q.leading_zeros() as i64 + s; // exponent of the leading bit
    if lead > 1023 {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    let lsb = (lead - 52).max(-1074); // weight of the result's last bit
    let drop = lsb - s;
    let mant = if drop >= 64 {
        0
    } else {
        let drop = drop as u32;
        let mut m = q >> drop;
        let rem = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rem > half || (rem == half && (sticky || m & 1 == 1)) {
            m += 1;
        }
        m
    };
    let x = mant as f64 * pow2(lsb as i32);
    if x.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(if negate { -x } else { x })
}

// ---- slots --------------------------------------------------------------------

fn int_repr(v: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str(&int_to_decimal_string(v)?))
}

fn bool_repr(v: &Value) -> PyResult<Value> {
    Ok(crate::object::str::new_str(if v.is_true_obj() { "True" } else { "False" }))
}

fn int_hash(v: &Value) -> PyResult<i64> {
    match int_ref(v) {
        Some(IntRef::Small(i)) => Ok(hash_i64(i)),
        Some(IntRef::Big(b)) => Ok(hash_bigint(b)),
        None => crate::object::singletons::object_hash(v),
    }
}

/// Compares two ints.
pub fn int_cmp(a: IntRef<'_>, b: IntRef<'_>) -> core::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp(&BigInt::from(y)),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

fn int_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (int_ref(a), int_ref(b)) {
        (Some(x), Some(y)) => Ok(Value::bool(op.test(int_cmp(x, y)))),
        _ => Ok(Value::not_implemented()),
    }
}

macro_rules! operands {
    ($a:expr, $b:expr) => {
        match (int_ref($a), int_ref($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(Value::not_implemented()),
        }
    };
}

fn int_add(a: &Value, b: &Value) -> PyResult<Value> {
    match operands!(a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Ok(Value::from_i64(x + y)),
        (x, y) => Ok(Value::from_bigint(&*x.cow() + &*y.cow())),
    }
}

fn int_sub(a: &Value, b: &Value) -> PyResult<Value> {
    match operands!(a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Ok(Value::from_i64(x - y)),
        (x, y) => Ok(Value::from_bigint(&*x.cow() - &*y.cow())),
    }
}

fn int_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(p) = x.checked_mul(y) {
            return Ok(Value::from_i64(p));
        }
    }
    Ok(Value::from_bigint(&*x.cow() * &*y.cow()))
}

fn int_truediv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        const EXACT: u64 = 1 << 53;
        if y == 0 {
            return Err(PyErr::zero_division("division by zero"));
        }
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(Value::from_f64(x as f64 / y as f64));
        }
    }
    Ok(Value::from_f64(true_divide(&x.cow(), &y.cow())?))
}

fn divmod_zero() -> PyErr {
    PyErr::zero_division("integer division or modulo by zero")
}

/// Floor division and modulo of two ints (Python's sign rules).
pub fn int_divmod_ref(x: IntRef<'_>, y: IntRef<'_>) -> PyResult<(Value, Value)> {
    if y.is_zero() {
        return Err(divmod_zero());
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        // Both within ±2^62: no overflow possible.
        return Ok((Value::from_i64(Integer::div_floor(&x, &y)), Value::from_i64(Integer::mod_floor(&x, &y))));
    }
    let (q, r) = x.cow().div_mod_floor(&y.cow());
    Ok((Value::from_bigint(q), Value::from_bigint(r)))
}

fn int_floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if y == 0 {
            return Err(divmod_zero());
        }
        return Ok(Value::from_i64(Integer::div_floor(&x, &y)));
    }
    if y.is_zero() {
        return Err(divmod_zero());
    }
    Ok(Value::from_bigint(x.cow().div_floor(&y.cow())))
}

fn int_rem(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y.is_zero() {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        return Ok(Value::from_i64(Integer::mod_floor(&x, &y)));
    }
    Ok(Value::from_bigint(x.cow().mod_floor(&y.cow())))
}

fn int_divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let (q, r) = int_divmod_ref(x, y)?;
    Ok(crate::object::tuple::new_tuple(vec![q, r]))
}

/// Bits above which a power / shift result is refused (CPython would run
/// out of memory; we raise MemoryError up front).
const MAX_RESULT_BITS: u64 = 1 << 36;

fn int_pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let m = match m {
        None => None,
        Some(m) if m.is_none() => None,
        Some(m) => match int_ref(m) {
            Some(z) => Some(z),
            None => return Ok(Value::not_implemented()),
        },
    };
    match m {
        Some(z) => int_pow_mod(x, y, z),
        None => {
            if y.is_negative() {
                let fx = match x {
                    IntRef::Small(i) => i as f64,
                    IntRef::Big(b) => bigint_to_f64(b)?,
                };
                let fy = match y {
                    IntRef::Small(i) => i as f64,
                    IntRef::Big(b) => bigint_to_f64(b)?,
                };
                return Ok(Value::from_f64(crate::object::float::float_pow_f64(fx, fy)?));
            }
            int_pow_nonneg(x, y)
        }
    }
}

/// `x ** y` for y >= 0.
fn int_pow_nonneg(x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
    // Trivial bases first: their powers never grow.
    if let IntRef::Small(b) = x {
        if b == 0 || b == 1 {
            return Ok(Value::from_i64(if y.is_zero() { 1 } else { b }));
        }
        if b == -1 {
            let odd = match y {
                IntRef::Small(e) => e & 1 == 1,
                IntRef::Big(e) => e.is_odd(),
            };
            return Ok(Value::from_i64(if odd { -1 } else { 1 }));
        }
    }
    let e = match y {
        IntRef::Small(e) => e as u64,
        IntRef::Big(_) => return Err(PyErr::new(ExcKind::MemoryError, "")),
    };
    if let IntRef::Small(b) = x {
        if e <= u32::MAX as u64 {
            if let Some(p) = b.checked_pow(e as u32) {
                return Ok(Value::from_i64(p));
            }
        }
    }
    let base = x.to_big();
    if base.bits().saturating_mul(e) > MAX_RESULT_BITS {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(&base, e)))
}

fn int_pow_mod(x: IntRef<'_>, y: IntRef<'_>, z: IntRef<'_>) -> PyResult<Value> {
    if z.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = z.to_big();
    if modulus.magnitude().is_one() {
        return Ok(Value::from_i64(0));
    }
    let mut base = x.to_big();
    let mut exp = y.to_big();
    if exp.is_negative() {
        base = match base.modinv(&modulus) {
            Some(inv) => inv,
            None => return Err(PyErr::value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    Ok(Value::from_bigint(base.modpow(&exp, &modulus)))
}

fn shift_count(y: IntRef<'_>) -> PyResult<Option<u64>> {
    if y.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    Ok(match y {
        IntRef::Small(i) => Some(i as u64),
        IntRef::Big(_) => None,
    })
}

fn int_lshift(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let n = shift_count(y)?;
    if x.is_zero() {
        return Ok(Value::from_i64(0));
    }
    let n = match n {
        Some(n) => n,
        None => return Err(PyErr::overflow_error("too many digits in integer")),
    };
    if let IntRef::Small(i) = x {
        if n < 63 {
            let r = i << n;
            if r >> n == i {
                return Ok(Value::from_i64(r));
            }
        }
    }
    if n > MAX_RESULT_BITS {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(Value::from_bigint(x.to_big() << n))
}

fn int_rshift(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let n = shift_count(y)?;
    let neg = x.is_negative();
    let n = match n {
        Some(n) => n,
        None => return Ok(Value::from_i64(if neg { -1 } else { 0 })),
    };
    match x {
        IntRef::Small(i) => Ok(Value::from_i64(i >> n.min(63))),
        IntRef::Big(b) => {
            if n >= b.bits() {
                return Ok(Value::from_i64(if neg { -1 } else { 0 }));
            }
            // num-bigint's Shr on BigInt rounds toward -inf, as Python.
            Ok(Value::from_bigint(b >> n))
        }
    }
}

macro_rules! bitop {
    ($name:ident, $op:tt) => {
        fn $name(a: &Value, b: &Value) -> PyResult<Value> {
            match operands!(a, b) {
                (IntRef::Small(x), IntRef::Small(y)) => Ok(Value::from_i64(x $op y)),
                (x, y) => Ok(Value::from_bigint(&*x.cow() $op &*y.cow())),
            }
        }
    };
}
bitop!(int_and, &);
bitop!(int_or, |);
bitop!(int_xor, ^);

fn bool_and(a: &Value, b: &Value) -> PyResult<Value> {
    match (a.as_bool(), b.as_bool()) {
        (Some(x), Some(y)) => Ok(Value::bool(x & y)),
        _ => int_and(a, b),
    }
}
fn bool_or(a: &Value, b: &Value) -> PyResult<Value> {
    match (a.as_bool(), b.as_bool()) {
        (Some(x), Some(y)) => Ok(Value::bool(x | y)),
        _ => int_or(a, b),
    }
}
fn bool_xor(a: &Value, b: &Value) -> PyResult<Value> {
    match (a.as_bool(), b.as_bool()) {
        (Some(x), Some(y)) => Ok(Value::bool(x ^ y)),
        _ => int_xor(a, b),
    }
}

fn self_int(v: &Value) -> PyResult<IntRef<'_>> {
    int_ref(v).ok_or_else(|| PyErr::type_error(format!("descriptor requires an 'int' object but received a '{}'", v.ty().name)))
}

fn int_neg(v: &Value) -> PyResult<Value> {
    match self_int(v)? {
        IntRef::Small(i) => Ok(Value::from_i64(-i)),
        IntRef::Big(b) => Ok(Value::from_bigint(-b)),
    }
}

/// `+x`, `int(x)`, `x.__index__()`: the exact int with x's value.
fn int_int(v: &Value) -> PyResult<Value> {
    if v.is_type(&INT_TYPE) {
        return Ok(v.clone());
    }
    match self_int(v)? {
        IntRef::Small(i) => Ok(Value::from_i64(i)),
        IntRef::Big(b) => Ok(Value::from_bigint(b.clone())),
    }
}

fn int_pos(v: &Value) -> PyResult<Value> {
    int_int(v)
}

fn int_abs(v: &Value) -> PyResult<Value> {
    match self_int(v)? {
        IntRef::Small(i) => Ok(Value::from_i64(i.abs())),
        IntRef::Big(b) => Ok(Value::from_bigint(b.abs())),
    }
}

fn int_invert(v: &Value) -> PyResult<Value> {
    match self_int(v)? {
        IntRef::Small(i) => Ok(Value::from_i64(!i)),
        IntRef::Big(b) => Ok(Value::from_bigint(!b)),
    }
}

fn int_bool(v: &Value) -> PyResult<bool> {
    Ok(!self_int(v)?.is_zero())
}

fn int_float(v: &Value) -> PyResult<Value> {
    Ok(Value::from_f64(int_to_f64(v)?))
}

// ---- str <-> int ----------------------------------------------------------------

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// CPython's `sys.int_info.str_digits_check_threshold`.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()` (0 = unlimited).
pub fn get_int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(AtOrd::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_int_max_str_digits(n: usize) -> PyResult<()> {
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD {
        return Err(PyErr::value_error(format!("maxdigits must be 0 or larger than {}", MAX_STR_DIGITS_THRESHOLD)));
    }
    MAX_STR_DIGITS.store(n, AtOrd::Relaxed);
    Ok(())
}

fn to_str_limit_error() -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        get_int_max_str_digits()
    ))
}

/// Decimal text of a BigInt, refusing more than `limit` digits (0 = no
/// limit) as CPython's `long_to_decimal_string`.
pub fn bigint_to_decimal_limited(b: &BigInt, limit: usize) -> Option<String> {
    if limit > 0 {
        // Cheap pre-check: bits * log10(2) is within one of the digit count.
        let approx = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
        if approx > limit + 1 {
            return None;
        }
    }
    let s = b.to_str_radix(10);
    let digits = s.len() - b.is_negative() as usize;
    if limit > 0 && digits > limit {
        return None;
    }
    Some(s)
}

/// `str(v)` / `repr(v)` for an int (bool gives its int value).
pub fn int_to_decimal_string(v: &Value) -> PyResult<String> {
    match int_ref(v) {
        Some(IntRef::Small(i)) => Ok(i.to_string()),
        Some(IntRef::Big(b)) => bigint_to_decimal_limited(b, get_int_max_str_digits()).ok_or_else(to_str_limit_error),
        None => Err(PyErr::type_error(format!("expected int, got {}", v.ty().name))),
    }
}

/// Digits of |v| in `radix` (2..=36), lowercase, without sign or prefix.
pub fn int_abs_digits(v: IntRef<'_>, radix: u32) -> String {
    match v {
        IntRef::Small(i) => {
            let mut n = i.unsigned_abs();
            if n == 0 {
                return "0".into();
            }
            let mut buf = Vec::new();
            while n > 0 {
                buf.push(std::char::from_digit((n % radix as u64) as u32, radix).unwrap() as u8);
                n /= radix as u64;
            }
            buf.reverse();
            String::from_utf8(buf).unwrap()
        }
        IntRef::Big(b) => b.magnitude().to_str_radix(radix),
    }
}

fn prefixed(v: &Value, radix: u32, prefix: &str) -> PyResult<String> {
    let x = int_ref(v).ok_or_else(|| {
        PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name))
    })?;
    let sign = if x.is_negative() { "-" } else { "" };
    Ok(format!("{}{}{}", sign, prefix, int_abs_digits(x, radix)))
}

/// `bin(v)`: '-0b101'.
pub fn int_to_bin(v: &Value) -> PyResult<String> {
    prefixed(v, 2, "0b")
}
/// `oct(v)`: '0o17'.
pub fn int_to_oct(v: &Value) -> PyResult<String> {
    prefixed(v, 8, "0o")
}
/// `hex(v)`: '-0x1f'.
pub fn int_to_hex(v: &Value) -> PyResult<String> {
    prefixed(v, 16, "0x")
}

/// Python's `str.isspace()` for one char (as used by int()/float() to strip).
pub fn py_isspace(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ' | '\u{85}') || (c as u32 > 0x7f && c.is_whitespace())
}

/// The first code point of each run of ten Unicode decimal digits (category
/// Nd), from CPython 3.13's `unicodedata` (Unicode 15.1).
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
    0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
    0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
];

/// `unicodedata.decimal(c)`: the value of a Unicode decimal digit.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let d = u - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces
/// become ' ', Unicode decimal digits their ASCII digit, other non-ASCII
/// characters '?' (so that parsing fails).
pub fn transform_decimal_and_space(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_ascii() {
                    c
                } else if py_isspace(c) {
                    ' '
                } else if let Some(d) = unicode_decimal(c) {
                    char::from(b'0' + d as u8)
                } else {
                    '?'
                }
            })
            .collect(),
    )
}

/// `int(s, base)` for a str `s` (base 0 or 2..=36), with CPython's error
/// messages and the `sys.get_int_max_str_digits()` limit.
pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    parse_int_limited(s, base, get_int_max_str_digits())
}

/// `parse_int` with an explicit digit limit (0 = none).
pub fn parse_int_limited(s: &str, base: u32, limit: usize) -> PyResult<Value> {
    if base == 1 || base > 36 {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let shown: String = s.chars().take(200).collect();
        PyErr::value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::object::format::repr_str(&shown)
        ))
    };
    let ascii = transform_decimal_and_space(s);
    let t = ascii.trim_matches(py_isspace);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = t.as_bytes();
    let mut radix = base;
    let mut body = t;
    let mut after_prefix = false;
    if b.len() >= 2 && b[0] == b'0' {
        let p = b[1].to_ascii_lowercase();
        let pr = match p {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if pr != 0 && (base == 0 || base == pr) {
            radix = pr;
            body = &t[2..];
            after_prefix = true;
        }
    }
    if radix == 0 {
        radix = 10;
    }
    // Validate digits and underscores; collect the digits.
    let mut digits = Vec::with_capacity(body.len());
    let mut prev_digit = after_prefix; // "0x_1" allows an underscore first
    for &c in body.as_bytes() {
        if c == b'_' {
            if !prev_digit {
                return Err(invalid());
            }
            prev_digit = false;
            continue;
        }
        let d = (c as char).to_digit(radix).ok_or_else(invalid)?;
        digits.push(d as u8);
        prev_digit = true;
    }
    if digits.is_empty() || !prev_digit {
        return Err(invalid());
    }
    // Base 0 decimals cannot have leading zeros unless all zeros.
    if base == 0 && radix == 10 && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(invalid());
    }
    if limit > 0 && !radix.is_power_of_two() && digits.len() > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit,
            digits.len()
        )));
    }
    if digits.len() <= 12 {
        let mut acc: i64 = 0;
        for &d in &digits {
            acc = acc * radix as i64 + d as i64;
        }
        return Ok(Value::from_i64(if neg { -acc } else { acc }));
    }
    let mag = num_bigint::BigUint::from_radix_be(&digits, radix).ok_or_else(invalid)?;
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Ok(Value::from_bigint(BigInt::from_biguint(sign, mag)))
}

/// `float(v)`-style exact comparison of an int with a float.
/// `None` when `f` is NaN.
pub fn cmp_int_float(i: IntRef<'_>, f: f64) -> Option<core::cmp::Ordering> {
    use core::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() <= 1 << 53 {
            return (x as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti = crate::object::float::f64_to_bigint(t).expect("finite");
    let o = match i {
        IntRef::Small(x) => BigInt::from(x).cmp(&ti),
        IntRef::Big(b) => b.cmp(&ti),
    };
    if o != Equal {
        return Some(o);
    }
    let frac = f - t;
    Some(if frac > 0.0 {
        Less
    } else if frac < 0.0 {
        Greater
    } else {
        Equal
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops::{self, BinOp, UnOp};

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn big(s: &str) -> Value {
        parse_int_limited(s, 10, 0).unwrap()
    }
    fn s(v: &Value) -> String {
        match v.as_bool() {
            Some(b) => if b { "True".into() } else { "False".into() },
            None if crate::object::float::to_f64(v).is_some() && !is_int(v) => {
                crate::object::float::float_repr(crate::object::float::to_f64(v).unwrap())
            }
            None if v.ty().name == "tuple" => {
                let t = v.downcast::<crate::object::tuple::PyTuple>().unwrap();
                let parts: Vec<String> = t.items.iter().map(s).collect();
                format!("({})", parts.join(", "))
            }
            None => bigint_to_decimal_limited(&to_bigint(v).unwrap(), 0).unwrap(),
        }
    }
    fn bin(a: &Value, b: &Value, op: BinOp) -> String {
        match ops::binary_op(a, b, op) {
            Ok(v) => s(&v),
            Err(e) => format!("{}", e),
        }
    }
    fn pw(a: &Value, b: &Value, m: Option<&Value>) -> String {
        match ops::pow(a, b, m) {
            Ok(v) => s(&v),
            Err(e) => format!("{}", e),
        }
    }

    #[test]
    fn floor_div_mod_signs() {
        use BinOp::*;
        assert_eq!(bin(&int(-7), &int(2), FloorDiv), "-4");
        assert_eq!(bin(&int(-7), &int(2), Rem), "1");
        assert_eq!(bin(&int(7), &int(-2), Rem), "-1");
        assert_eq!(bin(&int(7), &int(-2), DivMod), "(-4, -1)");
        assert_eq!(bin(&int(-7), &int(2), DivMod), "(-4, 1)");
        assert_eq!(bin(&int(-8), &int(3), FloorDiv), "-3");
        let t30 = big("1000000000000000000000000000000");
        let m30 = big("-1000000000000000000000000000000");
        assert_eq!(bin(&t30, &int(-7), FloorDiv), "-142857142857142857142857142858");
        assert_eq!(bin(&m30, &int(7), Rem), "6");
        assert_eq!(bin(&m30, &int(7), DivMod), "(-142857142857142857142857142858, 6)");
    }

    #[test]
    fn zero_division_messages() {
        use BinOp::*;
        assert_eq!(bin(&int(1), &int(0), FloorDiv), "ZeroDivisionError: integer division or modulo by zero");
        assert_eq!(bin(&int(1), &int(0), Rem), "ZeroDivisionError: integer modulo by zero");
        assert_eq!(bin(&int(1), &int(0), DivMod), "ZeroDivisionError: integer division or modulo by zero");
        assert_eq!(bin(&int(1), &int(0), TrueDiv), "ZeroDivisionError: division by zero");
        assert_eq!(bin(&big("99999999999999999999999"), &int(0), Rem), "ZeroDivisionError: integer modulo by zero");
    }

    #[test]
    fn powers_and_boundary() {
        assert_eq!(pw(&int(2), &int(100), None), "1267650600228229401496703205376");
        let v = ops::pow(&int(-2), &int(63), None).unwrap();
        assert_eq!(s(&v), "-9223372036854775808");
        assert!(!v.is_small_int());
        let v = ops::pow(&int(2), &int(62), None).unwrap();
        assert!(!v.is_small_int());
        let v = ops::binary_op(&v, &int(1), BinOp::Sub).unwrap();
        assert!(v.is_small_int());
        assert_eq!(s(&v), "4611686018427387903");
        let v = ops::unary_op(&int(-(1 << 62)), UnOp::Neg).unwrap();
        assert_eq!(s(&v), "4611686018427387904");
        assert_eq!(pw(&int(2), &int(-1), None), "0.5");
        assert_eq!(pw(&int(0), &int(-1), None), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
        assert_eq!(pw(&int(3), &int(-1), Some(&int(7))), "5");
        assert_eq!(pw(&int(2), &int(-1), Some(&int(4))), "ValueError: base is not invertible for the given modulus");
        assert_eq!(pw(&int(2), &int(3), Some(&int(0))), "ValueError: pow() 3rd argument cannot be 0");
        assert_eq!(pw(&int(2), &int(-1), Some(&int(1))), "0");
    }

    #[test]
    fn modpow_signs() {
        // CPython 3.13: pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(38, -1, 97), pow(5, -2, -13)
        assert_eq!(pw(&int(-3), &int(5), Some(&int(7))), "2");
        assert_eq!(pw(&int(3), &int(5), Some(&int(-7))), "-2");
        assert_eq!(pw(&int(-3), &int(5), Some(&int(-7))), "-5");
        assert_eq!(pw(&int(38), &int(-1), Some(&int(97))), "23");
        assert_eq!(pw(&int(5), &int(-2), Some(&int(-13))), "-1");
    }

    #[test]
    fn shifts_and_bits() {
        use BinOp::*;
        assert_eq!(bin(&int(1), &int(-1), LShift), "ValueError: negative shift count");
        assert_eq!(bin(&int(1), &int(-1), RShift), "ValueError: negative shift count");
        assert_eq!(bin(&int(1), &int(100), LShift), "1267650600228229401496703205376");
        assert_eq!(bin(&int(-5), &int(1), RShift), "-3");
        assert_eq!(bin(&int(-1), &int(100), RShift), "-1");
        assert_eq!(bin(&int(5), &int(-3), And), "5");
        assert_eq!(bin(&int(-5), &int(3), Or), "-5");
        assert_eq!(bin(&int(-5), &int(3), Xor), "-8");
        assert_eq!(s(&ops::unary_op(&int(-5), UnOp::Invert).unwrap()), "4");
        // CPython: -(2**100) >> 3, -(2**100)+1 >> 99, (-(2**70)) & (2**65+5), -(2**70) | 3, -(2**70) ^ -1
        let m100 = big("-1267650600228229401496703205376");
        assert_eq!(bin(&m100, &int(3), RShift), "-158456325028528675187087900672");
        let m100p1 = ops::binary_op(&m100, &int(1), Add).unwrap();
        assert_eq!(bin(&m100p1, &int(99), RShift), "-2");
        let m70 = big("-1180591620717411303424");
        assert_eq!(bin(&m70, &big("36893488147419103237"), And), "0");
        assert_eq!(bin(&m70, &int(3), Or), "-1180591620717411303421");
        assert_eq!(bin(&m70, &int(-1), Xor), "1180591620717411303423");
    }

    #[test]
    fn bools() {
        use BinOp::*;
        let t = Value::bool(true);
        let f = Value::bool(false);
        assert_eq!(bin(&t, &t, Add), "2");
        assert_eq!(bin(&t, &t, And), "True");
        assert_eq!(bin(&t, &f, Or), "True");
        assert_eq!(bin(&t, &t, Xor), "False");
        assert_eq!(bin(&t, &int(1), And), "1");
        assert_eq!(bin(&int(3), &t, Mul), "3");
        assert_eq!(s(&ops::unary_op(&t, UnOp::Invert).unwrap()), "-2");
        assert_eq!(s(&ops::unary_op(&t, UnOp::Neg).unwrap()), "-1");
        assert_eq!(ops::repr_string(&t).unwrap(), "True");
        assert_eq!(ops::repr_string(&Value::bool(false)).unwrap(), "False");
        assert_eq!(ops::hash(&t).unwrap(), 1);
        assert!(ops::eq(&t, &int(1)).unwrap());
    }

    #[test]
    fn hashes() {
        // CPython 3.13 values.
        assert_eq!(ops::hash(&int(-1)).unwrap(), -2);
        assert_eq!(ops::hash(&big("2305843009213693952")).unwrap(), 1); // 2**61
        assert_eq!(ops::hash(&big("2305843009213693951")).unwrap(), 0); // 2**61-1
        assert_eq!(ops::hash(&big("-2305843009213693952")).unwrap(), -2); // -2**61
        assert_eq!(ops::hash(&big("1267650600228229401496703205376")).unwrap(), 549755813888);
        assert_eq!(ops::hash(&big("-1267650600228229401496703205376")).unwrap(), -549755813888);
    }

    #[test]
    fn parsing() {
        let p = |t: &str, b: u32| match parse_int(t, b) {
            Ok(v) => s(&v),
            Err(e) => format!("{}", e),
        };
        assert_eq!(p("  -1_000 ", 0), "-1000");
        assert_eq!(p("0x1f", 16), "31");
        assert_eq!(p("0x_1f", 16), "31");
        assert_eq!(p("z", 36), "35");
        assert_eq!(p("0_0", 0), "0");
        assert_eq!(p("00", 0), "0");
        assert_eq!(p("x", 10), "ValueError: invalid literal for int() with base 10: 'x'");
        assert_eq!(p("  x ", 10), "ValueError: invalid literal for int() with base 10: '  x '");
        assert_eq!(p("", 0), "ValueError: invalid literal for int() with base 0: ''");
        assert_eq!(p("010", 0), "ValueError: invalid literal for int() with base 0: '010'");
        assert_eq!(p("1__0", 10), "ValueError: invalid literal for int() with base 10: '1__0'");
        assert_eq!(p("9", 8), "ValueError: invalid literal for int() with base 8: '9'");
        assert_eq!(p("1", 37), "ValueError: int() base must be >= 2 and <= 36, or 0");
        assert_eq!(p("1", 1), "ValueError: int() base must be >= 2 and <= 36, or 0");
        assert_eq!(p("0b101", 0), "5");
        assert_eq!(p("0o17", 0), "15");
        assert_eq!(p("-0X1F", 0), "-31");
        assert_eq!(p("_1", 10), "ValueError: invalid literal for int() with base 10: '_1'");
        assert_eq!(p("1_", 10), "ValueError: invalid literal for int() with base 10: '1_'");
        let five_k = "1".repeat(5000);
        assert_eq!(
            p(&five_k, 10),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        // Power-of-two bases are exempt.
        assert!(parse_int(&five_k, 16).is_ok());
    }

    #[test]
    fn to_string_limit_and_bases() {
        let v = ops::pow(&int(10), &int(5000), None).unwrap();
        assert_eq!(
            int_to_decimal_string(&v).unwrap_err().to_string(),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(int_to_bin(&int(-5)).unwrap(), "-0b101");
        assert_eq!(int_to_oct(&int(15)).unwrap(), "0o17");
        assert_eq!(int_to_hex(&int(-31)).unwrap(), "-0x1f");
        assert_eq!(int_to_hex(&big("1267650600228229401496703205376")).unwrap(), "0x10000000000000000000000000");
        assert_eq!(int_to_bin(&int(0)).unwrap(), "0b0");
    }

    #[test]
    fn big_decimal_round_trip_fast() {
        // 10,000 digits each way.
        let digits: String = (0..10_000).map(|i| char::from(b'1' + (i * 7 % 9) as u8)).collect();
        let t = std::time::Instant::now();
        let v = parse_int_limited(&digits, 10, 0).unwrap();
        let back = bigint_to_decimal_limited(&to_bigint(&v).unwrap(), 0).unwrap();
        assert_eq!(back, digits);
        let neg = parse_int_limited(&format!("-{}", digits), 10, 0).unwrap();
        assert_eq!(bigint_to_decimal_limited(&to_bigint(&neg).unwrap(), 0).unwrap(), format!("-{}", digits));
        assert!(t.elapsed().as_secs_f64() < 2.0);
    }

    #[test]
    fn true_division() {
        use BinOp::*;
        let t30 = big("1000000000000000000000000000000");
        assert_eq!(bin(&t30, &int(7), TrueDiv), "1.4285714285714285e+29");
        assert_eq!(bin(&int(0), &int(-5), TrueDiv), "-0.0");
        let p1024 = ops::pow(&int(2), &int(1024), None).unwrap();
        let p1000 = ops::pow(&int(2), &int(1000), None).unwrap();
        assert_eq!(bin(&p1024, &p1000, TrueDiv), "16777216.0");
        assert_eq!(bin(&p1024, &int(1), TrueDiv), "OverflowError: integer division result too large for a float");
        let p400 = ops::pow(&int(10), &int(400), None).unwrap();
        assert_eq!(bin(&int(1), &p400, TrueDiv), "0.0");
        let p53p1 = big("9007199254740993");
        assert_eq!(bin(&p53p1, &int(1), TrueDiv), "9007199254740992.0");
        // CPython: (2**1024 - 2**970) / 1 overflows; (2**1024-2**971)/1 == 1.7976931348623157e+308
        let a = big(&(BigInt::from(1) << 1024u32).sub_pow(970));
        assert_eq!(bin(&a, &int(1), TrueDiv), "OverflowError: integer division result too large for a float");
        let a = big(&(BigInt::from(1) << 1024u32).sub_pow(971));
        assert_eq!(bin(&a, &int(1), TrueDiv), "1.7976931348623157e+308");
        // CPython 3.13: 3**700/7**900, 10**10/3**660, 7**5/2**1070, -(5**400)/3**1300,
        // 2**1100//3/2**80, 10**300/3**7, 2**-1074/1 (as 1/2**1074), 3/2**1075, 1/2**1075
        let p = |a: i64, b: i64| ops::pow(&int(a), &int(b), None).unwrap();
        assert_eq!(bin(&p(3, 700), &p(7, 900), TrueDiv), "0.0");
        assert_eq!(bin(&p(10, 10), &p(3, 660), TrueDiv), "1.2588439152173392e-305");
        assert_eq!(bin(&int(16807), &p(2, 1070), TrueDiv), "1.3286e-318");
        let n = ops::unary_op(&p(5, 400), UnOp::Neg).unwrap();
        assert_eq!(bin(&n, &p(3, 1300), TrueDiv), "-0.0");
        let q = ops::binary_op(&p(2, 1100), &int(3), FloorDiv).unwrap();
        assert_eq!(bin(&q, &p(2, 80), TrueDiv), "3.745194030963158e+306");
        assert_eq!(bin(&p(10, 300), &p(3, 7), TrueDiv), "4.5724737082761776e+296");
        assert_eq!(bin(&int(1), &p(2, 1074), TrueDiv), "5e-324");
        assert_eq!(bin(&int(3), &p(2, 1075), TrueDiv), "1e-323");
        assert_eq!(bin(&int(1), &p(2, 1075), TrueDiv), "0.0");
    }

    trait SubPow {
        fn sub_pow(self, k: u32) -> String;
    }
    impl SubPow for BigInt {
        fn sub_pow(self, k: u32) -> String {
            (self - (BigInt::from(1) << k)).to_string()
        }
    }

    #[test]
    fn float_conversion() {
        assert_eq!(
            int_to_f64(&ops::pow(&int(10), &int(400), None).unwrap()).unwrap_err().to_string(),
            "OverflowError: int too large to convert to float"
        );
        let a = big(&(BigInt::from(1) << 1024u32).sub_pow(970));
        assert_eq!(int_to_f64(&a).unwrap_err().to_string(), "OverflowError: int too large to convert to float");
        let a = big(&(BigInt::from(1) << 1024u32).sub_pow(971));
        assert_eq!(int_to_f64(&a).unwrap(), f64::MAX);
        // 2**53 + 1 rounds to even, 2**54 + 3*2 (..110) rounds up
        assert_eq!(int_to_f64(&big("9007199254740993")).unwrap(), 9007199254740992.0);
        assert_eq!(int_to_f64(&big("18014398509481990")).unwrap(), 18014398509481992.0);
        assert_eq!(int_to_f64(&big("-36893488147419103233")).unwrap(), -36893488147419103232.0);
    }

    #[test]
    fn compare_with_float() {
        use core::cmp::Ordering::*;
        let b = to_bigint(&big("9007199254740993")).unwrap();
        assert_eq!(cmp_int_float(IntRef::Big(&b), 9007199254740992.0), Some(Greater));
        assert_eq!(cmp_int_float(IntRef::Small(1), f64::NAN), None);
        assert_eq!(cmp_int_float(IntRef::Small(1), f64::INFINITY), Some(Less));
        let huge = (BigInt::from(1) << 2000u32).clone();
        assert_eq!(cmp_int_float(IntRef::Big(&huge), f64::MAX), Some(Greater));
        assert_eq!(cmp_int_float(IntRef::Big(&huge), f64::INFINITY), Some(Less));
        assert_eq!(cmp_int_float(IntRef::Small(-3), -2.5), Some(Less));
        assert_eq!(cmp_int_float(IntRef::Small(2), 2.0), Some(Equal));
    }
}

/// `Value::from_i64` outside the small-int range (kept out of line so the
/// tagged case inlines into its callers: `range` iteration, `len`).
#[cold]
#[inline(never)]
fn big_from_i64(i: i64) -> Value {
    PyObject::alloc(&INT_TYPE, PyInt(BigInt::from(i)))
}
