//! Design: DESIGN.md#channels-and-queues
//!
//! Cross-interpreter queues: a [`QueueCore`] is an unbounded chunked
//! [`Pipe`] (maxsize 0, the default) or a bounded crossbeam channel whose
//! both ends it keeps; an `Arc<QueueCore>` is the handle every interpreter
//! holding the queue shares. put/get touch only the core (no process-wide lock); the
//! registry by id is used at creation, by `Queue(id)` and by `list_all()`.

#![forbid(unsafe_code)]

use std::time::Instant;

use crossbeam::channel::{self as cb, Receiver, Sender};

use crate::sync::{Arc, AtomicU64, AtomicUsize, Ordering::Relaxed};
use crate::xi::pipe::Pipe;
use crate::xi::shareable::Shareable;
use crate::xi::Item;

/// Where a queue's items wait.
enum Flavor {
    /// maxsize 0: the chunked pipe (no allocation per item; a consumer takes
    /// everything published at one acquire load).
    Unbounded(Pipe<Item>),
    /// maxsize > 0: a bounded crossbeam channel (put waits for room).
    Bounded(Sender<Item>, Receiver<Item>),
}

/// The shared part of a queue.
pub struct QueueCore {
    id: u64,
    maxsize: usize,
    /// The default unbound-item operation (1 remove, 2 error, 3 UNBOUND).
    unbound: u8,
    flavor: Flavor,
    /// Items queued with the "remove" unbound operation (about: counted at
    /// put, uncounted at get). While 0, an interpreter's close skips the
    /// sweep of this queue, which would otherwise take every item out and
    /// put it back under concurrent consumers (they saw the queue empty
    /// meanwhile: found by tests/interp_stress.rs). `get` drops "remove"
    /// items of a destroyed interpreter anyway (`py::deliver`).
    removable: AtomicUsize,
}

/// Queue ids start at 1 (CPython's numbering).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

crate::lazy_global! {
    static REGISTRY: super::registry::Registry<QueueCore> = super::registry::Registry::new();
}

/// Why a put did not happen.
pub enum PutError {
    /// Full (non-blocking) or still full at the deadline; the item back.
    Full(Item),
}

impl QueueCore {
    /// A new queue (`maxsize` 0 = unbounded), registered by id.
    pub fn create(maxsize: usize, unbound: u8) -> Arc<QueueCore> {
        let flavor = if maxsize == 0 {
            Flavor::Unbounded(Pipe::new())
        } else {
            let (tx, rx) = cb::bounded(maxsize);
            Flavor::Bounded(tx, rx)
        };
        let id = NEXT_ID.fetch_add(1, Relaxed);
        let q = Arc::new(QueueCore { id, maxsize, unbound, flavor, removable: AtomicUsize::new(0) });
        REGISTRY.insert(id, &q);
        q
    }

    /// The live queue with this id.
    pub fn lookup(id: u64) -> Option<Arc<QueueCore>> {
        REGISTRY.lookup(id)
    }

    /// Every live queue, by id.
    pub fn all() -> Vec<Arc<QueueCore>> {
        REGISTRY.all()
    }

    pub fn id(&self) -> u64 {
        self.id
    }
    pub fn maxsize(&self) -> usize {
        self.maxsize
    }
    pub fn default_unbound(&self) -> u8 {
        self.unbound
    }
    pub fn len(&self) -> usize {
        match &self.flavor {
            Flavor::Unbounded(p) => p.len(),
            Flavor::Bounded(_, rx) => rx.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        match &self.flavor {
            Flavor::Unbounded(p) => p.is_empty(),
            Flavor::Bounded(_, rx) => rx.is_empty(),
        }
    }
    pub fn is_full(&self) -> bool {
        match &self.flavor {
            Flavor::Unbounded(_) => false,
            Flavor::Bounded(tx, _) => tx.len() >= self.maxsize,
        }
    }

    /// Puts without waiting.
    #[inline]
    pub fn try_put(&self, item: Item) -> Result<(), PutError> {
        let removable = item.unbound == crate::xi::UNBOUND_REMOVE;
        if removable {
            self.removable.fetch_add(1, Relaxed);
        }
        let tx = match &self.flavor {
            Flavor::Unbounded(p) => {
                p.push(item);
                return Ok(());
            }
            Flavor::Bounded(tx, _) => tx,
        };
        match tx.try_send(item) {
            Ok(()) => Ok(()),
            Err(cb::TrySendError::Full(i)) | Err(cb::TrySendError::Disconnected(i)) if removable => {
                self.removable.fetch_sub(1, Relaxed);
                Err(PutError::Full(i))
            }
            Err(cb::TrySendError::Full(i)) | Err(cb::TrySendError::Disconnected(i)) => Err(PutError::Full(i)),
        }
    }

    /// Puts, waiting for room until `deadline` (forever for `None`). Blocks:
    /// call it detached.
    pub fn put_until(&self, item: Item, deadline: Option<Instant>) -> Result<(), PutError> {
        let removable = item.unbound == crate::xi::UNBOUND_REMOVE;
        if removable {
            self.removable.fetch_add(1, Relaxed);
        }
        let tx = match &self.flavor {
            Flavor::Unbounded(p) => {
                p.push(item);
                return Ok(());
            }
            Flavor::Bounded(tx, _) => tx,
        };
        let r = match deadline {
            None => tx.send(item).map_err(|e| e.0),
            Some(d) => tx.send_deadline(item, d).map_err(|e| e.into_inner()),
        };
        if r.is_err() && removable {
            self.removable.fetch_sub(1, Relaxed);
        }
        r.map_err(PutError::Full)
    }

    #[inline]
    fn taken(&self, item: Option<Item>) -> Option<Item> {
        if item.as_ref().is_some_and(|i| i.unbound == crate::xi::UNBOUND_REMOVE) {
            self.removable.fetch_sub(1, Relaxed);
        }
        item
    }

    /// Takes the next item without waiting.
    #[inline]
    pub fn try_get(&self) -> Option<Item> {
        self.taken(match &self.flavor {
            Flavor::Unbounded(p) => p.try_pop(),
            Flavor::Bounded(_, rx) => rx.try_recv().ok(),
        })
    }

    /// Takes the next item without waiting, handing it to `f` in place
    /// (the unbounded pipe: no copy out of the slot); see
    /// `Pipe::try_pop_in_place` for what `f` may do.
    #[inline]
    pub fn try_get_with<R>(&self, f: impl FnOnce(&mut Item) -> R) -> Option<R> {
        let removed = |it: &Item| {
            if it.unbound == crate::xi::UNBOUND_REMOVE {
                self.removable.fetch_sub(1, Relaxed);
            }
        };
        match &self.flavor {
            Flavor::Unbounded(p) => p.try_pop_in_place(|it| {
                removed(it);
                f(it)
            }),
            Flavor::Bounded(_, rx) => {
                let mut it = rx.try_recv().ok()?;
                removed(&it);
                Some(f(&mut it))
            }
        }
    }

    /// Takes the next item, waiting until `deadline` (forever for `None`).
    /// Blocks: call it detached.
    pub fn get_until(&self, deadline: Option<Instant>) -> Option<Item> {
        self.taken(match (&self.flavor, deadline) {
            (Flavor::Unbounded(p), d) => p.pop_until(d),
            (Flavor::Bounded(_, rx), None) => rx.recv().ok(),
            (Flavor::Bounded(_, rx), Some(d)) => rx.recv_deadline(d).ok(),
        })
    }

    /// Drops every queued item sent by interpreter `interp` whose unbound
    /// operation is "remove" (called when that interpreter is destroyed).
    /// Items are taken out and the others put back in order; concurrent
    /// puts during the sweep land after them.
    pub fn remove_unbound(&self, interp: u64) {
        if self.removable.load(Relaxed) == 0 {
            return;
        }
        let (tx, rx) = match &self.flavor {
            Flavor::Unbounded(p) => {
                let n = p.remove_where(|it| it.interp == interp && it.unbound == crate::xi::UNBOUND_REMOVE);
                self.removable.fetch_sub(n, Relaxed);
                return;
            }
            Flavor::Bounded(tx, rx) => (tx, rx),
        };
        let n = rx.len();
        for _ in 0..n {
            match rx.try_recv() {
                Ok(it) => {
                    if it.interp == interp && it.unbound == crate::xi::UNBOUND_REMOVE {
                        self.removable.fetch_sub(1, Relaxed);
                        continue;
                    }
                    let _ = tx.try_send(it);
                }
                Err(_) => break,
            }
        }
    }
}

impl Drop for QueueCore {
    fn drop(&mut self) {
        REGISTRY.remove_dead(self.id);
    }
}

/// A queue from Rust: `put`/`get` of anything convertible to and from
/// [`Shareable`]. Cloning shares the queue; it may be handed to an
/// interpreter (`Shareable::Queue(q.core())`).
#[derive(Clone)]
pub struct Queue(Arc<QueueCore>);

impl Queue {
    /// A new queue; `maxsize` 0 = unbounded.
    pub fn new(maxsize: usize) -> Queue {
        Queue(QueueCore::create(maxsize, crate::xi::UNBOUND_REPLACE))
    }
    pub fn from_core(core: Arc<QueueCore>) -> Queue {
        Queue(core)
    }
    pub fn core(&self) -> &Arc<QueueCore> {
        &self.0
    }
    pub fn id(&self) -> u64 {
        self.0.id
    }
    /// Puts, waiting while the queue is full.
    pub fn put(&self, v: impl Into<Shareable>) {
        let item = Item::from_rust(v.into());
        let _ = self.0.put_until(item, None);
    }
    /// Puts without waiting: `Err(v)` if the queue is full.
    pub fn try_put(&self, v: impl Into<Shareable>) -> Result<(), Shareable> {
        self.0.try_put(Item::from_rust(v.into())).map_err(|PutError::Full(i)| i.value())
    }
    /// Takes the next item, waiting up to `timeout` (forever for `None`).
    pub fn get(&self, timeout: Option<std::time::Duration>) -> Option<Shareable> {
        self.0.get_until(timeout.map(|t| Instant::now() + t)).map(Item::value)
    }
    /// Takes the next item and converts it.
    pub fn get_as<T: TryFrom<Shareable>>(&self, timeout: Option<std::time::Duration>) -> Option<Result<T, T::Error>> {
        self.get(timeout).map(T::try_from)
    }
    pub fn try_get(&self) -> Option<Shareable> {
        self.0.try_get().map(Item::value)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Queue> for Shareable {
    fn from(q: Queue) -> Shareable {
        Shareable::Queue(q.0)
    }
}

impl From<&Queue> for Shareable {
    fn from(q: &Queue) -> Shareable {
        Shareable::Queue(q.0.clone())
    }
}
