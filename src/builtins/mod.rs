//! Design: DESIGN.md#builtins
//!
//! The `builtins` module: the native functions (`BUILTIN_FUNCTIONS`, one
//! `MethodDef` table), the builtin types by name, the constants, and the
//! exception types. `init_builtins(module)` fills a module; `entries()`
//! lists every (name, value) pair for callers that fill a dict themselves.
//!
//! | file       | what                                                   |
//! |------------|--------------------------------------------------------|
//! | `args`     | argument parsing with CPython 3.13's messages          |
//! | `ctors`    | `new` slots of the builtin types, subclass allocation  |
//! | `fast`     | CALL's in-place path for isinstance/len/ord/int(float) |
//! | `fmt`      | `format()`, `str.format`, `%`-formatting               |
//! | `iters`    | enumerate, zip, map, filter, reversed, callable_iterator |
//! | `io`       | print, input, open and the file objects                |

#![forbid(unsafe_code)]

pub mod args;
pub mod codecs;
pub mod ctors;
pub mod fast;
pub mod fmt;
pub mod generic;
pub mod io;
pub mod iters;
pub mod memview;

use crate::builtins::args::Params;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::ops::{self, BinOp, UnOp};
use crate::object::typeobj::{MethodDef, MethodKind, NativeFn};
use crate::object::{float, int, list, str as pystr, Value};

pub use ctors::type_value;

const fn fd(name: &'static str, func: NativeFn, doc: &'static str) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method, doc }
}

fn s(x: &str) -> Value {
    pystr::new_str(x)
}

/// A special method looked up on `obj`'s type and bound (CPython's
/// `_PyObject_LookupSpecial`), or None when absent.
pub fn lookup_special(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    crate::object::attr::lookup_special(obj, &pystr::intern(name))
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = ops::repr_string(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(out)
}

// ---- simple functions -----------------------------------------------------------

fn bi_abs(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    ops::unary_op(args::exactly_one("abs", a, kw)?, UnOp::Abs)
}

/// `any`/`all`'s sink: takes the values whose truth is known without
/// running Python code and is not `stop_on`; gives back the rest.
struct TruthSink {
    stop_on: bool,
}

/// The truth of `v` when deciding it cannot run Python code or fail.
fn native_truth(v: &Value) -> Option<bool> {
    if let Some(b) = v.as_bool() {
        return Some(b);
    }
    if let Some(i) = v.as_small_int() {
        return Some(i != 0);
    }
    if v.is_none() {
        return Some(false);
    }
    if v.is_type(&float::FLOAT_TYPE) {
        return float::to_f64(v).map(|f| f != 0.0);
    }
    if v.is_type(&int::INT_TYPE) || v.is_type(&pystr::STR_TYPE) || v.is_type(&list::LIST_TYPE) || v.is_type(&crate::object::tuple::TUPLE_TYPE) {
        return ops::is_true(v).ok();
    }
    None
}

impl crate::object::gen::Sink for TruthSink {
    #[inline]
    fn feed(&mut self, v: Value) -> Option<Value> {
        match native_truth(&v) {
            Some(b) if b != self.stop_on => None,
            _ => Some(v),
        }
    }
}

fn bi_all(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = ops::iter(args::exactly_one("all", a, kw)?)?;
    let mut sink = TruthSink { stop_on: false };
    while let Some(x) = crate::object::gen::drive(&it, &mut sink)? {
        if !ops::is_true(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn bi_any(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let it = ops::iter(args::exactly_one("any", a, kw)?)?;
    let mut sink = TruthSink { stop_on: true };
    while let Some(x) = crate::object::gen::drive(&it, &mut sink)? {
        if ops::is_true(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn bi_ascii(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(s(&ascii_of(args::exactly_one("ascii", a, kw)?)?))
}

fn bi_bin(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = ops::index(args::exactly_one("bin", a, kw)?)?;
    Ok(s(&int::int_to_bin(&x)?))
}
fn bi_oct(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = ops::index(args::exactly_one("oct", a, kw)?)?;
    Ok(s(&int::int_to_oct(&x)?))
}
fn bi_hex(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = ops::index(args::exactly_one("hex", a, kw)?)?;
    Ok(s(&int::int_to_hex(&x)?))
}

fn bi_callable(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("callable", a, kw)?;
    Ok(Value::bool(crate::object::attr::callable(x)))
}

fn bi_chr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("chr", a, kw)?;
    let i = match crate::object::str::index_arg(x)? {
        crate::object::str::IndexArg::Small(i) => i,
        // CPython 3.13: any out-of-range int, however large, is a ValueError.
        crate::object::str::IndexArg::Huge(_) => return Err(PyErr::value_error("chr() arg not in range(0x110000)")),
        crate::object::str::IndexArg::NotIndex => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", x.ty().name)));
        }
    };
    if !(0..0x110000).contains(&i) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    Ok(pystr::from_char(i as u32))
}

fn bi_ord(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("ord", a, kw)?;
    if let Some(p) = pystr::as_pystr(x) {
        if p.len() == 1 {
            return Ok(Value::from_i64(p.char_at(0) as i64));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", p.len())));
    }
    if let Some(b) = ctors::buffer_bytes(x) {
        if b.len() == 1 {
            return Ok(Value::from_i64(b[0] as i64));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", x.ty().name)))
}

fn name_arg(fname: &str, v: &Value) -> PyResult<()> {
    let _ = fname;
    if !pystr::is_str(v) {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", v.ty().name)));
    }
    Ok(())
}

fn bi_getattr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("getattr", kw)?;
    args::check_count("getattr", a, 2, 3)?;
    name_arg("getattr", &a[1])?;
    match ops::getattr(&a[0], &a[1]) {
        Ok(v) => Ok(v),
        Err(e) if e.is(ExcKind::AttributeError) && a.len() == 3 => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn bi_hasattr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("hasattr", kw)?;
    args::check_count("hasattr", a, 2, 2)?;
    name_arg("hasattr", &a[1])?;
    match ops::getattr(&a[0], &a[1]) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if e.is(ExcKind::AttributeError) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn bi_setattr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("setattr", kw)?;
    args::check_count("setattr", a, 3, 3)?;
    name_arg("setattr", &a[1])?;
    ops::setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(Value::none())
}

fn bi_delattr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("delattr", kw)?;
    args::check_count("delattr", a, 2, 2)?;
    name_arg("delattr", &a[1])?;
    ops::setattr(&a[0], &a[1], None)?;
    Ok(Value::none())
}

fn bi_divmod(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("divmod", kw)?;
    args::check_count("divmod", a, 2, 2)?;
    ops::binary_op(&a[0], &a[1], BinOp::DivMod)
}

fn bi_format(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "format", names: &["value", "format_spec"], posonly: 2, maxpos: 2, required: 1 };
    let [v, spec] = args::parse::<2>(p, a, kw)?;
    let spec = match spec {
        Some(x) => args::str_arg("format", "argument 2", x)?,
        None => String::new(),
    };
    Ok(s(&fmt::format_value(v.expect("required"), &spec)?))
}

fn bi_hash(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(ops::hash(args::exactly_one("hash", a, kw)?)?))
}

fn bi_id(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let x = args::exactly_one("id", a, kw)?;
    Ok(Value::from_bigint(num_bigint::BigInt::from(x.raw())))
}

fn bi_len(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("len", kw)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("len() takes exactly one argument ({} given)", a.len())));
    }
    Ok(Value::from_i64(ops::len(&a[0])? as i64))
}

fn bi_repr(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    ops::repr(args::exactly_one("repr", a, kw)?)
}

/// `iter(obj)`: the iter slot, else the sequence protocol.
pub fn get_iter(x: &Value) -> PyResult<Value> {
    if x.ty().slots.iter.is_some() {
        return ops::iter(x);
    }
    if x.ty().slots.getitem.is_some() && crate::object::dict::core(x).is_none() {
        return Ok(iters::new_seq_iter(x.clone()));
    }
    ops::iter(x)
}

fn bi_iter(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("iter", kw)?;
    args::check_count("iter", a, 1, 2)?;
    if a.len() == 2 {
        if a[0].ty().slots.call.is_none() {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(iters::new_call_iter(a[0].clone(), a[1].clone()));
    }
    get_iter(&a[0])
}

fn bi_next(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("next", kw)?;
    args::check_count("next", a, 1, 2)?;
    match ops::next(&a[0])? {
        Some(x) => Ok(x),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(ExcKind::StopIteration, "")),
        },
    }
}

fn bi_pow(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "pow", names: &["base", "exp", "mod"], posonly: 0, maxpos: 3, required: 2 };
    let [b, e, m] = args::parse::<3>(p, a, kw)?;
    let m = m.filter(|m| !m.is_none());
    ops::pow(b.expect("required"), e.expect("required"), m)
}

fn bi_round(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "round", names: &["number", "ndigits"], posonly: 0, maxpos: 2, required: 1 };
    let [x, nd] = args::parse::<2>(p, a, kw)?;
    let x = x.expect("required");
    let nd = nd.filter(|n| !n.is_none());
    if let Some(fx) = float::as_float(x).filter(|_| x.is_type(&float::FLOAT_TYPE)) {
        return match nd {
            None => float::round_to_int(fx),
            Some(n) => {
                let i = ops::index(n)?;
                let k = int::to_i64(&i).unwrap_or_else(|| {
                    if int::to_bigint(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                });
                Ok(Value::from_f64(float::round_ndigits(fx, k)?))
            }
        };
    }
    if int::int_ref(x).is_some() && (x.is_small_int() || x.is_type(&int::INT_TYPE) || x.as_bool().is_some()) {
        let m = crate::object::methods::numbers::INT_METHODS.iter().find(|m| m.name == "__round__").expect("int round");
        let a: Vec<Value> = nd.into_iter().cloned().collect();
        return (m.func)(x, &a, None);
    }
    match lookup_special(x, "__round__")? {
        Some(m) => {
            let a: Vec<Value> = nd.into_iter().cloned().collect();
            ops::call(&m, &a, None)
        }
        None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", x.ty().name))),
    }
}

// ---- sorted / min / max / sum ---------------------------------------------------------

fn bi_sorted(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, _) = args::split(a, kw);
    args::check_count("sorted", pos, 1, 1)?;
    let l = list::new_list(ops::collect(&pos[0])?);
    let sort = crate::object::methods::containers::LIST_METHODS.iter().find(|m| m.name == "sort").expect("sort");
    (sort.func)(&l, &a[1..], kw)?;
    Ok(l)
}

fn min_max(a: &[Value], kw: Option<&Value>, name: &str, want: crate::object::CmpOp) -> PyResult<Value> {
    let (pos, kws) = args::split(a, kw);
    let mut key = None;
    let mut default = None;
    for (k, v) in kws {
        match k.as_str() {
            "key" => key = Some(v),
            "default" => default = Some(v),
            _ => return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", name, k))),
        }
    }
    args::check_count(name, pos, 1, usize::MAX)?;
    if pos.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    let key = key.filter(|k| !k.is_none());
    if pos.len() == 1 && key.is_none() {
        let it = get_iter(&pos[0])?;
        let mut sink = MinMaxSink { best: None, max: want == crate::object::CmpOp::Gt };
        while let Some(x) = crate::object::gen::drive(&it, &mut sink)? {
            match &sink.best {
                None => sink.best = Some(x),
                Some(b) => {
                    if ops::compare_bool(&x, b, want)? {
                        sink.best = Some(x);
                    }
                }
            }
        }
        return match sink.best {
            Some(x) => Ok(x),
            None => match default {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::value_error(format!("{}() iterable argument is empty", name))),
            },
        };
    }
    let items: Box<dyn Iterator<Item = PyResult<Value>>> = if pos.len() == 1 {
        let it = get_iter(&pos[0])?;
        Box::new(std::iter::from_fn(move || ops::next(&it).transpose()))
    } else {
        Box::new(pos.iter().cloned().map(Ok))
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let x = x?;
        let k = match key {
            Some(f) => ops::call(f, std::slice::from_ref(&x), None)?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if ops::compare_bool(&k, &bk, want)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::value_error(format!("{}() iterable argument is empty", name))),
        },
    }
}

/// `min`/`max` without a key: compares small ints and exact floats
/// natively; gives back everything else (and the first value).
struct MinMaxSink {
    best: Option<Value>,
    max: bool,
}

impl crate::object::gen::Sink for MinMaxSink {
    #[inline]
    fn feed(&mut self, v: Value) -> Option<Value> {
        let Some(b) = &self.best else { return Some(v) };
        let better = if let (Some(x), Some(y)) = (v.as_small_int(), b.as_small_int()) {
            if self.max { x > y } else { x < y }
        } else if v.is_type(&float::FLOAT_TYPE) && b.is_type(&float::FLOAT_TYPE) {
            let (x, y) = (float::to_f64(&v).expect("float"), float::to_f64(b).expect("float"));
            if self.max { x > y } else { x < y }
        } else {
            return Some(v);
        };
        if better {
            self.best = Some(v);
        }
        None
    }
}

fn bi_min(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    min_max(a, kw, "min", crate::object::CmpOp::Lt)
}
fn bi_max(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    min_max(a, kw, "max", crate::object::CmpOp::Gt)
}

/// `sum`'s fast accumulators (CPython's int and float paths; the float
/// path uses Neumaier's compensated summation, as 3.12+).
#[derive(Clone, Copy)]
enum SumAcc {
    Int(i64),
    Float { f: f64, c: f64 },
}

fn exact_int(v: &Value) -> bool {
    v.is_small_int() || v.is_type(&int::INT_TYPE) || v.as_bool().is_some()
}

impl SumAcc {
    fn value(self) -> Value {
        match self {
            SumAcc::Int(i) => Value::from_i64(i),
            SumAcc::Float { mut f, c } => {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                Value::from_f64(f)
            }
        }
    }
}

/// `sum`'s sink: adds exact ints (while the total fits an i64) and floats;
/// gives back anything else (the generic `+` may run Python code).
struct SumSink(SumAcc);

impl crate::object::gen::Sink for SumSink {
    #[inline]
    fn feed(&mut self, item: Value) -> Option<Value> {
        match &mut self.0 {
            SumAcc::Int(acc) => {
                if exact_int(&item) {
                    if let Some(s) = int::to_i64(&item).and_then(|b| acc.checked_add(b)) {
                        *acc = s;
                        return None;
                    }
                }
                if item.is_type(&float::FLOAT_TYPE) {
                    // Int path → float path, as CPython.
                    self.0 = SumAcc::Float { f: *acc as f64, c: 0.0 };
                    return self.feed(item);
                }
                Some(item)
            }
            SumAcc::Float { f, c } => {
                if item.is_type(&float::FLOAT_TYPE) {
                    let x = float::to_f64(&item).expect("float");
                    let t = *f + x;
                    if f.abs() >= x.abs() {
                        *c += (*f - t) + x;
                    } else {
                        *c += (x - t) + *f;
                    }
                    *f = t;
                    return None;
                }
                if exact_int(&item) {
                    if let Some(v) = int::to_i64(&item) {
                        *f += v as f64;
                        return None;
                    }
                }
                Some(item)
            }
        }
    }
}

/// `sum(iterable, /, start=0)` with CPython's int and float fast paths; a
/// generator's values are summed by its own YIELD_VALUE (`gen::drive`).
fn bi_sum(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "sum", names: &["iterable", "start"], posonly: 1, maxpos: 2, required: 1 };
    let [iterable, start] = args::parse::<2>(p, a, kw)?;
    let mut result = match start {
        Some(st) => {
            if pystr::is_str(st) {
                return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            if crate::object::bytes::is_bytes(st) {
                return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
            }
            if crate::object::bytearray::is_bytearray(st) {
                return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
            }
            st.clone()
        }
        None => Value::from_i64(0),
    };
    let it = ops::iter(iterable.expect("required"))?;
    let mut acc = if exact_int(&result) {
        int::to_i64(&result).map(SumAcc::Int)
    } else if result.is_type(&float::FLOAT_TYPE) {
        float::to_f64(&result).map(|f| SumAcc::Float { f, c: 0.0 })
    } else {
        None
    };
    while let Some(m) = acc {
        let mut sink = SumSink(m);
        let back = crate::object::gen::drive(&it, &mut sink)?;
        let total = sink.0.value();
        let Some(item) = back else { return Ok(total) };
        result = ops::binary_op(&total, &item, BinOp::Add)?;
        // Leaving the int path for a float result enters the float path;
        // leaving the float path is for good (CPython's order).
        acc = match sink.0 {
            SumAcc::Int(_) if result.is_type(&float::FLOAT_TYPE) => {
                float::to_f64(&result).map(|f| SumAcc::Float { f, c: 0.0 })
            }
            _ => None,
        };
    }
    while let Some(item) = ops::next(&it)? {
        result = ops::binary_op(&result, &item, BinOp::Add)?;
    }
    Ok(result)
}

// ---- isinstance / issubclass / vars / dir -------------------------------------------

/// `isinstance(obj, spec)` (the type system's implementation).
pub fn isinstance(obj: &Value, spec: &Value) -> PyResult<bool> {
    crate::object::attr::isinstance(obj, spec)
}

/// `issubclass(cls, spec)` (the type system's implementation).
pub fn issubclass(cls: &Value, spec: &Value) -> PyResult<bool> {
    crate::object::attr::issubclass(cls, spec)
}

fn bi_isinstance(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("isinstance", kw)?;
    args::check_count("isinstance", a, 2, 2)?;
    Ok(Value::bool(isinstance(&a[0], &a[1])?))
}

fn bi_issubclass(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("issubclass", kw)?;
    args::check_count("issubclass", a, 2, 2)?;
    Ok(Value::bool(issubclass(&a[0], &a[1])?))
}

fn bi_vars(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("vars", kw)?;
    args::check_count("vars", a, 0, 1)?;
    match a.first() {
        None => bi_locals(m, &[], None),
        Some(o) => match ops::getattr(o, &s("__dict__")) {
            Ok(d) => Ok(d),
            Err(e) if e.is(ExcKind::AttributeError) => {
                Err(PyErr::type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

fn bi_dir(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("dir", kw)?;
    args::check_count("dir", a, 0, 1)?;
    let Some(o) = a.first() else {
        let l = bi_locals(m, &[], None)?;
        let mut names = ops::collect(&l)?;
        sort_strs(&mut names);
        return Ok(list::new_list(names));
    };
    let mut names = match lookup_special(o, "__dir__")? {
        Some(d) => ops::collect(&ops::call(&d, &[], None)?)?,
        None => crate::object::attr::dir(o)?,
    };
    sort_strs(&mut names);
    Ok(list::new_list(names))
}

fn sort_strs(v: &mut [Value]) {
    v.sort_by_key(pystr::to_rust_string);
}

// ---- VM-dependent functions --------------------------------------------------------

/// Hooks the VM core registers for the builtins that read the calling
/// frame: `globals()` and `locals()` (NativeFns called with the builtins
/// module as self).
pub struct VmHooks {
    pub globals: NativeFn,
    pub locals: NativeFn,
}

static VM_HOOKS: crate::sync::OnceLock<VmHooks> = crate::sync::OnceLock::new();

/// Registers the VM core's implementations (once).
pub fn set_vm_hooks(h: VmHooks) {
    let _ = VM_HOOKS.set(h);
}

fn not_yet(name: &str) -> PyErr {
    PyErr::new(ExcKind::NotImplementedError, format!("{}() is not available yet", name))
}

fn bi_globals(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("globals", a, kw)?;
    match VM_HOOKS.get() {
        Some(h) => (h.globals)(m, a, kw),
        None => Err(not_yet("globals")),
    }
}
fn bi_locals(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("locals", a, kw)?;
    match VM_HOOKS.get() {
        Some(h) => (h.locals)(m, a, kw),
        None => Err(not_yet("locals")),
    }
}

/// Source text of exec/eval/compile's first argument (str, bytes or
/// bytearray), or None for other objects.
fn source_text(v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(Some(s.into_owned()));
    }
    if let Some(b) = ctors::buffer_bytes(v) {
        return String::from_utf8(b)
            .map(Some)
            .map_err(|_| PyErr::new(ExcKind::SyntaxError, "(unicode error) 'utf-8' codec can't decode bytes"));
    }
    Ok(None)
}

fn compile_text(src: &str, filename: &str, mode: crate::compile::Mode) -> PyResult<Value> {
    crate::vm::interp::compile_or_raise(src, filename, mode)
}

fn is_code(v: &Value) -> bool {
    v.downcast::<crate::bytecode::code::CodeObject>().is_some()
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
fn bi_compile(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params {
        fname: "compile",
        names: &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        posonly: 0,
        maxpos: 6,
        required: 3,
    };
    let [src, filename, mode, ..] = args::parse::<7>(p, a, kw)?;
    let (src, filename, mode) = (src.expect("required"), filename.expect("required"), mode.expect("required"));
    let filename = match pystr::as_str(filename) {
        Some(f) => f.into_owned(),
        None => match ctors::buffer_bytes(filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    filename.ty().name
                )))
            }
        },
    };
    let mode = args::str_arg("compile", "argument 'mode'", mode)?;
    let m = match mode.as_str() {
        "exec" => crate::compile::Mode::Exec,
        "eval" => crate::compile::Mode::Eval,
        "single" => crate::compile::Mode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if is_code(src) {
        return Ok(src.clone());
    }
    let Some(text) = source_text(src)? else {
        return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    compile_text(&text, &filename, m)
}

/// The globals/locals of exec/eval: explicit dicts, else the caller's.
fn exec_namespaces(m: &Value, fname: &str, g: Option<&Value>, l: Option<&Value>) -> PyResult<(Value, Option<Value>)> {
    let g = g.filter(|x| !x.is_none());
    let l = l.filter(|x| !x.is_none()).cloned();
    let globals = match g {
        Some(g) => {
            if crate::object::dict::core(g).is_none() {
                return Err(PyErr::type_error(if fname == "exec" {
                    format!("exec() globals must be a dict, not {}", g.ty().name)
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                }));
            }
            g.clone()
        }
        None => {
            let g = bi_globals(m, &[], None)?;
            let l = match l {
                Some(l) => Some(l),
                None => Some(bi_locals(m, &[], None)?),
            };
            return Ok((g, l));
        }
    };
    if let Some(l) = &l {
        if l.ty().slots.getitem.is_none() {
            return Err(PyErr::type_error("locals must be a mapping"));
        }
    }
    let bkey = pystr::intern("__builtins__");
    if crate::object::dict::dict_get(&globals, &bkey)?.is_none() {
        crate::object::dict::dict_set(&globals, bkey, crate::vm::interp::interp().builtins.clone())?;
    }
    Ok((globals, l))
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`
fn bi_exec(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "exec", names: &["source", "globals", "locals", "closure"], posonly: 3, maxpos: 3, required: 1 };
    let [src, g, l, _closure] = args::parse::<4>(p, a, kw)?;
    let src = src.expect("required");
    let (globals, locals) = exec_namespaces(m, "exec", g, l)?;
    let code = if is_code(src) {
        src.clone()
    } else {
        match source_text(src)? {
            Some(t) => compile_text(&t, "<string>", crate::compile::Mode::Exec)?,
            None => {
                return Err(PyErr::type_error(format!(
                    "exec() arg 1 must be a string, bytes or code object, not {}",
                    src.ty().name
                )))
            }
        }
    };
    crate::vm::eval::eval_code(&code, &globals, locals.as_ref())?;
    Ok(Value::none())
}

/// `eval(source, globals=None, locals=None, /)`
fn bi_eval(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "eval", names: &["source", "globals", "locals"], posonly: 3, maxpos: 3, required: 1 };
    let [src, g, l] = args::parse::<3>(p, a, kw)?;
    let src = src.expect("required");
    let (globals, locals) = exec_namespaces(m, "eval", g, l)?;
    let code = if is_code(src) {
        src.clone()
    } else {
        match source_text(src)? {
            Some(t) => compile_text(t.trim_start_matches([' ', '\t']), "<string>", crate::compile::Mode::Eval)?,
            None => return Err(PyErr::type_error("eval() arg 1 must be a string, bytes or code object")),
        }
    };
    crate::vm::eval::eval_code(&code, &globals, locals.as_ref())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`
fn bi_import(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params {
        fname: "__import__",
        names: &["name", "globals", "locals", "fromlist", "level"],
        posonly: 0,
        maxpos: 5,
        required: 1,
    };
    let [name, globals, _locals, fromlist, level] = args::parse::<5>(p, a, kw)?;
    let name = name.expect("required");
    if !pystr::is_str(name) {
        return Err(PyErr::type_error(format!("__import__() argument 1 must be str, not {}", name.ty().name)));
    }
    let level = match level {
        Some(l) => {
            let v = args::int_arg(l)?;
            if v < 0 {
                return Err(PyErr::value_error("level must be >= 0"));
            }
            Value::from_i64(v)
        }
        None => Value::from_i64(0),
    };
    if pystr::char_len(name) == Some(0) && int::to_i64(&level) == Some(0) {
        return Err(PyErr::value_error("Empty module name"));
    }
    let globals = match globals {
        Some(g) if crate::object::dict::core(g).is_some() => g.clone(),
        _ => crate::object::dict::new_dict(),
    };
    let fromlist = match fromlist {
        Some(f) if !f.is_none() => f.clone(),
        _ => crate::object::tuple::new_tuple(Vec::new()),
    };
    crate::vm::interp::import_module_level(name, &globals, &fromlist, &level)
}

/// `exit(code=None)` / `quit(code=None)` (site's helpers): raise SystemExit.
fn bi_exit(_: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("exit", kw)?;
    args::check_count("exit", a, 0, 1)?;
    let ty = crate::object::exc::exc_type(ExcKind::SystemExit).to_value();
    let v = ops::call(&ty, a, None)?;
    Err(PyErr::from_value(v))
}

/// The native functions of the builtins module.
pub static BUILTIN_FUNCTIONS: &[MethodDef] = &[
    fd("abs", bi_abs, "Return the absolute value of the argument."),
    fd("all", bi_all, "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."),
    fd("any", bi_any, "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."),
    fd("ascii", bi_ascii, "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2."),
    fd("bin", bi_bin, "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"),
    fd("callable", bi_callable, "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method."),
    fd("chr", bi_chr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
    fd("compile", bi_compile, "Compile source into a code object that can be executed by exec() or eval().\n\nThe source code may represent a Python module, statement or expression.\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if true, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or false these statements do influence the compilation,\nin addition to any features explicitly specified."),
    fd("delattr", bi_delattr, "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``"),
    fd("dir", bi_dir, "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes."),
    fd("divmod", bi_divmod, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."),
    fd("eval", bi_eval, "Evaluate the given source in the context of globals and locals.\n\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it."),
    fd("exec", bi_exec, "Execute the given source in the context of globals and locals.\n\nThe source may be a string representing one or more Python statements\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\nThe closure must be a tuple of cellvars, and can only be used\nwhen source is a code object requiring exactly that many cellvars."),
    fd("format", bi_format, "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS')."),
    fd("getattr", bi_getattr, "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case."),
    fd("globals", bi_globals, "Return the dictionary containing the current scope's global variables.\n\nNOTE: Updates to this dictionary *will* affect name lookups in the current\nglobal scope and vice-versa."),
    fd("hasattr", bi_hasattr, "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError."),
    fd("hash", bi_hash, "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true."),
    fd("hex", bi_hex, "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"),
    fd("id", bi_id, "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)"),
    fd("input", io::bi_input, "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available."),
    fd("isinstance", bi_isinstance, "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc."),
    fd("issubclass", bi_issubclass, "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``."),
    fd("iter", bi_iter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel."),
    fd("len", bi_len, "Return the number of items in a container."),
    fd("locals", bi_locals, "Return a dictionary containing the current scope's local variables.\n\nNOTE: Whether or not updates to this dictionary will affect name lookups in\nthe local scope and vice-versa is *implementation dependent* and not\ncovered by any backwards compatibility guarantees."),
    fd("max", bi_max, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the largest argument."),
    fd("min", bi_min, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the smallest argument."),
    fd("next", bi_next, "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration."),
    fd("oct", bi_oct, "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"),
    fd("open", io::bi_open, "Open file and return a stream.  Raise OSError upon failure.\n\nfile is either a text or byte string giving the name (and the path\nif the file isn't in the current working directory) of the file to\nbe opened or an integer file descriptor of the file to be\nwrapped. (If a file descriptor is given, it is closed when the\nreturned I/O object is closed, unless closefd is set to False.)\n\nmode is an optional string that specifies the mode in which the file\nis opened. It defaults to 'r' which means open for reading in text\nmode.  Other common values are 'w' for writing (truncating the file if\nit already exists), 'x' for creating and writing to a new file, and\n'a' for appending (which on some Unix systems, means that all writes\nappend to the end of the file regardless of the current seek position).\nIn text mode, if encoding is not specified the encoding used is platform\ndependent: locale.getencoding() is called to get the current locale encoding.\n(For reading and writing raw bytes use binary mode and leave encoding\nunspecified.) The available modes are:\n\n========= ===============================================================\nCharacter Meaning\n--------- ---------------------------------------------------------------\n'r'       open for reading (default)\n'w'       open for writing, truncating the file first\n'x'       create a new file and open it for writing\n'a'       open for writing, appending to the end of the file if it exists\n'b'       binary mode\n't'       text mode (default)\n'+'       open a disk file for updating (reading and writing)\n========= ===============================================================\n\nThe default mode is 'rt' (open for reading text). For binary random\naccess, the mode 'w+b' opens and truncates the file to 0 bytes, while\n'r+b' opens the file without truncation. The 'x' mode implies 'w' and\nraises an `FileExistsError` if the file already exists.\n\nPython distinguishes between files opened in binary and text modes,\neven when the underlying operating system doesn't. Files opened in\nbinary mode (appending 'b' to the mode argument) return contents as\nbytes objects without any decoding. In text mode (the default, or when\n't' is appended to the mode argument), the contents of the file are\nreturned as strings, the bytes having been first decoded using a\nplatform-dependent encoding or using the specified encoding if given.\n\nbuffering is an optional integer used to set the buffering policy.\nPass 0 to switch buffering off (only allowed in binary mode), 1 to select\nline buffering (only usable in text mode), and an integer > 1 to indicate\nthe size of a fixed-size chunk buffer.  When no buffering argument is\ngiven, the default buffering policy works as follows:\n\n* Binary files are buffered in fixed-size chunks; the size of the buffer\n  is chosen using a heuristic trying to determine the underlying device's\n  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n\n* \"Interactive\" text files (files for which isatty() returns True)\n  use line buffering.  Other text files use the policy described above\n  for binary files.\n\nencoding is the name of the encoding used to decode or encode the\nfile. This should only be used in text mode. The default encoding is\nplatform dependent, but any encoding supported by Python can be\npassed.  See the codecs module for the list of supported encodings.\n\nerrors is an optional string that specifies how encoding errors are to\nbe handled---this argument should not be used in binary mode. Pass\n'strict' to raise a ValueError exception if there is an encoding error\n(the default of None has the same effect), or pass 'ignore' to ignore\nerrors. (Note that ignoring encoding errors can lead to data loss.)\nSee the documentation for codecs.register or run 'help(codecs.Codec)'\nfor a list of the permitted encoding error strings.\n\nnewline controls how universal newlines works (it only applies to text\nmode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\nfollows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf closefd is False, the underlying file descriptor will be kept open\nwhen the file is closed. This does not work when a file name is given\nand must be True in that case.\n\nA custom opener can be used by passing a callable as *opener*. The\nunderlying file descriptor for the file object is then obtained by\ncalling *opener* with (*file*, *flags*). *opener* must return an open\nfile descriptor (passing os.open as *opener* results in functionality\nsimilar to passing None).\n\nopen() returns a file object whose type depends on the mode, and\nthrough which the standard file operations such as reading and writing\nare performed. When open() is used to open a file in a text mode ('w',\n'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\na file in a binary mode, the returned class varies: in read binary\nmode, it returns a BufferedReader; in write binary and append binary\nmodes, it returns a BufferedWriter, and in read/write mode, it returns\na BufferedRandom.\n\nIt is also possible to use a string or bytearray as a file for both\nreading and writing. For strings StringIO can be used like a file\nopened in a text mode, and for bytes a BytesIO can be used like a file\nopened in a binary mode."),
    fd("ord", bi_ord, "Return the Unicode code point for a one-character string."),
    fd("pow", bi_pow, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form."),
    fd("print", io::bi_print, "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream."),
    fd("repr", bi_repr, "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj."),
    fd("round", bi_round, "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative."),
    fd("setattr", bi_setattr, "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``"),
    fd("sorted", bi_sorted, "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order."),
    fd("sum", bi_sum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types."),
    fd("vars", bi_vars, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__."),
    fd("__import__", bi_import, "Import a module."),
    fd("exit", bi_exit, "Raise SystemExit(code) to exit the interpreter."),
    fd("quit", bi_exit, "Raise SystemExit(code) to exit the interpreter."),
    fd("__build_class__", crate::object::class::build_class_native, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."),
];

/// The builtin types and constants by name (functions are in
/// `BUILTIN_FUNCTIONS`; exception types come from `exc_types()`).
pub fn entries() -> Vec<(&'static str, Value)> {
    use crate::object::*;
    let mut v: Vec<(&'static str, Value)> = vec![
        ("None", Value::none()),
        ("True", Value::bool(true)),
        ("False", Value::bool(false)),
        ("Ellipsis", Value::ellipsis()),
        ("NotImplemented", Value::not_implemented()),
        ("__debug__", Value::bool(true)),
        ("int", type_value(&int::INT_TYPE)),
        ("bool", type_value(&int::BOOL_TYPE)),
        ("float", type_value(&float::FLOAT_TYPE)),
        ("complex", type_value(&complex::COMPLEX_TYPE)),
        ("str", type_value(&str::STR_TYPE)),
        ("bytes", type_value(&bytes::BYTES_TYPE)),
        ("bytearray", type_value(&bytearray::BYTEARRAY_TYPE)),
        ("list", type_value(&list::LIST_TYPE)),
        ("tuple", type_value(&tuple::TUPLE_TYPE)),
        ("dict", type_value(&dict::DICT_TYPE)),
        ("set", type_value(&set::SET_TYPE)),
        ("frozenset", type_value(&set::FROZENSET_TYPE)),
        ("range", type_value(&range::RANGE_TYPE)),
        ("slice", type_value(&slice::SLICE_TYPE)),
        ("object", type_value(&singletons::OBJECT_TYPE)),
        ("type", type_value(&singletons::TYPE_TYPE)),
        ("reversed", type_value(&iters::REVERSED_TYPE)),
        ("memoryview", type_value(&memview::MEMORYVIEW_TYPE)),
        ("property", type_value(&descr::PROPERTY_TYPE)),
        ("classmethod", type_value(&descr::CLASSMETHOD_TYPE)),
        ("staticmethod", type_value(&descr::STATICMETHOD_TYPE)),
        ("super", type_value(&super_::SUPER_TYPE)),
    ];
    v.extend(iters::types());
    for (name, t) in exc::builtin_exception_names() {
        v.push((name, type_value(t)));
    }
    v
}

/// Fills the builtins module: functions (`func::new_builtin` values bound
/// to the module), types, constants and exception types.
/// The VM core calls this at interpreter creation.
pub fn init_builtins(module: &Value) -> PyResult<()> {
    ctors::register_layouts();
    let set = |name: &str, v: Value| ops::setattr(module, &pystr::intern(name), Some(&v));
    for def in BUILTIN_FUNCTIONS {
        set(def.name, make_function(def, module))?;
    }
    for (name, v) in entries() {
        set(name, v)?;
    }
    Ok(())
}

/// A callable value for a builtin function (the VM core's
/// `builtin_function_or_method`).
fn make_function(def: &'static MethodDef, module: &Value) -> Value {
    crate::object::func::new_builtin(def, Some(module.clone()))
}

#[cfg(test)]
mod tests;
