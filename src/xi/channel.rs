//! Design: DESIGN.md#channels-and-queues
//!
//! Cross-interpreter channels (CPython 3.13's `_interpchannels`): an
//! unbounded crossbeam pipe, a [`CloseGate`] deciding what close means
//! for a racing send or recv, and per blocking send an [`Ack`] (`send`
//! returns once its item is received, as in CPython; `send_nowait` only
//! enqueues). Closing wakes blocked receivers through a second crossbeam
//! channel whose only sender is dropped at close (receivers select on it).

#![forbid(unsafe_code)]

use std::time::Instant;

use crossbeam::channel::{self as cb, Receiver, Sender};

use crate::sync::{Arc, AtomicU64, Mutex, Ordering::Relaxed};
use crate::xi::gate::{Ack, AckState, CloseGate, Popped};
use crate::xi::shareable::Shareable;
use crate::xi::{AckGuard, Item, Payload};

/// The shared part of a channel (both ends refer to it).
pub struct ChannelCore {
    id: u64,
    unbound: u8,
    tx: Sender<Item>,
    rx: Receiver<Item>,
    gate: CloseGate,
    /// Dropped at close: every receiver blocked in `select` wakes up.
    close_tx: Mutex<Option<Sender<()>>>,
    close_rx: Receiver<()>,
}

/// Channel ids start at 0 (CPython's numbering).
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

crate::lazy_global! {
    static REGISTRY: super::registry::Registry<ChannelCore> = super::registry::Registry::new();
}

/// Why a send or recv failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChanError {
    /// The channel is closed (send), or closed and drained (recv).
    Closed,
    /// Nothing to receive (non-blocking), or nothing by the deadline.
    Empty,
    /// A blocking send ran out of time before its item was received (the
    /// item was withdrawn).
    Timeout,
    /// `close(recv=True)` without force on a channel holding items.
    NotEmpty,
}

impl ChannelCore {
    /// A new open channel, registered by id.
    pub fn create(unbound: u8) -> Arc<ChannelCore> {
        let (tx, rx) = cb::unbounded();
        let (close_tx, close_rx) = cb::bounded(0);
        let id = NEXT_ID.fetch_add(1, Relaxed);
        let c = Arc::new(ChannelCore { id, unbound, tx, rx, gate: CloseGate::new(), close_tx: Mutex::new(Some(close_tx)), close_rx });
        REGISTRY.insert(id, &c);
        c
    }

    pub fn lookup(id: u64) -> Option<Arc<ChannelCore>> {
        REGISTRY.lookup(id)
    }

    pub fn all() -> Vec<Arc<ChannelCore>> {
        REGISTRY.all()
    }

    pub fn id(&self) -> u64 {
        self.id
    }
    pub fn default_unbound(&self) -> u8 {
        self.unbound
    }
    pub fn len(&self) -> usize {
        self.rx.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rx.is_empty()
    }
    /// Closed for sending (items may still be waiting to be received).
    pub fn is_closing(&self) -> bool {
        self.gate.is_closed()
    }
    /// Closed and drained.
    pub fn is_closed(&self) -> bool {
        self.gate.is_closed() && self.rx.is_empty() && self.gate.inside() == 0
    }

    /// Enqueues `item` unless the channel is closed.
    #[inline]
    pub fn push(&self, item: Item) -> Result<(), ChanError> {
        // Unbounded and the core holds a receiver: the send cannot fail.
        if self.gate.push(|| {
            let _ = self.tx.send(item);
        }) {
            Ok(())
        } else {
            Err(ChanError::Closed)
        }
    }

    /// Sends and waits until the item is received or `deadline` passes
    /// (then withdraws it: `Timeout`). Blocks: call it detached, or in
    /// slices through [`push_acked`](Self::push_acked) + [`Ack::wait`].
    pub fn send_wait(&self, value: Shareable, interp: u64, unbound: u8, deadline: Option<Instant>) -> Result<(), ChanError> {
        let ack = self.push_acked(value, interp, unbound)?;
        match ack.wait(deadline) {
            AckState::Received => Ok(()),
            AckState::Dropped => Err(ChanError::Closed),
            _ => finish_cancel(&ack),
        }
    }

    /// Enqueues an item whose receipt the returned [`Ack`] reports.
    pub fn push_acked(&self, value: Shareable, interp: u64, unbound: u8) -> Result<Arc<Ack>, ChanError> {
        let ack = Arc::new(Ack::new());
        self.push(Item { payload: Payload::Full(value), interp, unbound, ack: Some(AckGuard(ack.clone())) })?;
        Ok(ack)
    }

    /// Takes the next item without waiting (`Empty` or `Closed` when none).
    pub fn try_pop(&self) -> Result<Item, ChanError> {
        match self.gate.pop(|| self.pop_live()) {
            Popped::Item(it) => Ok(it),
            Popped::Empty => Err(ChanError::Empty),
            Popped::Closed => Err(ChanError::Closed),
        }
    }

    /// Takes the next item, waiting until `deadline` (forever for `None`):
    /// `Empty` at the deadline, `Closed` once closed and drained. Blocks:
    /// call it detached.
    pub fn pop_until(&self, deadline: Option<Instant>) -> Result<Item, ChanError> {
        loop {
            match self.try_pop() {
                Err(ChanError::Empty) => {}
                r => return r,
            }
            let mut sel = cb::Select::new();
            let data = sel.recv(&self.rx);
            let _closed = sel.recv(&self.close_rx);
            let op = match deadline {
                None => sel.select(),
                Some(d) => match sel.select_deadline(d) {
                    Ok(op) => op,
                    Err(_) => return Err(ChanError::Empty),
                },
            };
            if op.index() == data {
                if let Ok(it) = op.recv(&self.rx) {
                    if let Some(it) = accept(it) {
                        return Ok(it);
                    }
                }
            } else {
                // The close signal (disconnected): loop to the gate check.
                let _ = op.recv(&self.close_rx);
            }
        }
    }

    /// An item from the pipe that is to be delivered (items whose blocking
    /// sender gave up are dropped here).
    fn pop_live(&self) -> Option<Item> {
        loop {
            let it = self.rx.try_recv().ok()?;
            if let Some(it) = accept(it) {
                return Some(it);
            }
        }
    }

    /// Closes the channel. Without `force`, closing the receiving side of
    /// a channel that still holds items fails (`NotEmpty`, CPython's
    /// ChannelNotEmptyError); closing the sending side lets receivers drain
    /// what was sent. `force` drops the items left.
    pub fn close(&self, recv_side: bool, force: bool) -> Result<(), ChanError> {
        if recv_side && !force && !self.rx.is_empty() {
            return Err(ChanError::NotEmpty);
        }
        if !self.gate.close() && !force {
            if self.is_closed() {
                return Err(ChanError::Closed);
            }
            return Ok(());
        }
        self.close_tx.lock().take();
        if force {
            // Senders admitted before the close push soon; wait for them,
            // then drop everything (their blocking senders see Dropped).
            while self.gate.inside() > 0 {
                crate::sync::thread::yield_now();
            }
            while self.rx.try_recv().is_ok() {}
        }
        Ok(())
    }
}

/// An item popped from the pipe: claims it from a blocking sender (which
/// may have given up, then the item is dropped).
fn accept(mut it: Item) -> Option<Item> {
    match it.ack.take() {
        None => Some(it),
        Some(g) => {
            if g.0.receive() {
                Some(it)
            } else {
                None
            }
        }
    }
}

/// A sender's wait ended without receipt: withdraw, unless the receiver
/// took it at the last moment.
pub fn finish_cancel(ack: &Ack) -> Result<(), ChanError> {
    match ack.cancel() {
        AckState::Received => Ok(()),
        AckState::Dropped => Err(ChanError::Closed),
        _ => Err(ChanError::Timeout),
    }
}

impl Drop for ChannelCore {
    fn drop(&mut self) {
        REGISTRY.remove_dead(self.id);
    }
}

/// The sending end of a channel, from Rust.
#[derive(Clone)]
pub struct SendChannel(Arc<ChannelCore>);

/// The receiving end of a channel, from Rust.
#[derive(Clone)]
pub struct RecvChannel(Arc<ChannelCore>);

/// A new channel: (receiving end, sending end), as `channels.create()`.
pub fn channel() -> (RecvChannel, SendChannel) {
    let c = ChannelCore::create(crate::xi::UNBOUND_REPLACE);
    (RecvChannel(c.clone()), SendChannel(c))
}

impl SendChannel {
    pub fn from_core(c: Arc<ChannelCore>) -> SendChannel {
        SendChannel(c)
    }
    pub fn core(&self) -> &Arc<ChannelCore> {
        &self.0
    }
    pub fn id(&self) -> u64 {
        self.0.id
    }
    /// Enqueues without waiting for a receiver.
    pub fn send_nowait(&self, v: impl Into<Shareable>) -> Result<(), ChanError> {
        self.0.push(Item::from_rust(v.into()))
    }
    /// Sends and waits until received (or `timeout`: the item is withdrawn).
    pub fn send(&self, v: impl Into<Shareable>, timeout: Option<std::time::Duration>) -> Result<(), ChanError> {
        self.0.send_wait(v.into(), 0, crate::xi::UNBOUND_REPLACE, timeout.map(|t| Instant::now() + t))
    }
    /// Closes the channel for sending; receivers drain what was sent.
    pub fn close(&self) {
        let _ = self.0.close(false, false);
    }
}

impl RecvChannel {
    pub fn from_core(c: Arc<ChannelCore>) -> RecvChannel {
        RecvChannel(c)
    }
    pub fn core(&self) -> &Arc<ChannelCore> {
        &self.0
    }
    pub fn id(&self) -> u64 {
        self.0.id
    }
    /// The next item, waiting up to `timeout` (forever for `None`).
    pub fn recv(&self, timeout: Option<std::time::Duration>) -> Result<Shareable, ChanError> {
        self.0.pop_until(timeout.map(|t| Instant::now() + t)).map(Item::value)
    }
    /// The next item converted to `T` (`Err(None)` if the channel is
    /// closed or empty at the deadline, `Err(Some(v))` if `v` is not a `T`).
    pub fn recv_as<T: TryFrom<Shareable>>(&self, timeout: Option<std::time::Duration>) -> Result<T, Option<T::Error>> {
        let v = self.recv(timeout).map_err(|_| None)?;
        T::try_from(v).map_err(Some)
    }
    pub fn try_recv(&self) -> Result<Shareable, ChanError> {
        self.0.try_pop().map(Item::value)
    }
    /// Closes the channel from the receiving side (fails with `NotEmpty`
    /// while items are waiting unless `force`).
    pub fn close(&self, force: bool) -> Result<(), ChanError> {
        self.0.close(true, force)
    }
}

impl From<SendChannel> for Shareable {
    fn from(c: SendChannel) -> Shareable {
        Shareable::SendChannel(c.0)
    }
}
impl From<RecvChannel> for Shareable {
    fn from(c: RecvChannel) -> Shareable {
        Shareable::RecvChannel(c.0)
    }
}
impl From<&SendChannel> for Shareable {
    fn from(c: &SendChannel) -> Shareable {
        Shareable::SendChannel(c.0.clone())
    }
}
impl From<&RecvChannel> for Shareable {
    fn from(c: &RecvChannel) -> Shareable {
        Shareable::RecvChannel(c.0.clone())
    }
}
impl TryFrom<Shareable> for SendChannel {
    type Error = crate::xi::shareable::KindMismatch;
    fn try_from(s: Shareable) -> Result<SendChannel, Self::Error> {
        match s {
            Shareable::SendChannel(c) => Ok(SendChannel(c)),
            o => Err(crate::xi::shareable::KindMismatch { expected: "SendChannel", found: o.kind_name() }),
        }
    }
}
impl TryFrom<Shareable> for RecvChannel {
    type Error = crate::xi::shareable::KindMismatch;
    fn try_from(s: Shareable) -> Result<RecvChannel, Self::Error> {
        match s {
            Shareable::RecvChannel(c) => Ok(RecvChannel(c)),
            o => Err(crate::xi::shareable::KindMismatch { expected: "RecvChannel", found: o.kind_name() }),
        }
    }
}
