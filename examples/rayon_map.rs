//! Maps a Python function over a batch on a rayon thread pool through the
//! embedding API (`weft::embed`): the shape of a Rust program that already
//! parallelises with rayon and hands each item to Python. Every pool thread
//! attaches to the runtime on its first call; the calls run at once (no
//! global lock), and every result is checked against the same computation
//! in Rust. A second pass folds per-item Python results with rayon's
//! `reduce`, and a third shows a Python exception from one item coming back
//! as the batch's error.
//! Run: `cargo run --release --example rayon_map`

use rayon::prelude::*;

use weft::embed::{PyError, Runtime};

const ITEMS: i64 = 20_000;
const POOL_THREADS: usize = 4;

const SOURCE: &str = r#"
import math

WEIGHTS = {"a": 3, "b": 5, "c": 7}

def score(n):
    # digits, a dict lookup, a string built and measured: ordinary work
    digits = sum(int(d) for d in str(n))
    key = "abc"[n % 3]
    label = f"{key}-{n:x}"
    return digits * WEIGHTS[key] + len(label) + math.isqrt(n)

def check(n):
    if n == 12345:
        raise ValueError(f"bad item {n}")
    return n
"#;

fn score(n: i64) -> i64 {
    let digits: i64 = n.to_string().bytes().map(|b| i64::from(b - b'0')).sum();
    let (key, weight) = [("a", 3), ("b", 5), ("c", 7)][(n % 3) as usize];
    let label = format!("{key}-{n:x}");
    digits * weight + label.len() as i64 + (n as f64).sqrt().floor() as i64
}

fn main() -> Result<(), PyError> {
    let rt = Runtime::new();
    rt.exec(SOURCE)?;
    let py_score = rt.get("score")?;
    let py_check = rt.get("check")?;

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(POOL_THREADS)
        .build()
        .expect("rayon pool");

    pool.install(|| -> Result<(), PyError> {
        // 1. par_iter().map(): one Python call per item, results in order.
        let items: Vec<i64> = (1..=ITEMS).collect();
        let scores: Vec<i64> = items
            .par_iter()
            .map(|&n| py_score.call((n,))?.extract::<i64>())
            .collect::<Result<_, _>>()?;
        for (n, s) in items.iter().zip(&scores) {
            assert_eq!(*s, score(*n), "score({n})");
        }

        // 2. map + reduce: the total over every item.
        let total = items
            .par_iter()
            .map(|&n| py_score.call((n,))?.extract::<i64>())
            .try_reduce(|| 0, |a, b| Ok(a + b))?;
        assert_eq!(total, items.iter().map(|&n| score(n)).sum::<i64>());

        // 3. One item raises: the batch fails with that Python exception.
        let err = items
            .par_iter()
            .map(|&n| py_check.call((n,)).map(|_| ()))
            .collect::<Result<Vec<()>, PyError>>()
            .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: bad item 12345");
        assert!(err.traceback.contains("in check"), "{}", err.traceback);

        println!("{POOL_THREADS} rayon threads scored {ITEMS} items in Python; every result checked; total {total}");
        println!("the failing item came back as: {err}");
        Ok(())
    })
}
