//! Design: DESIGN.md#object-model
//!
//! The object model: one-word values, the object header with biased
//! reference counting, type objects and their slots, and the core types.
//!
//! | module        | what                                                   |
//! |---------------|--------------------------------------------------------|
//! | `header`      | `ObjHeader` layout (32 bytes), gc bits, object lock    |
//! | `refcount`    | biased refcounting: owner/shared paths, merge, dealloc |
//! | `handle`      | `Value` (owned word), `Borrowed`, `PyObject<T>` layout |
//! | `typeobj`     | `PyType`, the slot table, `CmpOp`                      |
//! | `ops`         | generic dispatch over slots (repr, hash, compare, ...) |
//! | `dict`        | per-bucket-locked, insertion-ordered dict              |
//! | the rest      | payloads of the core types                             |

pub mod dict;
pub mod handle;
pub mod header;
pub mod refcount;
pub mod typeobj;

#[cfg(not(loom))]
pub mod attr;
#[cfg(not(loom))]
pub mod bytearray;
#[cfg(not(loom))]
pub mod bytes;
#[cfg(not(loom))]
pub mod class;
#[cfg(not(loom))]
pub mod descr;
#[cfg(not(loom))]
pub mod complex;
#[cfg(not(loom))]
pub mod exc;
#[cfg(not(loom))]
pub mod float;
#[cfg(not(loom))]
pub mod func;
#[cfg(not(loom))]
pub mod gen;
#[cfg(not(loom))]
pub mod module;
#[cfg(not(loom))]
pub mod format;
#[cfg(not(loom))]
pub mod int;
#[cfg(not(loom))]
pub mod list;
#[cfg(not(loom))]
pub mod methods;
#[cfg(not(loom))]
pub mod ops;
#[cfg(not(loom))]
pub mod range;
#[cfg(not(loom))]
pub mod set;
#[cfg(not(loom))]
pub mod singletons;
#[cfg(not(loom))]
pub mod slice;
#[cfg(not(loom))]
pub mod str;
#[cfg(not(loom))]
pub mod traceback;
#[cfg(not(loom))]
pub mod super_;
#[cfg(not(loom))]
pub mod tuple;
#[cfg(not(loom))]
pub mod unicode_data;

pub use handle::{Borrowed, PyObject, PyPayload, Value};
pub use typeobj::{CmpOp, PyType};

