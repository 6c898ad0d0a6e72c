//! Design: DESIGN.md#compiler
//!
//! The assembler: turns the control-flow graph built by `codegen` (basic
//! blocks of instructions with symbolic jump targets and the pseudo
//! instructions `SetupFinally`/`SetupCleanup`/`SetupWith`/`PopBlock`/`Jump`)
//! into a `CodeObject`. Passes, in CPython 3.13's flowgraph.c order:
//!
//! 1. label exception targets (walk the CFG with a stack of active
//!    handlers; every instruction learns its innermost handler),
//! 2. optimize (inline small exit blocks, fold TO_BOOL after comparisons,
//!    LOAD_CONST+RETURN_VALUE → RETURN_CONST, thread jumps to jumps,
//!    remove NOPs and unreachable blocks), drop unused constants,
//! 3. LOAD_FAST → LOAD_FAST_CHECK where a local may be unbound,
//!    superinstructions (LOAD_FAST_LOAD_FAST & co),
//! 4. move cold blocks (reachable only through exception handlers) to the end,
//! 5. propagate locations to instructions that have none,
//! 6. stack depth (flow analysis; inconsistent depths are compiler bugs),
//! 7. prefix (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR/POP_TOP),
//! 8. layout: jump direction, EXTENDED_ARG (iterated to a fixed point),
//!    absolute jump targets, line table and flattened exception table.

#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use hashbrown::HashTable;
use num_bigint::BigInt;
use rustc_hash::{FxHashMap, FxHasher};

use crate::bytecode::code::{co_flags, local_kind, new_code, CodeObject, ExceptionEntry, LineEntry, Location};
use crate::bytecode::opcodes::{flags, Opcode, Operand};
use crate::object::Value;
use crate::sync::AtomicU32;

/// A block id; labels are block ids.
pub type Label = usize;
pub const NO_LABEL: Label = usize::MAX;

/// An instruction: a real opcode or a pseudo instruction the assembler
/// lowers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    /// Pushes a handler (no lasti).
    SetupFinally,
    /// Pushes a handler that also pushes lasti.
    SetupCleanup,
    /// `with` handler (lasti; unwinds one less: keeps `__exit__`).
    SetupWith,
    PopBlock,
    /// Unconditional jump: JUMP_FORWARD or JUMP_BACKWARD.
    Jump,
    /// JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT.
    JumpNoInterrupt,
    /// LOAD_FAST of a cell/free slot for a closure tuple.
    LoadClosure,
    /// STORE_FAST that may store NULL (comprehension cleanup).
    StoreFastMaybeNull,
}

/// `Opcode::flags` by opcode byte: the passes test jump/terminator flags
/// of every instruction many times; a table load beats the call.
static OP_FLAGS: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(o) = Opcode::from_u8(i as u8) {
            t[i] = o.flags();
        }
        i += 1;
    }
    t
};

#[inline]
fn op_flags(o: Opcode) -> u32 {
    OP_FLAGS[o as u8 as usize]
}

/// `Opcode::cache_words` by opcode byte (layout sizes every instruction
/// on each of its passes).
static OP_CACHE_WORDS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(o) = Opcode::from_u8(i as u8) {
            t[i] = o.cache_words() as u8;
        }
        i += 1;
    }
    t
};

impl Op {
    pub fn is_jump(self) -> bool {
        match self {
            Op::Real(o) => op_flags(o) & flags::JUMP != 0,
            Op::Jump | Op::JumpNoInterrupt => true,
            _ => false,
        }
    }
    pub fn is_setup(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }
    fn is_uncond_jump(self) -> bool {
        matches!(
            self,
            Op::Jump | Op::JumpNoInterrupt | Op::Real(Opcode::JumpForward) | Op::Real(Opcode::JumpBackward) | Op::Real(Opcode::JumpBackwardNoInterrupt)
        )
    }
    /// Never falls through.
    fn is_terminator(self) -> bool {
        match self {
            Op::Real(o) => op_flags(o) & flags::NO_FALLTHROUGH != 0,
            Op::Jump | Op::JumpNoInterrupt => true,
            _ => false,
        }
    }
    fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::ReturnValue) | Op::Real(Opcode::ReturnConst) | Op::Real(Opcode::RaiseVarargs) | Op::Real(Opcode::Reraise)
        )
    }
    /// (fall-through effect, jump effect)
    fn effects(self, arg: u32) -> (i32, i32) {
        match self {
            Op::Real(o) => (o.net_effect(arg), o.jump_stack_effect(arg)),
            Op::SetupFinally => (0, 1),
            Op::SetupCleanup => (0, 2),
            Op::SetupWith => (0, 1),
            Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => (0, 0),
            Op::LoadClosure => (1, 1),
            Op::StoreFastMaybeNull => (-1, -1),
        }
    }
}

/// An instruction of the CFG. `loc == None` is CPython's NO_LOCATION
/// (filled in from neighbours by the assembler).
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Label,
    pub loc: Option<Location>,
    /// Innermost active handler block (set by `label_exception_targets`).
    handler: Label,
}

impl Instr {
    pub fn new(op: Op, arg: u32, target: Label, loc: Option<Location>) -> Instr {
        Instr { op, arg, target, loc, handler: NO_LABEL }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// Fall-through successor (layout order).
    pub next: Option<Label>,
    // analysis state
    start_depth: Option<i32>,
    except_handler: bool,
    preds: u32,
    visited: bool,
    cold: bool,
    warm: bool,
    offset: u32,
    /// Handler depth info for blocks that are handler targets: lasti flag.
    handler_lasti: bool,
}

/// The control-flow graph of one code object.
#[derive(Default)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub current: Label,
}

impl Cfg {
    pub fn new() -> Cfg {
        let mut blocks = Vec::with_capacity(16);
        blocks.push(Block { instrs: pooled_instrs(), ..Block::default() });
        Cfg { blocks, current: 0 }
    }
    pub fn new_label(&mut self) -> Label {
        self.blocks.push(Block { instrs: pooled_instrs(), ..Block::default() });
        self.blocks.len() - 1
    }
    /// Starts emitting into `l`, which follows the current block.
    pub fn use_label(&mut self, l: Label) {
        let cur = self.current;
        debug_assert!(self.blocks[l].next.is_none());
        self.blocks[l].next = self.blocks[cur].next;
        self.blocks[cur].next = Some(l);
        self.current = l;
    }
    pub fn emit(&mut self, i: Instr) {
        let cur = self.current;
        self.blocks[cur].instrs.push(i);
    }
    /// Insert at the very start of the code.
    pub fn insert_front(&mut self, i: Instr) {
        self.blocks[0].instrs.insert(0, i);
    }
    pub fn last_instr(&self) -> Option<&Instr> {
        self.blocks[self.current].instrs.last()
    }
    fn order(&self) -> Vec<Label> {
        let mut v = Vec::with_capacity(self.blocks.len());
        let mut b = Some(0);
        while let Some(x) = b {
            v.push(x);
            b = self.blocks[x].next;
        }
        v
    }
}

thread_local! {
    /// Instruction vectors of assembled code objects, reused by the next
    /// CFGs: a module compiles thousands of small ones, and the blocks'
    /// vectors were a large share of the compiler's allocations.
    static INSTR_POOL: RefCell<Vec<Vec<Instr>>> = const { RefCell::new(Vec::new()) };
}

const INSTR_POOL_MAX: usize = 1024;

/// An empty instruction vector, from the pool when it has one.
fn pooled_instrs() -> Vec<Instr> {
    INSTR_POOL.with(|p| p.borrow_mut().pop()).unwrap_or_default()
}

/// Gives the blocks' instruction vectors back to the pool.
fn recycle(cfg: Cfg) {
    INSTR_POOL.with(|p| {
        let mut pool = p.borrow_mut();
        for b in cfg.blocks {
            let mut v = b.instrs;
            if pool.len() >= INSTR_POOL_MAX {
                break;
            }
            if v.capacity() != 0 && v.capacity() <= 4096 {
                v.clear();
                pool.push(v);
            }
        }
    });
}

thread_local! {
    /// Interned strs by text, per thread: the code objects of a module name
    /// the same identifiers over and over, and the shared intern table (a
    /// lock, the str hash and an allocation per lookup) is the slow path.
    /// Interned strs are immortal and never leave the table, so holding
    /// them here changes nothing.
    static INTERN_CACHE: RefCell<FxHashMap<Box<str>, Value>> = RefCell::new(FxHashMap::default());
}

const INTERN_CACHE_MAX: usize = 1 << 16;

/// `object::str::intern` through the per-thread cache.
fn intern_cached(s: &str) -> Value {
    INTERN_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(v) = c.get(s) {
            return v.clone();
        }
        let v = crate::object::str::intern(s);
        if c.len() >= INTERN_CACHE_MAX {
            c.clear();
        }
        c.insert(s.into(), v.clone());
        v
    })
}

/// A constant as the compiler sees it (deduplicated by value and type).
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    /// A str holding lone surrogates (from `\ud800`-style escapes), which a
    /// Rust `String` can't: its code points.
    StrCps(Vec<u32>),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    /// A nested code object (never deduplicated: compared by identity).
    Code(Value),
}

impl PartialEq for Const {
    fn eq(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex(a, b), Complex(c, d)) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
            (Str(a), Str(b)) => a == b,
            (StrCps(a), StrCps(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => a.is(b),
            _ => false,
        }
    }
}

impl Const {
    pub fn to_value(&self) -> Value {
        match self {
            Const::None => Value::none(),
            Const::Bool(b) => Value::bool(*b),
            Const::Int(i) => match i64::try_from(i) {
                Ok(v) => Value::from_i64(v),
                Err(_) => Value::from_bigint(i.clone()),
            },
            Const::Float(f) => Value::from_f64(*f),
            Const::Complex(r, i) => crate::object::complex::new_complex(*r, *i),
            Const::Str(s) => intern_cached(s),
            Const::StrCps(c) => crate::object::str::from_code_points(c),
            Const::Bytes(b) => crate::object::bytes::new_bytes(b),
            Const::Ellipsis => Value::ellipsis(),
            Const::Tuple(items) => crate::object::tuple::new_tuple(items.iter().map(|c| c.to_value()).collect()),
            Const::FrozenSet(items) => crate::object::set::new_frozenset(items.iter().map(|c| c.to_value()).collect())
                .unwrap_or_else(|_| crate::object::tuple::new_tuple(vec![])),
            Const::Code(v) => v.clone(),
        }
    }
    pub fn is_truthy(&self) -> bool {
        match self {
            Const::None => false,
            Const::Bool(b) => *b,
            Const::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            Const::Float(f) => *f != 0.0,
            Const::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::StrCps(c) => !c.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Ellipsis | Const::Code(_) => true,
            Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        }
    }
}

fn hash_const<H: Hasher>(c: &Const, h: &mut H) {
    std::mem::discriminant(c).hash(h);
    match c {
        Const::None | Const::Ellipsis | Const::Code(_) => {}
        Const::Bool(b) => b.hash(h),
        Const::Int(i) => i.hash(h),
        Const::Float(f) => f.to_bits().hash(h),
        Const::Complex(a, b) => {
            a.to_bits().hash(h);
            b.to_bits().hash(h);
        }
        Const::Str(s) => s.hash(h),
        Const::StrCps(c) => c.hash(h),
        Const::Bytes(b) => b.hash(h),
        Const::Tuple(items) | Const::FrozenSet(items) => {
            items.len().hash(h);
            for x in items {
                hash_const(x, h);
            }
        }
    }
}

fn const_hash(c: &Const) -> u64 {
    let mut h = FxHasher::default();
    hash_const(c, &mut h);
    h.finish()
}

fn str_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// The constants of one code object, deduplicated by value and type
/// (CPython's `_PyCode_ConstantKey`: floats by bits, tuples recursively)
/// through a hash index of positions. Code objects are never merged.
#[derive(Default)]
pub struct ConstPool {
    items: Vec<Const>,
    index: HashTable<u32>,
}

impl std::ops::Deref for ConstPool {
    type Target = [Const];
    fn deref(&self) -> &[Const] {
        &self.items
    }
}

impl ConstPool {
    pub fn new() -> ConstPool {
        ConstPool::default()
    }

    /// Index of `c`, added if no equal constant is there yet.
    pub fn add(&mut self, c: Const) -> u32 {
        let i = self.items.len() as u32;
        if matches!(c, Const::Code(_)) {
            self.items.push(c);
            return i;
        }
        let h = const_hash(&c);
        let items = &self.items;
        if let Some(&k) = self.index.find(h, |&k| items[k as usize] == c) {
            return k;
        }
        self.items.push(c);
        let items = &self.items;
        self.index.insert_unique(h, i, |&k| const_hash(&items[k as usize]));
        i
    }

    fn from_vec(items: Vec<Const>) -> ConstPool {
        let mut index = HashTable::with_capacity(items.len());
        for (k, c) in items.iter().enumerate() {
            if !matches!(c, Const::Code(_)) {
                index.insert_unique(const_hash(c), k as u32, |&j| const_hash(&items[j as usize]));
            }
        }
        ConstPool { items, index }
    }

    pub fn into_vec(self) -> Vec<Const> {
        self.items
    }
}

/// A code object's `co_names`, deduplicated through a hash index.
#[derive(Default)]
pub struct NamePool {
    items: Vec<String>,
    index: HashTable<u32>,
}

impl std::ops::Deref for NamePool {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.items
    }
}

impl NamePool {
    pub fn new() -> NamePool {
        NamePool::default()
    }

    /// Index of `n`, added (one allocation) if not there yet.
    pub fn add(&mut self, n: &str) -> u32 {
        let h = str_hash(n);
        let items = &self.items;
        if let Some(&k) = self.index.find(h, |&k| items[k as usize] == n) {
            return k;
        }
        let i = self.items.len() as u32;
        self.items.push(n.to_string());
        let items = &self.items;
        self.index.insert_unique(h, i, |&k| str_hash(&items[k as usize]));
        i
    }
}

/// Everything but the instructions that a code object needs.
pub struct UnitMeta {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub consts: ConstPool,
    pub names: NamePool,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Number of parameters (including *args / **kwargs).
    pub nparams: u32,
    /// (line, column, flags) of import statements that may be lazy.
    pub lazy_imports: Vec<(u32, u32, u8)>,
}

impl UnitMeta {
    /// Index in localsplus of a local (varnames), cell or free variable.
    pub fn localsplus(&self) -> (Vec<String>, Vec<u8>) {
        let mut names: Vec<String> = self.varnames.clone();
        let mut kinds: Vec<u8> = vec![local_kind::LOCAL; names.len()];
        for c in &self.cellvars {
            if let Some(i) = names.iter().position(|n| n == c) {
                kinds[i] |= local_kind::CELL;
            } else {
                names.push(c.clone());
                kinds.push(local_kind::CELL);
            }
        }
        for f in &self.freevars {
            names.push(f.clone());
            kinds.push(local_kind::FREE);
        }
        (names, kinds)
    }
}

/// Result of assembly, before becoming a code object (tests inspect it).
pub struct Assembled {
    pub words: Vec<u32>,
    pub linetable: Vec<LineEntry>,
    pub exceptiontable: Vec<ExceptionEntry>,
    pub stacksize: u32,
    pub consts: Vec<Const>,
}

const MAX_COPY_SIZE: usize = 4;

pub fn assemble(mut cfg: Cfg, mut meta: UnitMeta) -> Value {
    let a = assemble_words(&mut cfg, &mut meta);
    recycle(cfg);
    let (lpnames, lpkinds) = meta.localsplus();
    let code = CodeObject {
        words: a.words.iter().map(|w| AtomicU32::new(*w)).collect::<Vec<_>>().into_boxed_slice(),
        consts: a.consts.iter().map(|c| c.to_value()).collect(),
        names: meta.names.iter().map(|n| intern_cached(n)).collect(),
        localsplusnames: lpnames.iter().map(|n| intern_cached(n)).collect(),
        localspluskinds: lpkinds.into_boxed_slice(),
        argcount: meta.argcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        flags: meta.flags,
        stacksize: a.stacksize,
        firstlineno: meta.firstlineno,
        filename: intern_cached(&meta.filename),
        name: intern_cached(&meta.name),
        qualname: intern_cached(&meta.qualname),
        linetable: a.linetable.into_boxed_slice(),
        exceptiontable: a.exceptiontable.into_boxed_slice(),
        lazy_imports: core::mem::take(&mut meta.lazy_imports).into_boxed_slice(),
    };
    new_code(code)
}

pub fn assemble_words(cfg: &mut Cfg, meta: &mut UnitMeta) -> Assembled {
    split_blocks(cfg);
    label_exception_targets(cfg);
    optimize_cfg(cfg, meta);
    remove_unused_consts(cfg, meta);
    add_checks_for_uninitialized(cfg, meta);
    insert_superinstructions(cfg);
    push_cold_blocks_to_end(cfg);
    resolve_line_numbers(cfg, meta.firstlineno);
    // NOPs whose line is now carried by a neighbour (CPython resolves line
    // numbers before its last NOP removal)
    remove_nops(cfg);
    let stacksize = stackdepth(cfg);
    convert_pseudo(cfg, meta);
    remove_nops(cfg);
    normalize_jumps(cfg);
    insert_prefix(cfg, meta);
    let (words, linetable, exceptiontable) = layout(cfg);
    Assembled { words, linetable, exceptiontable, stacksize, consts: std::mem::take(&mut meta.consts).into_vec() }
}

/// Splits blocks after jumps/terminators so every jump ends its block.
#[inline(never)]
fn split_blocks(cfg: &mut Cfg) {
    let order = cfg.order();
    for b in order {
        let mut i = 0;
        while i < cfg.blocks[b].instrs.len() {
            let op = cfg.blocks[b].instrs[i].op;
            if (op.is_jump() || op.is_terminator()) && i + 1 < cfg.blocks[b].instrs.len() {
                let nb = cfg.new_label();
                let mut rest = std::mem::take(&mut cfg.blocks[nb].instrs);
                rest.extend(cfg.blocks[b].instrs.drain(i + 1..));
                cfg.blocks[nb].instrs = rest;
                cfg.blocks[nb].next = cfg.blocks[b].next;
                cfg.blocks[b].next = Some(nb);
                break; // the new block is visited next in the loop below
            }
            i += 1;
        }
    }
    // new blocks were appended after computing order: run again until stable
    let mut changed = true;
    while changed {
        changed = false;
        for b in cfg.order() {
            let n = cfg.blocks[b].instrs.len();
            if let Some(p) = cfg.blocks[b].instrs.iter().position(|i| i.op.is_jump() || i.op.is_terminator()) {
                if p + 1 < n {
                    let nb = cfg.new_label();
                    let mut rest = std::mem::take(&mut cfg.blocks[nb].instrs);
                    rest.extend(cfg.blocks[b].instrs.drain(p + 1..));
                    cfg.blocks[nb].instrs = rest;
                    cfg.blocks[nb].next = cfg.blocks[b].next;
                    cfg.blocks[b].next = Some(nb);
                    changed = true;
                }
            }
        }
    }
}

fn has_fallthrough(b: &Block) -> bool {
    match b.instrs.last() {
        Some(i) => !i.op.is_terminator(),
        None => true,
    }
}

/// CPython's label_exception_targets: each instruction gets the handler
/// on top of the stack of active SETUP_* blocks.
#[inline(never)]
fn label_exception_targets(cfg: &mut Cfg) {
    let n = cfg.blocks.len();
    let mut stacks: Vec<Option<Vec<Label>>> = vec![None; n];
    for b in cfg.blocks.iter_mut() {
        b.visited = false;
    }
    stacks[0] = Some(Vec::new());
    let mut todo = vec![0usize];
    cfg.blocks[0].visited = true;
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].clone().unwrap();
        let ninstr = cfg.blocks[b].instrs.len();
        for k in 0..ninstr {
            let ins = cfg.blocks[b].instrs[k];
            if ins.op.is_setup() {
                let t = ins.target;
                if !cfg.blocks[t].visited {
                    cfg.blocks[t].visited = true;
                    stacks[t] = Some(stack.clone());
                    todo.push(t);
                }
                cfg.blocks[t].except_handler = true;
                cfg.blocks[t].handler_lasti = ins.op != Op::SetupFinally;
                stack.push(t);
                cfg.blocks[b].instrs[k].handler = stack.last().copied().unwrap_or(NO_LABEL);
            } else if ins.op == Op::PopBlock {
                cfg.blocks[b].instrs[k].handler = stack.last().copied().unwrap_or(NO_LABEL);
                stack.pop();
            } else {
                cfg.blocks[b].instrs[k].handler = stack.last().copied().unwrap_or(NO_LABEL);
                if ins.op.is_jump() {
                    let t = ins.target;
                    if !cfg.blocks[t].visited {
                        cfg.blocks[t].visited = true;
                        stacks[t] = Some(stack.clone());
                        todo.push(t);
                    }
                }
            }
        }
        if has_fallthrough(&cfg.blocks[b]) {
            if let Some(nx) = cfg.blocks[b].next {
                if !cfg.blocks[nx].visited {
                    cfg.blocks[nx].visited = true;
                    stacks[nx] = Some(stack.clone());
                    todo.push(nx);
                }
            }
        }
    }
}

fn is_exit_without_lineno(b: &Block) -> bool {
    match b.instrs.last() {
        Some(l) => l.op.is_scope_exit() && b.instrs.iter().all(|i| i.loc.is_none()),
        None => false,
    }
}

fn is_small_exit(b: &Block) -> bool {
    match b.instrs.last() {
        Some(l) => l.op.is_scope_exit() && b.instrs.len() <= MAX_COPY_SIZE,
        None => false,
    }
}

#[inline(never)]
fn compute_preds(cfg: &mut Cfg) {
    for b in cfg.blocks.iter_mut() {
        b.preds = 0;
        b.visited = false;
    }
    // reachable only
    let mut todo = Vec::with_capacity(cfg.blocks.len());
    todo.push(0usize);
    cfg.blocks[0].preds = 1;
    cfg.blocks[0].visited = true;
    while let Some(b) = todo.pop() {
        let ninstr = cfg.blocks[b].instrs.len();
        for k in 0..ninstr {
            let ins = cfg.blocks[b].instrs[k];
            // handler edges count once per instr is too many; CPython
            // counts jumps only, handlers are always reached by unwinding
            // (a handler that is also the jump target counts again)
            let is_jump = ins.op.is_jump();
            if is_jump {
                let t = ins.target;
                cfg.blocks[t].preds += 1;
                if !cfg.blocks[t].visited {
                    cfg.blocks[t].visited = true;
                    todo.push(t);
                }
            }
            if ins.handler != NO_LABEL {
                let t = ins.handler;
                if is_jump && t == ins.target {
                    cfg.blocks[t].preds += 1;
                }
                if !cfg.blocks[t].visited {
                    cfg.blocks[t].visited = true;
                    todo.push(t);
                }
            }
        }
        if has_fallthrough(&cfg.blocks[b]) {
            if let Some(nx) = cfg.blocks[b].next {
                cfg.blocks[nx].preds += 1;
                if !cfg.blocks[nx].visited {
                    cfg.blocks[nx].visited = true;
                    todo.push(nx);
                }
            }
        }
    }
    for b in cfg.blocks.iter_mut() {
        if b.except_handler && b.visited {
            b.preds = b.preds.max(1);
        }
    }
}

fn eliminate_unreachable(cfg: &mut Cfg) {
    compute_preds(cfg);
    for b in 0..cfg.blocks.len() {
        if !cfg.blocks[b].visited {
            cfg.blocks[b].instrs.clear();
        }
    }
}

/// Follows empty blocks to the first block that has instructions.
fn next_nonempty(cfg: &Cfg, mut l: Label) -> Label {
    while cfg.blocks[l].instrs.is_empty() {
        match cfg.blocks[l].next {
            Some(n) => l = n,
            None => return l,
        }
    }
    l
}

#[inline(never)]
fn optimize_cfg(cfg: &mut Cfg, meta: &mut UnitMeta) {
    // inline small exit blocks that are the target of unconditional jumps
    for b in cfg.order() {
        if let Some(last) = cfg.blocks[b].instrs.last().copied() {
            if last.op.is_uncond_jump() {
                let t = next_nonempty(cfg, last.target);
                if is_small_exit(&cfg.blocks[t]) {
                    let mut copy = cfg.blocks[t].instrs.clone();
                    if let Some(first) = copy.first_mut() {
                        if first.loc.is_none() {
                            first.loc = last.loc;
                        }
                    }
                    for c in copy.iter_mut() {
                        c.handler = last.handler;
                    }
                    cfg.blocks[b].instrs.pop();
                    cfg.blocks[b].instrs.extend(copy);
                }
            }
        }
    }
    for b in cfg.order() {
        optimize_block(cfg, b, meta);
    }
    // jump threading: jump to unconditional jump
    for b in cfg.order() {
        if let Some(last) = cfg.blocks[b].instrs.last().copied() {
            if last.op.is_jump() && !last.op.is_setup() {
                let mut t = next_nonempty(cfg, last.target);
                let mut guard = 0;
                while guard < 10 {
                    guard += 1;
                    let first = cfg.blocks[t].instrs.first().copied();
                    match first {
                        Some(f) if cfg.blocks[t].instrs.len() == 1 && f.op == Op::Jump && f.loc.is_none() && f.target != t => {
                            t = next_nonempty(cfg, f.target);
                        }
                        _ => break,
                    }
                }
                cfg.blocks[b].instrs.last_mut().unwrap().target = t;
            }
        }
    }
    eliminate_unreachable(cfg);
    remove_redundant_nops_and_jumps(cfg);
}

#[inline(never)]
fn remove_redundant_nops_and_jumps(cfg: &mut Cfg) {
    loop {
        let mut changed = false;
        let order = cfg.order();
        // jumps to the next block
        for (k, &b) in order.iter().enumerate() {
            if let Some(last) = cfg.blocks[b].instrs.last().copied() {
                if last.op.is_uncond_jump() {
                    let mut nx = order.get(k + 1).copied();
                    while let Some(n) = nx {
                        if cfg.blocks[n].instrs.is_empty() {
                            nx = cfg.blocks[n].next;
                        } else {
                            break;
                        }
                    }
                    if let Some(n) = nx {
                        if next_nonempty(cfg, last.target) == n {
                            let l = cfg.blocks[b].instrs.last_mut().unwrap();
                            l.op = Op::Real(Opcode::Nop);
                            l.target = NO_LABEL;
                            changed = true;
                        }
                    }
                }
            }
        }
        remove_nops(cfg);
        if !changed {
            break;
        }
    }
}

/// CPython's remove_redundant_nops: keeps a NOP only if it carries a line
/// number nobody else has.
#[inline(never)]
fn remove_nops(cfg: &mut Cfg) {
    let order = cfg.order();
    for (k, &b) in order.iter().enumerate() {
        if !cfg.blocks[b].instrs.iter().any(|i| i.op == Op::Real(Opcode::Nop)) {
            continue;
        }
        let mut instrs = std::mem::take(&mut cfg.blocks[b].instrs);
        // compacted in place: `w <= i`, and only `instrs[i + 1]` is read ahead
        let mut w = 0;
        let mut prev_line: Option<u32> = None;
        for i in 0..instrs.len() {
            let ins = instrs[i];
            let ins = &ins;
            if ins.op == Op::Real(Opcode::Nop) {
                let line = ins.loc.map(|l| l.line);
                let keep = match line {
                    None => false,
                    Some(l) => {
                        if prev_line == Some(l) {
                            false
                        } else if i + 1 < instrs.len() {
                            let nl = instrs[i + 1].loc.map(|x| x.line);
                            if nl.is_none() {
                                // the next instruction inherits its location
                                instrs[i + 1].loc = ins.loc;
                                false
                            } else {
                                nl != Some(l)
                            }
                        } else {
                            // last in block: look at the next non-empty block
                            let mut nx = order.get(k + 1).copied();
                            let mut keep = true;
                            while let Some(n) = nx {
                                if let Some(f) = cfg.blocks[n].instrs.first() {
                                    if f.loc.map(|x| x.line) == Some(l) {
                                        keep = false;
                                    }
                                    break;
                                }
                                nx = cfg.blocks[n].next;
                            }
                            keep
                        }
                    }
                };
                if !keep {
                    // a NOP without location between two instructions: just drop
                    continue;
                }
            }
            if ins.loc.is_some() {
                prev_line = ins.loc.map(|l| l.line);
            }
            instrs[w] = *ins;
            w += 1;
        }
        instrs.truncate(w);
        cfg.blocks[b].instrs = instrs;
    }
}

#[inline(never)]
fn optimize_block(cfg: &mut Cfg, b: Label, meta: &mut UnitMeta) {
    let instrs = &mut cfg.blocks[b].instrs;
    let mut i = 0;
    while i < instrs.len() {
        let op = instrs[i].op;
        let next = instrs.get(i + 1).map(|x| x.op);
        match (op, next) {
            // LOAD_CONST + RETURN_VALUE -> RETURN_CONST
            (Op::Real(Opcode::LoadConst), Some(Op::Real(Opcode::ReturnValue))) => {
                let arg = instrs[i].arg;
                instrs[i].op = Op::Real(Opcode::Nop);
                instrs[i + 1].op = Op::Real(Opcode::ReturnConst);
                instrs[i + 1].arg = arg;
            }
            // LOAD_GLOBAL + PUSH_NULL -> LOAD_GLOBAL with the NULL bit
            (Op::Real(Opcode::LoadGlobal), Some(Op::Real(Opcode::PushNull))) if instrs[i].arg & 1 == 0 => {
                instrs[i].arg |= 1;
                instrs[i + 1].op = Op::Real(Opcode::Nop);
            }
            // TO_BOOL after an op that already produces a bool
            (Op::Real(Opcode::CompareOp), Some(Op::Real(Opcode::ToBool))) => {
                instrs[i].arg |= 16;
                instrs[i + 1].op = Op::Real(Opcode::Nop);
            }
            (
                Op::Real(Opcode::IsOp) | Op::Real(Opcode::ContainsOp) | Op::Real(Opcode::UnaryNot) | Op::Real(Opcode::ToBool),
                Some(Op::Real(Opcode::ToBool)),
            ) => {
                instrs[i + 1].op = Op::Real(Opcode::Nop);
            }
            // LOAD_CONST + TO_BOOL -> LOAD_CONST bool
            (Op::Real(Opcode::LoadConst), Some(Op::Real(Opcode::ToBool))) => {
                let c = &meta.consts[instrs[i].arg as usize];
                let t = c.is_truthy();
                let idx = add_const(&mut meta.consts, Const::Bool(t));
                instrs[i].op = Op::Real(Opcode::Nop);
                instrs[i + 1].op = Op::Real(Opcode::LoadConst);
                instrs[i + 1].arg = idx;
            }
            // LOAD_CONST cond + POP_JUMP_IF_X -> jump or nop
            (Op::Real(Opcode::LoadConst), Some(Op::Real(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue))) => {
                let c = &meta.consts[instrs[i].arg as usize];
                if matches!(c, Const::Bool(_)) {
                    let t = c.is_truthy();
                    let jump_if = next == Some(Op::Real(Opcode::PopJumpIfTrue));
                    instrs[i].op = Op::Real(Opcode::Nop);
                    if t == jump_if {
                        instrs[i + 1].op = Op::Jump;
                    } else {
                        instrs[i + 1].op = Op::Real(Opcode::Nop);
                        instrs[i + 1].target = NO_LABEL;
                    }
                }
            }
            // LOAD_CONST None + IS_OP + POP_JUMP -> POP_JUMP_IF_(NOT_)NONE
            (Op::Real(Opcode::LoadConst), Some(Op::Real(Opcode::IsOp)))
                if matches!(meta.consts[instrs[i].arg as usize], Const::None)
                    && matches!(instrs.get(i + 2).map(|x| x.op), Some(Op::Real(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue))) =>
            {
                let invert = instrs[i + 1].arg == 1;
                let jump_if_true = instrs[i + 2].op == Op::Real(Opcode::PopJumpIfTrue);
                // jump when (x is None) == jump_if_true, inverted by `is not`
                let jump_when_none = jump_if_true != invert;
                instrs[i].op = Op::Real(Opcode::Nop);
                instrs[i + 1].op = Op::Real(Opcode::Nop);
                instrs[i + 2].op =
                    Op::Real(if jump_when_none { Opcode::PopJumpIfNone } else { Opcode::PopJumpIfNotNone });
            }
            (Op::Real(Opcode::BuildTuple), _) => {
                let n = instrs[i].arg as usize;
                if i + 1 < instrs.len()
                    && instrs[i + 1].op == Op::Real(Opcode::UnpackSequence)
                    && instrs[i + 1].arg as usize == n
                    && (1..=3).contains(&n)
                {
                    // `a, b = b, a`: BUILD_TUPLE n + UNPACK_SEQUENCE n only
                    // reverses the top n values: NOPs for 1, SWAP n for 2
                    // and 3 (CPython's optimize_basic_block, checked before
                    // constant folding), which the SWAP arm then applies
                    // statically where it can.
                    instrs[i].op = Op::Real(Opcode::Nop);
                    instrs[i].arg = 0;
                    if n == 1 {
                        instrs[i + 1].op = Op::Real(Opcode::Nop);
                        instrs[i + 1].arg = 0;
                    } else {
                        instrs[i + 1].op = Op::Real(Opcode::Swap);
                    }
                } else if i >= n && instrs[i - n..i].iter().all(|x| x.op == Op::Real(Opcode::LoadConst)) {
                    // BUILD_TUPLE of constants -> LOAD_CONST tuple (fold_tuple_on_constants)
                    let items: Vec<Const> = instrs[i - n..i].iter().map(|x| meta.consts[x.arg as usize].clone()).collect();
                    let idx = add_const(&mut meta.consts, Const::Tuple(items));
                    for x in &mut instrs[i - n..i] {
                        x.op = Op::Real(Opcode::Nop);
                        x.arg = 0;
                    }
                    instrs[i].op = Op::Real(Opcode::LoadConst);
                    instrs[i].arg = idx;
                }
            }
            (Op::Real(Opcode::Swap), _) => {
                if instrs[i].arg == 1 {
                    instrs[i].op = Op::Real(Opcode::Nop);
                    instrs[i].arg = 0;
                } else {
                    swaptimize(instrs, &mut i);
                    apply_static_swaps(instrs, i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Nop'd conditional jumps are no longer jumps: re-split not needed.
    // A block whose last instr became a NOP jump keeps falling through.
}

/// CPython's `swaptimize`: replaces a run of SWAPs (and NOPs) starting at
/// `*ix` with the minimal sequence of SWAPs having the same effect.
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let ins = &mut instrs[*ix..];
    let mut depth = ins[0].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = ins.len();
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match ins[len].op {
            Op::Real(Opcode::Swap) => {
                depth = depth.max(ins[len].arg as usize);
                more = true;
            }
            Op::Real(Opcode::Nop) => {}
            _ => break,
        }
    }
    // It's already optimal if there's only one SWAP:
    if !more {
        return;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for x in ins[..len].iter() {
        if x.op == Op::Real(Opcode::Swap) {
            let o = x.arg as usize;
            stack.swap(0, o - 1);
        }
    }
    // Emit the cycles of the permutation from the end of the run.
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let c = current as usize;
                ins[c].op = Op::Real(Opcode::Swap);
                ins[c].arg = j as u32 + 1;
                ins[c].target = NO_LABEL;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        let c = current as usize;
        ins[c].op = Op::Real(Opcode::Nop);
        ins[c].arg = 0;
        current -= 1;
    }
    *ix += len - 1;
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::StoreFast) | Op::StoreFastMaybeNull | Op::Real(Opcode::PopTop))
}

fn stores_to(i: &Instr) -> Option<u32> {
    matches!(i.op, Op::Real(Opcode::StoreFast) | Op::StoreFastMaybeNull).then_some(i.arg)
}

fn instr_line(i: &Instr) -> i64 {
    i.loc.map(|l| l.line as i64).unwrap_or(-1)
}

fn next_swappable_instruction(instrs: &[Instr], mut i: usize, lineno: i64) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let x = &instrs[i];
        if lineno >= 0 && instr_line(x) != lineno {
            // Optimizing across this instruction could change the names
            // bound between line events.
            return None;
        }
        if x.op == Op::Real(Opcode::Nop) {
            continue;
        }
        return if swappable(x.op) { Some(i) } else { None };
    }
}

/// CPython's `apply_static_swaps`: SWAP(2), POP_TOP, STORE_FAST(42) →
/// NOP, STORE_FAST(42), POP_TOP.
fn apply_static_swaps(instrs: &mut [Instr], i: usize) {
    let mut i = i as isize;
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if swap.op != Op::Real(Opcode::Swap) {
            if swap.op == Op::Real(Opcode::Nop) || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else { return };
        let mut k = j;
        let lineno = instr_line(&instrs[j]);
        let mut count = swap.arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(x) => k = x,
                None => return,
            }
            count -= 1;
        }
        let sj = stores_to(&instrs[j]);
        let sk = stores_to(&instrs[k]);
        if sj.is_some() || sk.is_some() {
            if sj == sk {
                return;
            }
            for x in &instrs[j + 1..k] {
                if let Some(s) = stores_to(x) {
                    if Some(s) == sj || Some(s) == sk {
                        return;
                    }
                }
            }
        }
        instrs[iu].op = Op::Real(Opcode::Nop);
        instrs[iu].arg = 0;
        instrs.swap(j, k);
        i -= 1;
    }
}

pub fn add_const(consts: &mut ConstPool, c: Const) -> u32 {
    consts.add(c)
}

#[inline(never)]
fn remove_unused_consts(cfg: &mut Cfg, meta: &mut UnitMeta) {
    let n = meta.consts.len();
    if n == 0 {
        return;
    }
    let mut used = vec![false; n];
    used[0] = true; // may be the docstring
    for b in cfg.order() {
        for i in &cfg.blocks[b].instrs {
            if let Op::Real(o) = i.op {
                if o.operand() == Operand::Const {
                    used[i.arg as usize] = true;
                }
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut map = vec![u32::MAX; n];
    let mut out = Vec::with_capacity(n);
    for (k, c) in std::mem::take(&mut meta.consts).into_vec().into_iter().enumerate() {
        if used[k] {
            map[k] = out.len() as u32;
            out.push(c);
        }
    }
    meta.consts = ConstPool::from_vec(out);
    for b in 0..cfg.blocks.len() {
        for i in cfg.blocks[b].instrs.iter_mut() {
            if let Op::Real(o) = i.op {
                if o.operand() == Operand::Const {
                    i.arg = map[i.arg as usize];
                }
            }
        }
    }
}

/// LOAD_FAST → LOAD_FAST_CHECK where the local may be unbound (CPython's
/// add_checks_for_loads_of_uninitialized_variables, simplified to a
/// forward dataflow over "definitely bound" sets).
#[inline(never)]
fn add_checks_for_uninitialized(cfg: &mut Cfg, meta: &UnitMeta) {
    let nlocals = meta.varnames.len();
    if nlocals == 0 {
        return;
    }
    let words = nlocals.div_ceil(64);
    let nblocks = cfg.blocks.len();
    // entry[b * words..][..words]: locals definitely bound on entry to b
    // (meaningful once has[b]; a block not reached yet is "everything").
    let mut entry = vec![0u64; nblocks * words];
    let mut has = vec![false; nblocks];
    for p in 0..(meta.nparams as usize).min(nlocals) {
        entry[p / 64] |= 1 << (p % 64);
    }
    // cells that are parameters are still bound; other cells are not fast locals
    has[0] = true;
    let mut todo = vec![0usize];
    let mut inq = vec![false; nblocks];
    inq[0] = true;
    fn merge(entry: &mut [u64], has: &mut [bool], inq: &mut [bool], todo: &mut Vec<Label>, words: usize, t: Label, set: &[u64]) {
        let e = &mut entry[t * words..(t + 1) * words];
        let changed = if !has[t] {
            has[t] = true;
            e.copy_from_slice(set);
            true
        } else {
            let mut ch = false;
            for w in 0..words {
                let nv = e[w] & set[w];
                if nv != e[w] {
                    e[w] = nv;
                    ch = true;
                }
            }
            ch
        };
        if changed && !inq[t] {
            inq[t] = true;
            todo.push(t);
        }
    }
    let mut cur = vec![0u64; words];
    while let Some(b) = todo.pop() {
        inq[b] = false;
        cur.copy_from_slice(&entry[b * words..(b + 1) * words]);
        let n = cfg.blocks[b].instrs.len();
        for k in 0..n {
            let ins = cfg.blocks[b].instrs[k];
            if ins.handler != NO_LABEL {
                merge(&mut entry, &mut has, &mut inq, &mut todo, words, ins.handler, &cur);
            }
            if let Op::Real(o) = ins.op {
                let a = ins.arg as usize;
                match o {
                    Opcode::StoreFast if a < nlocals => cur[a / 64] |= 1 << (a % 64),
                    Opcode::DeleteFast if a < nlocals => cur[a / 64] &= !(1 << (a % 64)),
                    Opcode::LoadFastAndClear if a < nlocals => cur[a / 64] &= !(1 << (a % 64)),
                    _ => {}
                }
            }
            if ins.op == Op::StoreFastMaybeNull && (ins.arg as usize) < nlocals {
                let a = ins.arg as usize;
                cur[a / 64] &= !(1 << (a % 64));
            }
            if ins.op.is_jump() {
                merge(&mut entry, &mut has, &mut inq, &mut todo, words, ins.target, &cur);
            }
        }
        if has_fallthrough(&cfg.blocks[b]) {
            if let Some(nx) = cfg.blocks[b].next {
                merge(&mut entry, &mut has, &mut inq, &mut todo, words, nx, &cur);
            }
        }
    }
    for b in cfg.order() {
        if !has[b] {
            continue;
        }
        cur.copy_from_slice(&entry[b * words..(b + 1) * words]);
        for ins in cfg.blocks[b].instrs.iter_mut() {
            if let Op::Real(o) = ins.op {
                let a = ins.arg as usize;
                match o {
                    Opcode::StoreFast if a < nlocals => cur[a / 64] |= 1 << (a % 64),
                    Opcode::DeleteFast | Opcode::LoadFastAndClear if a < nlocals => cur[a / 64] &= !(1 << (a % 64)),
                    Opcode::LoadFast if a < nlocals => {
                        if cur[a / 64] & (1 << (a % 64)) == 0 {
                            ins.op = Op::Real(Opcode::LoadFastCheck);
                            cur[a / 64] |= 1 << (a % 64);
                        }
                    }
                    _ => {}
                }
            }
            if ins.op == Op::StoreFastMaybeNull && (ins.arg as usize) < nlocals {
                let a = ins.arg as usize;
                cur[a / 64] &= !(1 << (a % 64));
            }
        }
    }
}

#[inline(never)]
fn insert_superinstructions(cfg: &mut Cfg) {
    for b in cfg.order() {
        let instrs = &mut cfg.blocks[b].instrs;
        let mut i = 0;
        while i + 1 < instrs.len() {
            let (a, c) = (instrs[i], instrs[i + 1]);
            let same_line = a.loc.map(|l| l.line) == c.loc.map(|l| l.line) || c.loc.is_none();
            if a.arg < 16 && c.arg < 16 && same_line {
                let fused = match (a.op, c.op) {
                    (Op::Real(Opcode::LoadFast), Op::Real(Opcode::LoadFast)) => Some(Opcode::LoadFastLoadFast),
                    (Op::Real(Opcode::StoreFast), Op::Real(Opcode::LoadFast)) => Some(Opcode::StoreFastLoadFast),
                    (Op::Real(Opcode::StoreFast), Op::Real(Opcode::StoreFast)) => Some(Opcode::StoreFastStoreFast),
                    _ => None,
                };
                if let Some(f) = fused {
                    instrs[i].op = Op::Real(f);
                    instrs[i].arg = (a.arg << 4) | c.arg;
                    instrs.remove(i + 1);
                }
            }
            i += 1;
        }
    }
}

/// Jump targets then the fall-through successor of `b`, into `out`.
fn successors(cfg: &Cfg, b: Label, out: &mut Vec<Label>) {
    out.clear();
    let blk = &cfg.blocks[b];
    out.extend(blk.instrs.iter().filter(|i| i.op.is_jump()).map(|i| i.target));
    if has_fallthrough(blk) {
        if let Some(n) = blk.next {
            out.push(n);
        }
    }
}

#[inline(never)]
fn push_cold_blocks_to_end(cfg: &mut Cfg) {
    let order = cfg.order();
    if order.len() <= 1 {
        return;
    }
    for b in cfg.blocks.iter_mut() {
        b.warm = false;
        b.cold = false;
    }
    // warm: reachable from entry without exception edges
    let mut todo = vec![0usize];
    let mut succ = Vec::new();
    cfg.blocks[0].warm = true;
    while let Some(b) = todo.pop() {
        successors(cfg, b, &mut succ);
        for &s in &succ {
            if !cfg.blocks[s].warm {
                cfg.blocks[s].warm = true;
                todo.push(s);
            }
        }
    }
    // cold: reachable from handlers, not warm
    let mut todo: Vec<Label> = Vec::new();
    for &b in &order {
        if cfg.blocks[b].except_handler && !cfg.blocks[b].warm && cfg.blocks[b].visited {
            cfg.blocks[b].cold = true;
            todo.push(b);
        }
    }
    while let Some(b) = todo.pop() {
        successors(cfg, b, &mut succ);
        for &s in &succ {
            if !cfg.blocks[s].warm && !cfg.blocks[s].cold {
                cfg.blocks[s].cold = true;
                todo.push(s);
            }
        }
    }
    // empty unreachable blocks: treat as cold-neutral (follow their neighbour)
    // cold block falling through into a warm one: add an explicit jump
    for &b in &order {
        if cfg.blocks[b].cold && has_fallthrough(&cfg.blocks[b]) && !cfg.blocks[b].instrs.is_empty() {
            if let Some(n) = cfg.blocks[b].next {
                let n2 = next_nonempty(cfg, n);
                if cfg.blocks[n2].warm {
                    let j = cfg.new_label();
                    cfg.blocks[j].instrs.push(Instr::new(Op::JumpNoInterrupt, 0, n2, None));
                    cfg.blocks[j].cold = true;
                    cfg.blocks[j].next = cfg.blocks[b].next;
                    cfg.blocks[b].next = Some(j);
                }
            }
        }
    }
    let order = cfg.order();
    let (mut warm, mut cold): (Vec<Label>, Vec<Label>) = (Vec::new(), Vec::new());
    for &b in &order {
        if cfg.blocks[b].cold {
            cold.push(b);
        } else if !cfg.blocks[b].instrs.is_empty() || b == 0 {
            warm.push(b);
        }
    }
    if cold.is_empty() {
        return;
    }
    // a warm block falling through into a (removed) empty block: its next
    // non-empty must still be warm, which relinking keeps
    let all: Vec<Label> = warm.into_iter().chain(cold).collect();
    for w in all.windows(2) {
        cfg.blocks[w[0]].next = Some(w[1]);
    }
    let last = *all.last().unwrap();
    cfg.blocks[last].next = None;
    remove_redundant_nops_and_jumps(cfg);
}

/// Fills in missing locations: duplicate exit blocks without a line that
/// have several predecessors, then propagate along fall-through/single
/// predecessors (CPython's resolve_line_numbers).
/// CPython's `eliminate_empty_basic_blocks`: jumps to an empty block go
/// to the next non-empty one and empty blocks leave the layout, so that
/// line numbers propagate across them (exception-handler blocks are kept).
fn eliminate_empty_blocks(cfg: &mut Cfg) {
    let order = cfg.order();
    for &b in &order {
        for k in 0..cfg.blocks[b].instrs.len() {
            let t = cfg.blocks[b].instrs[k].target;
            if t != NO_LABEL && cfg.blocks[b].instrs[k].op.is_jump() && !cfg.blocks[b].instrs[k].op.is_setup() {
                let nt = next_nonempty(cfg, t);
                if !cfg.blocks[nt].instrs.is_empty() {
                    cfg.blocks[b].instrs[k].target = nt;
                }
            }
        }
    }
    let mut prev = order[0];
    for &b in &order[1..] {
        let blk = &cfg.blocks[b];
        if blk.instrs.is_empty() && !blk.except_handler && blk.next.is_some() {
            continue;
        }
        cfg.blocks[prev].next = Some(b);
        prev = b;
    }
    cfg.blocks[prev].next = None;
}

#[inline(never)]
fn resolve_line_numbers(cfg: &mut Cfg, firstlineno: u32) {
    eliminate_empty_blocks(cfg);
    compute_preds(cfg);
    // duplicate exits without lineno reached by jumps
    let order = cfg.order();
    for &b in &order {
        let Some(last) = cfg.blocks[b].instrs.last().copied() else { continue };
        if last.op.is_jump() && !matches!(last.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith) {
            let t = next_nonempty(cfg, last.target);
            if is_exit_without_lineno(&cfg.blocks[t]) && cfg.blocks[t].preds > 1 {
                let nb = cfg.new_label();
                let mut copy = cfg.blocks[t].instrs.clone();
                for c in copy.iter_mut() {
                    c.loc = last.loc;
                }
                cfg.blocks[nb].instrs = copy;
                cfg.blocks[nb].preds = 1;
                cfg.blocks[nb].cold = cfg.blocks[t].cold;
                // place right after the target (layout position irrelevant: no fallthrough)
                cfg.blocks[nb].next = cfg.blocks[t].next;
                cfg.blocks[t].next = Some(nb);
                cfg.blocks[t].preds -= 1;
                cfg.blocks[b].instrs.last_mut().unwrap().target = nb;
            }
        }
    }
    // fall-through exits without lineno inherit the predecessor's location
    let order = cfg.order();
    for (k, &b) in order.iter().enumerate() {
        if has_fallthrough(&cfg.blocks[b]) {
            if let (Some(last), Some(&n)) = (cfg.blocks[b].instrs.last().copied(), order.get(k + 1)) {
                if is_exit_without_lineno(&cfg.blocks[n]) {
                    for c in cfg.blocks[n].instrs.iter_mut() {
                        c.loc = last.loc;
                    }
                }
            }
        }
    }
    compute_preds(cfg);
    // propagate within blocks and to single-predecessor successors
    let order = cfg.order();
    for (k, &b) in order.iter().enumerate() {
        let mut prev: Option<Location> = None;
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.loc.is_none() {
                i.loc = prev;
            } else {
                prev = i.loc;
            }
        }
        let Some(last) = cfg.blocks[b].instrs.last().copied() else { continue };
        if has_fallthrough(&cfg.blocks[b]) {
            if let Some(&n) = order.get(k + 1) {
                if cfg.blocks[n].preds == 1 {
                    if let Some(f) = cfg.blocks[n].instrs.first_mut() {
                        if f.loc.is_none() {
                            f.loc = last.loc;
                        }
                    }
                }
            }
        }
        if last.op.is_jump() {
            let t = last.target;
            if cfg.blocks[t].preds == 1 {
                if let Some(f) = cfg.blocks[t].instrs.first_mut() {
                    if f.loc.is_none() {
                        f.loc = last.loc;
                    }
                }
            }
        }
    }
    let _ = firstlineno;
}

/// Flow analysis of the stack depth; also records handler-entry depths.
#[inline(never)]
fn stackdepth(cfg: &mut Cfg) -> u32 {
    for b in cfg.blocks.iter_mut() {
        b.start_depth = None;
    }
    let mut max = 0i32;
    let mut todo = vec![0usize];
    cfg.blocks[0].start_depth = Some(0);
    fn set(cfg: &mut Cfg, todo: &mut Vec<Label>, t: Label, d: i32) {
        match cfg.blocks[t].start_depth {
            None => {
                cfg.blocks[t].start_depth = Some(d);
                todo.push(t);
            }
            Some(old) => {
                debug_assert_eq!(old, d, "inconsistent stack depth at block {}", t);
            }
        }
    }
    while let Some(b) = todo.pop() {
        let mut depth = cfg.blocks[b].start_depth.unwrap();
        let n = cfg.blocks[b].instrs.len();
        let mut fell = true;
        for k in 0..n {
            let ins = cfg.blocks[b].instrs[k];
            let (fall, jump) = ins.op.effects(ins.arg);
            if ins.op.is_setup() && cfg.blocks[ins.target].visited && !cfg.blocks[ins.target].instrs.is_empty() {
                let td = depth + jump;
                max = max.max(td);
                set(cfg, &mut todo, ins.target, td);
            } else if ins.op.is_jump() {
                let td = depth + jump;
                max = max.max(td);
                set(cfg, &mut todo, ins.target, td);
            }
            depth += fall;
            debug_assert!(depth >= 0, "negative stack depth in block {} at {:?}", b, ins.op);
            max = max.max(depth);
            if ins.op.is_terminator() {
                fell = false;
                break;
            }
        }
        if fell {
            if let Some(nx) = cfg.blocks[b].next {
                set(cfg, &mut todo, nx, depth);
            }
        }
    }
    max.max(0) as u32
}

/// Records handler depths before the setup NOPs vanish: we need the depth
/// at each protected instruction's setup. We compute it as the handler
/// block's start depth minus what the unwinder pushes.
fn handler_depth(cfg: &Cfg, h: Label) -> (u32, bool) {
    let lasti = cfg.blocks[h].handler_lasti;
    let d = cfg.blocks[h].start_depth.unwrap_or(1);
    ((d - 1 - lasti as i32).max(0) as u32, lasti)
}

#[inline(never)]
fn convert_pseudo(cfg: &mut Cfg, meta: &UnitMeta) {
    let _ = meta;
    for b in 0..cfg.blocks.len() {
        for i in cfg.blocks[b].instrs.iter_mut() {
            match i.op {
                // CPython's convert_pseudo_ops: a NOP that keeps the
                // location (the final `remove_nops` drops it unless its line
                // is its own: `try:` and a `with` body's `pass` keep theirs,
                // which tracing reports as line events).
                o if o.is_setup() || o == Op::PopBlock => {
                    // (a SETUP's NOP is in no handler's range, as CPython's)
                    if o.is_setup() {
                        i.handler = NO_LABEL;
                    }
                    i.op = Op::Real(Opcode::Nop);
                    i.arg = 0;
                    i.target = NO_LABEL;
                }
                Op::LoadClosure => i.op = Op::Real(Opcode::LoadFast),
                Op::StoreFastMaybeNull => i.op = Op::Real(Opcode::StoreFast),
                _ => {}
            }
        }
    }
}

/// CPython's `normalize_jumps`: conditional jumps only go forward. A
/// backward `POP_JUMP_IF_X T` becomes `POP_JUMP_IF_NOT_X next` followed by
/// `JUMP_BACKWARD T`, so every loop's back-edge polls the eval breaker.
fn normalize_jumps(cfg: &mut Cfg) {
    let order = cfg.order();
    let mut seen = vec![false; cfg.blocks.len()];
    for &b in &order {
        seen[b] = true;
        let Some(last) = cfg.blocks[b].instrs.last().copied() else { continue };
        let rev = match last.op {
            Op::Real(Opcode::PopJumpIfFalse) => Opcode::PopJumpIfTrue,
            Op::Real(Opcode::PopJumpIfTrue) => Opcode::PopJumpIfFalse,
            Op::Real(Opcode::PopJumpIfNone) => Opcode::PopJumpIfNotNone,
            Op::Real(Opcode::PopJumpIfNotNone) => Opcode::PopJumpIfNone,
            _ => continue,
        };
        let target = next_nonempty(cfg, last.target);
        if !seen[target] {
            continue;
        }
        let Some(next) = cfg.blocks[b].next else { continue };
        let j = cfg.new_label();
        seen.push(false);
        let mut jump = Instr::new(Op::Jump, 0, last.target, last.loc);
        jump.handler = last.handler;
        cfg.blocks[j].instrs.push(jump);
        cfg.blocks[j].cold = cfg.blocks[b].cold;
        cfg.blocks[j].next = Some(next);
        cfg.blocks[b].next = Some(j);
        let li = cfg.blocks[b].instrs.last_mut().expect("last");
        li.op = Op::Real(rev);
        li.target = next;
    }
}

#[inline(never)]
fn insert_prefix(cfg: &mut Cfg, meta: &UnitMeta) {
    let mut prefix: Vec<Instr> = Vec::new();
    if !meta.freevars.is_empty() {
        prefix.push(Instr::new(Op::Real(Opcode::CopyFreeVars), meta.freevars.len() as u32, NO_LABEL, None));
    }
    if !meta.cellvars.is_empty() {
        // localsplus indices of the cells (as `UnitMeta::localsplus`), ascending
        let mut cells: Vec<u32> = Vec::with_capacity(meta.cellvars.len());
        let mut extra = meta.varnames.len();
        for c in &meta.cellvars {
            match meta.varnames.iter().position(|n| n == c) {
                Some(i) => cells.push(i as u32),
                None => {
                    cells.push(extra as u32);
                    extra += 1;
                }
            }
        }
        cells.sort_unstable();
        for i in cells {
            prefix.push(Instr::new(Op::Real(Opcode::MakeCell), i, NO_LABEL, None));
        }
    }
    if meta.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0 {
        let l = Location { line: meta.firstlineno, end_line: meta.firstlineno, col: u32::MAX, end_col: u32::MAX };
        prefix.push(Instr::new(Op::Real(Opcode::ReturnGenerator), 0, NO_LABEL, Some(l)));
        prefix.push(Instr::new(Op::Real(Opcode::PopTop), 0, NO_LABEL, Some(l)));
    }
    if prefix.is_empty() {
        return;
    }
    // a fresh block in front of the entry (handlers of the entry block must
    // not cover the prefix)
    let nb = cfg.new_label();
    cfg.blocks.swap(0, nb);
    // block 0 is now empty; old entry lives at nb. Fix references to 0.
    for b in 0..cfg.blocks.len() {
        if cfg.blocks[b].next == Some(0) {
            cfg.blocks[b].next = Some(nb);
        }
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.target == 0 {
                i.target = nb;
            }
            if i.handler == 0 {
                i.handler = nb;
            }
        }
    }
    cfg.blocks[0] = Block::default();
    cfg.blocks[0].instrs = prefix;
    cfg.blocks[0].next = Some(nb);
    cfg.blocks[0].start_depth = Some(0);
}

fn instr_size(op: Opcode, arg: u32) -> u32 {
    let ext = if arg >= 1 << 24 { 1 } else { 0 };
    1 + ext + OP_CACHE_WORDS[op as u8 as usize] as u32
}

/// Final layout: resolves jumps (direction, EXTENDED_ARG), emits words,
/// the line table and the exception table.
#[inline(never)]
fn layout(cfg: &mut Cfg) -> (Vec<u32>, Vec<LineEntry>, Vec<ExceptionEntry>) {
    let order = cfg.order();
    // Blocks not laid out yet count as far ahead, so the first pass already
    // picks the final jump directions (forward iff the target block comes
    // later) and the second usually confirms the sizes.
    for &b in &order {
        cfg.blocks[b].offset = (1 << 24) - 1;
    }
    // pick opcodes for pseudo jumps and compute offsets until stable
    let mut sizes_changed = true;
    let mut iter = 0;
    while sizes_changed {
        iter += 1;
        sizes_changed = false;
        let mut off = 0u32;
        for &b in &order {
            if cfg.blocks[b].offset != off {
                sizes_changed = true;
                cfg.blocks[b].offset = off;
            }
            for i in &cfg.blocks[b].instrs {
                let (op, arg) = resolve_op(cfg, i, off);
                off += instr_size(op, arg);
            }
        }
        if iter > 20 {
            break;
        }
    }
    let total: usize = order.iter().map(|&b| cfg.blocks[b].instrs.len()).sum();
    let mut words = Vec::with_capacity(total * 2);
    let mut lines: Vec<LineEntry> = Vec::with_capacity(total);
    let mut exc: Vec<ExceptionEntry> = Vec::new();
    for &b in &order {
        for k in 0..cfg.blocks[b].instrs.len() {
            let i = cfg.blocks[b].instrs[k];
            let off = words.len() as u32;
            let (op, arg) = resolve_op(cfg, &i, off);
            let loc = i.loc.unwrap_or_default();
            let loc = Location {
                col: if loc.col == u32::MAX { 0 } else { loc.col },
                end_col: if loc.end_col == u32::MAX { 0 } else { loc.end_col },
                ..loc
            };
            if lines.last().map(|l| l.loc) != Some(loc) {
                lines.push(LineEntry { start: off, loc });
            }
            let size = instr_size(op, arg);
            if arg >= 1 << 24 {
                words.push(((arg >> 24) << 8) | Opcode::ExtendedArg as u32);
            }
            words.push(((arg & 0xFF_FFFF) << 8) | op as u32);
            for _ in 0..op.cache_words() {
                words.push(0);
            }
            let end = off + size;
            if i.handler != NO_LABEL {
                let (depth, lasti) = handler_depth(cfg, i.handler);
                let target = cfg.blocks[next_nonempty(cfg, i.handler)].offset;
                match exc.last_mut() {
                    Some(e) if e.end == off && e.target == target && e.depth == depth && e.lasti == lasti => e.end = end,
                    _ => exc.push(ExceptionEntry { start: off, end, target, depth, lasti }),
                }
            }
        }
    }
    (words, lines, exc)
}

fn resolve_op(cfg: &Cfg, i: &Instr, off: u32) -> (Opcode, u32) {
    let target = if i.target != NO_LABEL { cfg.blocks[next_nonempty(cfg, i.target)].offset } else { 0 };
    match i.op {
        Op::Real(o) => {
            if op_flags(o) & flags::JUMP != 0 {
                (o, target)
            } else {
                (o, i.arg)
            }
        }
        Op::Jump => {
            if target > off {
                (Opcode::JumpForward, target)
            } else {
                (Opcode::JumpBackward, target)
            }
        }
        Op::JumpNoInterrupt => {
            if target > off {
                (Opcode::JumpForward, target)
            } else {
                (Opcode::JumpBackwardNoInterrupt, target)
            }
        }
        Op::LoadClosure => (Opcode::LoadFast, i.arg),
        Op::StoreFastMaybeNull => (Opcode::StoreFast, i.arg),
        _ => (Opcode::Nop, 0),
    }
}
