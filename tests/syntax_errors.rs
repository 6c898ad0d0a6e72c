//! CPython 3.13 SyntaxError conformance: every `tests/syntax_errors/*.py`
//! must fail to compile with the exception type, message, line, column and
//! printed form CPython gives. The expected output (`*.err`) is what
//! `python3.13 NAME.py` prints on stderr, regenerated with
//!
//! ```sh
//! cd tests/syntax_errors && for f in *.py; do PYENV_VERSION=3.13.0 python3.13 "$f" 2>&1 >/dev/null \
//!     | sed "s|File \"$PWD/|File \"|" > "${f%.py}.err"; done
//! ```

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use weft::compile::errors::{format_syntax_error, parse, validate};
use weft::compile::source::SourceMap;
use weft::compile::symtable::SymbolTable;
use weft::compile::{CompileError, Mode};

/// The whole front end: parse (with the pre-scan and depth limit),
/// validation, symbol table, then the code generator.
fn pipeline(src: &str, name: &str) -> Result<(), CompileError> {
    let module = parse(src, name, Mode::Exec)?;
    let map = SourceMap::new(src);
    validate(&module, &map, name)?;
    SymbolTable::build(&module, &map, name)?;
    drop(module);
    weft::compile::compile(src, name, Mode::Exec).map(|_| ())
}

/// Parse + validation only (the part this crate's front end owns).
fn pipeline_front(src: &str, name: &str) -> Result<(), CompileError> {
    let module = parse(src, name, Mode::Exec)?;
    let map = SourceMap::new(src);
    validate(&module, &map, name)
}

fn check(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let name = path.file_name().unwrap().to_str().unwrap().to_string();
    let expected = std::fs::read_to_string(path.with_extension("err")).map_err(|e| e.to_string())?;
    let err = match pipeline(&src, &name) {
        Ok(()) => return Err("compiled without error".into()),
        Err(e) => e,
    };
    let printed = format_syntax_error(&err);
    let want_last = expected.lines().last().unwrap_or("");
    let got_last = printed.lines().last().unwrap_or("");
    if want_last != got_last {
        return Err(format!(
            "exception differs\n  want: {want_last}\n  got:  {got_last}\n  (line {}, col {}-{})",
            err.lineno, err.offset, err.end_offset
        )
        .into());
    }
    let want_line = expected.lines().next().unwrap_or("");
    let got_line = printed.lines().next().unwrap_or("");
    if want_line != got_line {
        return Err(format!("line differs\n  want: {want_line}\n  got:  {got_line}").into());
    }
    if expected != printed {
        return Err(format!("printed form differs\n--- want\n{expected}--- got\n{printed}").into());
    }
    Ok(())
}

/// Deep or pathological inputs: never a crash, CPython's error or success.
fn deep_cases() -> Vec<(&'static str, String, Option<&'static str>)> {
    let indent: String = (0..100).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(100) + "pass\n";
    vec![
        ("plus_9997", vec!["a"; 9997].join("+"), None),
        ("plus_9998", vec!["a"; 9998].join("+"), Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("plus_200000", vec!["a"; 200_000].join("+"), Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("plus_200000_then_error", vec!["a"; 200_000].join("+") + " 1 2\n", Some("SyntaxError: invalid syntax")),
        ("neg_200000", "-".repeat(200_000) + "x", Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("not_200000", "not ".repeat(200_000) + "x", Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("attr_200000", "x".to_string() + &".y".repeat(200_000), Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("call_200000", "x".to_string() + &"()".repeat(200_000), Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("lambda_200000", "lambda:".repeat(200_000) + "x", Some("RecursionError: maximum recursion depth exceeded during compilation")),
        ("parens_200", "(".repeat(200) + "x" + &")".repeat(200), None),
        ("parens_100000", "(".repeat(100_000) + "x" + &")".repeat(100_000), Some("SyntaxError: too many nested parentheses")),
        ("fstrings_149", "f'{".repeat(149) + "x" + &"}'".repeat(149), None),
        ("fstrings_200000", "f'{".repeat(200_000) + "x" + &"}'".repeat(200_000), Some("SyntaxError: too many nested f-strings")),
        ("elif_200000", "if x: pass\n".to_string() + &"elif x: pass\n".repeat(200_000), None),
        ("indent_100", indent, Some("IndentationError: too many levels of indentation")),
        ("and_200000", vec!["a"; 200_000].join(" and "), None),
        ("list_200000", format!("[{}]", vec!["a+a"; 200_000].join(",")), None),
    ]
}

fn main() {
    let args = Arguments::from_args();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || check(&p))
        })
        .collect();
    let mut trials: Vec<Trial> = trials;
    for (name, src, want) in deep_cases() {
        trials.push(Trial::test(format!("deep::{name}"), move || {
            let got = pipeline_front(&src, "deep.py");
            match (got, want) {
                (Ok(()), None) => Ok(()),
                (Ok(()), Some(w)) => Err(format!("accepted; want {w}").into()),
                (Err(e), None) => Err(format!("rejected: {}", format_syntax_error(&e)).into()),
                (Err(e), Some(w)) => {
                    let got = format!("{}: {}", e.kind.name(), e.msg);
                    if got == w {
                        Ok(())
                    } else {
                        Err(format!("want {w}, got {got}").into())
                    }
                }
            }
        }));
    }
    // Everything in the shared conformance suite must get through the
    // front end (no false SyntaxErrors).
    let conf = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance");
    let mut stack = vec![conf.clone()];
    let mut found = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                found.push(p);
            }
        }
    }
    found.sort();
    for p in found {
        let name = p.strip_prefix(&conf).unwrap().to_string_lossy().into_owned();
        trials.push(Trial::test(format!("accept::{name}"), move || {
            let src = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
            // Files meant not to compile carry the expected last stderr line.
            let want = std::fs::read_to_string(p.with_extension("err_last")).ok().filter(|w| {
                ["SyntaxError", "IndentationError", "TabError"].iter().any(|k| w.starts_with(k))
            });
            match (pipeline_front(&src, "x.py"), want) {
                (Ok(()), None) => Ok(()),
                (Ok(()), Some(w)) => Err(format!("accepted; want {}", w.trim()).into()),
                (Err(e), None) => Err(format_syntax_error(&e).into()),
                (Err(e), Some(w)) => {
                    let got = format!("{}: {}", e.kind.name(), e.msg);
                    if got == w.trim() {
                        Ok(())
                    } else {
                        Err(format!("want {}, got {got}", w.trim()).into())
                    }
                }
            }
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
