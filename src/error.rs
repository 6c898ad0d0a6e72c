//! Design: DESIGN.md#errors
//!
//! Python exceptions raised by native code. A `PyErr` is cheap to build
//! (kind + message, or kind + argument for KeyError); the exception object
//! (`crate::object::exc`) is created on demand by `PyErr::value` and cached,
//! so an error that is caught natively never allocates one. An error raised
//! by Python code (or re-raised after it became an object) carries its
//! instance from the start (`PyErr::from_value`).

#![forbid(unsafe_code)]

use crate::object::Value;

macro_rules! exc_kinds {
    ($($name:ident),* $(,)?) => {
        /// The builtin exception types (CPython 3.13's hierarchy; the
        /// aliases EnvironmentError/IOError are OSError).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($name),* }
        impl ExcKind {
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
            /// Every kind, in declaration order.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
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
    // added with the exception objects
    BaseException, BaseExceptionGroup, ExceptionGroup, Exception, FloatingPointError,
    EOFError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
    ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
    ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
    IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
    TimeoutError, ReferenceError, PythonFinalizationError, StopAsyncIteration,
    UnicodeTranslateError, GeneratorExit, KeyboardInterrupt, SystemExit,
    Warning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning,
    SyntaxWarning, UserWarning, FutureWarning, ImportWarning, UnicodeWarning,
    BytesWarning, ResourceWarning, EncodingWarning,
}

/// A Python exception raised by native code. The payload is boxed so that
/// `PyErr` is one pointer and `PyResult<Value>` / `PyResult<Ctl>` come back
/// in registers on every call path (an unboxed 56-byte error made every
/// result go through memory). Fields are reached through `Deref`.
#[derive(Clone)]
pub struct PyErr(Box<PyErrInner>);

#[derive(Clone)]
pub struct PyErrInner {
    /// The exception's builtin type, or the nearest builtin base of its
    /// class for instances of user classes.
    pub kind: ExcKind,
    /// The message of a natively raised error; empty for an error made
    /// from an exception value (`from_value`: the value carries it).
    pub msg: String,
    /// The exception's single argument when it is not the message (KeyError).
    pub arg: Option<Value>,
    /// The exception instance, once created (`value()`) or given
    /// (`from_value`). Clones made after it exists share it, so identity
    /// is preserved. A `PyErr` belongs to one thread at a time (it is
    /// `Send`, not `Sync`: it is moved, never shared), so the cell is the
    /// unsynchronised `OnceCell`: `from_value` builds it filled and
    /// `value()` fills it without `OnceLock`'s once-call (~190
    /// instructions per raise).
    pub value: core::cell::OnceCell<Value>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl core::ops::Deref for PyErr {
    type Target = PyErrInner;
    #[inline(always)]
    fn deref(&self) -> &PyErrInner {
        &self.0
    }
}

impl core::ops::DerefMut for PyErr {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut PyErrInner {
        &mut self.0
    }
}

impl PyErr {
    /// Errors are the slow path: building one stays out of line so the
    /// callers' fast paths keep their registers.
    #[cold]
    #[inline(never)]
    fn build(kind: ExcKind, msg: String, arg: Option<Value>, value: core::cell::OnceCell<Value>) -> PyErr {
        PyErr(Box::new(PyErrInner { kind, msg, arg, value }))
    }
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::build(kind, msg.into(), None, core::cell::OnceCell::new())
    }
    /// An error whose single argument is `arg` (not a message).
    pub fn with_arg(kind: ExcKind, arg: Value) -> PyErr {
        PyErr::build(kind, String::new(), Some(arg), core::cell::OnceCell::new())
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
    pub fn name_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::NameError, msg)
    }
    pub fn os_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OSError, msg)
    }
    pub fn system_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::SystemError, msg)
    }
    pub fn memory_error() -> PyErr {
        PyErr::new(ExcKind::MemoryError, "")
    }
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RecursionError, msg)
    }
    /// `StopIteration` (no value).
    pub fn stop_iteration() -> PyErr {
        PyErr::new(ExcKind::StopIteration, "")
    }
    /// `StopIteration(value)` (a generator's return value).
    pub fn stop_iteration_value(value: Value) -> PyErr {
        PyErr::with_arg(ExcKind::StopIteration, value)
    }
    /// `KeyError(key)`; its str() is the key's repr.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_arg(ExcKind::KeyError, key)
    }
    /// Would `except kind:` catch this error? (The kind or a subclass of
    /// it, as CPython's `PyErr_ExceptionMatches`; `self.kind == k` tests
    /// the exact kind.)
    pub fn is(&self, kind: ExcKind) -> bool {
        #[cfg(not(weft_loom))]
        {
            self.kind == kind || crate::object::exc::kind_is_subclass(self.kind, kind)
        }
        #[cfg(weft_loom)]
        {
            self.kind == kind
        }
    }
}

#[cfg(not(weft_loom))]
impl PyErr {
    /// The exception instance, created from kind/msg/arg on first use and
    /// cached (all clones of this error share it).
    pub fn value(&self) -> Value {
        self.value.get_or_init(|| crate::object::exc::instance_for(self.kind, &self.msg, self.arg.as_ref())).clone()
    }

    /// An error carrying an existing exception instance. `kind` is the
    /// nearest builtin exception base of its class; `msg`/`arg` are filled
    /// for the common single-argument shapes so native code can inspect them.
    /// (The message stays empty: the value carries it. The cell is built
    /// filled.)
    pub fn from_value(v: Value) -> PyErr {
        let (kind, arg) = crate::object::exc::describe(&v);
        PyErr::build(kind, String::new(), arg, core::cell::OnceCell::from(v))
    }

    /// Is the error an instance of the builtin exception `kind` or one of
    /// its subclasses (`except kind:`)?
    pub fn matches(&self, kind: ExcKind) -> bool {
        crate::object::exc::kind_is_subclass(self.kind, kind)
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
        #[cfg(not(weft_loom))]
        if let Some(v) = self.value.get() {
            return f.write_str(crate::object::exc::format_exception_only(v).trim_end_matches('\n'));
        }
        match &self.arg {
            Some(a) if self.kind == ExcKind::KeyError => write!(f, "{}: {:?}", self.kind.name(), a),
            #[cfg(not(weft_loom))]
            Some(a) => match crate::object::ops::str_string(a) {
                Ok(s) if s.is_empty() => write!(f, "{}", self.kind.name()),
                Ok(s) => write!(f, "{}: {}", self.kind.name(), s),
                Err(_) => write!(f, "{}: {:?}", self.kind.name(), a),
            },
            #[cfg(weft_loom)]
            Some(a) => write!(f, "{}: {:?}", self.kind.name(), a),
            None if self.msg.is_empty() => write!(f, "{}", self.kind.name()),
            None => write!(f, "{}: {}", self.kind.name(), self.msg),
        }
    }
}

// Results come back in two registers (DESIGN.md#errors).
#[cfg(not(weft_loom))]
const _: () = assert!(core::mem::size_of::<PyResult<Value>>() <= 2 * core::mem::size_of::<usize>());
