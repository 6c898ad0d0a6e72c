//! Design: DESIGN.md#channels-and-queues
//!
//! [`Packed`]: a small shareable value flattened into bytes held inline
//! (the queue put path's form: no heap block per message).

use crate::object::handle::Value;
use crate::object::str::StrData;
use crate::object::{bytes, float, int, str as pystr, tuple};
use crate::xi::shareable::Shareable;

/// Bytes a [`Packed`] value holds.
pub const PACK_CAP: usize = 38;

const P_NONE: u8 = 0;
const P_FALSE: u8 = 1;
const P_TRUE: u8 = 2;
const P_INT: u8 = 3;
const P_FLOAT: u8 = 4;
const P_ASCII: u8 = 5;
const P_LATIN1: u8 = 6;
const P_BYTES: u8 = 7;
const P_TUPLE: u8 = 8;

/// A small shareable value flattened into bytes held inline (no heap
/// block): a tag stream of None/bool, i64 ints, floats, ASCII or Latin-1
/// strs and bytes of at most 255 units, and tuples of these, at most
/// [`PACK_CAP`] bytes in all. The queue put path packs what fits, so the
/// producer allocates nothing per message and the consumer builds its
/// objects from bytes that sit in the queue's own storage (no block of
/// the producer's heap is read or freed by the consumer: no cross-thread
/// free, no cache line of the producer's heap pulled over). Everything
/// else (and every value a pack does not fit) takes [`Shareable`].
#[derive(Clone)]
pub struct Packed {
    len: u8,
    buf: [u8; PACK_CAP],
}

impl Packed {
    /// The packed form of `v`, or `None` when `v` does not fit or is not a
    /// kind packed here (the caller then uses [`Shareable::from_value`],
    /// which also raises `NotShareableError`). Exact types only, as there.
    #[inline]
    pub fn encode(v: &Value) -> Option<Packed> {
        let mut p = Packed { len: 0, buf: [0; PACK_CAP] };
        if p.put(v) {
            Some(p)
        } else {
            None
        }
    }

    /// `None`, packed.
    #[inline]
    pub fn none() -> Packed {
        let mut p = Packed { len: 0, buf: [0; PACK_CAP] };
        p.put_tag(P_NONE);
        p
    }

    #[inline]
    fn room(&self, n: usize) -> Option<usize> {
        let at = self.len as usize;
        if at + n <= PACK_CAP {
            Some(at)
        } else {
            None
        }
    }

    #[inline]
    fn put_word(&mut self, tag: u8, w: [u8; 8]) -> bool {
        let Some(at) = self.room(9) else { return false };
        self.buf[at] = tag;
        self.buf[at + 1..at + 9].copy_from_slice(&w);
        self.len += 9;
        true
    }

    #[inline]
    fn put_run(&mut self, tag: u8, b: &[u8]) -> bool {
        if b.len() > 255 {
            return false;
        }
        let Some(at) = self.room(2 + b.len()) else { return false };
        self.buf[at] = tag;
        self.buf[at + 1] = b.len() as u8;
        self.buf[at + 2..at + 2 + b.len()].copy_from_slice(b);
        self.len += 2 + b.len() as u8;
        true
    }

    #[inline]
    fn put_tag(&mut self, tag: u8) -> bool {
        let Some(at) = self.room(1) else { return false };
        self.buf[at] = tag;
        self.len += 1;
        true
    }

    fn put(&mut self, v: &Value) -> bool {
        if let Some(i) = v.as_small_int() {
            return self.put_word(P_INT, i.to_le_bytes());
        }
        let ty = v.ty();
        if core::ptr::eq(ty, &pystr::STR_TYPE) {
            return match pystr::as_pystr(v).map(|s| s.data()) {
                Some(StrData::Ascii(a)) => self.put_run(P_ASCII, a.as_bytes()),
                Some(StrData::Latin1(b)) => self.put_run(P_LATIN1, b),
                _ => false,
            };
        }
        if core::ptr::eq(ty, &float::FLOAT_TYPE) {
            return match float::as_float(v) {
                Some(x) => self.put_word(P_FLOAT, x.to_bits().to_le_bytes()),
                None => false,
            };
        }
        if core::ptr::eq(ty, &bytes::BYTES_TYPE) {
            return match bytes::as_bytes(v) {
                Some(b) => self.put_run(P_BYTES, b),
                None => false,
            };
        }
        if core::ptr::eq(ty, &tuple::TUPLE_TYPE) {
            let Some(items) = tuple::items(v) else { return false };
            if items.len() > 255 || !self.put_tag(P_TUPLE) || !self.put_tag(items.len() as u8) {
                return false;
            }
            return items.iter().all(|it| self.put(it));
        }
        if v.is_none() {
            return self.put_tag(P_NONE);
        }
        if let Some(b) = v.as_bool() {
            return self.put_tag(if b { P_TRUE } else { P_FALSE });
        }
        if core::ptr::eq(ty, &int::INT_TYPE) {
            return match int::int_ref(v) {
                Some(int::IntRef::Small(i)) => self.put_word(P_INT, i.to_le_bytes()),
                Some(int::IntRef::Big(b)) => match i64::try_from(b) {
                    Ok(i) => self.put_word(P_INT, i.to_le_bytes()),
                    Err(_) => false,
                },
                None => false,
            };
        }
        false
    }

    /// A new object for this value in the calling thread's current
    /// interpreter: one allocation per str/bytes/tuple storage plus its
    /// object, all of the consumer's own heap.
    #[inline]
    pub fn to_value(&self) -> Value {
        let mut at = 0;
        self.value_at(&mut at)
    }

    #[inline]
    fn word(&self, at: &mut usize) -> [u8; 8] {
        let mut w = [0u8; 8];
        w.copy_from_slice(&self.buf[*at..*at + 8]);
        *at += 8;
        w
    }

    #[inline]
    fn run(&self, at: &mut usize) -> &[u8] {
        let n = self.buf[*at] as usize;
        let r = &self.buf[*at + 1..*at + 1 + n];
        *at += 1 + n;
        r
    }

    /// A `P_ASCII` run as text.
    #[inline]
    fn ascii(&self, at: &mut usize) -> &str {
        let r = self.run(at);
        debug_assert!(r.is_ascii());
        // SAFETY: a P_ASCII run is written only by `put`, from the storage
        // of a `StrData::Ascii` (a `str` holding ASCII only), and a
        // `Packed` is immutable after `encode` (private fields, no other
        // constructor); runs are read back at the offsets `put` wrote them
        // (`value_at`/`shareable_at` walk the same tag stream). ASCII is
        // valid UTF-8.
        unsafe { core::str::from_utf8_unchecked(r) }
    }

    fn value_at(&self, at: &mut usize) -> Value {
        let tag = self.buf[*at];
        *at += 1;
        match tag {
            P_INT => Value::from_i64(i64::from_le_bytes(self.word(at))),
            P_FLOAT => Value::from_f64(f64::from_bits(u64::from_le_bytes(self.word(at)))),
            P_ASCII => pystr::from_str_data(StrData::Ascii(self.ascii(at).into())),
            P_LATIN1 => pystr::from_str_data(StrData::Latin1(self.run(at).into())),
            P_BYTES => bytes::new_bytes(self.run(at)),
            P_TUPLE => {
                let n = self.buf[*at] as usize;
                *at += 1;
                // Straight into a tuple of this thread's free list.
                crate::object::freelist::new_tuple_with(n, || self.value_at(at))
            }
            P_TRUE => Value::bool(true),
            P_FALSE => Value::bool(false),
            _ => Value::none(),
        }
    }

    /// The same value as a [`Shareable`] (the Rust API's view).
    pub fn to_shareable(&self) -> Shareable {
        let mut at = 0;
        self.shareable_at(&mut at)
    }

    fn shareable_at(&self, at: &mut usize) -> Shareable {
        let tag = self.buf[*at];
        *at += 1;
        match tag {
            P_INT => Shareable::Int(i64::from_le_bytes(self.word(at))),
            P_FLOAT => Shareable::Float(f64::from_bits(u64::from_le_bytes(self.word(at)))),
            P_ASCII => Shareable::Str(StrData::Ascii(self.ascii(at).into())),
            P_LATIN1 => Shareable::Str(StrData::Latin1(self.run(at).into())),
            P_BYTES => Shareable::Bytes(self.run(at).into()),
            P_TUPLE => {
                let n = self.buf[*at] as usize;
                *at += 1;
                Shareable::Tuple((0..n).map(|_| self.shareable_at(at)).collect())
            }
            P_TRUE => Shareable::Bool(true),
            P_FALSE => Shareable::Bool(false),
            _ => Shareable::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops;

    #[test]
    fn packed_round_trips_and_falls_back() {
        let vals = [
            Value::from_i64(-17),
            Value::from_i64(i64::MAX),
            Value::from_i64(i64::MIN),
            pystr::new_str(""),
            pystr::new_str("a"),
            pystr::new_str("message-12345"),
            pystr::new_str("café"),
            pystr::new_str("é"),
            bytes::new_bytes(b""),
            bytes::new_bytes(b"\x00\xff"),
            Value::from_f64(-0.0),
            Value::from_f64(f64::INFINITY),
            Value::bool(true),
            Value::bool(false),
            Value::none(),
            tuple::new_tuple(vec![]),
            tuple::new_tuple(vec![Value::from_i64(1), pystr::new_str("t12"), Value::from_f64(0.5), bytes::new_bytes(b"x")]),
            tuple::new_tuple(vec![Value::from_i64(1), tuple::new_tuple(vec![pystr::new_str("x"), Value::none()])]),
        ];
        for v in vals.iter() {
            let p = Packed::encode(v).expect("packs");
            let back = p.to_value();
            assert!(ops::eq(v, &back).unwrap(), "{}", ops::repr_string(v).unwrap());
            assert!(core::ptr::eq(v.ty(), back.ty()));
            assert_eq!(ops::repr_string(v).unwrap(), ops::repr_string(&back).unwrap());
            assert!(p.to_shareable() == Shareable::from_value(v).unwrap());
        }
        // Not packed: too long, wide strs, big ints, lists (the caller's
        // Shareable path decides shareability).
        let long = pystr::new_str(&"x".repeat(PACK_CAP));
        let wide = pystr::new_str("日本");
        let big = Value::from_bigint(num_bigint::BigInt::from(i64::MAX) * 4);
        let list = crate::object::list::new_list(vec![]);
        let nested = tuple::new_tuple(vec![Value::from_i64(1), list.clone()]);
        for v in [long, wide, big, list, nested] {
            assert!(Packed::encode(&v).is_none(), "{}", ops::repr_string(&v).unwrap());
        }
    }
}
