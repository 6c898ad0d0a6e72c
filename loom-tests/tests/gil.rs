//! Loom models: the own-GIL hand-off (DESIGN.md#gil). Under loom the switch
//! interval is zero, so a waiter sets GIL_DROP_REQUEST on the holder at
//! once and then waits. Checks: the waiter eventually gets the GIL (loom
//! reports a deadlock if every thread blocks: a lost wake-up), at most one
//! thread holds it at any time, and the holder never runs a step without
//! it.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;
use loom_tests::{model, spawn};
use weft::__loom::*;

/// A "bytecode" step: only the GIL holder may run it, and only one thread
/// at a time is inside one.
fn step(gil: &Gil, tid: usize, inside: &AtomicUsize) {
    assert!(gil.held_by(tid), "a thread ran a step without the GIL");
    assert_eq!(inside.fetch_add(1, SeqCst), 0, "two threads ran at once");
    inside.fetch_sub(1, SeqCst);
}

/// The raw protocol: a busy holder polling its breaker against a waiter
/// that asks it to drop. The holder's forced drop waits for the switch.
#[test]
fn handoff_with_drop_request() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let inside = Arc::new(AtomicUsize::new(0));
        let (g1, in1) = (gil.clone(), inside.clone());
        let holder = spawn(move || {
            let me = current_shared().unwrap();
            g1.take(&me);
            for _ in 0..2 {
                step(&g1, me.tid, &in1);
                if breaker::pending(&me.breaker) & breaker::GIL_DROP_REQUEST != 0 {
                    breaker::clear_bit(&me.breaker, breaker::GIL_DROP_REQUEST);
                    g1.drop_gil(me.tid, true);
                    g1.take(&me);
                }
            }
            g1.drop_gil(me.tid, false);
        });
        let (g2, in2) = (gil.clone(), inside.clone());
        let waiter = spawn(move || {
            let me = current_shared().unwrap();
            g2.take(&me);
            step(&g2, me.tid, &in2);
            g2.drop_gil(me.tid, false);
        });
        holder.join().unwrap();
        waiter.join().unwrap();
    });
}

/// Through the thread-state API: both threads enter a GIL interpreter
/// (`set_current_gil`, which attaches and so takes the GIL); the holder
/// polls (`quiescent` yields on GIL_DROP_REQUEST) and detaches around a
/// blocking operation (`detached` drops and retakes the GIL).
#[test]
fn attach_detach_and_poll_hand_off() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let inside = Arc::new(AtomicUsize::new(0));
        let (g1, in1) = (gil.clone(), inside.clone());
        let a = spawn(move || {
            let me = current_shared().unwrap();
            set_current_gil(Some(g1.clone()));
            assert!(holds_gil());
            step(&g1, me.tid, &in1);
            quiescent();
            step(&g1, me.tid, &in1);
            detached(|| assert!(!g1.held_by(me.tid)));
            step(&g1, me.tid, &in1);
            set_current_gil(None);
            assert!(!holds_gil());
        });
        let (g2, in2) = (gil.clone(), inside.clone());
        let b = spawn(move || {
            let me = current_shared().unwrap();
            set_current_gil(Some(g2.clone()));
            step(&g2, me.tid, &in2);
            set_current_gil(None);
        });
        a.join().unwrap();
        b.join().unwrap();
    });
}
