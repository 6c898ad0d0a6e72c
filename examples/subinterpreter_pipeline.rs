//! A pipeline across interpreters, linked by channels: a Rust producer
//! thread sends jobs on one channel, N worker interpreters (each with its
//! own GIL, each run by its own thread) take jobs from it and send results
//! on a second channel, and the Rust collector checks every result.
//!
//! The channels are made in Rust (`weft::xi::channel`) and handed to the
//! interpreters as `__main__` globals; only Shareable data (ints, strs,
//! tuples) travels. Run: `cargo run --release --example subinterpreter_pipeline`.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use weft::embed::Runtime;
use weft::xi::channel;

const WORKERS: i64 = 4;
const JOBS: i64 = 2000;

fn main() {
    let t0 = Instant::now();
    let rt = Runtime::new();
    let (jobs_r, jobs_s) = channel();
    let (results_r, results_s) = channel();
    rt.set("jobs", &jobs_r).unwrap();
    rt.set("results", &results_s).unwrap();
    rt.set("N", WORKERS).unwrap();
    // Start the worker interpreters, each running in a thread of the main
    // interpreter (Interpreter.exec switches that thread into it).
    rt.exec(
        r#"
import threading
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters

WORK = """
while True:
    try:
        n, text = jobs.recv()
    except channels.ChannelClosedError:
        break
    square_sum = 0
    for i in range(n):
        square_sum += i * i
    results.send_nowait((n, square_sum, text[::-1].upper(), worker))
results.send_nowait(('done', worker))
"""

workers = []
threads = []
for w in range(N):
    it = interpreters.create()
    it.exec("from test.support.interpreters import channels")
    it.prepare_main(jobs=jobs, results=results, worker=w)
    t = threading.Thread(target=it.exec, args=(WORK,))
    t.start()
    workers.append(it)
    threads.append(t)
"#,
    )
    .expect("starting the workers");

    // The producer: a plain Rust thread (no Python involved).
    let producer = std::thread::spawn(move || {
        for n in 0..JOBS {
            jobs_s.send_nowait((n % 500, format!("job-{}", n))).expect("channel open");
        }
        // Workers drain what was sent, then see ChannelClosedError.
        jobs_s.close();
    });

    // The collector: every job's result exactly once, computed right.
    let mut seen = HashSet::new();
    let mut per_worker = vec![0usize; WORKERS as usize];
    let mut done = 0;
    while done < WORKERS {
        let item = results_r.recv(Some(Duration::from_secs(60))).expect("a result within 60 s");
        if let Ok((tag, w)) = <(String, i64)>::try_from(item.clone()) {
            assert_eq!(tag, "done");
            assert!((0..WORKERS).contains(&w));
            done += 1;
            continue;
        }
        let (n, square_sum, text, w): (i64, i64, String, i64) = item.try_into().expect("a result tuple");
        let expected: i64 = (0..n).map(|i| i * i).sum();
        assert_eq!(square_sum, expected, "job {}", n);
        per_worker[w as usize] += 1;
        seen.insert((n, text));
    }
    producer.join().unwrap();
    assert_eq!(per_worker.iter().sum::<usize>(), JOBS as usize, "every job answered once");
    // (n % 500, "job-n") pairs are distinct for n < JOBS.
    assert_eq!(seen.len(), JOBS as usize);
    assert!(results_r.try_recv().is_err(), "no extra results");
    rt.exec("for t in threads: t.join()\nfor it in workers: it.close()").expect("closing the workers");
    println!(
        "pipeline: {} jobs through {} worker interpreters, per worker {:?}, {:.0} ms",
        JOBS,
        WORKERS,
        per_worker,
        t0.elapsed().as_secs_f64() * 1e3
    );
}
