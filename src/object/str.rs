//! Design: DESIGN.md#str
//!
//! `str`: immutable sequences of code points (any of U+0000..U+10FFFF,
//! lone surrogates included), stored PEP 393-style in the narrowest of four
//! kinds so indexing is O(1):
//!
//! | kind     | storage        | holds                                  |
//! |----------|----------------|----------------------------------------|
//! | `Ascii`  | `Box<str>`     | only U+0000..U+007F (borrowable as &str) |
//! | `Latin1` | `Box<[u8]>`    | max code point in U+0080..U+00FF       |
//! | `Ucs2`   | `Box<[u16]>`   | max code point in U+0100..U+FFFF       |
//! | `Ucs4`   | `Box<[u32]>`   | max code point >= U+10000              |
//!
//! The kind is canonical (always the narrowest), so equal strings have the
//! same kind and the same hash input. The hash is CPython's: SipHash-1-3
//! over the kind's native-endian units, keyed per process (PYTHONHASHSEED
//! as CPython: 0 = the zero key, N = CPython's LCG bytes), cached in the
//! payload. `intern` keeps a sharded global table of immortal strs.
//!
//! str methods are plain functions `fn(&Value, &[Value])` (positional
//! arguments) for the binding layer; those returning a list return
//! `PyResult<Vec<Value>>` until list objects exist.

#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::collections::HashMap;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};
use crate::object::unicode_data as ud;
use crate::sync::{AtomicBool, AtomicI64, AtomicUsize, Mutex, Ordering};

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

/// The canonical (narrowest) storage of a str.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum StrData {
    Ascii(Box<str>),
    Latin1(Box<[u8]>),
    Ucs2(Box<[u16]>),
    Ucs4(Box<[u32]>),
}

pub struct PyStr {
    data: StrData,
    /// Cached hash; -1 = not computed yet.
    hash: AtomicI64,
    /// Set (before publication) on the canonical interned copy.
    interned: AtomicBool,
}

impl PyPayload for PyStr {
    fn class() -> &'static PyType {
        &STR_TYPE
    }
}

/// A borrowed view of a str's code points: one-byte kinds (ASCII and
/// Latin-1) share `L1`.
#[derive(Clone, Copy)]
pub enum View<'a> {
    L1(&'a [u8]),
    U2(&'a [u16]),
    U4(&'a [u32]),
}

impl<'a> View<'a> {
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            View::L1(s) => s.len(),
            View::U2(s) => s.len(),
            View::U4(s) => s.len(),
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        match self {
            View::L1(s) => s[i] as u32,
            View::U2(s) => s[i] as u32,
            View::U4(s) => s[i],
        }
    }
    /// The code points widened to u32 (borrowed for UCS-4).
    pub fn to_u32(&self) -> Cow<'a, [u32]> {
        match *self {
            View::L1(s) => Cow::Owned(s.iter().map(|&c| c as u32).collect()),
            View::U2(s) => Cow::Owned(s.iter().map(|&c| c as u32).collect()),
            View::U4(s) => Cow::Borrowed(s),
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = u32> + 'a {
        let v = *self;
        (0..v.len()).map(move |i| v.get(i))
    }
}

/// Code units of the generic algorithms (u8 for one-byte kinds, u32 when
/// operands of different widths meet).
pub(crate) trait Unit: Copy + Eq + Ord + Into<u32> + 'static {
    fn build(s: &[Self]) -> Value;
}
impl Unit for u8 {
    fn build(s: &[u8]) -> Value {
        from_latin1(s)
    }
}
impl Unit for u16 {
    fn build(s: &[u16]) -> Value {
        from_code_points(&s.iter().map(|&c| c as u32).collect::<Vec<_>>())
    }
}
impl Unit for u32 {
    fn build(s: &[u32]) -> Value {
        from_code_points(s)
    }
}

/// Runs `$body` with `$x`, `$y` bound to same-typed unit slices of two
/// views: bytes when both are one-byte kinds, else u32.
macro_rules! with2 {
    ($a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {{
        match ($a, $b) {
            (View::L1($x), View::L1($y)) => $body,
            (va, vb) => {
                let wa = va.to_u32();
                let wb = vb.to_u32();
                let $x: &[u32] = &wa;
                let $y: &[u32] = &wb;
                $body
            }
        }
    }};
}

/// Runs `$body` with `$x` bound to the unit slice of one view.
macro_rules! with1 {
    ($a:expr, |$x:ident| $body:expr) => {{
        match $a {
            View::L1($x) => $body,
            View::U2($x) => $body,
            View::U4($x) => $body,
        }
    }};
}

impl StrData {
    fn from_str(s: &str) -> StrData {
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
    fn from_cps(cps: &[u32]) -> StrData {
        let max = cps.iter().copied().max().unwrap_or(0);
        if max < 0x80 {
            StrData::Ascii(cps.iter().map(|&c| c as u8 as char).collect::<String>().into_boxed_str())
        } else if max < 0x100 {
            StrData::Latin1(cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x10000 {
            StrData::Ucs2(cps.iter().map(|&c| c as u16).collect())
        } else {
            StrData::Ucs4(cps.into())
        }
    }
    fn view(&self) -> View<'_> {
        match self {
            StrData::Ascii(s) => View::L1(s.as_bytes()),
            StrData::Latin1(s) => View::L1(s),
            StrData::Ucs2(s) => View::U2(s),
            StrData::Ucs4(s) => View::U4(s),
        }
    }
}

impl PyStr {
    fn new(data: StrData) -> PyStr {
        PyStr { data, hash: AtomicI64::new(-1), interned: AtomicBool::new(false) }
    }
    #[inline]
    pub fn view(&self) -> View<'_> {
        self.data.view()
    }
    #[inline]
    pub fn data(&self) -> &StrData {
        &self.data
    }
    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.view().len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        matches!(self.data, StrData::Ascii(_))
    }
    /// The code point at `i` (panics when out of range).
    #[inline]
    pub fn char_at(&self, i: usize) -> u32 {
        self.view().get(i)
    }
    /// UTF-8 text; lone surrogates become U+FFFD. Borrowed for ASCII.
    pub fn as_str(&self) -> Cow<'_, str> {
        match &self.data {
            StrData::Ascii(s) => Cow::Borrowed(s),
            _ => Cow::Owned(self.view().iter().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()),
        }
    }
    /// UTF-8 text, `None` if the str holds a lone surrogate.
    pub fn as_str_strict(&self) -> Option<Cow<'_, str>> {
        match &self.data {
            StrData::Ascii(s) => Some(Cow::Borrowed(s)),
            _ => self.view().iter().map(char::from_u32).collect::<Option<String>>().map(Cow::Owned),
        }
    }
    pub fn hash_value(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = hash_data(&self.data);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

fn alloc(data: StrData) -> Value {
    crate::object::freelist::alloc_str(PyStr::new(data))
}

// ---------------------------------------------------------------------------
// Public constructors and accessors
// ---------------------------------------------------------------------------

/// A str from UTF-8 text.
pub fn new_str(s: &str) -> Value {
    match s.len() {
        0 => empty_str(),
        1 => latin1_char(s.as_bytes()[0]),
        _ => alloc(StrData::from_str(s)),
    }
}

/// A str taking over canonical storage taken from another str
/// (`PyStr::data().clone()`): the cross-interpreter path moves a str's
/// storage into the receiving interpreter without re-encoding it.
pub fn from_str_data(data: StrData) -> Value {
    match &data {
        StrData::Ascii(s) if s.is_empty() => empty_str(),
        StrData::Ascii(s) if s.len() == 1 => latin1_char(s.as_bytes()[0]),
        StrData::Latin1(s) if s.len() == 1 => latin1_char(s[0]),
        _ => alloc(data),
    }
}

/// A str from Rust chars.
pub fn new_str_from_chars(chars: &[char]) -> Value {
    let cps: Vec<u32> = chars.iter().map(|&c| c as u32).collect();
    from_code_points(&cps)
}

/// A str from code points (any u32 <= 0x10FFFF, surrogates allowed).
/// Panics on values above 0x10FFFF.
pub fn from_code_points(cps: &[u32]) -> Value {
    match cps.len() {
        0 => empty_str(),
        1 if cps[0] < 0x100 => latin1_char(cps[0] as u8),
        _ => {
            assert!(cps.iter().all(|&c| c <= 0x10FFFF), "code point out of range");
            alloc(StrData::from_cps(cps))
        }
    }
}

/// A str from Latin-1 bytes (each byte is its code point).
pub fn from_latin1(b: &[u8]) -> Value {
    match b.len() {
        0 => empty_str(),
        1 => latin1_char(b[0]),
        _ if b.is_ascii() => alloc(StrData::Ascii(String::from_utf8(b.to_vec()).expect("ascii").into_boxed_str())),
        _ => alloc(StrData::Latin1(b.into())),
    }
}

/// `from_latin1` taking the buffer (no copy when it is ASCII or Latin-1).
pub fn from_latin1_vec(b: Vec<u8>) -> Value {
    match b.len() {
        0 => empty_str(),
        1 => latin1_char(b[0]),
        _ if b.is_ascii() => alloc(StrData::Ascii(String::from_utf8(b).expect("ascii").into_boxed_str())),
        _ => alloc(StrData::Latin1(b.into_boxed_slice())),
    }
}

/// A str from ASCII text (the caller knows it is ASCII: a slice or join
/// of ASCII strs), without re-checking it.
fn from_ascii_str(t: &str) -> Value {
    debug_assert!(t.is_ascii());
    match t.len() {
        0 => empty_str(),
        1 => latin1_char(t.as_bytes()[0]),
        _ => alloc(StrData::Ascii(t.into())),
    }
}

/// A one-character str (cached immortal object for Latin-1).
pub fn from_char(c: u32) -> Value {
    if c < 0x100 {
        return latin1_char(c as u8);
    }
    from_code_points(&[c])
}

/// `s[i]` for an exact str and an in-range index (BINARY_SUBSCR's fast
/// path; negative indexes count from the end). `None`: not an exact str,
/// or out of range (the generic path raises).
#[inline]
pub fn getitem_int(v: &Value, i: i64) -> Option<Value> {
    let p = v.downcast::<PyStr>()?;
    let c = match &p.data {
        StrData::Ascii(t) => {
            let b = t.as_bytes();
            let n = b.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return None;
            }
            return Some(latin1_char(b[j as usize]));
        }
        _ => {
            let n = p.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return None;
            }
            p.char_at(j as usize)
        }
    };
    Some(from_char(c))
}

/// The empty str (immortal, shared).
pub fn empty_str() -> Value {
    latin1_table()[256].clone()
}

fn latin1_char(c: u8) -> Value {
    latin1_table()[c as usize].clone()
}

crate::lazy_global! {
    static LATIN1: Box<[Value]> = (0..=256u32)
        .map(|c| if c == 256 { intern_data(StrData::Ascii("".into())) } else { intern_data(StrData::from_cps(&[c])) })
        .collect();
}

fn latin1_table() -> &'static [Value] {
    &LATIN1
}

/// Is `v` a str (or subclass instance)?
pub fn is_str(v: &Value) -> bool {
    v.downcast_sub::<PyStr>().is_some()
}

/// Is `v` exactly a str (not a subclass)?
pub fn is_exact_str(v: &Value) -> bool {
    v.downcast::<PyStr>().is_some()
}

/// The payload of a str (or subclass instance).
pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    v.downcast_sub::<PyStr>()
}

/// The text of a str (lossless for valid Unicode; lone surrogates are
/// replaced by U+FFFD). Empty for non-strs.
pub fn to_rust_string(v: &Value) -> String {
    match v.downcast_sub::<PyStr>() {
        Some(s) => s.as_str().into_owned(),
        None => String::new(),
    }
}

/// The text of a str, borrowed when ASCII; lossy for surrogates; `None` for
/// non-strs.
pub fn as_str(v: &Value) -> Option<Cow<'_, str>> {
    v.downcast_sub::<PyStr>().map(|s| s.as_str())
}

/// Length in code points (`None` for non-strs).
pub fn char_len(v: &Value) -> Option<usize> {
    v.downcast_sub::<PyStr>().map(|s| s.len())
}

/// The code point at `i`, if `v` is a str and `i` in range.
pub fn char_at(v: &Value, i: usize) -> Option<u32> {
    let s = v.downcast_sub::<PyStr>()?;
    if i < s.len() {
        Some(s.char_at(i))
    } else {
        None
    }
}

/// Fast equality of two strs (false if either is not a str).
pub fn str_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let (Some(x), Some(y)) = (a.downcast_sub::<PyStr>(), b.downcast_sub::<PyStr>()) else {
        return false;
    };
    pystr_eq(x, y)
}

fn pystr_eq(x: &PyStr, y: &PyStr) -> bool {
    if x.interned.load(Ordering::Relaxed) && y.interned.load(Ordering::Relaxed) {
        // Distinct interned objects are never equal... unless one is the
        // canonical table entry being compared against a lookup candidate,
        // which never reaches here (the table compares data directly).
        return core::ptr::eq(x, y);
    }
    if x.len() != y.len() {
        return false;
    }
    let (hx, hy) = (x.hash.load(Ordering::Relaxed), y.hash.load(Ordering::Relaxed));
    if hx != -1 && hy != -1 && hx != hy {
        return false;
    }
    x.data == y.data
}

/// `a + b` for two strs.
pub fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_pystr(a), as_pystr(b)) else {
        return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name)));
    };
    if y.is_empty() && is_exact_str(a) {
        return Ok(a.clone());
    }
    if x.is_empty() && is_exact_str(b) {
        return Ok(b.clone());
    }
    if let (StrData::Ascii(p), StrData::Ascii(q)) = (&x.data, &y.data) {
        // ASCII + ASCII: one buffer, no re-scan.
        let mut t = String::with_capacity(p.len() + q.len());
        t.push_str(p);
        t.push_str(q);
        return Ok(if t.len() == 1 { latin1_char(t.as_bytes()[0]) } else { alloc(StrData::Ascii(t.into_boxed_str())) });
    }
    Ok(concat_views(&[x.view(), y.view()]))
}

fn concat_views(parts: &[View<'_>]) -> Value {
    let total: usize = parts.iter().map(|p| p.len()).sum();
    if parts.iter().all(|p| matches!(p, View::L1(_))) {
        let mut out = Vec::with_capacity(total);
        for p in parts {
            if let View::L1(s) = p {
                out.extend_from_slice(s);
            }
        }
        return from_latin1_vec(out);
    }
    let mut out = Vec::with_capacity(total);
    for p in parts {
        out.extend(p.iter());
    }
    from_code_points(&out)
}

/// `s * n` (n <= 0 gives '').
pub fn repeat(s: &Value, n: i64) -> PyResult<Value> {
    let p = as_pystr(s).ok_or_else(|| PyErr::type_error("repeat of a non-str"))?;
    if n <= 0 || p.is_empty() {
        return Ok(empty_str());
    }
    if n == 1 && is_exact_str(s) {
        return Ok(s.clone());
    }
    let n = n as u64;
    if (p.len() as u64).checked_mul(n).is_none_or(|t| t > isize::MAX as u64) {
        return Err(PyErr::overflow_error("repeated string is too long"));
    }
    let n = n as usize;
    Ok(with1!(p.view(), |x| Unit::build(&x.repeat(n))))
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

fn sip13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v2 = v2.wrapping_add(v3);
            v1 = v1.rotate_left(13) ^ v0;
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v1);
            v0 = v0.wrapping_add(v3);
            v1 = v1.rotate_left(17) ^ v2;
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.rotate_left(32);
        };
    }
    let mut b = (src.len() as u64) << 56;
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let mut t = 0u64;
    for (i, &x) in chunks.remainder().iter().enumerate() {
        t |= (x as u64) << (8 * i);
    }
    b |= t;
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// The SipHash key for a PYTHONHASHSEED value, as CPython derives it:
/// seed 0 = all-zero key, other seeds fill the secret with its LCG.
fn key_for_seed(seed: u32) -> (u64, u64) {
    let mut secret = [0u8; 24];
    if seed != 0 {
        // CPython's lcg_urandom.
        let mut x = seed;
        for b in secret.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xff) as u8;
        }
    }
    let k0 = u64::from_ne_bytes(secret[0..8].try_into().expect("8"));
    let k1 = u64::from_ne_bytes(secret[8..16].try_into().expect("8"));
    (k0, k1)
}

fn init_hash_key() -> (u64, u64) {
    match std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u32>().ok()) {
        Some(seed) => key_for_seed(seed),
        None => {
            use std::hash::{BuildHasher, Hasher};
            let mut k = [0u64; 2];
            for (i, x) in k.iter_mut().enumerate() {
                let mut h = std::collections::hash_map::RandomState::new().build_hasher();
                h.write_usize(i);
                *x = h.finish();
            }
            (k[0], k[1])
        }
    }
}

crate::lazy_global! {
    static HASH_KEY: (u64, u64) = init_hash_key();
}

/// CPython's `Py_HashBuffer`: 0 for empty input, SipHash-1-3 with the
/// process key otherwise, -1 mapped to -2. bytes hash with this too.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = *HASH_KEY;
    let h = sip13(k0, k1, b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_data(d: &StrData) -> i64 {
    match d.view() {
        View::L1(s) => hash_bytes(s),
        View::U2(s) => hash_bytes(&s.iter().flat_map(|c| c.to_ne_bytes()).collect::<Vec<u8>>()),
        View::U4(s) => hash_bytes(&s.iter().flat_map(|c| c.to_ne_bytes()).collect::<Vec<u8>>()),
    }
}

// ---------------------------------------------------------------------------
// Interning
// ---------------------------------------------------------------------------

const SHARDS: usize = 16;

type Shard = Mutex<HashMap<i64, Vec<Value>>>;

crate::lazy_global! {
    static INTERNED: Box<[Shard]> = (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect();
}

fn intern_data(data: StrData) -> Value {
    let h = hash_data(&data);
    let shard = &INTERNED[(h as u64 as usize) % SHARDS];
    let mut map = shard.lock();
    let bucket = map.entry(h).or_default();
    for v in bucket.iter() {
        if v.downcast::<PyStr>().is_some_and(|p| p.data == data) {
            return v.clone();
        }
    }
    let v = alloc(data);
    {
        let p = v.downcast::<PyStr>().expect("str");
        p.hash.store(h, Ordering::Relaxed);
        p.interned.store(true, Ordering::Relaxed);
    }
    v.header().expect("heap").make_immortal();
    bucket.push(v.clone());
    v
}

/// The canonical immortal str equal to `s` (shared by all threads).
pub fn intern(s: &str) -> Value {
    intern_data(StrData::from_str(s))
}

/// The canonical interned str equal to the str `v` (a new immortal copy is
/// made on first sight: `v` itself may already be visible to other threads).
pub fn intern_value(v: &Value) -> Value {
    match v.downcast_sub::<PyStr>() {
        Some(p) if p.interned.load(Ordering::Relaxed) && is_exact_str(v) => v.clone(),
        Some(p) => intern_data(p.data.clone()),
        None => v.clone(),
    }
}

pub fn is_interned(v: &Value) -> bool {
    v.downcast_sub::<PyStr>().is_some_and(|p| p.interned.load(Ordering::Relaxed))
}

// ---------------------------------------------------------------------------
// The type and its slots
// ---------------------------------------------------------------------------

pub static STR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "str",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE,
    slots: Slots {
        repr: Some(str_repr),
        str: Some(str_str),
        hash: Some(str_hash),
        richcompare: Some(str_richcompare),
        iter: Some(str_iter),
        len: Some(str_len),
        getitem: Some(str_getitem),
        contains: Some(str_contains),
        number: NumberSlots { add: Some(str_add), mul: Some(str_mul), rem: Some(crate::builtins::fmt::str_rem), ..NumberSlots::EMPTY },
        new: Some(crate::builtins::ctors::str_new),
        ..Slots::EMPTY
    },
    free: crate::object::freelist::free_str,
    methods: crate::object::methods::str::STR_METHODS,
    dict: crate::sync::OnceLock::new(),
};

fn pystr(v: &Value) -> &PyStr {
    v.downcast_sub::<PyStr>().expect("str slot called on a non-str")
}

/// CPython's `unicode_repr` as UTF-8 text (lossless: printable chars are
/// never surrogates, non-printables are escaped).
pub fn repr_text(p: &PyStr) -> String {
    let v = p.view();
    let (mut sq, mut dq) = (false, false);
    for c in v.iter() {
        if c == '\'' as u32 {
            sq = true;
        } else if c == '"' as u32 {
            dq = true;
        }
    }
    let quote = if sq && !dq { '"' } else { '\'' };
    let mut out = String::with_capacity(v.len() + 2);
    out.push(quote);
    for c in v.iter() {
        match c {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if c < 0x20 || c == 0x7F => out.push_str(&format!("\\x{:02x}", c)),
            _ if c < 0x7F => out.push(c as u8 as char),
            _ if ud::in_ranges(ud::PRINTABLE, c) => out.push(char::from_u32(c).expect("printable is scalar")),
            _ if c <= 0xFF => out.push_str(&format!("\\x{:02x}", c)),
            _ if c <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c)),
            _ => out.push_str(&format!("\\U{:08x}", c)),
        }
    }
    out.push(quote);
    out
}

fn str_repr(v: &Value) -> PyResult<Value> {
    Ok(new_str(&repr_text(pystr(v))))
}

fn str_str(v: &Value) -> PyResult<Value> {
    if is_exact_str(v) {
        Ok(v.clone())
    } else {
        Ok(alloc(pystr(v).data.clone()))
    }
}

fn str_hash(v: &Value) -> PyResult<i64> {
    Ok(pystr(v).hash_value())
}

fn cmp_views(a: View<'_>, b: View<'_>) -> core::cmp::Ordering {
    match (a, b) {
        (View::L1(x), View::L1(y)) => x.cmp(y),
        (View::U2(x), View::U2(y)) => x.cmp(y),
        (View::U4(x), View::U4(y)) => x.cmp(y),
        _ => a.iter().cmp(b.iter()),
    }
}

/// `a op b` for two exact strs, computed natively (`None`: not both exact
/// strs). For comparison fast paths (tuple items, sort keys).
#[inline]
pub fn exact_str_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let (x, y) = (a.downcast::<PyStr>()?, b.downcast::<PyStr>()?);
    Some(match op {
        CmpOp::Eq => a.is(b) || pystr_eq(x, y),
        CmpOp::Ne => !(a.is(b) || pystr_eq(x, y)),
        _ => op.test(cmp_views(x.view(), y.view())),
    })
}

fn str_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_pystr(a), as_pystr(b)) else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(match op {
        CmpOp::Eq => a.is(b) || pystr_eq(x, y),
        CmpOp::Ne => !(a.is(b) || pystr_eq(x, y)),
        _ => op.test(cmp_views(x.view(), y.view())),
    }))
}

fn str_len(v: &Value) -> PyResult<usize> {
    Ok(pystr(v).len())
}

/// An integer-like argument: `Ok(Some(i))`, `Ok(None)` when `v` has no
/// `__index__`, `Err(Overflow)` when it does not fit an i64.
pub(crate) enum IndexArg {
    Small(i64),
    Huge(bool),
    NotIndex,
}

pub(crate) fn index_arg(v: &Value) -> PyResult<IndexArg> {
    if let Some(i) = crate::object::int::to_i64(v) {
        return Ok(IndexArg::Small(i));
    }
    let is_int = v.downcast_sub::<crate::object::int::PyInt>().is_some();
    if !is_int && v.ty().slots.number.index.is_none() {
        return Ok(IndexArg::NotIndex);
    }
    let i = if is_int { v.clone() } else { crate::object::ops::index(v)? };
    if let Some(x) = crate::object::int::to_i64(&i) {
        return Ok(IndexArg::Small(x));
    }
    use num_traits::Signed;
    let neg = crate::object::int::to_bigint(&i).is_some_and(|b| b.is_negative());
    Ok(IndexArg::Huge(neg))
}

/// An integer argument (`__index__`), with CPython's TypeError otherwise;
/// huge values raise OverflowError("Python int too large to convert to C ssize_t").
pub(crate) fn int_arg(v: &Value) -> PyResult<i64> {
    match index_arg(v)? {
        IndexArg::Small(i) => Ok(i),
        IndexArg::Huge(_) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        IndexArg::NotIndex => {
            Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)))
        }
    }
}

fn str_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let p = pystr(v);
    if let Some(sl) = k.downcast::<crate::object::slice::PySlice>() {
        return slice_str(v, p, sl);
    }
    match index_arg(k)? {
        IndexArg::Small(i) => match crate::object::slice::normalize_index(i, p.len()) {
            Some(i) => Ok(from_char(p.char_at(i))),
            None => Err(PyErr::index_error("string index out of range")),
        },
        IndexArg::Huge(_) => {
            Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", k.ty().name)))
        }
        IndexArg::NotIndex => {
            Err(PyErr::type_error(format!("string indices must be integers, not '{}'", k.ty().name)))
        }
    }
}

fn slice_str(v: &Value, p: &PyStr, sl: &crate::object::slice::PySlice) -> PyResult<Value> {
    let (start, _stop, step, n) = crate::object::slice::indices(sl, p.len())?;
    if n == 0 {
        return Ok(empty_str());
    }
    if step == 1 && n == p.len() && is_exact_str(v) {
        return Ok(v.clone());
    }
    let pos = crate::object::slice::positions(start, step, n);
    Ok(with1!(p.view(), |x| {
        if step == 1 {
            let s = start as usize;
            Unit::build(&x[s..s + n])
        } else {
            Unit::build(&pos.map(|i| x[i]).collect::<Vec<_>>())
        }
    }))
}

/// `s[start:stop]` with already-normalised bounds (0 <= start <= stop <= len).
pub fn substr(s: &Value, start: usize, stop: usize) -> Value {
    let p = pystr(s);
    if let StrData::Ascii(t) = &p.data {
        return from_ascii_str(&t[start..stop]);
    }
    with1!(p.view(), |x| Unit::build(&x[start..stop]))
}

fn str_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let Some(needle) = as_pystr(x) else {
        return Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            x.ty().name
        )));
    };
    let hay = pystr(v);
    Ok(with2!(hay.view(), needle.view(), |h, n| find_sub(h, n, 0, h.len()).is_some()))
}

fn str_add(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_str(a) || !is_str(b) {
        return Ok(Value::not_implemented());
    }
    concat(a, b)
}

fn str_mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n) = if is_str(a) { (a, b) } else { (b, a) };
    if !is_str(s) {
        return Ok(Value::not_implemented());
    }
    match index_arg(n)? {
        IndexArg::Small(i) => repeat(s, i),
        IndexArg::Huge(true) => Ok(empty_str()),
        IndexArg::Huge(false) => {
            Err(PyErr::overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name)))
        }
        IndexArg::NotIndex => Ok(Value::not_implemented()),
    }
}

// ---------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------

pub struct PyStrIter {
    s: Value,
    pos: AtomicUsize,
}

impl PyPayload for PyStrIter {
    fn class() -> &'static PyType {
        &STR_ITER_TYPE
    }
}

pub static STR_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "str_iterator",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { iter: Some(iter_self), next: Some(str_iter_next), ..Slots::EMPTY },
    free: PyObject::<PyStrIter>::free,
    methods: &[crate::object::methods::method("__length_hint__", str_iter_length_hint)],
    dict: crate::sync::OnceLock::new(),
};

fn iter_self(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn str_iter(v: &Value) -> PyResult<Value> {
    Ok(PyObject::alloc(&STR_ITER_TYPE, PyStrIter { s: v.clone(), pos: AtomicUsize::new(0) }))
}

/// `__length_hint__`: the characters not yet returned.
fn str_iter_length_hint(it: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let it = it.downcast::<PyStrIter>().ok_or_else(|| PyErr::type_error("expected a str_iterator"))?;
    let len = pystr(&it.s).len();
    Ok(Value::from_i64(len.saturating_sub(it.pos.load(Ordering::Relaxed)) as i64))
}

fn str_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let it = it.downcast::<PyStrIter>().expect("str iterator");
    let p = pystr(&it.s);
    let len = p.len();
    if it.pos.load(Ordering::Relaxed) >= len {
        return Ok(None);
    }
    let i = it.pos.fetch_add(1, Ordering::Relaxed);
    if i >= len {
        it.pos.store(len, Ordering::Relaxed);
        return Ok(None);
    }
    Ok(Some(from_char(p.char_at(i))))
}

// ---------------------------------------------------------------------------
// Generic algorithms (shared with bytes)
// ---------------------------------------------------------------------------

/// First occurrence of `n` in `h[start..end]` (absolute index).
pub(crate) fn find_sub<T: Eq>(h: &[T], n: &[T], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    if n.is_empty() {
        return Some(start);
    }
    let hs = &h[start..end];
    if n.len() == 1 {
        return hs.iter().position(|c| *c == n[0]).map(|i| i + start);
    }
    hs.windows(n.len()).position(|w| w == n).map(|i| i + start)
}

/// Last occurrence of `n` in `h[start..end]`.
pub(crate) fn rfind_sub<T: Eq>(h: &[T], n: &[T], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    if n.is_empty() {
        return Some(end);
    }
    h[start..end].windows(n.len()).rposition(|w| w == n).map(|i| i + start)
}

/// Non-overlapping occurrences of `n` in `h[start..end]`, at most `max`.
pub(crate) fn count_sub<T: Eq>(h: &[T], n: &[T], start: usize, end: usize, max: usize) -> usize {
    if end < start {
        return 0;
    }
    if n.is_empty() {
        return (end - start + 1).min(max);
    }
    let mut count = 0;
    let mut i = start;
    while count < max {
        match find_sub(h, n, i, end) {
            Some(j) => {
                count += 1;
                i = j + n.len();
            }
            None => break,
        }
    }
    count
}

/// CPython's ADJUST_INDICES: clamps start/end (None = 0/len).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s as usize, e as usize)
}

/// A start/end argument: None or `__index__`, clamped (as `_PyEval_SliceIndex`).
pub(crate) fn slice_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match index_arg(v)? {
            IndexArg::Small(i) => Ok(Some(i)),
            IndexArg::Huge(neg) => Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 })),
            IndexArg::NotIndex => {
                Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
            }
        },
    }
}

/// `finds`-style argument count check ("find expected at least 1 argument, got 0").
pub(crate) fn check_args_finds(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(PyErr::type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            args.len()
        )));
    }
    if args.len() > max {
        return Err(PyErr::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// Argument-clinic-style count check ("split() takes at most 2 arguments (3 given)").
pub(crate) fn check_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n > max {
        return Err(PyErr::type_error(if max == 0 {
            format!("{}() takes no arguments ({} given)", name, n)
        } else if min == max {
            format!("{}() takes exactly {} argument{} ({} given)", name, max, plural(max), n)
        } else {
            format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n)
        }));
    }
    if n < min {
        return Err(PyErr::type_error(if min == max {
            format!("{}() takes exactly {} argument{} ({} given)", name, min, plural(min), n)
        } else {
            format!("{}() takes at least {} positional argument{} ({} given)", name, min, plural(min), n)
        }));
    }
    Ok(())
}

fn no_args(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("str.{}() takes no arguments ({} given)", name, args.len())))
    }
}

fn str_arg(v: &Value, err: impl FnOnce() -> String) -> PyResult<&PyStr> {
    as_pystr(v).ok_or_else(|| PyErr::type_error(err()))
}

// ---------------------------------------------------------------------------
// Methods: searching
// ---------------------------------------------------------------------------

fn find_impl(s: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_args_finds(name, args, 1, 3)?;
    let p = pystr(s);
    let sub = str_arg(&args[0], || format!("{}() argument 1 must be str, not {}", name, args[0].ty().name))?;
    let (start, end) = adjust_indices(slice_bound(args.get(1))?, slice_bound(args.get(2))?, p.len());
    Ok(with2!(p.view(), sub.view(), |h, n| if rev {
        rfind_sub(h, n, start, end)
    } else {
        find_sub(h, n, start, end)
    }))
}

fn idx_value(r: Option<usize>) -> Value {
    Value::from_i64(r.map_or(-1, |i| i as i64))
}

/// `str.find(sub[, start[, end]])`
pub fn find(s: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(idx_value(find_impl(s, args, "find", false)?))
}
/// `str.rfind(sub[, start[, end]])`
pub fn rfind(s: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(idx_value(find_impl(s, args, "rfind", true)?))
}
/// `str.index(sub[, start[, end]])`
pub fn index(s: &Value, args: &[Value]) -> PyResult<Value> {
    match find_impl(s, args, "index", false)? {
        Some(i) => Ok(Value::from_i64(i as i64)),
        None => Err(PyErr::value_error("substring not found")),
    }
}
/// `str.rindex(sub[, start[, end]])`
pub fn rindex(s: &Value, args: &[Value]) -> PyResult<Value> {
    match find_impl(s, args, "rindex", true)? {
        Some(i) => Ok(Value::from_i64(i as i64)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

/// `str.count(sub[, start[, end]])`
pub fn count(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args_finds("count", args, 1, 3)?;
    let p = pystr(s);
    let sub = str_arg(&args[0], || format!("count() argument 1 must be str, not {}", args[0].ty().name))?;
    let (start, end) = adjust_indices(slice_bound(args.get(1))?, slice_bound(args.get(2))?, p.len());
    let c = with2!(p.view(), sub.view(), |h, n| count_sub(h, n, start, end, usize::MAX));
    Ok(Value::from_i64(c as i64))
}

fn tailmatch(p: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, suffix: bool) -> bool {
    let (start, end) = adjust_indices(start, end, p.len());
    let n = sub.len();
    if end < n || end - n < start {
        return false;
    }
    let at = if suffix { end - n } else { start };
    with2!(p.view(), sub.view(), |h, x| &h[at..at + n] == x)
}

fn starts_ends(s: &Value, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    check_args_finds(name, args, 1, 3)?;
    let p = pystr(s);
    let (start, end) = (slice_bound(args.get(1))?, slice_bound(args.get(2))?);
    if let Some(t) = args[0].downcast_sub::<crate::object::tuple::PyTuple>() {
        for item in t.items.iter() {
            let sub = str_arg(item, || format!("tuple for {} must only contain str, not {}", name, item.ty().name))?;
            if tailmatch(p, sub, start, end, suffix) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    let sub = str_arg(&args[0], || {
        format!("{} first arg must be str or a tuple of str, not {}", name, args[0].ty().name)
    })?;
    Ok(Value::bool(tailmatch(p, sub, start, end, suffix)))
}

/// `str.startswith(prefix[, start[, end]])`; prefix may be a tuple.
pub fn startswith(s: &Value, args: &[Value]) -> PyResult<Value> {
    starts_ends(s, args, "startswith", false)
}
/// `str.endswith(suffix[, start[, end]])`; suffix may be a tuple.
pub fn endswith(s: &Value, args: &[Value]) -> PyResult<Value> {
    starts_ends(s, args, "endswith", true)
}

// ---------------------------------------------------------------------------
// Methods: splitting and joining
// ---------------------------------------------------------------------------

#[inline]
fn is_space(c: u32) -> bool {
    if c < 0x80 {
        matches!(c, 0x09..=0x0D | 0x1C..=0x20)
    } else {
        ud::in_ranges(ud::SPACE, c)
    }
}

/// Whitespace split of units (`pred` = is whitespace).
pub(crate) fn split_ws<T: Unit>(x: &[T], max: usize, pred: impl Fn(u32) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let len = x.len();
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        while i < len && pred(x[i].into()) {
            i += 1;
        }
        if i == len {
            break;
        }
        let j = i;
        while i < len && !pred(x[i].into()) {
            i += 1;
        }
        out.push((j, i));
        left -= 1;
    }
    if i < len {
        while i < len && pred(x[i].into()) {
            i += 1;
        }
        if i != len {
            out.push((i, len));
        }
    }
    out
}

pub(crate) fn rsplit_ws<T: Unit>(x: &[T], max: usize, pred: impl Fn(u32) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = x.len();
    let mut left = max;
    while left > 0 {
        while i > 0 && pred(x[i - 1].into()) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !pred(x[i - 1].into()) {
            i -= 1;
        }
        out.push((i, j));
        left -= 1;
    }
    if i > 0 {
        while i > 0 && pred(x[i - 1].into()) {
            i -= 1;
        }
        if i != 0 {
            out.push((0, i));
        }
    }
    out.reverse();
    out
}

pub(crate) fn split_sep<T: Eq>(x: &[T], sep: &[T], max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        match find_sub(x, sep, i, x.len()) {
            Some(j) => {
                out.push((i, j));
                i = j + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push((i, x.len()));
    out
}

pub(crate) fn rsplit_sep<T: Eq>(x: &[T], sep: &[T], max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut j = x.len();
    let mut left = max;
    while left > 0 {
        match rfind_sub(x, sep, 0, j) {
            Some(i) => {
                out.push((i + sep.len(), j));
                j = i;
                left -= 1;
            }
            None => break,
        }
    }
    out.push((0, j));
    out.reverse();
    out
}

fn maxsplit_arg(v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = int_arg(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split_impl(s: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Vec<Value>> {
    check_args(name, args, 0, 2)?;
    let p = pystr(s);
    let sep = match args.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(str_arg(v, || format!("must be str or None, not {}", v.ty().name))?),
    };
    let max = maxsplit_arg(args.get(1))?;
    let spans = match sep {
        None => with1!(p.view(), |x| if rev { rsplit_ws(x, max, is_space) } else { split_ws(x, max, is_space) }),
        Some(sep) => {
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            with2!(p.view(), sep.view(), |x, y| if rev { rsplit_sep(x, y, max) } else { split_sep(x, y, max) })
        }
    };
    Ok(spans_to_strs(s, p, &spans))
}

fn spans_to_strs(s: &Value, p: &PyStr, spans: &[(usize, usize)]) -> Vec<Value> {
    let whole = is_exact_str(s);
    spans
        .iter()
        .map(|&(a, b)| if whole && a == 0 && b == p.len() { s.clone() } else { substr(s, a, b) })
        .collect()
}

/// `str.split(sep=None, maxsplit=-1)` (positional); returns the list items.
pub fn split(s: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    split_impl(s, args, "split", false)
}
/// `str.rsplit(sep=None, maxsplit=-1)` (positional); returns the list items.
pub fn rsplit(s: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    split_impl(s, args, "rsplit", true)
}

#[inline]
fn is_linebreak(c: u32) -> bool {
    matches!(c, 0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029)
}

pub(crate) fn splitlines_spans<T: Unit>(x: &[T], keepends: bool, brk: impl Fn(u32) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let len = x.len();
    let mut i = 0;
    while i < len {
        let j = i;
        while i < len && !brk(x[i].into()) {
            i += 1;
        }
        let mut eol = i;
        if i < len {
            if x[i].into() == 0x0D && i + 1 < len && x[i + 1].into() == 0x0A {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((j, eol));
    }
    out
}

/// `str.splitlines(keepends=False)`; returns the list items.
pub fn splitlines(s: &Value, args: &[Value]) -> PyResult<Vec<Value>> {
    check_args("splitlines", args, 0, 1)?;
    let keepends = match args.first() {
        None => false,
        Some(v) => crate::object::ops::is_true(v)?,
    };
    let p = pystr(s);
    let spans = with1!(p.view(), |x| splitlines_spans(x, keepends, is_linebreak));
    Ok(spans_to_strs(s, p, &spans))
}

/// The items of an iterable for join (tuples directly, else the iterator
/// protocol; "can only join an iterable" otherwise).
pub(crate) fn join_items(it: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = it.downcast_sub::<crate::object::tuple::PyTuple>() {
        return Ok(t.items.to_vec());
    }
    if it.ty().slots.iter.is_none() {
        return Err(PyErr::type_error("can only join an iterable"));
    }
    crate::object::ops::collect(it)
}

/// `str.join(iterable)`.
pub fn join(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("str.join", args, 1, 1).map_err(|_| {
        PyErr::type_error(format!("str.join() takes exactly one argument ({} given)", args.len()))
    })?;
    let items = join_items(&args[0])?;
    join_values(s, &items)
}

/// `sep.join(items)` for a slice of values.
pub fn join_values(s: &Value, items: &[Value]) -> PyResult<Value> {
    let sep = pystr(s);
    let mut parts: Vec<View<'_>> = Vec::with_capacity(items.len() * 2);
    let mut ascii = matches!(sep.data, StrData::Ascii(_));
    for (i, item) in items.iter().enumerate() {
        let p = str_arg(item, || format!("sequence item {}: expected str instance, {} found", i, item.ty().name))?;
        if i > 0 && !sep.is_empty() {
            parts.push(sep.view());
        }
        ascii &= matches!(p.data, StrData::Ascii(_));
        parts.push(p.view());
    }
    if items.len() == 1 && is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    if ascii {
        // All ASCII: one String, no re-scan of the result.
        let mut t = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let sep_s = if let StrData::Ascii(x) = &sep.data { &x[..] } else { "" };
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                t.push_str(sep_s);
            }
            if let Some(StrData::Ascii(x)) = as_pystr(item).map(|p| &p.data) {
                t.push_str(x);
            }
        }
        return Ok(match t.len() {
            0 | 1 => from_ascii_str(&t),
            _ => alloc(StrData::Ascii(t.into_boxed_str())),
        });
    }
    Ok(concat_views(&parts))
}

fn partition_impl(s: &Value, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    check_args(&format!("str.{}", name), args, 1, 1)?;
    let p = pystr(s);
    let sep = str_arg(&args[0], || format!("must be str, not {}", args[0].ty().name))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = with2!(p.view(), sep.view(), |h, n| if rev {
        rfind_sub(h, n, 0, h.len())
    } else {
        find_sub(h, n, 0, h.len())
    });
    let t = crate::object::tuple::new_tuple;
    Ok(match found {
        Some(i) => t(vec![substr(s, 0, i), args[0].clone(), substr(s, i + sep.len(), p.len())]),
        None if rev => t(vec![empty_str(), empty_str(), substr(s, 0, p.len())]),
        None => t(vec![substr(s, 0, p.len()), empty_str(), empty_str()]),
    })
}

/// `str.partition(sep)` -> 3-tuple.
pub fn partition(s: &Value, args: &[Value]) -> PyResult<Value> {
    partition_impl(s, args, "partition", false)
}
/// `str.rpartition(sep)` -> 3-tuple.
pub fn rpartition(s: &Value, args: &[Value]) -> PyResult<Value> {
    partition_impl(s, args, "rpartition", true)
}

// ---------------------------------------------------------------------------
// Methods: strip, replace, padding
// ---------------------------------------------------------------------------

fn strip_impl(s: &Value, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_args(name, args, 0, 1)?;
    let p = pystr(s);
    let chars: Option<Vec<u32>> = match args.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(str_arg(v, || format!("{} arg must be None or str", name))?.view().iter().collect()),
    };
    let v = p.view();
    let strip = |c: u32| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut i = 0;
    let mut j = v.len();
    if left {
        while i < j && strip(v.get(i)) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(v.get(j - 1)) {
            j -= 1;
        }
    }
    if i == 0 && j == v.len() && is_exact_str(s) {
        return Ok(s.clone());
    }
    Ok(substr(s, i, j))
}

/// `str.strip([chars])`
pub fn strip(s: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(s, args, "strip", true, true)
}
/// `str.lstrip([chars])`
pub fn lstrip(s: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(s, args, "lstrip", true, false)
}
/// `str.rstrip([chars])`
pub fn rstrip(s: &Value, args: &[Value]) -> PyResult<Value> {
    strip_impl(s, args, "rstrip", false, true)
}

pub(crate) fn replace_units<T: Unit>(x: &[T], old: &[T], new: &[T], max: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(x.len());
    if old.is_empty() {
        let mut left = max;
        for (k, &c) in x.iter().enumerate() {
            let _ = k;
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        match find_sub(x, old, i, x.len()) {
            Some(j) => {
                out.extend_from_slice(&x[i..j]);
                out.extend_from_slice(new);
                i = j + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&x[i..]);
    out
}

/// `str.replace(old, new[, count])`
pub fn replace(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("replace", args, 2, 3)?;
    let p = pystr(s);
    let old = str_arg(&args[0], || format!("replace() argument 1 must be str, not {}", args[0].ty().name))?;
    let new = str_arg(&args[1], || format!("replace() argument 2 must be str, not {}", args[1].ty().name))?;
    let max = maxsplit_arg(args.get(2))?;
    if max == 0 || (!old.is_empty() && old.len() > p.len()) {
        return Ok(if is_exact_str(s) { s.clone() } else { substr(s, 0, p.len()) });
    }
    let (a, b, c) = (p.view(), old.view(), new.view());
    Ok(match (a, b, c) {
        (View::L1(x), View::L1(o), View::L1(n)) => from_latin1(&replace_units(x, o, n, max)),
        _ => from_code_points(&replace_units(&a.to_u32(), &b.to_u32(), &c.to_u32(), max)),
    })
}

fn width_arg(v: &Value) -> PyResult<i64> {
    int_arg(v)
}

fn fill_arg(args: &[Value], i: usize) -> PyResult<u32> {
    match args.get(i) {
        None => Ok(' ' as u32),
        Some(v) => match as_pystr(v) {
            Some(p) if p.len() == 1 => Ok(p.char_at(0)),
            Some(_) => Err(PyErr::type_error("The fill character must be exactly one character long")),
            None => Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                v.ty().name
            ))),
        },
    }
}

fn pad(s: &Value, left: usize, right: usize, fill: u32) -> Value {
    let p = pystr(s);
    let mut out = Vec::with_capacity(left + p.len() + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(p.view().iter());
    out.extend(std::iter::repeat_n(fill, right));
    from_code_points(&out)
}

fn justify(s: &Value, args: &[Value], name: &str, which: u8) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(if args.is_empty() {
            format!("{} expected at least 1 argument, got 0", name)
        } else {
            format!("{} expected at most 2 arguments, got {}", name, args.len())
        }));
    }
    let width = width_arg(&args[0])?;
    let fill = fill_arg(args, 1)?;
    let len = pystr(s).len() as i64;
    if width <= len {
        return Ok(if is_exact_str(s) { s.clone() } else { substr(s, 0, len as usize) });
    }
    let marg = width - len;
    let (l, r) = match which {
        0 => (marg / 2 + (marg & width & 1), marg - (marg / 2 + (marg & width & 1))),
        1 => (0, marg),
        _ => (marg, 0),
    };
    Ok(pad(s, l as usize, r as usize, fill))
}

/// `str.center(width[, fillchar])`
pub fn center(s: &Value, args: &[Value]) -> PyResult<Value> {
    justify(s, args, "center", 0)
}
/// `str.ljust(width[, fillchar])`
pub fn ljust(s: &Value, args: &[Value]) -> PyResult<Value> {
    justify(s, args, "ljust", 1)
}
/// `str.rjust(width[, fillchar])`
pub fn rjust(s: &Value, args: &[Value]) -> PyResult<Value> {
    justify(s, args, "rjust", 2)
}

/// `str.zfill(width)`
pub fn zfill(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("str.zfill", args, 1, 1)?;
    let width = width_arg(&args[0])?;
    let p = pystr(s);
    let len = p.len() as i64;
    if width <= len {
        return Ok(if is_exact_str(s) { s.clone() } else { substr(s, 0, p.len()) });
    }
    let fill = (width - len) as usize;
    let mut out: Vec<u32> = std::iter::repeat_n('0' as u32, fill).chain(p.view().iter()).collect();
    if out[fill] == '+' as u32 || out[fill] == '-' as u32 {
        out[0] = out[fill];
        out[fill] = '0' as u32;
    }
    Ok(from_code_points(&out))
}

/// `str.expandtabs(tabsize=8)`
pub fn expandtabs(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("expandtabs", args, 0, 1)?;
    let tab = match args.first() {
        None => 8,
        Some(v) => int_arg(v)?,
    };
    let p = pystr(s);
    let mut out = Vec::with_capacity(p.len());
    let mut col: i64 = 0;
    for c in p.view().iter() {
        if c == '\t' as u32 {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.extend(std::iter::repeat_n(' ' as u32, incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' as u32 || c == '\r' as u32 {
                col = 0;
            }
        }
    }
    Ok(from_code_points(&out))
}

// ---------------------------------------------------------------------------
// Methods: case mapping
// ---------------------------------------------------------------------------

#[inline]
fn is_cased(c: u32) -> bool {
    ud::in_ranges(ud::CASED, c)
}
#[inline]
fn is_case_ignorable(c: u32) -> bool {
    ud::in_ranges(ud::CASE_IGNORABLE, c)
}
#[inline]
fn is_lower(c: u32) -> bool {
    if c < 0x80 {
        (b'a' as u32..=b'z' as u32).contains(&c)
    } else {
        ud::in_ranges(ud::LOWER, c)
    }
}
#[inline]
fn is_upper(c: u32) -> bool {
    if c < 0x80 {
        (b'A' as u32..=b'Z' as u32).contains(&c)
    } else {
        ud::in_ranges(ud::UPPER, c)
    }
}
#[inline]
fn is_title(c: u32) -> bool {
    c >= 0x80 && ud::in_ranges(ud::TITLE, c)
}

fn push_upper(out: &mut Vec<u32>, c: u32) {
    match char::from_u32(c) {
        Some(ch) => out.extend(ch.to_uppercase().map(|x| x as u32)),
        None => out.push(c),
    }
}

fn push_title(out: &mut Vec<u32>, c: u32) {
    if let Ok(i) = ud::TITLE_MAP.binary_search_by_key(&c, |&(k, _)| k) {
        out.extend(ud::TITLE_MAP[i].1.chars().map(|x| x as u32));
    } else {
        push_upper(out, c);
    }
}

/// CPython's `lower_ucs4`: full lowercase with the Final_Sigma rule.
fn push_lower(out: &mut Vec<u32>, v: View<'_>, i: usize) {
    let c = v.get(i);
    if c == 0x3A3 {
        out.push(final_sigma(v, i));
        return;
    }
    match char::from_u32(c) {
        Some(ch) => out.extend(ch.to_lowercase().map(|x| x as u32)),
        None => out.push(c),
    }
}

fn final_sigma(v: View<'_>, i: usize) -> u32 {
    let mut j = i as isize - 1;
    let mut c = 0;
    while j >= 0 {
        c = v.get(j as usize);
        if !is_case_ignorable(c) {
            break;
        }
        j -= 1;
    }
    let mut fin = j >= 0 && is_cased(c);
    if fin {
        let mut j = i + 1;
        while j < v.len() {
            c = v.get(j);
            if !is_case_ignorable(c) {
                break;
            }
            j += 1;
        }
        fin = j == v.len() || !is_cased(c);
    }
    if fin {
        0x3C2
    } else {
        0x3C3
    }
}

fn map_str(s: &Value, args: &[Value], name: &str, f: impl Fn(View<'_>, &mut Vec<u32>)) -> PyResult<Value> {
    no_args(name, args)?;
    let p = pystr(s);
    let mut out = Vec::with_capacity(p.len());
    f(p.view(), &mut out);
    Ok(from_code_points(&out))
}

/// `str.upper()`
pub fn upper(s: &Value, args: &[Value]) -> PyResult<Value> {
    if let (Some(StrData::Ascii(a)), true) = (as_pystr(s).map(|p| &p.data), args.is_empty()) {
        return Ok(new_str(&a.to_ascii_uppercase()));
    }
    map_str(s, args, "upper", |v, out| v.iter().for_each(|c| push_upper(out, c)))
}
/// `str.lower()`
pub fn lower(s: &Value, args: &[Value]) -> PyResult<Value> {
    if let (Some(StrData::Ascii(a)), true) = (as_pystr(s).map(|p| &p.data), args.is_empty()) {
        return Ok(new_str(&a.to_ascii_lowercase()));
    }
    map_str(s, args, "lower", |v, out| (0..v.len()).for_each(|i| push_lower(out, v, i)))
}
/// `str.casefold()`
pub fn casefold(s: &Value, args: &[Value]) -> PyResult<Value> {
    map_str(s, args, "casefold", |v, out| {
        for c in v.iter() {
            if let Ok(i) = ud::CASEFOLD_MAP.binary_search_by_key(&c, |&(k, _)| k) {
                out.extend(ud::CASEFOLD_MAP[i].1.chars().map(|x| x as u32));
            } else {
                match char::from_u32(c) {
                    Some(ch) => out.extend(ch.to_lowercase().map(|x| x as u32)),
                    None => out.push(c),
                }
            }
        }
    })
}
/// `str.swapcase()`
pub fn swapcase(s: &Value, args: &[Value]) -> PyResult<Value> {
    map_str(s, args, "swapcase", |v, out| {
        for i in 0..v.len() {
            let c = v.get(i);
            if is_upper(c) {
                push_lower(out, v, i);
            } else if is_lower(c) {
                push_upper(out, c);
            } else {
                out.push(c);
            }
        }
    })
}
/// `str.capitalize()`: first char titlecased, the rest lowercased.
pub fn capitalize(s: &Value, args: &[Value]) -> PyResult<Value> {
    map_str(s, args, "capitalize", |v, out| {
        if v.is_empty() {
            return;
        }
        push_title(out, v.get(0));
        for i in 1..v.len() {
            push_lower(out, v, i);
        }
    })
}
/// `str.title()`
pub fn title(s: &Value, args: &[Value]) -> PyResult<Value> {
    map_str(s, args, "title", |v, out| {
        let mut prev_cased = false;
        for i in 0..v.len() {
            let c = v.get(i);
            if prev_cased {
                push_lower(out, v, i);
            } else {
                push_title(out, c);
            }
            prev_cased = is_cased(c);
        }
    })
}

// ---------------------------------------------------------------------------
// Methods: predicates
// ---------------------------------------------------------------------------

fn all_nonempty(s: &Value, args: &[Value], name: &str, f: impl Fn(u32) -> bool) -> PyResult<Value> {
    no_args(name, args)?;
    let v = pystr(s).view();
    Ok(Value::bool(!v.is_empty() && v.iter().all(f)))
}

fn is_alpha_cp(c: u32) -> bool {
    if c < 0x80 {
        (c as u8).is_ascii_alphabetic()
    } else {
        ud::in_ranges(ud::ALPHA, c)
    }
}
fn is_decimal_cp(c: u32) -> bool {
    if c < 0x80 {
        (c as u8).is_ascii_digit()
    } else {
        ud::in_ranges(ud::DECIMAL, c)
    }
}
fn is_digit_cp(c: u32) -> bool {
    if c < 0x80 {
        (c as u8).is_ascii_digit()
    } else {
        ud::in_ranges(ud::DIGIT, c)
    }
}
fn is_numeric_cp(c: u32) -> bool {
    if c < 0x80 {
        (c as u8).is_ascii_digit()
    } else {
        ud::in_ranges(ud::NUMERIC, c)
    }
}

/// The decimal digit value of a code point (`int('١٢')` and friends).
pub fn decimal_value(c: u32) -> Option<u32> {
    if c < 0x80 {
        return (c as u8).is_ascii_digit().then(|| c - '0' as u32);
    }
    let t = ud::DECIMAL;
    let i = t.binary_search_by(|&(lo, hi)| {
        if hi < c {
            core::cmp::Ordering::Less
        } else if lo > c {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    });
    i.ok().map(|i| (c - t[i].0) % 10)
}

/// Is `c` printable as CPython's `str.isprintable` (and repr) sees it?
pub fn is_printable_cp(c: u32) -> bool {
    if c < 0x80 {
        (0x20..0x7F).contains(&c)
    } else {
        ud::in_ranges(ud::PRINTABLE, c)
    }
}

/// Whitespace as CPython's `Py_UNICODE_ISSPACE`.
pub fn is_space_cp(c: u32) -> bool {
    is_space(c)
}

pub fn isdigit(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isdigit", is_digit_cp)
}
pub fn isdecimal(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isdecimal", is_decimal_cp)
}
pub fn isnumeric(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isnumeric", is_numeric_cp)
}
pub fn isalpha(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isalpha", is_alpha_cp)
}
pub fn isalnum(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isalnum", |c| is_alpha_cp(c) || is_decimal_cp(c) || is_digit_cp(c) || is_numeric_cp(c))
}
pub fn isspace(s: &Value, args: &[Value]) -> PyResult<Value> {
    all_nonempty(s, args, "isspace", is_space)
}
pub fn isascii(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("isascii", args)?;
    Ok(Value::bool(pystr(s).is_ascii() || pystr(s).is_empty()))
}
pub fn isprintable(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("isprintable", args)?;
    Ok(Value::bool(pystr(s).view().iter().all(is_printable_cp)))
}
/// Is `s` an identifier (without keyword check)?
pub fn is_identifier(p: &PyStr) -> bool {
    let v = p.view();
    !v.is_empty()
        && ud::in_ranges(ud::XID_START, v.get(0))
        && v.iter().skip(1).all(|c| ud::in_ranges(ud::XID_CONTINUE, c))
}
pub fn isidentifier(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("isidentifier", args)?;
    Ok(Value::bool(is_identifier(pystr(s))))
}
pub fn islower(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("islower", args)?;
    let mut cased = false;
    for c in pystr(s).view().iter() {
        if is_upper(c) || is_title(c) {
            return Ok(Value::bool(false));
        }
        if is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}
pub fn isupper(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("isupper", args)?;
    let mut cased = false;
    for c in pystr(s).view().iter() {
        if is_lower(c) || is_title(c) {
            return Ok(Value::bool(false));
        }
        if is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}
pub fn istitle(s: &Value, args: &[Value]) -> PyResult<Value> {
    no_args("istitle", args)?;
    let (mut cased, mut prev) = (false, false);
    for c in pystr(s).view().iter() {
        if is_upper(c) || is_title(c) {
            if prev {
                return Ok(Value::bool(false));
            }
            prev = true;
            cased = true;
        } else if is_lower(c) {
            if !prev {
                return Ok(Value::bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::bool(cased))
}

// ---------------------------------------------------------------------------
// encode
// ---------------------------------------------------------------------------

/// The codecs implemented natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// Looks up an encoding name as CPython's normalisation + aliases do;
    /// LookupError("unknown encoding: X") otherwise.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let n: String = name
            .trim()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() })
            .collect();
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Ok(Codec::Utf8),
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "ansi-x3-4-1968" | "ansi-x3.4-1986"
            | "cp367" | "csascii" | "ibm367" | "iso646-us" | "iso-646.irv-1991" | "iso-ir-6" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100"
            | "csisolatin1" | "ibm819" | "iso-8859-1-1987" => Ok(Codec::Latin1),
            _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", name))),
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", errors))
}

fn encode_error(codec: Codec, v: View<'_>, start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end == start + 1 {
        let c = v.get(start);
        let esc = if c <= 0xFF {
            format!("\\x{:02x}", c)
        } else if c <= 0xFFFF {
            format!("\\u{:04x}", c)
        } else {
            format!("\\U{:08x}", c)
        };
        format!("'{}' codec can't encode character '{}' in position {}: {}", codec.name(), esc, start, reason)
    } else {
        format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            codec.name(),
            start,
            end - 1,
            reason
        )
    };
    PyErr::new(ExcKind::UnicodeEncodeError, msg)
}

/// Encodes a str's code points with one of the native codecs and a
/// standard error handler (strict, ignore, replace, surrogateescape,
/// surrogatepass, backslashreplace, xmlcharrefreplace).
pub fn encode_view(v: View<'_>, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if let (View::L1(b), Codec::Latin1) = (v, codec) {
        return Ok(b.to_vec());
    }
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        Codec::Utf8 => (0x110000, "surrogates not allowed"),
    };
    let bad = |c: u32| match codec {
        Codec::Utf8 => (0xD800..0xE000).contains(&c),
        _ => c >= limit,
    };
    let mut out = Vec::with_capacity(v.len());
    let mut i = 0;
    let n = v.len();
    while i < n {
        let c = v.get(i);
        if !bad(c) {
            match codec {
                Codec::Utf8 => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(char::from_u32(c).expect("scalar").encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && bad(v.get(end)) {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(codec, v, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for k in i..end {
                    let c = v.get(k);
                    let s = if c <= 0xFF {
                        format!("\\x{:02x}", c)
                    } else if c <= 0xFFFF {
                        format!("\\u{:04x}", c)
                    } else {
                        format!("\\U{:08x}", c)
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for k in i..end {
                    out.extend_from_slice(format!("&#{};", v.get(k)).as_bytes());
                }
            }
            "surrogateescape" => {
                for k in i..end {
                    let c = v.get(k);
                    if !(0xDC80..=0xDCFF).contains(&c) {
                        return Err(encode_error(codec, v, i, end, reason));
                    }
                    out.push((c - 0xDC00) as u8);
                }
            }
            "surrogatepass" if codec == Codec::Utf8 => {
                for k in i..end {
                    let c = v.get(k);
                    out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
                }
            }
            "surrogatepass" => return Err(encode_error(codec, v, i, end, reason)),
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn opt_str_arg(args: &[Value], i: usize, fname: &str, aname: &str, default: &'static str) -> PyResult<String> {
    match args.get(i) {
        None => Ok(default.to_string()),
        Some(v) => match as_pystr(v) {
            Some(p) => Ok(p.as_str().into_owned()),
            None => Err(PyErr::type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                aname,
                v.ty().name
            ))),
        },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')` -> bytes.
pub fn encode(s: &Value, args: &[Value]) -> PyResult<Value> {
    check_args("encode", args, 0, 2)?;
    let enc = opt_str_arg(args, 0, "encode", "encoding", "utf-8")?;
    let errors = opt_str_arg(args, 1, "encode", "errors", "strict")?;
    let codec = Codec::lookup(&enc)?;
    let p = pystr(s);
    if let (StrData::Ascii(a), Codec::Utf8 | Codec::Ascii) = (&p.data, codec) {
        return Ok(crate::object::bytes::new_bytes(a.as_bytes()));
    }
    let b = encode_view(p.view(), codec, &errors)?;
    Ok(crate::object::bytes::new_bytes(&b))
}


#[cfg(test)]
mod tests {
    //! Expected values are CPython 3.13.0 output (PYTHONHASHSEED=0 for hashes).
    use super::*;
    use crate::object::bytes;
    use crate::object::slice::new_slice;

    fn s(x: &str) -> Value {
        new_str(x)
    }
    fn i(n: i64) -> Value {
        Value::from_i64(n)
    }
    fn n() -> Value {
        Value::none()
    }
    pub(crate) fn show(v: &Value) -> String {
        if let Some(b) = v.as_bool() {
            return if b { "True".into() } else { "False".into() };
        }
        if let Some(x) = crate::object::int::to_i64(v) {
            return x.to_string();
        }
        if let Some(t) = v.downcast::<crate::object::tuple::PyTuple>() {
            return format!("({})", t.items.iter().map(show).collect::<Vec<_>>().join(", "));
        }
        crate::object::ops::repr_string(v).unwrap()
    }
    pub(crate) fn res(r: PyResult<Value>) -> String {
        match r {
            Ok(v) => show(&v),
            Err(e) => format!("!! {}", e),
        }
    }
    pub(crate) fn resl(r: PyResult<Vec<Value>>) -> String {
        match r {
            Ok(v) => format!("[{}]", v.iter().map(show).collect::<Vec<_>>().join(", ")),
            Err(e) => format!("!! {}", e),
        }
    }
    fn sl(v: &Value, a: Value, b: Value, c: Value) -> String {
        res(crate::object::ops::getitem(v, &new_slice(a, b, c)))
    }
    fn m(f: fn(&Value, &[Value]) -> PyResult<Value>, x: &str, args: &[Value]) -> String {
        res(f(&s(x), args))
    }
    fn ml(f: fn(&Value, &[Value]) -> PyResult<Vec<Value>>, x: &str, args: &[Value]) -> String {
        resl(f(&s(x), args))
    }

    #[test]
    fn storage_kinds_are_canonical() {
        assert!(matches!(as_pystr(&s("abc")).unwrap().data, StrData::Ascii(_)));
        assert!(matches!(as_pystr(&s("aé")).unwrap().data, StrData::Latin1(_)));
        assert!(matches!(as_pystr(&s("a€")).unwrap().data, StrData::Ucs2(_)));
        assert!(matches!(as_pystr(&s("a😀")).unwrap().data, StrData::Ucs4(_)));
        // A slice of a wide string narrows.
        let w = s("a😀bc");
        let t = crate::object::ops::getitem(&w, &new_slice(i(2), n(), n())).unwrap();
        assert!(matches!(as_pystr(&t).unwrap().data, StrData::Ascii(_)));
        assert!(str_eq(&t, &s("bc")));
        assert_eq!(str_hash(&t).unwrap(), str_hash(&s("bc")).unwrap());
        let u = from_code_points(&[0xE9, 0x20AC]);
        assert!(str_eq(&u, &s("é€")));
        assert_eq!(char_len(&s("a😀")), Some(2));
        assert_eq!(char_at(&s("a😀"), 1), Some(0x1F600));
        assert_eq!(to_rust_string(&from_code_points(&[0x61, 0xD800])), "a\u{FFFD}");
        assert_eq!(as_str(&s("xy")).unwrap(), "xy");
        assert!(matches!(as_str(&s("xy")).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn slicing_negative_steps_non_ascii() {
        assert_eq!(sl(&s("héllo wörld"), n(), n(), i(-1)), "'dlröw olléh'");
        assert_eq!(sl(&s("aé€😀"), n(), n(), i(-2)), "'😀é'");
        assert_eq!(sl(&s("héllo wörld"), i(-1), i(-5), i(-1)), "'dlrö'");
        assert_eq!(sl(&s("aé€😀"), n(), n(), i(-1)), "'😀€éa'");
        assert_eq!(sl(&s("x😀y"), i(1), i(2), n()), "'😀'");
        assert_eq!(sl(&s("héllo"), i(1), i(100), i(2)), "'él'");
        assert_eq!(sl(&s("abcdef"), n(), n(), i(3)), "'ad'");
        assert_eq!(sl(&s("abc"), i(5), i(1), i(-1)), "'c'");
        assert_eq!(sl(&s("abc"), n(), n(), i(0)), "!! ValueError: slice step cannot be zero");
    }

    #[test]
    fn indexing() {
        let v = s("aé€😀");
        let g = |k: Value| res(crate::object::ops::getitem(&v, &k));
        assert_eq!(g(i(3)), "'😀'");
        assert_eq!(g(i(-1)), "'😀'");
        assert_eq!(g(i(1)), "'é'");
        assert_eq!(g(i(4)), "!! IndexError: string index out of range");
        assert_eq!(g(i(-5)), "!! IndexError: string index out of range");
        assert_eq!(g(s("x")), "!! TypeError: string indices must be integers, not 'str'");
        assert_eq!(res(crate::object::ops::getitem(&s("a"), &Value::from_bigint(num_bigint::BigInt::from(1u128 << 100)))),
            "!! IndexError: cannot fit 'int' into an index-sized integer");
        // Single Latin-1 chars are shared immortal objects.
        assert!(crate::object::ops::getitem(&v, &i(0)).unwrap().is(&s("a")));
    }

    #[test]
    fn repr_quotes_and_escapes() {
        let r = |v: Value| crate::object::ops::repr_string(&v).unwrap();
        assert_eq!(r(s("\x00")), r"'\x00'");
        assert_eq!(r(s("\u{200b}")), r"'\u200b'");
        assert_eq!(r(s("it's")), r#""it's""#);
        assert_eq!(r(s("a\"b'c")), r#"'a"b\'c'"#);
        assert_eq!(r(s("a\"b")), r#"'a"b'"#);
        let mixed = from_code_points(
            &"\t\n\r\\\x7f\u{80}\u{a0}\u{ad} é€😀".chars().map(|c| c as u32).chain([0xD800, 0xE0001, 0x10FFFF]).collect::<Vec<_>>(),
        );
        assert_eq!(r(mixed), r"'\t\n\r\\\x7f\x80\xa0\xad é€😀\ud800\U000e0001\U0010ffff'");
        assert_eq!(r(s("\u{378}\u{2028}\u{e000}")), r"'\u0378\u2028\ue000'");
        assert_eq!(r(from_code_points(&[0xD800, 0xDC00])), r"'\ud800\udc00'");
        assert_eq!(char_len(&from_code_points(&[0xD800, 0xDC00])), Some(2));
    }

    #[test]
    fn hashing_matches_cpython_seed0() {
        let (k0, k1) = key_for_seed(0);
        let h = |b: &[u8]| {
            if b.is_empty() {
                0
            } else {
                sip13(k0, k1, b) as i64
            }
        };
        assert_eq!(h(b"abc"), -4594863902769663758);
        assert_eq!(h(&[0xE9]), 6047309291227476195);
        assert_eq!(h(&0x20ACu16.to_ne_bytes()), -5529981157763016009);
        assert_eq!(h(&0x1F600u32.to_ne_bytes()), -3536540696076613844);
        assert_eq!(h(&[b'a'; 20]), 3291541819775287794);
        // PYTHONHASHSEED=7 (CPython's LCG-derived key).
        let (k0, k1) = key_for_seed(7);
        assert_eq!(sip13(k0, k1, b"abc") as i64, -7459679063432183616);
        assert_eq!(sip13(k0, k1, &0x20ACu16.to_ne_bytes()) as i64, -6075961147770932304);
        // Within the process: equal strs hash equal whatever built them;
        // str and bytes agree for ASCII.
        assert_eq!(str_hash(&s("")).unwrap(), 0);
        let a = s("héllo");
        let b = from_code_points(&"héllo".chars().map(|c| c as u32).collect::<Vec<_>>());
        assert_eq!(str_hash(&a).unwrap(), str_hash(&b).unwrap());
        assert_eq!(
            crate::object::ops::hash(&s("abc")).unwrap(),
            crate::object::ops::hash(&bytes::new_bytes(b"abc")).unwrap()
        );
        assert_ne!(str_hash(&s("abc")).unwrap(), str_hash(&s("abd")).unwrap());
    }

    #[test]
    fn compare_concat_repeat() {
        let cmp = |a: &str, b: &str, op| str_richcompare(&s(a), &s(b), op).unwrap().as_bool().unwrap();
        assert!(cmp("a", "é", CmpOp::Lt) && cmp("é", "€", CmpOp::Lt) && cmp("€", "😀", CmpOp::Lt));
        assert!(cmp("ab", "abc", CmpOp::Lt) && cmp("é", "é", CmpOp::Eq) && cmp("é", "e", CmpOp::Ne));
        assert!(str_richcompare(&s("a"), &i(1), CmpOp::Eq).unwrap().is_not_implemented());
        use crate::object::ops::{binary_op, BinOp};
        assert_eq!(res(binary_op(&s("é"), &s("€"), BinOp::Add)), "'é€'");
        assert_eq!(res(binary_op(&s("a"), &i(1), BinOp::Add)), "!! TypeError: can only concatenate str (not \"int\") to str");
        assert_eq!(res(binary_op(&s("abc"), &i(3), BinOp::Mul)), "'abcabcabc'");
        assert_eq!(res(binary_op(&s("ab"), &i(-1), BinOp::Mul)), "''");
        assert_eq!(res(binary_op(&i(3), &s("é"), BinOp::Mul)), "'ééé'");
        assert_eq!(res(binary_op(&s("ab"), &i(1 << 62), BinOp::Mul)), "!! OverflowError: repeated string is too long");
        let huge = Value::from_bigint(num_bigint::BigInt::from(1u128 << 100));
        assert_eq!(res(binary_op(&s("a"), &huge, BinOp::Mul)), "!! OverflowError: cannot fit 'int' into an index-sized integer");
        assert!(crate::object::ops::is_true(&s("x")).unwrap());
        assert!(!crate::object::ops::is_true(&s("")).unwrap());
        assert_eq!(crate::object::ops::len(&s("a😀")).unwrap(), 2);
    }

    #[test]
    fn contains_and_iter() {
        use crate::object::ops::contains;
        assert!(contains(&s("héllo"), &s("él")).unwrap());
        assert!(contains(&s("a😀b"), &s("😀")).unwrap());
        assert!(!contains(&s("abc"), &s("é")).unwrap());
        assert!(contains(&s("abc"), &s("")).unwrap());
        assert_eq!(
            contains(&s("a"), &i(1)).unwrap_err().to_string(),
            "TypeError: 'in <string>' requires string as left operand, not int"
        );
        let items = crate::object::ops::collect(&s("aé😀")).unwrap();
        assert_eq!(items.iter().map(show).collect::<Vec<_>>(), ["'a'", "'é'", "'😀'"]);
    }

    #[test]
    fn interning() {
        let a = intern("hello_intern");
        let b = intern(&String::from("hello_intern"));
        assert!(a.is(&b));
        assert!(a.header().unwrap().is_immortal());
        assert!(is_interned(&a));
        let c = intern_value(&s("hello_intern"));
        assert!(c.is(&a));
        let w = intern("wide€");
        assert!(w.is(&intern_value(&s("wide€"))));
        assert!(str_eq(&w, &s("wide€")));
        assert!(!str_eq(&a, &w));
        // Concurrent interning yields one object.
        let hs: Vec<_> = (0..4)
            .map(|_| crate::sync::thread::spawn(|| intern("threaded_intern_key").raw()))
            .collect();
        let raws: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
        assert!(raws.iter().all(|&r| r == raws[0]));
    }

    #[test]
    fn split_family() {
        assert_eq!(ml(split, "", &[]), "[]");
        assert_eq!(ml(split, " a  b ", &[s(" ")]), "['', 'a', '', 'b', '']");
        assert_eq!(ml(split, " a  b ", &[]), "['a', 'b']");
        assert_eq!(ml(split, "a,b,,c", &[s(","), i(2)]), "['a', 'b', ',c']");
        assert_eq!(ml(rsplit, "a,b,,c", &[s(","), i(2)]), "['a,b', '', 'c']");
        assert_eq!(ml(split, "  a b  c  ", &[n(), i(1)]), "['a', 'b  c  ']");
        assert_eq!(ml(rsplit, "  a b  c  ", &[n(), i(1)]), "['  a b', 'c']");
        assert_eq!(ml(split, "a\u{3000}b\x1cc\u{85}d", &[]), "['a', 'b', 'c', 'd']");
        assert_eq!(ml(split, "x", &[s("x")]), "['', '']");
        assert_eq!(ml(split, "", &[s("x")]), "['']");
        assert_eq!(ml(rsplit, "a b", &[s(" "), i(0)]), "['a b']");
        assert_eq!(ml(split, "  a b", &[n(), i(0)]), "['a b']");
        assert_eq!(ml(split, "a", &[i(1)]), "!! TypeError: must be str or None, not int");
        assert_eq!(ml(split, "a", &[s("")]), "!! ValueError: empty separator");
        assert_eq!(ml(split, "a", &[s("a"), i(1), i(2)]), "!! TypeError: split() takes at most 2 arguments (3 given)");
        assert_eq!(ml(split, "a", &[s("a"), s("b")]), "!! TypeError: 'str' object cannot be interpreted as an integer");
        assert_eq!(ml(splitlines, "a\nb\r\nc\rd\x0be\x0cf\x1cg\u{2028}h", &[]), "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']");
        assert_eq!(ml(splitlines, "a\nb\r\nc\r\x0b", &[Value::bool(true)]), r"['a\n', 'b\r\n', 'c\r', '\x0b']");
        assert_eq!(ml(splitlines, "\x1c\x1d\x1e", &[]), "['', '', '']");
        assert_eq!(ml(splitlines, "a\u{85}b", &[]), "['a', 'b']");
        assert_eq!(ml(splitlines, "a\r", &[Value::bool(true)]), r"['a\r']");
        assert_eq!(ml(splitlines, "", &[]), "[]");
        assert_eq!(m(partition, "a-b-c", &[s("-")]), "('a', '-', 'b-c')");
        assert_eq!(m(rpartition, "a-b-c", &[s("-")]), "('a-b', '-', 'c')");
        assert_eq!(m(partition, "abc", &[s("x")]), "('abc', '', '')");
        assert_eq!(m(rpartition, "abc", &[s("x")]), "('', '', 'abc')");
        assert_eq!(m(partition, "a", &[s("")]), "!! ValueError: empty separator");
        assert_eq!(m(partition, "a", &[i(1)]), "!! TypeError: must be str, not int");
    }

    #[test]
    fn join_strip_pad() {
        let list = crate::object::tuple::new_tuple(vec![s("a"), s("é"), s("😀")]);
        assert_eq!(m(join, ",", &[list]), "'a,é,😀'");
        assert_eq!(m(join, "x", &[crate::object::tuple::new_tuple(vec![])]), "''");
        assert_eq!(m(join, "x", &[crate::object::tuple::new_tuple(vec![s("é")])]), "'é'");
        assert_eq!(m(join, "a", &[crate::object::tuple::new_tuple(vec![s("x"), i(2)])]), "!! TypeError: sequence item 1: expected str instance, int found");
        assert_eq!(m(join, "a", &[i(5)]), "!! TypeError: can only join an iterable");
        assert_eq!(m(join, "-", &[s("abc")]), "'a-b-c'");
        assert_eq!(m(strip, "  xx  ", &[]), "'xx'");
        assert_eq!(m(strip, "xxhixx", &[s("x")]), "'hi'");
        assert_eq!(m(lstrip, "abcba", &[s("ab")]), "'cba'");
        assert_eq!(m(rstrip, "abcba", &[s("ab")]), "'abc'");
        assert_eq!(m(strip, "abc", &[s("")]), "'abc'");
        assert_eq!(m(strip, "a", &[i(1)]), "!! TypeError: strip arg must be None or str");
        assert_eq!(m(rstrip, "a", &[i(1)]), "!! TypeError: rstrip arg must be None or str");
        assert_eq!(m(center, "abc", &[i(8), s("*")]), "'**abc***'");
        assert_eq!(m(center, "abc", &[i(6), s("*")]), "'*abc**'");
        assert_eq!(m(center, "ab", &[i(5)]), "'  ab '");
        assert_eq!(m(ljust, "abc", &[i(6), s("é")]), "'abcééé'");
        assert_eq!(m(rjust, "abc", &[i(6)]), "'   abc'");
        assert_eq!(m(rjust, "a", &[i(3), s("é")]), "'ééa'");
        assert_eq!(m(center, "a", &[i(5), s("ab")]), "!! TypeError: The fill character must be exactly one character long");
        assert_eq!(m(ljust, "a", &[i(5), i(1)]), "!! TypeError: The fill character must be a unicode character, not int");
        assert_eq!(m(center, "a", &[s("x")]), "!! TypeError: 'str' object cannot be interpreted as an integer");
        assert_eq!(m(center, "a", &[]), "!! TypeError: center expected at least 1 argument, got 0");
        assert_eq!(m(zfill, "-42", &[i(6)]), "'-00042'");
        assert_eq!(m(zfill, "+é", &[i(4)]), "'+00é'");
        assert_eq!(m(zfill, "a", &[s("x")]), "!! TypeError: 'str' object cannot be interpreted as an integer");
        assert_eq!(m(expandtabs, "a\tbc\tdef\n\tx", &[]), r"'a       bc      def\n        x'");
        assert_eq!(m(expandtabs, "a\tb", &[i(3)]), "'a  b'");
        assert_eq!(m(expandtabs, "a\tb", &[i(0)]), "'ab'");
    }

    #[test]
    fn search_family() {
        assert_eq!(m(find, "abcabc", &[s("c")]), "2");
        assert_eq!(m(rfind, "abcabc", &[s("c")]), "5");
        assert_eq!(m(find, "abcabc", &[s("c"), i(-2)]), "5");
        assert_eq!(m(find, "abcabc", &[s(""), i(10)]), "-1");
        assert_eq!(m(find, "abc", &[s(""), i(3)]), "3");
        assert_eq!(m(rfind, "abcabc", &[s(""), i(1), i(4)]), "4");
        assert_eq!(m(find, "h€llo€", &[s("€"), i(2)]), "5");
        assert_eq!(m(count, "aaaa", &[s("aa")]), "2");
        assert_eq!(m(count, "abc", &[s("")]), "4");
        assert_eq!(m(count, "abc", &[s(""), i(5)]), "0");
        assert_eq!(m(count, "héllo", &[s("l"), i(1), i(-1)]), "2");
        assert_eq!(m(index, "a", &[s("b")]), "!! ValueError: substring not found");
        assert_eq!(m(rindex, "a", &[s("b")]), "!! ValueError: substring not found");
        assert_eq!(m(find, "a", &[i(1)]), "!! TypeError: find() argument 1 must be str, not int");
        assert_eq!(m(find, "a", &[]), "!! TypeError: find expected at least 1 argument, got 0");
        assert_eq!(m(find, "a", &[s("a"), i(1), i(2), i(3)]), "!! TypeError: find expected at most 3 arguments, got 4");
        assert_eq!(m(find, "a", &[s("a"), s("x")]), "!! TypeError: slice indices must be integers or None or have an __index__ method");
        assert_eq!(m(count, "a", &[]), "!! TypeError: count expected at least 1 argument, got 0");
        let tup = crate::object::tuple::new_tuple(vec![s("x"), s("ab")]);
        assert_eq!(m(startswith, "abc", &[tup]), "True");
        assert_eq!(m(startswith, "abc", &[s(""), i(3)]), "True");
        assert_eq!(m(startswith, "abc", &[s(""), i(4)]), "False");
        assert_eq!(m(endswith, "abc", &[s("bc"), i(0), i(3)]), "True");
        assert_eq!(m(endswith, "abc", &[s("b"), i(0), i(-1)]), "True");
        assert_eq!(m(startswith, "a", &[i(1)]), "!! TypeError: startswith first arg must be str or a tuple of str, not int");
        assert_eq!(m(endswith, "a", &[i(1)]), "!! TypeError: endswith first arg must be str or a tuple of str, not int");
        let bad = crate::object::tuple::new_tuple(vec![i(1)]);
        assert_eq!(m(startswith, "a", &[bad]), "!! TypeError: tuple for startswith must only contain str, not int");
        assert_eq!(m(replace, "aaa", &[s("a"), s("bb"), i(2)]), "'bbbba'");
        assert_eq!(m(replace, "abc", &[s(""), s("-")]), "'-a-b-c-'");
        assert_eq!(m(replace, "abc", &[s(""), s("-"), i(2)]), "'-a-bc'");
        assert_eq!(m(replace, "héllo", &[s("l"), s("€")]), "'hé€€o'");
        assert_eq!(m(replace, "a", &[i(1), s("b")]), "!! TypeError: replace() argument 1 must be str, not int");
        assert_eq!(m(replace, "a", &[s("a"), i(1)]), "!! TypeError: replace() argument 2 must be str, not int");
        assert_eq!(m(replace, "a", &[s("a")]), "!! TypeError: replace() takes at least 2 positional arguments (1 given)");
    }

    #[test]
    fn case_mapping() {
        assert_eq!(m(title, "they're bill's", &[]), r#""They'Re Bill'S""#);
        assert_eq!(m(upper, "ß", &[]), "'SS'");
        assert_eq!(m(lower, "İ", &[]), "'i̇'");
        assert_eq!(m(title, "ǆemal ǅ", &[]), "'ǅemal ǅ'");
        assert_eq!(m(capitalize, "ﬁsh", &[]), "'Fish'");
        assert_eq!(m(lower, "ΑΣ ΑΣΑ Σ", &[]), "'ας ασα σ'");
        assert_eq!(m(casefold, "ß Straße", &[]), "'ss strasse'");
        assert_eq!(m(swapcase, "Hello Wörld", &[]), "'hELLO wÖRLD'");
        assert_eq!(m(lower, "ab\u{345}Σ", &[]), "'abͅς'");
        assert_eq!(m(lower, "ʰΣ", &[]), "'ʰσ'");
        assert_eq!(m(lower, " ʰΣ", &[]), "' ʰσ'");
        assert_eq!(m(title, "ΣA", &[]), "'Σa'");
        assert_eq!(m(casefold, "Α\u{345}Σ", &[]), "'αισ'");
        assert_eq!(m(casefold, "ᏸ", &[]), "'Ᏸ'");
        assert_eq!(m(upper, "ﬃ", &[]), "'FFI'");
        assert_eq!(m(title, "ŉ", &[]), "'ʼN'");
        assert_eq!(m(title, "abc", &[]), "'Abc'");
        assert_eq!(m(capitalize, "hello world", &[]), "'Hello world'");
        assert_eq!(m(swapcase, "ǅ", &[]), "'ǅ'");
        assert_eq!(m(upper, "\u{b5}", &[]), "'Μ'");
        assert_eq!(m(casefold, "\u{130}", &[]), "'i̇'");
        assert_eq!(m(casefold, "AbC", &[]), "'abc'");
        assert_eq!(m(title, "ﬀ", &[]), "'Ff'");
        assert_eq!(m(upper, "a", &[i(1)]), "!! TypeError: str.upper() takes no arguments (1 given)");
        // Surrogates pass through case mapping unchanged.
        assert_eq!(res(upper(&from_code_points(&[0x61, 0xD800]), &[])), r"'A\ud800'");
    }

    #[test]
    fn predicates() {
        let t = |f: fn(&Value, &[Value]) -> PyResult<Value>, x: &str| m(f, x, &[]);
        assert_eq!(t(isdigit, "1²③½一"), "False");
        assert_eq!(t(isdigit, "1²"), "True");
        assert_eq!(t(isdecimal, "١٢"), "True");
        assert_eq!(t(isnumeric, "½一"), "True");
        assert_eq!(t(isalpha, "abcé"), "True");
        assert_eq!(t(isalpha, "ⅷ"), "False");
        assert_eq!(t(isalnum, "a1²"), "True");
        assert_eq!(t(isspace, " \t\x1c\u{3000}"), "True");
        assert_eq!(t(isupper, "HELLO ǅ"), "False");
        assert_eq!(t(isupper, "HELLO"), "True");
        assert_eq!(t(islower, "hello ʰ"), "True");
        assert_eq!(t(isidentifier, "_a1"), "True");
        assert_eq!(t(isidentifier, "1a"), "False");
        assert_eq!(t(isidentifier, "été"), "True");
        assert_eq!(t(isprintable, "a\u{200b}b"), "False");
        assert_eq!(t(isascii, "é"), "False");
        assert_eq!(t(isascii, ""), "True");
        assert_eq!(t(istitle, "ǅa"), "True");
        assert_eq!(t(istitle, "Hello World"), "True");
        assert_eq!(t(isdecimal, "123"), "True");
        assert_eq!(t(isdigit, ""), "False");
        assert_eq!(t(isnumeric, "Ⅻ"), "True");
        assert_eq!(t(isdigit, "Ⅻ"), "False");
        assert_eq!(t(isdigit, "①"), "True");
        assert_eq!(t(isdecimal, "①"), "False");
        assert_eq!(res(isprintable(&from_code_points(&[0xD800]), &[])), "False");
        assert_eq!(m(isdigit, "a", &[i(1)]), "!! TypeError: str.isdigit() takes no arguments (1 given)");
        assert_eq!(decimal_value('٣' as u32), Some(3));
        assert_eq!(decimal_value(0x1D7D9), Some(1));
        assert_eq!(decimal_value('x' as u32), None);
    }

    #[test]
    fn encoding() {
        let e = |x: Value, args: &[Value]| res(encode(&x, args));
        assert_eq!(e(s("aé€"), &[s("ascii"), s("replace")]), "b'a??'");
        assert_eq!(e(s("aé€"), &[s("ascii"), s("ignore")]), "b'a'");
        assert_eq!(e(s("aé€😀"), &[s("ascii"), s("backslashreplace")]), r"b'a\\xe9\\u20ac\\U0001f600'");
        assert_eq!(e(s("aé€😀"), &[s("latin-1"), s("xmlcharrefreplace")]), r"b'a\xe9&#8364;&#128512;'");
        assert_eq!(e(from_code_points(&[0x61, 0xD800, 0x62]), &[s("utf-8"), s("surrogatepass")]), r"b'a\xed\xa0\x80b'");
        assert_eq!(e(from_code_points(&[0x61, 0xDCFF, 0x62]), &[s("utf-8"), s("surrogateescape")]), r"b'a\xffb'");
        assert_eq!(e(from_code_points(&[0xDC80, 0x78]), &[s("ascii"), s("surrogateescape")]), r"b'\x80x'");
        assert_eq!(e(s("aé€😀"), &[]), r"b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
        assert_eq!(e(from_code_points(&[0x61, 0x62, 0xD800]), &[s("utf-8"), s("replace")]), "b'ab?'");
        assert_eq!(e(from_code_points(&[0x61, 0x62, 0xD800]), &[s("utf-8"), s("backslashreplace")]), r"b'ab\\ud800'");
        assert_eq!(e(s("a"), &[s("utf-8"), s("foo")]), "b'a'");
        assert_eq!(e(s("a"), &[s("foo")]), "!! LookupError: unknown encoding: foo");
        assert_eq!(e(s("a"), &[i(1)]), "!! TypeError: encode() argument 'encoding' must be str, not int");
        assert_eq!(e(s("é"), &[s("ascii")]), r"!! UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)");
        assert_eq!(e(s("aé€"), &[s("ascii")]), "!! UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
        assert_eq!(e(s("a€"), &[s("latin-1")]), r"!! UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)");
        assert_eq!(e(from_code_points(&[0xD800]), &[s("utf-8")]), r"!! UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed");
        assert_eq!(e(from_code_points(&[0x61, 0x62, 0xDC80, 0xDC81, 0x63]), &[s("utf-8")]), "!! UnicodeEncodeError: 'utf-8' codec can't encode characters in position 2-3: surrogates not allowed");
        assert_eq!(e(s("é"), &[s("ascii"), s("foo")]), "!! LookupError: unknown error handler name 'foo'");
        assert_eq!(e(from_code_points(&[0x61, 0xD800]), &[s("latin-1")]), r"!! UnicodeEncodeError: 'latin-1' codec can't encode character '\ud800' in position 1: ordinal not in range(256)");
    }
}

/// A str payload for an instance of a str subclass (builtins constructors).
pub fn payload_for_subclass(s: &str) -> PyStr { PyStr::new(StrData::from_str(s)) }
