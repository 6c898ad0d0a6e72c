//! The `weft` command.
//!
//! ```text
//! weft --version          print the version
//! weft dis FILE.py        disassemble a module (CPython 3.13's dis layout)
//! weft dis -c CODE        disassemble a source string (filename "<string>")
//! weft FILE.py [ARGS]     run a program
//! weft -c CODE [ARGS]     run a source string
//! weft -m MODULE [ARGS]   run a module found on the path as __main__
//! weft --stats ...        print the runtime's counters at exit
//! weft -X lazy_imports=normal|all|none ...   the lazy-import mode
//! weft                    the interactive prompt (stdin a terminal), else
//!                         run the program read from stdin
//! ```
//!
//! Ctrl-C raises KeyboardInterrupt in the main thread (`vm::signals`); an
//! uncaught one exits with status 130, as CPython's shell status.
//!
//! The argument surface is four forms, so it is parsed by hand rather than
//! with a CLI crate. A SyntaxError prints CPython's traceback-less report
//! on stderr and exits 1.

use std::alloc::GlobalAlloc;
use std::io::Write;
use std::process::ExitCode;

use weft::compile::{compile, CompileError, Mode};

/// mimalloc (DESIGN.md#dependencies): per-thread heaps, and a free from
/// another thread is one push onto the owning page's list instead of
/// glibc's arena lock and consolidation (interp_queue: the consumer frees
/// every message the producer allocated).
///
/// Layouts mimalloc's plain `mi_malloc` already satisfies (alignment at most
/// its guaranteed 16 and no larger than the size, std's `MIN_ALIGN` rule)
/// are served by it: the `mimalloc` crate's `mi_malloc_aligned` takes the
/// generic aligned path (~130 host instructions more) whenever the size
/// class's page has no free block at hand, which in steady alloc/free
/// traffic is one allocation in two (`BUILD_TUPLE` + its free: 885 → 765
/// instructions per tuple). Larger alignments keep the aligned calls.
#[global_allocator]
static GLOBAL: WeftAlloc = WeftAlloc;

struct WeftAlloc;

/// mimalloc's guaranteed alignment of `mi_malloc` blocks of at least this size.
const MI_MAX_ALIGN: usize = 16;

extern "C" {
    fn mi_malloc(size: usize) -> *mut core::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut core::ffi::c_void;
    fn mi_realloc(p: *mut core::ffi::c_void, newsize: usize) -> *mut core::ffi::c_void;
}

// SAFETY: every block comes from mimalloc (plain or aligned entry points,
// which share one heap and one `mi_free`), with at least the layout's size
// and alignment: the plain calls only for alignments mimalloc guarantees
// for that size (`MI_MAX_ALIGN`, and never above the size), the rest
// through `MiMalloc`'s aligned calls.
unsafe impl GlobalAlloc for WeftAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MAX_ALIGN && layout.align() <= layout.size() {
            // SAFETY: a plain allocation; see the impl's comment.
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded GlobalAlloc contract.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MAX_ALIGN && layout.align() <= layout.size() {
            // SAFETY: a plain zeroed allocation; see the impl's comment.
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded GlobalAlloc contract.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator (mimalloc); `mi_free` frees
        // plain and aligned blocks alike.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MI_MAX_ALIGN && layout.align() <= new_size {
            // SAFETY: `ptr` is a mimalloc block of this layout; the new
            // block has mimalloc's guaranteed alignment for `new_size`.
            unsafe { mi_realloc(ptr as *mut core::ffi::c_void, new_size) as *mut u8 }
        } else {
            // SAFETY: forwarded GlobalAlloc contract.
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

const USAGE: &str = "usage: weft [--version] | weft dis FILE.py | weft dis -c CODE | weft FILE.py [ARGS] | weft -c CODE [ARGS] | weft -m MODULE [ARGS]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Leading options: `--stats` (print the runtime's counters at exit) and
    // `-X OPT` / `-XOPT` (`lazy_imports=normal|all|none`; others ignored,
    // as CPython keeps unknown ones in sys._xoptions).
    loop {
        match args.first().copied() {
            Some("--stats") => {
                STATS.store(true, weft::sync::Ordering::Relaxed);
                args.remove(0);
            }
            Some("-X") if args.len() > 1 => {
                if let Err(msg) = x_option(args[1]) {
                    eprintln!("weft: {}", msg);
                    return ExitCode::from(2);
                }
                args.drain(..2);
            }
            Some(x) if x.starts_with("-X") && x.len() > 2 => {
                if let Err(msg) = x_option(&x[2..]) {
                    eprintln!("weft: {}", msg);
                    return ExitCode::from(2);
                }
                args.remove(0);
            }
            _ => break,
        }
    }
    match args.as_slice() {
        [] => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                return run_on_big_stack(Program::Repl, vec![String::new()]);
            }
            match read_source("-") {
                Ok(src) => run_on_big_stack(Program::Source(src, "<stdin>".into()), vec![String::new()]),
                Err(msg) => {
                    eprintln!("weft: {}", msg);
                    ExitCode::from(2)
                }
            }
        }
        ["--version"] | ["-V"] => {
            println!("Weft {} (Python 3.13 compatible)", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        ["-h"] | ["--help"] => {
            println!("{}", USAGE);
            ExitCode::SUCCESS
        }
        ["dis", "-c", code] => dis_source(code, "<string>"),
        ["dis", path] if !path.starts_with('-') || *path == "-" => match read_source(path) {
            Ok(src) => dis_source(&src, path),
            Err(msg) => {
                eprintln!("weft: {}", msg);
                ExitCode::from(2)
            }
        },
        ["dis", ..] => {
            eprintln!("{}", USAGE);
            ExitCode::from(2)
        }
        ["-c", code, rest @ ..] => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest.iter().map(|s| s.to_string()));
            run_on_big_stack(Program::Source(code.to_string(), "<string>".into()), argv)
        }
        ["-m", module, rest @ ..] => {
            let mut argv = vec![module.to_string()];
            argv.extend(rest.iter().map(|s| s.to_string()));
            run_on_big_stack(Program::Module(module.to_string()), argv)
        }
        [path, rest @ ..] if !path.starts_with('-') || *path == "-" => {
            let src = match read_source(path) {
                Ok(s) => s,
                Err(msg) => {
                    eprintln!("weft: {}", msg);
                    return ExitCode::from(2);
                }
            };
            let argv: Vec<String> = std::iter::once(path.to_string()).chain(rest.iter().map(|s| s.to_string())).collect();
            // Code objects and __file__ carry the absolute path, as CPython's.
            let filename = if *path == "-" {
                "<stdin>".to_string()
            } else {
                std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string())
            };
            run_on_big_stack(Program::Source(src, filename), argv)
        }
        _ => {
            eprintln!("{}", USAGE);
            ExitCode::from(2)
        }
    }
}

enum Program {
    /// Source text and its filename.
    Source(String, String),
    Module(String),
    /// The interactive prompt.
    Repl,
}

/// Runs the program on a thread with a large stack: Python→Python calls
/// do not use the Rust stack, but native→Python calls (key functions,
/// `__init__`, `__eq__`) nest activations, which do.
/// `--stats` was given.
static STATS: weft::sync::AtomicBool = weft::sync::AtomicBool::new(false);

/// One `-X` option.
fn x_option(opt: &str) -> Result<(), String> {
    if let Some(v) = opt.strip_prefix("gil=") {
        // CPython's message for a bad value.
        return match v {
            "0" => Ok(weft::vm::gil::request_main_gil(false)),
            "1" => Ok(weft::vm::gil::request_main_gil(true)),
            _ => Err("-X gil=n: n must be 0 or 1".to_string()),
        };
    }
    if let Some(mode) = opt.strip_prefix("lazy_imports=") {
        return weft::vm::lazy::set_mode_from_str(mode)
            .map_err(|_| format!("-X lazy_imports: invalid mode {:?} (normal, all or none)", mode));
    }
    Ok(())
}

fn run_on_big_stack(p: Program, argv: Vec<String>) -> ExitCode {
    let h = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || {
            // The native stack guard keeps its reserve at the bottom of
            // the 1 GiB (DESIGN.md#recursion-limits).
            weft::vm::frame::set_thread_stack_size(1 << 30);
            // This thread is Python's main thread: SIGINT lands here.
            weft::vm::signals::install();
            let start = std::time::Instant::now();
            let code = run_program(p, argv);
            if STATS.load(weft::sync::Ordering::Relaxed) {
                let wall = start.elapsed().as_secs_f64();
                let report = weft::vm::metrics::snapshot().report(wall);
                weft::builtins::io::flush_stdout();
                let _ = std::io::stderr().lock().write_all(report.as_bytes());
            }
            code
        })
        .expect("spawn main thread");
    let code = h.join().unwrap_or(70);
    ExitCode::from(code)
}

fn run_program(p: Program, argv: Vec<String>) -> u8 {
    use weft::object::{dict, module, str as pystr};
    use weft::vm::interp;
    *interp::ARGV.lock() = argv.clone();
    let script_dir = match &p {
        Program::Source(_, f) if f != "<string>" && f != "<stdin>" => std::path::Path::new(f)
            .parent()
            .map(|d| if d.as_os_str().is_empty() { ".".to_string() } else { d.to_string_lossy().into_owned() })
            .unwrap_or_else(|| ".".into()),
        _ => ".".to_string(),
    };
    let it = interp::interp();
    interp::set_script_dir(&script_dir);
    // `-m NAME`: find NAME on the path and run its file as __main__ with
    // the file's absolute path as argv[0], as CPython's runpy.
    let p = match p {
        Program::Module(name) => {
            let found = interp::find_module_file(&name).and_then(|(f, is_pkg)| {
                let f = if is_pkg { f.replace("__init__.py", "__main__.py") } else { f };
                let abs = std::path::absolute(&f).map(|p| p.to_string_lossy().into_owned()).unwrap_or(f);
                std::fs::read_to_string(&abs).ok().map(|src| (src, abs))
            });
            // Then the frozen library (`-m timeit`, `-m dis`), found after
            // the path as its imports are; a package runs its `__main__`.
            let found = found.or_else(|| {
                let f = weft::modules::frozen::find(&name)?;
                let f = if f.is_package { weft::modules::frozen::find(&format!("{}.__main__", name))? } else { f };
                Some((f.source.to_string(), weft::modules::frozen::filename(f.name)))
            });
            match found {
                Some((src, abs)) => {
                    let mut argv = interp::ARGV.lock().clone();
                    if let Some(a0) = argv.first_mut() {
                        *a0 = abs.clone();
                    }
                    if let Ok(Some(sys)) = dict::dict_get(&it.modules, &pystr::intern("sys")) {
                        let l = weft::object::list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect());
                        let _ = weft::object::ops::setattr(&sys, &pystr::intern("argv"), Some(&l));
                    }
                    Program::Source(src, abs)
                }
                None => {
                    eprintln!("weft: No module named {}", name);
                    return 1;
                }
            }
        }
        p => p,
    };
    let result = match p {
        Program::Module(_) => Ok(()),
        Program::Repl => {
            let m = module::new_module("__main__");
            let g = module::module_dict_value(&m).expect("dict");
            let _ = dict::dict_set(&g, pystr::intern("__builtins__"), it.builtins.clone());
            let _ = dict::dict_set(&it.modules, pystr::intern("__main__"), m.clone());
            repl(&g)
        }
        Program::Source(src, filename) => {
            let code = match compile(&src, &filename, Mode::Exec) {
                Ok(c) => c,
                Err(e) => {
                    weft::builtins::io::flush_stdout();
                    let _ = std::io::stderr().lock().write_all(syntax_error_text(&e).as_bytes());
                    return 1;
                }
            };
            // CPython shows no source lines for a program read from stdin.
            if filename != "<stdin>" {
                weft::object::exc::register_source(&filename, &src);
            }
            let m = module::new_module("__main__");
            let g = module::module_dict_value(&m).expect("dict");
            let _ = dict::dict_set(&g, pystr::intern("__builtins__"), it.builtins.clone());
            if filename != "<string>" && filename != "<stdin>" {
                let _ = dict::dict_set(&g, pystr::intern("__file__"), pystr::new_str(&filename));
            }
            let _ = dict::dict_set(&it.modules, pystr::intern("__main__"), m.clone());
            weft::vm::eval::eval_code(&code, &g, None).map(|_| ())
        }
    };
    let status = match result {
        Ok(()) => 0,
        Err(e) => {
            weft::modules::sys::flush_std_streams();
            report_uncaught(e)
        }
    };
    shutdown_threads();
    interp::run_exit_funcs();
    weft::modules::sys::flush_std_streams();
    let _ = std::io::stdout().flush();
    status
}

/// Waits for the non-daemon threads (`threading._shutdown`, if threading
/// was imported) before the atexit handlers run, as CPython does.
fn shutdown_threads() {
    use weft::object::{dict, ops, str as pystr};
    let it = weft::vm::interp::interp();
    let Ok(Some(t)) = dict::dict_get(&it.modules, &pystr::intern("threading")) else { return };
    let Ok(f) = ops::getattr(&t, &pystr::intern("_shutdown")) else { return };
    if let Err(e) = ops::call(&f, &[], None) {
        weft::modules::sys::flush_std_streams();
        let text = weft::object::exc::format_exception(&e.value());
        let _ = std::io::stderr().lock().write_all(format!("Exception ignored on threading shutdown:\n{}", text).as_bytes());
    }
}

/// Prints an uncaught exception (or honours SystemExit); the exit status.
fn report_uncaught(e: weft::PyErr) -> u8 {
    use weft::object::ops;
    let v = e.value();
    if e.matches(weft::ExcKind::SystemExit) {
        let code = ops::getattr(&v, &weft::object::str::intern("code")).unwrap_or_else(|_| weft::Value::none());
        if code.is_none() {
            return 0;
        }
        if let Some(i) = weft::object::int::to_i64(&code) {
            return (i & 0xFF) as u8;
        }
        let s = ops::str_string(&code).unwrap_or_default();
        eprintln!("{}", s);
        return 1;
    }
    let text = weft::object::exc::format_exception(&v);
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    // CPython re-raises SIGINT on an uncaught KeyboardInterrupt; the
    // shell sees 128 + 2.
    if e.matches(weft::ExcKind::KeyboardInterrupt) {
        return 130;
    }
    1
}

/// Is `e` only the compiler asking for more lines (an open bracket or
/// triple-quoted string, a block header without its body)?
fn is_incomplete(e: &CompileError) -> bool {
    ["was never closed", "unterminated triple-quoted", "expected an indented block", "unexpected EOF"]
        .iter()
        .any(|m| e.msg.contains(m))
}

/// The interactive prompt: `>>> ` / `... `, a compound statement ends at
/// an empty line; each input is compiled in Single mode (expression
/// results printed); errors print a traceback and the prompt goes on.
/// Ctrl-C at the prompt prints `KeyboardInterrupt`; Ctrl-D exits.
fn repl(g: &weft::Value) -> weft::PyResult<()> {
    use rustyline::error::ReadlineError;
    eprintln!(
        "Python 3.13.0 (weft {}) [Rust]\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
        env!("CARGO_PKG_VERSION")
    );
    let mut history: Vec<String> = Vec::new();
    let mut src = String::new();
    loop {
        let prompt = if src.is_empty() { ">>> " } else { "... " };
        // An editor per line: rustyline takes over SIGINT while an editor
        // exists and gives it back on drop, so Ctrl-C while the input runs
        // reaches vm::signals (KeyboardInterrupt). History is kept here.
        let mut rl = match rustyline::DefaultEditor::new() {
            Ok(rl) => rl,
            Err(e) => {
                eprintln!("weft: no line editor: {}", e);
                return Ok(());
            }
        };
        for h in &history {
            let _ = rl.add_history_entry(h.as_str());
        }
        let read = rl.readline(prompt);
        drop(rl);
        let line = match read {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                src.clear();
                continue;
            }
            Err(ReadlineError::Eof) => return Ok(()),
            Err(e) => {
                eprintln!("weft: {}", e);
                return Ok(());
            }
        };
        if !line.trim().is_empty() && history.last() != Some(&line) {
            history.push(line.clone());
        }
        if src.is_empty() && line.trim().is_empty() {
            continue;
        }
        let continuing = !src.is_empty();
        src.push_str(&line);
        src.push('\n');
        // A block (a header ending in ':' or a decorator) runs only at an
        // empty line, as CPython's prompt.
        let block = src.trim_start().starts_with('@') || src.lines().any(|l| l.trim_end().ends_with(':'));
        let at_end = continuing && line.trim().is_empty();
        let code = match compile(&src, "<stdin>", Mode::Single) {
            Ok(_) if block && !at_end => continue,
            Ok(c) => c,
            Err(e) if is_incomplete(&e) && !at_end => continue,
            Err(e) => {
                weft::builtins::io::flush_stdout();
                let _ = std::io::stderr().lock().write_all(syntax_error_text(&e).as_bytes());
                src.clear();
                continue;
            }
        };
        src.clear();
        // A Ctrl-C that arrived after the last poll is not for this input.
        weft::vm::signals::take_pending();
        let r = weft::vm::eval::eval_code(&code, g, None);
        weft::modules::sys::flush_std_streams();
        if let Err(e) = r {
            if e.matches(weft::ExcKind::SystemExit) {
                return Err(e);
            }
            let text = weft::object::exc::format_exception(&e.value());
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        }
    }
}

/// Reads a source file (`-` is stdin) as UTF-8, as CPython's default
/// source encoding.
fn read_source(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b).map_err(|e| format!("can't read stdin: {}", e))?;
        b
    } else {
        std::fs::read(path).map_err(|e| {
            format!("can't open file '{}': [Errno {}] {}", path, e.raw_os_error().unwrap_or(0), errno_text(&e))
        })?
    };
    // A UTF-8 BOM is allowed at the start, as CPython's tokenizer does.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").map(<[u8]>::to_vec).unwrap_or(bytes);
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
            path,
            e.as_bytes()[e.utf8_error().valid_up_to()],
            e.utf8_error().valid_up_to()
        )
    })
}

/// `No such file or directory` without Rust's " (os error 2)" suffix.
fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn dis_source(src: &str, filename: &str) -> ExitCode {
    match compile(src, filename, Mode::Exec) {
        Ok(code) => {
            let text = weft::bytecode::dis::dis(&code);
            // A closed pipe (`weft dis x.py | head`) is not an error.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = std::io::stderr().lock().write_all(syntax_error_text(&e).as_bytes());
            ExitCode::from(1)
        }
    }
}

/// CPython's report of an uncaught SyntaxError without the traceback.
fn syntax_error_text(e: &CompileError) -> String {
    weft::compile::errors::format_syntax_error(e)
}
