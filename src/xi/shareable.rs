//! Design: DESIGN.md#channels-and-queues
//!
//! `Shareable`: the interpreter-free form of a value that may cross from
//! one interpreter to another. It owns plain Rust data only (no `Value`,
//! no pointer into any interpreter's heap), so it is `Send + Sync` and can
//! sit in a queue while the interpreter that made it is closed.
//!
//! | kind          | Python side                    | Rust payload                         |
//! |---------------|--------------------------------|--------------------------------------|
//! | `None`        | `None`                         | -                                    |
//! | `Bool`        | `True` / `False`               | `bool`                               |
//! | `Int`         | exact `int`                    | `i64`                                |
//! | `BigInt`      | exact `int` outside i64        | `BigInt`                             |
//! | `Float`       | exact `float`                  | `f64`                                |
//! | `Str`         | exact `str`                    | the str's canonical storage (moved)  |
//! | `Bytes`       | exact `bytes`                  | `Box<[u8]>` (moved into the new bytes)|
//! | `Buffer`      | `bytes` (read-only)            | `Arc<[u8]>` shared by every copy     |
//! | `Tuple`       | exact `tuple` of shareables    | `Box<[Shareable]>`                   |
//! | `Queue`       | a cross-interpreter queue      | `Arc<QueueCore>`                     |
//! | `SendChannel` / `RecvChannel` | a channel end  | `Arc<ChannelCore>`                   |
//!
//! Only exact types cross (as CPython's cross-interpreter data registry,
//! which is keyed by exact type); anything else raises
//! `NotShareableError` (a `ValueError` subclass, CPython 3.13's message
//! `"<repr> does not support cross-interpreter data"`).

#![forbid(unsafe_code)]

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult};
use crate::object::exc;
use crate::object::handle::{PyObject, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::TYPE_TYPE;
use crate::object::str::StrData;
use crate::object::typeobj::{type_flags, PyType};
use crate::object::{bytes, float, int, ops, str as pystr, tuple};
use crate::sync::{Arc, OnceLock};
use crate::xi::channel::ChannelCore;
use crate::xi::queue::QueueCore;

/// An owned, interpreter-free value (see the module table).
#[derive(Clone)]
pub enum Shareable {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Str(StrData),
    Bytes(Box<[u8]>),
    /// A shared read-only buffer: every copy refers to the same bytes.
    Buffer(Arc<[u8]>),
    Tuple(Box<[Shareable]>),
    Queue(Arc<QueueCore>),
    SendChannel(Arc<ChannelCore>),
    RecvChannel(Arc<ChannelCore>),
}

const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Shareable>();
};

/// `NotShareableError`: CPython 3.13 names it `interpreters.NotShareableError`
/// (3.14: `concurrent.interpreters.NotShareableError`); a static type, so
/// every interpreter sees the same immortal class.
pub static NOT_SHAREABLE_ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "interpreters.NotShareableError",
    base: &exc::VALUE_ERROR_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: exc::BASE_SLOTS,
    free: PyObject::<exc::PyBaseException>::free,
    methods: &[],
    dict: OnceLock::new(),
};

/// The `NotShareableError` class (`_interpreters` re-exports it).
pub fn not_shareable_error_type() -> Value {
    crate::xi::register_exc_layouts();
    NOT_SHAREABLE_ERROR_TYPE.to_value()
}

/// A `NotShareableError` for `v` with CPython's message.
pub fn not_shareable(v: &Value) -> PyErr {
    let r = ops::repr_string(v).unwrap_or_else(|_| format!("<{} object>", v.ty().name));
    not_shareable_msg(format!("{} does not support cross-interpreter data", r))
}

/// A `NotShareableError` with message `msg`.
pub fn not_shareable_msg(msg: impl Into<String>) -> PyErr {
    crate::xi::new_exc(&NOT_SHAREABLE_ERROR_TYPE, msg)
}

impl Shareable {
    /// The shareable form of `v`; `NotShareableError` for anything that
    /// may not cross (lists, dicts, instances, subclasses of the builtin
    /// kinds, tuples holding any of them).
    pub fn from_value(v: &Value) -> PyResult<Shareable> {
        if let Some(i) = v.as_small_int() {
            return Ok(Shareable::Int(i));
        }
        let ty = v.ty();
        if core::ptr::eq(ty, &pystr::STR_TYPE) {
            let s = pystr::as_pystr(v).expect("exact str");
            return Ok(Shareable::Str(s.data().clone()));
        }
        if v.is_none() {
            return Ok(Shareable::None);
        }
        if let Some(b) = v.as_bool() {
            return Ok(Shareable::Bool(b));
        }
        if core::ptr::eq(ty, &int::INT_TYPE) {
            return Ok(match int::int_ref(v).expect("exact int") {
                int::IntRef::Small(i) => Shareable::Int(i),
                int::IntRef::Big(b) => match i64::try_from(b) {
                    Ok(i) => Shareable::Int(i),
                    Err(_) => Shareable::BigInt(Box::new(b.clone())),
                },
            });
        }
        if core::ptr::eq(ty, &float::FLOAT_TYPE) {
            return Ok(Shareable::Float(float::as_float(v).expect("exact float")));
        }
        if core::ptr::eq(ty, &bytes::BYTES_TYPE) {
            return Ok(Shareable::Bytes(bytes::as_bytes(v).expect("exact bytes").into()));
        }
        if core::ptr::eq(ty, &tuple::TUPLE_TYPE) {
            let items = tuple::items(v).expect("exact tuple");
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(Shareable::from_value(it)?);
            }
            return Ok(Shareable::Tuple(out.into_boxed_slice()));
        }
        if let Some(s) = crate::xi::handle_shareable(v) {
            return Ok(s);
        }
        Err(not_shareable(v))
    }

    /// A new object for this value in the calling thread's current
    /// interpreter.
    pub fn to_value(&self) -> PyResult<Value> {
        Ok(match self {
            Shareable::None => Value::none(),
            Shareable::Bool(b) => Value::bool(*b),
            Shareable::Int(i) => Value::from_i64(*i),
            Shareable::BigInt(b) => Value::from_bigint((**b).clone()),
            Shareable::Float(x) => Value::from_f64(*x),
            Shareable::Str(d) => pystr::from_str_data(d.clone()),
            Shareable::Bytes(b) => bytes::new_bytes(b),
            Shareable::Buffer(b) => bytes::new_bytes(b),
            Shareable::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in items.iter() {
                    out.push(it.to_value()?);
                }
                tuple::new_tuple(out)
            }
            Shareable::Queue(_) | Shareable::SendChannel(_) | Shareable::RecvChannel(_) => crate::xi::handle_to_value(self)?,
        })
    }

    /// Like `to_value`, consuming `self`: str and bytes storage moves into
    /// the new object instead of being copied (the queue/channel path).
    pub fn into_value(self) -> PyResult<Value> {
        match self {
            Shareable::Str(d) => Ok(pystr::from_str_data(d)),
            Shareable::Bytes(b) => Ok(bytes::from_vec(b.into_vec())),
            Shareable::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in items.into_vec() {
                    out.push(it.into_value()?);
                }
                Ok(tuple::new_tuple(out))
            }
            other => other.to_value(),
        }
    }

    /// The kind's name, for messages (`"int"`, `"str"`, ...).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Shareable::None => "NoneType",
            Shareable::Bool(_) => "bool",
            Shareable::Int(_) | Shareable::BigInt(_) => "int",
            Shareable::Float(_) => "float",
            Shareable::Str(_) => "str",
            Shareable::Bytes(_) => "bytes",
            Shareable::Buffer(_) => "buffer",
            Shareable::Tuple(_) => "tuple",
            Shareable::Queue(_) => "Queue",
            Shareable::SendChannel(_) => "SendChannel",
            Shareable::RecvChannel(_) => "RecvChannel",
        }
    }
}

impl core::fmt::Debug for Shareable {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Shareable::None => write!(f, "None"),
            Shareable::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Shareable::Int(i) => write!(f, "{}", i),
            Shareable::BigInt(b) => write!(f, "{}", b),
            Shareable::Float(x) => write!(f, "{:?}", x),
            Shareable::Str(d) => write!(f, "{:?}", str_data_string(d)),
            Shareable::Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            Shareable::Buffer(b) => write!(f, "<buffer of {} bytes>", b.len()),
            Shareable::Tuple(items) => f.debug_list().entries(items.iter()).finish(),
            Shareable::Queue(q) => write!(f, "Queue({})", q.id()),
            Shareable::SendChannel(c) => write!(f, "SendChannel(id={})", c.id()),
            Shareable::RecvChannel(c) => write!(f, "RecvChannel(id={})", c.id()),
        }
    }
}

/// Equality of plain data (handles compare by identity of their core).
impl PartialEq for Shareable {
    fn eq(&self, other: &Shareable) -> bool {
        use Shareable::*;
        match (self, other) {
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Buffer(a), Buffer(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (Queue(a), Queue(b)) => Arc::ptr_eq(a, b),
            (SendChannel(a), SendChannel(b)) | (RecvChannel(a), RecvChannel(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A str's storage as Rust text (lone surrogates become U+FFFD).
pub fn str_data_string(d: &StrData) -> String {
    match d {
        StrData::Ascii(s) => s.to_string(),
        StrData::Latin1(b) => b.iter().map(|&c| c as char).collect(),
        StrData::Ucs2(u) => u.iter().map(|&c| char::from_u32(c as u32).unwrap_or('\u{FFFD}')).collect(),
        StrData::Ucs4(u) => u.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect(),
    }
}

/// The canonical (narrowest) storage for Rust text, built without touching
/// any interpreter (Rust threads may make Shareables).
pub fn str_data_of(s: &str) -> StrData {
    if s.is_ascii() {
        return StrData::Ascii(s.into());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        StrData::Latin1(s.chars().map(|c| c as u8).collect())
    } else if max < 0x10000 {
        StrData::Ucs2(s.chars().map(|c| c as u16).collect())
    } else {
        StrData::Ucs4(s.chars().map(|c| c as u32).collect())
    }
}

// ---- conversions with Rust values --------------------------------------------

/// A Shareable did not hold the Rust type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindMismatch {
    pub expected: &'static str,
    pub found: &'static str,
}

impl core::fmt::Display for KindMismatch {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "expected a shareable {}, found {}", self.expected, self.found)
    }
}

impl std::error::Error for KindMismatch {}

impl From<KindMismatch> for PyErr {
    fn from(e: KindMismatch) -> PyErr {
        PyErr::type_error(e.to_string())
    }
}

fn mismatch(expected: &'static str, s: &Shareable) -> KindMismatch {
    KindMismatch { expected, found: s.kind_name() }
}

impl From<()> for Shareable {
    fn from(_: ()) -> Shareable {
        Shareable::None
    }
}
impl From<bool> for Shareable {
    fn from(b: bool) -> Shareable {
        Shareable::Bool(b)
    }
}
impl From<i64> for Shareable {
    fn from(i: i64) -> Shareable {
        Shareable::Int(i)
    }
}
impl From<i32> for Shareable {
    fn from(i: i32) -> Shareable {
        Shareable::Int(i as i64)
    }
}
impl From<u32> for Shareable {
    fn from(i: u32) -> Shareable {
        Shareable::Int(i as i64)
    }
}
impl From<BigInt> for Shareable {
    fn from(b: BigInt) -> Shareable {
        match i64::try_from(&b) {
            Ok(i) => Shareable::Int(i),
            Err(_) => Shareable::BigInt(Box::new(b)),
        }
    }
}
impl From<f64> for Shareable {
    fn from(x: f64) -> Shareable {
        Shareable::Float(x)
    }
}
impl From<&str> for Shareable {
    fn from(s: &str) -> Shareable {
        Shareable::Str(str_data_of(s))
    }
}
impl From<String> for Shareable {
    fn from(s: String) -> Shareable {
        Shareable::from(s.as_str())
    }
}
impl From<Vec<u8>> for Shareable {
    fn from(b: Vec<u8>) -> Shareable {
        Shareable::Bytes(b.into_boxed_slice())
    }
}
impl From<&[u8]> for Shareable {
    fn from(b: &[u8]) -> Shareable {
        Shareable::Bytes(b.into())
    }
}
impl From<Arc<[u8]>> for Shareable {
    fn from(b: Arc<[u8]>) -> Shareable {
        Shareable::Buffer(b)
    }
}
impl<T: Into<Shareable>> From<Option<T>> for Shareable {
    fn from(o: Option<T>) -> Shareable {
        match o {
            Some(v) => v.into(),
            None => Shareable::None,
        }
    }
}
impl<T: Into<Shareable>> From<Vec<T>> for Shareable
where
    T: NotBytes,
{
    fn from(v: Vec<T>) -> Shareable {
        Shareable::Tuple(v.into_iter().map(Into::into).collect())
    }
}

/// Element types whose `Vec` becomes a tuple (`Vec<u8>` becomes bytes).
pub trait NotBytes {}
impl NotBytes for Shareable {}
impl NotBytes for i64 {}
impl NotBytes for f64 {}
impl NotBytes for bool {}
impl NotBytes for String {}
impl NotBytes for &str {}

impl TryFrom<Shareable> for () {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<(), KindMismatch> {
        match s {
            Shareable::None => Ok(()),
            o => Err(mismatch("None", &o)),
        }
    }
}
impl TryFrom<Shareable> for bool {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<bool, KindMismatch> {
        match s {
            Shareable::Bool(b) => Ok(b),
            o => Err(mismatch("bool", &o)),
        }
    }
}
impl TryFrom<Shareable> for i64 {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<i64, KindMismatch> {
        match s {
            Shareable::Int(i) => Ok(i),
            Shareable::Bool(b) => Ok(b as i64),
            o => Err(mismatch("int (i64)", &o)),
        }
    }
}
impl TryFrom<Shareable> for BigInt {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<BigInt, KindMismatch> {
        match s {
            Shareable::Int(i) => Ok(BigInt::from(i)),
            Shareable::BigInt(b) => Ok(*b),
            o => Err(mismatch("int", &o)),
        }
    }
}
impl TryFrom<Shareable> for f64 {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<f64, KindMismatch> {
        match s {
            Shareable::Float(x) => Ok(x),
            Shareable::Int(i) => Ok(i as f64),
            o => Err(mismatch("float", &o)),
        }
    }
}
impl TryFrom<Shareable> for String {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<String, KindMismatch> {
        match s {
            Shareable::Str(d) => Ok(str_data_string(&d)),
            o => Err(mismatch("str", &o)),
        }
    }
}
impl TryFrom<Shareable> for Vec<u8> {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<Vec<u8>, KindMismatch> {
        match s {
            Shareable::Bytes(b) => Ok(b.into_vec()),
            Shareable::Buffer(b) => Ok(b.to_vec()),
            o => Err(mismatch("bytes", &o)),
        }
    }
}
impl<T: TryFrom<Shareable, Error = KindMismatch>> TryFrom<Shareable> for Option<T> {
    type Error = KindMismatch;
    fn try_from(s: Shareable) -> Result<Option<T>, KindMismatch> {
        match s {
            Shareable::None => Ok(None),
            o => T::try_from(o).map(Some),
        }
    }
}

macro_rules! tuple_conv {
    ($n:literal; $($t:ident $v:ident),+) => {
        impl<$($t: Into<Shareable>),+> From<($($t,)+)> for Shareable {
            fn from(($($v,)+): ($($t,)+)) -> Shareable {
                Shareable::Tuple(Box::new([$($v.into()),+]))
            }
        }
        impl<$($t: TryFrom<Shareable, Error = KindMismatch>),+> TryFrom<Shareable> for ($($t,)+) {
            type Error = KindMismatch;
            fn try_from(s: Shareable) -> Result<($($t,)+), KindMismatch> {
                match s {
                    Shareable::Tuple(items) if items.len() == $n => {
                        let mut it = items.into_vec().into_iter();
                        Ok(($($t::try_from({ let $v = it.next().expect("length checked"); $v })?,)+))
                    }
                    o => Err(mismatch(concat!("tuple of ", $n), &o)),
                }
            }
        }
    };
}

tuple_conv!(1; A a);
tuple_conv!(2; A a, B b);
tuple_conv!(3; A a, B b, C c);
tuple_conv!(4; A a, B b, C c, D d);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_round_trip() {
        let s: Shareable = (1i64, "two", 3.0f64, Some(true), None::<i64>, vec![1u8, 2]).into_tuple6();
        let (a, b, c, d, e, f): (i64, String, f64, Option<bool>, Option<i64>, Vec<u8>) = s.try_into6().unwrap();
        assert_eq!((a, b.as_str(), c, d, e, f), (1, "two", 3.0, Some(true), None, vec![1, 2]));
    }

    // Six-tuples only for this test.
    trait Into6 {
        fn into_tuple6(self) -> Shareable;
    }
    impl Into6 for (i64, &str, f64, Option<bool>, Option<i64>, Vec<u8>) {
        fn into_tuple6(self) -> Shareable {
            Shareable::Tuple(Box::new([self.0.into(), self.1.into(), self.2.into(), self.3.into(), self.4.into(), self.5.into()]))
        }
    }
    impl Shareable {
        #[allow(clippy::type_complexity)]
        fn try_into6(self) -> Result<(i64, String, f64, Option<bool>, Option<i64>, Vec<u8>), KindMismatch> {
            let Shareable::Tuple(items) = self else { return Err(mismatch("tuple", &self)) };
            let mut it = items.into_vec().into_iter();
            Ok((
                it.next().unwrap().try_into()?,
                it.next().unwrap().try_into()?,
                it.next().unwrap().try_into()?,
                it.next().unwrap().try_into()?,
                it.next().unwrap().try_into()?,
                it.next().unwrap().try_into()?,
            ))
        }
    }

    #[test]
    fn values_round_trip() {
        let vals = [
            Value::from_i64(-17),
            Value::from_i64(1 << 62),
            pystr::new_str("café 日本"),
            bytes::new_bytes(b"\x00\xff"),
            Value::from_f64(0.1),
            Value::bool(true),
            Value::none(),
            tuple::new_tuple(vec![Value::from_i64(1), tuple::new_tuple(vec![pystr::new_str("x")])]),
        ];
        for v in vals.iter() {
            let s = Shareable::from_value(v).unwrap();
            let back = s.clone().into_value().unwrap();
            assert!(ops::eq(v, &back).unwrap(), "{:?}", s);
            assert!(core::ptr::eq(v.ty(), back.ty()));
            assert_eq!(Shareable::from_value(&s.to_value().unwrap()).unwrap(), s);
        }
    }

    #[test]
    fn lists_are_not_shareable() {
        let l = crate::object::list::new_list(vec![Value::from_i64(1)]);
        let e = Shareable::from_value(&l).unwrap_err();
        assert!(e.value().is_type(&NOT_SHAREABLE_ERROR_TYPE));
        assert_eq!(ops::str_string(&e.value()).unwrap(), "[1] does not support cross-interpreter data");
        let t = tuple::new_tuple(vec![Value::from_i64(1), l]);
        assert!(Shareable::from_value(&t).is_err());
    }
}
