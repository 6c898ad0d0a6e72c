//! Design: DESIGN.md#threads
//!
//! Thread states and the eval breaker. The eval loop joins them in a later
//! issue.

pub mod breaker;
#[cfg(not(loom))]
pub mod call;
#[cfg(not(loom))]
pub mod eval;
#[cfg(not(loom))]
pub mod frame;
#[cfg(not(loom))]
pub mod interp;
#[cfg(not(loom))]
pub mod ops;
pub mod thread;
