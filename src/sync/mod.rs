//! Design: DESIGN.md#sync
//!
//! The one place atomics, locks, cells, thread-locals and threads come from.
//! Under `--cfg weft_loom` every primitive is loom's, so the protocols built on
//! them (biased refcounting, dict buckets, QSBR) are model-checked as written.
//! Nothing else in the crate may import `std::sync::atomic` (CI greps for it).

#[cfg(not(weft_loom))]
mod std_impl;
#[cfg(not(weft_loom))]
pub use std_impl::*;

#[cfg(weft_loom)]
mod loom_impl;
#[cfg(weft_loom)]
pub use loom_impl::*;

pub use core::sync::atomic::Ordering;

mod claim;
pub use claim::ClaimCell;
