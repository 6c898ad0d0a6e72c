//! Design: DESIGN.md#lazy-imports
//!
//! Lazy imports (PEP 810): `lazy import x`, `lazy from x import y`, the
//! global mode (`-X lazy_imports=normal|all|none`, `sys.set_lazy_imports`)
//! and `__lazy_modules__`.
//!
//! Policy and mechanics are apart: [`is_lazy`] is the one place that
//! decides whether an import statement is lazy; the import mechanics
//! (`ops::load_store::import_name`/`import_from`, `interp`) are unchanged
//! and are what a lazy object runs when it resolves.
//!
//! The compiler marks every import statement that *may* be lazy (module
//! level, not inside try/except, not `*`, not `__future__`) in the code
//! object's `lazy_imports` table, keyed by the statement's line and column,
//! with `EXPLICIT` when it was written `lazy`. IMPORT_NAME of a marked
//! statement asks [`is_lazy`]; if yes it pushes a lazy object instead of
//! importing, and IMPORT_FROM on a lazy object pushes a lazy attribute of
//! it. LOAD_GLOBAL/LOAD_NAME and module attribute lookups that find a lazy
//! object resolve it ([`resolve`]) and store the result in its place.
//! Resolution runs exactly once per lazy object (a once-cell: the first
//! thread imports while the others wait detached), its time goes into the
//! metrics, and an error raised while resolving is raised by the
//! instruction that used the name (so the traceback points at that line).

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::str::{new_str, to_rust_string};
use crate::object::typeobj::{PyType, Slots};
use crate::sync::{AtomicU8, AtomicUsize, Mutex, OnceLock, Ordering::Relaxed};

/// The import statement may be lazy (module level, not in try/except).
pub const ELIGIBLE: u8 = 1;
/// The statement was written with the `lazy` soft keyword.
pub const EXPLICIT: u8 = 2;

/// The global lazy-imports mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only `lazy` statements and `__lazy_modules__` are lazy.
    Normal = 0,
    /// Every eligible import is lazy.
    All = 1,
    /// No import is lazy, not even explicit ones.
    None = 2,
}

static MODE: AtomicU8 = AtomicU8::new(Mode::Normal as u8);

pub fn mode() -> Mode {
    match MODE.load(Relaxed) {
        1 => Mode::All,
        2 => Mode::None,
        _ => Mode::Normal,
    }
}

pub fn set_mode(m: Mode) {
    MODE.store(m as u8, Relaxed);
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::All => "all",
            Mode::None => "none",
        }
    }
    pub fn from_name(s: &str) -> Option<Mode> {
        match s {
            "normal" => Some(Mode::Normal),
            "all" => Some(Mode::All),
            "none" => Some(Mode::None),
            _ => None,
        }
    }
}

/// `-X lazy_imports=MODE`.
pub fn set_mode_from_str(s: &str) -> Result<(), ()> {
    set_mode(Mode::from_name(s).ok_or(())?);
    Ok(())
}

/// THE decision: is this import statement lazy? `flags` come from the
/// compiler (0 = never), `module` is the module being imported, `globals`
/// the importing module's globals (for `__lazy_modules__`).
pub fn is_lazy(flags: u8, module: &Value, globals: &Value) -> PyResult<bool> {
    if flags & ELIGIBLE == 0 {
        return Ok(false);
    }
    match mode() {
        Mode::None => Ok(false),
        Mode::All => Ok(true),
        Mode::Normal => {
            if flags & EXPLICIT != 0 {
                return Ok(true);
            }
            match crate::object::dict::dict_get(globals, &crate::object::str::intern("__lazy_modules__"))? {
                Some(lm) => crate::object::ops::contains(&lm, module),
                None => Ok(false),
            }
        }
    }
}

/// What a lazy object imports when it resolves.
enum Target {
    /// `__import__(name, globals, locals, fromlist, level)`.
    Import { name: Value, globals: Value, locals: Value, fromlist: Value, level: Value, builtins: Value },
    /// IMPORT_FROM `name` on the resolved `parent` lazy object.
    From { parent: Value, name: Value },
}

pub struct PyLazyImport {
    target: Target,
    resolved: OnceLock<Value>,
    /// Held by the thread resolving (others wait for it detached).
    lock: Mutex<()>,
    /// `vm::thread::current_tid()` of the resolving thread (0 = none):
    /// resolving again on that thread is a circular lazy import.
    resolver: AtomicUsize,
}

pub static LAZY_IMPORT_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "lazy_import",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots {
        repr: Some(lazy_repr),
        hash: Some(crate::object::singletons::object_hash),
        ..Slots::EMPTY
    },
    free: PyObject::<PyLazyImport>::free,
    methods: &[],
    dict: OnceLock::new(),
};

impl PyPayload for PyLazyImport {
    fn class() -> &'static PyType {
        &LAZY_IMPORT_TYPE
    }
}

fn new_lazy(target: Target) -> Value {
    PyObject::alloc(
        &LAZY_IMPORT_TYPE,
        PyLazyImport { target, resolved: OnceLock::new(), lock: Mutex::new(()), resolver: AtomicUsize::new(0) },
    )
}

/// The lazy object IMPORT_NAME pushes instead of the module.
pub fn new_lazy_import(name: Value, globals: Value, locals: Value, fromlist: Value, level: Value, builtins: Value) -> Value {
    new_lazy(Target::Import { name, globals, locals, fromlist, level, builtins })
}

/// The lazy object IMPORT_FROM pushes for an attribute of a lazy module.
pub fn new_lazy_from(parent: Value, name: Value) -> Value {
    new_lazy(Target::From { parent, name })
}

/// Is `v` a lazy import object? (One type-pointer compare: the check
/// LOAD_GLOBAL/LOAD_NAME/module getattr make on every value they find.)
#[inline(always)]
pub fn is_lazy_object(v: &Value) -> bool {
    core::ptr::eq(v.ty(), &LAZY_IMPORT_TYPE)
}

fn full_name(l: &PyLazyImport) -> String {
    match &l.target {
        Target::Import { name, .. } => to_rust_string(name),
        Target::From { parent, name } => {
            let p = parent.downcast::<PyLazyImport>().map(full_name).unwrap_or_default();
            format!("{}.{}", p, to_rust_string(name))
        }
    }
}

fn lazy_repr(v: &Value) -> PyResult<Value> {
    let l = v.downcast::<PyLazyImport>().expect("lazy_import");
    Ok(new_str(&format!("<lazy_import '{}'>", full_name(l))))
}

/// Resolves a lazy object: imports on first use (once, whichever thread
/// gets there first), returns the imported value.
pub fn resolve(v: &Value) -> PyResult<Value> {
    let l = v.downcast::<PyLazyImport>().expect("lazy_import");
    if let Some(x) = l.resolved.get() {
        return Ok(x.clone());
    }
    let me = crate::vm::thread::current_tid();
    if l.resolver.load(Relaxed) == me {
        return Err(PyErr::new(
            ExcKind::ImportError,
            format!("cannot resolve lazy import '{}' while it is being resolved (circular import)", full_name(l)),
        ));
    }
    let _g = crate::vm::thread::detached(|| l.lock.lock());
    if let Some(x) = l.resolved.get() {
        return Ok(x.clone());
    }
    l.resolver.store(me, Relaxed);
    let start = std::time::Instant::now();
    let r = run_import(l);
    l.resolver.store(0, Relaxed);
    let x = r?;
    let _ = l.resolved.set(x.clone());
    crate::vm::metrics::count_lazy_import(start.elapsed().as_nanos() as u64);
    Ok(x)
}

fn run_import(l: &PyLazyImport) -> PyResult<Value> {
    match &l.target {
        Target::Import { name, globals, locals, fromlist, level, builtins } => {
            let imp = crate::object::dict::dict_get(builtins, &crate::object::str::intern("__import__"))?;
            match imp {
                Some(imp) => crate::object::ops::call(
                    &imp,
                    &[name.clone(), globals.clone(), locals.clone(), fromlist.clone(), level.clone()],
                    None,
                ),
                None => crate::vm::interp::import_module_level(name, globals, fromlist, level),
            }
        }
        Target::From { parent, name } => {
            let m = resolve(parent)?;
            crate::vm::ops::load_store::import_from_value(&m, name)
        }
    }
}

/// A value just read from `dict` under `key`: if it is a lazy object,
/// resolves it and stores the result in its place (only if the dict still
/// holds that lazy object).
#[cold]
#[inline(never)]
pub fn reify_in(dict: &Value, key: &Value, v: &Value) -> PyResult<Value> {
    let x = resolve(v)?;
    if let Some(d) = crate::object::dict::core(dict) {
        if let Some(cur) = d.get(key)? {
            if cur.is(v) {
                d.set(key.clone(), x.clone())?;
            }
        }
    }
    Ok(x)
}

/// The flags the compiler recorded for the import statement at `loc`.
pub fn flags_at(code: &crate::bytecode::code::CodeObject, lasti: usize) -> u8 {
    if code.lazy_imports.is_empty() {
        return 0;
    }
    let loc = code.location(lasti as u32);
    code.lazy_imports.iter().find(|e| e.0 == loc.line && e.1 == loc.col).map(|e| e.2).unwrap_or(0)
}
