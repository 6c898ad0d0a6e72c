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
//! | `compile` | Python source to code objects (parser: ruff_python_parser)  |
//! | `bytecode`| the opcode table, code objects, dis                         |
//! | `error`   | Python exceptions raised by native code                     |
//! | `embed`   | the Rust embedding API: run Python, call it from any thread |
//! | `xi`      | cross-interpreter data: Shareable, queues, channels          |

#![deny(unsafe_op_in_unsafe_fn)]

#[cfg(not(weft_loom))]
pub mod builtins;
#[cfg(not(weft_loom))]
pub mod bytecode;
#[cfg(not(weft_loom))]
pub mod compile;
#[cfg(not(weft_loom))]
pub mod embed;
pub mod error;
#[cfg(not(weft_loom))]
pub mod modules;
pub mod gc;
pub mod object;
pub mod sync;
pub mod vm;
pub mod xi;

pub use error::{ExcKind, PyErr, PyResult};
pub use object::Value;

/// Internals for the loom models (a separate crate cannot see `pub(crate)`).
#[cfg(weft_loom)]
#[doc(hidden)]
pub mod __loom {
    pub use crate::gc::qsbr;
    pub use crate::object::dict::{key_hash as dict_key_hash, DictCore};
    pub use crate::object::handle::{PyObject, Value};
    pub use crate::object::header::ObjHeader;
    pub use crate::object::cell_slot::CellSlot;
    pub use crate::object::instance_values::{InlineValues, Read as InlineRead};
    pub use crate::object::list_buf::{Fast, ItemBuf};
    pub use crate::object::typeobj::{PyType, Slots};
    pub use crate::object::weakref::{attach as weakref_attach, detach as weakref_detach, upgrade as weakref_upgrade, Kind as WeakKind, WeakCore};
    pub use crate::vm::breaker;
    pub use crate::vm::gil::Gil;
    pub use crate::vm::thread_count::ThreadCount;
    pub use crate::vm::stw::{stop_the_world, Scope};
    pub use crate::vm::thread::{
        brc_merge_queue, current_shared, current_state, current_tid, detached, holds_gil, quiescent, set_current_gil,
        unregister_current_thread, ATTACHED, DETACHED, SUSPENDED,
    };

    /// A type for model objects, built inside the model execution.
    pub fn leak_type<T: Send + Sync + 'static>(name: &'static str) -> &'static PyType {
        Box::leak(Box::new(PyType {
            head: ObjHeader::new_immortal(core::ptr::null()),
            name,
            base: core::ptr::null(),
            flags: 0,
            slots: Slots::EMPTY,
            free: PyObject::<T>::free,
            methods: &[],
            dict: crate::sync::OnceLock::new(),
        }))
    }
}
