//! Loom models: a closure cell's content (`object/cell_slot.rs`,
//! DESIGN.md#eval-loop): lock-free reads (`try_incref` + re-check, the lock
//! after a few failures) against a writer that replaces the content under
//! the lock and drops the old object. Checks: the reader gets the old or
//! the new object (never a torn word, never an object after its last
//! reference went), with the content in either shared state (INIT: the
//! non-owner's `try_incref` refuses it and the read falls back to the lock;
//! MAYBE_WEAKREF: the lock-free read succeeds).
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom_tests::{model, spawn};
use std::sync::Arc;
use weft::__loom::*;

struct Payload(#[allow(dead_code)] u64);

fn obj(n: u64, shared: bool) -> Value {
    let v = PyObject::alloc(leak_type::<Payload>("payload"), Payload(n));
    if shared {
        v.header().unwrap().set_maybe_weakref();
    }
    v
}

fn replace_against_read(shared: bool) {
    model(move || {
        let (a, b) = (obj(0, shared), obj(1, shared));
        let (ar, br) = (a.raw(), b.raw());
        let cell = Arc::new(CellSlot::new(Some(a)));
        let cw = cell.clone();
        let w = spawn(move || {
            // The old content's last reference goes here.
            drop(cw.set(Some(b)));
            quiescent();
        });
        let cr = cell.clone();
        let r = spawn(move || {
            current_tid();
            let v = cr.get().expect("the cell is never empty");
            assert!(v.raw() == ar || v.raw() == br, "torn cell read");
            drop(v);
            quiescent();
        });
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
        let last = cell.get().expect("content");
        assert_eq!(last.raw(), br);
    });
}

/// Content in state INIT (what a fresh local object is): the reader, not
/// its owner, falls back to the lock.
#[test]
fn replace_against_read_init() {
    replace_against_read(false);
}

/// Content marked MAYBE_WEAKREF (after a locked read): lock-free reads.
#[test]
fn replace_against_read_shared() {
    replace_against_read(true);
}

/// Two writers and a reader: the final content is one of the two writes,
/// and every replaced object is released exactly once.
#[test]
fn two_writers_and_a_reader() {
    model(|| {
        let cell = Arc::new(CellSlot::new(None));
        let (x, y) = (obj(1, true), obj(2, true));
        let (xr, yr) = (x.raw(), y.raw());
        let (c1, c2, c3) = (cell.clone(), cell.clone(), cell.clone());
        let w1 = spawn(move || {
            drop(c1.set(Some(x)));
            quiescent();
        });
        let w2 = spawn(move || {
            drop(c2.set(Some(y)));
            quiescent();
        });
        let r = spawn(move || {
            current_tid();
            if let Some(v) = c3.get() {
                assert!(v.raw() == xr || v.raw() == yr, "torn cell read");
            }
            quiescent();
        });
        detached(|| {
            w1.join().unwrap();
            w2.join().unwrap();
            r.join().unwrap();
        });
        let last = cell.get().expect("written");
        assert!(last.raw() == xr || last.raw() == yr);
    });
}
