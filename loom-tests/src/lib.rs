//! Shared helpers for the loom models in tests/ (DESIGN.md#loom).
#![cfg(weft_loom)]

use loom::thread;
use weft::__loom::{unregister_current_thread, Value};

/// A small int value (the models' keys and items).
pub fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

/// Spawns a model thread that unregisters from the runtime before it ends
/// (loom tears statics down before thread-local destructors run).
pub fn spawn<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> thread::JoinHandle<T> {
    thread::spawn(move || {
        let r = f();
        unregister_current_thread();
        r
    })
}

/// Runs a model with at most `LOOM_MAX_PREEMPTIONS` (default 2) preemptions
/// and reports how many interleavings it explored.
pub fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(2);
    }
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let r2 = runs.clone();
    b.check(move || {
        r2.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        f();
        unregister_current_thread();
    });
    eprintln!("explored {} interleavings", runs.load(std::sync::atomic::Ordering::Relaxed));
}
