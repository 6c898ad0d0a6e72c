//! The `weft` command end to end: Ctrl-C and programs piped on stdin.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

const WEFT: &str = env!("CARGO_BIN_EXE_weft");

/// SIGINT during a busy loop raises KeyboardInterrupt in the main thread;
/// uncaught, it prints the traceback and exits 130 (CPython's shell status).
#[test]
fn sigint_raises_keyboard_interrupt() {
    let child = Command::new(WEFT)
        .args(["-c", "while True: pass"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    std::thread::sleep(Duration::from_millis(300));
    let st = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(st.success());
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "stderr: {}", err);
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "stderr: {}", err);
    assert!(err.starts_with("Traceback (most recent call last):"), "stderr: {}", err);
}

/// The same during `time.sleep`, which sleeps in slices and checks.
#[test]
fn sigint_interrupts_sleep() {
    let child = Command::new(WEFT)
        .args(["-c", "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    std::thread::sleep(Duration::from_millis(300));
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught\n");
}

/// Runs `weft` with no arguments and `program` piped into stdin.
fn run_with_stdin(program: &[u8]) -> std::process::Output {
    let mut child = Command::new(WEFT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    child.stdin.take().unwrap().write_all(program).unwrap();
    child.wait_with_output().expect("wait")
}

/// No arguments and stdin not a terminal: the program is read from stdin.
#[test]
fn program_from_stdin() {
    let out = run_with_stdin(b"import sys\ndef f(n):\n    return n * 2\nprint(f(21), sys.argv)\n1 + 1\n");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    // Exec mode, as CPython's: the bare expression prints nothing.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42 ['']\n");
}

/// An uncaught exception in a piped program: traceback naming <stdin>, exit 1.
#[test]
fn stdin_program_error() {
    let out = run_with_stdin(b"print('a')\n1/0\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a\n");
    assert!(err.contains("File \"<stdin>\", line 2, in <module>"), "stderr: {}", err);
    assert_eq!(err.lines().last(), Some("ZeroDivisionError: division by zero"));
}
