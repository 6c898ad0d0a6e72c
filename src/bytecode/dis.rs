//! Design: DESIGN.md#bytecode
//! Disassembler (CPython's dis layout). STUB: to be written.
#![forbid(unsafe_code)]
