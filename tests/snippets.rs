//! Snippet suite: every `tests/snippets/**/NAME.py` runs under the `weft`
//! binary; its stdout must equal `NAME.out` (recorded from CPython 3.13,
//! never edited by hand) and its exit status `NAME.code` (0 if absent).
//!
//! `WEFT_BLESS=1 cargo test --test snippets` re-records every `.out` (and
//! `.code`) with `PYENV_VERSION=3.13.0 python3.13` when it is available.
//!
//! Directories named `pkgs` hold modules and packages that snippets import
//! (a snippet adds `sys.path[0] + '/pkgs'` to `sys.path`); they are not
//! snippets themselves. Programs under `xfail/` are known failures: they run
//! and are reported, but a failure there never fails the suite (and an
//! unexpected pass is reported so the program can be moved back).

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().map(|n| n == "pkgs").unwrap_or(false) {
                continue;
            }
            collect(&p, out);
        } else if p.extension().map(|e| e == "py").unwrap_or(false) {
            out.push(p);
        }
    }
}

fn bless(py: &Path) -> Result<(), Failed> {
    let dir = py.parent().unwrap();
    let out = Command::new("python3.13")
        .env("PYENV_VERSION", "3.13.0")
        .env("PYTHONHASHSEED", "0")
        .arg(py.file_name().unwrap())
        .current_dir(dir)
        .output()
        .map_err(|e| Failed::from(format!("cannot run CPython: {}", e)))?;
    std::fs::write(py.with_extension("out"), &out.stdout).map_err(|e| Failed::from(e.to_string()))?;
    let code = out.status.code().unwrap_or(1);
    let code_file = py.with_extension("code");
    if code != 0 {
        std::fs::write(&code_file, format!("{}\n", code)).map_err(|e| Failed::from(e.to_string()))?;
    } else if code_file.exists() {
        let _ = std::fs::remove_file(&code_file);
    }
    Ok(())
}

fn run_one(py: &Path) -> Result<(), Failed> {
    if std::env::var_os("WEFT_BLESS").is_some() {
        bless(py)?;
    }
    let expected = std::fs::read(py.with_extension("out"))
        .map_err(|_| Failed::from("no .out file (record it with WEFT_BLESS=1)"))?;
    let want_code: i32 = std::fs::read_to_string(py.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let dir = py.parent().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(py.file_name().unwrap())
        .env("PYTHONHASHSEED", "0")
        .current_dir(dir)
        .output()
        .map_err(|e| Failed::from(e.to_string()))?;
    let got_code = out.status.code().unwrap_or(-1);
    if out.stdout != expected || got_code != want_code {
        let got = String::from_utf8_lossy(&out.stdout);
        let want = String::from_utf8_lossy(&expected);
        let mut msg = format!("exit {} (want {})\n", got_code, want_code);
        for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
            if g != w {
                msg.push_str(&format!("first difference at line {}:\n  got:  {}\n  want: {}\n", i + 1, g, w));
                break;
            }
        }
        if got.lines().count() != want.lines().count() {
            msg.push_str(&format!("lines: got {}, want {}\n", got.lines().count(), want.lines().count()));
        }
        msg.push_str("stderr:\n");
        msg.push_str(&String::from_utf8_lossy(&out.stderr));
        return Err(msg.into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snippets");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(&root).unwrap().with_extension("").to_string_lossy().replace('/', "::");
            let xfail = p.strip_prefix(&root).unwrap().starts_with("xfail");
            Trial::test(name, move || {
                let r = run_one(&p);
                if !xfail {
                    return r;
                }
                match r {
                    Ok(()) => eprintln!("XPASS {} (move it out of xfail/)", p.display()),
                    Err(e) => eprintln!("XFAIL {}: {}", p.display(), e.message().map(|m| m.lines().take(4).collect::<Vec<_>>().join(" | ")).unwrap_or_default()),
                }
                Ok(())
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
