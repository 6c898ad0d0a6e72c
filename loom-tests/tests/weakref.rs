//! Loom model: weak references (DESIGN.md#weak-references). A weak
//! reference's dereference (`upgrade`: `try_incref` under the stripe lock)
//! races the referent's final decref by its owner and by a non-owner, and a
//! weak reference's own death (`detach`) races the referent's clearing.
//! Checks: a dereference either fails or yields a live object (debug
//! assertions catch use of a freed header), the referent's payload is
//! dropped exactly once, and every weak reference ends cleared.
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

/// A weak reference object: its payload drop detaches it, as
/// `PyWeakRef`'s does.
struct Weak(WeakCore);
impl Drop for Weak {
    fn drop(&mut self) {
        weakref_detach(&self.0);
    }
}

fn new_obj(drops: &Arc<AtomicUsize>) -> Value {
    let ty = leak_type::<Tracked>("tracked");
    PyObject::alloc(ty, Tracked(drops.clone()))
}

fn new_weak(referent: &Value) -> Value {
    let ty = leak_type::<Weak>("weak");
    let w = PyObject::alloc(ty, Weak(WeakCore::new()));
    // SAFETY: `w` was just allocated as a PyObject<Weak>.
    let core = unsafe { &w.payload_unchecked::<Weak>().0 };
    weakref_attach(referent.header().unwrap(), w.header().unwrap(), core, WeakKind::Other, false);
    w
}

fn core_of(w: &Value) -> &WeakCore {
    // SAFETY: model weak objects are PyObject<Weak>.
    unsafe { &w.payload_unchecked::<Weak>().0 }
}

/// The owner drops the only reference while a non-owner dereferences.
#[test]
fn deref_races_owner_final_decref() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = new_weak(&v);
            let w2 = w.clone();
            let t = spawn(move || {
                if let Some(o) = weakref_upgrade(core_of(&w2)) {
                    drop(o);
                }
                drop(w2);
            });
            drop(v);
            t.join().unwrap();
            brc_merge_queue();
            assert!(core_of(&w).is_dead());
            drop(w);
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// A non-owner holds the last reference (the owner already gave its up)
/// and drops it while the owner dereferences.
#[test]
fn deref_races_non_owner_final_decref() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = new_weak(&v);
            let for_t = v.clone();
            drop(v);
            let t = spawn(move || drop(for_t));
            let got = weakref_upgrade(core_of(&w));
            drop(got);
            t.join().unwrap();
            brc_merge_queue();
            assert!(weakref_upgrade(core_of(&w)).is_none());
            drop(w);
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// The weak reference dies (detach) while the referent dies (clear).
#[test]
fn weakref_death_races_referent_death() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = new_weak(&v);
            let w_keep = new_weak(&v);
            let t = spawn(move || drop(w));
            drop(v);
            t.join().unwrap();
            brc_merge_queue();
            assert!(core_of(&w_keep).is_dead());
            drop(w_keep);
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// A non-owner dereferences while the owner still holds the object: it
/// must get it (the MAYBE_WEAKREF state makes a non-owner's `try_incref`
/// succeed while the owner counts locally), and give it back.
#[test]
fn non_owner_deref_of_a_live_object_succeeds() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = new_weak(&v);
            let w2 = w.clone();
            let t = spawn(move || {
                let o = weakref_upgrade(core_of(&w2));
                assert!(o.is_some(), "a live object's weak reference must dereference");
                drop(o);
                drop(w2);
            });
            t.join().unwrap();
            drop(v);
            brc_merge_queue();
            assert!(weakref_upgrade(core_of(&w)).is_none());
            drop(w);
        });
        owner.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}

/// The owner has exited: one non-owner drops the last reference (merging
/// on the exited owner's behalf and freeing) while another non-owner
/// dereferences.
#[test]
fn deref_races_non_owner_free_after_owner_exit() {
    model(|| {
        let drops = Arc::new(AtomicUsize::new(0));
        let d2 = drops.clone();
        let owner = spawn(move || {
            let v = new_obj(&d2);
            let w = new_weak(&v);
            (v, w)
        });
        let (v, w) = owner.join().unwrap();
        let w2 = w.clone();
        let dropper = spawn(move || drop(v));
        let reader = spawn(move || {
            if let Some(o) = weakref_upgrade(core_of(&w2)) {
                drop(o);
            }
            drop(w2);
        });
        dropper.join().unwrap();
        reader.join().unwrap();
        let last = spawn(move || {
            assert!(weakref_upgrade(core_of(&w)).is_none());
            drop(w);
        });
        last.join().unwrap();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    });
}
