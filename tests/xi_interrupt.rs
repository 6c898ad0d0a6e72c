//! Ctrl-C interrupts a blocked cross-interpreter queue get, channel recv
//! and blocking channel send on the main thread (the waits are detached
//! and sliced like `queue.Queue`'s); the interrupted send withdraws its item.

use std::process::{Command, Stdio};
use std::time::Duration;

const WEFT: &str = env!("CARGO_BIN_EXE_weft");

fn interrupt(program: &str) -> std::process::Output {
    let child = Command::new(WEFT)
        .args(["-c", program])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    std::thread::sleep(Duration::from_millis(500));
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    child.wait_with_output().expect("wait")
}

#[test]
fn sigint_interrupts_queue_get() {
    let out = interrupt(
        "from test.support.interpreters import queues\nq = queues.create()\ntry:\n    q.get()\nexcept KeyboardInterrupt:\n    print('caught', q.empty())",
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught True\n");
}

#[test]
fn sigint_interrupts_channel_recv_and_send() {
    let out = interrupt(
        "from test.support.interpreters import channels\nr, s = channels.create()\ntry:\n    r.recv()\nexcept KeyboardInterrupt:\n    print('recv caught')\n",
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "recv caught\n");
    let out = interrupt(
        "from test.support.interpreters import channels\nr, s = channels.create()\ntry:\n    s.send('x')\nexcept KeyboardInterrupt:\n    print('send caught', r.recv_nowait(None))\n",
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "send caught None\n");
}
