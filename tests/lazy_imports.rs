//! Lazy imports (PEP 810): a module that records when it runs executes
//! only at first use, exactly once, with 8 threads racing to use it; the
//! global mode; `__lazy_modules__`; where `lazy` is a SyntaxError; errors
//! raised while resolving point at the line that used the name.
//!
//! The tests share one process-wide interpreter and the global mode, so
//! they run one at a time (a lock).

use std::sync::{Barrier, Mutex};
use weft::embed::Runtime;

static SERIAL: Mutex<()> = Mutex::new(());

/// A directory of modules for the tests (unique per test).
fn module_dir(tag: &str, files: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir().join(format!("weft-lazy-{}-{}", std::process::id(), tag));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, src) in files {
        std::fs::write(dir.join(name), src).unwrap();
    }
    dir.to_string_lossy().into_owned()
}

const EVENTS: &str = "runs = []\n";

fn recorder(tag: &str) -> String {
    format!(
        "import time\nimport events_{tag}\nevents_{tag}.runs.append('start')\n\
         time.sleep(0.05)\nVALUE = 7\nevents_{tag}.runs.append('end')\n"
    )
}

fn runs(rt: &Runtime, tag: &str) -> String {
    rt.eval(&format!("__import__('events_{tag}').runs")).unwrap().repr().unwrap()
}

#[test]
fn first_use_runs_once_with_8_threads_racing() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let tag = "race";
    let dir = module_dir(tag, &[(&format!("events_{tag}.py"), EVENTS), (&format!("recorder_{tag}.py"), &recorder(tag))]);
    let rt = Runtime::builder().path(dir).build();
    let before = weft::vm::metrics::snapshot().lazy_imports;
    let m = rt
        .run_module_source(
            "lazy_race_main",
            "import events_race\nlazy import recorder_race\nlazy from recorder_race import VALUE\n\
             events_race.runs.append('main')\n\
             def use():\n    return recorder_race.VALUE\n\
             def use_from():\n    return VALUE\n",
        )
        .unwrap();
    assert_eq!(runs(&rt, tag), "['main']", "the lazy module must not run at import time");
    let barrier = Barrier::new(8);
    let results: Vec<i64> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..8)
            .map(|i| {
                let f = m.getattr(if i % 2 == 0 { "use" } else { "use_from" }).unwrap();
                let b = &barrier;
                s.spawn(move || {
                    b.wait();
                    f.call(()).unwrap().extract::<i64>().unwrap()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(results, vec![7; 8]);
    assert_eq!(runs(&rt, tag), "['main', 'start', 'end']", "the module ran once");
    // The names were replaced by what they resolved to.
    let kind = m.getattr("recorder_race").unwrap().type_name();
    assert_eq!(kind, "module");
    let after = weft::vm::metrics::snapshot();
    assert!(after.lazy_imports >= before + 2, "resolutions counted: {:?}", after);
    assert!(after.lazy_import_max_ns > 0 && after.lazy_import_total_ns >= after.lazy_import_max_ns);
}

#[test]
fn modes_and_lazy_modules() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let tag = "modes";
    let files: Vec<(String, String)> = vec![
        (format!("events_{tag}.py"), EVENTS.to_string()),
        ("mod_a.py".into(), format!("import events_{tag}\nevents_{tag}.runs.append('a')\nX = 1\n")),
        ("mod_b.py".into(), format!("import events_{tag}\nevents_{tag}.runs.append('b')\nX = 2\n")),
        ("mod_c.py".into(), format!("import events_{tag}\nevents_{tag}.runs.append('c')\nX = 3\n")),
        ("mod_d.py".into(), format!("import events_{tag}\nevents_{tag}.runs.append('d')\nX = 4\n")),
    ];
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let rt = Runtime::builder().path(module_dir(tag, &refs)).build();
    rt.exec("import sys").unwrap();
    assert_eq!(rt.eval("sys.get_lazy_imports()").unwrap().str().unwrap(), "normal");
    // __lazy_modules__ makes a plain import lazy in normal mode.
    rt.run_module_source("lm_user", "__lazy_modules__ = {'mod_a'}\nimport mod_a\ndef get():\n    return mod_a.X\n").unwrap();
    assert_eq!(runs(&rt, tag), "[]");
    assert_eq!(rt.eval("__import__('lm_user').get()").unwrap().extract::<i64>().unwrap(), 1);
    assert_eq!(runs(&rt, tag), "['a']");
    // "none": even explicit lazy imports are eager.
    rt.exec("sys.set_lazy_imports('none')").unwrap();
    rt.run_module_source("none_user", "lazy import mod_b\n").unwrap();
    assert_eq!(runs(&rt, tag), "['a', 'b']");
    // "all": every eligible import is lazy, but not those in try blocks.
    rt.exec("sys.set_lazy_imports('all')").unwrap();
    rt.run_module_source("all_user", "import mod_c\ntry:\n    import mod_d\nexcept ImportError:\n    pass\n").unwrap();
    assert_eq!(runs(&rt, tag), "['a', 'b', 'd']");
    assert_eq!(rt.eval("__import__('all_user').mod_c.X").unwrap().extract::<i64>().unwrap(), 3);
    assert_eq!(runs(&rt, tag), "['a', 'b', 'd', 'c']");
    rt.exec("sys.set_lazy_imports('normal')").unwrap();
    let e = rt.exec("sys.set_lazy_imports('sometimes')").unwrap_err();
    assert!(e.to_string().contains("ValueError"), "{}", e);
}

#[test]
fn lazy_syntax_errors() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let rt = Runtime::new();
    let cases = [
        ("def f():\n    lazy import os\n", "lazy import not allowed inside functions"),
        ("class C:\n    lazy from os import path\n", "lazy from ... import not allowed inside classes"),
        ("try:\n    lazy import os\nexcept ImportError:\n    pass\n", "lazy import not allowed inside try/except blocks"),
        ("lazy from os import *\n", "lazy from ... import * is not allowed"),
        ("lazy from __future__ import annotations\n", "lazy from __future__ import is not allowed"),
    ];
    for (src, msg) in cases {
        let code = format!("compile({:?}, 'x.py', 'exec')", src);
        let e = rt.eval(&code).unwrap_err().to_string();
        assert!(e.contains("SyntaxError") && e.contains(msg), "{:?}: {}", src, e);
    }
    // `lazy` stays an ordinary name; with blocks allow lazy imports.
    rt.exec("lazy = 1\nimport math as lazy2\nassert lazy == 1\n").unwrap();
    rt.exec("compile('import contextlib\\nwith contextlib.nullcontext():\\n    lazy import os\\n', 'x.py', 'exec')").ok();
}

#[test]
fn resolution_error_points_at_the_use() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = module_dir("err", &[("broken_mod.py", "raise ValueError('broken at import')\n")]);
    let rt = Runtime::builder().path(dir).build();
    rt.run_module_source("err_user", "lazy import broken_mod\n\n\ndef use():\n    return broken_mod.x\n").unwrap();
    let e = rt.eval("__import__('err_user').use()").unwrap_err();
    let text = format!("{} {}", e.traceback, e);
    assert!(text.contains("broken at import"), "{}", text);
    assert!(text.contains("line 5"), "traceback should point at the use (line 5): {}", text);
}
