//! Design: DESIGN.md#compiler
//!
//! `match` statement code generation (CPython 3.13's pattern compiler).

#![forbid(unsafe_code)]

use ruff_python_ast as ast;

use super::codegen::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        Err(self.error(m.range, "match statements are not supported yet"))
    }
}
