//! Design: DESIGN.md#channels-and-queues
//!
//! The two small protocols around a channel's crossbeam pipe, kept apart
//! from it so loom can check them as written (loom-tests/tests/channel_close.rs
//! runs them with a modelled pipe):
//!
//! * [`CloseGate`]: close racing send and recv. One word holds the
//!   CLOSED bit and the number of senders between "checked open" and
//!   "pushed". A sender enters (increment, then test CLOSED: a closed gate
//!   turns it away before it pushes), pushes, leaves (decrement). A
//!   receiver that finds the pipe empty reads the word: open → empty;
//!   closed with senders inside → one of them is about to push, look
//!   again; closed with nobody inside → every accepted item is already in
//!   the pipe, so one more look decides between "drained" and an item.
//!   An item is thus either refused (the sender sees ChannelClosedError)
//!   or received: never lost, never received twice (the pipe hands each
//!   item to one receiver).
//! * [`Ack`]: a blocking `send` waits until its item is received. The
//!   receiver and a sender giving up (timeout, Ctrl-C) race on one state:
//!   PENDING → RECEIVED (the receiver keeps the item) or PENDING →
//!   CANCELLED (the receiver drops it and takes the next), or PENDING →
//!   DROPPED when the item is discarded unreceived (forced close).

use crate::sync::{AtomicUsize, Condvar, Mutex, Ordering::SeqCst};

const CLOSED: usize = 1;
const ONE_SENDER: usize = 2;

/// What a receiver that found the pipe empty should do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Empty {
    /// Open: the channel is just empty.
    Open,
    /// Closed, but a sender admitted before the close has not pushed yet:
    /// look again (the item is moments away).
    Pending,
    /// Closed and nobody is inside: look once more; if still empty, the
    /// channel is drained.
    Drained,
}

/// The close protocol's state word.
pub struct CloseGate(AtomicUsize);

impl Default for CloseGate {
    fn default() -> Self {
        Self::new()
    }
}

impl CloseGate {
    pub fn new() -> CloseGate {
        CloseGate(AtomicUsize::new(0))
    }

    /// A sender asks to push: `false` if the gate is closed (nothing may be
    /// pushed); on `true` the caller pushes and then calls [`leave`](Self::leave).
    #[inline]
    pub fn enter(&self) -> bool {
        // SeqCst: the increment and the closer's fetch_or are ordered, so
        // either this sender sees CLOSED or the receiver that sees CLOSED
        // also sees this sender inside.
        let prev = self.0.fetch_add(ONE_SENDER, SeqCst);
        if prev & CLOSED != 0 {
            self.0.fetch_sub(ONE_SENDER, SeqCst);
            return false;
        }
        true
    }

    /// The sender has pushed (its push happens-before this release).
    #[inline]
    pub fn leave(&self) {
        self.0.fetch_sub(ONE_SENDER, SeqCst);
    }

    /// Closes the gate; `true` if this call closed it.
    pub fn close(&self) -> bool {
        self.0.fetch_or(CLOSED, SeqCst) & CLOSED == 0
    }

    pub fn is_closed(&self) -> bool {
        self.0.load(SeqCst) & CLOSED != 0
    }

    /// Senders between `enter` and `leave`.
    pub fn inside(&self) -> usize {
        self.0.load(SeqCst) / ONE_SENDER
    }

    /// For a receiver that found the pipe empty.
    #[inline]
    pub fn on_empty(&self) -> Empty {
        let s = self.0.load(SeqCst);
        if s & CLOSED == 0 {
            Empty::Open
        } else if s >= ONE_SENDER {
            Empty::Pending
        } else {
            Empty::Drained
        }
    }
}

/// What [`CloseGate::pop`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Popped<T> {
    Item(T),
    /// Open and empty.
    Empty,
    /// Closed and drained.
    Closed,
}

impl CloseGate {
    /// Pushes through `push` unless the gate is closed (`false`: nothing
    /// was pushed).
    #[inline]
    pub fn push(&self, push: impl FnOnce()) -> bool {
        if !self.enter() {
            return false;
        }
        push();
        self.leave();
        true
    }

    /// Takes an item through `try_pop`, deciding between empty and closed
    /// by the gate's word when there is none (see the module doc).
    #[inline]
    pub fn pop<T>(&self, mut try_pop: impl FnMut() -> Option<T>) -> Popped<T> {
        loop {
            if let Some(x) = try_pop() {
                return Popped::Item(x);
            }
            match self.on_empty() {
                Empty::Open => return Popped::Empty,
                Empty::Pending => crate::sync::thread::yield_now(),
                Empty::Drained => {
                    return match try_pop() {
                        Some(x) => Popped::Item(x),
                        None => Popped::Closed,
                    }
                }
            }
        }
    }
}

const PENDING: u8 = 0;
const RECEIVED: u8 = 1;
const CANCELLED: u8 = 2;
const DROPPED: u8 = 3;

/// How a blocking send ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AckState {
    Pending,
    Received,
    Cancelled,
    Dropped,
}

fn decode(s: u8) -> AckState {
    match s {
        PENDING => AckState::Pending,
        RECEIVED => AckState::Received,
        CANCELLED => AckState::Cancelled,
        _ => AckState::Dropped,
    }
}

/// The receipt a blocking `send` waits on (one per blocking send).
pub struct Ack {
    state: Mutex<u8>,
    cv: Condvar,
}

impl Default for Ack {
    fn default() -> Self {
        Self::new()
    }
}

impl Ack {
    pub fn new() -> Ack {
        Ack { state: Mutex::new(PENDING), cv: Condvar::new() }
    }

    /// The receiver took the item: `true` if it is to be delivered, `false`
    /// if the sender already gave up (the receiver drops it and moves on).
    pub fn receive(&self) -> bool {
        let mut g = self.state.lock();
        if *g == PENDING {
            *g = RECEIVED;
            drop(g);
            self.cv.notify_all();
            true
        } else {
            false
        }
    }

    /// The item was discarded unreceived (forced close, channel freed).
    pub fn drop_item(&self) {
        let mut g = self.state.lock();
        if *g == PENDING {
            *g = DROPPED;
            drop(g);
            self.cv.notify_all();
        }
    }

    /// The sender gives up: the final state (`Cancelled` if it won the
    /// race, otherwise what the receiver or closer decided).
    pub fn cancel(&self) -> AckState {
        let mut g = self.state.lock();
        if *g == PENDING {
            *g = CANCELLED;
        }
        decode(*g)
    }

    pub fn state(&self) -> AckState {
        decode(*self.state.lock())
    }

    /// Waits until the state leaves PENDING or `deadline` passes; returns
    /// the state seen last.
    pub fn wait(&self, deadline: Option<std::time::Instant>) -> AckState {
        let mut g = self.state.lock();
        while *g == PENDING {
            match deadline {
                None => g = self.cv.wait(g),
                Some(d) => {
                    let (g2, timed_out) = self.cv.wait_until(g, d);
                    g = g2;
                    if timed_out {
                        break;
                    }
                }
            }
        }
        decode(*g)
    }
}
