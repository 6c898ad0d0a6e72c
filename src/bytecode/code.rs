//! Design: DESIGN.md#bytecode
//!
//! Code objects: what the compiler produces and the eval loop runs.
//! Instruction words are atomics so a later specializer can rewrite them in
//! place while other threads execute the same code (relaxed loads are
//! plain loads on every target we build for).

#![forbid(unsafe_code)]

use crate::error::PyResult;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, PyType, Slots};
use crate::sync::{AtomicU32, Ordering};

use super::opcodes::Opcode;

/// `co_flags` bits (CPython's values).
pub mod co_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// Weft: the code object has a module-level or class-level namespace.
    pub const HAS_DOCSTRING: u32 = 0x4000000;
}

/// Kinds of entries in `localsplusnames` (CPython's CO_FAST_* bits).
pub mod local_kind {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// Source position of an instruction (1-based lines, 0-based UTF-8 byte
/// columns as CPython's `co_positions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One run of the line table: every word from `start` up to the next
/// entry's `start` has `loc` (a `line` of 0 means "no location").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    pub start: u32,
    pub loc: Location,
}

/// One exception-table entry: an exception raised by a word in
/// `start..end` unwinds the value stack to `depth`, pushes the offset of
/// the raising instruction if `lasti`, pushes the exception, and jumps to
/// `target`. Entries never overlap (the assembler flattens nesting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A compiled code object.
pub struct CodeObject {
    /// Instruction words followed by their inline caches.
    pub words: Box<[AtomicU32]>,
    pub consts: Box<[Value]>,
    /// Names used by *_NAME/*_GLOBAL/*_ATTR instructions (interned strs).
    pub names: Box<[Value]>,
    /// Fast locals, then cells, then free variables (interned strs).
    pub localsplusnames: Box<[Value]>,
    /// `local_kind` bits for each entry of `localsplusnames`.
    pub localspluskinds: Box<[u8]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub firstlineno: u32,
    pub filename: Value,
    pub name: Value,
    pub qualname: Value,
    pub linetable: Box<[LineEntry]>,
    pub exceptiontable: Box<[ExceptionEntry]>,
    /// Import statements that may be lazy (PEP 810; DESIGN.md#lazy-imports):
    /// (line, column) of the statement, `vm::lazy::{ELIGIBLE, EXPLICIT}`
    /// flags. Empty for everything but module bodies with imports.
    pub lazy_imports: Box<[(u32, u32, u8)]>,
}

impl CodeObject {
    /// The word at `i` (relaxed atomic load).
    #[inline]
    pub fn word(&self, i: usize) -> u32 {
        self.words[i].load(Ordering::Relaxed)
    }

    /// A copy of all words (for dis and tests).
    pub fn words_vec(&self) -> Vec<u32> {
        self.words.iter().map(|w| w.load(Ordering::Relaxed)).collect()
    }

    /// Source location of the word at `offset`.
    pub fn location(&self, offset: u32) -> Location {
        match self.linetable.binary_search_by(|e| e.start.cmp(&offset)) {
            Ok(i) => self.linetable[i].loc,
            Err(0) => Location::default(),
            Err(i) => self.linetable[i - 1].loc,
        }
    }

    /// Exception handler for a word, if any.
    pub fn handler(&self, offset: u32) -> Option<&ExceptionEntry> {
        self.exceptiontable.iter().find(|e| e.start <= offset && offset < e.end)
    }

    /// Decodes the instructions: (offset, opcode, full oparg with
    /// EXTENDED_ARG folded in). `ExtendedArg` words are reported too.
    pub fn instructions(&self) -> Vec<(u32, Opcode, u32)> {
        let words = self.words_vec();
        let mut out = Vec::new();
        let mut i = 0usize;
        let mut ext: u32 = 0;
        while i < words.len() {
            let w = words[i];
            let op = Opcode::from_u8((w & 0xFF) as u8).unwrap_or(Opcode::Nop);
            let arg = (ext << 24) | (w >> 8);
            out.push((i as u32, op, arg));
            ext = if op == Opcode::ExtendedArg { arg } else { 0 };
            i += 1 + op.cache_words() as usize;
        }
        out
    }

    pub fn n_locals(&self) -> usize {
        self.localspluskinds.iter().filter(|k| **k & local_kind::LOCAL != 0).count()
    }
}

impl PyPayload for CodeObject {
    fn class() -> &'static PyType {
        &CODE_TYPE
    }
}

pub static CODE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "code",
    base: &OBJECT_TYPE,
    flags: type_flags::IMMUTABLE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(code_repr),
        getattr: Some(crate::object::func::code_getattr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        traverse: Some(code_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<CodeObject>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

/// Wraps a code object in a Python value.
pub fn new_code(code: CodeObject) -> Value {
    PyObject::alloc(&CODE_TYPE, code)
}

fn code_repr(v: &Value) -> PyResult<Value> {
    let c = v.downcast::<CodeObject>().expect("code");
    let s = format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        crate::object::str::to_rust_string(&c.name),
        v.raw(),
        crate::object::str::to_rust_string(&c.filename),
        c.firstlineno
    );
    Ok(crate::object::str::new_str(&s))
}

fn code_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(c) = b.as_value().downcast::<CodeObject>() {
        for v in c.consts.iter() {
            visit(v);
        }
    }
}
