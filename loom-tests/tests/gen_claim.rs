//! Loom model: a generator's suspended state is owned by whoever holds its
//! claim (`sync::ClaimCell`, DESIGN.md#eval-loop): a resume takes the claim
//! with one compare-exchange and the yield gives it back with a store, without a lock.
//! Two threads resuming the same "generator" never both get in: one wins,
//! the other is told it is already executing, and every state change of a
//! winner is seen by the next winner.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom_tests::{model, spawn};
use weft::sync::ClaimCell;

#[test]
fn one_resumer_at_a_time() {
    model(|| {
        // (resumes so far, the value the last resume left)
        let g = std::sync::Arc::new(ClaimCell::new((0u32, 0u32)));
        let hs: Vec<_> = (0..2u32)
            .map(|t| {
                let g = g.clone();
                spawn(move || {
                    if !g.try_claim() {
                        return false; // "generator already executing"
                    }
                    // SAFETY: we hold the claim (taken just above).
                    let st = unsafe { g.claimed_mut() };
                    // The frame runs: a read and a later write, as a resume
                    // moves the words in and the yield moves them back.
                    let n = st.0;
                    st.1 = t + 1;
                    st.0 = n + 1;
                    g.release();
                    true
                })
            })
            .collect();
        let ran: u32 = hs.into_iter().map(|h| h.join().unwrap() as u32).sum();
        assert!(ran >= 1);
        // A reader that claims (gi_yieldfrom) sees a consistent state.
        assert!(!g.is_claimed(), "claimed after join, ran={}", ran);
        let seen = g.try_with(|s| *s).expect("no holder is left");
        assert_eq!(seen.0, ran);
        assert!(seen.1 == 1 || seen.1 == 2);
    });
}

#[test]
fn a_claim_orders_the_holders_writes() {
    model(|| {
        let g = std::sync::Arc::new(ClaimCell::new(0u32));
        assert!(g.try_claim());
        let g2 = g.clone();
        let h = spawn(move || {
            // Either the holder still has the claim, or it gave it back and
            // its write is visible (Acquire compare-exchange after the Release store).
            g2.try_with(|v| *v)
        });
        // SAFETY: the claim was taken above and is released below.
        unsafe { g.with_claimed(|v| *v = 7) };
        g.release();
        let r = h.join().unwrap();
        assert!(r.is_none() || r == Some(7), "{:?}", r);
    });
}
