//! Design: DESIGN.md#builtins
//!
//! Method tables of the builtin types (`PyType::methods`): one
//! `pub static X_METHODS: &[MethodDef]` per type. Each entry is a thin
//! `NativeFn` that parses its arguments with `crate::builtins::args` (CPython
//! 3.13's messages) and calls the type's plain Rust function in
//! `src/object/<type>.rs`. The attribute machinery turns the tables into
//! Python-visible methods, class methods and getters.

#![forbid(unsafe_code)]

use crate::object::typeobj::{MethodDef, MethodKind, NativeFn};

pub mod bytes;
pub mod containers;
pub mod dictview;
pub mod numbers;
pub mod str;

pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method, doc: "" }
}
pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::ClassMethod, doc: "" }
}
pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::StaticMethod, doc: "" }
}
pub const fn getter(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Getter, doc: "" }
}

/// Defines `fn $f(self, args, kwnames)` that rejects keywords with
/// "QUAL() takes no keyword arguments" and calls `$imp(self, args)`.
#[macro_export]
#[doc(hidden)]
macro_rules! posonly_method {
    ($f:ident, $qual:literal, $imp:path) => {
        fn $f(
            s: &$crate::object::Value,
            a: &[$crate::object::Value],
            kw: Option<&$crate::object::Value>,
        ) -> $crate::error::PyResult<$crate::object::Value> {
            $crate::builtins::args::no_kw($qual, kw)?;
            $imp(s, a)
        }
    };
    ($f:ident, $qual:literal, $imp:path, list) => {
        fn $f(
            s: &$crate::object::Value,
            a: &[$crate::object::Value],
            kw: Option<&$crate::object::Value>,
        ) -> $crate::error::PyResult<$crate::object::Value> {
            $crate::builtins::args::no_kw($qual, kw)?;
            Ok($crate::object::list::new_list($imp(s, a)?))
        }
    };
    ($f:ident, $qual:literal, $imp:path, noargs) => {
        fn $f(
            s: &$crate::object::Value,
            a: &[$crate::object::Value],
            kw: Option<&$crate::object::Value>,
        ) -> $crate::error::PyResult<$crate::object::Value> {
            $crate::builtins::args::no_args($qual, a, kw)?;
            $imp(s, a)
        }
    };
}
