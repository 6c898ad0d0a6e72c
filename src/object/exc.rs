//! Design: DESIGN.md#exceptions
//!
//! Exception objects: one immortal static type per builtin exception
//! (CPython 3.13's hierarchy), one payload (`PyBaseException`) for all of
//! them and for heap subclasses, and the traceback printer.
//!
//! * the payload's mutable state sits behind one mutex; no Python code runs
//!   while it is held (values are cloned out first);
//! * kind-specific attributes (StopIteration.value, OSError.errno, ...) are
//!   named fields in the state; the attribute names a kind exposes come from
//!   its nearest builtin family (`Family`);
//! * `PyType` has a single `base`; ExceptionGroup's second base
//!   (BaseExceptionGroup) is honoured by `exc_is_subtype`, which `matches`
//!   and the group code use (its `base` is Exception, so `except Exception`
//!   catches it);
//! * `format_exception` ports traceback.py's `TracebackException`: the
//!   tree of causes/contexts/group members, the group boxes, `[Previous
//!   line repeated N more times]`, notes, 3.13's source blocks with
//!   `~~~^^^` caret lines (multi-line instructions included; wide
//!   characters count as one column) and "Did you mean" suggestions.

#![forbid(unsafe_code)]

use std::collections::HashMap;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType, Slots};
use crate::object::{ops, str as pystr, tuple};
use crate::sync::{Arc, Mutex, OnceLock};

// ---------------------------------------------------------------------------
// payload
// ---------------------------------------------------------------------------

/// The state of an exception instance.
pub struct ExcState {
    /// Always a tuple.
    pub args: Value,
    pub traceback: Option<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The instance `__dict__` of builtin exception instances (created on
    /// first attribute store; heap subclasses keep theirs in the class
    /// layout instead).
    pub dict: Option<Value>,
    /// Kind-specific attributes (`value`, `errno`, `filename`, ...).
    pub fields: Vec<(&'static str, Value)>,
}

/// Payload of every exception instance (builtin or heap subclass).
pub struct PyBaseException {
    pub state: Mutex<ExcState>,
}

impl PyPayload for PyBaseException {
    fn class() -> &'static PyType {
        &BASE_EXCEPTION_TYPE
    }
}

impl PyBaseException {
    pub fn new(args: Vec<Value>) -> PyBaseException {
        PyBaseException {
            state: Mutex::new(ExcState {
                args: tuple::new_tuple(args),
                traceback: None,
                cause: None,
                context: None,
                suppress_context: false,
                dict: None,
                fields: Vec::new(),
            }),
        }
    }
    pub fn field(&self, name: &str) -> Option<Value> {
        self.state.lock().fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }
    pub fn set_field(&self, name: &'static str, v: Value) {
        let mut st = self.state.lock();
        match st.fields.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => {
                let old = core::mem::replace(&mut slot.1, v);
                drop(st);
                drop(old);
            }
            None => st.fields.push((name, v)),
        }
    }
    pub fn args(&self) -> Value {
        self.state.lock().args.clone()
    }
}

/// The payload of an exception instance (any subclass).
pub fn payload(v: &Value) -> Option<&PyBaseException> {
    if v.is_small_int() {
        return None;
    }
    v.downcast_sub::<PyBaseException>()
}

pub fn is_exception(v: &Value) -> bool {
    payload(v).is_some()
}

fn args_vec(e: &PyBaseException) -> Vec<Value> {
    let a = e.args();
    tuple::items(&a).map(|s| s.to_vec()).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// the static types
// ---------------------------------------------------------------------------

pub const BASE_SLOTS: Slots = Slots {
    repr: Some(exc_repr),
    str: Some(exc_str),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    getattr: Some(exc_getattr),
    setattr: Some(exc_setattr),
    traverse: Some(exc_traverse),
    new: Some(exc_new),
    init: Some(exc_init),
    ..Slots::EMPTY
};

macro_rules! exc_types {
    ($($stat:ident : $kind:ident < $base:ident $(, $methods:expr)? ;)*) => {
        $(
            pub static $stat: PyType = PyType {
                head: ObjHeader::new_static(&TYPE_TYPE),
                name: stringify!($kind),
                base: &$base,
                flags: type_flags::BASETYPE | type_flags::HAVE_GC,
                slots: BASE_SLOTS,
                free: PyObject::<PyBaseException>::free,
                methods: exc_types!(@m $($methods)?),
                dict: OnceLock::new(),
            };
        )*
        /// The static type of a builtin exception kind.
        pub fn exc_type(kind: ExcKind) -> &'static PyType {
            match kind { $(ExcKind::$kind => &$stat,)* }
        }
        /// Every builtin exception type with its kind.
        pub static ALL_TYPES: &[(ExcKind, &PyType)] = &[$((ExcKind::$kind, &$stat)),*];
    };
    (@m) => { &[] };
    (@m $m:expr) => { $m };
}

exc_types! {
    BASE_EXCEPTION_TYPE: BaseException < OBJECT_TYPE, BASE_METHODS;
    BASE_EXCEPTION_GROUP_TYPE: BaseExceptionGroup < BASE_EXCEPTION_TYPE, GROUP_METHODS;
    GENERATOR_EXIT_TYPE: GeneratorExit < BASE_EXCEPTION_TYPE;
    KEYBOARD_INTERRUPT_TYPE: KeyboardInterrupt < BASE_EXCEPTION_TYPE;
    SYSTEM_EXIT_TYPE: SystemExit < BASE_EXCEPTION_TYPE, SYSTEM_EXIT_METHODS;
    EXCEPTION_TYPE: Exception < BASE_EXCEPTION_TYPE;
    EXCEPTION_GROUP_TYPE: ExceptionGroup < EXCEPTION_TYPE, GROUP_METHODS;
    ARITHMETIC_ERROR_TYPE: ArithmeticError < EXCEPTION_TYPE;
    FLOATING_POINT_ERROR_TYPE: FloatingPointError < ARITHMETIC_ERROR_TYPE;
    OVERFLOW_ERROR_TYPE: OverflowError < ARITHMETIC_ERROR_TYPE;
    ZERO_DIVISION_ERROR_TYPE: ZeroDivisionError < ARITHMETIC_ERROR_TYPE;
    ASSERTION_ERROR_TYPE: AssertionError < EXCEPTION_TYPE;
    ATTRIBUTE_ERROR_TYPE: AttributeError < EXCEPTION_TYPE, ATTRIBUTE_ERROR_METHODS;
    BUFFER_ERROR_TYPE: BufferError < EXCEPTION_TYPE;
    EOF_ERROR_TYPE: EOFError < EXCEPTION_TYPE;
    IMPORT_ERROR_TYPE: ImportError < EXCEPTION_TYPE, IMPORT_ERROR_METHODS;
    MODULE_NOT_FOUND_ERROR_TYPE: ModuleNotFoundError < IMPORT_ERROR_TYPE;
    LOOKUP_ERROR_TYPE: LookupError < EXCEPTION_TYPE;
    INDEX_ERROR_TYPE: IndexError < LOOKUP_ERROR_TYPE;
    KEY_ERROR_TYPE: KeyError < LOOKUP_ERROR_TYPE;
    MEMORY_ERROR_TYPE: MemoryError < EXCEPTION_TYPE;
    NAME_ERROR_TYPE: NameError < EXCEPTION_TYPE, NAME_ERROR_METHODS;
    UNBOUND_LOCAL_ERROR_TYPE: UnboundLocalError < NAME_ERROR_TYPE;
    OS_ERROR_TYPE: OSError < EXCEPTION_TYPE, OS_ERROR_METHODS;
    BLOCKING_IO_ERROR_TYPE: BlockingIOError < OS_ERROR_TYPE;
    CHILD_PROCESS_ERROR_TYPE: ChildProcessError < OS_ERROR_TYPE;
    CONNECTION_ERROR_TYPE: ConnectionError < OS_ERROR_TYPE;
    BROKEN_PIPE_ERROR_TYPE: BrokenPipeError < CONNECTION_ERROR_TYPE;
    CONNECTION_ABORTED_ERROR_TYPE: ConnectionAbortedError < CONNECTION_ERROR_TYPE;
    CONNECTION_REFUSED_ERROR_TYPE: ConnectionRefusedError < CONNECTION_ERROR_TYPE;
    CONNECTION_RESET_ERROR_TYPE: ConnectionResetError < CONNECTION_ERROR_TYPE;
    FILE_EXISTS_ERROR_TYPE: FileExistsError < OS_ERROR_TYPE;
    FILE_NOT_FOUND_ERROR_TYPE: FileNotFoundError < OS_ERROR_TYPE;
    INTERRUPTED_ERROR_TYPE: InterruptedError < OS_ERROR_TYPE;
    IS_A_DIRECTORY_ERROR_TYPE: IsADirectoryError < OS_ERROR_TYPE;
    NOT_A_DIRECTORY_ERROR_TYPE: NotADirectoryError < OS_ERROR_TYPE;
    PERMISSION_ERROR_TYPE: PermissionError < OS_ERROR_TYPE;
    PROCESS_LOOKUP_ERROR_TYPE: ProcessLookupError < OS_ERROR_TYPE;
    TIMEOUT_ERROR_TYPE: TimeoutError < OS_ERROR_TYPE;
    REFERENCE_ERROR_TYPE: ReferenceError < EXCEPTION_TYPE;
    RUNTIME_ERROR_TYPE: RuntimeError < EXCEPTION_TYPE;
    NOT_IMPLEMENTED_ERROR_TYPE: NotImplementedError < RUNTIME_ERROR_TYPE;
    PYTHON_FINALIZATION_ERROR_TYPE: PythonFinalizationError < RUNTIME_ERROR_TYPE;
    RECURSION_ERROR_TYPE: RecursionError < RUNTIME_ERROR_TYPE;
    STOP_ASYNC_ITERATION_TYPE: StopAsyncIteration < EXCEPTION_TYPE;
    STOP_ITERATION_TYPE: StopIteration < EXCEPTION_TYPE, STOP_ITERATION_METHODS;
    SYNTAX_ERROR_TYPE: SyntaxError < EXCEPTION_TYPE, SYNTAX_ERROR_METHODS;
    INDENTATION_ERROR_TYPE: IndentationError < SYNTAX_ERROR_TYPE;
    TAB_ERROR_TYPE: TabError < INDENTATION_ERROR_TYPE;
    SYSTEM_ERROR_TYPE: SystemError < EXCEPTION_TYPE;
    TYPE_ERROR_TYPE: TypeError < EXCEPTION_TYPE;
    VALUE_ERROR_TYPE: ValueError < EXCEPTION_TYPE;
    UNICODE_ERROR_TYPE: UnicodeError < VALUE_ERROR_TYPE;
    UNICODE_DECODE_ERROR_TYPE: UnicodeDecodeError < UNICODE_ERROR_TYPE, UNICODE_ERROR_METHODS;
    UNICODE_ENCODE_ERROR_TYPE: UnicodeEncodeError < UNICODE_ERROR_TYPE, UNICODE_ERROR_METHODS;
    UNICODE_TRANSLATE_ERROR_TYPE: UnicodeTranslateError < UNICODE_ERROR_TYPE, UNICODE_ERROR_METHODS;
    WARNING_TYPE: Warning < EXCEPTION_TYPE;
    BYTES_WARNING_TYPE: BytesWarning < WARNING_TYPE;
    DEPRECATION_WARNING_TYPE: DeprecationWarning < WARNING_TYPE;
    ENCODING_WARNING_TYPE: EncodingWarning < WARNING_TYPE;
    FUTURE_WARNING_TYPE: FutureWarning < WARNING_TYPE;
    IMPORT_WARNING_TYPE: ImportWarning < WARNING_TYPE;
    PENDING_DEPRECATION_WARNING_TYPE: PendingDeprecationWarning < WARNING_TYPE;
    RESOURCE_WARNING_TYPE: ResourceWarning < WARNING_TYPE;
    RUNTIME_WARNING_TYPE: RuntimeWarning < WARNING_TYPE;
    SYNTAX_WARNING_TYPE: SyntaxWarning < WARNING_TYPE;
    UNICODE_WARNING_TYPE: UnicodeWarning < WARNING_TYPE;
    USER_WARNING_TYPE: UserWarning < WARNING_TYPE;
}

/// The builtins-module names of the exception types, with the aliases
/// (`EnvironmentError`, `IOError`), for the Builtins owner.
pub fn builtin_exception_names() -> Vec<(&'static str, &'static PyType)> {
    init();
    let mut v: Vec<(&'static str, &'static PyType)> = ALL_TYPES.iter().map(|(_, t)| (t.name, *t)).collect();
    v.push(("EnvironmentError", &OS_ERROR_TYPE));
    v.push(("IOError", &OS_ERROR_TYPE));
    v
}

/// A new reference to a type object.
pub fn type_value(ty: &PyType) -> Value {
    Value::from_header_borrowed(&ty.head).to_owned()
}

/// Is `ty` one of the static builtin exception types?
pub fn builtin_kind_of(ty: &PyType) -> Option<ExcKind> {
    static_info(ty).map(|(k, _)| k)
}

/// (kind, family) of a static exception type: one probe (rarely two) of
/// an open-addressing table keyed by the type's address, built once (this
/// runs on every raise, attribute access and except-clause test; the
/// binary search it replaces cost ~100 instructions).
fn static_info(ty: &PyType) -> Option<(ExcKind, Family)> {
    if ty.is_heap() {
        return None;
    }
    static BY_ADDR: OnceLock<Vec<(usize, ExcKind, Family)>> = OnceLock::new();
    let table = BY_ADDR.get_or_init(|| {
        // A power of two over 4x the number of types: short probe runs.
        let mut v: Vec<(usize, ExcKind, Family)> = vec![(0, ExcKind::BaseException, Family::Base); STATIC_SLOTS];
        for (k, t) in ALL_TYPES.iter() {
            let a = *t as *const PyType as usize;
            let mut i = static_slot(a);
            while v[i].0 != 0 {
                i = (i + 1) & (STATIC_SLOTS - 1);
            }
            v[i] = (a, *k, family_walk(t));
        }
        v
    });
    let a = ty as *const PyType as usize;
    let mut i = static_slot(a);
    loop {
        let e = &table[i];
        if e.0 == a {
            return Some((e.1, e.2));
        }
        if e.0 == 0 {
            return None;
        }
        i = (i + 1) & (STATIC_SLOTS - 1);
    }
}

const STATIC_SLOTS: usize = 512;
const _: () = assert!(STATIC_SLOTS.is_power_of_two());

#[inline(always)]
fn static_slot(addr: usize) -> usize {
    // Static types are a few hundred bytes apart: drop the alignment bits
    // and fold in higher ones.
    ((addr >> 4) ^ (addr >> 13)) & (STATIC_SLOTS - 1)
}

/// The first builtin (static) type on `ty`'s base chain.
fn first_static(ty: &PyType) -> &PyType {
    let mut t = ty;
    while t.is_heap() {
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// The nearest builtin exception type of `ty` (its own kind for builtins).
pub fn nearest_kind(ty: &PyType) -> Option<ExcKind> {
    if let Some((k, _)) = static_info(first_static(ty)) {
        return Some(k);
    }
    let mut t = Some(ty);
    while let Some(x) = t {
        if let Some(k) = builtin_kind_of(x) {
            return Some(k);
        }
        t = x.base();
    }
    None
}

/// Subclass test for exception types, with ExceptionGroup's second base.
pub fn exc_is_subtype(a: &PyType, b: &PyType) -> bool {
    if a.is_subtype_mro(b) {
        return true;
    }
    core::ptr::eq(b, &BASE_EXCEPTION_GROUP_TYPE) && a.is_subtype_mro(&EXCEPTION_GROUP_TYPE)
}

/// `issubclass(exc_type(a), exc_type(b))`.
pub fn kind_is_subclass(a: ExcKind, b: ExcKind) -> bool {
    exc_is_subtype(exc_type(a), exc_type(b))
}

/// Families of exceptions with extra attributes or formatting.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Base,
    KeyError,
    StopIteration,
    SystemExit,
    OSError,
    SyntaxError,
    ImportError,
    AttributeError,
    NameError,
    UnicodeEncode,
    UnicodeDecode,
    UnicodeTranslate,
    Group,
}

fn family(ty: &PyType) -> Family {
    match static_info(first_static(ty)) {
        Some((_, f)) => f,
        None => family_walk(ty),
    }
}

fn family_walk(ty: &PyType) -> Family {
    let mut t = Some(ty);
    while let Some(x) = t {
        if let Some(k) = ALL_TYPES.iter().find(|(_, s)| core::ptr::eq(*s, x)).map(|(k, _)| *k) {
            let f = match k {
                ExcKind::KeyError => Family::KeyError,
                ExcKind::StopIteration => Family::StopIteration,
                ExcKind::SystemExit => Family::SystemExit,
                ExcKind::OSError => Family::OSError,
                ExcKind::SyntaxError => Family::SyntaxError,
                ExcKind::ImportError => Family::ImportError,
                ExcKind::AttributeError => Family::AttributeError,
                ExcKind::NameError => Family::NameError,
                ExcKind::UnicodeEncodeError => Family::UnicodeEncode,
                ExcKind::UnicodeDecodeError => Family::UnicodeDecode,
                ExcKind::UnicodeTranslateError => Family::UnicodeTranslate,
                ExcKind::BaseExceptionGroup | ExcKind::ExceptionGroup => Family::Group,
                _ => Family::Base,
            };
            if f != Family::Base || k == ExcKind::BaseException {
                return f;
            }
        }
        t = x.base();
    }
    Family::Base
}

/// Every kind-specific attribute name (a quick filter before `family`).
const ALL_FIELD_NAMES: &[&str] = &[
    "value", "code", "errno", "strerror", "filename", "filename2", "characters_written", "msg", "lineno", "offset",
    "text", "end_lineno", "end_offset", "print_file_and_line", "name", "path", "name_from", "obj", "encoding",
    "object", "start", "end", "reason", "message", "exceptions",
];

fn family_fields(f: Family) -> &'static [&'static str] {
    match f {
        Family::StopIteration => &["value"],
        Family::SystemExit => &["code"],
        Family::OSError => &["errno", "strerror", "filename", "filename2", "characters_written"],
        Family::SyntaxError => {
            &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
        }
        Family::ImportError => &["msg", "name", "path", "name_from"],
        Family::AttributeError => &["name", "obj"],
        Family::NameError => &["name"],
        Family::UnicodeEncode | Family::UnicodeDecode | Family::UnicodeTranslate => {
            &["encoding", "object", "start", "end", "reason"]
        }
        Family::Group => &["message", "exceptions"],
        Family::Base | Family::KeyError => &[],
    }
}

// ---------------------------------------------------------------------------
// creation
// ---------------------------------------------------------------------------

fn s(x: &str) -> Value {
    pystr::new_str(x)
}

/// Allocates an exception instance of class `ty` (a builtin exception type
/// or a heap subclass) with `args`, and fills the kind-specific fields the
/// way the builtin `__init__` would (without failing).
pub fn alloc_exception(ty: &Value, args: Vec<Value>) -> Value {
    let t = ty.as_type().expect("alloc_exception: not a type");
    let v = alloc_raw(t, args);
    fill_fields(&v);
    v
}

fn alloc_raw(t: &PyType, args: Vec<Value>) -> Value {
    // Builtin types: a plain PyObject; classes derived from an exception
    // type: the payload, then the class's instance part (the layout `init`
    // registers for every builtin exception type).
    crate::object::class::alloc_instance(t, PyBaseException::new(args))
}

/// Registers the instance layout of classes derived from every builtin
/// exception type with the type system (idempotent; called by
/// `builtin_exception_names`, which the builtins module uses).
pub fn init() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let layout = crate::object::class::layout_of::<PyBaseException>();
        for (_, t) in ALL_TYPES {
            crate::object::class::register_base_layout(t, layout);
        }
    });
}

/// The full MRO of builtin exception types with a second base
/// (ExceptionGroup: ExceptionGroup, BaseExceptionGroup, Exception,
/// BaseException, object), for the type system's MRO walk; `None` for
/// single-base types.
pub fn static_mro(ty: &PyType) -> Option<[&'static PyType; 5]> {
    if core::ptr::eq(ty, &EXCEPTION_GROUP_TYPE) {
        return Some([
            &EXCEPTION_GROUP_TYPE,
            &BASE_EXCEPTION_GROUP_TYPE,
            &EXCEPTION_TYPE,
            &BASE_EXCEPTION_TYPE,
            &OBJECT_TYPE,
        ]);
    }
    None
}

/// The instance a native `PyErr` denotes (`PyErr::value`).
pub fn instance_for(kind: ExcKind, msg: &str, arg: Option<&Value>) -> Value {
    let args = match arg {
        Some(a) => vec![a.clone()],
        None if msg.is_empty() => vec![],
        None => vec![s(msg)],
    };
    let v = alloc_raw(exc_type(kind), args);
    fill_fields(&v);
    v
}

/// (kind, arg) of an instance, for `PyErr::from_value`. The message is
/// not copied out: an error with a value is displayed and reported
/// through the value (`PyErr`'s `Display`, `value()`), and building the
/// string on every raise and re-raise cost an allocation.
pub fn describe(v: &Value) -> (ExcKind, Option<Value>) {
    let kind = nearest_kind(v.ty()).unwrap_or(ExcKind::BaseException);
    let Some(p) = payload(v) else {
        return (kind, None);
    };
    let st = p.state.lock();
    match tuple::items(&st.args) {
        Some([a]) => {
            // (No builtin type derives from KeyError or StopIteration, so
            // the nearest kind decides.)
            if !pystr::is_str(a) || matches!(kind, ExcKind::KeyError | ExcKind::StopIteration) {
                return (kind, Some(a.clone()));
            }
            (kind, None)
        }
        _ => (kind, None),
    }
}

/// Sets the kind-specific fields from `args` as the builtin `__init__`s do;
/// invalid shapes leave the fields unset (None).
fn fill_fields(v: &Value) {
    let Some(p) = payload(v) else { return };
    let fam = family(v.ty());
    if matches!(
        fam,
        Family::Base | Family::KeyError | Family::AttributeError | Family::NameError | Family::Group
    ) {
        // No fields come from the arguments (the common case: no copy of them).
        return;
    }
    let args = args_vec(p);
    let none = Value::none;
    match fam {
        Family::StopIteration => p.set_field("value", args.first().cloned().unwrap_or_else(none)),
        Family::SystemExit => p.set_field(
            "code",
            match args.len() {
                0 => none(),
                1 => args[0].clone(),
                _ => tuple::new_tuple(args.clone()),
            },
        ),
        Family::ImportError => p.set_field("msg", if args.len() == 1 { args[0].clone() } else { none() }),
        Family::OSError if (2..=5).contains(&args.len()) => {
            p.set_field("errno", args[0].clone());
            p.set_field("strerror", args[1].clone());
            if args.len() >= 3 {
                p.set_field("filename", args[2].clone());
                if args.len() == 5 {
                    p.set_field("filename2", args[4].clone());
                }
                let mut st = p.state.lock();
                let old = core::mem::replace(&mut st.args, tuple::new_tuple(args[..2].to_vec()));
                drop(st);
                drop(old);
            }
        }
        Family::SyntaxError => {
            if let Some(m) = args.first() {
                p.set_field("msg", m.clone());
            }
            if args.len() == 2 {
                if let Some(info) = tuple::items(&args[1]) {
                    let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
                    if info.len() == 4 || info.len() == 6 {
                        for (n, x) in names.iter().zip(info.iter()) {
                            p.set_field(n, x.clone());
                        }
                    }
                }
            }
        }
        Family::UnicodeDecode | Family::UnicodeEncode if args.len() == 5 => {
            for (n, x) in ["encoding", "object", "start", "end", "reason"].iter().zip(args.iter()) {
                p.set_field(n, x.clone());
            }
        }
        Family::UnicodeTranslate if args.len() == 4 => {
            p.set_field("encoding", none());
            for (n, x) in ["object", "start", "end", "reason"].iter().zip(args.iter()) {
                p.set_field(n, x.clone());
            }
        }
        _ => {}
    }
}

fn positional<'a>(args: &'a [Value], kwnames: Option<&Value>) -> (&'a [Value], Vec<(String, Value)>) {
    if kwnames.is_none() {
        return (args, Vec::new());
    }
    let names: Vec<String> =
        kwnames.and_then(tuple::items).map(|n| n.iter().map(pystr::to_rust_string).collect()).unwrap_or_default();
    let np = args.len() - names.len();
    let kws = names.into_iter().zip(args[np..].iter().cloned()).collect();
    (&args[..np], kws)
}

/// Errno → OSError subclass (CPython's `errnomap`).
fn errno_subclass(errno: i64) -> Option<&'static PyType> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR_TYPE,
        10 => &CHILD_PROCESS_ERROR_TYPE,
        32 | 108 => &BROKEN_PIPE_ERROR_TYPE,
        103 => &CONNECTION_ABORTED_ERROR_TYPE,
        111 => &CONNECTION_REFUSED_ERROR_TYPE,
        104 => &CONNECTION_RESET_ERROR_TYPE,
        17 => &FILE_EXISTS_ERROR_TYPE,
        2 => &FILE_NOT_FOUND_ERROR_TYPE,
        4 => &INTERRUPTED_ERROR_TYPE,
        21 => &IS_A_DIRECTORY_ERROR_TYPE,
        20 => &NOT_A_DIRECTORY_ERROR_TYPE,
        1 | 13 => &PERMISSION_ERROR_TYPE,
        3 => &PROCESS_LOOKUP_ERROR_TYPE,
        110 => &TIMEOUT_ERROR_TYPE,
        _ => return None,
    })
}

/// `BaseException.__new__` (the `new` slot of every exception type).
fn exc_new(cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(t) = cls.as_type() else {
        return Err(PyErr::type_error("BaseException.__new__(X): X is not a type object"));
    };
    if !t.is_subtype(&BASE_EXCEPTION_TYPE) {
        return Err(PyErr::type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            t.name, t.name
        )));
    }
    let (pos, _kws) = positional(args, kwnames);
    if family(t) == Family::Group {
        return group_new(t, pos);
    }
    let mut ty: &PyType = t;
    if core::ptr::eq(t, &OS_ERROR_TYPE) && (2..=5).contains(&pos.len()) {
        if let Some(e) = crate::object::int::to_i64(&pos[0]) {
            if let Some(sub) = errno_subclass(e) {
                ty = sub;
            }
        }
    }
    let v = alloc_raw(ty, pos.to_vec());
    fill_fields(&v);
    Ok(v)
}

/// `BaseException.__init__` and the kind-specific `__init__`s.
fn exc_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let Some(p) = payload(v) else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    let (pos, kws) = positional(args, kwnames);
    let f = family(v.ty());
    let tname = v.ty().name;
    let allowed: &[&str] = match f {
        Family::ImportError => &["name", "path", "name_from"],
        Family::AttributeError => &["name", "obj"],
        Family::NameError => &["name"],
        _ => &[],
    };
    if !kws.is_empty() && allowed.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", tname)));
    }
    for (k, _) in &kws {
        if !allowed.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", tname, k)));
        }
    }
    match f {
        Family::Group => return Ok(()),
        Family::SyntaxError if pos.len() == 2 => {
            let n = tuple::items(&pos[1]).map(|i| i.len());
            match n {
                Some(4) | Some(6) => {}
                Some(n) if n < 4 => {
                    return Err(PyErr::type_error(format!("function takes at least 4 arguments ({} given)", n)))
                }
                Some(n) => return Err(PyErr::type_error(format!("function takes at most 6 arguments ({} given)", n))),
                None => return Err(PyErr::type_error("argument must be a tuple")),
            }
        }
        Family::UnicodeDecode | Family::UnicodeEncode if pos.len() != 5 => {
            return Err(PyErr::type_error(format!("function takes exactly 5 arguments ({} given)", pos.len())));
        }
        Family::UnicodeTranslate if pos.len() != 4 => {
            return Err(PyErr::type_error(format!("function takes exactly 4 arguments ({} given)", pos.len())));
        }
        _ => {}
    }
    // `__new__` already stored these exact arguments (the common case of
    // `ValueError(x)`): keep its tuple instead of building another.
    let same = {
        let st = p.state.lock();
        tuple::items(&st.args).is_some_and(|a| a.len() == pos.len() && a.iter().zip(pos).all(|(x, y)| x.is(y)))
    };
    if !same {
        let mut st = p.state.lock();
        let old = core::mem::replace(&mut st.args, tuple::new_tuple(pos.to_vec()));
        drop(st);
        drop(old);
        // (OSError's filename forms trim args back to (errno, strerror).)
        fill_fields(v);
    } else if f != Family::OSError {
        fill_fields(v);
    }
    for (k, x) in kws {
        let name: &'static str = allowed.iter().find(|a| **a == k).copied().unwrap_or("name");
        p.set_field(name, x);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// repr / str
// ---------------------------------------------------------------------------

fn exc_repr(v: &Value) -> PyResult<Value> {
    let p = payload(v).ok_or_else(|| PyErr::type_error("expected an exception"))?;
    let args = args_vec(p);
    let name = v.ty().name;
    let r = if args.len() == 1 {
        format!("{}({})", name, ops::repr_string(&args[0])?)
    } else {
        format!("{}{}", name, ops::repr_string(&tuple::new_tuple(args))?)
    };
    Ok(s(&r))
}

fn base_str(args: &[Value]) -> PyResult<String> {
    match args.len() {
        0 => Ok(String::new()),
        1 => ops::str_string(&args[0]),
        _ => ops::str_string(&tuple::new_tuple(args.to_vec())),
    }
}

fn field_or_none(p: &PyBaseException, name: &str) -> Value {
    p.field(name).unwrap_or_else(Value::none)
}

fn exc_str(v: &Value) -> PyResult<Value> {
    Ok(s(&exc_str_string(v)?))
}

fn exc_str_string(v: &Value) -> PyResult<String> {
    let p = payload(v).ok_or_else(|| PyErr::type_error("expected an exception"))?;
    let args = args_vec(p);
    match family(v.ty()) {
        Family::KeyError if args.len() == 1 => ops::repr_string(&args[0]),
        Family::OSError => {
            let errno = field_or_none(p, "errno");
            let strerror = field_or_none(p, "strerror");
            let f1 = field_or_none(p, "filename");
            let f2 = field_or_none(p, "filename2");
            if !f1.is_none() {
                if !f2.is_none() {
                    return Ok(format!(
                        "[Errno {}] {}: {} -> {}",
                        ops::str_string(&errno)?,
                        ops::str_string(&strerror)?,
                        ops::repr_string(&f1)?,
                        ops::repr_string(&f2)?
                    ));
                }
                return Ok(format!(
                    "[Errno {}] {}: {}",
                    ops::str_string(&errno)?,
                    ops::str_string(&strerror)?,
                    ops::repr_string(&f1)?
                ));
            }
            if !errno.is_none() && !strerror.is_none() {
                return Ok(format!("[Errno {}] {}", ops::str_string(&errno)?, ops::str_string(&strerror)?));
            }
            base_str(&args)
        }
        Family::SyntaxError => {
            let msg = ops::str_string(&field_or_none(p, "msg"))?;
            let filename = p.field("filename").filter(pystr::is_str).map(|f| {
                let f = pystr::to_rust_string(&f);
                f.rsplit('/').next().unwrap_or("").to_string()
            });
            let lineno = p.field("lineno").and_then(|l| crate::object::int::to_i64(&l));
            Ok(match (filename, lineno) {
                (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
                (Some(f), None) => format!("{} ({})", msg, f),
                (None, Some(l)) => format!("{} (line {})", msg, l),
                (None, None) => msg,
            })
        }
        Family::ImportError => match p.field("msg") {
            Some(m) if pystr::is_exact_str(&m) => Ok(pystr::to_rust_string(&m)),
            _ => base_str(&args),
        },
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            let (Some(obj), Some(start), Some(end)) = (p.field("object"), p.field("start"), p.field("end")) else {
                return base_str(&args);
            };
            let (Some(start), Some(end)) = (crate::object::int::to_i64(&start), crate::object::int::to_i64(&end))
            else {
                return base_str(&args);
            };
            let reason = ops::str_string(&field_or_none(p, "reason"))?;
            let enc = ops::str_string(&field_or_none(p, "encoding"))?;
            let f = family(v.ty());
            if end == start + 1 {
                if f == Family::UnicodeDecode {
                    let b = ops::getitem(&obj, &Value::from_i64(start))?;
                    let b = crate::object::int::to_i64(&b).unwrap_or(0);
                    return Ok(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, start, reason));
                }
                let c = pystr::char_at(&obj, start as usize).unwrap_or(0);
                let esc = if c <= 0xFF {
                    format!("\\x{:02x}", c)
                } else if c <= 0xFFFF {
                    format!("\\u{:04x}", c)
                } else {
                    format!("\\U{:08x}", c)
                };
                if f == Family::UnicodeTranslate {
                    return Ok(format!("can't translate character '{}' in position {}: {}", esc, start, reason));
                }
                return Ok(format!("'{}' codec can't encode character '{}' in position {}: {}", enc, esc, start, reason));
            }
            Ok(match f {
                Family::UnicodeDecode => {
                    format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason)
                }
                Family::UnicodeEncode => {
                    format!("'{}' codec can't encode characters in position {}-{}: {}", enc, start, end - 1, reason)
                }
                _ => format!("can't translate characters in position {}-{}: {}", start, end - 1, reason),
            })
        }
        Family::Group => {
            let msg = ops::str_string(&field_or_none(p, "message"))?;
            let n = field_or_none(p, "exceptions");
            let n = tuple::items(&n).map(|x| x.len()).unwrap_or(0);
            Ok(format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" }))
        }
        _ => base_str(&args),
    }
}

// ---------------------------------------------------------------------------
// attributes
// ---------------------------------------------------------------------------

/// The special attributes every exception has, then the family's fields.
fn special_get(v: &Value, p: &PyBaseException, n: &str) -> Option<Value> {
    let st = p.state.lock();
    let opt = |o: &Option<Value>| o.clone().unwrap_or_else(Value::none);
    Some(match n {
        "args" => st.args.clone(),
        "__traceback__" => opt(&st.traceback),
        "__cause__" => opt(&st.cause),
        "__context__" => opt(&st.context),
        "__suppress_context__" => Value::bool(st.suppress_context),
        _ => {
            if !ALL_FIELD_NAMES.contains(&n) {
                return None;
            }
            let f = family(v.ty());
            if family_fields(f).contains(&n) {
                return Some(st.fields.iter().find(|(k, _)| *k == n).map(|(_, x)| x.clone()).unwrap_or_else(Value::none));
            }
            return None;
        }
    })
}

/// Names `exc_getattr` / `exc_setattr` serve from the payload on every
/// exception (the kind-specific fields come from `family_fields`).
const PAYLOAD_NAMES: &[&str] = &["args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__dict__"];

/// Is `name` an ordinary instance attribute of heap exception class `ty`
/// for reads (`set` false) or stores (`set` true)? True when the class
/// still uses the exception `getattr`/`setattr` slot and `name` is none of
/// the names that slot serves from the payload: the slot then does the
/// generic lookup through the class-layout instance dict, exactly what the
/// eval loop's LOAD_ATTR / STORE_ATTR caches do for plain objects, so they
/// may cache `e.code` / `self.code = code` too (DESIGN.md#errors). A later
/// change of the class (a `__setattr__` assigned) changes its version and
/// so invalidates the cache words.
pub fn plain_instance_attr(ty: &PyType, name: &Value, set: bool) -> bool {
    if !ty.is_heap() {
        return false;
    }
    let slot_is_exc = if set {
        matches!(ty.slots.setattr, Some(f) if core::ptr::fn_addr_eq(f, exc_setattr as crate::object::typeobj::SetAttrFn))
    } else {
        matches!(ty.slots.getattr, Some(f) if core::ptr::fn_addr_eq(f, exc_getattr as crate::object::typeobj::GetAttrFn))
    };
    if !slot_is_exc {
        return false;
    }
    let Some(n) = pystr::as_str(name) else { return false };
    let n: &str = &n;
    !PAYLOAD_NAMES.contains(&n) && !family_fields(family(ty)).contains(&n)
}

fn exc_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    // Borrowed for ASCII names (no allocation per attribute read).
    let n = pystr::as_str(name).unwrap_or_default();
    if let Some(p) = payload(v) {
        if let Some(x) = special_get(v, p, &n) {
            return Ok(x);
        }
        if builtin_kind_of(v.ty()).is_some() {
            // Builtin exception instances keep their `__dict__` in the payload.
            let d = {
                let mut st = p.state.lock();
                if n == "__dict__" {
                    return Ok(st.dict.get_or_insert_with(crate::object::dict::new_dict).clone());
                }
                st.dict.clone()
            };
            return crate::object::attr::generic_getattr_with_dict(v, name, d.as_ref().and_then(crate::object::dict::core));
        }
    }
    crate::object::attr::generic_getattr(v, name)
}

fn exc_setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    let n = pystr::as_str(name).unwrap_or_default();
    let p = payload(v).ok_or_else(|| PyErr::type_error("expected an exception"))?;
    let exc_or_none = |what: &str| -> PyResult<Option<Value>> {
        match x {
            None => Err(PyErr::type_error(format!("{} may not be deleted", what))),
            Some(x) if x.is_none() => Ok(None),
            Some(x) if is_exception(x) => Ok(Some(x.clone())),
            Some(_) => Err(PyErr::type_error(format!("exception {} must be None or derive from BaseException", what))),
        }
    };
    let old: Option<Value>;
    match n.as_ref() {
        "args" => {
            let Some(x) = x else { return Err(PyErr::type_error("args may not be deleted")) };
            let t = tuple::new_tuple(ops::collect(x)?);
            old = Some(core::mem::replace(&mut p.state.lock().args, t));
        }
        "__traceback__" => {
            let t = match x {
                None => return Err(PyErr::type_error("__traceback__ may not be deleted")),
                Some(x) if x.is_none() => None,
                Some(x) if x.downcast::<crate::object::traceback::PyTraceback>().is_some() => Some(x.clone()),
                Some(_) => return Err(PyErr::type_error("__traceback__ must be a traceback or None")),
            };
            old = core::mem::replace(&mut p.state.lock().traceback, t);
        }
        "__cause__" => {
            let c = exc_or_none("cause")?;
            let mut st = p.state.lock();
            st.suppress_context = true;
            old = core::mem::replace(&mut st.cause, c);
        }
        "__context__" => {
            let c = exc_or_none("context")?;
            old = core::mem::replace(&mut p.state.lock().context, c);
        }
        "__suppress_context__" => {
            let b = match x {
                Some(x) => ops::is_true(x)?,
                None => return Err(PyErr::type_error("can't delete attribute")),
            };
            p.state.lock().suppress_context = b;
            old = None;
        }
        _ => {
            if ALL_FIELD_NAMES.contains(&n.as_ref()) {
                if let Some(name) = family_fields(family(v.ty())).iter().find(|f| **f == n) {
                    p.set_field(name, x.cloned().unwrap_or_else(Value::none));
                    return Ok(());
                }
            }
            if builtin_kind_of(v.ty()).is_none() {
                return crate::object::attr::generic_setattr(v, name, x);
            }
            let d = {
                let mut st = p.state.lock();
                st.dict.get_or_insert_with(crate::object::dict::new_dict).clone()
            };
            return crate::object::attr::generic_setattr_with_dict(v, name, x, crate::object::dict::core(&d));
        }
    }
    drop(old);
    Ok(())
}

fn exc_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(p) = payload(b.as_value()) {
        let st = p.state.lock();
        visit(&st.args);
        for x in [&st.traceback, &st.cause, &st.context, &st.dict].into_iter().flatten() {
            visit(x);
        }
        for (_, x) in &st.fields {
            visit(x);
        }
    }
}

// ---- method table -----------------------------------------------------------

macro_rules! getter {
    ($fname:ident, $attr:literal) => {
        fn $fname(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
            exc_getattr(v, &pystr::intern($attr))
        }
    };
}

getter!(get_args, "args");
getter!(ga_traceback, "__traceback__");
getter!(ga_cause, "__cause__");
getter!(ga_context, "__context__");
getter!(get_suppress, "__suppress_context__");
getter!(get_dict, "__dict__");
getter!(get_value, "value");
getter!(get_code, "code");
getter!(get_errno, "errno");
getter!(get_strerror, "strerror");
getter!(get_filename, "filename");
getter!(get_filename2, "filename2");
getter!(get_msg, "msg");
getter!(get_lineno, "lineno");
getter!(get_offset, "offset");
getter!(get_text, "text");
getter!(get_end_lineno, "end_lineno");
getter!(get_end_offset, "end_offset");
getter!(get_pfl, "print_file_and_line");
getter!(get_name, "name");
getter!(get_path, "path");
getter!(get_obj, "obj");
getter!(get_encoding, "encoding");
getter!(get_object, "object");
getter!(get_start, "start");
getter!(get_end, "end");
getter!(get_reason, "reason");
getter!(get_message, "message");
getter!(get_exceptions, "exceptions");

const fn g(name: &'static str, func: crate::object::typeobj::NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Getter, doc: "" }
}
const fn m(name: &'static str, func: crate::object::typeobj::NativeFn, doc: &'static str) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method, doc }
}

static BASE_METHODS: &[MethodDef] = &[
    g("args", get_args),
    g("__traceback__", ga_traceback),
    g("__cause__", ga_cause),
    g("__context__", ga_context),
    g("__suppress_context__", get_suppress),
    g("__dict__", get_dict),
    m("with_traceback", meth_with_traceback, "Set self.__traceback__ to tb and return self."),
    m("add_note", meth_add_note, "Add a note to the exception"),
    m("__reduce__", meth_reduce, ""),
    m("__str__", meth_str, "Return str(self)."),
    m("__repr__", meth_repr, "Return repr(self)."),
];
static STOP_ITERATION_METHODS: &[MethodDef] = &[g("value", get_value)];
static SYSTEM_EXIT_METHODS: &[MethodDef] = &[g("code", get_code)];
static OS_ERROR_METHODS: &[MethodDef] = &[
    g("errno", get_errno),
    g("strerror", get_strerror),
    g("filename", get_filename),
    g("filename2", get_filename2),
];
static SYNTAX_ERROR_METHODS: &[MethodDef] = &[
    g("msg", get_msg),
    g("filename", get_filename),
    g("lineno", get_lineno),
    g("offset", get_offset),
    g("text", get_text),
    g("end_lineno", get_end_lineno),
    g("end_offset", get_end_offset),
    g("print_file_and_line", get_pfl),
];
static IMPORT_ERROR_METHODS: &[MethodDef] = &[g("msg", get_msg), g("name", get_name), g("path", get_path)];
static ATTRIBUTE_ERROR_METHODS: &[MethodDef] = &[g("name", get_name), g("obj", get_obj)];
static NAME_ERROR_METHODS: &[MethodDef] = &[g("name", get_name)];
static UNICODE_ERROR_METHODS: &[MethodDef] = &[
    g("encoding", get_encoding),
    g("object", get_object),
    g("start", get_start),
    g("end", get_end),
    g("reason", get_reason),
];
static GROUP_METHODS: &[MethodDef] = &[
    g("message", get_message),
    g("exceptions", get_exceptions),
    m("derive", meth_derive, ""),
    m("split", meth_split, ""),
    m("subgroup", meth_subgroup, ""),
];

fn meth_with_traceback(v: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    exc_setattr(v, &pystr::intern("__traceback__"), Some(&args[0]))?;
    Ok(v.clone())
}

fn meth_add_note(v: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    if !pystr::is_str(&args[0]) {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", args[0].ty().name)));
    }
    add_note(v, args[0].clone())?;
    Ok(Value::none())
}

/// `exc.add_note(note)`: appends to `__notes__`, creating the list.
pub fn add_note(v: &Value, note: Value) -> PyResult<()> {
    let key = pystr::intern("__notes__");
    let notes = match ops::getattr(v, &key) {
        Ok(n) => n,
        Err(e) if e.matches(ExcKind::AttributeError) => {
            let l = crate::object::list::new_list(vec![]);
            ops::setattr(v, &key, Some(&l))?;
            l
        }
        Err(e) => return Err(e),
    };
    if notes.downcast::<crate::object::list::PyList>().is_none() {
        return Err(PyErr::type_error("Cannot add note: __notes__ is not a list"));
    }
    crate::object::list::append(&notes, note);
    Ok(())
}

fn meth_reduce(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let args = payload(v).map(|p| p.args()).unwrap_or_else(|| tuple::new_tuple(vec![]));
    Ok(tuple::new_tuple(vec![type_value(v.ty()), args]))
}
fn meth_str(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    exc_str(v)
}
fn meth_repr(v: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    exc_repr(v)
}

// ---------------------------------------------------------------------------
// exception groups
// ---------------------------------------------------------------------------

fn group_new(cls: &PyType, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, excs) = (&args[0], &args[1]);
    if !pystr::is_str(message) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name
        )));
    }
    let is_seq = excs.ty().slots.getitem.is_some()
        && excs.ty().slots.len.is_some()
        && crate::object::dict::core(excs).is_none()
        && !pystr::is_str(excs);
    if !is_seq {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    }
    let items = ops::collect(excs)?;
    if items.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if !is_exception(e) {
            return Err(PyErr::value_error(format!("Item {} of second argument (exceptions) is not an exception", i)));
        }
        if !e.ty().is_subtype(&EXCEPTION_TYPE) {
            all_exceptions = false;
        }
    }
    let mut ty = cls;
    if core::ptr::eq(cls, &BASE_EXCEPTION_GROUP_TYPE) {
        if all_exceptions {
            ty = &EXCEPTION_GROUP_TYPE;
        }
    } else if core::ptr::eq(cls, &EXCEPTION_GROUP_TYPE) {
        if !all_exceptions {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exceptions && cls.is_subtype(&EXCEPTION_TYPE) {
        return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name)));
    }
    let v = alloc_raw(ty, vec![message.clone(), excs.clone()]);
    let p = payload(&v).unwrap();
    p.set_field("message", message.clone());
    p.set_field("exceptions", tuple::new_tuple(items));
    Ok(v)
}

/// `ExceptionGroup(message, excs)` / `BaseExceptionGroup(...)` from native
/// code (except* builds its groups with this).
pub fn new_group(message: &str, excs: Vec<Value>) -> PyResult<Value> {
    group_new(&BASE_EXCEPTION_GROUP_TYPE, &[s(message), crate::object::list::new_list(excs)])
}

/// The group `except*` wraps a naked exception in: its `exceptions`
/// argument is a 1-tuple, as CPython's repr shows.
pub fn wrap_in_group(e: &Value) -> PyResult<Value> {
    group_new(&BASE_EXCEPTION_GROUP_TYPE, &[s(""), tuple::new_tuple(vec![e.clone()])])
}

/// The sub-exceptions of a group, `None` for other exceptions.
pub fn group_exceptions(v: &Value) -> Option<Vec<Value>> {
    if !exc_is_subtype(v.ty(), &BASE_EXCEPTION_GROUP_TYPE) {
        return None;
    }
    let e = payload(v)?.field("exceptions")?;
    tuple::items(&e).map(|x| x.to_vec())
}

fn meth_derive(v: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("derive() takes exactly one argument ({} given)", args.len())));
    }
    let msg = payload(v).and_then(|p| p.field("message")).unwrap_or_else(|| s(""));
    group_new(&BASE_EXCEPTION_GROUP_TYPE, &[msg, args[0].clone()])
}

enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(spec: &Value) -> PyResult<Matcher> {
    let bad = || {
        PyErr::type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)")
    };
    if let Some(t) = spec.as_type() {
        if t.is_subtype(&BASE_EXCEPTION_TYPE) {
            return Ok(Matcher::Types(spec.clone()));
        }
        return Err(bad());
    }
    if let Some(items) = tuple::items(spec) {
        if items.iter().all(|t| t.as_type().is_some_and(|t| t.is_subtype(&BASE_EXCEPTION_TYPE))) {
            return Ok(Matcher::Types(spec.clone()));
        }
        return Err(bad());
    }
    if spec.ty().slots.call.is_some() {
        return Ok(Matcher::Predicate(spec.clone()));
    }
    Err(bad())
}

fn matcher_test(m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => matches(e, t),
        Matcher::Predicate(f) => ops::is_true(&ops::call(f, core::slice::from_ref(e), None)?),
    }
}

/// `eg.derive(excs)` through attribute lookup (a subclass may override it).
fn call_derive(eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let l = crate::object::list::new_list(excs);
    let r = if builtin_kind_of(eg.ty()).is_some() {
        meth_derive(eg, &[l], None)?
    } else {
        let d = ops::getattr(eg, &pystr::intern("derive"))?;
        ops::call(&d, &[l], None)?
    };
    if !is_exception(&r) || !exc_is_subtype(r.ty(), &BASE_EXCEPTION_GROUP_TYPE) {
        return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup"));
    }
    // Copy traceback, cause, context and notes onto the derived group.
    if let (Some(src), Some(dst)) = (payload(eg), payload(&r)) {
        let (tb, cause, ctx, sup) = {
            let st = src.state.lock();
            (st.traceback.clone(), st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        let mut st = dst.state.lock();
        st.traceback = tb;
        st.cause = cause;
        st.context = ctx;
        st.suppress_context = sup;
    }
    if let Ok(notes) = ops::getattr(eg, &pystr::intern("__notes__")) {
        let copy = crate::object::list::new_list(ops::collect(&notes).unwrap_or_default());
        let _ = ops::setattr(&r, &pystr::intern("__notes__"), Some(&copy));
    }
    Ok(r)
}

/// (match, rest) of CPython's `exceptiongroup_split_recursive`.
fn split_rec(e: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher_test(m, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some(subs) = group_exceptions(e) else {
        return Ok((None, if want_rest { Some(e.clone()) } else { None }));
    };
    let mut ms = Vec::new();
    let mut rs = Vec::new();
    for sub in subs {
        let (a, b) = split_rec(&sub, m, want_rest)?;
        ms.extend(a);
        rs.extend(b);
    }
    let mo = if ms.is_empty() { None } else { Some(call_derive(e, ms)?) };
    let ro = if !want_rest || rs.is_empty() { None } else { Some(call_derive(e, rs)?) };
    Ok((mo, ro))
}

/// `eg.split(spec)` as native values.
pub fn group_split(eg: &Value, spec: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let m = matcher(spec)?;
    split_rec(eg, &m, true)
}

fn meth_split(v: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("split() takes exactly one argument ({} given)", args.len())));
    }
    let (a, b) = group_split(v, &args[0])?;
    Ok(tuple::new_tuple(vec![a.unwrap_or_else(Value::none), b.unwrap_or_else(Value::none)]))
}

fn meth_subgroup(v: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("subgroup() takes exactly one argument ({} given)", args.len())));
    }
    let m = matcher(&args[0])?;
    Ok(split_rec(v, &m, false)?.0.unwrap_or_else(Value::none))
}

// ---------------------------------------------------------------------------
// VM helpers
// ---------------------------------------------------------------------------

/// `CHECK_EXC_MATCH`: is `exc` an instance of `spec` (a class or a tuple
/// of classes)?
pub fn matches(exc: &Value, spec: &Value) -> PyResult<bool> {
    let bad = || PyErr::type_error("catching classes that do not inherit from BaseException is not allowed");
    if let Some(items) = tuple::items(spec) {
        for t in items {
            match t.as_type() {
                Some(t) if t.is_subtype(&BASE_EXCEPTION_TYPE) => {}
                _ => return Err(bad()),
            }
        }
        return Ok(items.iter().any(|t| exc_is_subtype(exc.ty(), t.as_type().unwrap())));
    }
    match spec.as_type() {
        Some(t) if t.is_subtype(&BASE_EXCEPTION_TYPE) => Ok(exc_is_subtype(exc.ty(), t)),
        _ => Err(bad()),
    }
}

/// Prepends a traceback entry for (code, lasti, lineno) to `exc`'s
/// `__traceback__` (called as the exception leaves each frame).
pub fn add_traceback(exc: &Value, code: &Value, lasti: u32, lineno: u32) {
    let Some(p) = payload(exc) else { return };
    let mut st = p.state.lock();
    let next = st.traceback.take();
    st.traceback = Some(crate::object::traceback::new_traceback(next, code.clone(), lasti, lineno));
}

/// `exc.__context__ = ctx` (ignored when it would make a cycle of length
/// one, as CPython).
pub fn set_context(exc: &Value, ctx: Option<Value>) {
    if let Some(c) = &ctx {
        if c.is(exc) {
            return;
        }
    }
    if let Some(p) = payload(exc) {
        let old = core::mem::replace(&mut p.state.lock().context, ctx);
        drop(old);
    }
}

/// `raise exc from cause`: sets `__cause__` and `__suppress_context__`.
pub fn set_cause(exc: &Value, cause: Option<Value>) {
    if let Some(p) = payload(exc) {
        let mut st = p.state.lock();
        st.suppress_context = true;
        let old = core::mem::replace(&mut st.cause, cause);
        drop(st);
        drop(old);
    }
}

/// Implicit chaining as the eval loop does on raise: sets `exc.__context__`
/// to the exception being handled, breaking any cycle through the chain
/// (CPython's `_PyErr_SetObject` loop).
pub fn chain_context(exc: &Value, handling: &Value) {
    if exc.is(handling) {
        return;
    }
    // Walk handling's context chain; cut it where it reaches exc. A cycle
    // not through exc ends the walk (Floyd: `slow` moves every other step).
    let mut o = handling.clone();
    let mut slow = handling.clone();
    let mut step = false;
    while let Some(p) = payload(&o) {
        let next = p.state.lock().context.clone();
        let Some(n) = next else { break };
        if n.is(exc) {
            let old = p.state.lock().context.take();
            drop(old);
            break;
        }
        o = n;
        if o.is(&slow) {
            break;
        }
        if step {
            slow = get_context(&slow).unwrap_or_else(|| o.clone());
        }
        step = !step;
    }
    set_context(exc, Some(handling.clone()));
}

pub fn get_traceback(exc: &Value) -> Option<Value> {
    payload(exc).and_then(|p| p.state.lock().traceback.clone())
}
pub fn get_cause(exc: &Value) -> Option<Value> {
    payload(exc).and_then(|p| p.state.lock().cause.clone())
}
pub fn get_context(exc: &Value) -> Option<Value> {
    payload(exc).and_then(|p| p.state.lock().context.clone())
}
pub fn suppress_context(exc: &Value) -> bool {
    payload(exc).map(|p| p.state.lock().suppress_context).unwrap_or(false)
}

// ---------------------------------------------------------------------------
// traceback printing
// ---------------------------------------------------------------------------

type SourceLines = Option<Arc<Vec<String>>>;

fn source_cache() -> &'static Mutex<HashMap<String, SourceLines>> {
    static CACHE: OnceLock<Mutex<HashMap<String, SourceLines>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The cache key of `filename`: pseudo-files (`<string>`, `<stdin>`) are
/// per interpreter, as CPython's `linecache` is (each interpreter has its
/// own), so code run in one subinterpreter never shows another's lines;
/// real files are shared.
fn source_key(filename: &str) -> String {
    if filename.starts_with('<') && filename.ends_with('>') {
        let id = crate::vm::interp::interp().id;
        if id != 0 {
            return format!("{}\0{}", id, filename);
        }
    }
    filename.to_string()
}

/// Registers source text for a filename (`-c` code, the REPL, tests), so
/// tracebacks can show its lines without reading a file.
pub fn register_source(filename: &str, text: &str) {
    let lines: Vec<String> = text.lines().map(|l| l.to_string()).collect();
    source_cache().lock().insert(source_key(filename), Some(Arc::new(lines)));
}

/// Drops the pseudo-file sources registered by interpreter `id` (called
/// when it closes, so creating and closing interpreters keeps no text).
pub fn forget_sources_of(id: i64) {
    let prefix = format!("{}\0", id);
    source_cache().lock().retain(|k, _| !k.starts_with(&prefix));
}

/// Line `lineno` (1-based) of `filename`, read lazily and cached.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let key = source_key(filename);
    let lines = {
        let cached = source_cache().lock().get(&key).cloned();
        match cached {
            Some(l) => l,
            None => {
                let l = if filename.starts_with('<') && filename.ends_with('>') {
                    None
                } else {
                    std::fs::read(filename)
                        .ok()
                        .map(|b| Arc::new(String::from_utf8_lossy(&b).lines().map(|l| l.to_string()).collect()))
                };
                source_cache().lock().insert(key, l.clone());
                l
            }
        }
    };
    lines.and_then(|l| l.get(lineno as usize - 1).cloned())
}

/// The displayed class name: qualname, prefixed with the module unless it
/// is `builtins` or `__main__`.
pub fn type_display_name(ty: &PyType) -> String {
    if builtin_kind_of(ty).is_some() || !ty.is_heap() {
        return ty.name.to_string();
    }
    let qual = crate::object::class::qualname(ty);
    let qual = if pystr::is_str(&qual) { pystr::to_rust_string(&qual) } else { ty.name.to_string() };
    match crate::object::attr::type_lookup(ty, "__module__") {
        Some(m) if pystr::is_str(&m) => {
            let m = pystr::to_rust_string(&m);
            if m == "builtins" || m == "__main__" {
                qual
            } else {
                format!("{}.{}", m, qual)
            }
        }
        _ => qual,
    }
}

fn safe_str(v: &Value, what: &str) -> String {
    match ops::str_string(v) {
        Ok(s) => s,
        Err(_) => format!("<{} str() failed>", what),
    }
}

/// The last part of a traceback: `Type: message`, the SyntaxError
/// location lines, then the notes (each ending in a newline).
pub fn format_exception_only(exc: &Value) -> String {
    let stype = type_display_name(exc.ty());
    let mut out = String::new();
    if family(exc.ty()) == Family::SyntaxError {
        out.push_str(&format_syntax_error(exc, &stype));
    } else {
        let mut value = safe_str(exc, "exception");
        if let Some(sfx) = suggestion_suffix(exc) {
            value.push_str(&sfx);
        }
        if value.is_empty() {
            out.push_str(&stype);
        } else {
            out.push_str(&stype);
            out.push_str(": ");
            out.push_str(&value);
        }
        out.push('\n');
    }
    if let Ok(notes) = ops::getattr(exc, &pystr::intern("__notes__")) {
        let seq = notes.downcast::<crate::object::list::PyList>().is_some() || tuple::items(&notes).is_some();
        if seq {
            for n in ops::collect(&notes).unwrap_or_default() {
                let t = safe_str(&n, "note");
                for l in t.split('\n') {
                    out.push_str(l);
                    out.push('\n');
                }
            }
        } else {
            let r = ops::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}

fn format_syntax_error(exc: &Value, stype: &str) -> String {
    let p = payload(exc).unwrap();
    let get_str = |n: &str| p.field(n).filter(pystr::is_str).map(|x| pystr::to_rust_string(&x));
    let get_int = |n: &str| p.field(n).and_then(|x| crate::object::int::to_i64(&x));
    let mut out = String::new();
    let filename = get_str("filename");
    let lineno = get_int("lineno");
    let mut suffix = String::new();
    if let Some(l) = lineno {
        out.push_str(&format!("  File \"{}\", line {}\n", filename.as_deref().unwrap_or("<string>"), l));
    } else if let Some(f) = &filename {
        suffix = format!(" ({})", f);
    }
    if let (Some(text), Some(_)) = (get_str("text"), lineno) {
        let rtext = text.trim_end_matches(['\n', '\r', ' ', '\x0c']);
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str("    ");
        out.push_str(ltext);
        out.push('\n');
        if let Some(offset) = get_int("offset") {
            let end_lineno = get_int("end_lineno");
            let mut end_offset = get_int("end_offset").unwrap_or(0);
            if end_lineno.is_some() && end_lineno != lineno {
                end_offset = rtext.chars().count() as i64 + 1;
            }
            let end_offset = if end_offset == 0 { offset } else { end_offset };
            let mut colno = offset - 1 - spaces as i64;
            let mut end_colno = end_offset - 1 - spaces as i64;
            if end_colno <= colno {
                end_colno = colno + 1;
            }
            if colno >= 0 {
                colno = colno.max(0);
                let caretspace: String =
                    ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
                out.push_str("    ");
                out.push_str(&caretspace);
                out.push_str(&"^".repeat((end_colno - colno) as usize));
                out.push('\n');
            }
        }
    }
    let msg = p.field("msg").map(|m| safe_str(&m, "exception")).unwrap_or_else(|| "<no detail available>".into());
    out.push_str(&format!("{}: {}{}\n", stype, msg, suffix));
    out
}

struct FrameLine {
    filename: String,
    lineno: u32,
    name: String,
    /// (end line, UTF-8 byte column, end column) of the instruction when
    /// it starts on `lineno`.
    cols: Option<(u32, u32, u32)>,
}

fn frames_of(exc: &Value) -> Vec<FrameLine> {
    let mut out = Vec::new();
    let mut tb = get_traceback(exc);
    while let Some(t) = tb {
        let Some(e) = t.downcast::<crate::object::traceback::PyTraceback>() else { break };
        let (filename, name, cols) = match e.code.downcast::<crate::bytecode::code::CodeObject>() {
            Some(c) => {
                let loc = c.location(e.lasti);
                let cols = (loc.line == e.lineno && loc.end_line >= e.lineno && loc.end_line - e.lineno < 1000)
                    .then_some((loc.end_line, loc.col, loc.end_col));
                (pystr::to_rust_string(&c.filename), pystr::to_rust_string(&c.name), cols)
            }
            None => ("<unknown>".to_string(), "<unknown>".to_string(), None),
        };
        out.push(FrameLine { filename, lineno: e.lineno, name, cols });
        tb = e.next.clone();
    }
    out
}

/// Char index of a UTF-8 byte offset in `s` (clamped).
fn char_index(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    let mut b = byte;
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// Anchors of a caret line: (left_end_line, left_end_col, right_start_line,
/// right_start_col) in char positions of the segment's lines.
type Anchors = (usize, usize, usize, usize);

/// traceback.py's `_extract_caret_anchors_from_line_segment`: where the
/// `^` part is for a binary operator, a subscript's brackets or a call's
/// parentheses.
fn caret_anchors(segment: &str) -> Option<Anchors> {
    use ruff_python_ast::Expr;
    use ruff_text_size::Ranged;
    let wrapped = format!("(\n{}\n)", segment);
    let parsed = ruff_python_parser::parse_expression(&wrapped).ok()?;
    let lines: Vec<Vec<char>> = segment.split('\n').map(|l| l.chars().collect()).collect();
    let text_lines: Vec<&str> = segment.split('\n').collect();
    let mut starts = vec![0usize];
    for l in &text_lines {
        starts.push(starts.last().unwrap() + l.len() + 1);
    }
    // Byte offset in `wrapped` -> (line, char col) in the segment.
    let pos = |b: ruff_text_size::TextSize| -> Option<(usize, usize)> {
        let b = (u32::from(b) as usize).checked_sub(2)?;
        let line = starts.iter().rposition(|s| *s <= b)?.min(text_lines.len() - 1);
        Some((line, char_index(text_lines[line], b - starts[line])))
    };
    let next_valid = |mut l: usize, mut c: usize| -> Option<(usize, usize)> {
        while l < lines.len() && c >= lines[l].len() {
            c = 0;
            l += 1;
        }
        (l < lines.len()).then_some((l, c))
    };
    let until = |p: (usize, usize), stop: &dyn Fn(char) -> bool| -> Option<(usize, usize)> {
        let (mut l, mut c) = next_valid(p.0, p.1)?;
        loop {
            let ch = lines[l][c];
            if ch == '\\' || ch == '#' {
                (l, c) = next_valid(l + 1, 0)?;
            } else if !stop(ch) {
                (l, c) = next_valid(l, c + 1)?;
            } else {
                return Some((l, c));
            }
        }
    };
    match parsed.expr() {
        Expr::BinOp(b) => {
            let (l, c) = until(pos(b.left.range().end())?, &|ch: char| !ch.is_whitespace() && ch != ')')?;
            let mut right = c + 1;
            let (rl, rc) = pos(b.right.range().start())?;
            if right < lines[l].len() && (rl > l || right < rc) {
                let ch = lines[l][right];
                if !ch.is_whitespace() && ch != '\\' && ch != '#' {
                    right += 1;
                }
            }
            Some((l, c, l, right))
        }
        Expr::Subscript(s) => {
            let (l, c) = until(pos(s.value.range().end())?, &|ch: char| ch == '[')?;
            let (rl, rc) = pos(s.range().end())?;
            Some((l, c, rl, rc))
        }
        Expr::Call(call) => {
            let (l, c) = until(pos(call.func.range().end())?, &|ch: char| ch == '(')?;
            let (rl, rc) = pos(call.range().end())?;
            Some((l, c, rl, rc))
        }
        _ => None,
    }
}

/// traceback.py's `_should_show_carets`.
fn should_show_carets(start: usize, end: usize, lines: &[String], anchors: Option<Anchors>) -> bool {
    if let Ok(m) = ruff_python_parser::parse_module(&lines.join("\n")) {
        use ruff_python_ast::{Expr, Stmt};
        use ruff_text_size::Ranged;
        let body = &m.syntax().body;
        if body.is_empty() {
            return false;
        }
        let call = match &body[0] {
            Stmt::Return(r) => match r.value.as_deref() {
                Some(Expr::Call(c)) if matches!(&*c.func, Expr::Name(_)) => Some(c.range()),
                _ => None,
            },
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => match &*a.value {
                Expr::Call(c) => Some(c.range()),
                _ => None,
            },
            _ => None,
        };
        if let Some(r) = call {
            // Does the call span exactly [start, end) over all the lines?
            let joined = lines.join("\n");
            let (s, e) = (u32::from(r.start()) as usize, u32::from(r.end()) as usize);
            let first_len = lines[0].len();
            let last_start = joined.len() - lines[lines.len() - 1].len();
            let starts_ok = s <= first_len && char_index(&lines[0], s) == start;
            let ends_ok = e >= last_start && char_index(&lines[lines.len() - 1], e - last_start) == end;
            if starts_ok && ends_ok {
                return false;
            }
        }
    }
    if anchors.is_some() {
        return true;
    }
    let first: String = lines[0].chars().take(start).collect();
    let last: String = lines[lines.len() - 1].chars().skip(end).collect();
    !first.trim_start().is_empty() || !last.trim_end().is_empty()
}

/// Common leading whitespace of the non-blank lines (textwrap.dedent).
fn dedent_width(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.chars().take_while(|c| *c == ' ' || *c == '\t').count())
        .min()
        .unwrap_or(0)
}

/// The source lines (and caret lines) CPython 3.13 prints for an
/// instruction spanning `raw` (lines lineno..=end_lineno) from UTF-8 byte
/// column `col` of the first to `end_col` of the last, without the
/// 4-space frame indent. Wide characters count as one column.
fn render_source(raw: &[String], col: u32, end_col: u32) -> Vec<String> {
    let raw: Vec<&str> = raw.iter().map(|l| l.trim_end_matches(['\n', '\r'])).collect();
    let n = raw.len();
    let d = dedent_width(&raw);
    let all: Vec<String> = raw
        .iter()
        .map(|l| if l.trim().is_empty() { String::new() } else { l.chars().skip(d).collect::<String>().trim_end().to_string() })
        .collect();
    let start = char_index(raw[0], col as usize).saturating_sub(d);
    let end = char_index(raw[n - 1], end_col as usize).saturating_sub(d);
    let lens: Vec<usize> = all.iter().map(|l| l.chars().count()).collect();
    if (n == 1 && start >= end) || end > lens[n - 1] || start > lens[0] {
        return vec![all[0].trim_start().to_string()];
    }
    let joined = all.join("\n");
    let jchars: Vec<char> = joined.chars().collect();
    let seg_end = jchars.len() - (lens[n - 1] - end);
    let segment: String = jchars[start.min(seg_end)..seg_end].iter().collect();
    let anchors = caret_anchors(&segment).map(|(ll, lc, rl, rc)| {
        (ll, if ll == 0 { lc + start } else { lc }, rl, if rl == 0 { rc + start } else { rc })
    });
    let show = should_show_carets(start, end, &all, anchors);
    let mut significant: Vec<usize> = vec![0, n - 1];
    if let Some((ll, _, rl, _)) = anchors {
        for x in [ll, rl] {
            for y in x.saturating_sub(1)..=x + 1 {
                significant.push(y);
            }
        }
    }
    significant.retain(|x| *x < n);
    significant.sort_unstable();
    significant.dedup();
    let mut out = Vec::new();
    let emit = |i: usize, out: &mut Vec<String>| {
        out.push(all[i].clone());
        if !show {
            return;
        }
        let spaces = all[i].chars().take_while(|c| c.is_whitespace()).count();
        let ncar = if i == n - 1 { end } else { lens[i] };
        let mut c = String::new();
        for col in 0..ncar {
            let ch = if col < spaces || (i == 0 && col < start) {
                ' '
            } else if let Some((ll, lc, rl, rc)) = anchors {
                let after_left = i > ll || (i == ll && col >= lc);
                let before_right = i < rl || (i == rl && col < rc);
                if after_left && before_right {
                    '^'
                } else {
                    '~'
                }
            } else {
                '^'
            };
            c.push(ch);
        }
        out.push(c);
    };
    for (k, &i) in significant.iter().enumerate() {
        if k > 0 {
            let diff = i - significant[k - 1];
            if diff == 2 {
                emit(i - 1, &mut out);
            } else if diff > 2 {
                out.push(format!("...<{} lines>...", diff - 1));
            }
        }
        emit(i, &mut out);
    }
    // textwrap.dedent of the whole block.
    let refs: Vec<&str> = out.iter().map(|s| s.as_str()).collect();
    let w = dedent_width(&refs);
    out.iter().map(|l| if l.trim().is_empty() { String::new() } else { l.chars().skip(w).collect() }).collect()
}

/// The caret line under a one-line instruction (None when 3.13 prints
/// none).
#[cfg(test)]
fn caret_line(raw: &str, col: u32, end_col: u32) -> Option<String> {
    render_source(&[raw.to_string()], col, end_col).get(1).cloned()
}

const RECURSIVE_CUTOFF: usize = 3;

fn format_stack(frames: &[FrameLine]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut String, count: usize| {
        if count > RECURSIVE_CUTOFF {
            let c = count - RECURSIVE_CUTOFF;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", c, if c > 1 { "s" } else { "" }));
        }
    };
    for f in frames {
        let key = (f.filename.as_str(), f.lineno, f.name.as_str());
        if last != Some(key) {
            repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let line = if f.lineno == 0 { "None".to_string() } else { f.lineno.to_string() };
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", f.filename, line, f.name));
        if let Some(src) = source_line(&f.filename, f.lineno) {
            let t = src.trim_matches([' ', '\t', '\x0c', '\n', '\r']);
            if !t.is_empty() {
                let block = f.cols.and_then(|(end_line, a, b)| {
                    let raw: Option<Vec<String>> = (f.lineno..=end_line).map(|l| source_line(&f.filename, l)).collect();
                    raw.map(|r| render_source(&r, a, b))
                });
                match block {
                    Some(lines) => {
                        for l in lines {
                            out.push_str("    ");
                            out.push_str(&l);
                            out.push('\n');
                        }
                    }
                    None => {
                        out.push_str("    ");
                        out.push_str(t);
                        out.push('\n');
                    }
                }
            }
        }
    }
    repeated(&mut out, count);
    out
}

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// One node of traceback.py's `TracebackException` tree: an exception
/// with the cause/context/sub-exceptions that will be printed for it.
struct TeNode {
    exc: Value,
    suppress: bool,
    cause: Option<usize>,
    context: Option<usize>,
    exceptions: Option<Vec<usize>>,
}

/// Builds the tree as `TracebackException.__init__` does: one seen-set, a
/// LIFO work list; a cause or context already seen is dropped (that is
/// how cycles end), sub-exceptions are always included.
fn build_tree(root: &Value) -> Vec<TeNode> {
    let node = |e: &Value| TeNode { exc: e.clone(), suppress: suppress_context(e), cause: None, context: None, exceptions: None };
    let mut seen: Vec<usize> = vec![root.raw()];
    let mut nodes = vec![node(root)];
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let e = nodes[i].exc.clone();
        let cause = match get_cause(&e) {
            Some(c) if !seen.contains(&c.raw()) => {
                seen.push(c.raw());
                nodes.push(node(&c));
                Some(nodes.len() - 1)
            }
            _ => None,
        };
        let need_context = cause.is_none() && !suppress_context(&e);
        let context = match get_context(&e) {
            Some(c) if need_context && !seen.contains(&c.raw()) => {
                seen.push(c.raw());
                nodes.push(node(&c));
                Some(nodes.len() - 1)
            }
            _ => None,
        };
        let exceptions = group_exceptions(&e).map(|subs| {
            subs.iter()
                .map(|s| {
                    seen.push(s.raw());
                    nodes.push(node(s));
                    nodes.len() - 1
                })
                .collect::<Vec<usize>>()
        });
        nodes[i].cause = cause;
        nodes[i].context = context;
        nodes[i].exceptions = exceptions.clone();
        work.extend(cause);
        work.extend(context);
        if let Some(x) = exceptions {
            work.extend(x);
        }
    }
    nodes
}

struct PrintCtx {
    depth: usize,
    need_close: bool,
    out: String,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn emit(&mut self, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

/// `TracebackException.format` over the tree.
fn format_node(nodes: &[TeNode], root: usize, ctx: &mut PrintCtx) {
    // The chain, newest first, each with the message that precedes it.
    let mut chain: Vec<(Option<&'static str>, usize)> = Vec::new();
    let mut cur = Some(root);
    while let Some(i) = cur {
        let n = &nodes[i];
        let next = if let Some(c) = n.cause {
            Some((CAUSE_MESSAGE, c))
        } else if let (Some(c), false) = (n.context, n.suppress) {
            Some((CONTEXT_MESSAGE, c))
        } else {
            None
        };
        chain.push((next.map(|(m, _)| m), i));
        cur = next.map(|(_, c)| c);
    }
    for (msg, i) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, None);
        }
        let e = &nodes[i].exc;
        let frames = frames_of(e);
        match &nodes[i].exceptions {
            None => {
                if !frames.is_empty() {
                    ctx.emit("Traceback (most recent call last):\n", None);
                    ctx.emit(&format_stack(&frames), None);
                }
                ctx.emit(&format_exception_only(e), None);
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                ctx.emit(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH), None);
            }
            Some(subs) => {
                let toplevel = ctx.depth == 0;
                if toplevel {
                    ctx.depth += 1;
                }
                if !frames.is_empty() {
                    ctx.emit(
                        "Exception Group Traceback (most recent call last):\n",
                        if toplevel { Some('+') } else { None },
                    );
                    ctx.emit(&format_stack(&frames), None);
                }
                ctx.emit(&format_exception_only(e), None);
                let num = subs.len();
                let n = if num <= MAX_GROUP_WIDTH { num } else { MAX_GROUP_WIDTH + 1 };
                ctx.need_close = false;
                #[allow(clippy::needless_range_loop)]
                for k in 0..n {
                    let last = k == n - 1;
                    if last {
                        ctx.need_close = true;
                    }
                    let truncated = k >= MAX_GROUP_WIDTH;
                    let title = if truncated { "...".to_string() } else { (k + 1).to_string() };
                    let line = format!(
                        "{}{}+---------------- {} ----------------\n",
                        ctx.indent(),
                        if k == 0 { "+-" } else { "  " },
                        title
                    );
                    ctx.out.push_str(&line);
                    ctx.depth += 1;
                    if !truncated {
                        format_node(nodes, subs[k], ctx);
                    } else {
                        let remaining = num - MAX_GROUP_WIDTH;
                        ctx.emit(
                            &format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }),
                            None,
                        );
                    }
                    if last && ctx.need_close {
                        let line = format!("{}+------------------------------------\n", ctx.indent());
                        ctx.out.push_str(&line);
                        ctx.need_close = false;
                    }
                    ctx.depth -= 1;
                }
                if toplevel {
                    ctx.depth = 0;
                }
            }
        }
    }
}

/// CPython 3.13's printed traceback of an exception (what an uncaught
/// exception writes to stderr), with chaining and exception groups.
pub fn format_exception(exc: &Value) -> String {
    let nodes = build_tree(exc);
    let mut ctx = PrintCtx { depth: 0, need_close: false, out: String::new() };
    format_node(&nodes, 0, &mut ctx);
    ctx.out
}

// ---------------------------------------------------------------------------
// "Did you mean" suggestions (traceback.py's _compute_suggestion_error)
// ---------------------------------------------------------------------------

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's bounded Levenshtein distance (moves cost 2, case changes 1).
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        core::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(*bc, *ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `wrong`, if close enough.
pub fn suggest(candidates: &[String], wrong: &str) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wlen = wrong.chars().count();
    if wlen > MAX_STRING_SIZE {
        return None;
    }
    let mut best = wlen;
    let mut suggestion: Option<&String> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = ((c.chars().count() + wlen + 3) * MOVE_COST / 6).min(best.saturating_sub(1));
        let d = levenshtein(wrong, c, max);
        if d > max {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(c);
            best = d;
        }
    }
    suggestion.cloned()
}

/// An AttributeError carrying `name` and `obj` (tracebacks add CPython's
/// "Did you mean: 'x'?" from `dir(obj)`).
pub fn attribute_error(obj: &Value, name: &Value, msg: impl Into<String>) -> PyErr {
    let v = alloc_raw(&ATTRIBUTE_ERROR_TYPE, vec![s(&msg.into())]);
    let p = payload(&v).expect("exception");
    p.set_field("name", name.clone());
    p.set_field("obj", obj.clone());
    PyErr::from_value(v)
}

/// An ImportError (or ModuleNotFoundError when `not_found`) carrying the
/// module `name`, when known the `path` it was looked for in, and for
/// `from m import x` the missing `name_from`, as CPython's import system
/// fills them.
pub fn import_error(not_found: bool, msg: impl Into<String>, name: &str, path: Option<Value>, name_from: Option<Value>) -> PyErr {
    let ty = if not_found { &MODULE_NOT_FOUND_ERROR_TYPE } else { &IMPORT_ERROR_TYPE };
    let v = alloc_raw(ty, vec![s(&msg.into())]);
    let p = payload(&v).expect("exception");
    p.set_field("name", s(name));
    if let Some(path) = path {
        p.set_field("path", path);
    }
    if let Some(n) = name_from {
        p.set_field("name_from", n);
    }
    PyErr::from_value(v)
}

/// A NameError carrying `name`; `candidates` are the names visible where
/// it was raised (locals, globals, builtins), for the traceback's
/// suggestion (computed now: weft's tracebacks have no frames to consult).
pub fn name_error(name: &Value, msg: impl Into<String>, candidates: &[String]) -> PyErr {
    let v = alloc_raw(&NAME_ERROR_TYPE, vec![s(&msg.into())]);
    let p = payload(&v).expect("exception");
    p.set_field("name", name.clone());
    if pystr::is_str(name) {
        if let Some(sug) = suggest(candidates, &pystr::to_rust_string(name)) {
            p.set_field("__suggestion__", s(&sug));
        }
    }
    PyErr::from_value(v)
}

/// The suffix 3.13's traceback adds to the message of an AttributeError
/// or NameError (". Did you mean: 'x'?").
fn suggestion_suffix(exc: &Value) -> Option<String> {
    let p = payload(exc)?;
    match family(exc.ty()) {
        Family::AttributeError => {
            let name = p.field("name").filter(pystr::is_str)?;
            let obj = p.field("obj")?;
            let wrong = pystr::to_rust_string(&name);
            let hide = !wrong.starts_with('_');
            let d: Vec<String> = crate::object::attr::dir(&obj)
                .ok()?
                .iter()
                .filter(|x| pystr::is_str(x))
                .map(pystr::to_rust_string)
                .filter(|x| !hide || !x.starts_with('_'))
                .collect();
            suggest(&d, &wrong).map(|s| format!(". Did you mean: '{}'?", s))
        }
        Family::NameError => {
            let s = p.field("__suggestion__").filter(pystr::is_str)?;
            Some(format!(". Did you mean: '{}'?", pystr::to_rust_string(&s)))
        }
        _ => None,
    }
}

/// A SyntaxError (or IndentationError/TabError) instance as the compiler
/// reports it: `SyntaxError(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`.
#[allow(clippy::too_many_arguments)]
pub fn syntax_error(
    kind: ExcKind,
    msg: &str,
    filename: &str,
    lineno: u32,
    offset: u32,
    text: Option<&str>,
    end_lineno: u32,
    end_offset: u32,
) -> PyErr {
    let int = |i: u32| Value::from_i64(i as i64);
    let info = tuple::new_tuple(vec![
        s(filename),
        int(lineno),
        int(offset),
        text.map(s).unwrap_or_else(Value::none),
        int(end_lineno),
        int(end_offset),
    ]);
    let v = alloc_raw(exc_type(kind), vec![s(msg), info]);
    fill_fields(&v);
    PyErr::from_value(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_v(x: &str) -> Value {
        s(x)
    }
    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn make(kind: ExcKind, args: Vec<Value>) -> Value {
        make_kw(kind, args, &[])
    }
    fn make_kw(kind: ExcKind, mut args: Vec<Value>, kws: &[(&str, Value)]) -> Value {
        try_make(kind, &mut args, kws).unwrap()
    }
    fn try_make(kind: ExcKind, args: &mut Vec<Value>, kws: &[(&str, Value)]) -> PyResult<Value> {
        let t = type_value(exc_type(kind));
        let names = if kws.is_empty() {
            None
        } else {
            for (_, v) in kws {
                args.push(v.clone());
            }
            Some(tuple::new_tuple(kws.iter().map(|(k, _)| s(k)).collect()))
        };
        let v = exc_new(&t, args, names.as_ref())?;
        exc_init(&v, args, names.as_ref())?;
        Ok(v)
    }
    fn repr(v: &Value) -> String {
        ops::repr_string(v).unwrap()
    }
    fn strs(v: &Value) -> String {
        ops::str_string(v).unwrap()
    }
    fn attr(v: &Value, n: &str) -> Value {
        ops::getattr(v, &s(n)).unwrap()
    }
    fn err_text(r: PyResult<Value>) -> String {
        let e = r.unwrap_err();
        format!("{}: {}", e.kind.name(), e.msg)
    }

    #[test]
    fn reprs_and_strs() {
        // Pinned to CPython 3.13.0.
        let v = make(ExcKind::ValueError, vec![str_v("x")]);
        assert_eq!(repr(&v), "ValueError('x')");
        assert_eq!(strs(&v), "x");
        let k = make(ExcKind::KeyError, vec![str_v("a")]);
        assert_eq!(repr(&k), "KeyError('a')");
        assert_eq!(strs(&k), "'a'");
        assert_eq!(strs(&make(ExcKind::KeyError, vec![])), "");
        assert_eq!(strs(&make(ExcKind::KeyError, vec![int(1), int(2)])), "(1, 2)");
        assert_eq!(strs(&make(ExcKind::ValueError, vec![int(1), int(2)])), "(1, 2)");
        assert_eq!(repr(&make(ExcKind::ValueError, vec![])), "ValueError()");
        assert_eq!(repr(&make(ExcKind::ValueError, vec![int(1), str_v("a")])), "ValueError(1, 'a')");
        assert_eq!(strs(&make(ExcKind::ValueError, vec![])), "");
        assert_eq!(repr(&attr(&make(ExcKind::SystemExit, vec![int(1), int(2)]), "code")), "(1, 2)");
        assert_eq!(repr(&attr(&make(ExcKind::StopIteration, vec![int(1), int(2)]), "value")), "1");
        assert!(attr(&make(ExcKind::StopIteration, vec![]), "value").is_none());
        let ie = make_kw(ExcKind::ImportError, vec![str_v("m")], &[("name", str_v("x"))]);
        assert_eq!(strs(&ie), "m");
        assert_eq!(repr(&ie), "ImportError('m')");
        assert_eq!(repr(&attr(&ie, "name")), "'x'");
        assert_eq!(strs(&make(ExcKind::ImportError, vec![str_v("m"), str_v("n")])), "('m', 'n')");
        assert_eq!(strs(&make(ExcKind::ImportError, vec![])), "");
    }

    #[test]
    fn kwargs_errors() {
        let cases: &[(ExcKind, &str, &str)] = &[
            (ExcKind::ValueError, "x", "TypeError: ValueError() takes no keyword arguments"),
            (ExcKind::ImportError, "zz", "TypeError: ImportError() got an unexpected keyword argument 'zz'"),
            (ExcKind::AttributeError, "zz", "TypeError: AttributeError() got an unexpected keyword argument 'zz'"),
            (ExcKind::NameError, "zz", "TypeError: NameError() got an unexpected keyword argument 'zz'"),
        ];
        for (k, kw, want) in cases {
            assert_eq!(err_text(try_make(*k, &mut vec![str_v("a")], &[(kw, int(1))])), *want);
        }
    }

    #[test]
    fn os_error() {
        let e = make(ExcKind::OSError, vec![int(2), str_v("No such file"), str_v("f.txt")]);
        assert_eq!(strs(&e), "[Errno 2] No such file: 'f.txt'");
        assert_eq!(e.ty().name, "FileNotFoundError");
        assert_eq!(repr(&attr(&e, "args")), "(2, 'No such file')");
        let e = make(ExcKind::OSError, vec![int(2), str_v("x"), str_v("f"), str_v("w"), str_v("g")]);
        assert_eq!(strs(&e), "[Errno 2] x: 'f' -> 'g'");
        let e = make(ExcKind::OSError, vec![int(1), int(2), int(3), int(4), int(5), int(6)]);
        assert_eq!(repr(&attr(&e, "args")), "(1, 2, 3, 4, 5, 6)");
        assert_eq!(make(ExcKind::OSError, vec![int(99999), str_v("x")]).ty().name, "OSError");
        assert!(attr(&make(ExcKind::OSError, vec![str_v("x")]), "errno").is_none());
    }

    #[test]
    fn syntax_and_unicode_errors() {
        let info = tuple::new_tuple(vec![str_v("/a/b.py"), int(3), int(4), str_v("x y"), int(3), int(5)]);
        let e = make(ExcKind::SyntaxError, vec![str_v("bad"), info]);
        assert_eq!(strs(&e), "bad (b.py, line 3)");
        assert_eq!(repr(&attr(&e, "args")), "('bad', ('/a/b.py', 3, 4, 'x y', 3, 5))");
        let short = tuple::new_tuple(vec![int(1), int(2)]);
        assert_eq!(
            err_text(try_make(ExcKind::SyntaxError, &mut vec![str_v("bad"), short], &[])),
            "TypeError: function takes at least 4 arguments (2 given)"
        );
        let b = crate::object::bytes::new_bytes(b"\xff\xfe");
        let d = |end: i64, reason: &str| {
            make(ExcKind::UnicodeDecodeError, vec![str_v("utf-8"), b.clone(), int(0), int(end), str_v(reason)])
        };
        assert_eq!(strs(&d(1, "invalid start byte")), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assert_eq!(strs(&d(2, "invalid")), "'utf-8' codec can't decode bytes in position 0-1: invalid");
        let o = str_v("h\u{e9}\u{1234}");
        let en = |a: i64| {
            make(ExcKind::UnicodeEncodeError, vec![str_v("ascii"), o.clone(), int(a), int(a + 1), str_v("ordinal not in range(128)")])
        };
        assert_eq!(strs(&en(1)), "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
        assert_eq!(strs(&en(2)), "'ascii' codec can't encode character '\\u1234' in position 2: ordinal not in range(128)");
        let t = make(ExcKind::UnicodeTranslateError, vec![o.clone(), int(2), int(3), str_v("x")]);
        assert_eq!(strs(&t), "can't translate character '\\u1234' in position 2: x");
        assert_eq!(
            err_text(try_make(ExcKind::UnicodeDecodeError, &mut vec![str_v("x")], &[])),
            "TypeError: function takes exactly 5 arguments (1 given)"
        );
        // A native error's instance keeps the message as its only argument.
        let e = PyErr::new(ExcKind::UnicodeDecodeError, "boom").value();
        assert_eq!(strs(&e), "boom");
    }

    #[test]
    fn hierarchy() {
        use ExcKind::*;
        for (a, b, want) in [
            (ZeroDivisionError, ArithmeticError, true),
            (KeyError, LookupError, true),
            (IndexError, LookupError, true),
            (FileNotFoundError, OSError, true),
            (RecursionError, RuntimeError, true),
            (UnboundLocalError, NameError, true),
            (StopIteration, Exception, true),
            (KeyboardInterrupt, Exception, false),
            (SystemExit, BaseException, true),
            (BaseExceptionGroup, BaseException, true),
            (ModuleNotFoundError, ImportError, true),
            (ExceptionGroup, BaseExceptionGroup, true),
            (ExceptionGroup, Exception, true),
            (BaseExceptionGroup, Exception, false),
            (TabError, SyntaxError, true),
            (UnicodeDecodeError, ValueError, true),
            (BrokenPipeError, ConnectionError, true),
            (EncodingWarning, Warning, true),
            (PythonFinalizationError, RuntimeError, true),
            (GeneratorExit, Exception, false),
        ] {
            assert_eq!(kind_is_subclass(a, b), want, "{:?} < {:?}", a, b);
        }
        assert_eq!(ALL_TYPES.len(), ExcKind::ALL.len());
        for k in ExcKind::ALL {
            assert_eq!(exc_type(*k).name, k.name());
            assert_eq!(nearest_kind(exc_type(*k)), Some(*k));
        }
        let e = make(KeyError, vec![int(1)]);
        assert!(matches(&e, &type_value(exc_type(LookupError))).unwrap());
        let spec = tuple::new_tuple(vec![type_value(exc_type(TypeError)), type_value(exc_type(KeyError))]);
        assert!(matches(&e, &spec).unwrap());
        let bad = type_value(&crate::object::int::INT_TYPE);
        assert_eq!(
            matches(&e, &bad).unwrap_err().msg,
            "catching classes that do not inherit from BaseException is not allowed"
        );
    }

    #[test]
    fn pyerr_round_trip() {
        let e = PyErr::key_error(str_v("k"));
        let v = e.value();
        assert!(v.is(&e.value()), "the instance is cached");
        assert!(v.is(&e.clone().value()), "clones share it");
        assert_eq!(repr(&v), "KeyError('k')");
        let back = PyErr::from_value(v.clone());
        assert!(back.is(ExcKind::KeyError));
        assert!(back.matches(ExcKind::LookupError));
        assert_eq!(format!("{}", back), "KeyError: 'k'");
        assert_eq!(format!("{}", PyErr::stop_iteration_value(int(5))), "StopIteration: 5");
        assert!(PyErr::new(ExcKind::FileNotFoundError, "x").is(ExcKind::OSError));
        assert!(!PyErr::new(ExcKind::OSError, "x").is(ExcKind::FileNotFoundError));
        let m = PyErr::from_value(make(ExcKind::ValueError, vec![str_v("msg")]));
        assert_eq!(format!("{}", m), "ValueError: msg");
        assert_eq!(repr(&PyErr::type_error("t").value()), "TypeError('t')");
        assert_eq!(repr(&PyErr::memory_error().value()), "MemoryError()");
    }

    #[test]
    fn attributes() {
        let e = make(ExcKind::ValueError, vec![str_v("x")]);
        assert!(attr(&e, "__cause__").is_none());
        assert!(attr(&e, "__suppress_context__").is_false_obj());
        let c = make(ExcKind::KeyError, vec![]);
        ops::setattr(&e, &s("__cause__"), Some(&c)).unwrap();
        assert!(attr(&e, "__cause__").is(&c));
        assert!(attr(&e, "__suppress_context__").is_true_obj());
        let err = ops::setattr(&e, &s("__cause__"), Some(&int(1))).unwrap_err();
        assert_eq!(err.msg, "exception cause must be None or derive from BaseException");
        ops::setattr(&e, &s("foo"), Some(&int(5))).unwrap();
        assert_eq!(repr(&attr(&e, "foo")), "5");
        ops::setattr(&e, &s("args"), Some(&crate::object::list::new_list(vec![int(1)]))).unwrap();
        assert_eq!(repr(&e), "ValueError(1)");
        let err = ops::getattr(&e, &s("nope")).unwrap_err();
        assert_eq!(format!("{}", err), "AttributeError: 'ValueError' object has no attribute 'nope'");
        add_note(&e, s("n1")).unwrap();
        assert_eq!(repr(&attr(&e, "__notes__")), "['n1']");
    }

    fn group(msg: &str, excs: Vec<Value>) -> Value {
        let t = type_value(&EXCEPTION_GROUP_TYPE);
        let args = [s(msg), crate::object::list::new_list(excs)];
        exc_new(&t, &args, None).unwrap()
    }

    #[test]
    fn groups() {
        let eg = group("m", vec![make(ExcKind::ValueError, vec![int(1)]), make(ExcKind::TypeError, vec![s("t")])]);
        assert_eq!(repr(&eg), "ExceptionGroup('m', [ValueError(1), TypeError('t')])");
        assert_eq!(strs(&eg), "m (2 sub-exceptions)");
        let newg = |cls: &PyType, args: Vec<Value>| err_text(exc_new(&type_value(cls), &args, None));
        assert_eq!(
            newg(&EXCEPTION_GROUP_TYPE, vec![s("m")]),
            "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"
        );
        assert_eq!(
            newg(&EXCEPTION_GROUP_TYPE, vec![int(1), crate::object::list::new_list(vec![])]),
            "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"
        );
        assert_eq!(newg(&EXCEPTION_GROUP_TYPE, vec![s("m"), int(1)]), "TypeError: second argument (exceptions) must be a sequence");
        assert_eq!(
            newg(&EXCEPTION_GROUP_TYPE, vec![s("m"), crate::object::list::new_list(vec![])]),
            "ValueError: second argument (exceptions) must be a non-empty sequence"
        );
        assert_eq!(
            newg(&EXCEPTION_GROUP_TYPE, vec![s("m"), crate::object::list::new_list(vec![int(1)])]),
            "ValueError: Item 0 of second argument (exceptions) is not an exception"
        );
        let ki = || crate::object::list::new_list(vec![make(ExcKind::KeyboardInterrupt, vec![])]);
        assert_eq!(
            newg(&EXCEPTION_GROUP_TYPE, vec![s("m"), ki()]),
            "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"
        );
        let bg = exc_new(&type_value(&BASE_EXCEPTION_GROUP_TYPE), &[s("m"), ki()], None).unwrap();
        assert_eq!(repr(&bg), "BaseExceptionGroup('m', [KeyboardInterrupt()])");
        let auto = exc_new(
            &type_value(&BASE_EXCEPTION_GROUP_TYPE),
            &[s("m"), crate::object::list::new_list(vec![make(ExcKind::ValueError, vec![])])],
            None,
        )
        .unwrap();
        assert_eq!(repr(&auto), "ExceptionGroup('m', [ValueError()])");
        assert_eq!(
            err_text(meth_split(&auto, &[int(1)], None)),
            "TypeError: expected an exception type, a tuple of exception types, or a callable (other than a class)"
        );
        // split / subgroup, as the conformance program exception_groups.py
        let g = group(
            "many problems",
            vec![
                make(ExcKind::ValueError, vec![s("bad value")]),
                make(ExcKind::TypeError, vec![s("bad type")]),
                group("nested", vec![make(ExcKind::KeyError, vec![s("missing")]), make(ExcKind::ValueError, vec![s("another value")])]),
            ],
        );
        let (m, r) = group_split(&g, &type_value(&VALUE_ERROR_TYPE)).unwrap();
        assert_eq!(
            repr(&m.unwrap()),
            "ExceptionGroup('many problems', [ValueError('bad value'), ExceptionGroup('nested', [ValueError('another value')])])"
        );
        assert_eq!(
            repr(&r.unwrap()),
            "ExceptionGroup('many problems', [TypeError('bad type'), ExceptionGroup('nested', [KeyError('missing')])])"
        );
        assert!(meth_subgroup(&g, &[type_value(&OS_ERROR_TYPE)], None).unwrap().is_none());
        let (m, r) = group_split(&g, &type_value(&EXCEPTION_TYPE)).unwrap();
        assert!(m.unwrap().is(&g));
        assert!(r.is_none());
    }

    /// The code object of function `name` inside a module code object.
    fn find_code(code: &Value, name: &str) -> Option<Value> {
        let c = code.downcast::<crate::bytecode::code::CodeObject>()?;
        if pystr::to_rust_string(&c.name) == name {
            return Some(code.clone());
        }
        c.consts.iter().find_map(|k| find_code(k, name))
    }

    /// Writes `src` to a temp file and compiles it; returns (path, module code).
    fn program(tag: &str, src: &str) -> (String, Value) {
        let path = std::env::temp_dir().join(format!("weft_exc_{}_{}.py", tag, std::process::id()));
        std::fs::write(&path, src).unwrap();
        let p = path.to_str().unwrap().to_string();
        let code = crate::compile::compile(src, &p, crate::compile::Mode::Exec).unwrap();
        (p, code)
    }

    /// Adds traceback entries innermost first, as unwinding does.
    fn raise_through(e: &Value, module: &Value, frames: &[(&str, u32)]) {
        for (name, line) in frames.iter().rev() {
            let code = find_code(module, name).unwrap();
            add_traceback(e, &code, 0, *line);
        }
    }

    // Expected texts are CPython 3.13.0's output with the `~~^^` caret
    // lines removed: these entries are built with lasti 0, so they carry no
    // column information (caret_lines_pinned_to_cpython covers carets).

    const CHAIN_SRC: &str = "def f():\n    raise ValueError(\"bad\")\n\ndef g():\n    try:\n        f()\n    except ValueError as e:\n        raise KeyError(\"k\") from e\n\ndef h():\n    try:\n        g()\n    except KeyError:\n        raise RuntimeError()\n\nh()\n";

    #[test]
    fn format_chained() {
        let (p, code) = program("chain", CHAIN_SRC);
        let v = make(ExcKind::ValueError, vec![s("bad")]);
        raise_through(&v, &code, &[("g", 6), ("f", 2)]);
        let k = make(ExcKind::KeyError, vec![s("k")]);
        set_cause(&k, Some(v.clone()));
        chain_context(&k, &v);
        raise_through(&k, &code, &[("h", 12), ("g", 8)]);
        let r = make(ExcKind::RuntimeError, vec![]);
        chain_context(&r, &k);
        raise_through(&r, &code, &[("<module>", 16), ("h", 14)]);
        let want = format!(
            "Traceback (most recent call last):
  File \"{p}\", line 6, in g
    f()
  File \"{p}\", line 2, in f
    raise ValueError(\"bad\")
ValueError: bad

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"{p}\", line 12, in h
    g()
  File \"{p}\", line 8, in g
    raise KeyError(\"k\") from e
KeyError: 'k'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"{p}\", line 16, in <module>
    h()
  File \"{p}\", line 14, in h
    raise RuntimeError()
RuntimeError
"
        );
        assert_eq!(format_exception(&r), want);
        // A context cycle terminates.
        set_context(&v, Some(r.clone()));
        assert!(format_exception(&r).ends_with("RuntimeError\n"));
    }

    #[test]
    fn format_group() {
        let src = "def f():\n    raise ExceptionGroup(\"many\", [ValueError(\"v\"), ExceptionGroup(\"inner\", [TypeError(\"t\"), KeyError(\"k\")])])\n\nf()\n";
        let (p, code) = program("group", src);
        let inner = group("inner", vec![make(ExcKind::TypeError, vec![s("t")]), make(ExcKind::KeyError, vec![s("k")])]);
        let g = group("many", vec![make(ExcKind::ValueError, vec![s("v")]), inner]);
        raise_through(&g, &code, &[("<module>", 4), ("f", 2)]);
        let want = format!(
            "  + Exception Group Traceback (most recent call last):
  |   File \"{p}\", line 4, in <module>
  |     f()
  |   File \"{p}\", line 2, in f
  |     raise ExceptionGroup(\"many\", [ValueError(\"v\"), ExceptionGroup(\"inner\", [TypeError(\"t\"), KeyError(\"k\")])])
  | ExceptionGroup: many (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | ValueError: v
    +---------------- 2 ----------------
    | ExceptionGroup: inner (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | TypeError: t
      +---------------- 2 ----------------
      | KeyError: 'k'
      +------------------------------------
"
        );
        assert_eq!(format_exception(&g), want);
    }

    #[test]
    fn format_group_with_contexts() {
        // A sub-exception that is also the group's context: printed once
        // bare at the top (its own context already seen) and in full inside
        // the group, as traceback.py's seen-set and LIFO work list do.
        let src = "def b():\n    x = {}\n    return x[\"missing\"]\ndef c():\n    try:\n        b()\n    except KeyError:\n        try:\n            [][1]\n        except IndexError as ie:\n            raise ExceptionGroup(\"grp\", [ie, ValueError(\"v\")])\nc()\n";
        let (p, code) = program("tree", src);
        let k = make(ExcKind::KeyError, vec![s("missing")]);
        raise_through(&k, &code, &[("c", 6), ("b", 3)]);
        let ie = make(ExcKind::IndexError, vec![s("list index out of range")]);
        chain_context(&ie, &k);
        raise_through(&ie, &code, &[("c", 9)]);
        let g = group("grp", vec![ie.clone(), make(ExcKind::ValueError, vec![s("v")])]);
        chain_context(&g, &ie);
        raise_through(&g, &code, &[("<module>", 12), ("c", 11)]);
        let want = format!(
            "Traceback (most recent call last):\n  File \"{p}\", line 9, in c\n    [][1]\nIndexError: list index out of range\n\nDuring handling of the above exception, another exception occurred:\n\n  + Exception Group Traceback (most recent call last):\n  |   File \"{p}\", line 12, in <module>\n  |     c()\n  |   File \"{p}\", line 11, in c\n  |     raise ExceptionGroup(\"grp\", [ie, ValueError(\"v\")])\n  | ExceptionGroup: grp (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"{p}\", line 6, in c\n    |     b()\n    |   File \"{p}\", line 3, in b\n    |     return x[\"missing\"]\n    | KeyError: 'missing'\n    | \n    | During handling of the above exception, another exception occurred:\n    | \n    | Traceback (most recent call last):\n    |   File \"{p}\", line 9, in c\n    |     [][1]\n    | IndexError: list index out of range\n    +---------------- 2 ----------------\n    | ValueError: v\n    +------------------------------------\n"
        );
        assert_eq!(format_exception(&g), want);
    }

    #[test]
    fn caret_lines_pinned_to_cpython() {
        // (line, colno, end_colno, CPython 3.13's caret line without the
        // 4-space frame indent)
        let cases = [
            ("show(lambda: a / b + 1)", 13, 18, "             ~~^~~"),
            ("show(lambda: (a + 2) // b)", 13, 25, "             ~~~~~~~~^^~~"),
            ("show(lambda: x.missing)", 13, 22, "             ^^^^^^^^^"),
            ("show(lambda: d[\"k\"])", 13, 19, "             ~^^^^^"),
            ("show(lambda: d[\"k\"][\"j\"])", 13, 19, "             ~^^^^^"),
            ("show(lambda: [1, 2][a * 10])", 13, 27, "             ~~~~~~^^^^^^^^"),
            ("show(lambda: int(\"zz\"))", 13, 22, "             ~~~^^^^^^"),
            ("show(lambda: a ** -b // 0)", 13, 25, "             ~~~~~~~~^^~~"),
            ("show(lambda: d.get(\"q\").upper())", 13, 29, "             ^^^^^^^^^^^^^^^^"),
            ("    return d[k]", 11, 15, "       ~^^^"),
            ("top()", 0, 5, "~~~^^"),
        ];
        for (line, a, b, want) in cases {
            assert_eq!(caret_line(line, a, b).as_deref(), Some(want), "{}", line);
        }
        // No carets: the instruction is the whole line, or a call that is
        // the whole value of `return`/a simple assignment.
        assert_eq!(caret_line("    raise ValueError(\"x\")", 4, 25), None);
        assert_eq!(caret_line("    return f(x, \"zz\")", 11, 22), None);
        assert_eq!(caret_line("y = g(1)", 4, 8), None);
    }

    #[test]
    fn suggestions_as_cpython() {
        // CPython 3.13's choices (traceback._compute_suggestion_error).
        let names = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let d = names(&["print", "property", "len", "pow", "prin"]);
        assert_eq!(suggest(&d, "pritn").as_deref(), Some("prin"));
        let d = names(&["print", "property", "len", "pow"]);
        assert_eq!(suggest(&names(&["total", "totals"]), "totl").as_deref(), Some("total"));
        assert_eq!(suggest(&names(&["undefined"]), "undefined_total"), None);
        assert_eq!(suggest(&names(&["append", "extend"]), "appendd").as_deref(), Some("append"));
        assert_eq!(suggest(&names(&["Foo"]), "foo").as_deref(), Some("Foo"));
        assert_eq!(suggest(&names(&["bar"]), "bar"), None);
        let e = name_error(&s("pritn"), "name 'pritn' is not defined", &d).value();
        assert_eq!(format_exception_only(&e), "NameError: name 'pritn' is not defined. Did you mean: 'print'?\n");
        assert_eq!(strs(&e), "name 'pritn' is not defined");
        let l = crate::object::list::new_list(vec![]);
        let a = attribute_error(&l, &s("appendd"), "'list' object has no attribute 'appendd'").value();
        assert_eq!(
            format_exception_only(&a),
            "AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?\n"
        );
    }

    #[test]
    fn multi_line_source_pinned_to_cpython() {
        // CPython 3.13 for a call spanning four lines (`foo(\n 3,\n 4,\n)`).
        let raw: Vec<String> = ["    foo(", "        3,", "        4,", "    )"].iter().map(|s| s.to_string()).collect();
        assert_eq!(render_source(&raw, 4, 5), ["foo(", "~~~^", "    3,", "    ^^", "    4,", "    ^^", ")", "^"]);
        // `y = foo(5,\n 6)`: the call is the whole assigned value: no carets.
        let raw: Vec<String> = ["    y = foo(5,", "            6)"].iter().map(|s| s.to_string()).collect();
        assert_eq!(render_source(&raw, 8, 14), ["y = foo(5,", "        6)"]);
    }

    #[test]
    fn format_recursion_and_notes() {
        let src = "def r(n):\n    if n == 0:\n        raise ValueError(\"deep\")\n    r(n - 1)\n\nr(6)\n";
        let (p, code) = program("rec", src);
        let e = make(ExcKind::ValueError, vec![s("deep")]);
        let mut frames = vec![("<module>", 6)];
        frames.extend(std::iter::repeat(("r", 4)).take(6));
        frames.push(("r", 3));
        raise_through(&e, &code, &frames);
        let want = format!(
            "Traceback (most recent call last):
  File \"{p}\", line 6, in <module>
    r(6)
  File \"{p}\", line 4, in r
    r(n - 1)
  File \"{p}\", line 4, in r
    r(n - 1)
  File \"{p}\", line 4, in r
    r(n - 1)
  [Previous line repeated 3 more times]
  File \"{p}\", line 3, in r
    raise ValueError(\"deep\")
ValueError: deep
"
        );
        assert_eq!(format_exception(&e), want);
        // notes (CPython: `MyError: multi\nline\nnote 1\nnote\n2`)
        let n = make(ExcKind::ValueError, vec![s("multi\nline")]);
        add_note(&n, s("note 1")).unwrap();
        add_note(&n, s("note\n2")).unwrap();
        assert_eq!(format_exception(&n), "ValueError: multi\nline\nnote 1\nnote\n2\n");
        // An unreadable file prints no source line.
        assert_eq!(source_line("/nonexistent/x.py", 1), None);
    }

    #[test]
    fn syntax_error_format() {
        // CPython 3.13: raise SyntaxError('bad', ('x.py', 1, 5, 'a = = 1\n', 1, 6))
        let e = syntax_error(ExcKind::SyntaxError, "bad", "x.py", 1, 5, Some("a = = 1\n"), 1, 6).value();
        assert_eq!(format_exception_only(&e), "  File \"x.py\", line 1\n    a = = 1\n        ^\nSyntaxError: bad\n");
    }
}
