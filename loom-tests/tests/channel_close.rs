//! Loom models of the channel protocols (`xi::gate`, DESIGN.md#channels-and-queues):
//! close racing two senders and a receiver — every item is either refused
//! (the sender sees "closed") or received exactly once, recv after close
//! drains and then reports closed, nobody deadlocks — and a blocking
//! send's receipt racing the sender's cancel (timeout) or a forced close.
//! The crossbeam pipe is modelled by a mutex-guarded deque (crossbeam
//! itself is not loom-instrumented); the gate and receipt code is the
//! production code.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use std::collections::VecDeque;

use loom::sync::{Arc, Mutex};
use loom_tests::{model, spawn};
use weft::xi::gate::{Ack, AckState, CloseGate, Popped};

struct Chan {
    gate: CloseGate,
    pipe: Mutex<VecDeque<u32>>,
}

impl Chan {
    fn new() -> Chan {
        Chan { gate: CloseGate::new(), pipe: Mutex::new(VecDeque::new()) }
    }
    fn send(&self, v: u32) -> bool {
        self.gate.push(|| self.pipe.lock().unwrap().push_back(v))
    }
    fn try_recv(&self) -> Popped<u32> {
        self.gate.pop(|| self.pipe.lock().unwrap().pop_front())
    }
    /// A blocking recv: spins (yielding to the model) while open and empty.
    fn recv(&self) -> Option<u32> {
        loop {
            match self.try_recv() {
                Popped::Item(v) => return Some(v),
                Popped::Closed => return None,
                Popped::Empty => loom::thread::yield_now(),
            }
        }
    }
}

#[test]
fn close_races_two_senders_and_a_receiver() {
    model(|| {
        let c = Arc::new(Chan::new());
        let senders: Vec<_> = (1..=2u32)
            .map(|v| {
                let c = c.clone();
                spawn(move || if c.send(v) { Some(v) } else { None })
            })
            .collect();
        let rc = c.clone();
        let receiver = spawn(move || {
            let mut got = Vec::new();
            while let Some(v) = rc.recv() {
                got.push(v);
            }
            // After "closed", it stays closed and drained.
            assert_eq!(rc.try_recv(), Popped::Closed);
            got
        });
        assert!(c.gate.close());
        assert!(!c.send(9), "a send after close must be refused");
        let mut sent: Vec<u32> = senders.into_iter().filter_map(|h| h.join().unwrap()).collect();
        let mut got = receiver.join().unwrap();
        sent.sort();
        got.sort();
        assert_eq!(sent, got, "sent items must be received exactly once");
        assert!(c.pipe.lock().unwrap().is_empty());
    });
}

#[test]
fn recv_after_close_drains_then_reports_closed() {
    model(|| {
        let c = Arc::new(Chan::new());
        assert!(c.send(1));
        let c2 = c.clone();
        let s = spawn(move || c2.send(2));
        let c3 = c.clone();
        let closer = spawn(move || c3.gate.close());
        let second = s.join().unwrap();
        assert!(closer.join().unwrap());
        assert_eq!(c.try_recv(), Popped::Item(1));
        if second {
            assert_eq!(c.try_recv(), Popped::Item(2));
        }
        assert_eq!(c.try_recv(), Popped::Closed);
    });
}

#[test]
fn receipt_races_cancel() {
    model(|| {
        let ack = Arc::new(Ack::new());
        let a2 = ack.clone();
        // The receiver pops the item and claims it.
        let r = spawn(move || a2.receive());
        // The sender times out and withdraws.
        let end = ack.cancel();
        let delivered = r.join().unwrap();
        match end {
            AckState::Cancelled => assert!(!delivered, "a withdrawn item must not be delivered"),
            AckState::Received => assert!(delivered),
            s => panic!("unexpected {:?}", s),
        }
        assert_eq!(ack.state(), end);
    });
}

#[test]
fn blocked_sender_wakes_on_receipt_or_drop() {
    model(|| {
        let ack = Arc::new(Ack::new());
        let (a2, a3) = (ack.clone(), ack.clone());
        let r = spawn(move || a2.receive());
        // A forced close discarding the item races the receiver.
        let d = spawn(move || a3.drop_item());
        let end = ack.wait(None);
        let delivered = r.join().unwrap();
        d.join().unwrap();
        match end {
            AckState::Received => assert!(delivered),
            AckState::Dropped => assert!(!delivered),
            s => panic!("unexpected {:?}", s),
        }
    });
}
