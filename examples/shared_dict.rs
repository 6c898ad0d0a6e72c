//! N threads mutate one dict at once: per-bucket locks for writers,
//! lock-free readers, biased refcounting for the values.
//! Run: `cargo run --release --example shared_dict`

use std::thread;

use weft::object::dict::{dict_get, dict_set, new_dict};
use weft::object::int::to_i64;
use weft::Value;

fn main() {
    let d = new_dict();
    let threads = 4;
    let per_thread = 50_000i64;
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let d = d.clone();
            thread::spawn(move || {
                for i in 0..per_thread {
                    let k = t * per_thread + i;
                    // values beyond the tagged range are heap objects
                    dict_set(&d, Value::from_i64(k), Value::from_i64(i64::MAX - k)).unwrap();
                    if i % 1000 == 0 {
                        weft::vm::thread::quiescent();
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let n = weft::object::ops::len(&d).unwrap();
    assert_eq!(n as i64, threads * per_thread);
    for k in [0, 1, per_thread * threads - 1] {
        let v = dict_get(&d, &Value::from_i64(k)).unwrap().unwrap();
        assert_eq!(to_i64(&v), Some(i64::MAX - k));
    }
    println!("{threads} threads inserted {n} items into one dict");
}
