//! Loom models: thread states and stop-the-world (DESIGN.md#stop-the-world).
//! A requester stops the world while other threads register, poll, detach,
//! reattach and exit. Checks: the stop returns (no deadlock: loom reports a
//! deadlock if every thread blocks), and no other thread runs between the
//! requester's "stopped" and "restarting" marks.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicBool, Ordering::SeqCst};
use loom::sync::Arc;
use loom_tests::{model, spawn};
use weft::__loom::*;

/// A running thread's step: it must not happen while the world is stopped.
fn step(stopped: &AtomicBool) {
    assert!(!stopped.load(SeqCst), "a thread ran while the world was stopped");
}

/// One worker registers (attaches), polls (parking if asked to stop),
/// detaches around a blocking op, reattaches and exits, racing one
/// requester.
#[test]
fn stop_races_poll_detach_attach() {
    model(|| {
        let stopped = Arc::new(AtomicBool::new(false));
        let s1 = stopped.clone();
        let worker = spawn(move || {
            current_tid();
            step(&s1);
            quiescent();
            step(&s1);
            detached(|| ());
            step(&s1);
        });
        let s2 = stopped.clone();
        let req = spawn(move || {
            let g = stop_the_world(Scope::Runtime);
            s2.store(true, SeqCst);
            s2.store(false, SeqCst);
            drop(g);
        });
        worker.join().unwrap();
        req.join().unwrap();
    });
}

/// Two requesters at once: serialized (never two stops at once), and the
/// waiting one is detached, so the other's stop does not wait for it.
/// (With a third, polling thread the model takes two minutes.)
#[test]
fn two_requesters() {
    model(|| {
        let stopped = Arc::new(AtomicBool::new(false));
        let reqs: Vec<_> = (0..2)
            .map(|_| {
                let s = stopped.clone();
                spawn(move || {
                    let g = stop_the_world(Scope::Interpreter(0));
                    assert!(!s.swap(true, SeqCst), "two worlds stopped at once");
                    s.store(false, SeqCst);
                    drop(g);
                })
            })
            .collect();
        for r in reqs {
            r.join().unwrap();
        }
    });
}

/// The eval-breaker protocol: a setter publishes work, then sets the bit;
/// the owner clears the bit *before* taking the work. No set is lost: once
/// the setter is done, either the owner took the work or the bit is set.
#[test]
fn breaker_set_poll_clear() {
    model(|| {
        let word = Arc::new(loom::sync::atomic::AtomicUsize::new(0));
        let work = Arc::new(loom::sync::atomic::AtomicUsize::new(0));
        let taken = Arc::new(loom::sync::atomic::AtomicUsize::new(0));
        let setters: Vec<_> = (0..2)
            .map(|_| {
                let (w, k) = (word.clone(), work.clone());
                spawn(move || {
                    k.fetch_add(1, SeqCst);
                    breaker::set_bit(&w, breaker::CALLS_TO_DO);
                })
            })
            .collect();
        let (w, k, t) = (word.clone(), work.clone(), taken.clone());
        let owner = spawn(move || {
            for _ in 0..2 {
                if breaker::pending(&w) & breaker::CALLS_TO_DO != 0 {
                    breaker::clear_bit(&w, breaker::CALLS_TO_DO);
                    t.fetch_add(k.swap(0, SeqCst), SeqCst);
                }
            }
        });
        for s in setters {
            s.join().unwrap();
        }
        owner.join().unwrap();
        let left = work.load(SeqCst);
        assert_eq!(left + taken.load(SeqCst), 2);
        if left != 0 {
            assert!(breaker::pending(&word) & breaker::CALLS_TO_DO != 0, "a breaker event was lost");
        }
    });
}
