//! Subinterpreters through the Rust API (src/embed.rs) and their
//! isolation: each has its own `__main__`, modules and builtins; values
//! cross as Shareable; errors come back with the remote type and message.

use weft::embed::{GilMode, InterpreterBuilder, Runtime};
use weft::xi::Shareable;
use weft::ExcKind;

#[test]
fn exec_eval_set_get_call() {
    let _rt = Runtime::new();
    let it = InterpreterBuilder::new().build().unwrap();
    it.set("n", 10i64).unwrap();
    it.exec("total = sum(range(n))\ndef twice(x):\n    return (x, x)\n").unwrap();
    assert_eq!(it.eval("total").unwrap(), Shareable::from(45i64));
    assert_eq!(it.get("total").unwrap(), Shareable::from(45i64));
    let r = it.call("twice", vec![Shareable::from("ab")]).unwrap();
    assert_eq!(r, Shareable::Tuple(vec![Shareable::from("ab"), Shareable::from("ab")].into()));
    assert_eq!(it.call("len", vec![Shareable::from("abc")]).unwrap(), Shareable::from(3i64));
    assert_eq!(it.call("math.floor", vec![Shareable::from(2.5f64)]).unwrap(), Shareable::from(2i64));
    it.close().unwrap();
}

#[test]
fn errors_come_back_as_py_errors() {
    let it = InterpreterBuilder::new().gil(GilMode::FreeThreaded).build().unwrap();
    let e = it.exec("x = 1\nraise KeyError('gone')").unwrap_err();
    assert_eq!(e.type_name, "KeyError");
    assert_eq!(e.message, "'gone'");
    assert!(e.is(ExcKind::KeyError));
    assert!(e.traceback.contains("raise KeyError('gone')"), "{}", e.traceback);
    // State set before the error stays.
    assert_eq!(it.eval("x").unwrap(), Shareable::from(1i64));
    let e = it.eval("[1, 2]").unwrap_err();
    assert_eq!(e.type_name, "interpreters.NotShareableError");
    let e = it.exec("class Oops(Exception): pass\nraise Oops('x')").unwrap_err();
    assert_eq!(e.type_name, "Oops");
    assert_eq!(e.kind, ExcKind::Exception);
    let e = it.exec("def f(:\n  pass").unwrap_err();
    assert!(e.is(ExcKind::SyntaxError));
}

#[test]
fn interpreters_are_isolated() {
    let rt = Runtime::new();
    rt.exec("import math\nmath.marker = 'main'\nshared_name = 1").unwrap();
    let a = InterpreterBuilder::new().build().unwrap();
    let b = InterpreterBuilder::new().build().unwrap();
    assert_ne!(a.id(), b.id());
    a.exec("import math\nmath.marker = 'a'\nwho = 'a'").unwrap();
    b.exec("who = 'b'").unwrap();
    assert_eq!(a.eval("who").unwrap(), Shareable::from("a"));
    assert_eq!(b.eval("who").unwrap(), Shareable::from("b"));
    assert_eq!(b.eval("__import__('math').__dict__.get('marker')").unwrap(), Shareable::None);
    assert_eq!(a.eval("'shared_name' in globals()").unwrap(), Shareable::Bool(false));
    assert_eq!(rt.eval("math.marker").unwrap().extract::<String>().unwrap(), "main");
    // Builtins are per interpreter: rebinding one is seen only there.
    a.exec("import builtins\nbuiltins.len = lambda x: -1").unwrap();
    assert_eq!(a.eval("len('abc')").unwrap(), Shareable::from(-1i64));
    assert_eq!(b.eval("len('abc')").unwrap(), Shareable::from(3i64));
    assert_eq!(rt.eval("len('abc')").unwrap().extract::<i64>().unwrap(), 3);
    // sys is per interpreter.
    a.exec("import sys\nsys.flag_a = True").unwrap();
    assert_eq!(b.eval("hasattr(__import__('sys'), 'flag_a')").unwrap(), Shareable::Bool(false));
}

#[test]
fn close_then_use_fails() {
    let it = InterpreterBuilder::new().build().unwrap();
    let id = it.id();
    it.close().unwrap();
    let rt = Runtime::new();
    let r = rt.exec(&format!(
        "import _interpreters\ntry:\n    _interpreters.exec({id}, 'pass')\nexcept _interpreters.InterpreterNotFoundError as e:\n    msg = str(e)\n"
    ));
    r.unwrap();
    assert_eq!(rt.get("msg").unwrap().extract::<String>().unwrap(), format!("unrecognized interpreter ID {}", id));
}

#[test]
fn many_threads_many_interpreters() {
    let _rt = Runtime::new();
    let hs: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                for k in 0..20i64 {
                    let it = InterpreterBuilder::new().build().unwrap();
                    it.set("k", k).unwrap();
                    it.exec("class C:\n    def __init__(self, v): self.v = v\nr = sum(C(i).v for i in range(k))").unwrap();
                    assert_eq!(it.eval("r").unwrap(), Shareable::from((0..k).sum::<i64>()), "thread {}", t);
                    it.close().unwrap();
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
}
