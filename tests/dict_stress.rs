//! Real-thread stress of the per-bucket-locked dict (DESIGN.md#dict):
//! 8 threads doing 100,000 mixed inserts, deletes and lookups each on one
//! dict, with disjoint and shared keys, end with exactly the expected
//! content. Run with `cargo test --release --test dict_stress`.

use std::sync::Arc;
use std::thread;

use weft::object::dict::{dict_get, dict_set, new_dict, DictCore};
use weft::object::Value;
use weft::vm::thread::quiescent;

const THREADS: i64 = 8;
const OPS: i64 = 100_000;
const SHARED: i64 = 1_000;
/// Values of this size are heap ints (beyond the tagged range).
const BIG: i64 = 1 << 62;

fn int(i: i64) -> Value {
    Value::from_i64(i)
}

/// Disjoint keys of thread `t`: t * 10^7 + i. Each thread inserts its keys,
/// replaces every 5th with a heap value, deletes every 3rd, and looks
/// everything up as it goes. Shared keys 0..SHARED are set by everyone to
/// the same value and read back.
fn worker(d: &Value, t: i64) {
    let base = (t + 1) * 10_000_000;
    let mut i = 0;
    let mut ops = 0;
    while ops < OPS {
        let k = base + i;
        dict_set(d, int(k), int(k * 2)).unwrap();
        ops += 1;
        if i % 5 == 0 {
            dict_set(d, int(k), int(BIG + k)).unwrap();
            ops += 1;
        }
        let got = dict_get(d, &int(k)).unwrap().expect("own key present");
        let want = if i % 5 == 0 { BIG + k } else { k * 2 };
        assert_eq!(weft::object::int::to_i64(&got), Some(want));
        ops += 1;
        if i % 3 == 0 {
            weft::object::dict::dict_del(d, &int(k)).unwrap();
            assert!(dict_get(d, &int(k)).unwrap().is_none());
            ops += 2;
        }
        let s = (i * 7 + t) % SHARED;
        dict_set(d, int(s), int(BIG + s)).unwrap();
        if let Some(v) = dict_get(d, &int((s + 1) % SHARED)).unwrap() {
            assert_eq!(weft::object::int::to_i64(&v), Some(BIG + (s + 1) % SHARED));
        }
        ops += 2;
        i += 1;
        if i % 1024 == 0 {
            quiescent();
        }
    }
}

fn keys_written(t: i64) -> i64 {
    // Replays worker's op counting to know how many keys thread t wrote.
    let mut i = 0;
    let mut ops = 0;
    while ops < OPS {
        ops += 1;
        if i % 5 == 0 {
            ops += 1;
        }
        ops += 1;
        if i % 3 == 0 {
            ops += 2;
        }
        ops += 2;
        i += 1;
    }
    let _ = t;
    i
}

#[test]
fn eight_threads_mixed_ops_on_one_dict() {
    let d = new_dict();
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let d = d.clone();
            thread::spawn(move || worker(&d, t))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let core: &DictCore = weft::object::dict::core(&d).unwrap();
    let mut expected = 0usize;
    for t in 0..THREADS {
        let base = (t + 1) * 10_000_000;
        for i in 0..keys_written(t) {
            let k = base + i;
            let got = core.get(&int(k)).unwrap();
            if i % 3 == 0 {
                assert!(got.is_none(), "deleted key {k} present");
            } else {
                expected += 1;
                let want = if i % 5 == 0 { BIG + k } else { k * 2 };
                assert_eq!(got.and_then(|v| weft::object::int::to_i64(&v)), Some(want), "key {k}");
            }
        }
    }
    for s in 0..SHARED {
        let got = core.get(&int(s)).unwrap().expect("shared key present");
        assert_eq!(weft::object::int::to_i64(&got), Some(BIG + s));
        expected += 1;
    }
    assert_eq!(core.len(), expected);
    assert_eq!(core.items().len(), expected);
    // insertion order: each thread's surviving keys appear in its order
    let mut last = vec![-1i64; THREADS as usize];
    for (k, _) in core.items() {
        let k = weft::object::int::to_i64(&k).unwrap();
        if k >= 10_000_000 {
            let t = (k / 10_000_000 - 1) as usize;
            assert!(k > last[t], "order broken for thread {t}");
            last[t] = k;
        }
    }
}

#[test]
fn setdefault_is_atomic() {
    let d = Arc::new(DictCore::new());
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let d = d.clone();
            thread::spawn(move || {
                let mut won = Vec::new();
                for k in 0..20_000 {
                    let v = d.setdefault(int(k), int(BIG + t)).unwrap();
                    if weft::object::int::to_i64(&v) == Some(BIG + t) {
                        won.push(k);
                    }
                    if k % 1024 == 0 {
                        quiescent();
                    }
                }
                won
            })
        })
        .collect();
    let mut total = 0;
    for h in handles {
        total += h.join().unwrap().len();
    }
    // every key was won by exactly one thread
    assert_eq!(total, 20_000);
    assert_eq!(d.len(), 20_000);
}

#[test]
fn readers_during_resizes_never_miss() {
    let d = Arc::new(DictCore::new());
    for k in 0..100 {
        d.set(int(k), int(BIG + k)).unwrap();
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    // The writer starts once every reader runs, so the reads overlap the
    // resizes even on a loaded machine; each reader makes at least one pass.
    let started = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (d, stop, started) = (d.clone(), stop.clone(), started.clone());
            thread::spawn(move || {
                let mut n = 0u64;
                started.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                loop {
                    let last = stop.load(std::sync::atomic::Ordering::Relaxed);
                    for k in 0..100 {
                        let v = d.get(&int(k)).unwrap().expect("stable key visible during resize");
                        assert_eq!(weft::object::int::to_i64(&v), Some(BIG + k));
                        n += 1;
                    }
                    quiescent();
                    if last {
                        break;
                    }
                }
                n
            })
        })
        .collect();
    while started.load(std::sync::atomic::Ordering::Relaxed) < 3 {
        thread::yield_now();
    }
    for round in 0..20 {
        for k in 0..5_000 {
            d.set(int(1_000 + k), int(k)).unwrap();
        }
        for k in 0..5_000 {
            d.remove(&int(1_000 + k)).unwrap();
        }
        let _ = round;
        quiescent();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for r in readers {
        assert!(r.join().unwrap() > 0);
    }
    assert_eq!(d.len(), 100);
}
