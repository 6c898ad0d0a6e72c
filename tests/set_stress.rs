//! Concurrent stress tests for `set`: adds and discards from many threads
//! with concurrent readers (`in`, iteration) must keep the set exact.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use weft::error::ExcKind;
use weft::object::ops;
use weft::object::set;
use weft::object::tuple::new_tuple;
use weft::vm::thread::quiescent;
use weft::Value;

const THREADS: i64 = 8;
#[cfg(debug_assertions)]
const PER_THREAD: i64 = 10_000;
#[cfg(not(debug_assertions))]
const PER_THREAD: i64 = 100_000;

struct Shared(Value);

fn item(t: i64, i: i64) -> Value {
    if i % 8 == 0 {
        new_tuple(vec![Value::from_i64(t), Value::from_i64(i)])
    } else {
        Value::from_i64(t * PER_THREAD + i)
    }
}

#[test]
fn concurrent_add_discard_exact() {
    let s = Arc::new(Shared(set::new_set(Vec::new()).unwrap()));
    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let s = s.clone();
        let stop = stop.clone();
        thread::spawn(move || {
            let s = &s.0;
            let (mut hits, mut size_changes) = (0u64, 0u64);
            let mut k = 0i64;
            while !stop.load(Ordering::Relaxed) {
                k += 1;
                if set::contains(s, &item(k % THREADS, k % PER_THREAD)).unwrap() {
                    hits += 1;
                }
                if k % 5000 == 0 {
                    let it = ops::iter(s).unwrap();
                    loop {
                        match ops::next(&it) {
                            Ok(Some(_)) => {}
                            Ok(None) => break,
                            Err(e) => {
                                assert!(e.is(ExcKind::RuntimeError));
                                assert_eq!(e.msg, "Set changed size during iteration");
                                size_changes += 1;
                                break;
                            }
                        }
                    }
                }
                if k % 512 == 0 {
                    quiescent();
                }
            }
            (hits, size_changes)
        })
    };
    let mut writers = Vec::new();
    for t in 0..THREADS {
        let s = s.clone();
        writers.push(thread::spawn(move || {
            let s = &s.0;
            for i in 0..PER_THREAD {
                set::add(s, item(t, i)).unwrap();
                // Re-adding an equal (not identical) value is a no-op.
                if i % 97 == 0 {
                    set::add(s, item(t, i)).unwrap();
                }
                if i % 1024 == 0 {
                    quiescent();
                }
            }
            // Discard the odd ones again.
            for i in (1..PER_THREAD).step_by(2) {
                assert!(set::discard(s, &item(t, i)).unwrap());
                if i % 1025 == 0 {
                    quiescent();
                }
            }
        }));
    }
    for w in writers {
        w.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    reader.join().unwrap();
    let s = &s.0;
    assert_eq!(set::len(s), (THREADS * PER_THREAD / 2) as usize);
    assert_eq!(set::keys(s).len(), set::len(s));
    for t in 0..THREADS {
        for i in 0..PER_THREAD {
            assert_eq!(set::contains(s, &item(t, i)).unwrap(), i % 2 == 0, "t={} i={}", t, i);
        }
    }
    set::clear(s).unwrap();
    quiescent();
}

#[test]
fn mixed_set_operations_do_not_crash() {
    let s = Arc::new(Shared(set::new_set((0..500).map(Value::from_i64).collect()).unwrap()));
    let mut hs = Vec::new();
    for t in 0..4i64 {
        let s = s.clone();
        hs.push(thread::spawn(move || {
            let s = &s.0;
            let mut x: u64 = 0x2545F4914F6CDD1D ^ (t as u64 * 7);
            for i in 0..PER_THREAD / 2 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let k = (x % 1000) as i64;
                match x % 7 {
                    0 | 1 => set::add(s, item(k % 4, k)).unwrap(),
                    2 | 3 => {
                        set::discard(s, &item(k % 4, k)).unwrap();
                    }
                    4 => {
                        let _ = set::pop(s);
                    }
                    5 => {
                        let other = set::new_set(vec![Value::from_i64(k), Value::from_i64(k + 1)]).unwrap();
                        let _ = set::union(s, &[other.clone()]).unwrap();
                        let _ = set::issubset(&other, s).unwrap();
                        if i % 64 == 0 {
                            set::update(s, &[other]).unwrap();
                        }
                    }
                    _ => {
                        let _ = set::contains(s, &Value::from_i64(k)).unwrap();
                        let _ = set::copy(s);
                    }
                }
                if i % 256 == 0 {
                    quiescent();
                }
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    let s = &s.0;
    assert_eq!(set::keys(s).len(), set::len(s));
    set::clear(s).unwrap();
    quiescent();
}
