//! Loom model of the unbounded queue's pipe (`xi::pipe`,
//! DESIGN.md#channels-and-queues), the production code with 2-slot chunks:
//! producers write a slot and publish it with a release store of the
//! chunk's count under the tail lock; consumers take the published range
//! with one acquire load under the head lock, follow `next` to the
//! following chunk and recycle the old one through the spares (so the
//! models cross chunk boundaries and reuse chunks); a consumer that finds
//! nothing registers as a waiter under the tail lock when `pushed ==
//! popped` and waits on the condvar. Checked: every item is received
//! exactly once, each producer's items in order, no lost wake-up (a
//! blocked consumer with an item pushed always wakes: loom reports a
//! deadlock otherwise), slot reads ordered after their writes (loom's
//! UnsafeCell), and `remove_where`/`len` racing both.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::Arc;
use loom_tests::{model, spawn};
use weft::xi::pipe::Pipe;

#[test]
fn two_producers_one_blocking_consumer() {
    model(|| {
        let p = Arc::new(Pipe::<u32>::new());
        let (p1, p2) = (p.clone(), p.clone());
        let a = spawn(move || {
            p1.push(1);
            p1.push(2);
        });
        let b = spawn(move || p2.push(10));
        let mut got = vec![p.pop_until(None).unwrap(), p.pop_until(None).unwrap(), p.pop_until(None).unwrap()];
        a.join().unwrap();
        b.join().unwrap();
        // One producer's items arrive in its order.
        let ones: Vec<u32> = got.iter().copied().filter(|&v| v < 10).collect();
        assert_eq!(ones, vec![1, 2]);
        got.sort();
        assert_eq!(got, vec![1, 2, 10]);
        assert_eq!(p.try_pop(), None);
        assert_eq!(p.len(), 0);
    });
}

#[test]
fn two_blocking_consumers_both_wake() {
    model(|| {
        let p = Arc::new(Pipe::<u32>::new());
        let consumers: Vec<_> = (0..2)
            .map(|_| {
                let p = p.clone();
                spawn(move || p.pop_until(None).unwrap())
            })
            .collect();
        p.push(1);
        p.push(2);
        let mut got: Vec<u32> = consumers.into_iter().map(|h| h.join().unwrap()).collect();
        got.sort();
        assert_eq!(got, vec![1, 2]);
    });
}

#[test]
fn try_pop_and_remove_race_push() {
    model(|| {
        let p = Arc::new(Pipe::<u32>::new());
        p.push(1);
        let p1 = p.clone();
        let prod = spawn(move || {
            p1.push(2);
            p1.push(3);
        });
        let p2 = p.clone();
        let cons = spawn(move || {
            let mut got = Vec::new();
            for _ in 0..2 {
                // The in-place form (queue get's hot path).
                if let Some(v) = p2.try_pop_in_place(|v| *v) {
                    got.push(v);
                }
            }
            got
        });
        // Drop every 2 wherever it is.
        let removed = p.remove_where(|&v| v == 2);
        prod.join().unwrap();
        let mut got = cons.join().unwrap();
        while let Some(v) = p.try_pop() {
            got.push(v);
        }
        // FIFO among what was received, nothing duplicated, and an item is
        // either removed or received.
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(got, sorted);
        sorted.dedup();
        assert_eq!(sorted.len(), got.len());
        assert_eq!(got.len() + removed, 3);
        assert_eq!(got.contains(&2), removed == 0);
    });
}

#[test]
fn one_producer_one_blocking_consumer_across_chunks() {
    model(|| {
        let p = Arc::new(Pipe::<u32>::new());
        let p1 = p.clone();
        let prod = spawn(move || {
            for i in 1..=5 {
                p1.push(i);
            }
        });
        let got: Vec<u32> = (0..5).map(|_| p.pop_until(None).unwrap()).collect();
        prod.join().unwrap();
        assert_eq!(got, vec![1, 2, 3, 4, 5]);
        assert_eq!(p.try_pop(), None);
        assert_eq!(p.len(), 0);
        assert!(p.chunks() <= 1 + weft::xi::pipe::SPARES);
    });
}
