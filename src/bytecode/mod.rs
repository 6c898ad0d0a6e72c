//! Design: DESIGN.md#bytecode
//!
//! The instruction set (`opcodes`, declared once), code objects (`code`)
//! and the disassembler (`dis`).

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{CodeObject, ExceptionEntry, LineEntry, Location};
pub use opcodes::{BinOpKind, Opcode, Operand};
