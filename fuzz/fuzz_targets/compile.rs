//! Arbitrary bytes (UTF-8 lossy) through the whole compiler front end:
//! pre-scan, parser, depth limit, validation, error printing, then
//! `compile` (symbol table and code generator). Any panic or stack
//! overflow is a bug; errors are fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weft::compile::{compile, errors, source::SourceMap, Mode};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    for mode in [Mode::Exec, Mode::Eval] {
        match errors::parse(&src, "fuzz.py", mode) {
            Ok(module) => {
                let map = SourceMap::new(&src);
                if let Err(e) = errors::validate(&module, &map, "fuzz.py") {
                    let _ = errors::format_syntax_error(&e);
                }
            }
            Err(e) => {
                let _ = errors::format_syntax_error(&e);
            }
        }
        let _ = compile(&src, "fuzz.py", mode);
    }
});
