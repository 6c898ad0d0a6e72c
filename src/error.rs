//! Design: DESIGN.md#errors
//!
//! Python exceptions raised by native code. Until the eval loop brings
//! exception objects, an error is its builtin exception kind, a message and
//! optionally the argument value (KeyError keeps the key).

#![forbid(unsafe_code)]

use crate::object::Value;

macro_rules! exc_kinds {
    ($($name:ident),* $(,)?) => {
        /// The builtin exception types native code raises.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($name),* }
        impl ExcKind {
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
        }
    };
}

exc_kinds! {
    TypeError, ValueError, ZeroDivisionError, OverflowError, IndexError, KeyError,
    AttributeError, RuntimeError, StopIteration, MemoryError, RecursionError,
    SystemError, NotImplementedError, UnicodeError, UnicodeEncodeError,
    UnicodeDecodeError, LookupError, ArithmeticError, AssertionError, NameError,
    BufferError, SyntaxError, IndentationError, TabError, ImportError,
    ModuleNotFoundError,
}

#[derive(Clone)]
pub struct PyErr {
    pub kind: ExcKind,
    pub msg: String,
    /// The exception's single argument when it is not the message (KeyError).
    pub arg: Option<Value>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr { kind, msg: msg.into(), arg: None }
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }
    /// `KeyError(key)`; its str() is the key's repr.
    pub fn key_error(key: Value) -> PyErr {
        PyErr { kind: ExcKind::KeyError, msg: String::new(), arg: Some(key) }
    }
    pub fn is(&self, kind: ExcKind) -> bool {
        self.kind == kind
    }
}

impl core::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self)
    }
}

impl core::fmt::Display for PyErr {
    /// CPython's last traceback line: `KeyError: 'x'`, `ValueError: msg`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.arg {
            Some(a) => write!(f, "{}: {:?}", self.kind.name(), a),
            None if self.msg.is_empty() => write!(f, "{}", self.kind.name()),
            None => write!(f, "{}: {}", self.kind.name(), self.msg),
        }
    }
}
