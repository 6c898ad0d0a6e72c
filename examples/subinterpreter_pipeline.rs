//! A pipeline across interpreters, linked by channels: a Rust producer
//! thread sends jobs on one channel, N worker interpreters (each with its
//! own GIL, each run by its own Rust thread) take jobs from it and send
//! results on a second channel, and the Rust collector checks every result.
//!
//! The channels are made in Rust (`weft::xi::channel`) and handed to each
//! interpreter's `__main__` (`SubInterpreter::set`, PEP 734's
//! prepare_main); only Shareable data (ints, strs, tuples) travels.
//! Run: `cargo run --release --example subinterpreter_pipeline`.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use weft::embed::{GilMode, InterpreterBuilder};
use weft::xi::channel;

const WORKERS: i64 = 4;
const JOBS: i64 = 2000;

const WORK: &str = r#"
from test.support.interpreters import channels
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
"#;

fn main() {
    let t0 = Instant::now();
    let (jobs_r, jobs_s) = channel();
    let (results_r, results_s) = channel();

    // The workers: one interpreter with its own GIL per Rust thread.
    let workers: Vec<_> = (0..WORKERS)
        .map(|w| {
            let it = InterpreterBuilder::new().gil(GilMode::Own).build().expect("interpreter");
            it.set("jobs", &jobs_r).unwrap();
            it.set("results", &results_s).unwrap();
            it.set("worker", w).unwrap();
            std::thread::spawn(move || {
                it.exec(WORK).expect("worker ran");
                it.close().expect("closed");
            })
        })
        .collect();

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
        assert!(text.starts_with(&format!("{}", n % 10)), "{}", text);
        per_worker[w as usize] += 1;
        seen.insert(text);
    }
    producer.join().unwrap();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(per_worker.iter().sum::<usize>(), JOBS as usize, "every job answered once");
    assert_eq!(seen.len(), JOBS as usize, "no job answered twice");
    assert!(results_r.try_recv().is_err(), "no extra results");
    println!(
        "pipeline: {} jobs through {} worker interpreters (own GILs), per worker {:?}, {:.0} ms",
        JOBS,
        WORKERS,
        per_worker,
        t0.elapsed().as_secs_f64() * 1e3
    );
}
