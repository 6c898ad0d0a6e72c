//! Design: DESIGN.md#eval-loop
//!
//! Callable objects of the eval loop:
//!
//! | type                          | payload        | call slot                          |
//! |-------------------------------|----------------|------------------------------------|
//! | `function`                    | `PyFunction`   | `vm::eval::call_function` (new activation) |
//! | `cell`                        | `PyCell`       | — (content: `object::cell_slot`)   |
//! | `method`                      | `PyMethod`     | prepends `__self__`                |
//! | `builtin_function_or_method`  | `PyBuiltin`    | the `MethodDef`'s native function  |
//!
//! Immutable fields (code, globals, builtins, closure) are plain, so a
//! call reads its closure (COPY_FREE_VARS) without a lock. The closure has
//! this one home: MAKE_FUNCTION fused with its SET_FUNCTION_ATTRIBUTE
//! creates the function with it, and an unfused SET_FUNCTION_ATTRIBUTE
//! (debug builds, traced runs) replaces the fresh function by a copy made
//! with it (`with_closure`). Everything Python code may rebind
//! (`__defaults__`, `__name__`, `__dict__`) sits behind one `Mutex` per
//! function, taken briefly and never while Python code runs.

#![forbid(unsafe_code)]

use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{type_flags, MethodDef, PyType, Slots};
use crate::sync::Mutex;

/// What Python code may rebind on a function.
#[derive(Clone, Default)]
pub struct FuncMut {
    pub name: Option<Value>,
    pub qualname: Option<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: Option<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: Option<Value>,
    pub annotations: Option<Value>,
    pub doc: Option<Value>,
    pub module: Option<Value>,
    pub dict: Option<Value>,
    pub type_params: Option<Value>,
}

pub struct PyFunction {
    /// The code object (immutable for the function's lifetime).
    pub code: Value,
    /// The globals dict.
    pub globals: Value,
    /// The builtins dict, captured at creation (as CPython 3.10+).
    pub builtins: Value,
    /// Tuple of cells for the code's free variables, given at creation
    /// (`__closure__` is read-only in Python): read by every call without
    /// a lock. `None`: no closure.
    pub closure: Option<Value>,
    pub m: Mutex<FuncMut>,
}

impl PyPayload for PyFunction {
    fn class() -> &'static PyType {
        &FUNCTION_TYPE
    }
}

pub static FUNCTION_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "function",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC | type_flags::METHOD_DESCRIPTOR,
    slots: Slots {
        repr: Some(function_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        call: Some(function_call),
        getattr: Some(function_getattr),
        setattr: Some(function_setattr),
        descr_get: Some(function_descr_get),
        traverse: Some(function_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<PyFunction>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

crate::sync::thread_local! {
    /// The interned (immortal, process-wide) `"__name__"`, looked up once
    /// per thread instead of on every MAKE_FUNCTION.
    static NAME_KEY: Value = crate::object::str::intern("__name__");
}

/// `MAKE_FUNCTION`: a function for `code` with `globals`.
pub fn new_function(code: Value, globals: Value, builtins: Value) -> Value {
    new_function_with_closure(code, globals, builtins, None)
}

/// `new_function` with its closure tuple (MAKE_FUNCTION fused with the
/// SET_FUNCTION_ATTRIBUTE that follows it).
pub fn new_function_with_closure(code: Value, globals: Value, builtins: Value, closure: Option<Value>) -> Value {
    let c = code.downcast::<crate::bytecode::CodeObject>().expect("code object");
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    // The compiler makes the docstring (or None) the first constant of a
    // function's code, as CPython 3.13 does.
    let doc = c.consts.first().filter(|d| crate::object::str::is_str(d)).cloned();
    let module = NAME_KEY.with(|k| crate::object::dict::dict_get(&globals, k)).ok().flatten();
    PyObject::alloc(
        &FUNCTION_TYPE,
        PyFunction {
            code,
            globals,
            builtins,
            closure,
            m: Mutex::new(FuncMut { name: Some(name), qualname: Some(qualname), doc, module, ..FuncMut::default() }),
        },
    )
}

impl PyFunction {
    /// Whether the function has a closure.
    pub fn has_closure(&self) -> bool {
        self.closure.is_some()
    }
}

/// SET_FUNCTION_ATTRIBUTE(closure) not fused with its MAKE_FUNCTION: the
/// function just made (only referenced from the value stack, so its
/// identity is not observable yet) is replaced by one created with the
/// closure and a copy of its mutable fields, so the closure stays
/// immutable with one home (`PyFunction::closure`).
pub fn with_closure(func: &Value, closure: Value) -> Value {
    let f = func.downcast::<PyFunction>().expect("function");
    let m = f.m.lock().clone();
    PyObject::alloc(
        &FUNCTION_TYPE,
        PyFunction {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            closure: Some(closure),
            m: Mutex::new(m),
        },
    )
}

pub fn is_function(v: &Value) -> bool {
    v.is_type(&FUNCTION_TYPE)
}

fn function_call(f: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    crate::vm::eval::call_function(f, args, kwnames)
}

fn qualname_of(f: &PyFunction) -> String {
    f.m.lock().qualname.as_ref().map(to_rust_string).unwrap_or_default()
}

fn function_repr(v: &Value) -> PyResult<Value> {
    let f = v.downcast::<PyFunction>().expect("function");
    Ok(new_str(&format!("<function {} at {:#x}>", qualname_of(f), v.raw())))
}

fn function_descr_get(f: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    match obj {
        Some(o) if !o.is_none() => Ok(crate::object::descr::new_method(f.clone(), o.clone())),
        _ => Ok(f.clone()),
    }
}

fn opt_or_none(v: &Option<Value>) -> Value {
    v.clone().unwrap_or_else(Value::none)
}

fn attr_error(v: &Value, name: &str) -> PyErr {
    PyErr::attribute_error(format!("'{}' object has no attribute '{}'", v.ty().name, name))
}

fn function_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let f = v.downcast::<PyFunction>().expect("function");
    let n = to_rust_string(name);
    let m = f.m.lock();
    let r = match n.as_str() {
        "__name__" => opt_or_none(&m.name),
        "__qualname__" => opt_or_none(&m.qualname),
        "__defaults__" => opt_or_none(&m.defaults),
        "__kwdefaults__" => opt_or_none(&m.kwdefaults),
        "__closure__" => f.closure.clone().unwrap_or_else(Value::none),
        "__doc__" => opt_or_none(&m.doc),
        "__module__" => opt_or_none(&m.module),
        "__code__" => f.code.clone(),
        "__globals__" => f.globals.clone(),
        "__builtins__" => f.builtins.clone(),
        "__type_params__" => m.type_params.clone().unwrap_or_else(|| crate::object::tuple::new_tuple(vec![])),
        "__annotations__" => {
            drop(m);
            let mut m = f.m.lock();
            if m.annotations.as_ref().map(|a| a.is_none()).unwrap_or(true) {
                m.annotations = Some(crate::object::dict::new_dict());
            }
            return Ok(m.annotations.clone().unwrap());
        }
        "__dict__" => {
            drop(m);
            let mut m = f.m.lock();
            return Ok(m.dict.get_or_insert_with(crate::object::dict::new_dict).clone());
        }
        _ => {
            let d = m.dict.clone();
            drop(m);
            if let Some(d) = d {
                if let Some(x) = crate::object::dict::dict_get(&d, name)? {
                    return Ok(x);
                }
            }
            return crate::vm::ops::load_store::generic_getattr_fallback(v, name);
        }
    };
    Ok(r)
}

fn function_setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    let f = v.downcast::<PyFunction>().expect("function");
    let n = to_rust_string(name);
    let mut m = f.m.lock();
    let val = x.cloned();
    let none_to_opt = |v: Option<Value>| v.filter(|x| !x.is_none());
    match n.as_str() {
        "__name__" | "__qualname__" => {
            let ok = val.as_ref().map(crate::object::str::is_str).unwrap_or(false);
            if !ok {
                return Err(PyErr::type_error(format!("{} must be set to a string object", n)));
            }
            if n == "__name__" {
                m.name = val;
            } else {
                m.qualname = val;
            }
        }
        "__defaults__" => m.defaults = none_to_opt(val),
        "__kwdefaults__" => m.kwdefaults = none_to_opt(val),
        "__doc__" => m.doc = val,
        "__module__" => m.module = val,
        "__annotations__" => m.annotations = val,
        "__type_params__" => m.type_params = val,
        "__dict__" => m.dict = val,
        "__code__" | "__globals__" | "__closure__" | "__builtins__" => {
            return Err(PyErr::attribute_error("readonly attribute".to_string()));
        }
        _ => {
            let d = m.dict.get_or_insert_with(crate::object::dict::new_dict).clone();
            drop(m);
            return match val {
                Some(x) => crate::object::dict::dict_set(&d, name.clone(), x),
                None => crate::object::dict::dict_del(&d, name).map_err(|_| attr_error(v, &n)),
            };
        }
    }
    Ok(())
}

fn function_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let b = Value::from_header_borrowed(h);
    if let Some(f) = b.as_value().downcast::<PyFunction>() {
        visit(&f.code);
        visit(&f.globals);
        if let Some(c) = &f.closure {
            visit(c);
        }
        if let Some(m) = f.m.try_lock() {
            for v in [&m.defaults, &m.kwdefaults, &m.dict, &m.annotations].into_iter().flatten() {
                visit(v);
            }
        }
    }
}

// ---- cell ------------------------------------------------------------------

pub struct PyCell {
    /// The content: lock-free reads, locked writes (`object::cell_slot`).
    pub v: crate::object::cell_slot::CellSlot,
}

impl PyPayload for PyCell {
    fn class() -> &'static PyType {
        &CELL_TYPE
    }
}

pub static CELL_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "cell",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(cell_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattr: Some(cell_getattr),
        setattr: Some(cell_setattr),
        ..Slots::EMPTY
    },
    free: PyObject::<PyCell>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

pub fn new_cell(v: Option<Value>) -> Value {
    PyObject::alloc(&CELL_TYPE, PyCell { v: crate::object::cell_slot::CellSlot::new(v) })
}

/// The cell's content (None if empty); panics on a non-cell (compiler bug).
#[inline]
pub fn cell_get(c: &Value) -> Option<Value> {
    c.downcast::<PyCell>().expect("cell").v.get()
}

/// Replaces the cell's content; returns the old one (for the caller to drop).
#[inline]
pub fn cell_set(c: &Value, v: Option<Value>) -> Option<Value> {
    c.downcast::<PyCell>().expect("cell").v.set(v)
}

fn cell_repr(v: &Value) -> PyResult<Value> {
    let s = match cell_get(v) {
        None => format!("<cell at {:#x}: empty>", v.raw()),
        Some(x) => format!("<cell at {:#x}: {} object at {:#x}>", v.raw(), x.ty().name, x.raw()),
    };
    Ok(new_str(&s))
}

fn cell_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    if to_rust_string(name) == "cell_contents" {
        return cell_get(v).ok_or_else(|| PyErr::value_error("Cell is empty"));
    }
    crate::vm::ops::load_store::generic_getattr_fallback(v, name)
}

fn cell_setattr(v: &Value, name: &Value, x: Option<&Value>) -> PyResult<()> {
    if to_rust_string(name) == "cell_contents" {
        drop(cell_set(v, x.cloned()));
        return Ok(());
    }
    Err(PyErr::attribute_error(format!(
        "'cell' object has no attribute '{}'",
        to_rust_string(name)
    )))
}

// ---- code objects -------------------------------------------------------------

/// The `getattr` slot of code objects (`co_*` attributes).
pub fn code_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    use crate::bytecode::code::local_kind;
    use crate::object::tuple::new_tuple;
    let c = v.downcast::<crate::bytecode::CodeObject>().expect("code");
    let names_of = |kind: u8| -> Value {
        new_tuple(
            c.localsplusnames
                .iter()
                .zip(c.localspluskinds.iter())
                .filter(|(_, k)| **k & kind != 0)
                .map(|(n, _)| n.clone())
                .collect(),
        )
    };
    let int = |i: u32| Value::from_i64(i as i64);
    Ok(match to_rust_string(name).as_str() {
        "co_name" => c.name.clone(),
        "co_qualname" => c.qualname.clone(),
        "co_filename" => c.filename.clone(),
        "co_argcount" => int(c.argcount),
        "co_posonlyargcount" => int(c.posonlyargcount),
        "co_kwonlyargcount" => int(c.kwonlyargcount),
        "co_flags" => int(c.flags & 0xFFFFF),
        "co_stacksize" => int(c.stacksize),
        "co_firstlineno" => int(c.firstlineno),
        "co_nlocals" => int(c.n_locals() as u32),
        "co_varnames" => names_of(local_kind::LOCAL),
        "co_cellvars" => names_of(local_kind::CELL),
        "co_freevars" => names_of(local_kind::FREE),
        "co_names" => new_tuple(c.names.to_vec()),
        "co_consts" => new_tuple(c.consts.to_vec()),
        _ => return generic_getattr_code(v, name),
    })
}

fn generic_getattr_code(v: &Value, name: &Value) -> PyResult<Value> {
    crate::vm::ops::load_store::generic_getattr_fallback(v, name)
}

// ---- builtin_function_or_method ---------------------------------------------

pub struct PyBuiltin {
    pub def: &'static MethodDef,
    /// The bound object (module for module functions), if any.
    pub self_: Option<Value>,
}

impl PyPayload for PyBuiltin {
    fn class() -> &'static PyType {
        &BUILTIN_TYPE
    }
}

pub static BUILTIN_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "builtin_function_or_method",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(builtin_repr),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        call: Some(builtin_call),
        getattr: Some(builtin_getattr),
        ..Slots::EMPTY
    },
    free: PyObject::<PyBuiltin>::free,
    methods: &[],
    dict: crate::sync::OnceLock::new(),
};

/// A `builtin_function_or_method` for `def`, bound to `self_` if given.
pub fn new_builtin(def: &'static MethodDef, self_: Option<Value>) -> Value {
    PyObject::alloc(&BUILTIN_TYPE, PyBuiltin { def, self_ })
}

fn builtin_call(f: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let b = f.downcast::<PyBuiltin>().expect("builtin");
    match &b.self_ {
        Some(s) => (b.def.func)(s, args, kwnames),
        None => (b.def.func)(&Value::none(), args, kwnames),
    }
}

fn builtin_repr(v: &Value) -> PyResult<Value> {
    let b = v.downcast::<PyBuiltin>().expect("builtin");
    let s = match &b.self_ {
        Some(s) if !s.is_type(&crate::object::module::MODULE_TYPE) && !s.is_none() => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.def.name,
            s.ty().name,
            s.raw()
        ),
        _ => format!("<built-in function {}>", b.def.name),
    };
    Ok(new_str(&s))
}

fn builtin_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let b = v.downcast::<PyBuiltin>().expect("builtin");
    match to_rust_string(name).as_str() {
        "__name__" | "__qualname__" => Ok(new_str(b.def.name)),
        "__doc__" => Ok(if b.def.doc.is_empty() { Value::none() } else { new_str(b.def.doc) }),
        "__self__" => Ok(b.self_.clone().unwrap_or_else(Value::none)),
        "__module__" => match &b.self_ {
            Some(s) if s.is_type(&crate::object::module::MODULE_TYPE) => crate::object::ops::getattr(s, &crate::object::str::intern("__name__")),
            _ => Ok(Value::none()),
        },
        _ => crate::vm::ops::load_store::generic_getattr_fallback(v, name),
    }
}
