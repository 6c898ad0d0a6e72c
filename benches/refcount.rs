//! Owner-path incref+decref against a plain non-atomic counter and an
//! atomic read-modify-write (DESIGN.md#biased-reference-counting has the
//! figures). Run: `cargo bench --bench refcount`.

use std::cell::Cell;
use std::hint::black_box;
use std::sync::atomic::{AtomicU32, Ordering};

use weft::Value;

fn main() {
    divan::main();
}

const N: usize = 1000;

/// A heap object owned by this thread (an int beyond the tagged range).
fn heap_obj() -> Value {
    Value::from_i64(i64::MAX)
}

#[divan::bench]
fn owner_incref_decref(b: divan::Bencher) {
    let v = heap_obj();
    let h = black_box(v.header().unwrap());
    b.bench_local(|| {
        for _ in 0..N {
            h.incref();
            // SAFETY: balances the incref just above.
            unsafe { h.decref() };
        }
    });
}

#[divan::bench]
fn value_clone_drop(b: divan::Bencher) {
    let v = heap_obj();
    b.bench_local(|| {
        for _ in 0..N {
            let c = black_box(&v).clone();
            drop(black_box(c));
        }
    });
}

#[divan::bench]
fn plain_counter(b: divan::Bencher) {
    let c = Cell::new(1u32);
    let c = black_box(&c);
    b.bench_local(|| {
        for _ in 0..N {
            c.set(black_box(c.get() + 1));
            c.set(black_box(c.get() - 1));
        }
    });
}

#[divan::bench]
fn atomic_rmw(b: divan::Bencher) {
    let c = AtomicU32::new(1);
    let c = black_box(&c);
    b.bench_local(|| {
        for _ in 0..N {
            c.fetch_add(1, Ordering::Relaxed);
            c.fetch_sub(1, Ordering::Release);
        }
    });
}

#[divan::bench]
fn non_owner_shared_path(b: divan::Bencher) {
    // Made by another thread: this thread counts in the shared field.
    let v = std::thread::spawn(heap_obj).join().unwrap();
    let h = black_box(v.header().unwrap());
    h.incref(); // keep one shared reference so decref never queues
    b.bench_local(|| {
        for _ in 0..N {
            h.incref();
            // SAFETY: balances the incref just above.
            unsafe { h.decref() };
        }
    });
}
