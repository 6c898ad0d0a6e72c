//! Design: DESIGN.md#compiler
//!
//! Scope analysis: for every function, lambda, class, comprehension and
//! module, which names are local, global (explicit or implicit), free or
//! cell, with CPython's SyntaxErrors for bad scoping. Scopes are found by
//! the `TextRange` of the AST node that opens them.
//!
//! API CONTRACT (codegen relies on it; keep it stable):
//! * `SymbolTable::build(module, source, filename)` → table or CompileError.
//! * `table.top()` is the module scope; `table.scope_for(range)` the scope
//!   opened by a `def`/`async def`/`lambda`/`class`/comprehension/genexp
//!   node with that range (panics if none: codegen only asks for those).
//! * `scope.lookup(name)` → resolved `SymScope`.
//! * `scope.varnames`: parameters in signature order (positional-only,
//!   positional, *args, keyword-only, **kwargs), then other locals in
//!   first-appearance order — the fast-locals order.
//! * `scope.cellvars` / `scope.freevars`: sorted names (CPython sorts
//!   them); a parameter that is also a cell appears in both `varnames` and
//!   `cellvars`.
//! STUB: to be implemented.

#![forbid(unsafe_code)]

use std::collections::HashMap;

use ruff_text_size::TextRange;

use super::source::SourceMap;
use super::CompileError;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// List/set/dict comprehension or generator expression (own scope).
    Comprehension,
    /// PEP 695 annotation/type-parameter scopes.
    Annotation,
    TypeParams,
}

/// Where a name resolves (CPython's LOCAL / GLOBAL_EXPLICIT /
/// GLOBAL_IMPLICIT / FREE / CELL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Symbol flags (how a name is used in its scope).
pub mod def {
    pub const LOCAL: u32 = 1 << 0;
    pub const GLOBAL: u32 = 1 << 1;
    pub const NONLOCAL: u32 = 1 << 2;
    pub const PARAM: u32 = 1 << 3;
    pub const USE: u32 = 1 << 4;
    pub const IMPORT: u32 = 1 << 5;
    pub const ANNOT: u32 = 1 << 6;
    /// Bound by a comprehension's iteration target.
    pub const COMP_ITER: u32 = 1 << 7;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Dotted qualified name as CPython's `__qualname__` (`f.<locals>.g`).
    pub qualname: String,
    pub lineno: u32,
    pub symbols: HashMap<String, Symbol>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// A method (or nested function) uses `super()` or `__class__`: the
    /// class body must create the `__class__` cell.
    pub needs_class_closure: bool,
    /// The class body's namespace is needed by an annotation scope.
    pub needs_classdict: bool,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> SymScope {
        self.symbols.get(name).map(|s| s.scope).unwrap_or(match self.kind {
            ScopeKind::Module | ScopeKind::Class => SymScope::GlobalImplicit,
            _ => SymScope::GlobalImplicit,
        })
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    pub fn build(
        _module: &ruff_python_ast::Mod,
        _source: &SourceMap<'_>,
        _filename: &str,
    ) -> Result<SymbolTable, CompileError> {
        unimplemented!("symtable")
    }

    pub fn top(&self) -> ScopeId {
        0
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    pub fn scope_for(&self, range: TextRange) -> ScopeId {
        self.by_range[&(range.start().to_u32(), range.end().to_u32())]
    }
}
