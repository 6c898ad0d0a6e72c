//! Design: DESIGN.md#threading-library
//!
//! Frozen Python modules: the library modules written in Python
//! (`src/lib/**.py`) are embedded in the binary with `include_str!` and
//! found by the import system after every `sys.path` entry, so a file next
//! to the script shadows them as it shadows CPython's stdlib. Their
//! filename is `<frozen NAME>` (as CPython's frozen modules); the source is
//! registered for tracebacks.
//!
//! The native modules without a file of their own (`_thread`, `_signal`,
//! `traceback`) are created on first import by [`native_module`]; they come
//! before the path, as CPython's built-in modules.

#![forbid(unsafe_code)]

use crate::object::Value;

/// A frozen module: dotted name, source, is it a package.
pub struct Frozen {
    pub name: &'static str,
    pub source: &'static str,
    pub is_package: bool,
}

macro_rules! frozen {
    ($name:literal, $path:literal, $pkg:literal) => {
        Frozen { name: $name, source: include_str!(concat!("../lib/", $path)), is_package: $pkg }
    };
}

pub static FROZEN: &[Frozen] = &[
    frozen!("threading", "threading.py", false),
    frozen!("queue", "queue.py", false),
    frozen!("signal", "signal.py", false),
    frozen!("bisect", "bisect.py", false),
    frozen!("heapq", "heapq.py", false),
    frozen!("operator", "operator.py", false),
    frozen!("functools", "functools.py", false),
    frozen!("itertools", "itertools.py", false),
    frozen!("copy", "copy.py", false),
    frozen!("contextlib", "contextlib.py", false),
    frozen!("io", "io.py", false),
    frozen!("abc", "abc.py", false),
    frozen!("keyword", "keyword.py", false),
    frozen!("string", "string.py", false),
    frozen!("importlib", "importlib.py", false),
    frozen!("collections", "collections/__init__.py", true),
    frozen!("collections.abc", "collections/abc.py", false),
    frozen!("random", "random.py", false),
    frozen!("json", "json/__init__.py", true),
    frozen!("json.decoder", "json/decoder.py", false),
    frozen!("json.encoder", "json/encoder.py", false),
    frozen!("enum", "enum.py", false),
    frozen!("types", "types.py", false),
    frozen!("typing", "typing.py", false),
    frozen!("dataclasses", "dataclasses.py", false),
    frozen!("os", "os.py", false),
    frozen!("posixpath", "posixpath.py", false),
    frozen!("re", "re.py", false),
    frozen!("warnings", "warnings.py", false),
    frozen!("textwrap", "textwrap.py", false),
    frozen!("gc", "gc.py", false),
    frozen!("numbers", "numbers.py", false),
    frozen!("fractions", "fractions.py", false),
    frozen!("statistics", "statistics.py", false),
    frozen!("pprint", "pprint.py", false),
    frozen!("pathlib", "pathlib.py", false),
    frozen!("fnmatch", "fnmatch.py", false),
    frozen!("glob", "glob.py", false),
    frozen!("datetime", "datetime.py", false),
    frozen!("base64", "base64.py", false),
    frozen!("shutil", "shutil.py", false),
    frozen!("tempfile", "tempfile.py", false),
    frozen!("struct", "struct.py", false),
    frozen!("hashlib", "hashlib.py", false),
    frozen!("hmac", "hmac.py", false),
    frozen!("argparse", "argparse.py", false),
    frozen!("weakref", "weakref.py", false),
    frozen!("logging", "logging/__init__.py", true),
    frozen!("logging.handlers", "logging/handlers.py", false),
    frozen!("logging.config", "logging/config.py", false),
    frozen!("inspect", "inspect.py", false),
    frozen!("unittest", "unittest/__init__.py", true),
    frozen!("csv", "csv.py", false),
    frozen!("calendar", "calendar.py", false),
    frozen!("difflib", "difflib.py", false),
    frozen!("uuid", "uuid.py", false),
    frozen!("array", "array.py", false),
    frozen!("cmath", "cmath.py", false),
    frozen!("copyreg", "copyreg.py", false),
    frozen!("pickle", "pickle.py", false),
    frozen!("subprocess", "subprocess.py", false),
    frozen!("gzip", "gzip.py", false),
    frozen!("quopri", "quopri.py", false),
    frozen!("concurrent", "concurrent/__init__.py", true),
    frozen!("concurrent.futures", "concurrent/futures/__init__.py", true),
    frozen!("concurrent.futures._base", "concurrent/futures/_base.py", false),
    frozen!("concurrent.futures.thread", "concurrent/futures/thread.py", false),
    frozen!("concurrent.interpreters._crossinterp", "concurrent/interpreters/_crossinterp.py", false),
    frozen!("concurrent.interpreters._queues", "concurrent/interpreters/_queues.py", false),
    frozen!("test.support.interpreters.queues", "test/support/interpreters/queues.py", false),
    frozen!("test.support.interpreters.channels", "test/support/interpreters/channels.py", false),
    frozen!("concurrent.interpreters", "concurrent/interpreters/__init__.py", true),
    frozen!("test", "test/__init__.py", true),
    frozen!("test.support", "test/support/__init__.py", true),
    frozen!("test.support.interpreters", "test/support/interpreters/__init__.py", true),
    frozen!("shlex", "shlex.py", false),
    frozen!("secrets", "secrets.py", false),
    frozen!("graphlib", "graphlib.py", false),
    frozen!("configparser", "configparser.py", false),
    frozen!("unittest.mock", "unittest/mock.py", false),
    frozen!("dis", "dis.py", false),
    frozen!("__future__", "__future__.py", false),
    frozen!("errno", "errno.py", false),
    frozen!("timeit", "timeit.py", false),
    frozen!("getopt", "getopt.py", false),
    frozen!("stat", "stat.py", false),
    frozen!("reprlib", "reprlib.py", false),
    frozen!("colorsys", "colorsys.py", false),
    frozen!("linecache", "linecache.py", false),
];

/// The frozen module `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Frozen> {
    FROZEN.iter().find(|f| f.name == name)
}

/// The filename tracebacks show for frozen module `name`.
pub fn filename(name: &str) -> String {
    format!("<frozen {}>", name)
}

/// A native module without a file, created fresh (the caller stores it in
/// `sys.modules`).
pub fn native_module(name: &str) -> Option<Value> {
    Some(match name {
        "_thread" => crate::modules::thread::make_thread_module(),
        "_signal" => crate::vm::signals::make_signal_module(),
        "traceback" => crate::modules::traceback::make_traceback_module(),
        "_interpqueues" => crate::modules::interpqueues::make_module(),
        "_interpchannels" => crate::modules::interpchannels::make_module(),
        "_interpreters" => crate::modules::interpreters::make_module(),
        "math" => crate::modules::math::make_math_module(),
        "time" => crate::modules::time::make_time_module(),
        "posix" => crate::modules::posix::make_module(),
        "_re" => crate::modules::re::make_module(),
        "_collections" => crate::modules::collections::make_module(),
        "_struct" => crate::modules::structmod::make_module(),
        "_hashlib" => crate::modules::hashlib::make_module(),
        "_weakref" => crate::object::weakref::make_module(),
        "binascii" => crate::modules::binascii::make_module(),
        "zlib" => crate::modules::zlib::make_module(),
        "_subprocess" => crate::modules::subprocess::make_module(),
        "_dis" => crate::modules::dismod::make_module(),
        _ => return None,
    })
}
