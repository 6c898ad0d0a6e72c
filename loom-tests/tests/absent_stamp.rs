//! Loom models: the dict's absent-key stamps (DESIGN.md#dict rule 8), which
//! LOAD_GLOBAL keeps for a builtin name so it skips probing the globals. An
//! insertion bumps the stamp after publishing its entry; a reader takes the
//! stamp (Acquire) before the lookup that misses. Checked: (a) a reader's
//! stamp-then-miss racing an insertion of that key never leaves a stamp
//! that still matches once the insertion is done (the cached "absent"
//! cannot outlive the insert); (b) a reader that learns of a finished
//! insertion through another flag (happens-before) sees the stamp changed.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::atomic::{AtomicBool, Ordering::*};
use loom_tests::{int, model, spawn};
use weft::__loom::*;

#[test]
fn stamp_then_miss_races_an_insert() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        d.set(int(1), int(10)).unwrap();
        d.mark_shared();
        let dw = d.clone();
        let w = spawn(move || {
            dw.set(int(2), int(20)).unwrap();
        });
        let dr = d.clone();
        let r = spawn(move || {
            let s = dr.absent_stamp_init().expect("a fresh dict has a stamp");
            // The reader keeps the stamp only if the key was absent.
            match dr.get(&int(2)).unwrap() {
                None => Some(s),
                Some(v) => {
                    assert!(v.is(&int(20)));
                    None
                }
            }
        });
        let kept = r.join().unwrap();
        w.join().unwrap();
        if let Some(s) = kept {
            assert_ne!(d.absent_stamp(), Some(s), "a stamp taken before a miss outlived the insertion");
        }
        assert!(d.get(&int(2)).unwrap().is_some());
    });
}

#[test]
fn finished_insert_changes_the_stamp() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        d.set(int(1), int(10)).unwrap();
        d.mark_shared();
        let s = d.absent_stamp_init().expect("stamp");
        assert!(d.get(&int(3)).unwrap().is_none());
        let done = std::sync::Arc::new(AtomicBool::new(false));
        let (dw, dw_done) = (d.clone(), done.clone());
        let w = spawn(move || {
            dw.set(int(3), int(30)).unwrap();
            dw_done.store(true, Release);
        });
        let (dr, dr_done) = (d.clone(), done.clone());
        let r = spawn(move || {
            if dr_done.load(Acquire) {
                // The insert happened-before: the cached "absent" must fail.
                assert_ne!(dr.absent_stamp(), Some(s));
                assert!(dr.get(&int(3)).unwrap().is_some());
            } else if dr.absent_stamp() == Some(s) {
                // Still valid: the insert is not finished; either answer
                // of a lookup is a legal linearisation.
                let _ = dr.get(&int(3)).unwrap();
            }
        });
        r.join().unwrap();
        w.join().unwrap();
        assert_ne!(d.absent_stamp(), Some(s));
    });
}
