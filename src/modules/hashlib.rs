//! Design: DESIGN.md#standard-library
//!
//! `_hashlib`: the digests under `hashlib` (`src/lib/hashlib.py`), computed
//! by the RustCrypto crates (`md-5`, `sha1`, `sha2`). A hash object's state
//! sits in a `Mutex` in its payload, so `update`/`digest`/`copy` from
//! several threads are each atomic (CPython's free-threaded build locks its
//! hash objects the same way); the data is copied out of the argument
//! before the lock is taken, so no Python code runs under it.

#![forbid(unsafe_code)]

use sha2::Digest;

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method, staticmethod};
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{MethodDef, PyType, Slots};
use crate::object::{bytes, str as pystr};
use crate::sync::{Mutex, OnceLock};

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
        }
    }
    fn digest_size(&self) -> usize {
        match self {
            State::Md5(_) => 16,
            State::Sha1(_) => 20,
            State::Sha224(_) => 28,
            State::Sha256(_) => 32,
            State::Sha384(_) => 48,
            State::Sha512(_) => 64,
        }
    }
    fn block_size(&self) -> usize {
        match self {
            State::Sha384(_) | State::Sha512(_) => 128,
            _ => 64,
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }
    /// The digest of the data so far (the state goes on).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

pub struct PyHash {
    state: Mutex<State>,
    name: &'static str,
}

impl PyPayload for PyHash {
    fn class() -> &'static PyType {
        &HASH_TYPE
    }
}

pub static HASH_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_hashlib.HASH",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { repr: Some(h_repr), hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyHash>::free,
    methods: HASH_METHODS,
    dict: OnceLock::new(),
};

static HASH_METHODS: &[MethodDef] = &[
    method("update", h_update),
    method("digest", h_digest),
    method("hexdigest", h_hexdigest),
    method("copy", h_copy),
    getter("name", h_name),
    getter("digest_size", h_digest_size),
    getter("block_size", h_block_size),
];

fn this(v: &Value) -> PyResult<&PyHash> {
    v.downcast::<PyHash>().ok_or_else(|| PyErr::type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The bytes of a buffer argument, with CPython's errors for str and
/// non-buffers.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if pystr::is_str(v) {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    crate::builtins::ctors::buffer_bytes(v).ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

fn new_hash(st: State, data: Option<&Value>) -> PyResult<Value> {
    let mut st = st;
    if let Some(d) = data {
        st.update(&data_arg(d)?);
    }
    let name = st.name();
    Ok(PyObject::alloc(&HASH_TYPE, PyHash { state: Mutex::new(st), name }))
}

fn h_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&format!("<{} _hashlib.HASH object @ {:#x}>", this(v)?.name, v.raw())))
}

fn h_update(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = args::exactly_one("HASH.update", a, kw)?;
    let data = data_arg(d)?;
    this(v)?.state.lock().update(&data);
    Ok(Value::none())
}

fn h_digest(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("digest", a, kw)?;
    let d = this(v)?.state.lock().digest();
    Ok(bytes::from_vec(d))
}

fn h_hexdigest(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("hexdigest", a, kw)?;
    let d = this(v)?.state.lock().digest();
    let mut s = String::with_capacity(2 * d.len());
    for b in d {
        s.push_str(&format!("{:02x}", b));
    }
    Ok(pystr::new_str(&s))
}

fn h_copy(v: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("copy", a, kw)?;
    let st = this(v)?.state.lock().clone();
    new_hash(st, None)
}

fn h_name(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(this(v)?.name))
}

fn h_digest_size(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.state.lock().digest_size() as i64))
}

fn h_block_size(v: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(v)?.state.lock().block_size() as i64))
}

// ---- constructors ---------------------------------------------------------------

/// `(string=b'', *, usedforsecurity=True)` of the named constructors
/// (CPython 3.13's `openssl_*` signatures).
fn ctor_args<'a>(fname: &str, a: &'a [Value], kw: Option<&Value>) -> PyResult<Option<&'a Value>> {
    let p = args::Params { fname, names: &["string", "usedforsecurity"], posonly: 0, maxpos: 1, required: 0 };
    let [data, _sec] = args::parse::<2>(p, a, kw)?;
    Ok(data)
}

macro_rules! ctor {
    ($f:ident, $name:literal, $py:literal) => {
        fn $f(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            let data = ctor_args($py, a, kw)?;
            new_hash(State::new($name).expect("known"), data)
        }
    };
}

ctor!(m_md5, "md5", "openssl_md5");
ctor!(m_sha1, "sha1", "openssl_sha1");
ctor!(m_sha224, "sha224", "openssl_sha224");
ctor!(m_sha256, "sha256", "openssl_sha256");
ctor!(m_sha384, "sha384", "openssl_sha384");
ctor!(m_sha512, "sha512", "openssl_sha512");

/// `new(name, data=b'', *, usedforsecurity=True)`.
fn m_new(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = args::Params { fname: "new", names: &["name", "data", "usedforsecurity"], posonly: 0, maxpos: 2, required: 1 };
    let [name, data, _sec] = args::parse::<3>(p, a, kw)?;
    let name = name.expect("required");
    let n = pystr::as_str(name)
        .ok_or_else(|| PyErr::type_error("name must be a string"))?;
    let st = State::new(&n.to_ascii_lowercase()).ok_or_else(|| PyErr::value_error(format!("unsupported hash type {}", n)))?;
    new_hash(st, data)
}

pub static HASHLIB_FUNCS: &[MethodDef] = &[
    staticmethod("new", m_new),
    staticmethod("openssl_md5", m_md5),
    staticmethod("openssl_sha1", m_sha1),
    staticmethod("openssl_sha224", m_sha224),
    staticmethod("openssl_sha256", m_sha256),
    staticmethod("openssl_sha384", m_sha384),
    staticmethod("openssl_sha512", m_sha512),
];

/// A new `_hashlib` module.
pub fn make_module() -> Value {
    let m = crate::object::module::new_module("_hashlib");
    crate::object::module::add_functions(&m, HASHLIB_FUNCS);
    let d = crate::object::module::module_dict(&m).expect("module");
    let _ = d.set(pystr::intern("HASH"), HASH_TYPE.to_value());
    m
}
