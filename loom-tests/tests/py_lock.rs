//! Loom models of the `_thread.lock` / `_thread.RLock` cores
//! (`vm::pylock`, DESIGN.md#threading-library): mutual exclusion, release
//! by another thread, no lost wake-up when a timed waiter gives up, and the
//! RLock's owner/count protocol including Condition's release_all/restore.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::Arc;
use loom_tests::{model, spawn};
use weft::sync::{AtomicUsize, Ordering::*};
use weft::vm::pylock::{RawLock, RawRLock};

#[test]
fn lock_excludes_and_wakes_a_blocked_waiter() {
    model(|| {
        let l = Arc::new(RawLock::new());
        let inside = Arc::new(AtomicUsize::new(0));
        let hs: Vec<_> = (0..2)
            .map(|_| {
                let (l, inside) = (l.clone(), inside.clone());
                spawn(move || {
                    assert!(l.acquire_until(None));
                    // A non-atomic read-modify-write: a second holder would
                    // be seen here.
                    let n = inside.load(Relaxed);
                    assert_eq!(n, 0);
                    inside.store(n + 1, Relaxed);
                    inside.store(n, Relaxed);
                    assert!(l.release());
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        assert!(!l.is_locked());
    });
}

#[test]
fn another_thread_releases_the_lock() {
    model(|| {
        let l = Arc::new(RawLock::new());
        assert!(l.try_acquire());
        let l2 = l.clone();
        // Blocks until the main thread releases (join semantics).
        let waiter = spawn(move || {
            assert!(l2.acquire_until(None));
            assert!(l2.release());
        });
        let l3 = l.clone();
        let releaser = spawn(move || assert!(l3.release()));
        waiter.join().unwrap();
        releaser.join().unwrap();
        assert!(!l.release(), "second release must fail");
    });
}

#[test]
fn timed_waiter_giving_up_loses_no_wakeup() {
    // Under loom a timed wait is woken by a notification and then reports
    // a timeout (the worst case): the waiter that gives up has consumed the
    // wake-up. The untimed waiter must still get the lock (loom reports a
    // deadlock otherwise).
    model(|| {
        let l = Arc::new(RawLock::new());
        assert!(l.try_acquire());
        let (l1, l2) = (l.clone(), l.clone());
        let timed = spawn(move || {
            if l1.acquire_until(Some(std::time::Instant::now())) {
                assert!(l1.release());
            }
        });
        let patient = spawn(move || {
            assert!(l2.acquire_until(None));
            assert!(l2.release());
        });
        let l3 = l.clone();
        let releaser = spawn(move || assert!(l3.release()));
        timed.join().unwrap();
        patient.join().unwrap();
        releaser.join().unwrap();
        assert!(!l.is_locked());
    });
}

#[test]
fn rlock_reenters_and_excludes_other_owners() {
    model(|| {
        let l = Arc::new(RawRLock::new());
        assert!(l.try_acquire(1));
        let l2 = l.clone();
        let other = spawn(move || {
            assert!(l2.release(2).is_err(), "a non-owner cannot release");
            assert!(l2.acquire_until(2, None));
            assert_eq!(l2.snapshot(), (2, 1));
            assert_eq!(l2.release(2), Ok(true));
        });
        let l1 = l.clone();
        let owner = spawn(move || {
            assert!(l1.try_acquire(1));
            assert_eq!(l1.release(1), Ok(false));
            assert_eq!(l1.release(1), Ok(true));
        });
        other.join().unwrap();
        owner.join().unwrap();
        assert_eq!(l.snapshot(), (0, 0));
    });
}

#[test]
fn rlock_release_all_and_restore() {
    // Condition.wait: the owner drops every level, another thread gets the
    // lock in between, and the owner gets all its levels back.
    model(|| {
        let l = Arc::new(RawRLock::new());
        assert!(l.acquire_until(1, None));
        assert!(l.acquire_until(1, None));
        let l2 = l.clone();
        let other = spawn(move || {
            assert!(l2.acquire_until(2, None));
            assert_eq!(l2.release(2), Ok(true));
        });
        let l1 = l.clone();
        let owner = spawn(move || {
            assert_eq!(l1.release_all(), Some((2, 1)));
            assert!(l1.restore_until(1, 2, None));
            assert_eq!(l1.snapshot(), (1, 2));
            assert_eq!(l1.release(1), Ok(false));
            assert_eq!(l1.release(1), Ok(true));
        });
        other.join().unwrap();
        owner.join().unwrap();
    });
}
