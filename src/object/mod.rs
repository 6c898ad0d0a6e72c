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
pub mod weakref;

#[cfg(not(weft_loom))]
pub mod attr;
#[cfg(not(weft_loom))]
pub mod bytearray;
#[cfg(not(weft_loom))]
pub mod bytes;
#[cfg(not(weft_loom))]
pub mod class;
#[cfg(not(weft_loom))]
pub mod descr;
#[cfg(not(weft_loom))]
pub mod complex;
#[cfg(not(weft_loom))]
pub mod exc;
#[cfg(not(weft_loom))]
pub mod float;
#[cfg(not(weft_loom))]
pub mod freelist;
#[cfg(not(weft_loom))]
pub mod func;
#[cfg(not(weft_loom))]
pub mod gen;
#[cfg(not(weft_loom))]
pub mod module;
#[cfg(not(weft_loom))]
pub mod format;
#[cfg(not(weft_loom))]
pub mod int;
#[cfg(not(weft_loom))]
pub mod list;
pub mod list_buf;
pub mod cell_slot;
pub mod instance_values;
#[cfg(not(weft_loom))]
pub mod methods;
#[cfg(not(weft_loom))]
pub mod ops;
#[cfg(not(weft_loom))]
pub mod range;
#[cfg(not(weft_loom))]
pub mod set;
#[cfg(not(weft_loom))]
pub mod singletons;
#[cfg(not(weft_loom))]
pub mod slice;
#[cfg(not(weft_loom))]
pub mod str;
#[cfg(not(weft_loom))]
pub mod traceback;
#[cfg(not(weft_loom))]
pub mod frameobj;
#[cfg(not(weft_loom))]
pub mod super_;
#[cfg(not(weft_loom))]
pub mod tuple;
#[cfg(not(weft_loom))]
pub mod unicode_data;

pub use handle::{Borrowed, PyObject, PyPayload, Value};
pub use typeobj::{CmpOp, PyType};

