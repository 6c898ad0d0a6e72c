//! Loom model: QSBR with batched goal stamps (DESIGN.md#reclamation), the
//! code `gc/qsbr.rs` runs. A writer unlinks two nodes from shared slots and
//! retires both; they get one goal from one `wr_seq` RMW when the batch is
//! stamped (at the writer's next poll). A reader that registered and loaded
//! the old nodes must never see them released before its own quiescent
//! point; a reader that registers late must see the new nodes. Release marks
//! the node (a real release would free it: reading the mark is the use after
//! free the model looks for).
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering::*};
use loom_tests::{model, spawn};
use std::sync::Arc;
use weft::__loom::*;

struct Node {
    released: AtomicBool,
}

fn node() -> usize {
    Box::leak(Box::new(Node { released: AtomicBool::new(false) })) as *const Node as usize
}

/// # Safety
/// `p` is a leaked `Node` (never freed: the mark stands for the release).
unsafe fn release(p: *mut u8) {
    // SAFETY: nodes are leaked, so the pointer stays valid.
    unsafe { &*(p as *const Node) }.released.store(true, Relaxed);
}

fn check(p: usize) {
    // SAFETY: nodes are leaked.
    let n = unsafe { &*(p as *const Node) };
    assert!(!n.released.load(Relaxed), "node released while a reader holds it");
}

fn read(slot: &AtomicUsize) -> usize {
    let p = slot.load(Acquire);
    check(p);
    p
}

#[test]
fn batch_against_reader() {
    model(|| {
        let slots = Arc::new([AtomicUsize::new(node()), AtomicUsize::new(node())]);
        let sw = slots.clone();
        let w = spawn(move || {
            current_tid();
            for s in sw.iter() {
                let old = s.swap(node(), AcqRel);
                qsbr::free_later(old as *mut u8, release);
            }
            // Stamps the batch; releases it if the reader is offline or
            // quiescent since.
            quiescent();
            quiescent();
        });
        let sr = slots.clone();
        let r = spawn(move || {
            current_tid();
            let a = read(&sr[0]);
            let b = read(&sr[1]);
            check(a);
            check(b);
            quiescent();
            read(&sr[0]);
        });
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
    });
}
