//! Design: DESIGN.md#reclamation
//!
//! Memory reclamation now; the cycle collector and stop-the-world arrive
//! with later issues (containers already expose `traverse`).

pub mod deferred;
pub mod qsbr;
