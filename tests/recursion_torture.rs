//! The recursion torture test (issue 7): every shape of deep nesting in
//! tests/recursion/torture.py raises RecursionError, in a thread with an
//! 8 MiB stack (a process main thread's size) and in one with 256 KiB; the
//! process never crashes. Dropping deep structures never overflows either.

use weft::object::{dict, list, str as pystr, tuple};
use weft::vm::interp;

const SRC: &str = include_str!("recursion/torture.py");

fn run_torture(stack: usize, n: usize, name: &str) -> Vec<(String, String)> {
    let name = name.to_string();
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            weft::vm::frame::set_thread_stack_size(stack);
            let verbose = std::env::var_os("TORTURE_VERBOSE").is_some();
            let src = format!("N = {}\nVERBOSE = {}\n{}", n, if verbose { "True" } else { "False" }, SRC);
            let m = match interp::exec_module_source(&name, &src, "torture.py") {
                Ok(m) => m,
                Err(e) => panic!("torture module failed: {}", e.msg),
            };
            let d = weft::object::module::module_dict_value(&m).expect("module dict");
            let results = dict::dict_get(&d, &pystr::new_str("results")).unwrap().expect("results");
            list::snapshot(&results)
                .iter()
                .map(|t| {
                    let items = tuple::items(t).expect("tuple");
                    (pystr::to_rust_string(&items[0]), pystr::to_rust_string(&items[1]))
                })
                .collect()
        })
        .expect("spawn")
        .join()
        .expect("torture thread panicked")
}

fn check(results: Vec<(String, String)>) {
    assert!(results.len() >= 20, "only {} cases ran", results.len());
    let bad: Vec<_> = results.iter().filter(|(_, r)| r != "RecursionError").collect();
    assert!(bad.is_empty(), "cases without RecursionError: {:?}", bad);
}

#[test]
fn torture_8mib_stack() {
    check(run_torture(8 << 20, 100_000, "torture_big"));
}

#[test]
fn torture_256kib_stack() {
    check(run_torture(256 << 10, 100_000, "torture_small"));
}

#[test]
fn deep_structures_drop_in_a_small_stack() {
    let r = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            weft::vm::frame::set_thread_stack_size(256 << 10);
            let src = "x = []\nfor i in range(300000): x = [x]\ndel x\n\
                       y = ()\nfor i in range(300000): y = (y, 1)\ndel y\n\
                       z = {}\nfor i in range(300000): z = {1: z}\ndel z\nok = 1\n";
            interp::exec_module_source("deep_drop", src, "deep_drop.py").map(|_| ()).map_err(|e| e.msg.clone())
        })
        .expect("spawn")
        .join()
        .expect("no crash");
    assert!(r.is_ok(), "{:?}", r);
}

/// Recurses `kib` KiB deeper without any check, then checks.
#[inline(never)]
fn unchecked_descent(kib: usize) -> bool {
    let pad = [0u8; 1024];
    std::hint::black_box(&pad);
    if kib == 0 {
        return weft::vm::frame::check_native_stack().is_err();
    }
    unchecked_descent(kib - 1) || std::hint::black_box(pad[0]) == 1
}

/// Recurses with checks until the guard says stop; then goes `extra` KiB
/// further without checking and checks again.
#[inline(never)]
fn descend_past_guard(extra: usize) -> bool {
    let pad = [0u8; 512];
    std::hint::black_box(&pad);
    if weft::vm::frame::check_native_stack().is_err() {
        return unchecked_descent(extra);
    }
    descend_past_guard(extra) || std::hint::black_box(pad[0]) == 1
}

/// The child half of `past_the_hard_limit_is_a_clear_fatal_error`.
#[test]
fn fatal_child() {
    if std::env::var_os("WEFT_FATAL_CHILD").is_none() {
        return;
    }
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            weft::vm::frame::set_thread_stack_size(256 << 10);
            let gap_kib = weft::vm::stack::soft_to_hard_gap() >> 10;
            descend_past_guard(gap_kib + 2);
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn past_the_hard_limit_is_a_clear_fatal_error() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "fatal_child", "--nocapture", "--test-threads", "1"])
        .env("WEFT_FATAL_CHILD", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("Fatal Python error: Unrecoverable stack overflow (used"), "{}", err);
    assert!(!err.contains("has overflowed its stack"), "{}", err);
    // abort(): SIGABRT, not SIGSEGV.
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(out.status.signal(), Some(6), "{:?}", out.status);
}
