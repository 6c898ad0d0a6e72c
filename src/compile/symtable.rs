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
//!   A generic `def`/`class`/`type` statement's type-parameter scope is
//!   found by the range of its `TypeParams` node (`[T, ...]`), a `type X =
//!   v` statement's value scope by the statement's range, and a TypeVar
//!   bound/default scope by `table.annotation_scope_for(expr.range())`.
//! * `scope.lookup(name)` → resolved `SymScope`. Names are stored mangled
//!   (`__x` inside class `C` is `_C__x`), as in CPython: look up
//!   `scope.mangle(name)`.
//! * `scope.varnames`: parameters in CPython's `co_varnames` order
//!   (positional-only, positional, keyword-only, *args, **kwargs — CPython
//!   puts keyword-only before `*args`), then the other LOCAL (non-cell)
//!   names in the order CPython's code generator first emits them — the
//!   fast-locals order, equal to CPython's `co_varnames`.
//! * `scope.cellvars` / `scope.freevars`: sorted names (CPython sorts
//!   them); a parameter that is also a cell appears in both `varnames` and
//!   `cellvars`. A class scope's cellvars are `__class__` (if
//!   `needs_class_closure`) then `__classdict__` (if `needs_classdict`); its
//!   freevars include names free in methods that the class body also binds
//!   (flag `def::FREE_CLASS`), as CPython's `co_freevars`.
//!
//! Errors that CPython raises from its code generator rather than its
//! symbol table (`'return' outside function`, `'yield' outside function`,
//! `'await' outside (async) function`, `'break' outside loop`, ...) are
//! also found here, but reported only when the symbol table itself has no
//! error, as CPython does.

#![forbid(unsafe_code)]

use std::borrow::Cow;

// Fast hashing: keys are identifiers of the file being compiled.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, ExprContext, Mod, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::source::SourceMap;
use super::CompileError;
use crate::error::ExcKind;

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

/// Which comprehension a `ScopeKind::Comprehension` scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
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
    /// A PEP 695 type parameter.
    pub const TYPE_PARAM: u32 = 1 << 8;
    /// Free in a nested function and also bound/used in this class body
    /// (CPython's DEF_FREE_CLASS): listed in the class's freevars.
    pub const FREE_CLASS: u32 = 1 << 9;
    /// Any binding (CPython's DEF_BOUND).
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
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
    /// Set for comprehension scopes.
    pub comp_kind: Option<CompKind>,
    /// The class name used for private-name mangling in this scope.
    pub private: Option<String>,
    /// `async def` (the code object is a coroutine / async generator).
    pub is_async_def: bool,
    /// An annotation scope nested in a class that can see the class
    /// namespace (loads go through `__classdict__`).
    pub can_see_class_scope: bool,
    /// In a generic class's type-parameter scope only the type parameter
    /// names are mangled (CPython's `ste_mangled_names`).
    pub mangled_names: Option<HashSet<String>>,
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    mangle_cow(private, name).into_owned()
}

/// `mangle` without allocating when the name stays as it is.
fn mangle_cow<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(p) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

impl Scope {
    pub fn lookup(&self, name: &str) -> SymScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(match self.kind {
                ScopeKind::Module | ScopeKind::Class => SymScope::GlobalImplicit,
                _ => SymScope::GlobalImplicit,
            })
    }

    /// Flags of a (mangled) name, 0 if the scope doesn't mention it.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// The name as stored in this scope's symbols (private-name mangling).
    pub fn mangle(&self, name: &str) -> String {
        if let Some(m) = &self.mangled_names {
            if !m.contains(name) {
                return name.to_string();
            }
        }
        mangle(self.private.as_deref(), name)
    }

    /// Function-like scopes use fast locals (CPython's `_PyST_IsFunctionLike`).
    pub fn is_function_like(&self) -> bool {
        !matches!(self.kind, ScopeKind::Module | ScopeKind::Class)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// `from __future__ import annotations`: annotations are compiled to
    /// strings (compile/unparse.rs).
    pub future_annotations: bool,
    by_range: HashMap<(u32, u32), ScopeId>,
    by_annotation: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    pub fn build(
        module: &ruff_python_ast::Mod,
        source: &SourceMap<'_>,
        filename: &str,
    ) -> Result<SymbolTable, CompileError> {
        let mut b = Builder::new(source, filename);
        b.new_scope(ScopeKind::Module, "top".into(), None, 1, None);
        match module {
            Mod::Module(m) => {
                b.future_annotations = has_future_annotations(&m.body);
                b.visit_body(&m.body)?;
            }
            Mod::Expression(e) => b.visit_expr(&e.body)?,
        }
        b.exit_scope();
        b.finish()
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

    /// Like `scope_for`, without panicking.
    pub fn try_scope_for(&self, range: TextRange) -> Option<ScopeId> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }

    /// The annotation scope of a TypeVar/ParamSpec/TypeVarTuple bound or
    /// default expression with this range.
    pub fn annotation_scope_for(&self, range: TextRange) -> Option<ScopeId> {
        self.by_annotation
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }
}

fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && matches!(*e.value, Expr::StringLiteral(_)) => {}
            Stmt::ImportFrom(f)
                if f.level == 0
                    && f.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Per-scope state used only while building.
#[derive(Default)]
struct Info {
    /// Symbol names in first-insertion order (CPython's dict order).
    order: Vec<String>,
    /// Parameters in CPython's `ste_varnames` order.
    params: Vec<String>,
    /// Names the code generator touches, in emission order (duplicates
    /// kept), as indices into `Builder::names`.
    log: Vec<u32>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// First global/nonlocal directive (or walrus) location per name.
    directives: HashMap<String, TextRange>,
    loop_depth: u32,
    /// `ste_coroutine` (set by `async def`, `await`, async comprehensions).
    coroutine: bool,
    /// `return value` statements, for the async-generator check.
    value_returns: Vec<(u64, TextRange)>,
    /// For annotation scopes: what it is ("a TypeVar bound", ...).
    annotation_info: Option<&'static str>,
}

type R<T = ()> = Result<T, CompileError>;

struct Builder<'s, 'a> {
    src: &'s SourceMap<'a>,
    filename: &'s str,
    scopes: Vec<Scope>,
    info: Vec<Info>,
    stack: Vec<ScopeId>,
    by_range: HashMap<(u32, u32), ScopeId>,
    by_annotation: HashMap<(u32, u32), ScopeId>,
    private: Option<String>,
    future_annotations: bool,
    /// Errors CPython's code generator raises: (visit order, error).
    deferred: Vec<(u64, CompileError)>,
    seq: u64,
    /// > 0 while visiting code the code generator doesn't emit.
    no_record: u32,
    /// Interned (mangled) names of the logs.
    names: Vec<String>,
    name_ids: HashMap<String, u32>,
}

const GLOBAL_PARAM: &str = "name '{}' is parameter and global";
const GLOBAL_AFTER_USE: &str = "name '{}' is used prior to global declaration";
const GLOBAL_ANNOT: &str = "annotated name '{}' can't be global";
const GLOBAL_AFTER_ASSIGN: &str = "name '{}' is assigned to before global declaration";
const NONLOCAL_PARAM: &str = "name '{}' is parameter and nonlocal";
const NONLOCAL_AFTER_USE: &str = "name '{}' is used prior to nonlocal declaration";
const NONLOCAL_ANNOT: &str = "annotated name '{}' can't be nonlocal";
const NONLOCAL_AFTER_ASSIGN: &str = "name '{}' is assigned to before nonlocal declaration";

fn fmt1(template: &str, name: &str) -> String {
    template.replacen("{}", name, 1)
}

fn name_of(e: &Expr) -> Option<&str> {
    match e {
        Expr::Name(n) => Some(n.id.as_str()),
        _ => None,
    }
}

impl<'s, 'a> Builder<'s, 'a> {
    fn new(src: &'s SourceMap<'a>, filename: &'s str) -> Self {
        Builder {
            src,
            filename,
            scopes: Vec::new(),
            info: Vec::new(),
            stack: Vec::new(),
            by_range: HashMap::default(),
            by_annotation: HashMap::default(),
            private: None,
            future_annotations: false,
            deferred: Vec::new(),
            seq: 0,
            no_record: 0,
            names: Vec::new(),
            name_ids: HashMap::default(),
        }
    }

    // ----- errors -------------------------------------------------------

    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let (lineno, offset) = self.src.line_char_col(range.start().to_u32());
        let (end_lineno, end_offset) = self.src.line_char_col(range.end().to_u32());
        CompileError {
            kind: ExcKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: self.src.line_text(lineno).map(|s| s.to_string()),
        }
    }

    fn err<T>(&self, msg: impl Into<String>, range: TextRange) -> R<T> {
        Err(self.error(msg, range))
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Records an error CPython reports from its code generator.
    fn defer(&mut self, msg: &str, range: TextRange) {
        let seq = self.next_seq();
        let e = self.error(msg, range);
        self.deferred.push((seq, e));
    }

    // ----- scopes -------------------------------------------------------

    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }

    fn new_scope(
        &mut self,
        kind: ScopeKind,
        name: String,
        key: Option<TextRange>,
        lineno: u32,
        annotation_key: Option<TextRange>,
    ) -> ScopeId {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        self.scopes.push(Scope {
            kind,
            name,
            qualname: String::new(),
            lineno,
            symbols: HashMap::default(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            needs_class_closure: false,
            needs_classdict: false,
            comp_kind: None,
            private: self.private.clone(),
            is_async_def: false,
            can_see_class_scope: false,
            mangled_names: None,
        });
        self.info.push(Info::default());
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        if let Some(r) = key {
            self.by_range
                .insert((r.start().to_u32(), r.end().to_u32()), id);
        }
        if let Some(r) = annotation_key {
            self.by_annotation
                .insert((r.start().to_u32(), r.end().to_u32()), id);
        }
        self.stack.push(id);
        id
    }

    fn exit_scope(&mut self) {
        let id = self.stack.pop().unwrap();
        let info = &mut self.info[id];
        let sc = &mut self.scopes[id];
        sc.is_coroutine = info.coroutine;
        if info.coroutine && sc.is_generator && sc.kind == ScopeKind::Function {
            let returns = std::mem::take(&mut info.value_returns);
            for (seq, r) in returns {
                let e = self.error("'return' with value in async generator", r);
                self.deferred.push((seq, e));
            }
        }
    }

    fn line(&self, r: TextRange) -> u32 {
        self.src.line_of(r.start().to_u32())
    }

    fn mangle_in<'n>(&self, id: ScopeId, name: &'n str) -> Cow<'n, str> {
        let sc = &self.scopes[id];
        if let Some(m) = &sc.mangled_names {
            if !m.contains(name) {
                return Cow::Borrowed(name);
            }
        }
        mangle_cow(self.private.as_deref(), name)
    }

    fn lookup_cur(&self, name: &str) -> u32 {
        let id = self.cur();
        let m = self.mangle_in(id, name);
        self.scopes[id].flags(&m)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, range)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) -> R {
        if flag & def::TYPE_PARAM != 0 {
            if let Some(m) = &mut self.scopes[id].mangled_names {
                m.insert(name.to_string());
            }
        }
        let mangled = self.mangle_in(id, name);
        let old = self.scopes[id].symbols.get(&*mangled).map(|s| s.flags);
        let mut val = match old {
            Some(v) => {
                if flag & def::PARAM != 0 && v & def::PARAM != 0 {
                    return self.err(
                        format!("duplicate argument '{name}' in function definition"),
                        range,
                    );
                }
                if flag & def::TYPE_PARAM != 0 && v & def::TYPE_PARAM != 0 {
                    return self.err(format!("duplicate type parameter '{name}'"), range);
                }
                v | flag
            }
            None => flag,
        };
        if self.info[id].comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return self.err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                );
            }
            val |= def::COMP_ITER;
        }
        match self.scopes[id].symbols.get_mut(&*mangled) {
            Some(s) => s.flags = val,
            None => {
                let m = mangled.to_string();
                self.info[id].order.push(m.clone());
                self.scopes[id].symbols.insert(
                    m.clone(),
                    Symbol {
                        name: m,
                        flags: val,
                        scope: SymScope::GlobalImplicit,
                    },
                );
            }
        }
        if flag & def::PARAM != 0 {
            self.info[id].params.push(mangled.into_owned());
        } else if flag & def::GLOBAL != 0 && id != 0 {
            // CPython also marks the name in the module's symbols.
            match self.scopes[0].symbols.get_mut(&*mangled) {
                Some(s) => s.flags |= flag,
                None => {
                    let m = mangled.into_owned();
                    self.info[0].order.push(m.clone());
                    self.scopes[0].symbols.insert(
                        m.clone(),
                        Symbol {
                            name: m,
                            flags: flag,
                            scope: SymScope::GlobalImplicit,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    fn record(&mut self, name: &str) {
        // only function-like scopes use the log (varnames order)
        if self.no_record == 0 && self.in_function_like() {
            let id = self.cur();
            let m = self.mangle_in(id, name);
            let k = match self.name_ids.get(&*m) {
                Some(&k) => k,
                None => {
                    let k = self.names.len() as u32;
                    self.names.push(m.to_string());
                    self.name_ids.insert(m.into_owned(), k);
                    k
                }
            };
            self.info[id].log.push(k);
        }
    }

    fn log_pos(&self) -> usize {
        self.info[self.cur()].log.len()
    }

    /// Reorders the current scope's log: `bounds` are n+1 positions cutting
    /// it into n segments; they are put back in the order `order`.
    fn reorder(&mut self, bounds: &[usize], order: &[usize]) {
        let id = self.cur();
        let log = &mut self.info[id].log;
        let (start, end) = (bounds[0], bounds[bounds.len() - 1]);
        if end - start < 2 {
            return;
        }
        let mut out = Vec::with_capacity(end - start);
        for &k in order {
            out.extend_from_slice(&log[bounds[k]..bounds[k + 1]]);
        }
        log.splice(start..end, out);
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let id = self.cur();
        let m = self.mangle_in(id, name);
        self.info[id].directives.entry(m.into_owned()).or_insert(range);
    }

    fn kind(&self) -> ScopeKind {
        self.scopes[self.cur()].kind
    }

    fn in_function_like(&self) -> bool {
        self.scopes[self.cur()].is_function_like()
    }

    /// CPython's `symtable_raise_if_annotation_block`.
    fn check_annotation_block(&self, what: &str, range: TextRange) -> R {
        let id = self.cur();
        let kind = self.scopes[id].kind;
        if let Some(info) = self.info[id].annotation_info {
            return self.err(format!("{what} cannot be used within {info}"), range);
        }
        if kind == ScopeKind::TypeParams {
            return self.err(
                format!("{what} cannot be used within the definition of a generic"),
                range,
            );
        }
        Ok(())
    }

    // ----- statements ---------------------------------------------------

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.visit_function_def(f),
            Stmt::ClassDef(c) => self.visit_class_def(c),
            Stmt::Return(r) => {
                if !self.in_function_like() {
                    self.defer("'return' outside function", r.range);
                }
                if let Some(v) = &r.value {
                    let seq = self.next_seq();
                    let id = self.cur();
                    self.info[id].value_returns.push((seq, r.range));
                    self.visit_expr(v)?;
                }
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => self.visit_type_alias(t),
            Stmt::Assign(a) => {
                let p0 = self.log_pos();
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                let p1 = self.log_pos();
                self.visit_expr(&a.value)?;
                let p2 = self.log_pos();
                self.reorder(&[p0, p1, p2], &[1, 0]);
                Ok(())
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a),
            Stmt::For(f) => {
                if f.is_async && !self.scopes[self.cur()].is_async_def {
                    self.defer("'async for' outside async function", f.range);
                }
                let p0 = self.log_pos();
                self.visit_expr(&f.target)?;
                let p1 = self.log_pos();
                self.visit_expr(&f.iter)?;
                let p2 = self.log_pos();
                self.reorder(&[p0, p1, p2], &[1, 0]);
                self.visit_loop_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_loop_body(&w.body)?;
                self.visit_body(&w.orelse)
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
                Ok(())
            }
            Stmt::With(w) => {
                if w.is_async && !self.scopes[self.cur()].is_async_def {
                    self.defer("'async with' outside async function", w.range);
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                let p1 = self.log_pos();
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), def::LOCAL, h.range)?;
                        self.record(n.as_str());
                    }
                    self.visit_body(&h.body)?;
                }
                let p2 = self.log_pos();
                self.visit_body(&t.orelse)?;
                let p3 = self.log_pos();
                // The code generator emits `else` before the handlers.
                self.reorder(&[p1, p2, p3], &[1, 0]);
                self.visit_body(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
                Ok(())
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    let cur = self.lookup_cur(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            GLOBAL_PARAM
                        } else if cur & def::USE != 0 {
                            GLOBAL_AFTER_USE
                        } else if cur & def::ANNOT != 0 {
                            GLOBAL_ANNOT
                        } else {
                            GLOBAL_AFTER_ASSIGN
                        };
                        return self.err(fmt1(msg, name), g.range);
                    }
                    self.add_def(name, def::GLOBAL, g.range)?;
                    self.record_directive(name, g.range);
                }
                Ok(())
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    let cur = self.lookup_cur(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            NONLOCAL_PARAM
                        } else if cur & def::USE != 0 {
                            NONLOCAL_AFTER_USE
                        } else if cur & def::ANNOT != 0 {
                            NONLOCAL_ANNOT
                        } else {
                            NONLOCAL_AFTER_ASSIGN
                        };
                        return self.err(fmt1(msg, name), g.range);
                    }
                    self.add_def(name, def::NONLOCAL, g.range)?;
                    self.record_directive(name, g.range);
                }
                Ok(())
            }
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Pass(_) => Ok(()),
            Stmt::Break(b) => {
                if self.info[self.cur()].loop_depth == 0 {
                    self.defer("'break' outside loop", b.range);
                }
                Ok(())
            }
            Stmt::Continue(c) => {
                if self.info[self.cur()].loop_depth == 0 {
                    self.defer("'continue' not properly in loop", c.range);
                }
                Ok(())
            }
            Stmt::IpyEscapeCommand(_) => Ok(()),
        }
    }

    fn visit_loop_body(&mut self, body: &[Stmt]) -> R {
        let id = self.cur();
        self.info[id].loop_depth += 1;
        let r = self.visit_body(body);
        self.info[id].loop_depth -= 1;
        r
    }

    fn visit_alias(&mut self, a: &ast::Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name).as_str();
        if name == "*" {
            if self.kind() != ScopeKind::Module {
                return self.err("import * only allowed at module level", a.range);
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, def::IMPORT, a.range)?;
        self.record(store);
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign) -> R {
        let p0 = self.log_pos();
        if let Some(name) = name_of(&a.target) {
            let cur = self.lookup_cur(name);
            if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                let msg = if cur & def::GLOBAL != 0 {
                    GLOBAL_ANNOT
                } else {
                    NONLOCAL_ANNOT
                };
                return self.err(fmt1(msg, name), a.range);
            }
            let tr = a.target.range();
            if a.simple {
                self.add_def(name, def::ANNOT | def::LOCAL, tr)?;
            }
            if a.value.is_some() {
                self.add_def(name, def::LOCAL, tr)?;
                self.record(name);
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        let p1 = self.log_pos();
        self.visit_annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        let p2 = self.log_pos();
        self.reorder(&[p0, p1, p2], &[1, 0]);
        Ok(())
    }

    /// An annotation: evaluated in the current scope in 3.13 (not at all
    /// in function bodies' variable annotations, nor under
    /// `from __future__ import annotations`).
    fn visit_annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            return Ok(());
        }
        let skip = self.in_function_like();
        if skip {
            self.no_record += 1;
        }
        let r = self.visit_expr(e);
        if skip {
            self.no_record -= 1;
        }
        r
    }

    fn visit_param_annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            return Ok(());
        }
        let ann = |this: &mut Self, a: &Option<Box<Expr>>| -> R {
            if let Some(a) = a {
                this.visit_expr(a)?;
            }
            Ok(())
        };
        for x in p.posonlyargs.iter().chain(p.args.iter()) {
            ann(self, &x.parameter.annotation)?;
        }
        if let Some(v) = &p.vararg {
            ann(self, &v.annotation)?;
        }
        for x in p.kwonlyargs.iter() {
            ann(self, &x.parameter.annotation)?;
        }
        if let Some(v) = &p.kwarg {
            ann(self, &v.annotation)?;
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_defaults(&mut self, p: &ast::Parameters) -> R {
        for x in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &x.default {
                self.visit_expr(d)?;
            }
        }
        for x in p.kwonlyargs.iter() {
            if let Some(d) = &x.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    /// Parameters inside the new function scope (CPython's order:
    /// positional-only, positional, keyword-only, *args, **kwargs).
    fn visit_params(&mut self, p: &ast::Parameters) -> R {
        let id = self.cur();
        for x in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.add_def(x.parameter.name.as_str(), def::PARAM, x.parameter.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(
                v.name.as_str(),
                def::PARAM,
                TextRange::new(v.name.range.start(), v.range.end()),
            )?;
            self.scopes[id].has_varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.add_def(
                v.name.as_str(),
                def::PARAM,
                TextRange::new(v.name.range.start(), v.range.end()),
            )?;
            self.scopes[id].has_varkeywords = true;
        }
        let sc = &mut self.scopes[id];
        sc.posonlyargcount = p.posonlyargs.len() as u32;
        sc.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        sc.kwonlyargcount = p.kwonlyargs.len() as u32;
        Ok(())
    }

    fn visit_function_def(&mut self, f: &ast::StmtFunctionDef) -> R {
        let name = f.name.as_str();
        let p0 = self.log_pos();
        self.add_def(name, def::LOCAL, f.range)?;
        self.record(name);
        let p1 = self.log_pos();
        self.visit_defaults(&f.parameters)?;
        let p2 = self.log_pos();
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let p3 = self.log_pos();
        let lineno = self.line(f.name.range);
        if let Some(tp) = &f.type_params {
            let p = &f.parameters;
            let has_defaults = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .any(|x| x.default.is_some());
            let has_kwdefaults = p.kwonlyargs.iter().any(|x| x.default.is_some());
            self.enter_type_param_block(
                name,
                tp,
                has_defaults,
                has_kwdefaults,
                false,
                true,
                lineno,
            )?;
            self.visit_type_params(tp)?;
        }
        self.visit_param_annotations(&f.parameters, f.returns.as_deref())?;
        let p4 = self.log_pos();
        let id = self.new_scope(
            ScopeKind::Function,
            name.to_string(),
            Some(f.range),
            lineno,
            None,
        );
        if f.is_async {
            self.scopes[id].is_async_def = true;
            self.info[id].coroutine = true;
        }
        self.visit_params(&f.parameters)?;
        self.visit_body(&f.body)?;
        self.exit_scope();
        if f.type_params.is_some() {
            self.exit_scope();
        }
        if f.type_params.is_none() {
            // Code generator: decorators, defaults, annotations, store name.
            self.reorder(&[p0, p1, p2, p3, p4], &[2, 1, 3, 0]);
        } else {
            self.reorder(&[p0, p1, p2, p3], &[2, 1, 0]);
        }
        Ok(())
    }

    fn visit_class_def(&mut self, c: &ast::StmtClassDef) -> R {
        let name = c.name.as_str();
        let p0 = self.log_pos();
        self.add_def(name, def::LOCAL, c.range)?;
        self.record(name);
        let p1 = self.log_pos();
        for d in &c.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let saved = self.private.clone();
        let lineno = self.line(c.name.range);
        if let Some(tp) = &c.type_params {
            self.enter_type_param_block(name, tp, false, false, true, false, lineno)?;
            self.private = Some(name.to_string());
            let id = self.cur();
            self.scopes[id].private = self.private.clone();
            self.scopes[id].mangled_names = Some(HashSet::default());
            self.visit_type_params(tp)?;
            self.record(".type_params");
            self.record(".generic_base");
        }
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                self.visit_expr(a)?;
            }
            for k in args.keywords.iter() {
                self.visit_expr(&k.value)?;
            }
        }
        self.private = Some(name.to_string());
        self.new_scope(
            ScopeKind::Class,
            name.to_string(),
            Some(c.range),
            lineno,
            None,
        );
        if c.type_params.is_some() {
            self.add_def("__type_params__", def::LOCAL, c.range)?;
            self.add_def(".type_params", def::USE, c.range)?;
        }
        let r = self.visit_body(&c.body);
        self.exit_scope();
        if c.type_params.is_some() {
            self.exit_scope();
        }
        self.private = saved;
        r?;
        // Code generator: decorators (and bases), then store the name.
        let p2 = self.log_pos();
        self.reorder(&[p0, p1, p2], &[1, 0]);
        Ok(())
    }

    /// CPython's `symtable_enter_type_param_block`.
    #[allow(clippy::too_many_arguments)]
    fn enter_type_param_block(
        &mut self,
        name: &str,
        tp: &ast::TypeParams,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        is_function: bool,
        lineno: u32,
    ) -> R {
        let in_class = self.kind() == ScopeKind::Class;
        let r = tp.range;
        let id = self.new_scope(
            ScopeKind::TypeParams,
            format!("<generic parameters of {name}>"),
            Some(r),
            lineno,
            None,
        );
        if in_class {
            self.scopes[id].can_see_class_scope = true;
            self.add_def("__classdict__", def::USE, r)?;
        }
        if is_class {
            self.add_def(".type_params", def::LOCAL, r)?;
            self.add_def(".type_params", def::USE, r)?;
            self.add_def(".generic_base", def::LOCAL, r)?;
            self.add_def(".generic_base", def::USE, r)?;
        }
        // CPython always declares `.defaults` for a generic function (its
        // AST's default list is never NULL); the argument count is the
        // number of default tuples the code generator actually passes.
        if is_function {
            self.add_def(".defaults", def::PARAM, r)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", def::PARAM, r)?;
        }
        self.scopes[id].argcount = has_defaults as u32 + has_kwdefaults as u32;
        Ok(())
    }

    fn visit_type_params(&mut self, tp: &ast::TypeParams) -> R {
        for p in &tp.type_params {
            let (name, bound, default, range) = match p {
                ast::TypeParam::TypeVar(t) => {
                    (&t.name, t.bound.as_deref(), t.default.as_deref(), t.range)
                }
                ast::TypeParam::TypeVarTuple(t) => (&t.name, None, t.default.as_deref(), t.range),
                ast::TypeParam::ParamSpec(t) => (&t.name, None, t.default.as_deref(), t.range),
            };
            self.add_def(name.as_str(), def::TYPE_PARAM | def::LOCAL, range)?;
            self.record(name.as_str());
            if let Some(b) = bound {
                let info = if matches!(b, Expr::Tuple(_)) {
                    "a TypeVar constraint"
                } else {
                    "a TypeVar bound"
                };
                self.visit_bound_or_default(b, name.as_str(), info)?;
            }
            if let Some(d) = default {
                let info = match p {
                    ast::TypeParam::TypeVar(_) => "a TypeVar default",
                    ast::TypeParam::TypeVarTuple(_) => "a TypeVarTuple default",
                    ast::TypeParam::ParamSpec(_) => "a ParamSpec default",
                };
                self.visit_bound_or_default(d, name.as_str(), info)?;
            }
        }
        Ok(())
    }

    fn visit_bound_or_default(&mut self, e: &Expr, name: &str, info: &'static str) -> R {
        let in_class = self.scopes[self.cur()].can_see_class_scope;
        let lineno = self.line(e.range());
        let id = self.new_scope(
            ScopeKind::Annotation,
            name.to_string(),
            None,
            lineno,
            Some(e.range()),
        );
        self.scopes[id].can_see_class_scope = in_class;
        self.info[id].annotation_info = Some(info);
        if in_class {
            self.add_def("__classdict__", def::USE, e.range())?;
        }
        self.visit_expr(e)?;
        self.exit_scope();
        Ok(())
    }

    fn visit_type_alias(&mut self, t: &ast::StmtTypeAlias) -> R {
        self.visit_expr(&t.name)?;
        let name = name_of(&t.name).unwrap_or("").to_string();
        let in_class = self.kind() == ScopeKind::Class;
        let lineno = self.line(t.range);
        if let Some(tp) = &t.type_params {
            self.enter_type_param_block(&name, tp, false, false, false, false, lineno)?;
            self.visit_type_params(tp)?;
        }
        let id = self.new_scope(ScopeKind::Annotation, name, Some(t.range), lineno, None);
        self.scopes[id].can_see_class_scope = in_class;
        self.info[id].annotation_info = Some("a type alias");
        if in_class {
            self.add_def("__classdict__", def::USE, t.value.range())?;
        }
        self.visit_expr(&t.value)?;
        self.exit_scope();
        if t.type_params.is_some() {
            self.exit_scope();
        }
        Ok(())
    }

    // ----- patterns -----------------------------------------------------

    fn bind_capture(&mut self, name: &str, range: TextRange) -> R {
        self.add_def(name, def::LOCAL, range)?;
        self.record(name);
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
                Ok(())
            }
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.visit_expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind_capture(r.as_str(), m.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind_capture(n.as_str(), s.range)?;
                }
                Ok(())
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind_capture(n.as_str(), a.range)?;
                }
                Ok(())
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
                Ok(())
            }
        }
    }

    // ----- expressions --------------------------------------------------

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values),
            Expr::Named(n) => self.visit_named(n),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                let lineno = self.line(l.range);
                self.new_scope(
                    ScopeKind::Lambda,
                    "<lambda>".into(),
                    Some(l.range),
                    lineno,
                    None,
                );
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit_scope();
                Ok(())
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::ListComp(c) => {
                self.visit_comprehension(CompKind::List, c.range, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(CompKind::Set, c.range, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(
                    CompKind::Dict,
                    c.range,
                    &c.generators,
                    k,
                    Some(&c.value),
                ),
                None => {
                    self.visit_comprehension(CompKind::Dict, c.range, &c.generators, &c.value, None)
                }
            },
            Expr::Generator(c) => {
                self.visit_comprehension(CompKind::Generator, c.range, &c.generators, &c.elt, None)
            }
            Expr::Await(a) => {
                self.check_annotation_block("await expression", a.range)?;
                let id = self.cur();
                let sc = &self.scopes[id];
                if !sc.is_function_like() {
                    self.defer("'await' outside function", a.range);
                } else if !sc.is_async_def && sc.kind != ScopeKind::Comprehension {
                    self.defer("'await' outside async function", a.range);
                }
                self.visit_expr(&a.value)?;
                self.info[id].coroutine = true;
                Ok(())
            }
            Expr::Yield(y) => {
                self.check_annotation_block("yield expression", y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.visit_yield(y.range, false)
            }
            Expr::YieldFrom(y) => {
                self.check_annotation_block("yield expression", y.range)?;
                self.visit_expr(&y.value)?;
                self.visit_yield(y.range, true)
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
                Ok(())
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements)?;
                    }
                }
                Ok(())
            }
            Expr::TString(t) => {
                for ts in t.value.iter() {
                    self.visit_interpolated(&ts.elements)?;
                }
                Ok(())
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => Ok(()),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Name(n) => {
                let name = n.id.as_str();
                let flag = if matches!(n.ctx, ExprContext::Load) {
                    def::USE
                } else {
                    def::LOCAL
                };
                self.add_def(name, flag, n.range)?;
                self.record(name);
                if matches!(n.ctx, ExprContext::Load) && self.in_function_like() && name == "super"
                {
                    self.add_def("__class__", def::USE, n.range)?;
                }
                Ok(())
            }
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.upper {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.step {
                    self.visit_expr(x)?;
                }
                Ok(())
            }
        }
    }

    fn visit_interpolated(&mut self, elements: &ast::InterpolatedStringElements) -> R {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn visit_yield(&mut self, range: TextRange, from: bool) -> R {
        let id = self.cur();
        self.scopes[id].is_generator = true;
        if let Some(k) = self.scopes[id].comp_kind {
            let what = match k {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return self.err(format!("'yield' inside {what}"), range);
        }
        if !self.scopes[id].is_function_like() {
            self.defer("'yield' outside function", range);
        } else if from && self.scopes[id].is_async_def {
            self.defer("'yield from' inside async function", range);
        }
        Ok(())
    }

    fn visit_named(&mut self, n: &ast::ExprNamed) -> R {
        self.check_annotation_block("named expression", n.range)?;
        if self.info[self.cur()].comp_iter_expr > 0 {
            return self.err(
                "assignment expression cannot be used in a comprehension iterable expression",
                n.range,
            );
        }
        if self.scopes[self.cur()].comp_kind.is_some() {
            if let Some(name) = name_of(&n.target) {
                self.extend_namedexpr_scope(name, n.target.range())?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// CPython's `symtable_extend_namedexpr_scope`: a walrus in a
    /// comprehension binds in the nearest enclosing function (or module).
    fn extend_namedexpr_scope(&mut self, name: &str, range: TextRange) -> R {
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let m = self.mangle_in(sid, name);
            let flags = self.scopes[sid].flags(&m);
            if self.scopes[sid].comp_kind.is_some() {
                if flags & def::COMP_ITER != 0 {
                    return self.err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        range,
                    );
                }
                continue;
            }
            match self.scopes[sid].kind {
                ScopeKind::Function | ScopeKind::Lambda => {
                    let f = if flags & def::GLOBAL != 0 { def::GLOBAL } else { def::NONLOCAL };
                    self.add_def(name, f, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(sid, name, def::LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, def::GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(sid, name, def::GLOBAL, range);
                }
                ScopeKind::Class => {
                    return self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    )
                }
                ScopeKind::TypeParams => {
                    return self.err(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        range,
                    )
                }
                ScopeKind::Annotation => {
                    let what = self.info[sid].annotation_info.unwrap_or("an annotation");
                    return self.err(format!("assignment expression within a comprehension cannot be used in {what}"), range);
                }
                ScopeKind::Comprehension => unreachable!(),
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        kind: CompKind,
        range: TextRange,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outer = self.cur();
        let first = &generators[0];
        self.info[outer].comp_iter_expr += 1;
        let r = self.visit_expr(&first.iter);
        self.info[outer].comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let lineno = self.line(range);
        let id = self.new_scope(
            ScopeKind::Comprehension,
            name.into(),
            Some(range),
            lineno,
            None,
        );
        self.scopes[id].comp_kind = Some(kind);
        if first.is_async {
            self.info[id].coroutine = true;
        }
        self.add_def(".0", def::PARAM, range)?;
        self.scopes[id].argcount = 1;
        self.record(".0");
        self.info[id].comp_iter_target = true;
        let r = self.visit_expr(&first.target);
        self.info[id].comp_iter_target = false;
        r?;
        self.visit_exprs(&first.ifs)?;
        for g in &generators[1..] {
            let p0 = self.log_pos();
            self.info[id].comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.info[id].comp_iter_target = false;
            r?;
            let p1 = self.log_pos();
            self.info[id].comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.info[id].comp_iter_expr -= 1;
            r?;
            let p2 = self.log_pos();
            self.reorder(&[p0, p1, p2], &[1, 0]);
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.info[id].coroutine = true;
            }
        }
        self.visit_expr(elt)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        let is_generator = kind == CompKind::Generator;
        self.scopes[id].is_generator = is_generator;
        let is_async = self.info[id].coroutine && !is_generator;
        self.exit_scope();
        let o = &self.scopes[outer];
        let outer_async_def =
            matches!(o.kind, ScopeKind::Function | ScopeKind::Lambda) && self.info[outer].coroutine;
        if is_async && !outer_async_def && o.comp_kind.is_none() {
            return self.err(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            );
        }
        if is_async {
            self.info[outer].coroutine = true;
        }
        Ok(())
    }

    // ----- analysis -----------------------------------------------------

    fn finish(mut self) -> R<SymbolTable> {
        let mut free = HashSet::default();
        self.analyze_block(0, None, &mut free, HashSet::default(), HashSet::default(), None)?;
        if let Some((_, e)) = self.deferred.iter().min_by_key(|(s, _)| *s) {
            return Err(e.clone());
        }
        for id in 0..self.scopes.len() {
            self.compute_qualname(id);
            self.compute_vars(id);
        }
        Ok(SymbolTable {
            future_annotations: self.future_annotations,
            scopes: self.scopes,
            by_range: self.by_range,
            by_annotation: self.by_annotation,
        })
    }

    fn error_at_directive(&self, id: ScopeId, name: &str, msg: String) -> CompileError {
        let r = self.info[id]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default();
        self.error(msg, r)
    }

    /// CPython's `analyze_block` (`free` receives this block's free names).
    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        free: &mut HashSet<String>,
        mut global: HashSet<String>,
        mut type_params: HashSet<String>,
        class_entry: Option<ScopeId>,
    ) -> R {
        let is_class = self.scopes[id].kind == ScopeKind::Class;
        let function_like = self.scopes[id].is_function_like();
        let mut local: HashSet<String> = HashSet::default();
        // the scope of each name of `order`, by position
        let mut scopes: Vec<SymScope> = Vec::new();
        let mut newglobal = HashSet::default();
        let mut newbound = HashSet::default();
        let mut newfree = HashSet::default();
        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let order = std::mem::take(&mut self.info[id].order);
        scopes.reserve(order.len());
        for name in &order {
            let flags = self.scopes[id].symbols[name].flags;
            let sc = self.analyze_name(
                id,
                name,
                flags,
                bound.as_mut(),
                &mut local,
                free,
                &mut global,
                &mut type_params,
                class_entry,
            )?;
            scopes.push(sc);
        }
        if !is_class {
            if function_like {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
            newbound.insert("__classdict__".to_string());
        }
        let children = self.scopes[id].children.clone();
        for c in children {
            let new_class_entry = if self.scopes[c].can_see_class_scope {
                if is_class {
                    Some(id)
                } else {
                    class_entry
                }
            } else {
                None
            };
            let mut child_free = HashSet::default();
            self.analyze_block(
                c,
                Some(newbound.clone()),
                &mut child_free,
                newglobal.clone(),
                type_params.clone(),
                new_class_entry,
            )?;
            newfree.extend(child_free);
        }
        if function_like {
            // analyze_cells
            for (name, sc) in order.iter().zip(scopes.iter_mut()) {
                if *sc == SymScope::Local && newfree.remove(name) {
                    *sc = SymScope::Cell;
                }
            }
        } else if is_class {
            if newfree.remove("__class__") {
                self.scopes[id].needs_class_closure = true;
            }
            if newfree.remove("__classdict__") {
                self.scopes[id].needs_classdict = true;
            }
        }
        // update_symbols
        let classflag = is_class || self.scopes[id].can_see_class_scope;
        let sc = &mut self.scopes[id];
        for (name, s) in order.iter().zip(scopes) {
            sc.symbols.get_mut(name).unwrap().scope = s;
        }
        let mut added: Vec<&String> = Vec::new();
        for name in &newfree {
            if let Some(s) = sc.symbols.get_mut(name) {
                if classflag {
                    s.flags |= def::FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = &bound {
                if !b.contains(name) {
                    continue;
                }
            }
            added.push(name);
        }
        for name in added {
            sc.symbols.insert(
                name.clone(),
                Symbol {
                    name: name.clone(),
                    flags: 0,
                    scope: SymScope::Free,
                },
            );
        }
        free.extend(newfree);
        self.info[id].order = order;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
        type_params: &mut HashSet<String>,
        class_entry: Option<ScopeId>,
    ) -> R<SymScope> {
        if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymScope::GlobalExplicit);
        }
        if flags & def::NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !b.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            if type_params.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                ));
            }
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
        if flags & def::BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            if flags & def::TYPE_PARAM != 0 {
                type_params.insert(name.to_string());
            } else {
                type_params.remove(name);
            }
            return Ok(SymScope::Local);
        }
        if let Some(ce) = class_entry {
            let cf = self.scopes[ce].flags(name);
            if cf & def::GLOBAL != 0 {
                return Ok(SymScope::GlobalExplicit);
            } else if cf & def::BOUND != 0 && cf & def::NONLOCAL == 0 {
                return Ok(SymScope::GlobalImplicit);
            }
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                free.insert(name.to_string());
                return Ok(SymScope::Free);
            }
        }
        Ok(SymScope::GlobalImplicit)
    }

    /// CPython's `compiler_set_qualname`.
    fn compute_qualname(&mut self, id: ScopeId) {
        let sc = &self.scopes[id];
        let Some(mut parent) = sc.parent else {
            self.scopes[id].qualname = sc.name.clone();
            return;
        };
        if self.scopes[parent].kind == ScopeKind::TypeParams {
            match self.scopes[parent].parent {
                Some(0) | None => {
                    self.scopes[id].qualname = self.scopes[id].name.clone();
                    return;
                }
                Some(g) => parent = g,
            }
        }
        if parent == 0 {
            self.scopes[id].qualname = sc.name.clone();
            return;
        }
        let mut force_global = false;
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Class) {
            let p = &self.scopes[parent];
            let m = p.mangle(&sc.name);
            if p.lookup(&m) == SymScope::GlobalExplicit {
                force_global = true;
            }
        }
        let q = if force_global {
            sc.name.clone()
        } else {
            let p = &self.scopes[parent];
            if matches!(p.kind, ScopeKind::Function | ScopeKind::Lambda) {
                format!("{}.<locals>.{}", p.qualname, sc.name)
            } else {
                format!("{}.{}", p.qualname, sc.name)
            }
        };
        self.scopes[id].qualname = q;
    }

    fn compute_vars(&mut self, id: ScopeId) {
        let sc = &mut self.scopes[id];
        let info = &mut self.info[id];
        let names = &self.names;
        let mut cell: Vec<String> = Vec::new();
        let mut freev: Vec<String> = Vec::new();
        for (n, s) in &sc.symbols {
            if s.scope == SymScope::Cell {
                cell.push(n.clone());
            }
            if s.scope == SymScope::Free || s.flags & def::FREE_CLASS != 0 {
                freev.push(n.clone());
            }
        }
        cell.sort();
        freev.sort();
        if sc.needs_class_closure {
            cell.push("__class__".into());
        }
        if sc.needs_classdict {
            cell.push("__classdict__".into());
        }
        sc.cellvars = cell;
        sc.freevars = freev;
        if sc.is_function_like() {
            let mut seen: HashSet<&str> = HashSet::default();
            let mut vn = Vec::new();
            for p in &info.params {
                if seen.insert(p) {
                    vn.push(p.clone());
                }
            }
            for &k in &info.log {
                let n = &names[k as usize];
                if !seen.contains(n.as_str())
                    && sc
                        .symbols
                        .get(n)
                        .is_some_and(|s| s.scope == SymScope::Local)
                {
                    seen.insert(n);
                    vn.push(n.clone());
                }
            }
            sc.varnames = vn;
        }
        info.log = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.13 (`compile()` code objects and
    //! the `symtable` module; genexps stand in for list comprehensions
    //! where CPython 3.13's inlining would differ).
    use super::*;
    use SymScope::*;

    fn build(src: &str) -> Result<SymbolTable, CompileError> {
        let parsed = ruff_python_parser::parse_module(src).expect("parse");
        let module = Mod::Module(parsed.into_syntax());
        let map = SourceMap::new(src);
        SymbolTable::build(&module, &map, "x.py")
    }

    fn table(src: &str) -> SymbolTable {
        build(src).unwrap_or_else(|e| panic!("unexpected error {e:?}"))
    }

    fn by_qual<'t>(t: &'t SymbolTable, q: &str) -> &'t Scope {
        t.scopes
            .iter()
            .find(|s| s.qualname == q && s.parent.is_some())
            .unwrap_or_else(|| {
                panic!(
                    "no scope {q}: {:?}",
                    t.scopes.iter().map(|s| &s.qualname).collect::<Vec<_>>()
                )
            })
    }

    fn v(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[track_caller]
    fn check_err(src: &str, msg: &str, line: u32, off: u32, end_line: u32, end_off: u32) {
        match build(src) {
            Ok(_) => panic!("no error for {src:?}"),
            Err(e) => {
                assert_eq!(e.kind, ExcKind::SyntaxError);
                assert_eq!(
                    (
                        e.msg.as_str(),
                        e.lineno,
                        e.offset,
                        e.end_lineno,
                        e.end_offset
                    ),
                    (msg, line, off, end_line, end_off),
                    "{src:?}"
                );
                assert_eq!(e.filename, "x.py");
                assert_eq!(e.text.as_deref(), src.lines().nth(line as usize - 1));
            }
        }
    }

    #[test]
    fn nonlocal_cell_free() {
        let t = table(
            "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n    return y\n  return g\n",
        );
        let f = by_qual(&t, "f");
        assert_eq!(f.lookup("x"), Cell);
        assert_eq!(f.lookup("g"), Local);
        assert_eq!(f.varnames, v(&["g"]));
        assert_eq!(f.cellvars, v(&["x"]));
        let g = by_qual(&t, "f.<locals>.g");
        assert_eq!(g.lookup("x"), Free);
        assert_eq!(g.lookup("y"), GlobalImplicit);
        assert_eq!(g.freevars, v(&["x"]));
        assert!(g.varnames.is_empty());
        assert_eq!(t.scope(t.top()).lookup("f"), Local);
    }

    #[test]
    fn class_scope_free_propagation() {
        let t = table(
            "def f():\n  x = 1\n  class C:\n    x = 2\n    y = x\n    def g(self): return x + y\n  return C\n",
        );
        let f = by_qual(&t, "f");
        assert_eq!(f.cellvars, v(&["x"]));
        assert_eq!(f.varnames, v(&["C"]));
        let c = by_qual(&t, "f.<locals>.C");
        assert_eq!(c.lookup("x"), Local);
        assert_eq!(c.lookup("y"), Local);
        assert_eq!(c.freevars, v(&["x"]));
        assert!(c.cellvars.is_empty());
        let g = by_qual(&t, "f.<locals>.C.g");
        assert_eq!(g.lookup("x"), Free);
        assert_eq!(g.lookup("y"), GlobalImplicit);
        assert_eq!(g.freevars, v(&["x"]));
        assert_eq!(g.varnames, v(&["self"]));
        // Without a class binding the class just passes the free name on.
        let t = table("def f():\n  x = 1\n  class C:\n    def g(self): return x\n");
        assert_eq!(by_qual(&t, "f.<locals>.C").freevars, v(&["x"]));
        assert_eq!(by_qual(&t, "f.<locals>.C").lookup("x"), Free);
    }

    #[test]
    fn super_and_class_cell() {
        let src = "class C:\n  def m(self):\n    return super().m()\n  def n(self):\n    return __class__\n";
        let t = table(src);
        let c = by_qual(&t, "C");
        assert!(c.needs_class_closure);
        assert_eq!(c.cellvars, v(&["__class__"]));
        assert!(c.freevars.is_empty());
        for m in ["C.m", "C.n"] {
            let s = by_qual(&t, m);
            assert_eq!(s.lookup("__class__"), Free);
            assert_eq!(s.freevars, v(&["__class__"]));
            assert_eq!(s.varnames, v(&["self"]));
        }
        assert_eq!(by_qual(&t, "C.m").lookup("super"), GlobalImplicit);
        // Nested function in a method.
        let t = table("class C:\n  def f(self):\n    def g(): return super()\n    return g\n");
        assert_eq!(by_qual(&t, "C").cellvars, v(&["__class__"]));
        assert_eq!(by_qual(&t, "C.f").freevars, v(&["__class__"]));
        assert_eq!(by_qual(&t, "C.f").varnames, v(&["self", "g"]));
        assert_eq!(by_qual(&t, "C.f.<locals>.g").freevars, v(&["__class__"]));
        // super outside a class is just a global.
        let t = table("def f():\n  return super()\n");
        assert_eq!(by_qual(&t, "f").lookup("__class__"), GlobalImplicit);
        assert!(by_qual(&t, "f").freevars.is_empty());
    }

    #[test]
    fn global_explicit_and_qualnames() {
        let t = table("def f():\n  global h\n  def h(): pass\n  return lambda: (yield)\n");
        let f = by_qual(&t, "f");
        assert_eq!(f.lookup("h"), GlobalExplicit);
        assert!(f.varnames.is_empty());
        assert_eq!(t.scope(0).lookup("h"), GlobalExplicit);
        assert_eq!(t.scope(0).lookup("f"), Local);
        let h = t.scopes.iter().find(|s| s.name == "h").unwrap();
        assert_eq!(h.qualname, "h");
        let l = by_qual(&t, "f.<locals>.<lambda>");
        assert!(l.is_generator);
        assert_eq!(l.kind, ScopeKind::Lambda);
        // Nested qualnames through comprehension scopes.
        let t = table("def f():\n  return (lambda: z for z in y)\n");
        let l = by_qual(&t, "f.<locals>.<genexpr>.<lambda>");
        assert_eq!(l.freevars, v(&["z"]));
        let g = by_qual(&t, "f.<locals>.<genexpr>");
        assert_eq!(g.cellvars, v(&["z"]));
        assert_eq!(g.varnames, v(&[".0"]));
        assert_eq!(g.lookup("y"), GlobalImplicit);
        let t = table("def f():\n  class C:\n    def g(self): return 1\n");
        assert_eq!(by_qual(&t, "f.<locals>.C.g").varnames, v(&["self"]));
        let t = table("x = {k: v for k, v in a}\ny = {k for k in a}\nz = [k for k in a]\n");
        let names: Vec<_> = t.scopes.iter().map(|s| s.qualname.as_str()).collect();
        assert_eq!(names, ["top", "<dictcomp>", "<setcomp>", "<listcomp>"]);
    }

    #[test]
    fn params_flags_and_generators() {
        let src = "def gen(a, b=1, /, c=2, *args, d, e=3, **kw):\n  z = (w for w in a if (t := w))\n  async def co(): await z\n  async def ag():\n    yield 1\n    await z\n  return co, ag\n";
        let t = table(src);
        let g = by_qual(&t, "gen");
        assert_eq!(
            g.varnames,
            v(&["a", "b", "c", "d", "e", "args", "kw", "co", "ag"])
        );
        assert_eq!(g.cellvars, v(&["t", "z"]));
        assert_eq!((g.argcount, g.posonlyargcount, g.kwonlyargcount), (3, 2, 2));
        assert!(g.has_varargs && g.has_varkeywords);
        assert!(!g.is_generator && !g.is_coroutine);
        let ge = by_qual(&t, "gen.<locals>.<genexpr>");
        assert_eq!(ge.varnames, v(&[".0", "w"]));
        assert_eq!(ge.freevars, v(&["t"]));
        assert_eq!(ge.argcount, 1);
        assert!(ge.is_generator && !ge.is_coroutine);
        assert_eq!(ge.lookup("t"), Free);
        let co = by_qual(&t, "gen.<locals>.co");
        assert!(co.is_coroutine && !co.is_generator);
        assert_eq!(co.freevars, v(&["z"]));
        let ag = by_qual(&t, "gen.<locals>.ag");
        assert!(ag.is_coroutine && ag.is_generator);
        let t = table("def f(a, *b, c, **d): pass");
        assert_eq!(by_qual(&t, "f").varnames, v(&["a", "c", "b", "d"]));
    }

    #[test]
    fn walrus_targets() {
        // Module level: the comprehension's target is global explicit.
        let t = table("[(y := 1) for x in z]\n");
        assert_eq!(t.scope(0).lookup("y"), GlobalExplicit);
        assert_eq!(t.scope(0).lookup("z"), GlobalImplicit);
        let c = by_qual(&t, "<listcomp>");
        assert_eq!(c.lookup("y"), GlobalExplicit);
        assert_eq!(c.lookup("x"), Local);
        assert_eq!(c.varnames, v(&[".0", "x"]));
        // In a function: a cell of the function, free in the comprehension.
        let t = table("def f():\n  return ([(q := 1) for x in z], q)\n");
        let f = by_qual(&t, "f");
        assert_eq!(f.lookup("q"), Cell);
        assert!(f.varnames.is_empty());
        let c = by_qual(&t, "f.<locals>.<listcomp>");
        assert_eq!(c.lookup("q"), Free);
        // Nested comprehensions: the inner one binds through the outer one.
        let t = table("def f():\n  return [[(q := 1) for x in z] for y in w]\n");
        let outer = by_qual(&t, "f.<locals>.<listcomp>");
        assert_eq!(outer.lookup("q"), Free);
        assert_eq!(outer.freevars, v(&["q"]));
        assert_eq!(
            by_qual(&t, "f.<locals>.<listcomp>.<listcomp>").lookup("q"),
            Free
        );
    }

    #[test]
    fn varnames_in_codegen_order() {
        let cases: &[(&str, &[&str])] = &[
            ("def f():\n  a = (b := 1)\n", &["b", "a"]),
            ("def f():\n  x: int\n  y: int = 1\n", &["y"]),
            ("def f():\n  if 0:\n    x = 1\n  y = 2\n", &["x", "y"]),
            ("def f():\n  try: pass\n  except E as e: a = 1\n  else: b = 1\n", &["b", "e", "a"]),
            ("def f():\n  def g(a=b): pass\n  b = 1\n", &["b", "g"]),
            ("def f():\n  for a in (b := c): pass\n", &["b", "a"]),
            (
                "from __future__ import annotations\ndef f():\n  x = 1\n  y: x = 2\n  def g(a: x): pass\n",
                &["x", "y", "g"],
            ),
        ];
        for (src, want) in cases {
            let t = table(src);
            assert_eq!(by_qual(&t, "f").varnames, v(want), "{src:?}");
        }
        let t = table("from __future__ import annotations\ndef f():\n  x = 1\n  y: x = 2\n");
        assert!(by_qual(&t, "f").cellvars.is_empty());
    }

    #[test]
    fn mangling_and_imports() {
        let t = table("class C:\n  def __m(self): return self.__x\n  __y = 1\n");
        let c = by_qual(&t, "C");
        assert_eq!(c.lookup("_C__m"), Local);
        assert_eq!(c.lookup("_C__y"), Local);
        assert!(!c.symbols.contains_key("__y"));
        assert_eq!(c.mangle("__y"), "_C__y");
        assert_eq!(c.mangle("__init__"), "__init__");
        let m = by_qual(&t, "C.__m");
        assert_eq!(m.varnames, v(&["self"]));
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(Some("_Foo"), "__x"), "_Foo__x");
        let t = table("import os.path\nimport p.q as r\ndef f():\n  import os.path\n  from x import y as z\n  return os\n");
        assert_eq!(t.scope(0).lookup("os"), Local);
        assert_eq!(t.scope(0).lookup("r"), Local);
        assert!(!t.scope(0).symbols.contains_key("p"));
        assert_eq!(by_qual(&t, "f").varnames, v(&["os", "z"]));
    }

    #[test]
    fn scope_for_ranges() {
        let src = "def f(): pass\nclass C: pass\ng = lambda: 1\n";
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        let module = Mod::Module(parsed.into_syntax());
        let map = SourceMap::new(src);
        let t = SymbolTable::build(&module, &map, "x.py").unwrap();
        let Mod::Module(m) = &module else {
            unreachable!()
        };
        let Stmt::FunctionDef(f) = &m.body[0] else {
            unreachable!()
        };
        assert_eq!(t.scope(t.scope_for(f.range)).name, "f");
        let Stmt::ClassDef(c) = &m.body[1] else {
            unreachable!()
        };
        assert_eq!(t.scope(t.scope_for(c.range)).kind, ScopeKind::Class);
        let Stmt::Assign(a) = &m.body[2] else {
            unreachable!()
        };
        assert_eq!(
            t.scope(t.scope_for(a.value.range())).kind,
            ScopeKind::Lambda
        );
        assert_eq!(t.scope(t.scope_for(c.range)).lineno, 2);
    }

    #[test]
    fn scoping_errors() {
        // (source, message, line, offset, end line, end offset) from CPython 3.13.
        let cases: &[(&str, &str, u32, u32, u32, u32)] = &[
            (
                "def f():\n    x=1\n    global x\n",
                "name 'x' is assigned to before global declaration",
                3,
                5,
                3,
                13,
            ),
            (
                "x = 1\nnonlocal x\ndef f(a, a): pass\n",
                "name 'x' is assigned to before nonlocal declaration",
                2,
                1,
                2,
                11,
            ),
            (
                "def f(a, a): pass\nnonlocal x\n",
                "duplicate argument 'a' in function definition",
                1,
                10,
                1,
                11,
            ),
            (
                "return 1\ndef f():\n  global x\n  x=1\n  global x\n",
                "name 'x' is assigned to before global declaration",
                5,
                3,
                5,
                11,
            ),
            (
                "class C:\n  [(y := 1) for x in z]\n",
                "assignment expression within a comprehension cannot be used in a class body",
                2,
                5,
                2,
                6,
            ),
            (
                "[(x := 1) for x in z]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'",
                1,
                3,
                1,
                4,
            ),
            (
                "[x for x in (y := z)]\n",
                "assignment expression cannot be used in a comprehension iterable expression",
                1,
                14,
                1,
                20,
            ),
            (
                "[(yield) for x in z]\n",
                "'yield' inside list comprehension",
                1,
                3,
                1,
                8,
            ),
            (
                "{(yield) for x in z}\n",
                "'yield' inside set comprehension",
                1,
                3,
                1,
                8,
            ),
            (
                "{(yield):1 for x in z}\n",
                "'yield' inside dict comprehension",
                1,
                3,
                1,
                8,
            ),
            (
                "((yield) for x in z)\n",
                "'yield' inside generator expression",
                1,
                3,
                1,
                8,
            ),
            (
                "def f():\n  from x import *\n",
                "import * only allowed at module level",
                2,
                17,
                2,
                18,
            ),
            (
                "class C:\n  from x import *\n",
                "import * only allowed at module level",
                2,
                17,
                2,
                18,
            ),
            (
                "def f():\n  x: int\n  global x\n",
                "annotated name 'x' can't be global",
                3,
                3,
                3,
                11,
            ),
            (
                "def f():\n  global x\n  x: int\n",
                "annotated name 'x' can't be global",
                3,
                3,
                3,
                9,
            ),
            (
                "def f():\n  nonlocal x\n  x: int\n",
                "annotated name 'x' can't be nonlocal",
                3,
                3,
                3,
                9,
            ),
            (
                "def f():\n  nonlocal x\n",
                "no binding for nonlocal 'x' found",
                2,
                3,
                2,
                13,
            ),
            (
                "class C:\n  nonlocal x\n",
                "no binding for nonlocal 'x' found",
                2,
                3,
                2,
                13,
            ),
            (
                "def f(a):\n  global a\n",
                "name 'a' is parameter and global",
                2,
                3,
                2,
                11,
            ),
            (
                "def f(a):\n  nonlocal a\n",
                "name 'a' is parameter and nonlocal",
                2,
                3,
                2,
                13,
            ),
            (
                "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n",
                "name 'x' is nonlocal and global",
                4,
                5,
                4,
                13,
            ),
            (
                "def f():\n  print(x)\n  global x\n",
                "name 'x' is used prior to global declaration",
                3,
                3,
                3,
                11,
            ),
            (
                "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n",
                "name 'x' is used prior to nonlocal declaration",
                5,
                5,
                5,
                15,
            ),
            (
                "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n",
                "name 'x' is assigned to before nonlocal declaration",
                5,
                5,
                5,
                15,
            ),
            ("await x\n", "'await' outside function", 1, 1, 1, 8),
            (
                "def f():\n  await x\n",
                "'await' outside async function",
                2,
                3,
                2,
                10,
            ),
            (
                "lambda: await x\n",
                "'await' outside async function",
                1,
                9,
                1,
                16,
            ),
            ("yield 1\n", "'yield' outside function", 1, 1, 1, 8),
            (
                "class C:\n  yield 1\n",
                "'yield' outside function",
                2,
                3,
                2,
                10,
            ),
            (
                "class C:\n  return 1\n",
                "'return' outside function",
                2,
                3,
                2,
                11,
            ),
            (
                "def f():\n  [await x for x in y]\n",
                "asynchronous comprehension outside of an asynchronous function",
                2,
                3,
                2,
                23,
            ),
            (
                "def f():\n  async for x in y: pass\n",
                "'async for' outside async function",
                2,
                3,
                2,
                25,
            ),
            (
                "def f():\n  async with x: pass\n",
                "'async with' outside async function",
                2,
                3,
                2,
                21,
            ),
            (
                "async def f():\n  yield 1\n  return 2\n",
                "'return' with value in async generator",
                3,
                3,
                3,
                11,
            ),
            (
                "async def f():\n  yield from x\n",
                "'yield from' inside async function",
                2,
                3,
                2,
                15,
            ),
            (
                "[(j := 0) for i in x for j in y]\n",
                "assignment expression cannot rebind comprehension iteration variable 'j'",
                1,
                3,
                1,
                4,
            ),
            (
                "def f():\n  [x for x in y for z in (w := 1)]\n",
                "assignment expression cannot be used in a comprehension iterable expression",
                2,
                27,
                2,
                33,
            ),
            (
                "lambda a, a: 1\n",
                "duplicate argument 'a' in function definition",
                1,
                11,
                1,
                12,
            ),
            (
                "def f(a, *, a): pass\n",
                "duplicate argument 'a' in function definition",
                1,
                13,
                1,
                14,
            ),
            (
                "def f(*a, **a): pass\n",
                "duplicate argument 'a' in function definition",
                1,
                13,
                1,
                14,
            ),
            ("break\n", "'break' outside loop", 1, 1, 1, 6),
            (
                "def f():\n  continue\n",
                "'continue' not properly in loop",
                2,
                3,
                2,
                11,
            ),
            (
                "while 1:\n  def f():\n    break\n",
                "'break' outside loop",
                3,
                5,
                3,
                10,
            ),
            (
                "for x in y:\n  pass\nelse:\n  break\n",
                "'break' outside loop",
                4,
                3,
                4,
                8,
            ),
            (
                "def f():\n    global x; x: int = 1\n",
                "annotated name 'x' can't be global",
                2,
                15,
                2,
                25,
            ),
        ];
        for &(src, msg, l, o, el, eo) in cases {
            check_err(src, msg, l, o, el, eo);
        }
    }

    #[test]
    fn pep695_scopes() {
        let t = table("def f[T: int, *Ts, **P](a: T, b=1) -> T:\n  return a\n");
        let tp = by_qual(&t, "<generic parameters of f>");
        assert_eq!(tp.kind, ScopeKind::TypeParams);
        assert_eq!(tp.varnames, v(&[".defaults", "T", "Ts", "P"]));
        assert_eq!(tp.argcount, 1);
        assert!(tp.cellvars.is_empty());
        let b = by_qual(&t, "T");
        assert_eq!(b.kind, ScopeKind::Annotation);
        assert_eq!(b.lookup("int"), GlobalImplicit);
        let f = by_qual(&t, "f");
        assert_eq!(f.varnames, v(&["a", "b"]));
        assert_eq!(f.argcount, 2);

        let t = table("class C[T](Base):\n  x: T\n  def m(self) -> T: return T\n");
        let tp = by_qual(&t, "<generic parameters of C>");
        assert_eq!(tp.varnames, v(&[".generic_base"]));
        assert_eq!(tp.cellvars, v(&[".type_params", "T"]));
        assert_eq!(tp.lookup("Base"), GlobalImplicit);
        let c = by_qual(&t, "C");
        assert_eq!(c.freevars, v(&[".type_params", "T"]));
        assert_eq!(c.lookup("T"), Free);
        assert_eq!(c.lookup("__type_params__"), Local);
        assert_eq!(by_qual(&t, "C.m").freevars, v(&["T"]));
        let t = table("class C[T]: pass\n");
        assert_eq!(
            by_qual(&t, "<generic parameters of C>").varnames,
            v(&["T", ".generic_base"])
        );
        assert_eq!(by_qual(&t, "C").freevars, v(&[".type_params"]));

        let t = table("class A:\n  type X[U] = list[U]\n  def g[V](self, v: V): pass\n");
        let a = by_qual(&t, "A");
        assert!(a.needs_classdict);
        assert_eq!(a.cellvars, v(&["__classdict__"]));
        let xp = by_qual(&t, "A.<generic parameters of X>");
        assert_eq!(xp.cellvars, v(&["U"]));
        assert_eq!(xp.freevars, v(&["__classdict__"]));
        assert!(xp.varnames.is_empty());
        let x = by_qual(&t, "A.X");
        assert_eq!(x.freevars, v(&["U", "__classdict__"]));
        assert_eq!(x.lookup("list"), GlobalImplicit);
        let gp = by_qual(&t, "A.<generic parameters of g>");
        assert_eq!(gp.varnames, v(&[".defaults", "V"]));
        assert_eq!(gp.argcount, 0);
        assert_eq!(gp.freevars, v(&["__classdict__"]));
        assert_eq!(by_qual(&t, "A.g").varnames, v(&["self", "v"]));
    }

    #[test]
    fn patterns_del_lambda_and_class_children() {
        let src = "def f(x):\n  match x:\n    case [a, *rest] | [rest, a, *_] if a: return a\n    case {\"k\": b, **kw}: pass\n    case Point(x=c) as d: pass\n  del e\n  def h(x=x): return x\n  return lambda q=1, *, r: q + r + x\n";
        let t = table(src);
        let f = by_qual(&t, "f");
        assert_eq!(
            f.varnames,
            v(&["x", "a", "rest", "b", "kw", "c", "d", "e", "h"])
        );
        assert_eq!(f.cellvars, v(&["x"]));
        assert_eq!(f.lookup("Point"), GlobalImplicit);
        assert_eq!(by_qual(&t, "f.<locals>.h").varnames, v(&["x"]));
        let l = by_qual(&t, "f.<locals>.<lambda>");
        assert_eq!(l.varnames, v(&["q", "r"]));
        assert_eq!((l.argcount, l.kwonlyargcount), (1, 1));
        assert_eq!(l.freevars, v(&["x"]));
        let t = table(
            "class C:\n  f = lambda: 1\n  g = (x for x in y)\n  class D:\n    def m(self): pass\n",
        );
        by_qual(&t, "C.<lambda>");
        assert_eq!(by_qual(&t, "C.<genexpr>").varnames, v(&[".0", "x"]));
        assert_eq!(by_qual(&t, "C.D.m").varnames, v(&["self"]));
    }

    #[test]
    fn more_errors() {
        let cases: &[(&str, &str, u32, u32, u32, u32)] = &[
            (
                "nonlocal x\n",
                "nonlocal declaration not allowed at module level",
                1,
                1,
                1,
                11,
            ),
            (
                "def f():\n  nonlocal x\n  global x\n",
                "name 'x' is nonlocal and global",
                2,
                3,
                2,
                13,
            ),
            (
                "type X = (yield)\n",
                "yield expression cannot be used within a type alias",
                1,
                11,
                1,
                16,
            ),
            (
                "type X = (await x)\n",
                "await expression cannot be used within a type alias",
                1,
                11,
                1,
                18,
            ),
            (
                "class C[T: (yield)]: pass\n",
                "yield expression cannot be used within a TypeVar bound",
                1,
                13,
                1,
                18,
            ),
            (
                "type X = [(y := 1) for z in w]\n",
                "assignment expression within a comprehension cannot be used in a type alias",
                1,
                12,
                1,
                13,
            ),
            (
                "class C:\n  type X = [(y := 1) for z in w]\n",
                "assignment expression within a comprehension cannot be used in a type alias",
                2,
                14,
                2,
                15,
            ),
            (
                "def f[T: [(y := 1) for z in w]](): pass\n",
                "assignment expression within a comprehension cannot be used in a TypeVar bound",
                1,
                12,
                1,
                13,
            ),
            (
                "def f[T, T](): pass\n",
                "duplicate type parameter 'T'",
                1,
                10,
                1,
                11,
            ),
            (
                "def f[T]():\n  nonlocal T\n",
                "nonlocal binding not allowed for type parameter 'T'",
                2,
                3,
                2,
                13,
            ),
            (
                "async def f():\n  def g(): await x\n",
                "'await' outside async function",
                2,
                12,
                2,
                19,
            ),
            (
                "async def f():\n  lambda: await x\n",
                "'await' outside async function",
                2,
                11,
                2,
                18,
            ),
        ];
        for &(src, msg, l, o, el, eo) in cases {
            check_err(src, msg, l, o, el, eo);
        }
        for src in [
            "def f[T](x=(y := 1)): pass\n",
            "def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n",
            "def f():\n  yield\n  return 1\n",
            "class C[T: lambda: 1]: pass\n",
        ] {
            if let Err(e) = build(src) {
                panic!("{src:?}: {e:?}");
            }
        }
    }

    #[test]
    fn valid_programs() {
        for src in [
            "try:\n  pass\nfinally:\n  for x in y:\n    continue\n",
            "global x\nx: int = 1\n",
            "async def f():\n  return [await x async for x in y]\n",
            "(await x for x in y)\n",
            "def f():\n  return (await x for x in y)\n",
            "def f():\n  for x in y:\n    try:\n      pass\n    finally:\n      break\n",
        ] {
            if let Err(e) = build(src) {
                panic!("{src:?}: {e:?}");
            }
        }
    }
}
