//! Concurrent stress tests for `list`: appends from many threads must all
//! land exactly once, while lock-free readers index and iterate.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use weft::object::list;
use weft::object::ops;
use weft::object::tuple::{items as tuple_items, new_tuple};
use weft::vm::thread::quiescent;
use weft::Value;

const THREADS: i64 = 8;
const PER_THREAD: i64 = 100_000;
#[cfg(debug_assertions)]
const ITERS: i64 = 10_000;
#[cfg(not(debug_assertions))]
const ITERS: i64 = 60_000;

/// A Value may move between threads (it is Send + Sync).
struct Shared(Value);

fn key_of(v: &Value) -> i64 {
    if let Some(i) = v.as_small_int() {
        return i;
    }
    let t = tuple_items(v).expect("list item is an int or a tuple");
    assert_eq!(t.len(), 2);
    t[0].as_small_int().unwrap() * PER_THREAD + t[1].as_small_int().unwrap()
}

#[test]
fn concurrent_appends_are_all_kept() {
    let l = Arc::new(Shared(list::new_list(Vec::new())));
    let stop = Arc::new(AtomicBool::new(false));
    let mut readers = Vec::new();
    for r in 0..2 {
        let l = l.clone();
        let stop = stop.clone();
        readers.push(thread::spawn(move || {
            let l = &l.0;
            let mut seen = 0u64;
            let mut rounds = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let n = list::len(l);
                if r == 0 {
                    // Random-ish indexing.
                    for k in 0..1000usize {
                        if n == 0 {
                            break;
                        }
                        let i = (k * 7919 + rounds as usize * 104729) % n;
                        if let Some(x) = list::get_item(l, i) {
                            key_of(&x);
                            seen += 1;
                        }
                    }
                } else {
                    // Iterate a prefix through the iterator protocol.
                    let it = ops::iter(l).unwrap();
                    let mut k = 0;
                    while let Some(x) = ops::next(&it).unwrap() {
                        key_of(&x);
                        seen += 1;
                        k += 1;
                        if k % 4096 == 0 {
                            quiescent();
                        }
                        if k > 50_000 {
                            break;
                        }
                    }
                }
                rounds += 1;
                quiescent();
            }
            seen
        }));
    }
    let mut writers = Vec::new();
    for t in 0..THREADS {
        let l = l.clone();
        writers.push(thread::spawn(move || {
            for i in 0..PER_THREAD {
                let v = if i % 10 == 0 {
                    new_tuple(vec![Value::from_i64(t), Value::from_i64(i)])
                } else {
                    Value::from_i64(t * PER_THREAD + i)
                };
                list::append(&l.0, v);
                if i % 1024 == 0 {
                    quiescent();
                }
            }
        }));
    }
    for w in writers {
        w.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let seen: u64 = readers.into_iter().map(|r| r.join().unwrap()).sum();
    assert!(seen > 0);

    let l = &l.0;
    assert_eq!(list::len(l), (THREADS * PER_THREAD) as usize);
    let mut keys = HashSet::new();
    for x in list::snapshot(l) {
        assert!(keys.insert(key_of(&x)), "duplicate item");
    }
    assert_eq!(keys.len(), (THREADS * PER_THREAD) as usize);
    for k in 0..THREADS * PER_THREAD {
        assert!(keys.contains(&k));
    }
    // Per-thread order is preserved (append is atomic and ordered).
    let mut last = vec![-1i64; THREADS as usize];
    for x in list::snapshot(l) {
        let k = key_of(&x);
        let (t, i) = (k / PER_THREAD, k % PER_THREAD);
        assert!(i > last[t as usize]);
        last[t as usize] = i;
    }
    list::clear(l);
    quiescent();
}

#[test]
fn mixed_operations_do_not_crash() {
    let l = Arc::new(Shared(list::new_list((0..1000).map(Value::from_i64).collect())));
    let mut hs = Vec::new();
    for t in 0..6i64 {
        let l = l.clone();
        hs.push(thread::spawn(move || {
            let l = &l.0;
            let mut x: u64 = 0x9E3779B97F4A7C15 ^ (t as u64);
            for i in 0..ITERS {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let n = list::len(l).max(1) as i64;
                let idx = Value::from_i64((x % (2 * n as u64)) as i64 - n / 2);
                match x % 10 {
                    0 | 1 => list::append(l, new_tuple(vec![Value::from_i64(t), Value::from_i64(i)])),
                    2 | 9 => {
                        let _ = list::pop(l, None);
                    }
                    3 => {
                        let _ = ops::setitem(l, &idx, &Value::from_i64(i));
                    }
                    4 | 5 => {
                        let _ = ops::getitem(l, &idx);
                    }
                    6 => {
                        let s = weft::object::slice::new_slice(Value::from_i64(1), Value::from_i64(4), Value::none());
                        if x % 2 == 0 {
                            let _ = ops::getitem(l, &s);
                        } else {
                            let _ = ops::setitem(l, &s, &new_tuple(vec![Value::from_i64(i)]));
                        }
                    }
                    7 => {
                        list::insert(l, (x % 50) as i64, Value::from_i64(-i));
                    }
                    _ => {
                        let _ = list::pop(l, Some(0));
                        let _ = ops::contains(l, &Value::from_i64(i));
                        let it = ops::iter(l).unwrap();
                        for _ in 0..50 {
                            if ops::next(&it).unwrap().is_none() {
                                break;
                            }
                        }
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
    let l = &l.0;
    let n = list::len(l);
    let snap = list::snapshot(l);
    assert_eq!(snap.len(), n);
    for x in &snap {
        assert!(x.is_small_int() || tuple_items(x).is_some());
    }
    list::clear(l);
    quiescent();
}
