//! Design: DESIGN.md#threads
//!
//! The eval loop, calls and frames, and the threading core: thread states
//! (`thread`), stop-the-world (`stw`) and the eval breaker (`breaker`).

pub mod breaker;
pub mod gil;
#[cfg(not(weft_loom))]
pub mod call;
#[cfg(not(weft_loom))]
pub mod eval;
#[cfg(not(weft_loom))]
pub mod frame;
#[cfg(not(weft_loom))]
pub mod interp;
#[cfg(not(weft_loom))]
pub mod lazy;
#[cfg(not(weft_loom))]
pub mod metrics;
#[cfg(not(weft_loom))]
pub mod ops;
pub mod pylock;
#[cfg(not(weft_loom))]
pub mod signals;
#[cfg(not(weft_loom))]
pub mod stack;
pub mod stw;
pub mod thread;
pub mod thread_count;
#[cfg(not(weft_loom))]
pub mod trace;
