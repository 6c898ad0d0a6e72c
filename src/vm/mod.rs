//! Design: DESIGN.md#threads
//!
//! Thread states and the eval breaker. The eval loop joins them in a later
//! issue.

pub mod breaker;
pub mod thread;
