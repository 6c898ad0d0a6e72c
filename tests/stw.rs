//! Stop-the-world and thread states on real threads (DESIGN.md#stop-the-world):
//! Python loops in several Rust threads are stopped (their counters do not
//! move while the world is stopped), detached threads cannot reattach until
//! the world restarts, concurrent requesters do not deadlock, and a BRC
//! queue whose owner is blocked gets merged on its behalf.
//! Run with `cargo test --release --test stw`.
//!
//! The tests hold one mutex: every thread of the process takes part in a
//! stop, so tests running side by side would stop each other's threads.

use std::time::{Duration, Instant};

use weft::object::list;
use weft::object::Value;
use weft::vm::stw::{stop_the_world, Scope};
use weft::vm::thread::{self as vt, detached};

const SRC: &str = "
stop = [0]
counts = [0] * 8
def spin(i):
    c = counts
    while not stop[0]:
        c[i] = c[i] + 1
    return c[i]
";

fn get(module: &Value, name: &str) -> Value {
    let d = weft::object::module::module_dict_value(module).unwrap();
    weft::object::dict::dict_get(&d, &weft::object::str::new_str(name)).unwrap().unwrap()
}

fn counts(c: &Value) -> Vec<i64> {
    list::snapshot(c).iter().map(|v| v.as_small_int().unwrap()).collect()
}

/// The tests stop the world: run them one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn stop_the_world_scenarios() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let m = weft::vm::interp::exec_module_source("stwmod", SRC, "<stw>").unwrap();
    let spin = get(&m, "spin");
    let c = get(&m, "counts");
    let stop = get(&m, "stop");

    // 1. Python threads stop at their back-edge polls.
    const T: usize = 3;
    let handles: Vec<_> = (0..T)
        .map(|i| {
            let spin = spin.clone();
            std::thread::spawn(move || {
                let r = weft::vm::eval::call_function(&spin, &[Value::from_i64(i as i64)], None);
                let n = r.unwrap().as_small_int().unwrap();
                drop(spin);
                vt::unregister_current_thread();
                n
            })
        })
        .collect();
    // Let every thread start counting.
    while counts(&c)[..T].iter().any(|&n| n == 0) {
        detached(|| std::thread::sleep(Duration::from_millis(1)));
    }
    for round in 0..20 {
        let scope = if round % 2 == 0 { Scope::Runtime } else { Scope::Interpreter(0) };
        let g = stop_the_world(scope);
        let before = counts(&c);
        std::thread::sleep(Duration::from_millis(5));
        let after = counts(&c);
        assert_eq!(before, after, "a thread ran while the world was stopped (round {round})");
        drop(g);
        let moved = counts(&c);
        let t0 = Instant::now();
        while counts(&c)[..T] == moved[..T] && t0.elapsed() < Duration::from_secs(5) {
            detached(|| std::thread::sleep(Duration::from_millis(1)));
        }
        assert!(counts(&c)[..T].iter().zip(&moved[..T]).any(|(a, b)| a > b), "world did not restart");
    }

    // 2. Two requesters at once, while the Python threads keep running.
    let reqs: Vec<_> = (0..2)
        .map(|_| {
            let c = c.clone();
            std::thread::spawn(move || {
                for _ in 0..20 {
                    let g = stop_the_world(Scope::Runtime);
                    let a = counts(&c);
                    std::thread::yield_now();
                    assert_eq!(a, counts(&c));
                    drop(g);
                }
                drop(c);
                vt::unregister_current_thread();
            })
        })
        .collect();
    for r in reqs {
        detached(|| r.join().unwrap());
    }

    // 3. A detached thread cannot reattach while the world is stopped.
    let g = stop_the_world(Scope::Runtime);
    let released = Instant::now();
    let waiter = std::thread::spawn(move || {
        // Registration attaches: blocks until the world restarts.
        let _ = vt::current_tid();
        let t = Instant::now();
        vt::unregister_current_thread();
        t
    });
    std::thread::sleep(Duration::from_millis(30));
    let restarted = Instant::now();
    drop(g);
    let attached_at = detached(|| waiter.join().unwrap());
    assert!(attached_at >= restarted, "a new thread attached during a stop");
    assert!(restarted.duration_since(released) >= Duration::from_millis(30));

    list::setitem_int_fast(&stop, 0, &Value::from_i64(1));
    for h in handles {
        assert!(detached(|| h.join().unwrap()) > 0);
    }
}

/// Deferred reference counting (DESIGN.md#deferred-reference-counting): a
/// module-level function called from another thread becomes deferred; its
/// counts balance across threads, and once the module drops it, `collect`
/// frees it (and its code object).
#[test]
fn deferred_functions_are_collected() {
    use weft::gc::deferred;
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let m = weft::vm::interp::exec_module_source("defmod", "def g(x):\n    return x + 1\n", "<def>").unwrap();
    let d = weft::object::module::module_dict_value(&m).unwrap();
    let g = get(&m, "g");
    let g2 = g.clone();
    let t = std::thread::spawn(move || {
        for i in 0..1000 {
            let r = weft::vm::eval::call_function(&g2, &[Value::from_i64(i)], None).unwrap();
            assert_eq!(r.as_small_int(), Some(i + 1));
        }
        drop(g2);
        vt::unregister_current_thread();
    });
    detached(|| t.join().unwrap());
    assert!(deferred::is_deferred(g.header().unwrap()), "a function another thread called is deferred");
    let before = deferred::count();
    // Still referenced by the module and by `g`: collect keeps it.
    detached(|| ());
    deferred::collect();
    assert!(deferred::is_deferred(g.header().unwrap()));
    assert_eq!(deferred::count(), before);
    weft::object::dict::core(&d).unwrap().remove(&weft::object::str::new_str("g")).unwrap();
    drop(g);
    let freed = deferred::collect();
    assert!(freed >= 1, "the dropped function was not collected");
    assert!(deferred::count() < before);
}

/// Heat (DESIGN.md#deferred-reference-counting): an object of any kind that
/// another thread keeps counting from the shared path defers (here a tuple,
/// not a hot kind), one it touches a few times does not, and the deferred
/// one is freed by `collect` once dropped.
#[test]
fn many_hot_objects_read_in_turn_all_defer() {
    // 256 objects another thread counts in turn (par_shared_dict's hot
    // keys): with a direct-mapped heat table, objects sharing a slot wore
    // each other down and ~40% never deferred. Each now defers, and the
    // thread's shared-path count changes stay at the warm-up.
    use weft::gc::deferred;
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let objs: Vec<Value> = (0..256).map(|i| weft::object::tuple::new_tuple(vec![Value::from_i64(i)])).collect();
    let mine = objs.clone();
    let t = std::thread::spawn(move || {
        for round in 0..200 {
            for k in 0..256 {
                let x = mine[(k * 13 + round) & 255].clone();
                drop(x);
            }
        }
        drop(mine);
        vt::unregister_current_thread();
    });
    detached(|| t.join().unwrap());
    let cold = objs.iter().filter(|o| !deferred::is_deferred(o.header().unwrap())).count();
    assert_eq!(cold, 0, "{cold} of 256 objects counted 400 times by another thread are not deferred");
    drop(objs);
    deferred::collect();
}

#[test]
fn hot_objects_of_any_kind_defer() {
    use weft::gc::deferred;
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let hot = weft::object::tuple::new_tuple(vec![Value::from_i64(1), Value::from_i64(2)]);
    let cold = weft::object::tuple::new_tuple(vec![Value::from_i64(3)]);
    let (h2, c2) = (hot.clone(), cold.clone());
    let t = std::thread::spawn(move || {
        for _ in 0..200 {
            let x = h2.clone();
            drop(x);
        }
        for _ in 0..3 {
            let x = c2.clone();
            drop(x);
        }
        drop(h2);
        drop(c2);
        vt::unregister_current_thread();
    });
    detached(|| t.join().unwrap());
    assert!(deferred::is_deferred(hot.header().unwrap()), "a tuple another thread kept counting is deferred");
    assert!(!deferred::is_deferred(cold.header().unwrap()), "a tuple touched three times is not");
    detached(|| ());
    deferred::collect();
    let before = deferred::count();
    deferred::collect();
    assert!(deferred::is_deferred(hot.header().unwrap()), "still referenced: kept");
    assert_eq!(deferred::count(), before);
    drop(hot);
    let freed = deferred::collect();
    assert!(freed >= 1, "the dropped tuple was not collected");
    assert!(deferred::count() < before);
    drop(cold);
}
