//! Design: DESIGN.md#compiler
//!
//! Code generation: AST → control-flow graph per code object, following
//! CPython 3.13's codegen (compile.c) instruction for instruction, so the
//! eval loop can implement CPython's semantics per opcode. This file holds
//! the compiler state, scopes, name resolution and statements; expressions
//! live in `codegen_expr`, `match` in `codegen_pattern`. The assembler
//! (`assemble`) turns each unit's CFG into a `CodeObject`.

#![forbid(unsafe_code)]

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Mod, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::assemble::{add_const, assemble, Cfg, Const, ConstPool, Instr, Label, NamePool, Op, UnitMeta, NO_LABEL};
use super::source::SourceMap;
use super::symtable::{ScopeId, ScopeKind, SymScope, SymbolTable};
use super::{CompileError, Mode};
use crate::bytecode::code::{co_flags, Location};
use crate::bytecode::opcodes::{function_attr, Intrinsic1, Intrinsic2, Opcode};
use crate::error::ExcKind;
use crate::object::Value;

pub type CResult<T> = Result<T, CompileError>;

/// Compiles a whole source text (entry point used by `compile::compile`).
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<Value, CompileError> {
    let smap = SourceMap::new(source);
    // Pre-scan, parse and CPython's wording for errors (errors.rs), then the
    // compiler-stage checks ruff does not make.
    let module = super::errors::parse(source, filename, mode)?;
    super::errors::validate(&module, &smap, filename)?;
    // The symbol table and code generator recurse over the tree: trees near
    // the depth cap get a large stack (only touched pages cost memory), and
    // are taken apart without recursion afterwards (DESIGN.md#compiler).
    let deep = super::limits::ast_depth(&module).0 > 1000;
    let run = || {
        let st = SymbolTable::build(&module, &smap, filename)?;
        let mut c = Compiler::new(&st, &smap, filename);
        c.compile_mod(&module, mode)
    };
    let result = if deep { super::limits::with_stack(256 << 20, run) } else { run() };
    if deep {
        super::limits::dismantle(module);
    }
    result
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
}

#[derive(Clone, Copy)]
pub(crate) struct FBlock<'a> {
    pub kind: FKind,
    pub block: Label,
    pub exit: Label,
    pub loc: Option<Location>,
    /// FinallyTry: the finally body.
    pub body: Option<&'a [Stmt]>,
    /// HandlerCleanup: the `as` name.
    pub name: Option<&'a str>,
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub cfg: Cfg,
    pub consts: ConstPool,
    pub names: NamePool,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub private: Option<String>,
    pub static_attrs: BTreeSet<String>,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nparams: u32,
    pub is_async_fn: bool,
    pub is_generator: bool,
    /// (line, column, flags) of import statements that may be lazy.
    pub lazy_imports: Vec<(u32, u32, u8)>,
}

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub src: &'a SourceMap<'a>,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    pub mode: Mode,
    /// Location of the statement/expression being compiled.
    pub loc: Option<Location>,
    pub interactive: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub fn new(st: &'a SymbolTable, src: &'a SourceMap<'a>, filename: &str) -> Compiler<'a> {
        Compiler { st, src, filename: filename.into(), units: Vec::new(), mode: Mode::Exec, loc: None, interactive: false }
    }

    // ---------------------------------------------------------------- errors

    pub fn error(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        self.error_kind(ExcKind::SyntaxError, range, msg)
    }

    pub fn error_kind(&self, kind: ExcKind, range: TextRange, msg: impl Into<String>) -> CompileError {
        let (line, col) = self.src.line_char_col(range.start().to_u32());
        let (eline, ecol) = self.src.line_char_col(range.end().to_u32());
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.clone(),
            lineno: line,
            offset: col,
            end_lineno: eline,
            end_offset: ecol,
            text: self.src.line_text(line).map(|s| s.to_string()),
        }
    }

    // ------------------------------------------------------------- locations

    pub fn loc_of(&self, r: TextRange) -> Location {
        let (line, col) = self.src.line_col(r.start().to_u32());
        let (end_line, end_col) = self.src.line_col(r.end().to_u32());
        Location { line, end_line, col, end_col }
    }

    pub fn set_loc(&mut self, r: TextRange) -> Option<Location> {
        let old = self.loc;
        self.loc = Some(self.loc_of(r));
        old
    }

    // ------------------------------------------------------------- emitting

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.loc;
        self.u().cfg.emit(Instr::new(Op::Real(op), arg, NO_LABEL, loc));
    }
    pub fn emit_noloc(&mut self, op: Opcode, arg: u32) {
        self.u().cfg.emit(Instr::new(Op::Real(op), arg, NO_LABEL, None));
    }
    pub fn op(&mut self, op: Opcode) {
        self.emit(op, 0);
    }
    pub fn emit_pseudo(&mut self, op: Op, arg: u32, target: Label) {
        let loc = self.loc;
        self.u().cfg.emit(Instr::new(op, arg, target, loc));
    }
    pub fn emit_pseudo_noloc(&mut self, op: Op, target: Label) {
        self.u().cfg.emit(Instr::new(op, 0, target, None));
    }
    pub fn jump(&mut self, op: Opcode, target: Label) {
        let loc = self.loc;
        self.u().cfg.emit(Instr::new(Op::Real(op), 0, target, loc));
    }
    pub fn jump_to(&mut self, target: Label) {
        self.emit_pseudo(Op::Jump, 0, target);
    }
    pub fn new_label(&mut self) -> Label {
        self.u().cfg.new_label()
    }
    pub fn use_label(&mut self, l: Label) {
        self.u().cfg.use_label(l);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        add_const(&mut self.u().consts, c)
    }
    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }
    pub fn load_const_noloc(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit_noloc(Opcode::LoadConst, i);
    }
    pub fn add_name(&mut self, n: &str) -> u32 {
        let n = self.mangle_cow(n);
        self.u().names.add(&n)
    }
    /// Adds a name without mangling.
    pub fn add_name_raw(&mut self, n: &str) -> u32 {
        self.u().names.add(n)
    }

    // -------------------------------------------------------------- mangling

    pub fn mangle(&self, name: &str) -> String {
        self.mangle_cow(name).into_owned()
    }

    /// `mangle` without allocating when the name stays as it is.
    pub fn mangle_cow<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        if !name.starts_with("__") {
            return std::borrow::Cow::Borrowed(name);
        }
        // the innermost class name in effect
        let private = self.units.iter().rev().find_map(|u| u.private.clone());
        // a generic class's type-parameter scope mangles only the type
        // parameter names (CPython's `_Py_MaybeMangle`)
        if let Some(u) = self.units.last() {
            if let Some(m) = &self.st.scope(u.scope).mangled_names {
                if !m.contains(name) {
                    return std::borrow::Cow::Borrowed(name);
                }
            }
        }
        std::borrow::Cow::Owned(mangle(private.as_deref(), name))
    }

    // ---------------------------------------------------------------- scopes

    fn enter_scope(&mut self, scope: ScopeId, name: &str, firstlineno: u32) {
        let sc = self.st.scope(scope);
        let kind = sc.kind;
        let mut flags = 0;
        let is_fn = matches!(kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension | ScopeKind::Annotation | ScopeKind::TypeParams);
        if is_fn {
            flags |= co_flags::OPTIMIZED | co_flags::NEWLOCALS;
        }
        if sc.has_varargs {
            flags |= co_flags::VARARGS;
        }
        if sc.has_varkeywords {
            flags |= co_flags::VARKEYWORDS;
        }
        if let Some(p) = sc.parent {
            if self.st.scope(p).kind != ScopeKind::Module && is_fn {
                flags |= co_flags::NESTED;
            }
        }
        if sc.is_generator && sc.is_coroutine {
            flags |= co_flags::ASYNC_GENERATOR;
        } else if sc.is_generator {
            flags |= co_flags::GENERATOR;
        } else if sc.is_coroutine {
            flags |= co_flags::COROUTINE;
        }
        let mut cellvars = sc.cellvars.clone();
        if kind == ScopeKind::Class {
            if sc.needs_class_closure && !cellvars.iter().any(|c| c == "__class__") {
                cellvars.push("__class__".into());
            }
            if sc.needs_classdict && !cellvars.iter().any(|c| c == "__classdict__") {
                cellvars.push("__classdict__".into());
            }
            cellvars.sort();
        }
        let nparams = sc.argcount + sc.kwonlyargcount + sc.has_varargs as u32 + sc.has_varkeywords as u32;
        let unit = Unit {
            scope,
            kind,
            cfg: Cfg::new(),
            consts: ConstPool::new(),
            names: NamePool::new(),
            varnames: if kind == ScopeKind::Module || kind == ScopeKind::Class { Vec::new() } else { sc.varnames.clone() },
            cellvars,
            freevars: sc.freevars.clone(),
            fblocks: Vec::new(),
            private: None,
            static_attrs: BTreeSet::new(),
            name: name.to_string(),
            qualname: if kind == ScopeKind::Module { name.to_string() } else { sc.qualname.clone() },
            firstlineno,
            argcount: sc.argcount,
            posonlyargcount: sc.posonlyargcount,
            kwonlyargcount: sc.kwonlyargcount,
            flags,
            nparams,
            is_async_fn: sc.is_coroutine,
            is_generator: sc.is_generator,
            lazy_imports: Vec::new(),
        };
        self.units.push(unit);
        let line = if kind == ScopeKind::Module { 0 } else { firstlineno };
        let old = self.loc;
        self.loc = Some(Location { line, end_line: line, col: 0, end_col: 0 });
        if kind == ScopeKind::Module {
            self.loc = Some(Location { line: 0, end_line: 0, col: 0, end_col: 0 });
        }
        self.emit(Opcode::Resume, 0);
        self.loc = old;
    }

    fn exit_scope(&mut self) -> Value {
        let u = self.units.pop().unwrap();
        let meta = UnitMeta {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno.max(1),
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            nparams: u.nparams,
            lazy_imports: u.lazy_imports,
        };
        assemble(u.cfg, meta)
    }

    pub fn is_function_like(&self) -> bool {
        !matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class)
    }

    // ------------------------------------------------------------------ names

    fn lookup(&self, name: &str) -> SymScope {
        self.st.scope(self.ur().scope).lookup(name)
    }

    fn localsplus_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        let mut idx = u.varnames.len();
        for c in &u.cellvars {
            if c == name {
                return Some(idx as u32);
            }
            if !u.varnames.iter().any(|v| v == c) {
                idx += 1;
            }
        }
        for f in &u.freevars {
            if f == name {
                return Some(idx as u32);
            }
            idx += 1;
        }
        None
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    pub fn nameop(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        let mangled = self.mangle_cow(name);
        let name: &str = &mangled;
        let mut scope = self.lookup(name);
        let kind = self.ur().kind;
        // __class__ / __classdict__ cells of a class body
        if kind == ScopeKind::Class && (name == "__class__" || name == "__classdict__") && self.ur().cellvars.iter().any(|c| c == name) {
            scope = SymScope::Cell;
        }
        let func_like = self.is_function_like();
        enum T {
            Deref,
            Fast,
            Global,
            Name,
        }
        let t = match scope {
            SymScope::Free | SymScope::Cell => T::Deref,
            SymScope::Local => {
                if func_like {
                    T::Fast
                } else {
                    T::Name
                }
            }
            SymScope::GlobalImplicit => {
                if func_like {
                    T::Global
                } else {
                    T::Name
                }
            }
            SymScope::GlobalExplicit => T::Global,
        };
        let can_see_class = self.st.scope(self.ur().scope).can_see_class_scope;
        match t {
            T::Deref => {
                let idx = self.localsplus_index(name).unwrap_or_else(|| {
                    // not found: treat as free (symtable mismatch)
                    let u = self.u();
                    u.freevars.push(name.to_string());
                    0
                });
                let idx = if idx == 0 && self.localsplus_index(name) != Some(0) { self.localsplus_index(name).unwrap() } else { idx };
                match ctx {
                    Ctx::Load => {
                        if kind == ScopeKind::Class {
                            self.op(Opcode::LoadLocals);
                            self.emit(Opcode::LoadFromDictOrDeref, idx);
                        } else if can_see_class {
                            let cd = self.localsplus_index("__classdict__").unwrap_or(0);
                            self.emit(Opcode::LoadDeref, cd);
                            self.emit(Opcode::LoadFromDictOrDeref, idx);
                        } else {
                            self.emit(Opcode::LoadDeref, idx);
                        }
                    }
                    Ctx::Store => self.emit(Opcode::StoreDeref, idx),
                    Ctx::Del => self.emit(Opcode::DeleteDeref, idx),
                }
            }
            T::Fast => {
                let idx = self.varname_index(name);
                match ctx {
                    Ctx::Load => self.emit(Opcode::LoadFast, idx),
                    Ctx::Store => self.emit(Opcode::StoreFast, idx),
                    Ctx::Del => self.emit(Opcode::DeleteFast, idx),
                }
            }
            T::Global => {
                let idx = self.add_name_raw(name);
                match ctx {
                    Ctx::Load if can_see_class && scope == SymScope::GlobalImplicit => {
                        let cd = self.localsplus_index("__classdict__").unwrap_or(0);
                        self.emit(Opcode::LoadDeref, cd);
                        self.emit(Opcode::LoadFromDictOrGlobals, idx);
                    }
                    Ctx::Load => self.emit(Opcode::LoadGlobal, idx << 1),
                    Ctx::Store => self.emit(Opcode::StoreGlobal, idx),
                    Ctx::Del => self.emit(Opcode::DeleteGlobal, idx),
                }
            }
            T::Name => {
                let idx = self.add_name_raw(name);
                match ctx {
                    Ctx::Load => self.emit(Opcode::LoadName, idx),
                    Ctx::Store => self.emit(Opcode::StoreName, idx),
                    Ctx::Del => self.emit(Opcode::DeleteName, idx),
                }
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- fblocks

    pub fn push_fblock(&mut self, kind: FKind, block: Label, exit: Label) {
        let loc = self.loc;
        self.u().fblocks.push(FBlock { kind, block, exit, loc, body: None, name: None });
    }
    pub fn push_fblock_full(&mut self, f: FBlock<'a>) {
        self.u().fblocks.push(f);
    }
    pub fn pop_fblock(&mut self, kind: FKind) {
        let f = self.u().fblocks.pop();
        debug_assert_eq!(f.map(|f| f.kind), Some(kind));
    }

    /// Emits the cleanup for leaving `f` (CPython's compiler_unwind_fblock).
    fn unwind_fblock(&mut self, f: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match f.kind {
            FKind::WhileLoop
            | FKind::ExceptionHandler
            | FKind::ExceptionGroupHandler
            | FKind::AsyncComprehensionGenerator
            | FKind::StopIteration => {}
            FKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
            FKind::TryExcept => {
                self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
            }
            FKind::FinallyTry => {
                self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
                if preserve_tos {
                    self.push_fblock(FKind::PopValue, NO_LABEL, NO_LABEL);
                }
                let saved = self.loc;
                self.visit_stmts(f.body.unwrap())?;
                self.loc = saved;
                if preserve_tos {
                    self.pop_fblock(FKind::PopValue);
                }
                self.loc = None;
            }
            FKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
                self.op(Opcode::PopExcept);
            }
            FKind::With | FKind::AsyncWith => {
                self.loc = f.loc;
                self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
                if preserve_tos {
                    // 3.13: BEFORE_WITH left [exit, ...]; bring the value under it.
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if f.kind == FKind::AsyncWith {
                    self.emit(Opcode::GetAwaitable, 2);
                    self.load_const(Const::None);
                    self.add_yield_from(true);
                }
                self.op(Opcode::PopTop);
                self.loc = None;
            }
            FKind::HandlerCleanup => {
                if f.name.is_some() {
                    self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_pseudo(Op::PopBlock, 0, NO_LABEL);
                self.op(Opcode::PopExcept);
                if let Some(n) = f.name {
                    self.load_const(Const::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
            FKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds the fblock stack down to (not including) the innermost loop
    /// when `to_loop`, or entirely. Returns the loop fblock found.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, to_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else { return Ok(None) };
        if top.kind == FKind::ExceptionGroupHandler {
            return Err(self.error(TextRange::default(), "'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        if to_loop && matches!(top.kind, FKind::WhileLoop | FKind::ForLoop) {
            return Ok(Some(top));
        }
        let f = self.u().fblocks.pop().unwrap();
        self.unwind_fblock(&f, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, to_loop);
        self.u().fblocks.push(f);
        r
    }

    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Opcode::Call, 2);
    }

    /// SEND / YIELD_VALUE loop with its CLEANUP_THROW handler.
    pub fn add_yield_from(&mut self, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Opcode::Send, exit);
        self.emit_pseudo_noloc(Op::SetupFinally, fail);
        self.emit(Opcode::YieldValue, 1);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.emit(Opcode::Resume, if is_await { 3 } else { 2 });
        self.emit_pseudo(Op::JumpNoInterrupt, 0, send);
        self.use_label(fail);
        self.op(Opcode::CleanupThrow);
        self.use_label(exit);
        self.op(Opcode::EndSend);
    }

    // ---------------------------------------------------------------- module

    fn compile_mod(&mut self, m: &'a Mod, mode: Mode) -> CResult<Value> {
        self.mode = mode;
        let top = self.st.top();
        self.enter_scope(top, "<module>", 1);
        match (m, mode) {
            (Mod::Expression(e), _) => {
                self.visit_expr(&e.body)?;
                self.loc = Some(self.loc_of(e.body.range()));
                self.op(Opcode::ReturnValue);
            }
            (Mod::Module(mm), Mode::Single) => {
                self.interactive = true;
                if mm.body.iter().any(is_annotated_assign_simple) {
                    self.loc = mm.body.first().map(|s| self.loc_of(s.range()));
                    self.op(Opcode::SetupAnnotations);
                }
                self.visit_stmts(&mm.body)?;
                self.loc = None;
                self.load_const(Const::None);
                self.op(Opcode::ReturnValue);
            }
            (Mod::Module(mm), _) => {
                self.compile_body(&mm.body, true)?;
                self.loc = None;
                self.load_const(Const::None);
                self.op(Opcode::ReturnValue);
            }
        }
        Ok(self.exit_scope())
    }

    /// Module or class body: docstring to `__doc__`, SETUP_ANNOTATIONS.
    fn compile_body(&mut self, body: &'a [Stmt], module: bool) -> CResult<()> {
        let first_loc = body.first().map(|s| self.loc_of(s.range()));
        if find_ann(body) {
            self.loc = first_loc;
            self.op(Opcode::SetupAnnotations);
        }
        let mut start = 0;
        if let Some(doc) = docstring(body) {
            start = 1;
            self.loc = first_loc;
            let d = if module { doc.to_string() } else { clean_doc(doc) };
            self.load_const(Const::Str(d));
            self.nameop("__doc__", Ctx::Store)?;
        }
        self.visit_stmts(&body[start..])
    }

    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------- statements

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.loc = Some(self.loc_of(s.range()));
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_target(t, Ctx::Del)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.loc = Some(self.loc_of(s.range()));
                        self.emit(Opcode::Copy, 1);
                    }
                    self.visit_target(t, Ctx::Store)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::TypeAlias(t) => self.type_alias(t),
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for(f)
                } else {
                    self.for_stmt(f)
                }
            }
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    if !self.ur().is_async_fn {
                        return Err(self.error(w.range, "'async with' outside async function"));
                    }
                    self.async_with(w, 0)
                } else {
                    self.with_stmt(w, 0)
                }
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n = 2;
                    }
                }
                self.loc = Some(self.loc_of(s.range()));
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    if !t.finalbody.is_empty() {
                        self.try_finally(t)
                    } else {
                        self.try_star_except(t)
                    }
                } else if !t.finalbody.is_empty() {
                    self.try_finally(t)
                } else {
                    self.try_except(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.loc = Some(self.loc_of(s.range()));
                self.op(Opcode::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                    self.loc = Some(self.loc_of(s.range()));
                    self.emit(Opcode::Call, 0);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.use_label(end);
                Ok(())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(&e.value)?;
                    self.loc = Some(self.loc_of(s.range()));
                    self.emit(Opcode::CallIntrinsic1, Intrinsic1::Print as u32);
                    self.op(Opcode::PopTop);
                    return Ok(());
                }
                if is_const_expr(&e.value) {
                    // constant expression statement: just a NOP for the line
                    self.op(Opcode::Nop);
                    return Ok(());
                }
                self.visit_expr(&e.value)?;
                self.loc = Some(self.loc_of(s.range()));
                self.op(Opcode::PopTop);
                Ok(())
            }
            Stmt::Pass(_) => {
                self.op(Opcode::Nop);
                Ok(())
            }
            Stmt::Break(b) => {
                let here = self.loc;
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = lp else { return Err(self.error(b.range, "'break' outside loop")) };
                self.loc = here;
                self.unwind_fblock(&lp, false)?;
                self.loc = if self.loc.is_none() { None } else { here };
                self.jump_to(lp.exit);
                Ok(())
            }
            Stmt::Continue(c) => {
                let here = self.loc;
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = lp else { return Err(self.error(c.range, "'continue' not properly in loop")) };
                self.loc = here;
                self.jump_to(lp.block);
                Ok(())
            }
            Stmt::IpyEscapeCommand(i) => Err(self.error(i.range, "invalid syntax")),
        }
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.is_function_like() {
            return Err(self.error(r.range, "'return' outside function"));
        }
        if r.value.is_some() && self.ur().is_async_fn && self.ur().is_generator {
            return Err(self.error(r.range, "'return' with value in async generator"));
        }
        let loc = self.loc;
        let preserve_tos = r.value.as_ref().map(|v| !is_const_expr(v)).unwrap_or(false);
        if let Some(v) = &r.value {
            if preserve_tos {
                self.visit_expr(v)?;
            }
        }
        // 3.13: a `return` with a location gets a NOP if nothing else carries it
        if r.value.is_none() || !preserve_tos {
            self.loc = loc;
            self.op(Opcode::Nop);
        }
        self.loc = loc;
        self.unwind_fblock_stack(preserve_tos, false)?;
        let loc2 = self.loc;
        self.loc = if loc2.is_none() { None } else { loc };
        match &r.value {
            None => self.load_const(Const::None),
            Some(v) if !preserve_tos => {
                let c = self.const_of(v).unwrap();
                self.load_const(c)
            }
            _ => {}
        }
        self.op(Opcode::ReturnValue);
        Ok(())
    }

    fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = if s.elif_else_clauses.is_empty() { end } else { self.new_label() };
        self.jump_if(&s.test, next, false)?;
        self.visit_stmts(&s.body)?;
        for (k, clause) in s.elif_else_clauses.iter().enumerate() {
            self.loc = None;
            self.jump_to(end);
            self.use_label(next);
            if let Some(test) = &clause.test {
                self.loc = Some(self.loc_of(clause.range));
                next = if k + 1 == s.elif_else_clauses.len() { end } else { self.new_label() };
                self.jump_if(test, next, false)?;
            } else {
                next = end;
            }
            self.visit_stmts(&clause.body)?;
        }
        if next != end {
            self.use_label(next);
        }
        self.use_label(end);
        Ok(())
    }

    fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult<()> {
        let l = self.new_label();
        let body = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.use_label(l);
        self.push_fblock(FKind::WhileLoop, l, end);
        self.jump_if(&s.test, anchor, false)?;
        self.use_label(body);
        self.visit_stmts(&s.body)?;
        self.loc = Some(self.loc_of(s.test.range()));
        // CPython re-tests the condition at the bottom
        self.jump_if(&s.test, body, true)?;
        self.pop_fblock(FKind::WhileLoop);
        self.use_label(anchor);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FKind::ForLoop, start, end);
        self.visit_expr(&s.iter)?;
        let loc = Some(self.loc_of(s.iter.range()));
        self.loc = loc;
        self.op(Opcode::GetIter);
        self.use_label(start);
        self.jump(Opcode::ForIter, cleanup);
        self.use_label(body);
        self.visit_target(&s.target, Ctx::Store)?;
        self.visit_stmts(&s.body)?;
        self.loc = loc;
        self.jump_to(start);
        self.use_label(cleanup);
        self.pop_fblock(FKind::ForLoop);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(&mut self, s: &'a ast::StmtFor) -> CResult<()> {
        if !self.ur().is_async_fn {
            return Err(self.error(s.range, "'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        let loc = Some(self.loc_of(s.iter.range()));
        self.visit_expr(&s.iter)?;
        self.loc = loc;
        self.op(Opcode::GetAiter);
        self.use_label(start);
        self.push_fblock(FKind::ForLoop, start, end);
        self.emit_pseudo_noloc(Op::SetupFinally, except);
        self.op(Opcode::GetAnext);
        self.load_const(Const::None);
        self.add_yield_from(true);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.visit_target(&s.target, Ctx::Store)?;
        self.visit_stmts(&s.body)?;
        self.loc = loc;
        self.jump_to(start);
        self.pop_fblock(FKind::ForLoop);
        self.use_label(except);
        self.loc = Some(self.loc_of(s.range));
        self.op(Opcode::EndAsyncFor);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let loc = self.loc;
        let op = binop_kind(a.op, true);
        match &*a.target {
            Expr::Name(n) => {
                self.nameop(&n.id, Ctx::Load)?;
                self.visit_expr(&a.value)?;
                self.loc = loc;
                self.emit(Opcode::BinaryOp, op);
                self.nameop(&n.id, Ctx::Store)?;
            }
            Expr::Attribute(at) => {
                self.maybe_static_attr(at);
                self.visit_expr(&at.value)?;
                self.loc = Some(self.loc_of(at.range));
                self.emit(Opcode::Copy, 1);
                let i = self.add_name(&at.attr);
                self.emit(Opcode::LoadAttr, i << 1);
                self.visit_expr(&a.value)?;
                self.loc = loc;
                self.emit(Opcode::BinaryOp, op);
                self.loc = Some(self.loc_of(at.range));
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, i);
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                if let Some((lo, hi)) = self.is_two_element_slice(&sub.slice) {
                    self.slice_parts(lo, hi)?;
                    self.loc = Some(self.loc_of(sub.range));
                    self.emit(Opcode::Copy, 3);
                    self.emit(Opcode::Copy, 3);
                    self.emit(Opcode::Copy, 3);
                    self.op(Opcode::BinarySlice);
                    self.visit_expr(&a.value)?;
                    self.loc = loc;
                    self.emit(Opcode::BinaryOp, op);
                    self.loc = Some(self.loc_of(sub.range));
                    self.emit(Opcode::Swap, 4);
                    self.emit(Opcode::Swap, 3);
                    self.emit(Opcode::Swap, 2);
                    self.op(Opcode::StoreSlice);
                } else {
                    self.visit_expr(&sub.slice)?;
                    self.loc = Some(self.loc_of(sub.range));
                    self.emit(Opcode::Copy, 2);
                    self.emit(Opcode::Copy, 2);
                    self.op(Opcode::BinarySubscr);
                    self.visit_expr(&a.value)?;
                    self.loc = loc;
                    self.emit(Opcode::BinaryOp, op);
                    self.loc = Some(self.loc_of(sub.range));
                    self.emit(Opcode::Swap, 3);
                    self.emit(Opcode::Swap, 2);
                    self.op(Opcode::StoreSubscr);
                }
            }
            other => return Err(self.error(other.range(), "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        let loc = self.loc;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_target(&a.target, Ctx::Store)?;
        }
        self.loc = loc;
        match &*a.target {
            Expr::Name(n) => {
                // only module/class level simple names are evaluated
                if a.simple && !self.is_function_like() {
                    self.visit_annotation(&a.annotation)?;
                    self.loc = loc;
                    self.nameop("__annotations__", Ctx::Load)?;
                    let m = self.mangle(&n.id);
                    self.load_const(Const::Str(m));
                    self.op(Opcode::StoreSubscr);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            other => return Err(self.error(other.range(), "invalid node type for annotated assignment")),
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr(e)?;
        self.op(Opcode::PopTop);
        Ok(())
    }
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    pub fn visit_annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.st.future_annotations {
            // PEP 563: the annotation's text, not its value
            let text = super::unparse::annotation_text(e, self.src);
            self.load_const(Const::Str(text));
            return Ok(());
        }
        if let Expr::Starred(s) = e {
            self.visit_expr(&s.value)?;
            self.emit(Opcode::UnpackSequence, 1);
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    // ---------------------------------------------------------------- imports

    /// PEP 810: where a `lazy` import is not allowed (SyntaxError), and
    /// which imports may be lazy at run time (`vm::lazy::is_lazy` decides).
    fn lazy_import_flags(&mut self, range: TextRange, is_lazy: bool, is_from: bool, star_or_future: Option<&str>) -> CResult<()> {
        let in_try = self.ur().fblocks.iter().any(|f| {
            matches!(
                f.kind,
                FKind::TryExcept
                    | FKind::FinallyTry
                    | FKind::FinallyEnd
                    | FKind::HandlerCleanup
                    | FKind::ExceptionHandler
                    | FKind::ExceptionGroupHandler
            )
        });
        if is_lazy {
            let what = if is_from { "lazy from ... import" } else { "lazy import" };
            let place = match self.ur().kind {
                ScopeKind::Module if in_try => Some("try/except blocks"),
                ScopeKind::Module => None,
                ScopeKind::Class => Some("classes"),
                _ => Some("functions"),
            };
            if let Some(place) = place {
                return Err(self.error(range, &format!("{} not allowed inside {}", what, place)));
            }
            match star_or_future {
                Some("*") => return Err(self.error(range, "lazy from ... import * is not allowed")),
                Some("__future__") => return Err(self.error(range, "lazy from __future__ import is not allowed")),
                _ => {}
            }
        }
        if self.ur().kind == ScopeKind::Module && !in_try && star_or_future.is_none() {
            let loc = self.loc_of(range);
            let flags = crate::vm::lazy::ELIGIBLE | if is_lazy { crate::vm::lazy::EXPLICIT } else { 0 };
            self.u().lazy_imports.push((loc.line, loc.col, flags));
        }
        Ok(())
    }

    fn import(&mut self, s: &'a ast::StmtImport) -> CResult<()> {
        self.lazy_import_flags(s.range, s.is_lazy, false, None)?;
        for alias in &s.names {
            self.loc = Some(self.loc_of(s.range));
            self.load_const(Const::Int(0.into()));
            self.load_const(Const::None);
            let i = self.add_name_raw(alias.name.as_str());
            self.emit(Opcode::ImportName, i);
            let name = alias.name.as_str();
            if let Some(asname) = &alias.asname {
                if let Some(dot) = name.find('.') {
                    // import a.b.c as d: IMPORT_FROM chain
                    let parts: Vec<&str> = name[dot + 1..].split('.').collect();
                    for (k, p) in parts.iter().enumerate() {
                        let i = self.add_name_raw(p);
                        self.emit(Opcode::ImportFrom, i);
                        if k + 1 < parts.len() {
                            self.emit(Opcode::Swap, 2);
                            self.op(Opcode::PopTop);
                        }
                    }
                    self.nameop(asname.as_str(), Ctx::Store)?;
                    self.op(Opcode::PopTop);
                } else {
                    self.nameop(asname.as_str(), Ctx::Store)?;
                }
            } else {
                let first = name.split('.').next().unwrap();
                self.nameop(first, Ctx::Store)?;
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &'a ast::StmtImportFrom) -> CResult<()> {
        let star = s.names.len() == 1 && s.names[0].name.as_str() == "*";
        let special = if star {
            Some("*")
        } else if s.module.as_ref().map(|m| m.as_str()) == Some("__future__") && s.level == 0 {
            Some("__future__")
        } else {
            None
        };
        self.lazy_import_flags(s.range, s.is_lazy, true, special)?;
        self.load_const(Const::Int(s.level.into()));
        let names: Vec<Const> = s.names.iter().map(|a| Const::Str(a.name.to_string())).collect();
        self.load_const(Const::Tuple(names));
        let module = s.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        let i = self.add_name_raw(module);
        self.emit(Opcode::ImportName, i);
        if s.names.len() == 1 && s.names[0].name.as_str() == "*" {
            if self.is_function_like() {
                return Err(self.error(s.range, "import * only allowed at module level"));
            }
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::ImportStar as u32);
            self.op(Opcode::PopTop);
            return Ok(());
        }
        for alias in &s.names {
            let i = self.add_name_raw(alias.name.as_str());
            self.emit(Opcode::ImportFrom, i);
            let store = alias.asname.as_ref().map(|a| a.as_str()).unwrap_or(alias.name.as_str());
            self.nameop(store, Ctx::Store)?;
        }
        self.op(Opcode::PopTop);
        Ok(())
    }

    // -------------------------------------------------------------- functions

    fn decorators(&mut self, decos: &'a [ast::Decorator]) -> CResult<()> {
        for d in decos {
            self.visit_expr(&d.expression)?;
        }
        Ok(())
    }
    fn apply_decorators(&mut self, decos: &'a [ast::Decorator]) {
        for d in decos.iter().rev() {
            self.loc = Some(self.loc_of(d.expression.range()));
            self.emit(Opcode::Call, 0);
        }
    }

    /// Defaults tuple and kw-only defaults dict; returns function_attr flags.
    pub fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            let loc = self.loc;
            self.loc = loc;
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            flags |= function_attr::DEFAULTS;
        }
        let kwdefs: Vec<&ast::ParameterWithDefault> = p.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kwdefs.is_empty() {
            // CPython 3.13: the values, a constant tuple of the (mangled)
            // names, BUILD_CONST_KEY_MAP
            let loc = self.loc;
            let mut keys = Vec::with_capacity(kwdefs.len());
            for k in &kwdefs {
                keys.push(Const::Str(self.mangle(&k.parameter.name)));
                self.visit_expr(k.default.as_ref().unwrap())?;
            }
            self.loc = loc;
            self.load_const(Const::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, kwdefs.len() as u32);
            flags |= function_attr::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut n = 0;
        let loc = self.loc;
        let mut one = |c: &mut Self, name: &str, ann: Option<&'a Expr>| -> CResult<()> {
            if let Some(a) = ann {
                let m = c.mangle(name);
                c.loc = loc;
                c.load_const(Const::Str(m));
                c.visit_annotation(a)?;
                n += 2;
            }
            Ok(())
        };
        for a in p.args.iter() {
            one(self, &a.parameter.name, a.parameter.annotation.as_deref())?;
        }
        for a in p.posonlyargs.iter() {
            one(self, &a.parameter.name, a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.vararg {
            one(self, &v.name, v.annotation.as_deref())?;
        }
        for a in p.kwonlyargs.iter() {
            one(self, &a.parameter.name, a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.kwarg {
            one(self, &v.name, v.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        if n > 0 {
            self.loc = loc;
            self.emit(Opcode::BuildTuple, n);
            Ok(function_attr::ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        self.decorators(&f.decorator_list)?;
        let loc = Some(self.loc_of(f.range));
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.loc_of(d.expression.range()).line,
            None => loc.unwrap().line,
        };
        let type_params = f.type_params.as_deref().filter(|t| !t.type_params.is_empty());
        self.loc = loc;
        let mut flags = self.default_arguments(&f.parameters)?;
        let mut num_typeparam_args = 0;
        if let Some(tp) = type_params {
            if flags & function_attr::DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if flags & function_attr::KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            self.loc = loc;
            if num_typeparam_args == 2 {
                self.emit(Opcode::Swap, 2);
            }
            let scope = self.st.scope_for(tp.range);
            self.enter_scope(scope, &format!("<generic parameters of {}>", f.name), firstlineno);
            self.type_params(tp)?;
            self.loc = loc;
            for i in 0..num_typeparam_args {
                self.emit(Opcode::LoadFast, i);
            }
        }
        self.loc = loc;
        flags |= self.annotations(&f.parameters, f.returns.as_deref())?;
        self.function_body(f, flags, firstlineno)?;
        if let Some(tp) = type_params {
            self.loc = loc;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::CallIntrinsic2, Intrinsic2::SetFunctionTypeParams as u32);
            self.op(Opcode::ReturnValue);
            self.u().argcount = num_typeparam_args;
            let scope = self.st.scope_for(tp.range);
            let code = self.exit_scope();
            self.loc = loc;
            self.make_closure(code, 0, scope)?;
            if num_typeparam_args > 0 {
                self.emit(Opcode::Swap, num_typeparam_args + 1);
                self.emit(Opcode::Call, num_typeparam_args - 1);
            } else {
                self.op(Opcode::PushNull);
                self.emit(Opcode::Call, 0);
            }
        }
        self.apply_decorators(&f.decorator_list);
        self.loc = loc;
        self.nameop(&f.name, Ctx::Store)
    }

    /// CPython's `compiler_function_body`: the function's own code object
    /// and MAKE_FUNCTION.
    fn function_body(&mut self, f: &'a ast::StmtFunctionDef, flags: u32, firstlineno: u32) -> CResult<()> {
        let loc = Some(self.loc_of(f.range));
        let scope = self.st.scope_for(f.range);
        self.enter_scope(scope, &f.name, firstlineno);
        let doc = docstring(&f.body);
        let d = doc.map(|d| Const::Str(clean_doc(d))).unwrap_or(Const::None);
        self.add_const(d);
        let start = if doc.is_some() { 1 } else { 0 };
        let wrap = self.ur().flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0;
        let handler = self.new_label();
        if wrap {
            self.u().cfg.insert_front(Instr::new(Op::SetupCleanup, 0, handler, None));
            self.push_fblock(FKind::StopIteration, NO_LABEL, NO_LABEL);
        }
        self.visit_stmts(&f.body[start..])?;
        if wrap {
            self.loc = None;
            self.load_const(Const::None);
            self.op(Opcode::ReturnValue);
            self.use_label(handler);
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::StopIterationError as u32);
            self.emit(Opcode::Reraise, 1);
            self.pop_fblock(FKind::StopIteration);
        } else {
            self.loc = None;
            self.load_const(Const::None);
            self.op(Opcode::ReturnValue);
        }
        let code = self.exit_scope();
        self.loc = loc;
        self.make_closure(code, flags, scope)
    }

    // ------------------------------------------------------------- PEP 695

    /// CPython's `compiler_type_params`: creates each TypeVar / ParamSpec /
    /// TypeVarTuple, stores it, and leaves a tuple of them on the stack.
    fn type_params(&mut self, tp: &'a ast::TypeParams) -> CResult<()> {
        let mut seen_default = false;
        for p in &tp.type_params {
            let loc = Some(self.loc_of(p.range()));
            let (name, default, allow_starred) = match p {
                ast::TypeParam::TypeVar(t) => (&t.name, t.default.as_deref(), false),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, t.default.as_deref(), true),
                ast::TypeParam::ParamSpec(t) => (&t.name, t.default.as_deref(), false),
            };
            self.loc = loc;
            self.load_const(Const::Str(name.to_string()));
            match p {
                ast::TypeParam::TypeVar(t) => {
                    if let Some(b) = t.bound.as_deref() {
                        self.type_param_bound_or_default(b, name.as_str(), false)?;
                        self.loc = loc;
                        let which = if matches!(b, Expr::Tuple(_)) {
                            Intrinsic2::TypeVarWithConstraints
                        } else {
                            Intrinsic2::TypeVarWithBound
                        };
                        self.emit(Opcode::CallIntrinsic2, which as u32);
                    } else {
                        self.emit(Opcode::CallIntrinsic1, Intrinsic1::TypeVar as u32);
                    }
                }
                ast::TypeParam::TypeVarTuple(_) => self.emit(Opcode::CallIntrinsic1, Intrinsic1::TypeVarTuple as u32),
                ast::TypeParam::ParamSpec(_) => self.emit(Opcode::CallIntrinsic1, Intrinsic1::ParamSpec as u32),
            }
            if let Some(d) = default {
                seen_default = true;
                self.type_param_bound_or_default(d, name.as_str(), allow_starred)?;
                self.loc = loc;
                self.emit(Opcode::CallIntrinsic2, Intrinsic2::SetTypeparamDefault as u32);
            } else if seen_default {
                return Err(self.error(
                    p.range(),
                    format!("non-default type parameter '{}' follows default type parameter", name.as_str()),
                ));
            }
            self.loc = loc;
            self.emit(Opcode::Copy, 1);
            self.nameop(name.as_str(), Ctx::Store)?;
        }
        let first = tp.type_params[0].range();
        self.loc = Some(self.loc_of(first));
        self.emit(Opcode::BuildTuple, tp.type_params.len() as u32);
        Ok(())
    }

    /// A lazily evaluated bound, constraint tuple or default: its own code
    /// object (CPython's `compiler_type_param_bound_or_default`).
    fn type_param_bound_or_default(&mut self, e: &'a Expr, name: &str, allow_starred: bool) -> CResult<()> {
        let Some(scope) = self.st.annotation_scope_for(e.range()) else {
            return Err(self.error_kind(ExcKind::SystemError, e.range(), "compiler: no scope for type parameter bound"));
        };
        let loc = Some(self.loc_of(e.range()));
        self.enter_scope(scope, name, loc.unwrap().line);
        match e {
            Expr::Starred(s) if allow_starred => {
                self.visit_expr(&s.value)?;
                self.loc = loc;
                self.emit(Opcode::UnpackSequence, 1);
            }
            _ => self.visit_expr(e)?,
        }
        self.loc = loc;
        self.op(Opcode::ReturnValue);
        let code = self.exit_scope();
        self.loc = loc;
        self.make_closure(code, 0, scope)
    }

    /// `type X[T] = value` (CPython's `compiler_typealias`).
    fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult<()> {
        let loc = Some(self.loc_of(t.range));
        let Expr::Name(n) = &*t.name else {
            return Err(self.error(t.name.range(), "type alias name must be a name"));
        };
        let name = n.id.as_str();
        let type_params = t.type_params.as_deref().filter(|tp| !tp.type_params.is_empty());
        self.loc = loc;
        if let Some(tp) = type_params {
            let scope = self.st.scope_for(tp.range);
            self.enter_scope(scope, &format!("<generic parameters of {name}>"), loc.unwrap().line);
            self.loc = loc;
            self.load_const(Const::Str(name.to_string()));
            self.type_params(tp)?;
        } else {
            self.load_const(Const::Str(name.to_string()));
            self.load_const(Const::None);
        }
        // the value's code object
        let scope = self.st.scope_for(t.range);
        self.enter_scope(scope, name, loc.unwrap().line);
        // None is the first constant, so the function has no docstring
        self.add_const(Const::None);
        self.visit_expr(&t.value)?;
        self.loc = loc;
        self.op(Opcode::ReturnValue);
        let code = self.exit_scope();
        self.loc = loc;
        self.make_closure(code, 0, scope)?;
        self.emit(Opcode::BuildTuple, 3);
        self.emit(Opcode::CallIntrinsic1, Intrinsic1::TypeAlias as u32);
        if let Some(tp) = type_params {
            self.op(Opcode::ReturnValue);
            let scope = self.st.scope_for(tp.range);
            let code = self.exit_scope();
            self.loc = loc;
            self.make_closure(code, 0, scope)?;
            self.op(Opcode::PushNull);
            self.emit(Opcode::Call, 0);
        }
        self.loc = loc;
        self.nameop(name, Ctx::Store)
    }

    /// LOAD_FAST of each free variable's cell, BUILD_TUPLE, LOAD_CONST code,
    /// MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE for each flag.
    pub fn make_closure(&mut self, code: Value, flags: u32, scope: ScopeId) -> CResult<()> {
        let mut flags = flags;
        let frees = self.st.scope(scope).freevars.clone();
        if !frees.is_empty() {
            for name in &frees {
                let idx = match self.localsplus_index(name) {
                    Some(i) => i,
                    None => {
                        return Err(self.error_kind(
                            ExcKind::SystemError,
                            TextRange::default(),
                            format!("compiler: free variable {name} not found in enclosing scope"),
                        ))
                    }
                };
                self.emit_pseudo(Op::LoadClosure, idx, NO_LABEL);
            }
            self.emit(Opcode::BuildTuple, frees.len() as u32);
            flags |= function_attr::CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.op(Opcode::MakeFunction);
        for f in [function_attr::CLOSURE, function_attr::ANNOTATIONS, function_attr::KWDEFAULTS, function_attr::DEFAULTS] {
            if flags & f != 0 {
                self.emit(Opcode::SetFunctionAttribute, f);
            }
        }
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        self.decorators(&c.decorator_list)?;
        let loc = Some(self.loc_of(c.range));
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.loc_of(d.expression.range()).line,
            None => loc.unwrap().line,
        };
        let type_params = c.type_params.as_deref().filter(|t| !t.type_params.is_empty());
        if let Some(tp) = type_params {
            let scope = self.st.scope_for(tp.range);
            self.enter_scope(scope, &format!("<generic parameters of {}>", c.name), firstlineno);
            self.u().private = Some(c.name.to_string());
            self.type_params(tp)?;
            self.loc = loc;
            self.nameop(".type_params", Ctx::Store)?;
        }
        self.class_body(c, firstlineno)?;
        let (args, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        if let Some(tp) = type_params {
            self.loc = loc;
            self.nameop(".type_params", Ctx::Load)?;
            self.emit(Opcode::CallIntrinsic1, Intrinsic1::SubscriptGeneric as u32);
            self.nameop(".generic_base", Ctx::Store)?;
            // bases + a `.generic_base` name (CPython builds a new AST list;
            // the nodes must live as long as the AST, hence the leak, one
            // small list per generic class compiled)
            let mut bases: Vec<Expr> = args.to_vec();
            bases.push(Expr::Name(ast::ExprName {
                node_index: Default::default(),
                range: c.range,
                id: ast::name::Name::new(".generic_base"),
                ctx: ast::ExprContext::Load,
            }));
            let bases: &'a [Expr] = Box::leak(bases.into_boxed_slice());
            self.loc = loc;
            self.call_helper(2, bases, kws, c.range)?;
            self.op(Opcode::ReturnValue);
            let scope = self.st.scope_for(tp.range);
            let code = self.exit_scope();
            self.loc = loc;
            self.make_closure(code, 0, scope)?;
            self.op(Opcode::PushNull);
            self.emit(Opcode::Call, 0);
        } else {
            self.loc = loc;
            self.call_helper(2, args, kws, c.range)?;
        }
        self.apply_decorators(&c.decorator_list);
        self.loc = loc;
        self.nameop(&c.name, Ctx::Store)
    }

    /// CPython's `compiler_class_body`: the class body's code object, then
    /// LOAD_BUILD_CLASS, PUSH_NULL, MAKE_FUNCTION, LOAD_CONST name.
    fn class_body(&mut self, c: &'a ast::StmtClassDef, firstlineno: u32) -> CResult<()> {
        let loc = Some(self.loc_of(c.range));
        let scope = self.st.scope_for(c.range);
        self.enter_scope(scope, &c.name, firstlineno);
        self.u().private = Some(c.name.to_string());
        self.loc = Some(Location { line: firstlineno, end_line: firstlineno, col: 0, end_col: 0 });
        self.nameop("__name__", Ctx::Load)?;
        self.nameop("__module__", Ctx::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Const::Str(q));
        self.nameop("__qualname__", Ctx::Store)?;
        self.load_const(Const::Int(firstlineno.into()));
        self.nameop("__firstlineno__", Ctx::Store)?;
        if c.type_params.as_ref().is_some_and(|t| !t.type_params.is_empty()) {
            self.nameop(".type_params", Ctx::Load)?;
            self.nameop("__type_params__", Ctx::Store)?;
        }
        if self.ur().cellvars.iter().any(|c| c == "__classdict__") {
            self.op(Opcode::LoadLocals);
            let i = self.localsplus_index("__classdict__").unwrap();
            self.emit(Opcode::StoreDeref, i);
        }
        self.compile_body(&c.body, false)?;
        self.loc = None;
        let attrs: Vec<Const> = self.ur().static_attrs.iter().map(|s| Const::Str(s.clone())).collect();
        self.load_const(Const::Tuple(attrs));
        self.nameop("__static_attributes__", Ctx::Store)?;
        self.loc = None;
        if self.ur().cellvars.iter().any(|c| c == "__classdict__") {
            let i = self.localsplus_index("__classdict__").unwrap();
            self.emit_pseudo(Op::LoadClosure, i, NO_LABEL);
            self.nameop("__classdictcell__", Ctx::Store)?;
        }
        if self.ur().cellvars.iter().any(|c| c == "__class__") {
            let i = self.localsplus_index("__class__").unwrap();
            self.emit_pseudo(Op::LoadClosure, i, NO_LABEL);
            self.emit(Opcode::Copy, 1);
            self.nameop("__classcell__", Ctx::Store)?;
        } else {
            self.load_const(Const::None);
        }
        self.op(Opcode::ReturnValue);
        let code = self.exit_scope();
        self.loc = loc;
        self.op(Opcode::LoadBuildClass);
        self.op(Opcode::PushNull);
        self.make_closure(code, 0, scope)?;
        self.load_const(Const::Str(c.name.to_string()));
        Ok(())
    }

    /// `self.x = …` inside a method records `x` in the class's
    /// `__static_attributes__`.
    pub fn maybe_static_attr(&mut self, at: &ast::ExprAttribute) {
        if let Expr::Name(n) = &*at.value {
            if n.id.as_str() == "self" {
                for u in self.units.iter_mut().rev() {
                    if u.kind == ScopeKind::Class {
                        u.static_attrs.insert(at.attr.to_string());
                        break;
                    }
                }
            }
        }
    }

    pub fn enter_child_scope(&mut self, scope: ScopeId, name: &str, firstlineno: u32) {
        self.enter_scope(scope, name, firstlineno);
    }
    pub fn exit_child_scope(&mut self) -> Value {
        self.exit_scope()
    }

    // -------------------------------------------------------------------- try

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let loc = self.loc;
        let body = self.new_label();
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.op(Opcode::Nop);
        self.emit_pseudo_noloc(Op::SetupFinally, except);
        self.use_label(body);
        self.push_fblock(FKind::TryExcept, body, NO_LABEL);
        self.visit_stmts(&t.body)?;
        self.pop_fblock(FKind::TryExcept);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        if !t.orelse.is_empty() {
            // orelse is reached by falling through
        }
        self.loc = None;
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, orelse);
        let n = t.handlers.len();
        self.use_label(except);
        self.emit_pseudo_noloc(Op::SetupCleanup, cleanup);
        self.loc = None;
        self.op(Opcode::PushExcInfo);
        self.push_fblock(FKind::ExceptionHandler, NO_LABEL, NO_LABEL);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = Some(self.loc_of(h.range));
            self.loc = hloc;
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error(h.range, "default 'except:' must be last"));
            }
            let next_except = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.loc = hloc;
                self.op(Opcode::CheckExcMatch);
                self.jump(Opcode::PopJumpIfFalse, next_except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, Ctx::Store)?;
                self.emit_pseudo_noloc(Op::SetupCleanup, cleanup_end);
                self.use_label(cleanup_body);
                self.push_fblock_full(FBlock {
                    kind: FKind::HandlerCleanup,
                    block: cleanup_body,
                    exit: NO_LABEL,
                    loc: self.loc,
                    body: None,
                    name: Some(name.as_str()),
                });
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FKind::HandlerCleanup);
                self.loc = None;
                self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
                self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
                self.emit_noloc(Opcode::PopExcept, 0);
                self.load_const_noloc(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
                // cleanup_end: name = None; del name; reraise
                self.use_label(cleanup_end);
                self.loc = None;
                self.load_const_noloc(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit_noloc(Opcode::Reraise, 1);
            } else {
                let cleanup_body = self.new_label();
                self.op(Opcode::PopTop);
                self.use_label(cleanup_body);
                self.push_fblock_full(FBlock {
                    kind: FKind::HandlerCleanup,
                    block: cleanup_body,
                    exit: NO_LABEL,
                    loc: self.loc,
                    body: None,
                    name: None,
                });
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FKind::HandlerCleanup);
                self.loc = None;
                self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
                self.emit_noloc(Opcode::PopExcept, 0);
                self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
            }
            self.use_label(next_except);
        }
        self.pop_fblock(FKind::ExceptionHandler);
        // no handler matched: re-raise
        self.loc = t.handlers.last().map(|h| self.loc_of(h.range()));
        self.loc = None;
        self.emit_noloc(Opcode::Reraise, 0);
        self.use_label(cleanup);
        self.emit_noloc(Opcode::Copy, 3);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 1);
        self.use_label(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_label(end);
        let _ = loc;
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let loc = self.loc;
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo_noloc(Op::SetupFinally, end);
        self.use_label(body);
        self.push_fblock_full(FBlock { kind: FKind::FinallyTry, block: body, exit: end, loc, body: Some(&t.finalbody), name: None });
        if !t.handlers.is_empty() {
            if t.is_star {
                self.try_star_except(t)?;
            } else {
                self.try_except(t)?;
            }
        } else {
            self.op(Opcode::Nop);
            self.visit_stmts(&t.body)?;
        }
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.pop_fblock(FKind::FinallyTry);
        self.visit_stmts(&t.finalbody)?;
        self.loc = None;
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, exit);
        // exceptional path
        self.use_label(end);
        self.loc = None;
        self.emit_pseudo_noloc(Op::SetupCleanup, cleanup);
        self.op(Opcode::PushExcInfo);
        self.push_fblock(FKind::FinallyEnd, end, NO_LABEL);
        self.visit_stmts(&t.finalbody)?;
        self.pop_fblock(FKind::FinallyEnd);
        self.loc = None;
        self.emit_noloc(Opcode::Reraise, 0);
        self.use_label(cleanup);
        self.emit_noloc(Opcode::Copy, 3);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 1);
        self.use_label(exit);
        Ok(())
    }

    fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_label();
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.op(Opcode::Nop);
        self.emit_pseudo_noloc(Op::SetupFinally, except);
        self.use_label(body);
        self.push_fblock(FKind::TryExcept, body, NO_LABEL);
        self.visit_stmts(&t.body)?;
        self.pop_fblock(FKind::TryExcept);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, orelse);
        let n = t.handlers.len();
        self.use_label(except);
        self.emit_pseudo_noloc(Op::SetupCleanup, cleanup);
        self.emit_noloc(Opcode::PushExcInfo, 0);
        self.push_fblock(FKind::ExceptionGroupHandler, NO_LABEL, NO_LABEL);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = Some(self.loc_of(h.range));
            self.loc = hloc;
            let next_except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [orig] -> [orig, [], exc]
                self.emit(Opcode::BuildList, 0);
                self.emit(Opcode::Copy, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.error(h.range, "expected 'except' type"));
            };
            self.visit_expr(ty)?;
            self.loc = hloc;
            self.op(Opcode::CheckEgMatch);
            self.emit(Opcode::Copy, 1);
            self.jump(Opcode::PopJumpIfNone, no_match);
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            if let Some(name) = &h.name {
                self.nameop(name, Ctx::Store)?;
            } else {
                self.op(Opcode::PopTop);
            }
            self.emit_pseudo_noloc(Op::SetupCleanup, cleanup_end);
            self.use_label(cleanup_body);
            self.push_fblock_full(FBlock {
                kind: FKind::HandlerCleanup,
                block: cleanup_body,
                exit: NO_LABEL,
                loc: self.loc,
                body: None,
                name: h.name.as_ref().map(|n| n.as_str()),
            });
            self.visit_stmts(&h.body)?;
            self.pop_fblock(FKind::HandlerCleanup);
            self.loc = None;
            self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
            if let Some(name) = &h.name {
                self.load_const_noloc(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit_pseudo_noloc(Op::Jump, next_except);
            self.use_label(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const_noloc(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit_noloc(Opcode::ListAppend, 3);
            self.emit_noloc(Opcode::PopTop, 0);
            self.emit_pseudo_noloc(Op::Jump, except_with_error);
            self.use_label(next_except);
            self.emit_noloc(Opcode::Nop, 0);
            self.emit_pseudo_noloc(Op::Jump, except_with_error);
            self.use_label(no_match);
            self.loc = hloc;
            self.op(Opcode::PopTop);
            self.use_label(except_with_error);
            if i + 1 == n {
                self.emit_noloc(Opcode::ListAppend, 1);
                self.emit_pseudo_noloc(Op::Jump, reraise_star);
            }
        }
        self.pop_fblock(FKind::ExceptionGroupHandler);
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit_noloc(Opcode::CallIntrinsic2, crate::bytecode::opcodes::Intrinsic2::PrepReraiseStar as u32);
        self.emit_noloc(Opcode::Copy, 1);
        self.jump(Opcode::PopJumpIfNotNone, reraise);
        // nothing to reraise
        self.emit_noloc(Opcode::PopTop, 0);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, end);
        self.use_label(reraise);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.emit_noloc(Opcode::Swap, 2);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 0);
        self.use_label(cleanup);
        self.emit_noloc(Opcode::Copy, 3);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 1);
        self.use_label(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ------------------------------------------------------------------- with

    fn with_stmt(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = Some(self.loc_of(w.range));
        self.loc = loc;
        self.op(Opcode::BeforeWith);
        self.emit_pseudo(Op::SetupWith, 0, final_);
        self.use_label(block);
        self.push_fblock(FKind::With, block, final_);
        if let Some(v) = &item.optional_vars {
            self.visit_target(v, Ctx::Store)?;
        } else {
            self.op(Opcode::PopTop);
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.pop_fblock(FKind::With);
        self.loc = loc;
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.loc = loc;
        self.call_exit_with_nones();
        self.op(Opcode::PopTop);
        self.jump_to(exit);
        self.use_label(final_);
        self.with_except_finish(cleanup, false)?;
        self.use_label(exit);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: Label, is_async: bool) -> CResult<()> {
        self.loc = None;
        self.emit_pseudo_noloc(Op::SetupCleanup, cleanup);
        self.emit_noloc(Opcode::PushExcInfo, 0);
        self.emit_noloc(Opcode::WithExceptStart, 0);
        if is_async {
            self.emit_noloc(Opcode::GetAwaitable, 2);
            self.load_const_noloc(Const::None);
            self.add_yield_from(true);
        }
        let exit = self.new_label();
        self.emit_noloc(Opcode::ToBool, 0);
        self.u().cfg.emit(Instr::new(Op::Real(Opcode::PopJumpIfTrue), 0, exit, None));
        self.emit_noloc(Opcode::Reraise, 2);
        self.use_label(exit);
        self.emit_noloc(Opcode::PopTop, 0);
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::PopTop, 0);
        self.emit_noloc(Opcode::PopTop, 0);
        let after = self.new_label();
        self.emit_pseudo_noloc(Op::JumpNoInterrupt, after);
        self.use_label(cleanup);
        self.emit_noloc(Opcode::Copy, 3);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 1);
        self.use_label(after);
        Ok(())
    }

    fn async_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = Some(self.loc_of(w.range));
        self.loc = loc;
        self.op(Opcode::BeforeAsyncWith);
        self.emit(Opcode::GetAwaitable, 1);
        self.load_const(Const::None);
        self.add_yield_from(true);
        self.emit_pseudo(Op::SetupWith, 0, final_);
        self.use_label(block);
        self.push_fblock(FKind::AsyncWith, block, final_);
        if let Some(v) = &item.optional_vars {
            self.visit_target(v, Ctx::Store)?;
        } else {
            self.op(Opcode::PopTop);
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.async_with(w, pos + 1)?;
        }
        self.pop_fblock(FKind::AsyncWith);
        self.loc = loc;
        self.emit_pseudo_noloc(Op::PopBlock, NO_LABEL);
        self.loc = loc;
        self.call_exit_with_nones();
        self.emit(Opcode::GetAwaitable, 2);
        self.load_const(Const::None);
        self.add_yield_from(true);
        self.op(Opcode::PopTop);
        self.jump_to(exit);
        self.use_label(final_);
        self.with_except_finish(cleanup, true)?;
        self.use_label(exit);
        Ok(())
    }
}

// ------------------------------------------------------------------ helpers

/// CPython's private name mangling (`__x` in class `C` → `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let p = p.trim_start_matches('_');
    if p.is_empty() {
        return name.to_string();
    }
    format!("_{p}{name}")
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str());
        }
    }
    None
}

/// CPython 3.13's `_PyCompile_CleanDoc` (inspect.cleandoc without the
/// leading/trailing blank line removal).
pub fn clean_doc(doc: &str) -> String {
    let doc = doc.replace('\t', "        ");
    let lines: Vec<&str> = doc.split('\n').collect();
    let mut margin = usize::MAX;
    for l in lines.iter().skip(1) {
        let stripped = l.trim_start_matches(' ');
        if !stripped.is_empty() {
            margin = margin.min(l.len() - stripped.len());
        }
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if i == 0 {
            out.push_str(l.trim_start_matches(' '));
        } else if margin != usize::MAX && l.len() >= margin {
            out.push_str(&l[margin..]);
        } else {
            out.push_str(l.trim_start_matches(' '));
        }
    }
    out
}

fn is_annotated_assign_simple(s: &Stmt) -> bool {
    matches!(s, Stmt::AnnAssign(_))
}

/// Does the body contain an annotated assignment (not looking into nested
/// functions/classes)?
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

pub(crate) fn is_const_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_)
    )
}

pub(crate) fn binop_kind(op: ast::Operator, inplace: bool) -> u32 {
    use crate::bytecode::opcodes::BinOpKind as B;
    use ast::Operator as O;
    let k = match op {
        O::Add => B::Add,
        O::Sub => B::Subtract,
        O::Mult => B::Multiply,
        O::MatMult => B::MatrixMultiply,
        O::Div => B::TrueDivide,
        O::Mod => B::Remainder,
        O::Pow => B::Power,
        O::LShift => B::Lshift,
        O::RShift => B::Rshift,
        O::BitOr => B::Or,
        O::BitXor => B::Xor,
        O::BitAnd => B::And,
        O::FloorDiv => B::FloorDivide,
    };
    k as u32 + if inplace { 13 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::CodeObject;

    fn code(src: &str) -> Value {
        compile_source(src, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{src}: {e:?}"))
    }
    fn ops(v: &Value) -> Vec<&'static str> {
        let c = v.downcast::<CodeObject>().unwrap();
        c.instructions().into_iter().map(|(_, o, _)| o.dis_name()).collect()
    }
    /// The code object of the first function defined in `src`.
    fn func(src: &str) -> Value {
        let m = code(src);
        let c = m.downcast::<CodeObject>().unwrap();
        c.consts.iter().find(|k| k.downcast::<CodeObject>().is_some()).unwrap().clone()
    }
    fn co(v: &Value) -> &CodeObject {
        v.downcast::<CodeObject>().unwrap()
    }

    #[test]
    fn simple_function() {
        let f = func("def f(a, b):\n    return a + b\n");
        assert_eq!(ops(&f), ["RESUME", "LOAD_FAST_LOAD_FAST", "BINARY_OP", "RETURN_VALUE"]);
        assert_eq!(co(&f).stacksize, 2);
        assert_eq!(co(&f).flags & (co_flags::OPTIMIZED | co_flags::NEWLOCALS), 3);
        assert_eq!(co(&f).argcount, 2);
    }

    #[test]
    fn module_call_and_return_const() {
        let m = code("print(x)\n");
        assert_eq!(ops(&m), ["RESUME", "LOAD_NAME", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "RETURN_CONST"]);
        let f = func("def f():\n    print(1)\n");
        assert_eq!(ops(&f), ["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "CALL", "POP_TOP", "RETURN_CONST"]);
    }

    #[test]
    fn consts_dedup_and_fold() {
        let m = code("a = 1\nb = 1.0\nc = True\nd = 1\ne = 2 * 3 + 1\nf = -5\ng = (1, 2, (3, 4))\nh = 2 ** 1000\n");
        let c = co(&m);
        let ints: Vec<_> = c.consts.iter().filter_map(crate::object::int::to_i64).collect();
        // 1, True (bool is an int), 7, -5
        assert!(ints.contains(&7) && ints.contains(&-5));
        assert_eq!(c.consts.iter().filter(|v| crate::object::int::to_i64(v) == Some(1)).count(), 2); // 1 and True
        assert!(c.consts.iter().any(|v| crate::object::tuple::items(v).map(|t| t.len() == 3).unwrap_or(false)));
        // 2 ** 1000 is not folded (CPython's safe_power limit)
        assert!(ops(&m).contains(&"BINARY_OP"));
    }

    #[test]
    fn contains_list_becomes_tuple() {
        let m = code("x in [1, 2, 3]\nx in {1, 2}\n");
        assert!(!ops(&m).contains(&"BUILD_LIST"));
        assert!(!ops(&m).contains(&"BUILD_SET"));
    }

    #[test]
    fn closure_and_cells() {
        let m = code("def f(x):\n    def g():\n        return x\n    return g\n");
        let f = co(&m).consts.iter().find(|k| k.downcast::<CodeObject>().is_some()).unwrap().clone();
        let o = ops(&f);
        assert_eq!(o[0], "MAKE_CELL");
        assert!(o.contains(&"SET_FUNCTION_ATTRIBUTE"));
        let g = co(&f).consts.iter().find(|k| k.downcast::<CodeObject>().is_some()).unwrap().clone();
        assert_eq!(ops(&g), ["COPY_FREE_VARS", "RESUME", "LOAD_DEREF", "RETURN_VALUE"]);
        assert!(co(&g).flags & co_flags::NESTED != 0);
    }

    #[test]
    fn try_except_table() {
        let f = func("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n");
        let c = co(&f);
        assert!(c.exceptiontable.len() >= 3, "{:?}", c.exceptiontable);
        let o = ops(&f);
        assert!(o.contains(&"PUSH_EXC_INFO") && o.contains(&"CHECK_EXC_MATCH") && o.contains(&"POP_EXCEPT"));
        // the handler of the try body keeps the stack at depth 0 without lasti
        assert!(c.exceptiontable.iter().any(|e| e.depth == 0 && !e.lasti));
        assert!(c.exceptiontable.iter().any(|e| e.depth == 1 && e.lasti));
    }

    #[test]
    fn with_table_and_generator_flags() {
        let f = func("def f(m):\n    with m as x:\n        yield x\n");
        let c = co(&f);
        assert!(c.flags & co_flags::GENERATOR != 0);
        let o = ops(&f);
        assert_eq!(&o[..3], ["RETURN_GENERATOR", "POP_TOP", "RESUME"]);
        assert!(o.contains(&"BEFORE_WITH") && o.contains(&"WITH_EXCEPT_START"));
        assert!(c.exceptiontable.iter().any(|e| e.depth == 1 && e.lasti));
    }

    #[test]
    fn line_numbers() {
        let m = code("a = 1\n\nb = 2\n");
        let c = co(&m);
        let lines: Vec<u32> = c.instructions().iter().map(|(o, _, _)| c.location(*o).line).collect();
        assert_eq!(lines, [0, 1, 1, 3, 3, 3]);
    }

    #[test]
    fn comprehension_is_own_code() {
        let f = func("def f(xs):\n    return [x for x in xs if x]\n");
        let o = ops(&f);
        assert!(o.contains(&"GET_ITER") && o.contains(&"CALL"));
        let lc = co(&f).consts.iter().find(|k| k.downcast::<CodeObject>().is_some()).unwrap().clone();
        let lo = ops(&lc);
        assert!(lo.contains(&"LIST_APPEND") && lo.contains(&"FOR_ITER"));
    }

    #[test]
    fn break_outside_loop_is_syntax_error() {
        let e = compile_source("break\n", "<t>", Mode::Exec).err().unwrap();
        assert_eq!(e.kind, ExcKind::SyntaxError);
    }

    #[test]
    fn eval_and_single_modes() {
        let e = compile_source("1 + x", "<t>", Mode::Eval).unwrap();
        assert_eq!(ops(&e), ["RESUME", "LOAD_CONST", "LOAD_NAME", "BINARY_OP", "RETURN_VALUE"]);
        let s = compile_source("x\n", "<t>", Mode::Single).unwrap();
        assert!(ops(&s).iter().any(|o| o.contains("INTRINSIC")));
    }

    fn code_named(v: &Value, name: &str) -> Value {
        co(v).consts.iter().find(|k| k.downcast::<CodeObject>().is_some_and(|c| crate::object::str::as_str(&c.name).as_deref() == Some(name))).unwrap_or_else(|| panic!("no {name}")).clone()
    }

    #[test]
    fn generic_function() {
        let m = code("def f[T](x: T) -> T:\n    return x\n");
        assert_eq!(ops(&m), ["RESUME", "LOAD_CONST", "MAKE_FUNCTION", "PUSH_NULL", "CALL", "STORE_NAME", "RETURN_CONST"]);
        let tp = code_named(&m, "<generic parameters of f>");
        let o = ops(&tp);
        assert_eq!(
            o,
            [
                "RESUME", "LOAD_CONST", "CALL_INTRINSIC_1", "COPY", "STORE_FAST", "BUILD_TUPLE", "LOAD_CONST",
                "LOAD_FAST", "LOAD_CONST", "LOAD_FAST", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "SET_FUNCTION_ATTRIBUTE",
                "SWAP", "CALL_INTRINSIC_2", "RETURN_VALUE",
            ]
        );
        // defaults are passed to the type-params function as `.defaults`
        let m = code("def g[T: int, *Ts, **P](a=1, *, b=2):\n    pass\n");
        let o = ops(&m);
        assert!(o.windows(3).any(|w| w == ["SWAP", "LOAD_CONST", "MAKE_FUNCTION"]), "{o:?}");
        assert!(o.windows(2).any(|w| w == ["SWAP", "CALL"]));
        let tp = code_named(&m, "<generic parameters of g>");
        assert_eq!(co(&tp).argcount, 2);
        let to = ops(&tp);
        assert!(to.contains(&"CALL_INTRINSIC_2") && to.contains(&"LOAD_FAST_LOAD_FAST"));
        // the bound is lazily evaluated: its own code object named T
        assert!(co(&tp).consts.iter().any(|k| k.downcast::<CodeObject>().is_some_and(|c| crate::object::str::as_str(&c.name).as_deref() == Some("T"))));
    }

    #[test]
    fn generic_class_and_type_alias() {
        let m = code("class C[T](B):\n    x: T\n");
        let tp = code_named(&m, "<generic parameters of C>");
        let o = ops(&tp);
        for op in ["CALL_INTRINSIC_1", "LOAD_BUILD_CLASS", "STORE_FAST", "CALL", "RETURN_VALUE"] {
            assert!(o.contains(&op), "{op} in {o:?}");
        }
        let body = code_named(&tp, "C");
        let bo = ops(&body);
        assert!(bo.contains(&"LOAD_FROM_DICT_OR_DEREF"), "{bo:?}");
        let m = code("type X = int\n");
        assert_eq!(ops(&m), ["RESUME", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "MAKE_FUNCTION", "BUILD_TUPLE", "CALL_INTRINSIC_1", "STORE_NAME", "RETURN_CONST"]);
        let m = code("class O:\n    type Y[T] = list[T]\n");
        let o = code_named(&m, "O");
        let tp = code_named(&o, "<generic parameters of Y>");
        let v = code_named(&tp, "Y");
        // the alias value sees the class namespace through __classdict__
        assert!(ops(&v).contains(&"LOAD_FROM_DICT_OR_GLOBALS"), "{:?}", ops(&v));
    }

    #[test]
    fn type_param_default_order_error() {
        let e = compile_source("def f[T = int, U](): pass\n", "<t>", Mode::Exec).err().unwrap();
        assert_eq!(e.kind, ExcKind::SyntaxError);
    }

    #[test]
    fn conformance_files_compile() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance");
        if !root.exists() {
            return;
        }
        let mut files = Vec::new();
        let mut stack = vec![root];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().map(|x| x == "py").unwrap_or(false) {
                    files.push(p);
                }
            }
        }
        let mut bad = Vec::new();
        for f in &files {
            let Ok(src) = std::fs::read_to_string(f) else { continue };
            let path = f.to_string_lossy().to_string();
            let r = std::panic::catch_unwind(|| compile_source(&src, &path, Mode::Exec));
            match r {
                Err(_) => bad.push(format!("{path}: panic")),
                Ok(Err(e)) if !path.contains("/errors/") && !path.contains("error") => {
                    bad.push(format!("{path}: {:?} {} line {}", e.kind, e.msg, e.lineno))
                }
                Ok(Err(e)) if !matches!(e.kind, ExcKind::SyntaxError | ExcKind::IndentationError | ExcKind::TabError) => {
                    bad.push(format!("{path}: {:?} {}", e.kind, e.msg))
                }
                _ => {}
            }
        }
        assert!(bad.is_empty(), "{} of {} files failed:\n{}", bad.len(), files.len(), bad.join("\n"));
    }
}
