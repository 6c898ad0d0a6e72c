//! The `weft` command.
//!
//! ```text
//! weft --version          print the version
//! weft dis FILE.py        disassemble a module (CPython 3.13's dis layout)
//! weft dis -c CODE        disassemble a source string (filename "<string>")
//! weft FILE.py            run a program (needs the eval loop: not built yet)
//! ```
//!
//! The argument surface is four forms, so it is parsed by hand rather than
//! with a CLI crate. A SyntaxError prints CPython's traceback-less report
//! on stderr and exits 1.

use std::io::Write;
use std::process::ExitCode;

use weft::compile::{compile, CompileError, Mode};

const USAGE: &str = "usage: weft [--version] | weft dis FILE.py | weft dis -c CODE | weft FILE.py";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
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
        _ => {
            eprintln!("weft: running Python programs needs the compiler and eval loop, which are not built yet");
            ExitCode::from(2)
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
    fallback_syntax_error(e)
}

/// `  File "x.py", line N` / the source line / a caret / `Kind: msg`.
fn fallback_syntax_error(e: &CompileError) -> String {
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.lineno);
    if let Some(text) = &e.text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        let start = (e.offset as usize).saturating_sub(1).saturating_sub(indent);
        let width = if e.end_lineno == e.lineno && e.end_offset > e.offset {
            (e.end_offset - e.offset) as usize
        } else {
            1
        };
        out.push_str("    ");
        out.push_str(&" ".repeat(start));
        out.push_str(&"^".repeat(width));
        out.push('\n');
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    out
}
