//! Design: DESIGN.md#embedding
//!
//! The Rust embedding API: create the runtime, run Python source, look up
//! Python objects and call them from any Rust thread.
//!
//! ```no_run
//! use weft::embed::{Runtime, PyError};
//! let rt = Runtime::new();
//! rt.exec("def add(a, b):\n    return a + b\n")?;
//! let add = rt.get("add")?;
//! let n: i64 = add.call((2, 40))?.extract()?;
//! assert_eq!(n, 42);
//! # Ok::<(), PyError>(())
//! ```
//!
//! Every entry point runs its Python work inside [`with_python`]: the
//! calling OS thread is registered on first use, attached (online for
//! reclamation) for the duration of the call and detached again when the
//! outermost call returns, so an idle Rust thread never holds back memory
//! reclamation. A Rust panic inside the call becomes a `SystemError`; it
//! never unwinds through the caller. Handles (`PyHandle`, `Runtime`) are
//! `Send + Sync`: they own one reference to a Python object, and the
//! objects themselves are thread-safe (DESIGN.md#type-safety).

use core::cell::Cell;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::str::{intern, new_str};
use crate::object::{dict, exc, module, ops, Value};

// ---- attaching the calling thread -------------------------------------------

crate::sync::thread_local! {
    /// Nesting depth of `with_python` on this thread, and whether the
    /// outermost call attached the thread (so must detach it again).
    static EMBED: Cell<(u32, bool)> = const { Cell::new((0, false)) };
}

/// Runs `f` with the calling thread registered and attached. Nested calls
/// (a Python function calling native code that uses this API) reuse the
/// outer attachment. A panic in `f` becomes a SystemError; the Python
/// error is converted to a [`PyError`] (type name, message, traceback)
/// while the thread is still attached.
pub fn with_python<R>(f: impl FnOnce() -> PyResult<R>) -> Result<R, PyError> {
    let (depth, attached_here) = EMBED.with(|c| c.get());
    let attach_now = depth == 0 && !crate::vm::thread::is_attached();
    if attach_now {
        attach();
    }
    EMBED.with(|c| c.set((depth + 1, attached_here || attach_now)));
    let r = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => Err(PyErr::system_error(format!("Rust panic in native code: {}", panic_message(&*payload)))),
    };
    let r = r.map_err(|e| {
        catch_unwind(AssertUnwindSafe(|| PyError::from_pyerr(&e))).unwrap_or_else(|_| PyError {
            type_name: e.kind.name().to_string(),
            message: e.msg.clone(),
            traceback: String::new(),
            kind: e.kind,
            exception: None,
        })
    });
    EMBED.with(|c| c.set((depth, attached_here)));
    if attach_now {
        crate::vm::thread::quiescent();
        detach();
    }
    r
}

/// Registers the calling thread (first use) and brings it online.
fn attach() {
    crate::vm::thread::attach();
}

/// Detaches the calling thread: it holds no borrowed object pointers, and
/// stop-the-world and reclamation do not wait for it.
fn detach() {
    crate::vm::thread::detach();
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

// ---- errors -------------------------------------------------------------------

/// A Python exception surfaced to Rust.
#[derive(Clone)]
pub struct PyError {
    /// The exception class as tracebacks print it (`ValueError`,
    /// `mymod.MyError`).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The full traceback text, as the `weft` command prints it for an
    /// uncaught exception (ends in `Type: message\n`).
    pub traceback: String,
    /// The nearest builtin exception type.
    pub kind: ExcKind,
    /// The exception object.
    pub exception: Option<PyHandle>,
}

impl PyError {
    fn from_pyerr(e: &PyErr) -> PyError {
        let v = e.value();
        let type_name = exc::type_display_name(v.ty());
        let message = ops::str_string(&v).unwrap_or_else(|_| "<exception str() failed>".to_string());
        let traceback = exc::format_exception(&v);
        PyError { type_name, message, traceback, kind: e.kind, exception: Some(PyHandle(v)) }
    }

    /// Is the exception an instance of the builtin type `kind` (or of a
    /// subclass of it)?
    pub fn is(&self, kind: ExcKind) -> bool {
        match &self.exception {
            Some(h) => PyErr::from_value(h.0.clone()).is(kind),
            None => self.kind == kind,
        }
    }
}

impl core::fmt::Display for PyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl core::fmt::Debug for PyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.traceback.is_empty() {
            write!(f, "{}", self)
        } else {
            write!(f, "{}", self.traceback.trim_end())
        }
    }
}

impl std::error::Error for PyError {}

// ---- the runtime --------------------------------------------------------------

/// Options for [`Runtime::builder`]. Interpreter configurations (issue 6)
/// will add fields here.
#[derive(Clone, Debug, Default)]
pub struct RuntimeBuilder {
    argv: Option<Vec<String>>,
    path: Vec<String>,
}

impl RuntimeBuilder {
    /// `sys.argv` (only takes effect if the interpreter has not been
    /// created yet).
    pub fn argv(mut self, argv: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.argv = Some(argv.into_iter().map(Into::into).collect());
        self
    }

    /// Adds a directory to the import path (`sys.path`).
    pub fn path(mut self, dir: impl Into<String>) -> Self {
        self.path.push(dir.into());
        self
    }

    pub fn build(self) -> Runtime {
        if let Some(argv) = self.argv {
            *crate::vm::interp::ARGV.lock() = argv;
        }
        let rt = with_python(|| {
            let it = crate::vm::interp::interp();
            for d in self.path.iter().rev() {
                crate::vm::interp::set_script_dir(d);
            }
            let main_name = intern("__main__");
            let m = match dict::dict_get(&it.modules, &main_name)? {
                Some(m) if module::module_dict(&m).is_some() => m,
                _ => {
                    let m = module::new_module("__main__");
                    dict::dict_set(&it.modules, main_name, m.clone())?;
                    m
                }
            };
            let globals = module::module_dict_value(&m).expect("module dict");
            if dict::dict_get(&globals, &intern("__builtins__"))?.is_none() {
                dict::dict_set(&globals, intern("__builtins__"), it.builtins.clone())?;
            }
            Ok(Runtime { main: PyHandle(m), globals: PyHandle(globals) })
        });
        rt.expect("creating the interpreter")
    }
}

/// The Python runtime as seen from Rust: the process's interpreter and its
/// `__main__` module. Cheap to clone; `Send + Sync`.
#[derive(Clone)]
pub struct Runtime {
    main: PyHandle,
    globals: PyHandle,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// The runtime with default options (creates the interpreter on first
    /// use; later calls share it).
    pub fn new() -> Runtime {
        Runtime::builder().build()
    }

    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// The `__main__` module.
    pub fn main_module(&self) -> PyHandle {
        self.main.clone()
    }

    /// Runs `source` (statements) in `__main__`'s namespace.
    pub fn exec(&self, source: &str) -> Result<(), PyError> {
        with_python(|| {
            let code = crate::vm::interp::compile_or_raise(source, "<string>", crate::compile::Mode::Exec)?;
            crate::vm::eval::eval_code(&code, &self.globals.0, None)?;
            Ok(())
        })
    }

    /// Evaluates the expression `source` in `__main__`'s namespace.
    pub fn eval(&self, source: &str) -> Result<PyHandle, PyError> {
        with_python(|| {
            let code = crate::vm::interp::compile_or_raise(source, "<string>", crate::compile::Mode::Eval)?;
            Ok(PyHandle(crate::vm::eval::eval_code(&code, &self.globals.0, None)?))
        })
    }

    /// Runs `source` as the module `name` (registered in `sys.modules`, so
    /// `import name` finds it) and returns the module.
    pub fn run_module_source(&self, name: &str, source: &str) -> Result<PyHandle, PyError> {
        with_python(|| {
            let filename = format!("<{}>", name);
            Ok(PyHandle(crate::vm::interp::exec_module_source(name, source, &filename)?))
        })
    }

    /// `import name` (the top-level package for dotted names, as the
    /// statement binds it is not what embedders want: this returns the
    /// named module itself).
    pub fn import(&self, name: &str) -> Result<PyHandle, PyError> {
        with_python(|| {
            let top = crate::vm::interp::import_absolute(name)?;
            if !name.contains('.') {
                return Ok(PyHandle(top));
            }
            match dict::dict_get(&crate::vm::interp::interp().modules, &new_str(name))? {
                Some(m) => Ok(PyHandle(m)),
                None => Ok(PyHandle(top)),
            }
        })
    }

    /// A global of `__main__` (falling back to builtins), as Python code
    /// running in `__main__` would see the name.
    pub fn get(&self, name: &str) -> Result<PyHandle, PyError> {
        with_python(|| {
            let key = new_str(name);
            if let Some(v) = dict::dict_get(&self.globals.0, &key)? {
                return Ok(PyHandle(v));
            }
            if let Some(v) = crate::vm::interp::interp().builtins_dict().get(&key)? {
                return Ok(PyHandle(v));
            }
            Err(PyErr::name_error(format!("name '{}' is not defined", name)))
        })
    }

    /// Binds a global of `__main__`.
    pub fn set(&self, name: &str, value: impl IntoPy) -> Result<(), PyError> {
        with_python(|| dict::dict_set(&self.globals.0, new_str(name), value.into_py()))
    }

    /// Converts a Rust value to a Python object.
    pub fn to_py(&self, value: impl IntoPy) -> PyHandle {
        PyHandle::new(value)
    }
}

// ---- interpreters ---------------------------------------------------------------

pub use crate::vm::interp::GilMode;
use crate::xi::Shareable;

/// Options for a new subinterpreter ([`SubInterpreter`]); `GilMode::Own`
/// by default (PEP 684's isolated interpreter).
///
/// ```no_run
/// use weft::embed::{InterpreterBuilder, GilMode};
/// let it = InterpreterBuilder::new().gil(GilMode::Own).build()?;
/// it.set("n", 10i64)?;
/// it.exec("total = sum(range(n))")?;
/// assert_eq!(it.eval("total")?, 45i64.into());
/// it.close()?;
/// # Ok::<(), weft::embed::PyError>(())
/// ```
#[derive(Clone, Debug)]
pub struct InterpreterBuilder {
    gil: GilMode,
}

impl Default for InterpreterBuilder {
    fn default() -> Self {
        InterpreterBuilder { gil: GilMode::Own }
    }
}

impl InterpreterBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// `GilMode::Own` (its threads take turns) or `GilMode::FreeThreaded`.
    pub fn gil(mut self, mode: GilMode) -> Self {
        self.gil = mode;
        self
    }

    /// Creates the interpreter (and the runtime's main interpreter, on
    /// first use). Cheap: no Python code runs (DESIGN.md#interpreters).
    pub fn build(self) -> Result<SubInterpreter, PyError> {
        with_python(|| {
            let _ = crate::vm::interp::main_interp();
            let id = crate::vm::interp::create_interpreter(
                crate::vm::interp::InterpConfig { gil: self.gil },
                crate::vm::interp::Whence::Capi,
            );
            Ok(SubInterpreter { id, closed: crate::sync::AtomicBool::new(false) })
        })
    }
}

/// A subinterpreter seen from Rust: its own modules, builtins and
/// `__main__`. Code runs on the calling Rust thread, switched into the
/// interpreter for the call. Values cross as [`Shareable`]. `Send + Sync`;
/// closed by [`close`](SubInterpreter::close) or when dropped.
pub struct SubInterpreter {
    id: i64,
    closed: crate::sync::AtomicBool,
}

/// The Rust error for an exception raised inside another interpreter.
fn remote_error(s: crate::modules::interpreters::ExcSnapshot) -> PyError {
    let kind = crate::object::exc::ALL_TYPES
        .iter()
        .find(|(_, t)| s.module == "builtins" && t.name == s.type_name)
        .map(|(k, _)| *k)
        .unwrap_or(ExcKind::Exception);
    let type_name = if s.module == "builtins" || s.module == "__main__" {
        s.qualname
    } else {
        format!("{}.{}", s.module, s.qualname)
    };
    PyError { type_name, message: s.msg, traceback: s.errdisplay, kind, exception: None }
}

impl SubInterpreter {
    /// The interpreter's id (`concurrent.interpreters` shows the same).
    pub fn id(&self) -> i64 {
        self.id
    }

    /// Runs `f` switched into the interpreter; `f` returns Rust data.
    fn run<R>(&self, f: impl FnOnce() -> PyResult<R>) -> Result<R, PyError> {
        let r = with_python(|| {
            crate::vm::interp::with_interpreter(self.id, || {
                let r = f().map_err(|e| crate::modules::interpreters::ExcSnapshot::capture(&e));
                crate::builtins::io::flush_stdout();
                r
            })
        })?;
        r.map_err(remote_error)
    }

    /// Runs `source` (statements) in the interpreter's `__main__`.
    pub fn exec(&self, source: &str) -> Result<(), PyError> {
        self.run(|| {
            let globals = crate::vm::interp::interp().main_dict()?;
            let code = crate::vm::interp::compile_or_raise(source, "<string>", crate::compile::Mode::Exec)?;
            crate::vm::eval::eval_code(&code, &globals, None)?;
            Ok(())
        })
    }

    /// Evaluates the expression `source` in `__main__`; its value must be
    /// shareable.
    pub fn eval(&self, source: &str) -> Result<Shareable, PyError> {
        self.run(|| {
            let globals = crate::vm::interp::interp().main_dict()?;
            let code = crate::vm::interp::compile_or_raise(source, "<string>", crate::compile::Mode::Eval)?;
            let v = crate::vm::eval::eval_code(&code, &globals, None)?;
            Shareable::from_value(&v)
        })
    }

    /// Binds `name` in `__main__` (`Interpreter.prepare_main`).
    pub fn set(&self, name: &str, value: impl Into<Shareable>) -> Result<(), PyError> {
        let value = value.into();
        self.run(move || {
            let globals = crate::vm::interp::interp().main_dict()?;
            dict::dict_set(&globals, intern(name), value.into_value()?)
        })
    }

    /// `__main__.name`, which must be shareable.
    pub fn get(&self, name: &str) -> Result<Shareable, PyError> {
        self.run(|| {
            let globals = crate::vm::interp::interp().main_dict()?;
            match dict::dict_get(&globals, &new_str(name))? {
                Some(v) => Shareable::from_value(&v),
                None => Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))),
            }
        })
    }

    /// Calls `__main__.func` (or a dotted `module.func`, imported in the
    /// interpreter) with shareable arguments; the result must be shareable.
    pub fn call(&self, func: &str, args: Vec<Shareable>) -> Result<Shareable, PyError> {
        self.run(move || {
            let f = match func.rsplit_once('.') {
                Some((m, attr)) => ops::getattr(&crate::vm::interp::import_absolute(m)?, &intern(attr))?,
                None => {
                    let globals = crate::vm::interp::interp().main_dict()?;
                    match dict::dict_get(&globals, &new_str(func))? {
                        Some(f) => f,
                        None => crate::vm::interp::interp()
                            .builtins_dict()
                            .get(&new_str(func))?
                            .ok_or_else(|| PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", func)))?,
                    }
                }
            };
            let argv: Vec<Value> = args.into_iter().map(|a| a.into_value()).collect::<PyResult<_>>()?;
            let r = ops::call(&f, &argv, None)?;
            Shareable::from_value(&r)
        })
    }

    /// Is a thread running code in it?
    pub fn is_running(&self) -> bool {
        crate::vm::interp::is_running(self.id).unwrap_or(false)
    }

    /// Closes the interpreter: runs its atexit functions and frees what it
    /// owns. An error if it is running code in another thread.
    pub fn close(self) -> Result<(), PyError> {
        self.close_ref()
    }

    fn close_ref(&self) -> Result<(), PyError> {
        if self.closed.swap(true, crate::sync::Ordering::AcqRel) {
            return Ok(());
        }
        let r = with_python(|| crate::vm::interp::close_interpreter(self.id));
        if r.is_err() {
            self.closed.store(false, crate::sync::Ordering::Release);
        }
        r
    }
}

impl Drop for SubInterpreter {
    fn drop(&mut self) {
        let _ = self.close_ref();
    }
}

impl core::fmt::Debug for SubInterpreter {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "SubInterpreter({})", self.id)
    }
}

impl Runtime {
    /// A new subinterpreter with the default config (`GilMode::Own`).
    pub fn new_interpreter(&self) -> Result<SubInterpreter, PyError> {
        InterpreterBuilder::new().build()
    }
}

// ---- handles ------------------------------------------------------------------

/// One reference to a Python object, usable from any thread.
#[derive(Clone)]
pub struct PyHandle(Value);

impl PyHandle {
    /// Converts a Rust value.
    pub fn new(value: impl IntoPy) -> PyHandle {
        with_python(|| Ok(PyHandle(value.into_py()))).expect("conversion cannot fail")
    }

    /// Wraps a raw `Value` (the low-level object API).
    pub fn from_value(v: Value) -> PyHandle {
        PyHandle(v)
    }

    /// The underlying `Value`. Using it directly (outside this API) is
    /// only safe on a thread that is attached.
    pub fn value(&self) -> &Value {
        &self.0
    }

    pub fn into_value(mut self) -> Value {
        // `self` is dropped holding None, which needs no reference release.
        core::mem::replace(&mut self.0, Value::none())
    }

    /// Calls the object with positional arguments: `()`, a tuple of
    /// convertible values, or a `Vec`.
    pub fn call(&self, args: impl IntoPyArgs) -> Result<PyHandle, PyError> {
        with_python(|| {
            let args = args.into_args();
            Ok(PyHandle(ops::call(&self.0, &args, None)?))
        })
    }

    /// Calls the object with positional and keyword arguments.
    pub fn call_kw<K: AsRef<str>, V: IntoPy>(
        &self,
        args: impl IntoPyArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<PyHandle, PyError> {
        with_python(|| {
            let mut all = args.into_args();
            let mut names = Vec::new();
            for (k, v) in kwargs {
                names.push(intern(k.as_ref()));
                all.push(v.into_py());
            }
            if names.is_empty() {
                return Ok(PyHandle(ops::call(&self.0, &all, None)?));
            }
            let kwnames = crate::object::tuple::new_tuple(names);
            Ok(PyHandle(ops::call(&self.0, &all, Some(&kwnames))?))
        })
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, name: &str, args: impl IntoPyArgs) -> Result<PyHandle, PyError> {
        with_python(|| {
            let m = ops::getattr(&self.0, &intern(name))?;
            let args = args.into_args();
            Ok(PyHandle(ops::call(&m, &args, None)?))
        })
    }

    /// `obj.name`.
    pub fn getattr(&self, name: &str) -> Result<PyHandle, PyError> {
        with_python(|| Ok(PyHandle(ops::getattr(&self.0, &intern(name))?)))
    }

    /// `obj.name = value`.
    pub fn setattr(&self, name: &str, value: impl IntoPy) -> Result<(), PyError> {
        with_python(|| ops::setattr(&self.0, &intern(name), Some(&value.into_py())))
    }

    /// `obj[key]`.
    pub fn get_item(&self, key: impl IntoPy) -> Result<PyHandle, PyError> {
        with_python(|| Ok(PyHandle(ops::getitem(&self.0, &key.into_py())?)))
    }

    /// `obj[key] = value`.
    pub fn set_item(&self, key: impl IntoPy, value: impl IntoPy) -> Result<(), PyError> {
        with_python(|| ops::setitem(&self.0, &key.into_py(), &value.into_py()))
    }

    /// `len(obj)`.
    pub fn len(&self) -> Result<usize, PyError> {
        with_python(|| ops::len(&self.0))
    }

    /// `not obj` is false.
    pub fn is_true(&self) -> Result<bool, PyError> {
        with_python(|| ops::is_true(&self.0))
    }

    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// `obj is other`.
    pub fn is(&self, other: &PyHandle) -> bool {
        self.0.is(&other.0)
    }

    /// `repr(obj)`.
    pub fn repr(&self) -> Result<String, PyError> {
        with_python(|| ops::repr_string(&self.0))
    }

    /// `str(obj)`.
    pub fn str(&self) -> Result<String, PyError> {
        with_python(|| ops::str_string(&self.0))
    }

    /// The name of the object's type.
    pub fn type_name(&self) -> String {
        self.0.ty().name.to_string()
    }

    /// Converts the object to a Rust value.
    pub fn extract<T: FromPy>(&self) -> Result<T, PyError> {
        with_python(|| T::from_py(&self.0))
    }
}

impl Drop for PyHandle {
    fn drop(&mut self) {
        // Releasing the reference may free the object (and run its
        // finaliser), which needs an attached thread.
        if self.0.header().is_none() || self.0.is_none() || EMBED.with(|c| c.get().0) > 0 || crate::vm::thread::is_attached() {
            return;
        }
        let v = core::mem::replace(&mut self.0, Value::none());
        let _ = with_python(move || {
            drop(v);
            Ok(())
        });
    }
}

impl core::fmt::Debug for PyHandle {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.repr() {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "<{} object>", self.type_name()),
        }
    }
}

// ---- conversions --------------------------------------------------------------

/// Rust values that convert to Python objects.
pub trait IntoPy {
    /// Runs with the thread attached (inside [`with_python`]).
    fn into_py(self) -> Value;
}

/// Rust values that can be read from Python objects.
pub trait FromPy: Sized {
    /// Runs with the thread attached (inside [`with_python`]); a wrong
    /// type is a TypeError, an out-of-range int an OverflowError.
    fn from_py(v: &Value) -> PyResult<Self>;
}

/// Python `bytes` (a `Vec<u8>` would convert to a list of ints).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bytes(pub Vec<u8>);

fn type_name_of(v: &Value) -> &'static str {
    v.ty().name
}

impl IntoPy for Value {
    fn into_py(self) -> Value {
        self
    }
}
impl FromPy for Value {
    fn from_py(v: &Value) -> PyResult<Self> {
        Ok(v.clone())
    }
}
impl IntoPy for PyHandle {
    fn into_py(self) -> Value {
        self.into_value()
    }
}
impl IntoPy for &PyHandle {
    fn into_py(self) -> Value {
        self.0.clone()
    }
}
impl FromPy for PyHandle {
    fn from_py(v: &Value) -> PyResult<Self> {
        Ok(PyHandle(v.clone()))
    }
}
impl IntoPy for () {
    fn into_py(self) -> Value {
        Value::none()
    }
}
impl FromPy for () {
    fn from_py(v: &Value) -> PyResult<Self> {
        if v.is_none() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!("expected None, got {}", type_name_of(v))))
        }
    }
}
impl IntoPy for bool {
    fn into_py(self) -> Value {
        Value::bool(self)
    }
}
impl FromPy for bool {
    fn from_py(v: &Value) -> PyResult<Self> {
        v.as_bool().ok_or_else(|| PyErr::type_error(format!("expected bool, got {}", type_name_of(v))))
    }
}

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self) -> Value {
                match i64::try_from(self) {
                    Ok(i) => Value::from_i64(i),
                    Err(_) => Value::from_bigint(num_bigint::BigInt::from(self)),
                }
            }
        }
        impl FromPy for $t {
            fn from_py(v: &Value) -> PyResult<Self> {
                use num_traits::ToPrimitive;
                let Some(b) = crate::object::int::int_ref(v) else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer", type_name_of(v))));
                };
                let r = match b {
                    crate::object::int::IntRef::Small(i) => <$t>::try_from(i).ok(),
                    crate::object::int::IntRef::Big(b) => b.to_i128().and_then(|i| <$t>::try_from(i).ok()),
                };
                r.ok_or_else(|| PyErr::overflow_error(format!(
                    "Python int too large to convert to Rust {}", stringify!($t))))
            }
        }
    )*};
}
int_conv!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, i128, u128);

impl IntoPy for f64 {
    fn into_py(self) -> Value {
        Value::from_f64(self)
    }
}
impl FromPy for f64 {
    fn from_py(v: &Value) -> PyResult<Self> {
        if let Some(x) = crate::object::float::as_float(v) {
            return Ok(x);
        }
        if crate::object::int::is_int(v) {
            return crate::object::int::int_to_f64(v);
        }
        Err(PyErr::type_error(format!("must be real number, not {}", type_name_of(v))))
    }
}
impl IntoPy for f32 {
    fn into_py(self) -> Value {
        Value::from_f64(self as f64)
    }
}
impl FromPy for f32 {
    fn from_py(v: &Value) -> PyResult<Self> {
        f64::from_py(v).map(|x| x as f32)
    }
}

impl IntoPy for &str {
    fn into_py(self) -> Value {
        new_str(self)
    }
}
impl IntoPy for String {
    fn into_py(self) -> Value {
        new_str(&self)
    }
}
impl IntoPy for &String {
    fn into_py(self) -> Value {
        new_str(self)
    }
}
impl FromPy for String {
    fn from_py(v: &Value) -> PyResult<Self> {
        match crate::object::str::as_pystr(v) {
            Some(s) => s
                .as_str_strict()
                .map(|c| c.into_owned())
                .ok_or_else(|| PyErr::new(ExcKind::UnicodeEncodeError, "str contains surrogates")),
            None => Err(PyErr::type_error(format!("expected str, got {}", type_name_of(v)))),
        }
    }
}

impl IntoPy for Bytes {
    fn into_py(self) -> Value {
        crate::object::bytes::from_vec(self.0)
    }
}
impl IntoPy for &[u8] {
    fn into_py(self) -> Value {
        crate::object::bytes::new_bytes(self)
    }
}
impl FromPy for Bytes {
    fn from_py(v: &Value) -> PyResult<Self> {
        if let Some(b) = crate::object::bytes::as_bytes(v) {
            return Ok(Bytes(b.to_vec()));
        }
        if let Some(b) = crate::object::bytearray::as_vec(v) {
            return Ok(Bytes(b));
        }
        Err(PyErr::type_error(format!("expected bytes, got {}", type_name_of(v))))
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> Value {
        match self {
            Some(x) => x.into_py(),
            None => Value::none(),
        }
    }
}
impl<T: FromPy> FromPy for Option<T> {
    fn from_py(v: &Value) -> PyResult<Self> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_py(v).map(Some)
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self) -> Value {
        crate::object::list::new_list(self.into_iter().map(IntoPy::into_py).collect())
    }
}
impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(v: &Value) -> PyResult<Self> {
        if crate::object::str::is_str(v) {
            return Err(PyErr::type_error("can't convert a str to a Vec"));
        }
        let items = if crate::object::list::is_list(v) {
            crate::object::list::snapshot(v)
        } else if let Some(t) = crate::object::tuple::items(v) {
            t.to_vec()
        } else {
            ops::collect(v)?
        };
        items.iter().map(T::from_py).collect()
    }
}

impl<K: IntoPy + Eq + core::hash::Hash, V: IntoPy> IntoPy for HashMap<K, V> {
    fn into_py(self) -> Value {
        let d = dict::new_dict();
        for (k, v) in self {
            // Keys of the Rust types above hash without running Python code.
            let _ = dict::dict_set(&d, k.into_py(), v.into_py());
        }
        d
    }
}
impl<K: FromPy + Eq + core::hash::Hash, V: FromPy> FromPy for HashMap<K, V> {
    fn from_py(v: &Value) -> PyResult<Self> {
        let Some(core) = dict::core(v) else {
            return Err(PyErr::type_error(format!("expected dict, got {}", type_name_of(v))));
        };
        core.items().iter().map(|(k, x)| Ok((K::from_py(k)?, V::from_py(x)?))).collect()
    }
}

macro_rules! tuple_conv {
    ($n:expr; $($T:ident $i:tt),+) => {
        impl<$($T: IntoPy),+> IntoPy for ($($T,)+) {
            fn into_py(self) -> Value {
                crate::object::tuple::new_tuple(vec![$(self.$i.into_py()),+])
            }
        }
        impl<$($T: FromPy),+> FromPy for ($($T,)+) {
            fn from_py(v: &Value) -> PyResult<Self> {
                let items = match crate::object::tuple::items(v) {
                    Some(t) => t.to_vec(),
                    None if crate::object::list::is_list(v) => crate::object::list::snapshot(v),
                    None => return Err(PyErr::type_error(format!("expected tuple, got {}", type_name_of(v)))),
                };
                if items.len() != $n {
                    return Err(PyErr::value_error(format!(
                        "expected a sequence of length {}, got {}", $n, items.len())));
                }
                Ok(($($T::from_py(&items[$i])?,)+))
            }
        }
        impl<$($T: IntoPy),+> IntoPyArgs for ($($T,)+) {
            fn into_args(self) -> Vec<Value> {
                vec![$(self.$i.into_py()),+]
            }
        }
    };
}
tuple_conv!(1; A 0);
tuple_conv!(2; A 0, B 1);
tuple_conv!(3; A 0, B 1, C 2);
tuple_conv!(4; A 0, B 1, C 2, D 3);
tuple_conv!(5; A 0, B 1, C 2, D 3, E 4);
tuple_conv!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_conv!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_conv!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// Positional arguments for [`PyHandle::call`]: `()`, a tuple of
/// convertible values (`(x,)` for one), or a `Vec` of them.
pub trait IntoPyArgs {
    fn into_args(self) -> Vec<Value>;
}
impl IntoPyArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
}
impl<T: IntoPy> IntoPyArgs for Vec<T> {
    fn into_args(self) -> Vec<Value> {
        self.into_iter().map(IntoPy::into_py).collect()
    }
}
