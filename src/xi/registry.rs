//! Design: DESIGN.md#channels-and-queues
//!
//! Live queue or channel cores by id, for creation, look-up by id and
//! listing only (never per message). Entries are weak: a core lives while
//! some handle holds it, and its `Drop` removes the dead entry.

use std::collections::HashMap;
use std::sync::Weak;

use crate::sync::{Arc, Mutex};

pub struct Registry<T>(Mutex<HashMap<u64, Weak<T>>>);

impl<T> Registry<T> {
    pub fn new() -> Registry<T> {
        Registry(Mutex::new(HashMap::new()))
    }

    pub fn insert(&self, id: u64, core: &Arc<T>) {
        self.0.lock().insert(id, Arc::downgrade(core));
    }

    /// The live core with this id.
    pub fn lookup(&self, id: u64) -> Option<Arc<T>> {
        self.0.lock().get(&id).and_then(|w| w.upgrade())
    }

    /// Every live core, in id order.
    pub fn all(&self) -> Vec<Arc<T>> {
        let mut v: Vec<(u64, Arc<T>)> =
            self.0.lock().iter().filter_map(|(id, w)| w.upgrade().map(|c| (*id, c))).collect();
        v.sort_by_key(|(id, _)| *id);
        v.into_iter().map(|(_, c)| c).collect()
    }

    /// Called from the core's `Drop`: removes `id` unless a new core took
    /// it meanwhile (ids are never reused, so this is belt and braces).
    pub fn remove_dead(&self, id: u64) {
        let mut r = self.0.lock();
        if r.get(&id).is_some_and(|w| w.strong_count() == 0) {
            r.remove(&id);
        }
    }
}
