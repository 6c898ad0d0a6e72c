//! Design: DESIGN.md#eval-loop
//!
//! The interpreter: the builtins module, `sys.modules`, running modules
//! and the module-level import fallback (used when `builtins.__import__`
//! is absent). One interpreter per process for now; subinterpreters come
//! with issue 6.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::str::{intern, new_str, to_rust_string};
use crate::object::{dict, module, ops, Value};
use crate::sync::{Mutex, OnceLock};

/// Whether an interpreter has its own GIL (DESIGN.md#gil). One binary,
/// one object code path: the GIL only schedules threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilMode {
    /// One thread of the interpreter runs bytecode at a time, handing off
    /// after the switch interval (default for `interpreters.create()`).
    Own,
    /// Threads run bytecode in parallel (default for the main interpreter).
    FreeThreaded,
}

pub struct Interpreter {
    /// `GilMode::Own` iff `gil` is `Some`.
    pub gil_mode: GilMode,
    /// The interpreter's GIL; threads whose current interpreter this is
    /// hold it while ATTACHED (`vm::thread::attach/detach`).
    pub gil: Option<crate::sync::Arc<crate::vm::gil::Gil>>,
    /// The `builtins` module.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    builtins_dict: Value,
    /// Directories searched by the import fallback (`sys.path` before the
    /// sys module exists).
    pub path: Mutex<Vec<String>>,
}

static INTERP: OnceLock<Interpreter> = OnceLock::new();

/// `sys.argv` for the running program (set by the `weft` command before
/// the interpreter starts).
pub static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The process's interpreter, created on first use.
pub fn interp() -> &'static Interpreter {
    INTERP.get_or_init(Interpreter::create)
}

impl Interpreter {
    fn create() -> Interpreter {
        let builtins = module::new_module("builtins");
        let builtins_dict = module::module_dict_value(&builtins).expect("module dict");
        let modules = dict::new_dict();
        let _ = dict::dict_set(&modules, intern("builtins"), builtins.clone());
        crate::object::class::set_class_body_runner(crate::vm::eval::run_class_body);
        if let Err(e) = crate::builtins::init_builtins(&builtins) {
            eprintln!("weft: initialising builtins failed: {}", e);
        }
        let argv = ARGV.lock().clone();
        let sys = crate::modules::sys::make_sys_module_with(argv, modules.clone(), Vec::new());
        let _ = dict::dict_set(&modules, intern("sys"), sys);
        let _ = dict::dict_set(&modules, intern("math"), crate::modules::math::make_math_module());
        let _ = dict::dict_set(&modules, intern("time"), crate::modules::time::make_time_module());
        let atexit = module::new_module("atexit");
        module::add_functions(&atexit, &ATEXIT_METHODS);
        let _ = dict::dict_set(&modules, intern("atexit"), atexit);
        let gil = crate::vm::gil::main_gil().cloned();
        let gil_mode = if gil.is_some() { GilMode::Own } else { GilMode::FreeThreaded };
        Interpreter { gil_mode, gil, builtins, modules, builtins_dict, path: Mutex::new(Vec::new()) }
    }

    pub fn builtins_dict(&self) -> &dict::DictCore {
        dict::core(&self.builtins_dict).expect("dict")
    }

    pub fn builtins_dict_value(&self) -> Value {
        self.builtins_dict.clone()
    }
}

/// Puts the script's directory first on the import path (`sys.path[0]`).
pub fn set_script_dir(dir: &str) {
    let it = interp();
    it.path.lock().insert(0, dir.to_string());
    if let Ok(Some(sys)) = dict::dict_get(&it.modules, &intern("sys")) {
        if let Ok(p) = ops::getattr(&sys, &intern("path")) {
            if crate::object::list::is_list(&p) {
                crate::object::list::insert(&p, 0, new_str(dir));
            }
        }
    }
}

/// Directories the import fallback searches: `sys.path` when it is a list
/// of strs, else the interpreter's own path.
fn search_path() -> Vec<String> {
    let it = interp();
    if let Ok(Some(sys)) = dict::dict_get(&it.modules, &intern("sys")) {
        if let Ok(p) = ops::getattr(&sys, &intern("path")) {
            if crate::object::list::is_list(&p) {
                return crate::object::list::snapshot(&p)
                    .iter()
                    .filter(|v| crate::object::str::is_str(v))
                    .map(to_rust_string)
                    .collect();
            }
        }
    }
    it.path.lock().clone()
}

// ---- atexit -------------------------------------------------------------------

static ATEXIT: Mutex<Vec<(Value, Vec<Value>)>> = Mutex::new(Vec::new());

fn atexit_register(_m: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(PyErr::type_error("atexit.register() keyword arguments are not supported"));
    }
    let Some(f) = args.first() else {
        return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
    };
    ATEXIT.lock().push((f.clone(), args[1..].to_vec()));
    Ok(f.clone())
}

fn atexit_unregister(_m: &Value, args: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    if let Some(f) = args.first() {
        ATEXIT.lock().retain(|(g, _)| !g.is(f));
    }
    Ok(Value::none())
}

fn atexit_run(_m: &Value, _a: &[Value], _k: Option<&Value>) -> PyResult<Value> {
    run_exit_funcs();
    Ok(Value::none())
}

static ATEXIT_METHODS: [crate::object::typeobj::MethodDef; 3] = [
    crate::object::typeobj::MethodDef {
        name: "register",
        func: atexit_register,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
    crate::object::typeobj::MethodDef {
        name: "unregister",
        func: atexit_unregister,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
    crate::object::typeobj::MethodDef {
        name: "_run_exitfuncs",
        func: atexit_run,
        kind: crate::object::typeobj::MethodKind::Method,
        doc: "",
    },
];

/// Runs the `atexit` functions, last registered first; an exception is
/// reported as CPython does ("Exception ignored in atexit callback").
pub fn run_exit_funcs() {
    loop {
        let Some((f, args)) = ATEXIT.lock().pop() else { break };
        if let Err(e) = ops::call(&f, &args, None) {
            crate::builtins::io::flush_stdout();
            let r = ops::repr_string(&f).unwrap_or_default();
            eprintln!("Exception ignored in atexit callback: {}", r);
            eprint!("{}", crate::object::exc::format_exception(&e.value()));
        }
    }
}

/// A fresh `__main__`-style module dict named `name` with `__builtins__`.
pub fn new_module_globals(name: &str) -> Value {
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    let _ = dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone());
    d
}

/// Compiles and runs `source` as module `name` (registered in
/// `sys.modules` before running, removed again on failure).
pub fn exec_module_source(name: &str, source: &str, filename: &str) -> PyResult<Value> {
    let code = compile_or_raise(source, filename, crate::compile::Mode::Exec)?;
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone())?;
    dict::dict_set(&d, intern("__file__"), new_str(filename))?;
    let modules = &interp().modules;
    dict::dict_set(modules, new_str(name), m.clone())?;
    if let Err(e) = crate::vm::eval::eval_code(&code, &d, None) {
        let _ = dict::core(modules).expect("dict").remove(&new_str(name));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dict::dict_get(modules, &new_str(name))?.unwrap_or(m))
}

/// Compiles (registering the source for tracebacks), turning a
/// CompileError into a raised SyntaxError. The one compile path of `weft`,
/// `exec`/`eval`/`compile()` and imports.
pub fn compile_or_raise(source: &str, filename: &str, mode: crate::compile::Mode) -> PyResult<Value> {
    crate::object::exc::register_source(filename, source);
    crate::compile::compile(source, filename, mode).map_err(|e| {
        crate::object::exc::syntax_error(
            e.kind,
            &e.msg,
            &e.filename,
            e.lineno,
            e.offset,
            e.text.as_deref(),
            e.end_lineno,
            e.end_offset,
        )
    })
}

/// The file a module name resolves to on the search path, and whether it
/// is a package (`__init__.py`).
pub fn find_module_file(name: &str) -> Option<(String, bool)> {
    let rel = name.replace('.', "/");
    let mut dirs = search_path();
    if dirs.is_empty() {
        dirs.push(".".into());
    }
    for d in dirs {
        let pkg = format!("{}/{}/__init__.py", d, rel);
        if std::path::Path::new(&pkg).is_file() {
            return Some((pkg, true));
        }
        let f = format!("{}/{}.py", d, rel);
        if std::path::Path::new(&f).is_file() {
            return Some((f, false));
        }
    }
    None
}

/// Modules being initialized, by name: (the initializing thread's tid,
/// set when done). A thread importing a module another thread is still
/// running waits for it (detached) instead of seeing it half-initialized,
/// as CPython's per-module import locks; the initializing thread itself
/// (a circular import) gets the partial module, as in CPython. Lazy
/// imports resolving on several threads at once rely on this.
struct Initializing {
    owner: usize,
    done: crate::sync::Mutex<bool>,
    cv: crate::sync::Condvar,
}

static INITIALIZING: crate::sync::Mutex<Vec<(String, crate::sync::Arc<Initializing>)>> =
    crate::sync::Mutex::new(Vec::new());

/// Waits while another thread initializes `name`.
fn wait_for_init(name: &str) {
    let me = crate::vm::thread::current_tid();
    let entry = INITIALIZING.lock().iter().find(|(n, _)| n == name).map(|(_, e)| e.clone());
    if let Some(e) = entry {
        if e.owner != me {
            crate::vm::thread::detached(|| {
                let mut done = e.done.lock();
                while !*done {
                    done = e.cv.wait(done);
                }
            });
        }
    }
}

/// Imports the absolute dotted `name`, returning the leaf module.
pub fn import_absolute(name: &str) -> PyResult<Value> {
    let modules = &interp().modules;
    if let Some(m) = dict::dict_get(modules, &new_str(name))? {
        wait_for_init(name);
        return Ok(dict::dict_get(modules, &new_str(name))?.unwrap_or(m));
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        import_absolute(parent)?;
        if let Some(m) = dict::dict_get(modules, &new_str(name))? {
            return Ok(m);
        }
    }
    let not_found = || {
        PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{}'", name))
    };
    // Native modules without a file come first, as CPython's built-ins.
    if let Some(m) = crate::modules::frozen::native_module(name) {
        dict::dict_set(modules, new_str(name), m.clone())?;
        return Ok(m);
    }
    // Then the path; frozen library modules (src/lib) come after it.
    let (src, file, is_pkg, frozen) = match find_module_file(name) {
        Some((file, is_pkg)) => (std::fs::read_to_string(&file).map_err(|_| not_found())?, file, is_pkg, false),
        None => {
            let f = crate::modules::frozen::find(name).ok_or_else(not_found)?;
            (f.source.to_string(), crate::modules::frozen::filename(name), f.is_package, true)
        }
    };
    let code = compile_or_raise(&src, &file, crate::compile::Mode::Exec)?;
    let m = module::new_module(name);
    let d = module::module_dict_value(&m).expect("dict");
    dict::dict_set(&d, intern("__builtins__"), interp().builtins.clone())?;
    if !frozen {
        dict::dict_set(&d, intern("__file__"), new_str(&file))?;
    }
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|p| p.0.to_string()).unwrap_or_default() };
    dict::dict_set(&d, intern("__package__"), new_str(&package))?;
    if is_pkg {
        // A frozen package's submodules are found by their dotted names.
        let path = if frozen { Vec::new() } else { vec![new_str(file.trim_end_matches("/__init__.py"))] };
        dict::dict_set(&d, intern("__path__"), crate::object::list::new_list(path))?;
    }
    let init = {
        let mut table = INITIALIZING.lock();
        // Another thread got here first: wait for it, then use its module.
        if table.iter().any(|(n, _)| n == name) {
            drop(table);
            wait_for_init(name);
            if let Some(m) = dict::dict_get(modules, &new_str(name))? {
                return Ok(m);
            }
            return import_absolute(name);
        }
        let e = crate::sync::Arc::new(Initializing {
            owner: crate::vm::thread::current_tid(),
            done: crate::sync::Mutex::new(false),
            cv: crate::sync::Condvar::new(),
        });
        table.push((name.to_string(), e.clone()));
        // Registered under the table lock, so a thread that finds the
        // module in sys.modules also finds its entry.
        dict::dict_set(modules, new_str(name), m.clone())?;
        e
    };
    let result = crate::vm::eval::eval_code(&code, &d, None);
    if result.is_err() {
        let _ = dict::core(modules).expect("dict").remove(&new_str(name));
    }
    INITIALIZING.lock().retain(|(n, e)| !(n == name && crate::sync::Arc::ptr_eq(e, &init)));
    *init.done.lock() = true;
    init.cv.notify_all();
    result?;
    let m = dict::dict_get(modules, &new_str(name))?.unwrap_or(m);
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        if let Some(p) = dict::dict_get(modules, &new_str(parent))? {
            let _ = ops::setattr(&p, &new_str(leaf), Some(&m));
        }
    }
    Ok(m)
}

/// IMPORT_NAME without `builtins.__import__`: CPython's
/// `importlib.__import__` rules for level, fromlist and the returned
/// (top-level or leaf) module.
pub fn import_module_level(name: &Value, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name_s = to_rust_string(name);
    let level = level.as_small_int().unwrap_or(0);
    let full = if level > 0 {
        let pkg = dict::dict_get(globals, &intern("__package__"))?
            .filter(|p| !p.is_none())
            .map(|p| to_rust_string(&p))
            .or_else(|| {
                let n = dict::dict_get(globals, &intern("__name__")).ok().flatten()?;
                let n = to_rust_string(&n);
                let is_pkg = dict::dict_get(globals, &intern("__path__")).ok().flatten().is_some();
                Some(if is_pkg { n } else { n.rsplit_once('.').map(|p| p.0.to_string()).unwrap_or_default() })
            })
            .unwrap_or_default();
        if pkg.is_empty() {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        let mut base = pkg.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"))
                }
            }
        }
        if name_s.is_empty() {
            base.to_string()
        } else {
            format!("{}.{}", base, name_s)
        }
    } else {
        name_s.clone()
    };
    let leaf = import_absolute(&full)?;
    let has_fromlist = !fromlist.is_none() && ops::is_true(fromlist)?;
    if has_fromlist {
        // Submodules named in the fromlist of a package.
        if dict::dict_get(&module::module_dict_value(&leaf).unwrap_or_else(dict::new_dict), &intern("__path__"))?.is_some() {
            for item in ops::collect(fromlist)? {
                let s = to_rust_string(&item);
                if s != "*" && ops::getattr(&leaf, &item).is_err() {
                    let _ = import_absolute(&format!("{}.{}", full, s));
                }
            }
        }
        return Ok(leaf);
    }
    if level == 0 {
        let top = name_s.split('.').next().unwrap_or("");
        return import_absolute(top);
    }
    if name_s.is_empty() {
        return Ok(leaf);
    }
    // `from . import x` style handled above; `import .a.b` is not syntax.
    let cut = full.len() - name_s.len() + name_s.split('.').next().unwrap_or("").len();
    import_absolute(&full[..cut])
}
