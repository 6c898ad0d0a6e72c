//! Design: DESIGN.md#modules
//!
//! Native modules: `sys`, `math`, `time`, a subset of `traceback`, and the struct-sequence type
//! behind `sys.version_info` and `time.struct_time`. Each module exposes
//! its `MethodDef` table and a `make_*_module()` the interpreter calls on
//! first import.

pub mod binascii;
pub mod collections;
pub mod dismod;
pub mod frozen;
pub mod hashlib;
pub mod interpchannels;
pub mod interpqueues;
pub mod interpreters;
pub mod math;
pub mod posix;
pub mod re;
pub mod structseq;
pub mod structmod;
pub mod subprocess;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod zlib;
