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

/// Starts `weft -c program`, waits for its first stdout line ("ready"),
/// sends `sig`, and returns the whole output.
fn signal_after_ready(program: &str, sig: &str) -> (std::process::ExitStatus, String, String) {
    use std::io::{BufRead, Read};
    let mut child = Command::new(WEFT)
        .args(["-c", program])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).expect("read ready line");
    assert_eq!(first, "ready\n");
    // The program blocks right after printing; give it a moment to get there.
    std::thread::sleep(Duration::from_millis(100));
    Command::new("kill").args([sig, &child.id().to_string()]).status().expect("kill");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (child.wait().expect("wait"), rest, err)
}

/// Ctrl-C reaches the main thread while it waits on a lock, a join or a
/// queue (the waits are sliced to run signal handlers).
#[test]
fn sigint_interrupts_lock_join_and_queue_waits() {
    for wait in ["lk.acquire()", "t.join()", "queue.Queue().get()"] {
        let program = format!(
            "import threading, queue, time\nlk = threading.Lock(); lk.acquire()\n\
             t = threading.Thread(target=time.sleep, args=(30,), daemon=True); t.start()\n\
             print('ready', flush=True)\ntry:\n    {}\nexcept KeyboardInterrupt:\n    print('caught')",
            wait
        );
        let (status, out, err) = signal_after_ready(&program, "-INT");
        assert_eq!(status.code(), Some(0), "{}: stderr: {}", wait, err);
        assert_eq!(out, "caught\n", "{}", wait);
    }
}

/// A Python handler for SIGTERM runs in the main thread.
#[test]
fn sigterm_python_handler_runs() {
    let program = "import signal, threading\nev = threading.Event()\n\
                   def h(n, f):\n    print('handled', n, threading.current_thread().name)\n    ev.set()\n\
                   signal.signal(signal.SIGTERM, h)\nprint('ready', flush=True)\nev.wait(30)\nprint('done')";
    let (status, out, err) = signal_after_ready(program, "-TERM");
    assert_eq!(status.code(), Some(0), "stderr: {}", err);
    assert_eq!(out, "handled 15 MainThread\ndone\n");
}

/// An exception escaping a thread is reported on stderr as CPython's
/// threading.excepthook does; the program goes on.
#[test]
fn thread_exception_is_reported() {
    let out = Command::new(WEFT)
        .args(["-c", "import threading\ndef work():\n    raise ValueError('boom')\nt = threading.Thread(target=work)\nt.start(); t.join()\nprint('after')"])
        .output()
        .expect("run weft");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "after\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("Exception in thread Thread-1 (work):\nTraceback (most recent call last):\n"), "{}", err);
    assert!(err.ends_with("ValueError: boom\n"), "{}", err);
}
