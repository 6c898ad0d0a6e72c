//! The `weft` command's issue-7 surface: `--stats` prints the four metrics
//! at exit, `-X lazy_imports=MODE` sets the lazy-import mode, and deep
//! native recursion in a `threading` thread with a 256 KiB stack ends in
//! RecursionError, never a crash (the main thread's 1 GiB is covered by
//! tests/recursion_torture.rs's 8 MiB case, without touching 1 GiB).

use std::process::Command;

const WEFT: &str = env!("CARGO_BIN_EXE_weft");

fn weft(args: &[&str]) -> std::process::Output {
    Command::new(WEFT).args(args).output().expect("run weft")
}

#[test]
fn stats_prints_the_four_metrics() {
    let out = weft(&[
        "--stats",
        "-c",
        "import sys\ndef f(n):\n    return n if n < 2 else f(n-1) + f(n-2)\nprint(f(15))\n\
         try:\n    f(-10**6) if False else (lambda g: g(g))(lambda g: g(g))\nexcept RecursionError:\n    pass\n\
         s = sys._stats()\nprint(s['frames'] > 1000, s['recursion_errors'] >= 1, sorted(s))\n",
    ]);
    assert!(out.status.success(), "{:?}", out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("610\nTrue True ['frames', 'instructions', 'lazy_import_time_max', 'lazy_import_time_total', 'lazy_imports', 'recursion_errors']"), "{}", stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    for key in ["instructions", "frames pushed", "recursion errors", "lazy imports", "M/s"] {
        assert!(err.contains(key), "missing {:?} in {}", key, err);
    }
    let instr: u64 = err
        .lines()
        .find(|l| l.trim_start().starts_with("instructions"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .expect("instruction count");
    assert!(instr > 10_000, "{}", err);
}

#[test]
fn x_lazy_imports_sets_the_mode() {
    let out = weft(&["-X", "lazy_imports=all", "-c", "import sys\nprint(sys.get_lazy_imports())"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "all\n");
    let out = weft(&["-Xlazy_imports=none", "-c", "import sys\nprint(sys.get_lazy_imports())"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "none\n");
    let out = weft(&["-X", "lazy_imports=sometimes", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn deep_native_recursion_in_a_small_thread() {
    let src = "import sys, threading\n\
               sys.setrecursionlimit(10**6)\n\
               class H:\n    def __hash__(self):\n        return hash((self,))\n\
               def go():\n    try:\n        hash(H())\n    except RecursionError as e:\n        print('RecursionError', e.__notes__[0].startswith('native stack:'))\n\
               threading.stack_size(256 * 1024)\n\
               t = threading.Thread(target=go)\nt.start()\nt.join()\n";
    let out = weft(&["-c", src]);
    assert!(out.status.success(), "{:?}", out);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "RecursionError True\n");
}
