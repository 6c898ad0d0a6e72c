//! Design: DESIGN.md#compiler
//! STUB: to be written.
#![forbid(unsafe_code)]
