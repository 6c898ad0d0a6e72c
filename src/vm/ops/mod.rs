//! Design: DESIGN.md#eval-loop
//!
//! Instruction handlers, grouped by family. Each takes the activation (and
//! the code object / oparg when needed) and returns what the loop does
//! next (`eval::Ctl`) or the error to unwind with.

pub mod arith;
pub mod build;
pub mod call;
pub mod exc;
pub mod iter;
pub mod load_store;
pub mod typeparams;
