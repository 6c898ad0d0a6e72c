//! Cross-interpreter queues and channels (`weft::xi`): Rust conversions,
//! blocking and timeouts, close racing send and recv under 16 threads, and
//! Python code and Rust threads sharing one queue.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use weft::embed::Runtime;
use weft::xi::queue::QueueCore;
use weft::xi::{channel, ChanError, Queue, Shareable};

#[test]
fn queue_round_trips_rust_values() {
    let q = Queue::new(0);
    q.put(42i64);
    q.put("héllo 日本");
    q.put(vec![0u8, 255]);
    q.put((1i64, 2.5f64, Some(true), None::<i64>));
    q.put(());
    assert_eq!(q.len(), 5);
    assert_eq!(q.get_as::<i64>(None).unwrap().unwrap(), 42);
    assert_eq!(q.get_as::<String>(None).unwrap().unwrap(), "héllo 日本");
    assert_eq!(q.get_as::<Vec<u8>>(None).unwrap().unwrap(), vec![0, 255]);
    let t: (i64, f64, Option<bool>, Option<i64>) = q.get_as(None).unwrap().unwrap();
    assert_eq!(t, (1, 2.5, Some(true), None));
    assert_eq!(q.get(None), Some(Shareable::None));
    assert!(q.is_empty());
    // A wrong kind is an error, not a panic.
    q.put("x");
    assert!(q.get_as::<i64>(None).unwrap().is_err());
}

#[test]
fn bounded_queue_blocks_and_times_out() {
    let q = Queue::new(2);
    assert!(q.try_put(1i64).is_ok());
    assert!(q.try_put(2i64).is_ok());
    assert_eq!(q.try_put(3i64), Err(Shareable::Int(3)));
    let t0 = Instant::now();
    assert_eq!(q.get(Some(Duration::from_millis(1))), Some(Shareable::Int(1)));
    let q2 = q.clone();
    let h = thread::spawn(move || {
        // Blocks until the main thread takes one.
        q2.put(3i64);
    });
    thread::sleep(Duration::from_millis(30));
    assert_eq!(q.get(None), Some(Shareable::Int(2)));
    h.join().unwrap();
    assert_eq!(q.get(None), Some(Shareable::Int(3)));
    let t1 = Instant::now();
    assert_eq!(q.get(Some(Duration::from_millis(50))), None);
    assert!(t1.elapsed() >= Duration::from_millis(45));
    assert!(t0.elapsed() < Duration::from_secs(10));
    // Lookup by id finds the same core while a handle lives.
    let again = QueueCore::lookup(q.id()).expect("registered");
    assert!(Arc::ptr_eq(&again, q.core()));
}

#[test]
fn channel_send_waits_for_receipt_and_withdraws_on_timeout() {
    let (r, s) = channel();
    // Nobody receives: the item is withdrawn.
    assert_eq!(s.send(1i64, Some(Duration::from_millis(30))), Err(ChanError::Timeout));
    assert_eq!(r.try_recv(), Err(ChanError::Empty));
    let r2 = r.clone();
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(30));
        r2.recv_as::<String>(None).unwrap()
    });
    s.send("ping", None).unwrap();
    assert_eq!(h.join().unwrap(), "ping");
    // send_nowait enqueues; closing the send side lets the receiver drain.
    s.send_nowait(4i64).unwrap();
    s.send_nowait(5i64).unwrap();
    assert_eq!(r.close(false), Err(ChanError::NotEmpty));
    s.close();
    assert_eq!(s.send_nowait(6i64), Err(ChanError::Closed));
    assert_eq!(r.recv(None), Ok(Shareable::Int(4)));
    assert_eq!(r.recv(None), Ok(Shareable::Int(5)));
    assert_eq!(r.recv(None), Err(ChanError::Closed));
    assert_eq!(r.try_recv(), Err(ChanError::Closed));
}

#[test]
fn close_wakes_a_blocked_receiver() {
    let (r, s) = channel();
    let h = thread::spawn(move || r.recv(None));
    thread::sleep(Duration::from_millis(30));
    s.close();
    assert_eq!(h.join().unwrap(), Err(ChanError::Closed));
}

#[test]
fn forced_close_drops_items_and_releases_blocked_senders() {
    let (r, s) = channel();
    let s2 = s.clone();
    let h = thread::spawn(move || s2.send(7i64, None));
    while r.core().len() == 0 {
        thread::yield_now();
    }
    r.close(true).unwrap();
    assert_eq!(h.join().unwrap(), Err(ChanError::Closed));
    assert_eq!(r.try_recv(), Err(ChanError::Closed));
}

/// 8 senders and 8 receivers; the channel is closed while they run. Every
/// send that succeeded is received exactly once; every failed one never.
#[test]
fn close_races_send_and_recv_16_threads() {
    for round in 0..20 {
        let (r, s) = channel();
        let start = Arc::new(Barrier::new(17));
        let stop = Arc::new(AtomicBool::new(false));
        let senders: Vec<_> = (0..8i64)
            .map(|t| {
                let (s, start) = (s.clone(), start.clone());
                thread::spawn(move || {
                    start.wait();
                    let mut ok = Vec::new();
                    for i in 0..2000i64 {
                        let v = t * 1_000_000 + i;
                        // Every fourth send is a blocking one with a short
                        // timeout: its item is delivered or withdrawn.
                        let res = if i % 4 == 0 { s.send(v, Some(Duration::from_millis(5))) } else { s.send_nowait(v) };
                        match res {
                            Ok(()) => ok.push(v),
                            Err(ChanError::Closed) => break,
                            Err(ChanError::Timeout) => {}
                            Err(e) => panic!("{:?}", e),
                        }
                    }
                    ok
                })
            })
            .collect();
        let receivers: Vec<_> = (0..8)
            .map(|_| {
                let (r, start, stop) = (r.clone(), start.clone(), stop.clone());
                thread::spawn(move || {
                    start.wait();
                    let mut got = Vec::new();
                    loop {
                        match r.recv(Some(Duration::from_millis(200))) {
                            Ok(v) => got.push(i64::try_from(v).unwrap()),
                            Err(ChanError::Closed) => break,
                            Err(ChanError::Empty) if stop.load(Ordering::Relaxed) => panic!("closed channel reported empty"),
                            Err(ChanError::Empty) => {}
                            Err(e) => panic!("{:?}", e),
                        }
                    }
                    got
                })
            })
            .collect();
        start.wait();
        thread::sleep(Duration::from_micros(200 + 300 * round));
        s.close();
        stop.store(true, Ordering::Relaxed);
        let mut sent: Vec<i64> = senders.into_iter().flat_map(|h| h.join().unwrap()).collect();
        let mut got: Vec<i64> = receivers.into_iter().flat_map(|h| h.join().unwrap()).collect();
        let distinct: HashSet<i64> = got.iter().copied().collect();
        assert_eq!(distinct.len(), got.len(), "an item was received twice");
        sent.sort();
        got.sort();
        assert_eq!(sent.len(), got.len(), "round {}: items lost or invented", round);
        assert_eq!(sent, got);
    }
}

#[test]
fn python_and_rust_share_a_queue() {
    let rt = Runtime::new();
    rt.exec(
        "import _interpqueues, threading\n\
         q = _interpqueues.create(0)\n\
         out = _interpqueues.create(0)\n\
         def worker():\n\
         \x20   while (m := q.get()) is not None:\n\
         \x20       out.put((m[0] * 2, m[1].upper()))\n\
         t = threading.Thread(target=worker)\n\
         t.start()\n",
    )
    .unwrap();
    let qid: i64 = rt.eval("q.id").unwrap().extract().unwrap();
    let oid: i64 = rt.eval("out.id").unwrap().extract().unwrap();
    let q = Queue::from_core(QueueCore::lookup(qid as u64).unwrap());
    let out = Queue::from_core(QueueCore::lookup(oid as u64).unwrap());
    for i in 0..1000i64 {
        q.put((i, format!("m{}", i)));
    }
    q.put(());
    for i in 0..1000i64 {
        let (n, s): (i64, String) = out.get_as(Some(Duration::from_secs(30))).unwrap().unwrap();
        assert_eq!((n, s), (2 * i, format!("M{}", i)));
    }
    rt.exec("t.join()").unwrap();
    // Non-shareable objects are refused with NotShareableError.
    let e = rt.exec("q.put([1])").unwrap_err();
    assert_eq!(e.type_name, "interpreters.NotShareableError");
    assert_eq!(e.message, "[1] does not support cross-interpreter data");
    let r: bool = rt.eval("isinstance(_interpqueues.NotShareableError('x'), ValueError)").unwrap().extract().unwrap();
    assert!(r);
}

#[test]
fn channel_ends_cross_the_embedding_api() {
    let rt = Runtime::new();
    let (r, s) = channel();
    rt.set("out", &s).unwrap();
    rt.exec("for i in range(3): out.send_nowait(('n', i))\nout.close()").unwrap();
    let got: Vec<(String, i64)> = std::iter::from_fn(|| r.recv_as(None).ok()).collect();
    assert_eq!(got, vec![("n".into(), 0), ("n".into(), 1), ("n".into(), 2)]);
    // A handle comes back out as the same channel end.
    let back: weft::xi::SendChannel = rt.get("out").unwrap().extract().unwrap();
    assert_eq!(back.id(), s.id());
    let e = rt.eval("[]").unwrap().extract::<Shareable>().unwrap_err();
    assert_eq!(e.message, "[] does not support cross-interpreter data");
}
