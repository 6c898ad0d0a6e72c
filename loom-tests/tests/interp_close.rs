//! Loom model: closing an interpreter waits for the threads started in it
//! (DESIGN.md#interpreters, `vm::interp::ThreadCount`). A thread counted by
//! its starter before the spawn starts a second one while it runs; the
//! closer waits for the count to reach zero with a deadline (under loom a
//! timed wait returns after a notification and reports a timeout: its
//! worst case). Checks: when the wait reports success, every counted
//! thread has finished its work (nothing of the interpreter is still in
//! use when close goes on to clear it); a failed wait leaves threads
//! counted; no wake-up is lost (loom reports a deadlock otherwise).
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use loom_tests::{model, spawn};
use std::sync::Arc;
use weft::__loom::ThreadCount;

#[test]
fn close_waits_for_raw_threads() {
    model(|| {
        let count = Arc::new(ThreadCount::new());
        let work = Arc::new(AtomicUsize::new(0));
        // Started before the close began (counted by its starter).
        count.starting();
        let (c1, w1) = (count.clone(), work.clone());
        let a = spawn(move || {
            // A starts B while it is still counted itself.
            c1.starting();
            let (c2, w2) = (c1.clone(), w1.clone());
            let b = spawn(move || {
                w2.fetch_add(1, SeqCst);
                c2.finished();
            });
            w1.fetch_add(1, SeqCst);
            c1.finished();
            b
        });
        // The closer is a spawned thread too (loom explores a main thread's
        // races incompletely: DESIGN.md#loom).
        let (c3, w3) = (count.clone(), work.clone());
        let closer = spawn(move || {
            if c3.wait_at_most(0, std::time::Instant::now()) {
                assert_eq!(w3.load(SeqCst), 2, "close went on while a thread of the interpreter ran");
                assert_eq!(c3.get(), 0, "the count rose after it reached zero");
            }
        });
        let b = a.join().unwrap();
        b.join().unwrap();
        closer.join().unwrap();
        assert_eq!(count.get(), 0);
    });
}

/// The closing thread was itself started in the interpreter (it switched
/// out to close it): it waits for the others only (`keep` = 1).
#[test]
fn closer_started_in_the_interpreter() {
    model(|| {
        let count = Arc::new(ThreadCount::new());
        let work = Arc::new(AtomicUsize::new(0));
        count.starting(); // the closer itself
        count.starting(); // another thread of the interpreter
        let (c1, w1) = (count.clone(), work.clone());
        let other = spawn(move || {
            w1.fetch_add(1, SeqCst);
            c1.finished();
        });
        let (c2, w2) = (count.clone(), work.clone());
        let closer = spawn(move || {
            // Loop as a deadline far away would: the wait only ever
            // reports success, after the other thread finished.
            while !c2.wait_at_most(1, std::time::Instant::now()) {}
            assert_eq!(w2.load(SeqCst), 1);
            c2.finished();
        });
        other.join().unwrap();
        closer.join().unwrap();
        assert_eq!(count.get(), 0);
    });
}
