//! Design: DESIGN.md#interpreters
//!
//! The native `_interpreters` module: the low-level API under
//! `concurrent.interpreters` (PEP 734) and `test.support.interpreters`.
//! Interpreters are named by integer ids; every call that runs code in
//! another interpreter goes through `vm::interp::with_interpreter`, and
//! every value crossing is converted to interpreter-free Rust data on the
//! sending side and rebuilt on the receiving side ([`Portable`]), so no
//! object of one interpreter becomes reachable from another.
//!
//! | function                          | what                                          |
//! |-----------------------------------|-----------------------------------------------|
//! | `create()`                        | new interpreter (own GIL), returns its id     |
//! | `destroy(id)`                     | close it                                      |
//! | `list_all()`                      | `[(id, whence), ...]`, main first             |
//! | `get_current()` / `get_main()`    | `(id, whence)`                                |
//! | `is_running(id)`                  | a thread is running code in it               |
//! | `exec(id, code)`                  | run a str / code / function body in `__main__`; `None` or an excinfo tuple |
//! | `call(id, func, args, kwargs)`    | call a copy of a function there; `(result, excinfo)` |
//! | `set___main___attrs(id, dict)`    | bind shareable values in its `__main__`       |
//!
//! An excinfo tuple is `(type __name__, __qualname__, __module__, str(exc),
//! formatted "Type: msg" line, full traceback text)`; the Python layer
//! wraps it in `ExecutionFailed.excinfo`.

#![forbid(unsafe_code)]

use crate::bytecode::CodeObject;
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::TYPE_TYPE;
use crate::object::typeobj::{type_flags, MethodDef, MethodKind, PyType};
use crate::object::{bytes, dict, exc, float, int, list, module, ops, str as pystr, tuple};
use crate::sync::OnceLock;
use crate::vm::interp::{self, InterpConfig, Whence};

// ---- exceptions -------------------------------------------------------------------

/// `InterpreterError` (CPython: `interpreters.InterpreterError`, an
/// Exception subclass); static and immortal, so every interpreter sees the
/// same class.
pub static INTERPRETER_ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "interpreters.InterpreterError",
    base: &exc::EXCEPTION_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: exc::BASE_SLOTS,
    free: PyObject::<exc::PyBaseException>::free,
    methods: &[],
    dict: OnceLock::new(),
};

/// `InterpreterNotFoundError(InterpreterError)`.
pub static INTERPRETER_NOT_FOUND_ERROR_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "interpreters.InterpreterNotFoundError",
    base: &INTERPRETER_ERROR_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: exc::BASE_SLOTS,
    free: PyObject::<exc::PyBaseException>::free,
    methods: &[],
    dict: OnceLock::new(),
};

fn register_layouts() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let layout = || crate::object::class::layout_of::<exc::PyBaseException>();
        crate::object::class::register_base_layout(&INTERPRETER_ERROR_TYPE, layout());
        crate::object::class::register_base_layout(&INTERPRETER_NOT_FOUND_ERROR_TYPE, layout());
    });
}

/// Which interpreter error to raise.
pub enum ErrKind {
    Interp,
    NotFound,
}

/// An `InterpreterError` / `InterpreterNotFoundError` with `msg`.
pub fn error(kind: ErrKind, msg: String) -> PyErr {
    register_layouts();
    let ty = match kind {
        ErrKind::Interp => &INTERPRETER_ERROR_TYPE,
        ErrKind::NotFound => &INTERPRETER_NOT_FOUND_ERROR_TYPE,
    };
    PyErr::from_value(exc::alloc_exception(&ty.to_value(), vec![pystr::new_str(&msg)]))
}

// ---- values crossing ----------------------------------------------------------------

/// The interpreter-free form of a constant or argument: Rust data, or an
/// immortal object (immortal objects are process-wide and never freed, so
/// sharing them is safe). Built on the sending side, turned back into
/// objects on the receiving side.
enum Portable {
    Immortal(Value),
    Int(i64),
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Portable>),
    FrozenSet(Vec<Portable>),
    Code(Box<CodeCopy>),
}

/// A code object with its constants made portable and its inline caches
/// reset (they hold state of the interpreter that ran it).
struct CodeCopy {
    words: Vec<u32>,
    consts: Vec<Portable>,
    names: Vec<Value>,
    localsplusnames: Vec<Value>,
    localspluskinds: Box<[u8]>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    stacksize: u32,
    firstlineno: u32,
    filename: String,
    name: Value,
    qualname: Value,
    linetable: Box<[crate::bytecode::LineEntry]>,
    exceptiontable: Box<[crate::bytecode::ExceptionEntry]>,
    lazy_imports: Box<[(u32, u32, u8)]>,
}

fn is_immortal(v: &Value) -> bool {
    v.header().map_or(true, |h| h.is_immortal())
}

fn not_shareable(v: &Value) -> PyErr {
    crate::xi::shareable::not_shareable(v)
}

impl Portable {
    /// Shareable values (None, bool, int, float, str, bytes, tuples of
    /// these) and, with `consts`, what code objects hold as constants.
    fn from_value(v: &Value, consts: bool) -> PyResult<Portable> {
        let ty = v.ty();
        if is_immortal(v) && !ty.is_heap() && v.as_type().is_none_or(|t| !t.is_heap()) {
            if !consts && !(v.is_none() || ty.name == "bool" || ty.name == "int" || ty.name == "str") {
                return Err(not_shareable(v));
            }
            return Ok(Portable::Immortal(v.clone()));
        }
        if pystr::is_exact_str(v) {
            return Ok(Portable::Str(pystr::to_rust_string(v)));
        }
        if v.is_type(&crate::object::int::INT_TYPE) {
            return Ok(match int::to_i64(v) {
                Some(i) => Portable::Int(i),
                None => Portable::BigInt(ops::repr_string(v)?),
            });
        }
        if v.is_type(&crate::object::float::FLOAT_TYPE) {
            return Ok(Portable::Float(float::as_float(v).unwrap_or(0.0)));
        }
        if v.is_type(&crate::object::bytes::BYTES_TYPE) {
            return Ok(Portable::Bytes(bytes::as_bytes(v).unwrap_or(&[]).to_vec()));
        }
        if v.is_type(&crate::object::tuple::TUPLE_TYPE) {
            let items = tuple::items(v).unwrap_or(&[]);
            return Ok(Portable::Tuple(items.iter().map(|x| Portable::from_value(x, consts)).collect::<PyResult<_>>()?));
        }
        if consts {
            if let Some(c) = v.downcast::<CodeObject>() {
                return Ok(Portable::Code(Box::new(CodeCopy::of(c)?)));
            }
            if ty.name == "complex" {
                let re = float::as_float(&ops::getattr(v, &pystr::intern("real"))?).unwrap_or(0.0);
                let im = float::as_float(&ops::getattr(v, &pystr::intern("imag"))?).unwrap_or(0.0);
                return Ok(Portable::Complex(re, im));
            }
            if ty.name == "frozenset" {
                let items = ops::collect(v)?;
                return Ok(Portable::FrozenSet(
                    items.iter().map(|x| Portable::from_value(x, true)).collect::<PyResult<_>>()?,
                ));
            }
        }
        Err(not_shareable(v))
    }

    /// The object in the calling thread's current interpreter.
    fn to_value(&self) -> PyResult<Value> {
        Ok(match self {
            Portable::Immortal(v) => v.clone(),
            Portable::Int(i) => Value::from_i64(*i),
            Portable::BigInt(s) => ops::call(&crate::object::int::INT_TYPE.to_value(), &[pystr::new_str(s)], None)?,
            Portable::Float(f) => Value::from_f64(*f),
            Portable::Complex(re, im) => ops::call(
                &builtin("complex")?,
                &[Value::from_f64(*re), Value::from_f64(*im)],
                None,
            )?,
            Portable::Str(s) => pystr::new_str(s),
            Portable::Bytes(b) => bytes::new_bytes(b),
            Portable::Tuple(items) => tuple::new_tuple(items.iter().map(|p| p.to_value()).collect::<PyResult<_>>()?),
            Portable::FrozenSet(items) => {
                let l = list::new_list(items.iter().map(|p| p.to_value()).collect::<PyResult<_>>()?);
                ops::call(&builtin("frozenset")?, &[l], None)?
            }
            Portable::Code(c) => c.to_value()?,
        })
    }
}

fn builtin(name: &str) -> PyResult<Value> {
    interp::interp()
        .builtins_dict()
        .get(&pystr::intern(name))?
        .ok_or_else(|| PyErr::system_error(format!("builtins.{} is missing", name)))
}

impl CodeCopy {
    fn of(c: &CodeObject) -> PyResult<CodeCopy> {
        let mut words = c.words_vec();
        // Reset every inline cache: they describe objects of the source
        // interpreter (type versions, dict hints).
        let mut i = 0usize;
        while i < words.len() {
            let op = crate::bytecode::Opcode::from_u8((words[i] & 0xFF) as u8).unwrap_or(crate::bytecode::Opcode::Nop);
            let n = op.cache_words() as usize;
            for w in words.iter_mut().skip(i + 1).take(n) {
                *w = 0;
            }
            i += 1 + n;
        }
        let interned = |vs: &[Value]| -> PyResult<Vec<Value>> {
            vs.iter()
                .map(|v| {
                    if is_immortal(v) {
                        Ok(v.clone())
                    } else {
                        Err(PyErr::value_error("code object holds a non-interned name"))
                    }
                })
                .collect()
        };
        let imm = |v: &Value| -> Value {
            if is_immortal(v) {
                v.clone()
            } else {
                pystr::intern(&pystr::to_rust_string(v))
            }
        };
        Ok(CodeCopy {
            words,
            consts: c.consts.iter().map(|v| Portable::from_value(v, true)).collect::<PyResult<_>>()?,
            names: interned(&c.names)?,
            localsplusnames: interned(&c.localsplusnames)?,
            localspluskinds: c.localspluskinds.clone(),
            argcount: c.argcount,
            posonlyargcount: c.posonlyargcount,
            kwonlyargcount: c.kwonlyargcount,
            flags: c.flags,
            stacksize: c.stacksize,
            firstlineno: c.firstlineno,
            filename: pystr::to_rust_string(&c.filename),
            name: imm(&c.name),
            qualname: imm(&c.qualname),
            linetable: c.linetable.clone(),
            exceptiontable: c.exceptiontable.clone(),
            lazy_imports: c.lazy_imports.clone(),
        })
    }

    fn to_value(&self) -> PyResult<Value> {
        let consts: Vec<Value> = self.consts.iter().map(|p| p.to_value()).collect::<PyResult<_>>()?;
        Ok(crate::bytecode::code::new_code(CodeObject {
            words: self.words.iter().map(|w| crate::sync::AtomicU32::new(*w)).collect(),
            consts: consts.into_boxed_slice(),
            names: self.names.clone().into_boxed_slice(),
            localsplusnames: self.localsplusnames.clone().into_boxed_slice(),
            localspluskinds: self.localspluskinds.clone(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            stacksize: self.stacksize,
            firstlineno: self.firstlineno,
            filename: pystr::new_str(&self.filename),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            linetable: self.linetable.clone(),
            exceptiontable: self.exceptiontable.clone(),
            lazy_imports: self.lazy_imports.clone(),
        }))
    }
}

/// A value crossing as an argument, result or `__main__` binding: a
/// `Shareable` (src/xi; queues and channel ends cross too).
struct Crossing(crate::xi::Shareable);

impl Crossing {
    fn from_value(v: &Value) -> PyResult<Crossing> {
        Ok(Crossing(crate::xi::Shareable::from_value(v)?))
    }
    fn to_value(&self) -> PyResult<Value> {
        self.0.to_value()
    }
}

// ---- exceptions crossing ----------------------------------------------------------

/// What the caller learns about an exception raised in another
/// interpreter (Rust data only).
pub struct ExcSnapshot {
    pub type_name: String,
    pub qualname: String,
    pub module: String,
    pub msg: String,
    pub formatted: String,
    pub errdisplay: String,
}

impl ExcSnapshot {
    /// Captures `e` (run in the interpreter that raised it).
    pub fn capture(e: &PyErr) -> ExcSnapshot {
        let v = e.value();
        let tyv = v.ty().to_value();
        let attr = |n: &str| {
            ops::getattr(&tyv, &pystr::intern(n)).ok().and_then(|x| pystr::as_str(&x).map(|s| s.into_owned()))
        };
        let type_name = attr("__name__").unwrap_or_else(|| v.ty().name.to_string());
        let qualname = attr("__qualname__").unwrap_or_else(|| type_name.clone());
        let module = attr("__module__").unwrap_or_else(|| "builtins".to_string());
        let msg = ops::str_string(&v).unwrap_or_else(|_| "<exception str() failed>".to_string());
        let shown = if module == "builtins" || module == "__main__" {
            qualname.clone()
        } else {
            format!("{}.{}", module, qualname)
        };
        let formatted = if msg.is_empty() { shown } else { format!("{}: {}", shown, msg) };
        let errdisplay = exc::format_exception(&v);
        ExcSnapshot { type_name, qualname, module, msg, formatted, errdisplay }
    }

    fn to_value(&self) -> Value {
        let s = pystr::new_str;
        tuple::new_tuple(vec![
            s(&self.type_name),
            s(&self.qualname),
            s(&self.module),
            s(&self.msg),
            s(&self.formatted),
            s(&self.errdisplay),
        ])
    }
}

// ---- running code in an interpreter -----------------------------------------------

/// What `exec` runs: source text or a (copied) code object.
enum Script {
    Source(String),
    Code(CodeCopy),
}

fn script_of(code: &Value) -> PyResult<Script> {
    if let Some(s) = pystr::as_str(code) {
        return Ok(Script::Source(s.into_owned()));
    }
    if let Some(c) = code.downcast::<CodeObject>() {
        return Ok(Script::Code(CodeCopy::of(c)?));
    }
    if let Some(f) = code.downcast::<crate::object::func::PyFunction>() {
        let c = f.code.downcast::<CodeObject>().expect("code");
        if c.argcount + c.kwonlyargcount > 0 || c.flags & 0x0c != 0 {
            return Err(PyErr::value_error("functions with arguments are not supported"));
        }
        if f.has_closure() {
            return Err(PyErr::value_error("closures not supported"));
        }
        return Ok(Script::Code(CodeCopy::of(c)?));
    }
    Err(PyErr::type_error(format!(
        "expected a string, a function, or a code object, got {}",
        code.ty().name
    )))
}

/// Runs `script` in interpreter `id`'s `__main__`; `Ok(None)` on success,
/// the snapshot of an uncaught exception otherwise.
pub fn exec_in(id: i64, source: &str) -> PyResult<Option<ExcSnapshot>> {
    run_script(id, Script::Source(source.to_string()))
}

fn run_script(id: i64, script: Script) -> PyResult<Option<ExcSnapshot>> {
    interp::with_interpreter(id, move || {
        let r = (|| -> PyResult<()> {
            let it = interp::interp();
            let globals = it.main_dict()?;
            let code = match &script {
                Script::Source(s) => interp::compile_or_raise(s, "<string>", crate::compile::Mode::Exec)?,
                Script::Code(c) => c.to_value()?,
            };
            crate::vm::eval::eval_code(&code, &globals, None)?;
            Ok(())
        })();
        crate::builtins::io::flush_stdout();
        r.err().map(|e| ExcSnapshot::capture(&e))
    })
}

/// Calls a copy of `func` (a Python function without closure) in
/// interpreter `id` with shareable `args`/`kwargs`; the shareable result,
/// or the snapshot of what it raised.
fn call_in(id: i64, func: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Result<Value, ExcSnapshot>> {
    let Some(f) = func.downcast::<crate::object::func::PyFunction>() else {
        return Err(PyErr::type_error(format!("expected a function, got {}", func.ty().name)));
    };
    let c = f.code.downcast::<CodeObject>().expect("code");
    if f.has_closure() {
        return Err(PyErr::value_error("closures not supported"));
    }
    let needed = c.argcount as usize;
    let defaults = f.m.lock().defaults.clone().and_then(|d| tuple::items(&d).map(|x| x.len())).unwrap_or(0);
    if args.len() + kwargs.len() + defaults < needed && c.flags & 0x0c == 0 {
        return Err(PyErr::value_error(format!(
            "{}() requires {} positional argument{} but {} were given",
            pystr::to_rust_string(&c.name),
            needed,
            if needed == 1 { "" } else { "s" },
            args.len() + kwargs.len()
        )));
    }
    let code = CodeCopy::of(c)?;
    let defaults = match f.m.lock().defaults.clone() {
        Some(d) if !d.is_none() => Some(Crossing::from_value(&d)?),
        _ => None,
    };
    let pargs: Vec<Crossing> = args.iter().map(Crossing::from_value).collect::<PyResult<_>>()?;
    let kwnames: Vec<String> = kwargs.iter().map(|(k, _)| pystr::to_rust_string(k)).collect();
    let kwvals: Vec<Crossing> = kwargs.iter().map(|(_, v)| Crossing::from_value(v)).collect::<PyResult<_>>()?;
    let out = interp::with_interpreter(id, move || -> Result<Crossing, ExcSnapshot> {
        let r = (|| -> PyResult<Value> {
            let it = interp::interp();
            let globals = it.main_dict()?;
            let codev = code.to_value()?;
            let fnv = crate::object::func::new_function(codev, globals, it.builtins_dict_value());
            if let (Some(d), Some(pf)) = (&defaults, fnv.downcast::<crate::object::func::PyFunction>()) {
                pf.m.lock().defaults = Some(d.to_value()?);
            }
            let mut all: Vec<Value> = pargs.iter().map(|p| p.to_value()).collect::<PyResult<_>>()?;
            for v in &kwvals {
                all.push(v.to_value()?);
            }
            let kwn = if kwnames.is_empty() {
                None
            } else {
                Some(tuple::new_tuple(kwnames.iter().map(|k| pystr::intern(k)).collect()))
            };
            ops::call(&fnv, &all, kwn.as_ref())
        })();
        let r = match r {
            Ok(v) => Crossing::from_value(&v).map_err(|e| ExcSnapshot::capture(&e)),
            Err(e) => Err(ExcSnapshot::capture(&e)),
        };
        crate::builtins::io::flush_stdout();
        r
    })?;
    match out {
        Ok(c) => Ok(Ok(c.to_value()?)),
        Err(s) => Ok(Err(s)),
    }
}

/// Binds `updates` (name → shareable value) in interpreter `id`'s `__main__`.
fn set_main_attrs(id: i64, updates: &Value) -> PyResult<()> {
    let mut items = Vec::new();
    for (k, v) in dict::dict_items(updates) {
        if !pystr::is_str(&k) {
            return Err(PyErr::type_error("expected str keys"));
        }
        items.push((pystr::to_rust_string(&k), Crossing::from_value(&v)?));
    }
    interp::with_interpreter(id, move || -> PyResult<()> {
        let d = interp::interp().main_dict()?;
        for (k, v) in &items {
            dict::dict_set(&d, pystr::intern(k), v.to_value()?)?;
        }
        Ok(())
    })?
    .map_err(|e| PyErr::runtime_error(format!("setting __main__ attributes failed: {}", e.msg)))
}

// ---- the module functions ----------------------------------------------------------

fn id_arg(v: &Value) -> PyResult<i64> {
    if let Some(i) = int::to_i64(v).filter(|_| int::is_int(v)) {
        if i < 0 {
            return Err(PyErr::value_error(format!("interpreter ID must be a non-negative int, got {}", i)));
        }
        return Ok(i);
    }
    if let Ok(i) = ops::getattr(v, &pystr::intern("id")) {
        if let Some(i) = int::to_i64(&i) {
            return Ok(i);
        }
    }
    Err(PyErr::type_error(format!("interpreter ID must be an int, got {}", v.ty().name)))
}

fn arg<'a>(name: &str, a: &'a [Value], i: usize) -> PyResult<&'a Value> {
    a.get(i).ok_or_else(|| PyErr::type_error(format!("{}() missing required argument (pos {})", name, i + 1)))
}

/// Positional arguments with keyword values appended in `names` order.
fn merge_kw(a: &[Value], k: Option<&Value>, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let nkw = k.and_then(tuple::items).map_or(0, |t| t.len());
    let npos = a.len() - nkw;
    let mut out: Vec<Option<Value>> = vec![None; names.len().max(npos)];
    for (i, v) in a[..npos].iter().enumerate() {
        out[i] = Some(v.clone());
    }
    if let Some(kn) = k.and_then(tuple::items) {
        for (j, n) in kn.iter().enumerate() {
            let n = pystr::to_rust_string(n);
            match names.iter().position(|x| *x == n) {
                Some(p) => out[p] = Some(a[npos + j].clone()),
                None => return Err(PyErr::type_error(format!("unexpected keyword argument '{}'", n))),
            }
        }
    }
    Ok(out)
}

fn whence_of(it: &interp::Interpreter) -> Value {
    Value::from_i64(it.whence as i64)
}

fn id_whence(it: &interp::Interpreter) -> Value {
    tuple::new_tuple(vec![Value::from_i64(it.id), whence_of(it)])
}

fn f_create(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(interp::create_interpreter(InterpConfig::default(), Whence::Stdlib)))
}

fn f_destroy(_m: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let id = id_arg(arg("destroy", a, 0)?)?;
    interp::close_interpreter(id)?;
    Ok(Value::none())
}

fn f_list_all(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let mut out = Vec::new();
    for id in interp::list_ids() {
        if let Ok(it) = interp::lookup(id) {
            out.push(id_whence(&it));
        }
    }
    Ok(list::new_list(out))
}

fn f_get_current(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(id_whence(interp::interp()))
}

fn f_get_main(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    Ok(id_whence(interp::main_interp()))
}

fn f_whence(_m: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let id = id_arg(arg("whence", a, 0)?)?;
    Ok(whence_of(&*interp::lookup(id)?))
}

fn f_is_running(_m: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let id = id_arg(arg("is_running", a, 0)?)?;
    Ok(Value::bool(interp::is_running(id)?))
}

fn f_exec(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let args = merge_kw(a, k, &["id", "code", "shared", "restrict"])?;
    let id = id_arg(args[0].as_ref().ok_or_else(|| PyErr::type_error("exec() missing required argument 'id'"))?)?;
    let code = args.get(1).cloned().flatten().ok_or_else(|| PyErr::type_error("exec() missing required argument 'code'"))?;
    if let Some(shared) = args.get(2).cloned().flatten().filter(|s| !s.is_none()) {
        set_main_attrs(id, &shared)?;
    }
    let script = script_of(&code)?;
    Ok(match run_script(id, script)? {
        None => Value::none(),
        Some(s) => s.to_value(),
    })
}

fn f_call(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    let args = merge_kw(a, k, &["id", "callable", "args", "kwargs", "preserve_exc"])?;
    let id = id_arg(args[0].as_ref().ok_or_else(|| PyErr::type_error("call() missing required argument 'id'"))?)?;
    let func = args.get(1).cloned().flatten().ok_or_else(|| PyErr::type_error("call() missing required argument 'callable'"))?;
    let pos = match args.get(2).cloned().flatten() {
        Some(t) if !t.is_none() => ops::collect(&t)?,
        _ => Vec::new(),
    };
    let kw = match args.get(3).cloned().flatten() {
        Some(d) if !d.is_none() => dict::dict_items(&d),
        _ => Vec::new(),
    };
    Ok(match call_in(id, &func, &pos, &kw)? {
        Ok(v) => tuple::new_tuple(vec![v, Value::none()]),
        Err(s) => tuple::new_tuple(vec![Value::none(), s.to_value()]),
    })
}

fn f_set_main_attrs(_m: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let id = id_arg(arg("set___main___attrs", a, 0)?)?;
    let updates = arg("set___main___attrs", a, 1)?;
    if dict::core(updates).is_none() {
        return Err(PyErr::type_error(format!("expected a dict, got {}", updates.ty().name)));
    }
    set_main_attrs(id, updates)?;
    Ok(Value::none())
}

fn f_is_shareable(_m: &Value, a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    let v = arg("is_shareable", a, 0)?;
    Ok(Value::bool(Crossing::from_value(v).is_ok()))
}

const fn m(name: &'static str, func: crate::object::typeobj::NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method, doc: "" }
}

static FUNCTIONS: &[MethodDef] = &[
    m("create", f_create),
    m("destroy", f_destroy),
    m("list_all", f_list_all),
    m("get_current", f_get_current),
    m("get_main", f_get_main),
    m("whence", f_whence),
    m("is_running", f_is_running),
    m("exec", f_exec),
    m("call", f_call),
    m("set___main___attrs", f_set_main_attrs),
    m("is_shareable", f_is_shareable),
];

/// The `_interpreters` module (one per interpreter; the exception classes
/// are the shared static ones).
pub fn make_module() -> Value {
    register_layouts();
    let md = module::new_module("_interpreters");
    module::add_functions(&md, FUNCTIONS);
    if let Some(d) = module::module_dict(&md) {
        let _ = d.set(pystr::intern("InterpreterError"), INTERPRETER_ERROR_TYPE.to_value());
        let _ = d.set(pystr::intern("InterpreterNotFoundError"), INTERPRETER_NOT_FOUND_ERROR_TYPE.to_value());
        let _ = d.set(pystr::intern("NotShareableError"), crate::xi::not_shareable_error_type());
        for (n, w) in [("WHENCE_RUNTIME", Whence::Runtime), ("WHENCE_CAPI", Whence::Capi), ("WHENCE_STDLIB", Whence::Stdlib)] {
            let _ = d.set(pystr::intern(n), Value::from_i64(w as i64));
        }
        let _ = d.set(pystr::intern("WHENCE_UNKNOWN"), Value::from_i64(0));
        let _ = d.set(pystr::intern("WHENCE_LEGACY_CAPI"), Value::from_i64(2));
        let _ = d.set(pystr::intern("WHENCE_XI"), Value::from_i64(4));
    }
    md
}
