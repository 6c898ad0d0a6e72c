//! Weft: a free-threaded, multi-interpreter Python runtime.
//!
//! Design: DESIGN.md
//!
//! | module    | what                                                        |
//! |-----------|-------------------------------------------------------------|
//! | `sync`    | the only source of atomics, locks, thread-locals (std/loom) |
//! | `object`  | values, object header, biased refcounting, core types       |
//! | `gc`      | reclamation (QSBR); the cycle collector comes later          |
//! | `vm`      | thread states, eval breaker                                 |
//! | `error`   | Python exceptions raised by native code                     |

#![deny(unsafe_op_in_unsafe_fn)]

pub mod error;
pub mod gc;
pub mod object;
pub mod sync;
pub mod vm;

pub use error::{ExcKind, PyErr, PyResult};
pub use object::Value;

/// Internals for the loom models (a separate crate cannot see `pub(crate)`).
#[cfg(loom)]
#[doc(hidden)]
pub mod __loom {
    pub use crate::object::dict;
    pub use crate::object::header::ObjHeader;
    pub use crate::object::refcount;
}
