//! Design: DESIGN.md#bytecode
//!
//! Disassembler in the layout of CPython 3.13's `dis.dis(..., show_offsets=True)`:
//!
//! ```text
//!   3          0       RESUME                   0
//!
//!   4          1       LOAD_FAST_LOAD_FAST      1 (a, b)
//!       L1:    4       FOR_ITER                15 (to L2)
//! ```
//!
//! Columns: the source line at the first instruction of each line (`--` for
//! instructions without a location), the label (`L3:`) of jump targets and
//! exception-table boundaries, the offset, the opname, the oparg and the
//! resolved argument. Differences from CPython, all deliberate:
//! * **Offsets are word indices**, not bytes: Weft's instructions are one
//!   32-bit word and jump opargs are absolute word offsets, so a jump's
//!   oparg equals its target's offset column.
//! * Code object addresses print as `0x...` so golden files are stable.
//! * Line 0 (CPython's module `RESUME`) does not exist in Weft's line
//!   table ("no location" is 0), so it prints as `--`.
//!
//! Inline cache words are skipped; `EXTENDED_ARG` prefixes are shown as
//! CPython shows them, with the following instruction's folded oparg.
//! Corrupt words never panic: an unknown opcode prints as `<N>`, and
//! indices outside the constant/name tables print no argument.

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::code::CodeObject;
use super::opcodes::{function_attr, BinOpKind, Intrinsic1, Intrinsic2, Opcode, Operand};
use crate::object::Value;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";
const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Disassembles `code` (a code object value) and every code object in its
/// constants, depth-first, as `dis.dis` does. A non-code value gives a
/// one-line note instead of panicking.
pub fn dis(code: &Value) -> String {
    dis_with(code, true, true)
}

/// `dis` with CPython's options: `show_offsets` (the offset column, off by
/// default in CPython's `dis.dis`) and `recursive` (nested code objects
/// too, as `dis.dis`; `dis.disassemble` shows one).
pub fn dis_with(code: &Value, show_offsets: bool, recursive: bool) -> String {
    let mut out = String::new();
    match code.downcast::<CodeObject>() {
        Some(c) if !recursive => disassemble(c, &mut out, show_offsets),
        Some(c) => dis_recursive(c, &mut out, show_offsets),
        None => {
            let _ = writeln!(out, "<not a code object: {}>", code.ty().name);
        }
    }
    out
}

fn dis_recursive(co: &CodeObject, out: &mut String, show_offsets: bool) {
    disassemble(co, out, show_offsets);
    for c in co.consts.iter() {
        if let Some(inner) = c.downcast::<CodeObject>() {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            dis_recursive(inner, out, show_offsets);
        }
    }
}

/// `<code object f at 0x..., file "x.py", line 3>` with a stable address.
pub fn code_repr(co: &CodeObject) -> String {
    format!(
        "<code object {} at 0x..., file \"{}\", line {}>",
        text(&co.name),
        text(&co.filename),
        co.firstlineno
    )
}

fn text(v: &Value) -> String {
    if crate::object::str::is_str(v) {
        crate::object::str::to_rust_string(v)
    } else {
        format!("<{}>", v.ty().name)
    }
}

/// One decoded instruction (EXTENDED_ARG prefixes are their own entries).
#[derive(Clone, Copy, Debug)]
struct Instr {
    offset: u32,
    /// The raw opcode byte (`Opcode::from_u8` may reject it).
    byte: u8,
    op: Option<Opcode>,
    /// Oparg with preceding EXTENDED_ARG bits folded in.
    arg: u32,
}

/// Decodes the words without trusting them: unknown opcodes take no cache
/// words, and a trailing instruction whose caches run past the end is
/// still reported.
fn decode(words: &[u32]) -> Vec<Instr> {
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut ext: u32 = 0;
    while i < words.len() {
        let w = words[i];
        let byte = (w & 0xFF) as u8;
        let op = Opcode::from_u8(byte);
        // Opargs are 24 bits; EXTENDED_ARG supplies higher bits. Anything
        // shifted past 32 bits is corrupt input: wrap rather than panic.
        let arg = ext.wrapping_shl(24) | (w >> 8);
        out.push(Instr { offset: i as u32, byte, op, arg });
        ext = if op == Some(Opcode::ExtendedArg) { arg } else { 0 };
        i += 1 + op.map(|o| o.cache_words() as usize).unwrap_or(0);
    }
    out
}

/// Jump targets and exception-table boundaries, numbered in offset order
/// from 1 (the `L1:` labels).
fn labels(co: &CodeObject, instrs: &[Instr]) -> BTreeMap<u32, u32> {
    let mut label_offsets: BTreeMap<u32, u32> = BTreeMap::new();
    for ins in instrs {
        if let Some(op) = ins.op {
            if op.operand() == Operand::Jump {
                label_offsets.insert(ins.arg, 0);
            }
        }
    }
    for e in co.exceptiontable.iter() {
        label_offsets.insert(e.start, 0);
        label_offsets.insert(e.end, 0);
        label_offsets.insert(e.target, 0);
    }
    for (n, v) in label_offsets.values_mut().enumerate() {
        *v = n as u32 + 1;
    }
    label_offsets
}

/// Which instructions start a line, and each one's line (None: no
/// location): CPython's findlinestarts over co_lines.
fn line_starts(co: &CodeObject, instrs: &[Instr]) -> (Vec<Option<u32>>, Vec<bool>) {
    let lines: Vec<Option<u32>> = instrs
        .iter()
        .map(|ins| {
            let l = co.location(ins.offset).line;
            if l == 0 {
                None
            } else {
                Some(l)
            }
        })
        .collect();
    let mut starts = vec![false; instrs.len()];
    let mut last: Option<Option<u32>> = None;
    for (i, l) in lines.iter().enumerate() {
        if last != Some(*l) {
            starts[i] = true;
            last = Some(*l);
        }
    }
    (lines, starts)
}

/// One instruction as `dis.get_instructions` reports it.
pub struct InstrInfo {
    pub opname: String,
    pub opcode: u8,
    /// None for instructions without an argument.
    pub arg: Option<u32>,
    /// The resolved argument: the constant, name or local name, the jump
    /// target's offset, else the oparg (None without an argument).
    pub argval: Option<Value>,
    pub argrepr: String,
    pub offset: u32,
    pub starts_line: bool,
    pub line: Option<u32>,
    /// The `L<n>` label number when a jump or the exception table targets it.
    pub label: Option<u32>,
}

/// The instructions of `co` (EXTENDED_ARG prefixes included, as CPython).
pub fn instructions(co: &CodeObject) -> Vec<InstrInfo> {
    let words = co.words_vec();
    let instrs = decode(&words);
    let label_offsets = labels(co, &instrs);
    let (lines, starts) = line_starts(co, &instrs);
    let name = |i: u32| co.names.get(i as usize).cloned();
    let local = |i: u32| co.localsplusnames.get(i as usize).cloned();
    instrs
        .iter()
        .enumerate()
        .map(|(i, ins)| {
            let (opname, has_arg): (String, bool) = match ins.op {
                Some(op) => (op.dis_name().to_string(), op.has_arg()),
                None => (format!("<{}>", ins.byte), ins.arg != 0),
            };
            let (argval, argrepr) = match (ins.op, has_arg) {
                (Some(op), true) => {
                    let v = match op.operand() {
                        Operand::Const => co.consts.get(ins.arg as usize).cloned(),
                        Operand::Name => name(ins.arg),
                        Operand::GlobalName | Operand::AttrName => name(ins.arg >> 1),
                        Operand::SuperAttrName => name(ins.arg >> 2),
                        Operand::Local | Operand::Deref => local(ins.arg),
                        Operand::LocalPair => match (local(ins.arg >> 4), local(ins.arg & 15)) {
                            (Some(a), Some(b)) => Some(crate::object::tuple::new_tuple(vec![a, b])),
                            _ => None,
                        },
                        _ => None,
                    };
                    let v = v.unwrap_or_else(|| Value::from_i64(ins.arg as i64));
                    (Some(v), argrepr(co, op, ins.arg, &label_offsets))
                }
                (None, true) => (Some(Value::from_i64(ins.arg as i64)), String::new()),
                _ => (None, String::new()),
            };
            InstrInfo {
                opname,
                opcode: ins.byte,
                arg: if has_arg { Some(ins.arg) } else { None },
                argval,
                argrepr,
                offset: ins.offset,
                starts_line: starts[i],
                line: lines[i],
                label: label_offsets.get(&ins.offset).copied(),
            }
        })
        .collect()
}

fn disassemble(co: &CodeObject, out: &mut String, show_offsets: bool) {
    let words = co.words_vec();
    let instrs = decode(&words);
    let label_offsets = labels(co, &instrs);
    let label_width = 4 + label_offsets.len().to_string().len();

    // Line starts: an instruction starts a line when its line differs from
    // the previous instruction's (CPython's findlinestarts over co_lines).
    let (lines, starts) = line_starts(co, &instrs);
    let max_line = lines.iter().zip(&starts).filter(|(_, s)| **s).filter_map(|(l, _)| *l).max();
    let lineno_width = match max_line {
        None => 0,
        Some(m) => {
            let w = 3.max(m.to_string().len());
            let has_none = lines.iter().zip(&starts).any(|(l, s)| *s && l.is_none());
            if w < NO_LINENO.len() && has_none {
                NO_LINENO.len()
            } else {
                w
            }
        }
    };
    let offset_width = (words.len().saturating_sub(1)).max(9999).to_string().len();

    for (i, ins) in instrs.iter().enumerate() {
        if lineno_width > 0 && starts[i] && ins.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::with_capacity(6);
        if lineno_width > 0 {
            if starts[i] {
                match lines[i] {
                    Some(l) => fields.push(format!("{:>w$}", l, w = lineno_width)),
                    None => fields.push(format!("{:>w$}", NO_LINENO, w = lineno_width)),
                }
            } else {
                fields.push(" ".repeat(lineno_width));
            }
        }
        match label_offsets.get(&ins.offset) {
            Some(n) => fields.push(format!("{:>w$}", format!("L{}:", n), w = label_width)),
            None => fields.push(" ".repeat(label_width)),
        }
        if show_offsets {
            fields.push(format!("{:>w$}  ", ins.offset, w = offset_width));
        }
        fields.push("   ".to_string());
        let name: std::borrow::Cow<'static, str> = match ins.op {
            Some(op) => op.dis_name().into(),
            None => format!("<{}>", ins.byte).into(),
        };
        fields.push(format!("{:<w$}", name, w = OPNAME_WIDTH));
        let has_arg = match ins.op {
            Some(op) => op.has_arg(),
            None => ins.arg != 0,
        };
        if has_arg {
            let excess = name.len().saturating_sub(OPNAME_WIDTH);
            fields.push(format!("{:>w$}", ins.arg, w = OPARG_WIDTH.saturating_sub(excess)));
            if let Some(op) = ins.op {
                let r = argrepr(co, op, ins.arg, &label_offsets);
                if !r.is_empty() {
                    fields.push(format!("({})", r));
                }
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }

    if !co.exceptiontable.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in co.exceptiontable.iter() {
            let _ = writeln!(
                out,
                "  L{} to L{} -> L{} [{}]{}",
                label_offsets[&e.start],
                label_offsets[&e.end],
                label_offsets[&e.target],
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

/// The resolved argument shown in parentheses (empty: nothing shown).
fn argrepr(co: &CodeObject, op: Opcode, arg: u32, labels: &BTreeMap<u32, u32>) -> String {
    let name = |i: u32| co.names.get(i as usize).map(text);
    let local = |i: u32| co.localsplusnames.get(i as usize).map(text);
    match op.operand() {
        Operand::Const => match co.consts.get(arg as usize) {
            Some(c) => const_repr(c),
            None => String::new(),
        },
        Operand::Name => name(arg).unwrap_or_default(),
        Operand::GlobalName => match name(arg >> 1) {
            Some(n) if arg & 1 != 0 => format!("{} + NULL", n),
            Some(n) => n,
            None => String::new(),
        },
        Operand::AttrName => match name(arg >> 1) {
            Some(n) if arg & 1 != 0 => format!("{} + NULL|self", n),
            Some(n) => n,
            None => String::new(),
        },
        Operand::SuperAttrName => match name(arg >> 2) {
            Some(n) if arg & 1 != 0 => format!("{} + NULL|self", n),
            Some(n) => n,
            None => String::new(),
        },
        Operand::Local | Operand::Deref => local(arg).unwrap_or_default(),
        Operand::LocalPair => match (local(arg >> 4), local(arg & 15)) {
            (Some(a), Some(b)) => format!("{}, {}", a, b),
            _ => String::new(),
        },
        Operand::Jump => match labels.get(&arg) {
            Some(l) => format!("to L{}", l),
            None => String::new(),
        },
        Operand::BinOp => BinOpKind::from_u32(arg).map(|k| k.symbol().to_string()).unwrap_or_default(),
        Operand::Compare => match CMP_OPS.get((arg >> 5) as usize) {
            Some(s) if arg & 16 != 0 => format!("bool({})", s),
            Some(s) => s.to_string(),
            None => String::new(),
        },
        Operand::Intrinsic1 => match Intrinsic1::name(arg) {
            "?" => String::new(),
            s => s.to_string(),
        },
        Operand::Intrinsic2 => match Intrinsic2::name(arg) {
            "?" => String::new(),
            s => s.to_string(),
        },
        Operand::Convert => ["", "str", "repr", "ascii"].get(arg as usize).copied().unwrap_or("").to_string(),
        Operand::FunctionAttr => {
            let flags = [
                (function_attr::DEFAULTS, "defaults"),
                (function_attr::KWDEFAULTS, "kwdefaults"),
                (function_attr::ANNOTATIONS, "annotations"),
                (function_attr::CLOSURE, "closure"),
            ];
            flags.iter().filter(|(f, _)| arg & f != 0).map(|(_, s)| *s).collect::<Vec<_>>().join(", ")
        }
        Operand::None
        | Operand::Count
        | Operand::Invert
        | Operand::Resume
        | Operand::Awaitable
        | Operand::UnpackEx
        | Operand::CallExFlags
        | Operand::Raw => String::new(),
    }
}

/// `repr()` of a constant; code objects get the stable placeholder address.
fn const_repr(v: &Value) -> String {
    if let Some(c) = v.downcast::<CodeObject>() {
        return code_repr(c);
    }
    match crate::object::ops::repr_string(v) {
        Ok(s) => s,
        Err(e) => format!("<repr failed: {}>", e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::{local_kind, new_code, ExceptionEntry, LineEntry, Location};
    use crate::object::str::new_str;
    use crate::sync::AtomicU32;

    fn w(op: Opcode, arg: u32) -> Vec<u32> {
        let mut v = vec![(arg << 8) | op as u32];
        v.extend(std::iter::repeat_n(0, op.cache_words() as usize));
        v
    }

    fn line(start: u32, line: u32) -> LineEntry {
        LineEntry { start, loc: Location { line, end_line: line, col: 0, end_col: 0 } }
    }

    fn code(
        name: &str,
        words: Vec<u32>,
        consts: Vec<Value>,
        names: &[&str],
        locals: &[&str],
        lines: Vec<LineEntry>,
        exc: Vec<ExceptionEntry>,
    ) -> Value {
        new_code(CodeObject {
            words: words.into_iter().map(AtomicU32::new).collect(),
            consts: consts.into(),
            names: names.iter().map(|s| new_str(s)).collect(),
            localsplusnames: locals.iter().map(|s| new_str(s)).collect(),
            localspluskinds: locals.iter().map(|_| local_kind::LOCAL).collect(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            stacksize: 4,
            firstlineno: 1,
            filename: new_str("x.py"),
            name: new_str(name),
            qualname: new_str(name),
            linetable: lines.into(),
            exceptiontable: exc.into(),
            lazy_imports: Box::new([]),
        })
    }

    fn module_with_function() -> Value {
        use Opcode::*;
        // def f(a, b):            # line 1
        //     for i in a:         # line 2
        //         if i < b: g.h(i)  # line 3
        //     return a + b        # line 4
        let mut fw = Vec::new();
        fw.extend(w(Resume, 0)); // 0
        fw.extend(w(LoadFast, 0)); // 1
        fw.extend(w(GetIter, 0)); // 2
        let for_at = fw.len() as u32; // 3
        fw.extend(w(ForIter, 0)); // 3,4 (patched)
        fw.extend(w(StoreFast, 2)); // 5
        fw.extend(w(LoadFastLoadFast, 2 << 4 | 1)); // 6
        fw.extend(w(CompareOp, 16)); // 7,8   bool(<)
        fw.extend(w(PopJumpIfFalse, for_at)); // 9
        fw.extend(w(LoadGlobal, 1)); // 10..12  g + NULL
        fw.extend(w(LoadAttr, 3)); // 13..15 h + NULL|self
        fw.extend(w(LoadFast, 2)); // 16
        fw.extend(w(Call, 1)); // 17..19
        fw.extend(w(PopTop, 0)); // 20
        fw.extend(w(JumpBackward, for_at)); // 21
        let end = fw.len() as u32; // 22
        fw[for_at as usize] = (end << 8) | ForIter as u32;
        fw.extend(w(LoadFastLoadFast, 1)); // 22 (a, b)
        fw.extend(w(BinaryOp, BinOpKind::Add as u32)); // 23,24
        fw.extend(w(ReturnValue, 0)); // 25
        let f = code(
            "f",
            fw,
            vec![],
            &["g", "h"],
            &["a", "b", "i"],
            vec![line(0, 1), line(1, 2), line(6, 3), line(21, 2), line(22, 4)],
            vec![],
        );
        let mut mw = Vec::new();
        mw.extend(w(Resume, 0));
        mw.extend(w(LoadConst, 0));
        mw.extend(w(MakeFunction, 0));
        mw.extend(w(StoreName, 0));
        mw.extend(w(ReturnConst, 1));
        code("<module>", mw, vec![f, Value::none()], &["f"], &[], vec![line(0, 0), line(1, 1)], vec![])
    }

    #[test]
    fn layout_matches_cpython() {
        let text = dis(&module_with_function());
        let expected = r#"
  --          0       RESUME                   0

   1          1       LOAD_CONST               0 (<code object f at 0x..., file "x.py", line 1>)
              2       MAKE_FUNCTION
              3       STORE_NAME               0 (f)
              5       RETURN_CONST             1 (None)

Disassembly of <code object f at 0x..., file "x.py", line 1>:
  1          0       RESUME                   0

  2          1       LOAD_FAST                0 (a)
             2       GET_ITER
      L1:    3       FOR_ITER                22 (to L2)
             5       STORE_FAST               2 (i)

  3          6       LOAD_FAST_LOAD_FAST     33 (i, b)
             7       COMPARE_OP              16 (bool(<))
             9       POP_JUMP_IF_FALSE        3 (to L1)
            10       LOAD_GLOBAL              1 (g + NULL)
            13       LOAD_ATTR                3 (h + NULL|self)
            16       LOAD_FAST                2 (i)
            17       CALL                     1
            20       POP_TOP

  2         21       JUMP_BACKWARD            3 (to L1)

  4   L2:   22       LOAD_FAST_LOAD_FAST      1 (a, b)
            23       BINARY_OP                0 (+)
            25       RETURN_VALUE
"#;
        assert_eq!(text, &expected[1..], "\n{}", text);
    }

    #[test]
    fn exception_table_and_labels() {
        use Opcode::*;
        let mut words = Vec::new();
        words.extend(w(Resume, 0)); // 0
        words.extend(w(Nop, 0)); // 1  try:
        words.extend(w(LoadConst, 0)); // 2
        words.extend(w(PopTop, 0)); // 3
        words.extend(w(ReturnConst, 0)); // 4
        words.extend(w(PushExcInfo, 0)); // 5  handler
        words.extend(w(PopExcept, 0)); // 6
        words.extend(w(ReturnConst, 0)); // 7
        words.extend(w(Copy, 3)); // 8
        words.extend(w(PopExcept, 0)); // 9
        words.extend(w(Reraise, 1)); // 10
        let exc = vec![
            ExceptionEntry { start: 2, end: 4, target: 5, depth: 0, lasti: false },
            ExceptionEntry { start: 5, end: 8, target: 8, depth: 1, lasti: true },
        ];
        let c = code("<module>", words, vec![Value::none()], &["x"], &[], vec![line(0, 1), line(5, 0), line(6, 3)], exc);
        let text = dis(&c);
        let expected = r#"
   1          0       RESUME                   0
              1       NOP
       L1:    2       LOAD_CONST               0 (None)
              3       POP_TOP
       L2:    4       RETURN_CONST             0 (None)

  --   L3:    5       PUSH_EXC_INFO

   3          6       POP_EXCEPT
              7       RETURN_CONST             0 (None)
       L4:    8       COPY                     3
              9       POP_EXCEPT
             10       RERAISE                  1
ExceptionTable:
  L1 to L2 -> L3 [0]
  L3 to L4 -> L4 [1] lasti
"#;
        assert_eq!(text, &expected[1..], "\n{}", text);
    }

    #[test]
    fn operands_render_like_cpython() {
        use Opcode::*;
        let mut words = Vec::new();
        words.extend(w(ConvertValue, 2));
        words.extend(w(SetFunctionAttribute, function_attr::DEFAULTS | function_attr::CLOSURE));
        words.extend(w(CallIntrinsic1, Intrinsic1::ListToTuple as u32));
        words.extend(w(CallIntrinsic2, Intrinsic2::PrepReraiseStar as u32));
        words.extend(w(CompareOp, 2 << 5));
        words.extend(w(BinaryOp, BinOpKind::InplaceFloorDivide as u32));
        words.extend(w(LoadSuperAttr, 5));
        words.extend(w(IsOp, 1));
        words.extend(w(JumpBackwardNoInterrupt, 0));
        let c = code("<module>", words, vec![], &["x", "m"], &[], vec![line(0, 7)], vec![]);
        let text = dis(&c);
        let expected = r#"
  7   L1:    0       CONVERT_VALUE            2 (repr)
             1       SET_FUNCTION_ATTRIBUTE   9 (defaults, closure)
             2       CALL_INTRINSIC_1         6 (INTRINSIC_LIST_TO_TUPLE)
             3       CALL_INTRINSIC_2         1 (INTRINSIC_PREP_RERAISE_STAR)
             4       COMPARE_OP              64 (==)
             6       BINARY_OP               15 (//=)
             8       LOAD_SUPER_ATTR          5 (m + NULL|self)
            10       IS_OP                    1
            11       JUMP_BACKWARD_NO_INTERRUPT 0 (to L1)
"#;
        assert_eq!(text, &expected[1..], "\n{}", text);
    }

    #[test]
    fn extended_arg_is_folded() {
        use Opcode::*;
        let words = vec![ExtendedArg as u32 | (1 << 8), LoadFast as u32 | (2 << 8)];
        let c = code("<module>", words, vec![], &[], &[], vec![line(0, 1)], vec![]);
        let text = dis(&c);
        assert!(text.contains("EXTENDED_ARG             1"), "{}", text);
        assert!(text.contains("LOAD_FAST            16777218"), "{}", text);
    }

    #[test]
    fn corrupt_words_never_panic() {
        // Unknown opcodes, out-of-range indices, jumps past the end, caches
        // cut off, huge EXTENDED_ARG chains, and a bad exception table.
        let mut words = vec![0xFFFF_FFFFu32, 0x0000_00FE, 0x7F];
        for op in Opcode::ALL {
            words.push(0xFFFF_FF00 | *op as u32);
        }
        words.extend([Opcode::ExtendedArg as u32 | 0xFFFF_FF00; 4]);
        words.push(Opcode::LoadAttr as u32);
        let exc = vec![ExceptionEntry { start: 1000, end: 2, target: u32::MAX, depth: 9, lasti: true }];
        let c = code("<module>", words, vec![], &[], &[], vec![line(0, 1), line(3, 0), line(9, 123456)], exc);
        let text = dis(&c);
        assert!(text.contains("<255>"), "{}", text);
        assert!(text.contains("<254>"), "{}", text);
        assert!(text.contains("ExceptionTable:"), "{}", text);
        // An empty code object and a non-code value too.
        let empty = code("e", vec![], vec![], &[], &[], vec![], vec![]);
        assert_eq!(dis(&empty), "");
        assert!(dis(&Value::none()).contains("not a code object"));
    }
}
