//! Loom models: the per-bucket-locked dict (DESIGN.md#dict).
//! (b) two writers on different buckets and a lock-free reader of a third
//! key; (c) a writer forcing a resize while a reader reads; plus a
//! replace racing a read (try-incref-recheck of values).
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom_tests::{int, model, spawn};
use weft::__loom::*;

struct Payload(#[allow(dead_code)] u64);

fn obj(n: u64) -> Value {
    PyObject::alloc(leak_type::<Payload>("payload"), Payload(n))
}

#[test]
fn two_writers_one_reader() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        let v3 = obj(3);
        d.set(int(3), v3.clone()).unwrap();
        d.mark_shared();
        let (d1, d2, d3) = (d.clone(), d.clone(), d.clone());
        // keys 1 and 2 hash to different bucket locks (2 locks at 8 slots:
        // the lowest hash bit, rule 1d)
        let w1 = spawn(move || d1.set(int(1), int(10)).unwrap());
        let w2 = spawn(move || d2.set(int(2), int(20)).unwrap());
        let v3c = v3.clone();
        let r = spawn(move || {
            let r = d3.get(&int(3)).unwrap().expect("key 3 present");
            assert!(r.is(&v3c));
        });
        r.join().unwrap();
        w1.join().unwrap();
        w2.join().unwrap();
        assert_eq!(d.len(), 3);
        assert!(d.get(&int(1)).unwrap().unwrap().is(&int(10)));
        assert!(d.get(&int(2)).unwrap().unwrap().is(&int(20)));
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(keys[0], 3);
        assert_eq!(keys.len(), 3);
    });
}

#[test]
fn resize_while_reading() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        // 8 slots hold 5 entries: 5 items fill the table, the 6th resizes.
        let v0 = obj(0);
        d.set(int(0), v0.clone()).unwrap();
        for i in 1..5 {
            d.set(int(i), int(i * 10)).unwrap();
        }
        d.mark_shared();
        let dw = d.clone();
        let w = spawn(move || {
            dw.set(int(5), int(50)).unwrap();
        });
        let (dr, v0c) = (d.clone(), v0.clone());
        let r = spawn(move || {
            let r = dr.get(&int(0)).unwrap().expect("key 0 survives the resize");
            assert!(r.is(&v0c));
            let r4 = dr.get(&int(4)).unwrap().expect("key 4 survives the resize");
            assert!(r4.is(&int(40)));
            let _maybe = dr.get(&int(5)).unwrap();
        });
        r.join().unwrap();
        w.join().unwrap();
        assert_eq!(d.len(), 6);
        for i in 0..6 {
            assert!(d.get(&int(i)).unwrap().is_some());
        }
    });
}

#[test]
fn replace_while_reading() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        let old = obj(1);
        d.mark_shared();
        d.set(int(7), old.clone()).unwrap();
        drop(old);
        let new = obj(2);
        let new_raw = new.raw();
        let dw = d.clone();
        let w = spawn(move || {
            // drops the old value: the reader may be try-increfing it
            dw.set(int(7), new).unwrap();
            quiescent();
        });
        let dr = d.clone();
        let r = spawn(move || {
            let r = dr.get(&int(7)).unwrap().expect("key 7 present");
            drop(r);
            quiescent();
        });
        r.join().unwrap();
        w.join().unwrap();
        assert_eq!(d.get(&int(7)).unwrap().unwrap().raw(), new_raw);
    });
}

#[test]
fn delete_and_reinsert_keeps_order() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        for i in 0..3 {
            d.set(int(i), int(i)).unwrap();
        }
        let dw = d.clone();
        let w = spawn(move || {
            dw.remove(&int(0)).unwrap();
            dw.set(int(0), int(100)).unwrap();
        });
        let dr = d.clone();
        let r = spawn(move || {
            let _ = dr.get(&int(1)).unwrap().expect("key 1 untouched");
            let _ = dr.get(&int(0)).unwrap();
        });
        r.join().unwrap();
        w.join().unwrap();
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(keys, vec![1, 2, 0]);
    });
}

/// Rule 1b: a padded table (16 slots under loom), two writers of different
/// bucket locks, one inserting and one deleting, share only the table's
/// counters; a lock-free `len` never sees a count outside the possible
/// range, and the count is exact once both are done.
#[test]
fn padded_counters_insert_and_delete() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::with_capacity(10));
        for i in 0..3 {
            d.set(int(i), int(i)).unwrap();
        }
        d.mark_shared();
        let (d1, d2, d3) = (d.clone(), d.clone(), d.clone());
        // 4 bucket locks (the two low hash bits, rule 1d): keys 5 and 2
        // take different ones.
        let w1 = spawn(move || d1.set(int(5), int(50)).unwrap());
        let w2 = spawn(move || {
            assert!(d2.remove(&int(2)).unwrap().is_some());
        });
        let r = spawn(move || {
            let n = d3.len();
            assert!((2..=4).contains(&n), "len {n}");
            let _ = d3.get(&int(5)).unwrap();
        });
        r.join().unwrap();
        w1.join().unwrap();
        w2.join().unwrap();
        assert_eq!(d.len(), 3);
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(keys, vec![0, 1, 5]);
    });
}

/// Rule 1e: two threads remove different keys of a padded table, each
/// counting on its own removal stripe, while a third reads `len` lock-free
/// (stripes, then `used` re-checked) and an item: `len` is always a length
/// the table had (3, 2 or 1: no insertion runs), and exact at the end.
#[test]
fn padded_removal_stripes() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::with_capacity(10));
        for i in 0..3 {
            d.set(int(i), int(i)).unwrap();
        }
        d.mark_shared();
        let (d1, d2, d3) = (d.clone(), d.clone(), d.clone());
        let w1 = spawn(move || assert!(d1.remove(&int(1)).unwrap().is_some()));
        let w2 = spawn(move || assert!(d2.remove(&int(2)).unwrap().is_some()));
        let r = spawn(move || {
            let a = d3.len();
            assert!((1..=3).contains(&a), "len {a}");
            let b = d3.len();
            assert!(b <= a, "len went up from {a} to {b} with only removals running");
        });
        r.join().unwrap();
        w1.join().unwrap();
        w2.join().unwrap();
        assert_eq!(d.len(), 1);
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(keys, vec![0]);
    });
}

/// Rule 1e with an insertion: one thread inserts, another removes, a
/// third reads `len` twice; every reading lies in the range of lengths the
/// table passed through (the re-read of `used` around the stripes).
#[test]
fn padded_len_is_a_length_the_table_had() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::with_capacity(10));
        for i in 0..2 {
            d.set(int(i), int(i)).unwrap();
        }
        d.mark_shared();
        let (d1, d2, d3) = (d.clone(), d.clone(), d.clone());
        // the remover first deletes key 1, then inserts key 9: lengths 2, 1, 2
        let w = spawn(move || {
            assert!(d1.remove(&int(1)).unwrap().is_some());
            d1.set(int(9), int(9)).unwrap();
        });
        let w2 = spawn(move || assert!(d2.remove(&int(0)).unwrap().is_some()));
        let r = spawn(move || {
            let n = d3.len();
            assert!(n <= 2, "len {n} is more than the table ever held");
        });
        r.join().unwrap();
        w.join().unwrap();
        w2.join().unwrap();
        assert_eq!(d.len(), 1);
    });
}

/// Rule 1c: a table with blocks and an order array (16 slots under loom,
/// one stripe, blocks of 2 entries). Two writers of different bucket locks
/// insert at once, so they share the stripe's block cursor and order
/// buffer (serialised by the stripe's lock since session 9, rule 1f) and
/// one of them claims a new block. No entry is handed out twice, every
/// item keeps its value, and the order is the old items then the new
/// ones. (An iterator racing the writers is
/// `buffered_order_records_seen_by_an_iterator`: with a third thread here
/// the stripe lock's spinning exceeds loom's branch limit.)
#[test]
fn blocks_two_writers_one_stripe() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::with_capacity(10));
        for i in 0..3 {
            d.set(int(i), int(i * 10)).unwrap();
        }
        d.mark_shared();
        let (d1, d2) = (d.clone(), d.clone());
        // 4 bucket locks (two low hash bits): keys 5 and 6 take different ones.
        let w1 = spawn(move || d1.set(int(5), int(50)).unwrap());
        let w2 = spawn(move || d2.set(int(6), int(60)).unwrap());
        w1.join().unwrap();
        w2.join().unwrap();
        assert_eq!(d.len(), 5);
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(&keys[..3], &[0, 1, 2]);
        assert!(keys[3..] == [5, 6] || keys[3..] == [6, 5]);
        for k in [5, 6] {
            assert!(d.get(&int(k)).unwrap().unwrap().is(&int(k * 10)));
        }
    });
}

/// Rule 1c (session 9): order records wait in their stripe's buffer (2
/// under loom) and are copied into the order array when it fills. The
/// writer's first insertion fills the buffer (3 old items left one record
/// in it) and copies both records into `order`; its second stays buffered;
/// then it raises a flag. A lock-free iterator racing the copy never sees
/// an item twice or out of order, and once it sees the flag it sees both
/// new items (a finished insertion is found in the buffer or, if copied
/// and cleared meanwhile, in `order`).
#[test]
fn buffered_order_records_seen_by_an_iterator() {
    use loom::sync::atomic::{AtomicBool, Ordering::*};
    model(|| {
        let d = std::sync::Arc::new(DictCore::with_capacity(10));
        for i in 0..3 {
            d.set(int(i), int(i * 10)).unwrap();
        }
        d.mark_shared();
        let done = std::sync::Arc::new(AtomicBool::new(false));
        let (dw, dw_done) = (d.clone(), done.clone());
        let w = spawn(move || {
            dw.set(int(5), int(50)).unwrap();
            dw.set(int(6), int(60)).unwrap();
            dw_done.store(true, Release);
        });
        let (dr, dr_done) = (d.clone(), done.clone());
        let r = spawn(move || {
            let finished = dr_done.load(Acquire);
            let mut seen = Vec::new();
            let mut pos = 0;
            while let Some((next, k, v)) = dr.next_item(pos) {
                let k = k.as_small_int().unwrap();
                assert_eq!(v.as_small_int().unwrap(), k * 10);
                seen.push(k);
                pos = next;
            }
            assert_eq!(&seen[..3], &[0, 1, 2]);
            assert!(seen[3..].windows(2).all(|w| w[0] < w[1]));
            assert!(seen[3..].iter().all(|k| *k == 5 || *k == 6));
            if finished {
                assert_eq!(&seen[3..], &[5, 6], "a finished insertion was skipped");
            }
        });
        r.join().unwrap();
        w.join().unwrap();
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
        assert_eq!(keys, [0, 1, 2, 5, 6]);
    });
}
