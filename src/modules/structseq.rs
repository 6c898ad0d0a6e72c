//! Design: DESIGN.md#modules
//!
//! Struct sequences (CPython's `PyStructSequence`): tuples whose items also
//! have names — `sys.version_info`, `sys.float_info`, `time.struct_time`.
//! The payload starts with a `PyTuple`, so every tuple operation (index,
//! compare with tuples, hash, unpack) works on them unchanged; only repr
//! and attribute access are their own. Each kind has its own type
//! (a subtype of `structseq`, itself a tuple subtype).

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::tuple::{PyTuple, TUPLE_TYPE};
use crate::object::typeobj::PyType;
use crate::object::{ops, str as pystr};

/// A struct sequence's shape.
pub struct StructSeqDesc {
    /// The repr prefix (`sys.version_info`, `time.struct_time`), or
    /// `namespace` for `types.SimpleNamespace`-style reprs.
    pub repr_name: &'static str,
    /// Named fields; items past them (struct_time's tm_zone) are
    /// attribute-only.
    pub fields: &'static [&'static str],
    /// How many leading fields the tuple (and repr) shows.
    pub visible: usize,
}

#[repr(C)]
pub struct PyStructSeq {
    /// First, so the object is a valid `PyObject<PyTuple>` prefix.
    pub tuple: PyTuple,
    pub desc: &'static StructSeqDesc,
    /// Values of the attribute-only fields.
    pub hidden: Box<[Value]>,
}

impl PyPayload for PyStructSeq {
    fn class() -> &'static PyType {
        &STRUCTSEQ_TYPE
    }
}

macro_rules! structseq_type {
    ($stat:ident, $name:literal, $base:expr) => {
        pub static $stat: PyType = PyType {
            head: crate::object::header::ObjHeader::new_static(&crate::object::singletons::TYPE_TYPE),
            name: $name,
            base: $base,
            flags: crate::object::typeobj::type_flags::IMMUTABLE | crate::object::typeobj::type_flags::HAVE_GC,
            slots: crate::object::typeobj::Slots {
                repr: Some(structseq_repr),
                str: None,
                getattr: Some(structseq_getattr),
                new: None,
                init: None,
                ..TUPLE_TYPE.slots
            },
            free: PyObject::<PyStructSeq>::free,
            methods: &[],
            dict: crate::sync::OnceLock::new(),
        };
    };
}

structseq_type!(STRUCTSEQ_TYPE, "structseq", &TUPLE_TYPE);
structseq_type!(VERSION_INFO_TYPE, "version_info", &STRUCTSEQ_TYPE);
structseq_type!(FLAGS_TYPE, "flags", &STRUCTSEQ_TYPE);
structseq_type!(FLOAT_INFO_TYPE, "float_info", &STRUCTSEQ_TYPE);
structseq_type!(INT_INFO_TYPE, "int_info", &STRUCTSEQ_TYPE);
structseq_type!(HASH_INFO_TYPE, "hash_info", &STRUCTSEQ_TYPE);
structseq_type!(STRUCT_TIME_TYPE, "struct_time", &STRUCTSEQ_TYPE);
structseq_type!(NAMESPACE_TYPE, "SimpleNamespace", &STRUCTSEQ_TYPE);

/// A struct sequence of type `ty` (one of the statics above).
pub fn new_structseq(ty: &'static PyType, desc: &'static StructSeqDesc, mut values: Vec<Value>) -> Value {
    let hidden = values.split_off(desc.visible.min(values.len()));
    PyObject::alloc(
        ty,
        PyStructSeq { tuple: PyTuple { items: values.into_boxed_slice() }, desc, hidden: hidden.into_boxed_slice() },
    )
}

fn this(v: &Value) -> PyResult<&PyStructSeq> {
    // Every struct sequence type derives from STRUCTSEQ_TYPE and allocates
    // PyObject<PyStructSeq>.
    if v.is_small_int() {
        return Err(PyErr::type_error("expected a struct sequence"));
    }
    v.downcast_sub::<PyStructSeq>().ok_or_else(|| PyErr::type_error("expected a struct sequence"))
}

/// The field value by name.
pub fn field(v: &Value, name: &str) -> Option<Value> {
    let s = this(v).ok()?;
    let i = s.desc.fields.iter().position(|f| *f == name)?;
    if i < s.tuple.items.len() {
        Some(s.tuple.items[i].clone())
    } else {
        s.hidden.get(i - s.tuple.items.len()).cloned()
    }
}

fn structseq_repr(v: &Value) -> PyResult<Value> {
    let s = this(v)?;
    let mut out = format!("{}(", s.desc.repr_name);
    for (i, x) in s.tuple.items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(s.desc.fields.get(i).copied().unwrap_or("?"));
        out.push('=');
        out.push_str(&ops::repr_string(x)?);
    }
    out.push(')');
    Ok(pystr::new_str(&out))
}

fn structseq_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let n = pystr::to_rust_string(name);
    if let Some(x) = field(v, &n) {
        return Ok(x);
    }
    let tname = this(v).map(|s| s.desc.repr_name.rsplit('.').next().unwrap_or("")).unwrap_or("structseq");
    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", tname, n)))
}
