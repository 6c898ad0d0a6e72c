//! Design: DESIGN.md#compiler
//! STUB: to be written.
#![forbid(unsafe_code)]

use super::{CompileError, Mode};
use crate::object::Value;

/// Compiles a whole source text (entry point used by `compile::compile`).
pub fn compile_source(_source: &str, filename: &str, _mode: Mode) -> Result<Value, CompileError> {
    Err(CompileError {
        kind: crate::error::ExcKind::SystemError,
        msg: "compiler not written yet".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    })
}
