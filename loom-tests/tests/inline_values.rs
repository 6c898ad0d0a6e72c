//! Loom models: an instance's inline attribute values
//! (`object/instance_values.rs`, DESIGN.md#attributes, Inline values):
//! lock-free reads (`try_incref` + re-check, the lock after a few
//! failures) against a writer that replaces a value under the lock, and
//! materialisation (every slot swapped to MOVED under the lock, the values
//! handed to the new dict) against a writer and a reader. Checks: a reader
//! gets the old value, the new one or MOVED (never a torn word, never an
//! object after its last reference went); a store is either moved into
//! the dict or refused (never lost); nothing is released twice.
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
        let iv = Arc::new(InlineValues::new(2));
        assert!(iv.store(0, a).unwrap().is_none());
        let iw = iv.clone();
        let w = spawn(move || {
            // The old value's last reference goes here.
            drop(iw.store(0, b).ok().expect("stored"));
            quiescent();
        });
        let ir = iv.clone();
        let r = spawn(move || {
            current_tid();
            match ir.get(0) {
                InlineRead::Value(v) => assert!(v.raw() == ar || v.raw() == br, "torn read"),
                _ => panic!("the slot is never empty"),
            }
            quiescent();
        });
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
        match iv.get(0) {
            InlineRead::Value(v) => assert_eq!(v.raw(), br),
            _ => panic!("value"),
        }
    });
}

/// A value in state INIT (a fresh local object): the reader, not its
/// owner, falls back to the lock.
#[test]
fn replace_against_read_init() {
    replace_against_read(false);
}

/// A value marked MAYBE_WEAKREF: lock-free reads.
#[test]
fn replace_against_read_shared() {
    replace_against_read(true);
}

/// Materialisation against a writer inserting a new key: the new value
/// is in the dict exactly when the store succeeded (never lost).
#[test]
fn materialise_against_store() {
    model(|| {
        let (a, x) = (obj(0, true), obj(1, false));
        let (ar, xr) = (a.raw(), x.raw());
        let iv = Arc::new(InlineValues::new(2));
        assert!(iv.store(0, a).unwrap().is_none());
        let iw = iv.clone();
        let w = spawn(move || {
            let r = iw.store(1, x).map(|old| assert!(old.is_none())).map_err(|v| v.raw());
            quiescent();
            r
        });
        let mut moved = Vec::new();
        iv.take_all(|i, v| moved.push((i, v)));
        let stored = detached(|| w.join().unwrap());
        assert_eq!(moved[0].0, 0);
        assert_eq!(moved[0].1.raw(), ar);
        match stored {
            Ok(()) => assert_eq!(moved.get(1).map(|(i, v)| (*i, v.raw())), Some((1, xr)), "a successful store was lost"),
            Err(back) => {
                assert_eq!(back, xr);
                assert_eq!(moved.len(), 1);
            }
        }
        assert!(matches!(iv.get(1), InlineRead::Moved));
        assert!(iv.is_moved());
        drop(moved);
    });
}

/// Materialisation against a lock-free reader of a value the dict now
/// owns and drops: the reader sees the value (with its own reference) or
/// MOVED, never a released object.
fn materialise_against_read(shared: bool) {
    model(move || {
        let a = obj(0, shared);
        let ar = a.raw();
        let iv = Arc::new(InlineValues::new(1));
        assert!(iv.store(0, a).unwrap().is_none());
        let ir = iv.clone();
        let r = spawn(move || {
            current_tid();
            match ir.get(0) {
                InlineRead::Value(v) => assert_eq!(v.raw(), ar),
                InlineRead::Moved => {}
                InlineRead::Absent => panic!("slot 0 was filled"),
            }
            quiescent();
        });
        let mut moved = Vec::new();
        // The dict's reference is the last one the instance had.
        iv.take_all(|i, v| moved.push((i, v)));
        drop(moved);
        quiescent();
        detached(|| r.join().unwrap());
        assert!(matches!(iv.get(0), InlineRead::Moved));
    });
}

#[test]
fn materialise_against_read_init() {
    materialise_against_read(false);
}

#[test]
fn materialise_against_read_shared() {
    materialise_against_read(true);
}
