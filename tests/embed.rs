//! The embedding API (`weft::embed`): conversions, errors, panics, and
//! calls from many Rust threads.

use weft::embed::*;
use weft::ExcKind;


#[test]
fn round_trips_and_errors() {
    let rt = Runtime::new();
    rt.exec("def f(a, b=2, c=3):\n    return (a, b, c)\ndef boom():\n    raise ValueError('bad ' + 'thing')\n")
        .unwrap();
    let f = rt.get("f").unwrap();
    let r: (i64, String, Option<f64>) = f.call((1, "x", None::<f64>)).unwrap().extract().unwrap();
    assert_eq!(r, (1, "x".to_string(), None));
    let r: (i64, i64, i64) = f.call_kw((5,), [("c", 7)]).unwrap().extract().unwrap();
    assert_eq!(r, (5, 2, 7));
    let v: Vec<u64> = rt.eval("[1, 2, 2**40]").unwrap().extract().unwrap();
    assert_eq!(v, vec![1, 2, 1 << 40]);
    let b: Bytes = rt.eval("b'ab' + bytes([0])").unwrap().extract().unwrap();
    assert_eq!(b.0, b"ab\0");
    let e = rt.get("boom").unwrap().call(()).unwrap_err();
    assert_eq!(e.type_name, "ValueError");
    assert_eq!(e.message, "bad thing");
    assert!(e.is(ExcKind::Exception));
    assert!(e.traceback.starts_with("Traceback (most recent call last):"), "{}", e.traceback);
    assert!(e.traceback.ends_with("ValueError: bad thing\n"), "{}", e.traceback);
    let e = rt.eval("2**70").unwrap().extract::<i64>().unwrap_err();
    assert_eq!(e.type_name, "OverflowError");
    let e = rt.get("no_such_name").unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'no_such_name' is not defined");
}

#[test]
fn panics_become_system_error() {
    let e = with_python::<()>(|| panic!("native bug")).unwrap_err();
    assert_eq!(e.type_name, "SystemError");
    assert!(e.message.contains("native bug"));
}

#[test]
fn modules_and_globals() {
    let rt = Runtime::new();
    let m = rt.run_module_source("embedmod", "X = 41\ndef inc(v):\n    return v + 1\n").unwrap();
    let x: i64 = m.getattr("inc").unwrap().call((m.getattr("X").unwrap(),)).unwrap().extract().unwrap();
    assert_eq!(x, 42);
    rt.exec("import embedmod\nY = embedmod.X * 2").unwrap();
    assert_eq!(rt.get("Y").unwrap().extract::<i64>().unwrap(), 82);
    rt.set("Z", vec![(1, "a"), (2, "b")]).unwrap();
    assert_eq!(rt.eval("repr(Z)").unwrap().extract::<String>().unwrap(), "[(1, 'a'), (2, 'b')]");
    let e = rt.run_module_source("badmod", "def f(:\n").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    let len = rt.get("len").unwrap();
    assert_eq!(len.call(("abc",)).unwrap().extract::<usize>().unwrap(), 3);
}

#[test]
fn handles_cross_threads() {
    let rt = Runtime::new();
    rt.exec("shared = []\ndef push(x):\n    shared.append(x)\n    return x * 2\n").unwrap();
    let push = rt.get("push").unwrap();
    let hs: Vec<_> = (0..8)
        .map(|t| {
            let push = push.clone();
            std::thread::spawn(move || {
                for i in 0..500i64 {
                    assert_eq!(push.call((t * 1000 + i,)).unwrap().extract::<i64>().unwrap(), 2 * (t * 1000 + i));
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let mut v: Vec<i64> = rt.get("shared").unwrap().extract().unwrap();
    v.sort();
    let mut want: Vec<i64> = (0..8).flat_map(|t| (0..500).map(move |i| t * 1000 + i)).collect();
    want.sort();
    assert_eq!(v, want);
}
