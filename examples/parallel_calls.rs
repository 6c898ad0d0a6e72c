//! Calls Python functions from 8 Rust threads at once through the
//! embedding API (`weft::embed`) and checks every result.
//! Run: `cargo run --release --example parallel_calls`

use std::thread;

use weft::embed::{PyError, Runtime};

const THREADS: i64 = 8;
const CALLS: i64 = 2_000;

const SOURCE: &str = r#"
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def describe(name, values):
    return f"{name}: {len(values)} values, sum {sum(values)}"

class Counter:
    def __init__(self):
        self.hits = {}

    def hit(self, key):
        # dict.setdefault and list.append are atomic, so no hit is lost.
        self.hits.setdefault(key, []).append(1)

counter = Counter()
results = []

def record(tid, i):
    counter.hit(tid)
    results.append((tid, i))
    return fib(i % 90)

def fails(x):
    return 1 // x
"#;

fn fib(n: i64) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a + b);
    }
    a
}

fn main() -> Result<(), PyError> {
    let rt = Runtime::new();
    rt.exec(SOURCE)?;
    let record = rt.get("record")?;
    let describe = rt.get("describe")?;
    let fails = rt.get("fails")?;

    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let (record, describe, fails) = (record.clone(), describe.clone(), fails.clone());
            thread::spawn(move || -> Result<u64, PyError> {
                let mut checked = 0;
                for i in 0..CALLS {
                    let v: u64 = record.call((t, i))?.extract()?;
                    assert_eq!(v, fib(i % 90), "thread {t} call {i}");
                    checked += 1;
                }
                let vals: Vec<i64> = (0..=t).collect();
                let s: String = describe.call((format!("t{t}"), vals))?.extract()?;
                assert_eq!(s, format!("t{t}: {} values, sum {}", t + 1, t * (t + 1) / 2));
                // A Python exception comes back as a Rust error.
                let e = fails.call((0,)).unwrap_err();
                assert_eq!(e.to_string(), "ZeroDivisionError: integer division or modulo by zero");
                assert!(e.traceback.contains("in fails"), "{}", e.traceback);
                Ok(checked)
            })
        })
        .collect();
    let mut total = 0;
    for w in workers {
        total += w.join().expect("worker thread panicked")?;
    }

    let n: usize = rt.eval("len(results)")?.extract()?;
    assert_eq!(n as i64, THREADS * CALLS);
    let per_thread: Vec<usize> = rt.eval("[len(counter.hits[t]) for t in range(8)]")?.extract()?;
    assert!(per_thread.iter().all(|&c| c as i64 == CALLS), "{per_thread:?}");
    let distinct: usize = rt.eval("len(set(results))")?.extract()?;
    assert_eq!(distinct, n);
    println!("{THREADS} Rust threads made {total} Python calls at once; every result checked");
    println!("results list: {n} entries, {distinct} distinct; per-thread hits {per_thread:?}");
    Ok(())
}
