//! Design: DESIGN.md#compiler
//!
//! Python source → AST (ruff_python_parser) → symbol table → bytecode code
//! objects. Pipeline:
//!
//! | module      | what                                                        |
//! |-------------|-------------------------------------------------------------|
//! | `source`    | byte offsets → (line, column), source lines for error text  |
//! | `errors`    | parser errors → CPython's SyntaxError wording; formatting    |
//! | `limits`    | nesting-depth pre-check (deep input never overflows the stack) |
//! | `symtable`  | scopes: local / global / nonlocal / free / cell              |
//! | `codegen`   | AST → instruction list with labels, per code object          |
//! | `assemble`  | labels → offsets, EXTENDED_ARG, stack depth, line and exception tables |

#![forbid(unsafe_code)]

pub mod assemble;
pub mod codegen;
pub mod codegen_expr;
pub mod codegen_pattern;
pub mod errors;
pub mod limits;
pub mod source;
pub mod symtable;
pub mod unparse;

use crate::error::ExcKind;
use crate::object::Value;

/// What kind of source `compile` gets (`compile()`'s mode argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement; expression statements print their value.
    Single,
}

/// A SyntaxError (or IndentationError / TabError / RecursionError raised
/// while compiling), with CPython's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ExcKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (CPython's `offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, if known.
    pub text: Option<String>,
}

/// Compiles `source` into a code object value.
///
/// The parser and the compiler's passes recurse over the tree, and a
/// source of `n` bytes nests at most `n` deep: when the calling thread's
/// native stack has less than [`STACK_PER_SOURCE_BYTE`] bytes per source
/// byte left (a small-stack thread), the compile runs on a helper thread
/// with a 256 MiB stack instead (DESIGN.md#recursion-limits).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Value, CompileError> {
    #[cfg(not(weft_loom))]
    {
        let (left, _) = crate::vm::stack::remaining();
        if left / STACK_PER_SOURCE_BYTE < source.len() {
            return limits::with_stack(256 << 20, || codegen::compile_source(source, filename, mode));
        }
    }
    codegen::compile_source(source, filename, mode)
}

/// Native stack the parser and compiler may need per level of nesting (a
/// bound on the bytes per level, measured with margin).
pub const STACK_PER_SOURCE_BYTE: usize = 2048;
