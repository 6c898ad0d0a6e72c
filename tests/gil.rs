//! The own GIL (`weft -X gil=1`, DESIGN.md#gil): threaded programs print
//! what they print free-threaded, a busy thread does not starve another,
//! and the switch interval is honoured.

use std::path::Path;
use std::process::Command;

const WEFT: &str = env!("CARGO_BIN_EXE_weft");

fn run(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(WEFT).args(args).env("PYTHONHASHSEED", "0").current_dir(dir).output().expect("run weft")
}

/// Every threading snippet prints its CPython-recorded output under a GIL.
#[test]
fn threading_snippets_same_output_with_gil() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snippets/threading");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "py") || p.with_extension("code").exists() {
            continue;
        }
        let want = std::fs::read(p.with_extension("out")).unwrap();
        let name = p.file_name().unwrap().to_str().unwrap();
        let out = run(&["-X", "gil=1", name], &dir);
        assert!(out.status.success(), "{}: {}", name, String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&want), "{} under -X gil=1", name);
        n += 1;
    }
    assert!(n >= 5);
}

/// A thread spinning in a bytecode loop hands the GIL over within about a
/// switch interval: the main thread's short sleeps do not wait for the
/// spinner to finish, and both make progress.
#[test]
fn busy_thread_does_not_starve_another() {
    let src = r#"
import sys, threading, time
assert sys._is_gil_enabled()
sys.setswitchinterval(0.002)
stop = False
spins = [0]
def spin():
    n = 0
    while not stop:
        n += 1
    spins[0] = n
t = threading.Thread(target=spin)
t.start()
time.sleep(0.01)
worst = 0.0
start = time.perf_counter()
for _ in range(40):
    t0 = time.perf_counter()
    time.sleep(0.001)
    # Bytecode after the sleep needs the GIL back from the spinner.
    x = sum(range(100))
    worst = max(worst, time.perf_counter() - t0)
total = time.perf_counter() - start
stop = True
t.join()
print("spins", spins[0] > 0, "total", round(total, 3), "worst", round(worst, 4))
# 40 x (1 ms sleep + ~2 ms hand-off); generous bounds for a loaded machine.
assert total < 2.0, total
assert worst < 0.5, worst
print("ok")
"#;
    let out = run(&["-X", "gil=1", "-c", src], Path::new("."));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("ok"), "{}\n{}", stdout, String::from_utf8_lossy(&out.stderr));
}

/// Two spinning threads both run: the hand-off alternates them rather than
/// letting one keep the GIL.
#[test]
fn two_spinners_alternate() {
    let src = r#"
import sys, threading, time
counts = [0, 0]
go = True
def spin(i):
    while go:
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts: t.start()
time.sleep(0.3)
go = False
for t in ts: t.join()
print(counts[0] > 0 and counts[1] > 0, sys.getswitchinterval())
"#;
    let out = run(&["-X", "gil=1", "-c", src], Path::new("."));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True 0.005\n", "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn bad_gil_option_is_an_error() {
    let out = run(&["-X", "gil=2", "-c", "pass"], Path::new("."));
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["-X", "gil=0", "-c", "import sys; print(sys._is_gil_enabled())"], Path::new("."));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "False\n");
}
