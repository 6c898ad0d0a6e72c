//! Loom model: biased reference counting (DESIGN.md#biased-reference-counting).
//! Owner and non-owner threads incref/decref one object concurrently,
//! including queue-and-merge, the owner reaching zero first, and the owner
//! exiting. Checks: the payload is dropped exactly once (no leak, no double
//! free); debug assertions catch counts below zero and use of freed headers.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom_tests::{model, spawn};
use weft::__loom::*;

struct Tracked(Arc<AtomicUsize>);
impl Drop for Tracked {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

fn new_obj(drops: &Arc<AtomicUsize>) -> Value {
    let ty = leak_type::<Tracked>("tracked");
    PyObject::alloc(ty, Tracked(drops.clone()))
}

/// The owner drops its references while another thread clones and drops
/// its own; the non-owner's final decref queues the object to the owner,
/// which merges after the join.
#[test]
fn owner_and_non_owner_decref() {
    model(|| {
        // The owner is a spawned thread too (loom explores the main
        // thread's interleavings with spawned threads poorly).
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let for_t = v.clone();
            let t = spawn(move || {
                let c = for_t.clone();
                drop(for_t);
                drop(c);
            });
            drop(v);
            t.join().unwrap();
            brc_merge_queue();
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// The owner reaches local zero first while the other thread still holds
/// shared references: ownership is given up (MERGED) and the last shared
/// decref frees.
#[test]
fn owner_reaches_zero_first() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let for_t = v.clone();
            let t = spawn(move || {
                let c = for_t.clone();
                let d = c.clone();
                drop(c);
                drop(d);
                drop(for_t);
            });
            drop(v);
            t.join().unwrap();
            brc_merge_queue();
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// The owner thread exits while others hold references: queued references
/// are merged at its exit, later ones are merged directly.
#[test]
fn owner_exits() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = v.clone();
            (v, w)
        });
        let (v, w) = owner.join().unwrap();
        let t = spawn(move || drop(w));
        let t2 = spawn(move || drop(v));
        t.join().unwrap();
        t2.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// A reader try_increfs an object another thread is dropping (the
/// lock-free read pattern): it either gets a live reference or fails.
#[test]
fn try_incref_races_final_decref() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
        let v = new_obj(&d2);
        v.header().unwrap().set_maybe_weakref();
        let raw = v.raw();
        let keep = v.clone();
        let t = spawn(move || {
            // SAFETY: `keep` keeps the header readable until the end of
            // this closure (and QSBR would keep it readable after).
            let h = unsafe { &*(raw as *const ObjHeader) };
            if h.try_incref() {
                // SAFETY: the successful try_incref gave us this reference.
                drop(unsafe { Value::from_raw_steal(raw) });
            }
            drop(keep);
        });
        drop(v);
        t.join().unwrap();
        brc_merge_queue();
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// The owner is detached (blocked in a join) while another thread drops the
/// last shared reference: the queued reference is merged on the owner's
/// behalf (the owner suspended for it) or by the owner when it reattaches;
/// either way the payload is dropped exactly once.
#[test]
fn owner_detached() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = v.clone();
            let t = spawn(move || drop(w));
            drop(v);
            detached(|| t.join().unwrap());
            brc_merge_queue();
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}
