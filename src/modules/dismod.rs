//! Design: DESIGN.md#standard-library
//!
//! `_dis`: the native half of the `dis` module (src/lib/dis.py). Weft's own
//! bytecode is disassembled by `bytecode::dis` (CPython 3.13's layout,
//! word offsets); this module hands its text and its decoded instructions
//! to Python, plus the opcode table (`opname`, operand kinds) the Python
//! side turns into `opmap`/`hasconst`/... .

#![forbid(unsafe_code)]

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::{Opcode, Operand};
use crate::error::{PyErr, PyResult};
use crate::object::handle::Value;
use crate::object::methods::staticmethod;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;

fn code_arg<'a>(fname: &str, a: &'a [Value]) -> PyResult<&'a CodeObject> {
    a.first()
        .and_then(|c| c.downcast::<CodeObject>())
        .ok_or_else(|| PyErr::type_error(format!("{}() argument 1 must be a code object", fname)))
}

fn flag(a: &[Value], i: usize) -> PyResult<bool> {
    match a.get(i) {
        Some(v) => crate::object::ops::is_true(v),
        None => Ok(false),
    }
}

/// `dis_text(code, show_offsets, recursive)`: the listing as one str.
fn m_dis_text(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_kw("dis_text", kw)?;
    code_arg("dis_text", a)?;
    let text = crate::bytecode::dis::dis_with(&a[0], flag(a, 1)?, flag(a, 2)?);
    Ok(new_str(&text))
}

/// `instructions(code)`: a list of tuples `(opname, opcode, arg, argval,
/// argrepr, offset, starts_line, line_number, label)`.
fn m_instructions(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_kw("instructions", kw)?;
    let co = code_arg("instructions", a)?;
    let opt = |v: Option<u32>| v.map(|x| Value::from_i64(x as i64)).unwrap_or_else(Value::none);
    let items = crate::bytecode::dis::instructions(co)
        .into_iter()
        .map(|i| {
            new_tuple(vec![
                new_str(&i.opname),
                Value::from_i64(i.opcode as i64),
                opt(i.arg),
                i.argval.unwrap_or_else(Value::none),
                new_str(&i.argrepr),
                Value::from_i64(i.offset as i64),
                Value::bool(i.starts_line),
                opt(i.line),
                opt(i.label),
            ])
        })
        .collect();
    Ok(crate::object::list::new_list(items))
}

/// `opcodes()`: `(name, number, has_arg, kind)` per opcode; `kind` names
/// the operand (`const`, `name`, `local`, `free`, `jump`, `compare`, ...).
fn m_opcodes(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::builtins::args::no_args("opcodes", a, kw)?;
    let items = Opcode::ALL
        .iter()
        .map(|op| {
            let kind = match op.operand() {
                Operand::Const => "const",
                Operand::Name | Operand::GlobalName | Operand::AttrName | Operand::SuperAttrName => "name",
                Operand::Local | Operand::LocalPair => "local",
                Operand::Deref => "free",
                Operand::Jump => "jump",
                Operand::Compare => "compare",
                _ => "",
            };
            new_tuple(vec![
                new_str(op.dis_name()),
                Value::from_i64(*op as u8 as i64),
                Value::bool(op.has_arg()),
                new_str(kind),
            ])
        })
        .collect();
    Ok(crate::object::list::new_list(items))
}

static DIS_FUNCS: &[MethodDef] = &[
    staticmethod("dis_text", m_dis_text),
    staticmethod("instructions", m_instructions),
    staticmethod("opcodes", m_opcodes),
];

pub fn make_module() -> Value {
    let m = crate::object::module::new_module("_dis");
    crate::object::module::add_functions(&m, DIS_FUNCS);
    m
}
