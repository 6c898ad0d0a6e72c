//! Design: DESIGN.md#channels-and-queues
//!
//! Data crossing between interpreters: [`shareable::Shareable`] (what may
//! cross), cross-interpreter queues ([`queue`]) and channels ([`channel`])
//! on crossbeam, and the close/receipt protocols they use ([`gate`],
//! loom-checked). The Rust API is re-exported here: [`Queue`],
//! [`channel()`], [`SendChannel`], [`RecvChannel`], [`Shareable`].
//!
//! | module      | what                                                     |
//! |-------------|----------------------------------------------------------|
//! | `shareable` | `Shareable`, `from_value`/`to_value`, NotShareableError  |
//! | `queue`     | `QueueCore` (pipe or crossbeam), registry, Rust `Queue`  |
//! | `channel`   | `ChannelCore`, close semantics, Rust channel ends        |
//! | `registry`  | live queue/channel cores by id (weak entries)            |
//! | `gate`      | the close gate and the send receipt (loom models)        |
//! | `pipe`      | the unbounded queue's chunked FIFO (loom model)          |
//! | `packed`    | small values packed inline (the queue put path's form)   |
//! | `py`        | the Python objects: queue/channel-end types, exceptions  |
//! | `rust`      | `IntoPy`/`FromPy` for Shareable, queues, channel ends    |

pub mod gate;
pub mod pipe;

#[cfg(not(weft_loom))]
pub mod channel;
#[cfg(not(weft_loom))]
pub mod packed;
#[cfg(not(weft_loom))]
pub mod py;
#[cfg(not(weft_loom))]
pub mod queue;
#[cfg(not(weft_loom))]
mod registry;
#[cfg(not(weft_loom))]
pub mod rust;
#[cfg(not(weft_loom))]
pub mod shareable;

#[cfg(not(weft_loom))]
pub use self::{
    channel::{channel, ChanError, RecvChannel, SendChannel},
    queue::Queue,
    shareable::{not_shareable_error_type, KindMismatch, Shareable},
};

#[cfg(not(weft_loom))]
pub(crate) use self::py::{handle_shareable, handle_to_value, new_exc, register_exc_layouts};

/// Unbound-item operations (CPython's `_crossinterp` flags): what `get`
/// does with an item whose sending interpreter was destroyed.
pub const UNBOUND_REMOVE: u8 = 1;
pub const UNBOUND_ERROR: u8 = 2;
pub const UNBOUND_REPLACE: u8 = 3;

/// A queued value: packed inline when small (the Python put path), else
/// its [`Shareable`] form.
#[cfg(not(weft_loom))]
pub enum Payload {
    Packed(packed::Packed),
    Full(shareable::Shareable),
}

#[cfg(not(weft_loom))]
impl Payload {
    /// The payload of `v` for the current interpreter's put: packed when
    /// it fits, else the `Shareable` (`NotShareableError` for what may not
    /// cross).
    #[inline]
    pub fn from_value(v: &crate::object::handle::Value) -> crate::error::PyResult<Payload> {
        match packed::Packed::encode(v) {
            Some(p) => Ok(Payload::Packed(p)),
            None => shareable::Shareable::from_value(v).map(Payload::Full),
        }
    }

    /// A new object for the value in the calling thread's interpreter.
    #[inline]
    pub fn into_value(self) -> crate::error::PyResult<crate::object::handle::Value> {
        match self {
            Payload::Packed(p) => Ok(p.to_value()),
            Payload::Full(s) => s.into_value(),
        }
    }

    /// The value as a `Shareable` (the Rust API).
    pub fn into_shareable(self) -> shareable::Shareable {
        match self {
            Payload::Packed(p) => p.to_shareable(),
            Payload::Full(s) => s,
        }
    }
}

/// One queued value with where it came from.
#[cfg(not(weft_loom))]
pub struct Item {
    pub payload: Payload,
    /// The interpreter that put it (0: the main interpreter or Rust).
    pub interp: u64,
    /// Its unbound operation.
    pub unbound: u8,
    /// The receipt of a blocking channel send.
    pub ack: Option<AckGuard>,
}

// An item is one cache line (a chunk of the pipe holds 128 of them).
#[cfg(not(weft_loom))]
const _: () = assert!(core::mem::size_of::<Item>() <= 64);

#[cfg(not(weft_loom))]
impl Item {
    /// An item put by Rust code (never unbound).
    pub fn from_rust(value: shareable::Shareable) -> Item {
        Item { payload: Payload::Full(value), interp: 0, unbound: UNBOUND_REPLACE, ack: None }
    }

    /// A stand-in left in a slot whose item was moved out (None, nothing
    /// to drop).
    #[inline]
    pub fn placeholder() -> Item {
        Item { payload: Payload::Packed(packed::Packed::none()), interp: 0, unbound: UNBOUND_REPLACE, ack: None }
    }

    /// The value as a `Shareable` (the Rust API).
    pub fn value(self) -> shareable::Shareable {
        self.payload.into_shareable()
    }
}

/// Marks the receipt "dropped" if the item is discarded unreceived.
#[cfg(not(weft_loom))]
pub struct AckGuard(pub crate::sync::Arc<gate::Ack>);

#[cfg(not(weft_loom))]
impl Drop for AckGuard {
    fn drop(&mut self) {
        self.0.drop_item();
    }
}

// ---- interpreters coming and going ----------------------------------------------

#[cfg(not(weft_loom))]
mod lifecycle {
    use crate::sync::{AtomicUsize, Ordering::*, Snapshot};
    use std::collections::HashSet;

    /// How many interpreters were destroyed so far (a get reads this first:
    /// while it is 0 no item can be unbound; it is written only at close).
    static DESTROYED_COUNT: AtomicUsize = AtomicUsize::new(0);
    crate::lazy_global! {
        /// Ids of destroyed interpreters (ids are never reused); read
        /// lock-free by gets, replaced copy-on-write at close.
        static DESTROYED: Snapshot<HashSet<u64>> = Snapshot::new(HashSet::new());
    }

    /// The calling thread's current interpreter id (0 = main).
    #[inline]
    pub fn current_interp_id() -> u64 {
        crate::vm::interp::interp().id as u64
    }

    /// Has interpreter `id` been destroyed?
    #[inline]
    pub fn is_destroyed(id: u64) -> bool {
        if id == 0 || DESTROYED_COUNT.load(Acquire) == 0 {
            return false;
        }
        DESTROYED.with(|s| s.contains(&id))
    }

    /// Interpreter `id` is gone: its items in every queue and channel become
    /// unbound (removed now for UNBOUND_REMOVE, resolved at get otherwise).
    /// Interpreter close calls this.
    pub fn interpreter_destroyed(id: u64) {
        if id == 0 {
            return;
        }
        DESTROYED.rcu(|s| {
            let mut n = (**s).clone();
            n.insert(id);
            n
        });
        DESTROYED_COUNT.fetch_add(1, Release);
        for q in super::queue::QueueCore::all() {
            q.remove_unbound(id);
        }
        // Channels are not swept: taking items out and back under concurrent
        // receivers could let a receiver of a closed channel see it drained
        // while items are out. A receiver drops "remove" items of a
        // destroyed interpreter when it takes them (`py::deliver`).
    }
}

#[cfg(not(weft_loom))]
pub use lifecycle::{current_interp_id, interpreter_destroyed, is_destroyed};
