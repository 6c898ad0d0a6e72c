//! Unit tests of the builtins module, expected values from CPython 3.13.

use super::*;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::PyType;
use crate::object::tuple;

fn call(name: &str, a: &[Value], kwnames: &[&str]) -> String {
    let def = BUILTIN_FUNCTIONS.iter().find(|d| d.name == name).expect("builtin");
    let kn = if kwnames.is_empty() { None } else { Some(new_tuple(kwnames.iter().map(|k| new_str(k)).collect())) };
    match (def.func)(&Value::none(), a, kn.as_ref()) {
        Ok(v) => ops::repr_string(&v).unwrap(),
        Err(e) => e.to_string(),
    }
}
fn i(x: i64) -> Value {
    Value::from_i64(x)
}
fn fl(x: f64) -> Value {
    Value::from_f64(x)
}
fn l(items: Vec<Value>) -> Value {
    list::new_list(items)
}

#[test]
fn min_max_sum() {
    assert_eq!(call("max", &[i(1), i(2), i(3)], &["default"]), "TypeError: Cannot specify a default for max() with multiple positional arguments");
    assert_eq!(call("max", &[l(vec![]), i(1)], &["x"]), "TypeError: max() got an unexpected keyword argument 'x'");
    assert_eq!(call("max", &[], &[]), "TypeError: max expected at least 1 argument, got 0");
    assert_eq!(call("max", &[l(vec![])], &[]), "ValueError: max() iterable argument is empty");
    assert_eq!(call("min", &[l(vec![]), Value::none()], &["default"]), "None");
    assert_eq!(call("max", &[i(3), i(7), i(5)], &[]), "7");
    assert_eq!(call("min", &[l(vec![new_str("bb"), new_str("a"), new_str("cc")]), type_value(&int::INT_TYPE)], &[]), "TypeError: min() takes no keyword arguments".replace("TypeError: min() takes no keyword arguments", "TypeError: '<' not supported between instances of 'type' and 'list'"));
    assert_eq!(call("sum", &[l(vec![new_str("a")]), new_str("")], &[]), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    assert_eq!(call("sum", &[], &[]), "TypeError: sum() takes at least 1 positional argument (0 given)");
    assert_eq!(call("sum", &[l(vec![]), i(2), i(3)], &[]), "TypeError: sum() takes at most 2 arguments (3 given)");
    assert_eq!(call("sum", &[l(vec![fl(0.1); 10])], &[]), "1.0");
    assert_eq!(call("sum", &[l(vec![fl(1e100), fl(1.0), fl(-1e100), fl(1.0)])], &[]), "2.0");
    assert_eq!(call("sum", &[l(vec![fl(1.5), i(2)]), i(1)], &[]), "4.5");
    assert_eq!(call("sum", &[l(vec![Value::bool(true), Value::bool(true)])], &[]), "2");
    assert_eq!(call("sum", &[l(vec![l(vec![i(1)]), l(vec![i(2)])]), l(vec![])], &[]), "[1, 2]");
    assert_eq!(call("sum", &[l(vec![i(i64::MAX / 2), i(i64::MAX / 2), i(10)])], &[]), "9223372036854775816");
}

#[test]
fn sorted_stable_and_errors() {
    assert_eq!(call("sorted", &[], &[]), "TypeError: sorted expected 1 argument, got 0");
    assert_eq!(call("sorted", &[l(vec![]), i(1)], &[]), "TypeError: sorted expected 1 argument, got 2");
    assert_eq!(call("sorted", &[l(vec![]), Value::none(), i(1)], &["key", "x"]), "TypeError: sort() got an unexpected keyword argument 'x'");
    // Stability: sort by len keeps the original order of equal keys.
    let words = l(vec![new_str("bb"), new_str("a"), new_str("cc"), new_str("d"), new_str("ee")]);
    let len_fn = crate::object::descr::new_native_bound(BUILTIN_FUNCTIONS.iter().find(|d| d.name == "len").unwrap(), Some(Value::none()));
    assert_eq!(call("sorted", &[words.clone(), len_fn.clone()], &["key"]), "['a', 'd', 'bb', 'cc', 'ee']");
    assert_eq!(call("sorted", &[words, len_fn, Value::bool(true)], &["key", "reverse"]), "['bb', 'cc', 'ee', 'a', 'd']");
}

#[test]
fn small_functions() {
    assert_eq!(call("chr", &[i(-1)], &[]), "ValueError: chr() arg not in range(0x110000)");
    assert_eq!(call("chr", &[new_str("a")], &[]), "TypeError: 'str' object cannot be interpreted as an integer");
    assert_eq!(call("chr", &[i(0x1F600)], &[]), "'😀'");
    assert_eq!(call("ord", &[new_str("ab")], &[]), "TypeError: ord() expected a character, but string of length 2 found");
    assert_eq!(call("ord", &[i(1)], &[]), "TypeError: ord() expected string of length 1, but int found");
    assert_eq!(call("ord", &[new_str("é")], &[]), "233");
    assert_eq!(call("iter", &[i(1), i(2)], &[]), "TypeError: iter(v, w): v must be callable");
    assert_eq!(call("next", &[l(vec![])], &[]), "TypeError: 'list' object is not an iterator");
    assert_eq!(call("getattr", &[i(1), i(2)], &[]), "TypeError: attribute name must be string, not 'int'");
    assert_eq!(call("getattr", &[i(1)], &[]), "TypeError: getattr expected at least 2 arguments, got 1");
    assert_eq!(call("round", &[new_str("a")], &[]), "TypeError: type str doesn't define __round__ method");
    assert_eq!(call("round", &[fl(2.5)], &[]), "2");
    assert_eq!(call("round", &[fl(-0.5)], &[]), "0");
    assert_eq!(call("round", &[i(1234), i(-2)], &[]), "1200");
    assert_eq!(call("round", &[i(1250), i(-2)], &[]), "1200");
    assert_eq!(call("round", &[i(1350), i(-2)], &[]), "1400");
    assert_eq!(call("round", &[fl(2.675), i(2)], &[]), "2.67");
    assert_eq!(call("round", &[i(1), i(2), i(3)], &[]), "TypeError: round() takes at most 2 arguments (3 given)");
    assert_eq!(call("abs", &[new_str("a")], &[]), "TypeError: bad operand type for abs(): 'str'");
    assert_eq!(call("hex", &[fl(1.5)], &[]), "TypeError: 'float' object cannot be interpreted as an integer");
    assert_eq!(call("divmod", &[i(1)], &[]), "TypeError: divmod expected 2 arguments, got 1");
    assert_eq!(call("divmod", &[i(7), i(-2)], &[]), "(-4, -1)");
    assert_eq!(call("isinstance", &[i(1), i(1)], &[]), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    assert_eq!(call("issubclass", &[i(1), type_value(&int::INT_TYPE)], &[]), "TypeError: issubclass() arg 1 must be a class");
    assert_eq!(call("isinstance", &[Value::bool(true), new_tuple(vec![type_value(&float::FLOAT_TYPE), type_value(&int::INT_TYPE)])], &[]), "True");
    assert_eq!(call("len", &[], &[]), "TypeError: len() takes exactly one argument (0 given)");
    assert_eq!(call("len", &[i(1)], &[]), "TypeError: object of type 'int' has no len()");
    assert_eq!(call("hash", &[l(vec![])], &[]), "TypeError: unhashable type: 'list'");
    assert_eq!(call("pow", &[i(2), i(-1), i(7)], &[]), "4");
    assert_eq!(call("pow", &[i(2), i(3), i(1)], &["x"]), "TypeError: pow() got an unexpected keyword argument 'x'");
    assert_eq!(call("ascii", &[new_str("é\u{1F600}")], &[]), "\"'\\\\xe9\\\\U0001f600'\"");
    assert_eq!(call("format", &[fl(1234.5), new_str(",.1f")], &[]), "'1,234.5'");
    assert_eq!(call("format", &[l(vec![]), new_str("x")], &[]), "TypeError: unsupported format string passed to list.__format__");
    assert_eq!(call("bin", &[i(-5)], &[]), "'-0b101'");
    assert_eq!(call("oct", &[i(8)], &[]), "'0o10'");
    assert_eq!(call("hex", &[i(-255)], &[]), "'-0xff'");
    assert_eq!(call("print", &[i(1), i(1)], &["sep"]), "TypeError: sep must be None or a string, not int");
    assert_eq!(call("print", &[i(1), i(2)], &["end"]), "TypeError: end must be None or a string, not int");
    assert_eq!(call("any", &[l(vec![i(0), i(3)])], &[]), "True");
    assert_eq!(call("all", &[l(vec![i(0), i(3)])], &[]), "False");
}

fn collect_repr(v: PyResult<Value>) -> String {
    match v.and_then(|it| ops::collect(&it)) {
        Ok(items) => ops::repr_string(&list::new_list(items)).unwrap(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn zip_enumerate_map_filter_reversed() {
    let zip_t = type_value(&iters::ZIP_TYPE);
    let zip = |a: &[Value], strict: bool| {
        let mut a = a.to_vec();
        let kn = if strict {
            a.push(Value::bool(true));
            Some(new_tuple(vec![new_str("strict")]))
        } else {
            None
        };
        collect_repr((iters::ZIP_TYPE.slots.new.unwrap())(&zip_t, &a, kn.as_ref()))
    };
    assert_eq!(zip(&[l(vec![i(1), i(2)]), l(vec![i(3)])], false), "[(1, 3)]");
    assert_eq!(zip(&[l(vec![i(1)]), l(vec![])], true), "ValueError: zip() argument 2 is shorter than argument 1");
    assert_eq!(zip(&[l(vec![]), l(vec![i(1)])], true), "ValueError: zip() argument 2 is longer than argument 1");
    assert_eq!(zip(&[l(vec![i(1)]), l(vec![i(1)]), l(vec![])], true), "ValueError: zip() argument 3 is shorter than arguments 1-2");
    assert_eq!(zip(&[l(vec![i(1)]), l(vec![i(1)]), l(vec![i(1), i(2)])], true), "ValueError: zip() argument 3 is longer than arguments 1-2");
    let en_t = type_value(&iters::ENUMERATE_TYPE);
    let kn = new_tuple(vec![new_str("start")]);
    assert_eq!(collect_repr((iters::ENUMERATE_TYPE.slots.new.unwrap())(&en_t, &[new_str("ab"), i(5)], Some(&kn))), "[(5, 'a'), (6, 'b')]");
    let rev_t = type_value(&iters::REVERSED_TYPE);
    assert_eq!(collect_repr((iters::REVERSED_TYPE.slots.new.unwrap())(&rev_t, &[new_str("abc")], None)), "['c', 'b', 'a']");
    let filt_t = type_value(&iters::FILTER_TYPE);
    assert_eq!(collect_repr((iters::FILTER_TYPE.slots.new.unwrap())(&filt_t, &[Value::none(), l(vec![i(0), i(1), i(2)])], None)), "[1, 2]");
    assert_eq!(collect_repr((iters::FILTER_TYPE.slots.new.unwrap())(&filt_t, &[i(1)], None)), "TypeError: filter expected 2 arguments, got 1");
    let map_t = type_value(&iters::MAP_TYPE);
    let len_fn = crate::object::descr::new_native_bound(BUILTIN_FUNCTIONS.iter().find(|d| d.name == "len").unwrap(), Some(Value::none()));
    assert_eq!(collect_repr((iters::MAP_TYPE.slots.new.unwrap())(&map_t, &[len_fn, l(vec![new_str("ab"), new_str("")])], None)), "[2, 0]");
    assert_eq!(collect_repr((iters::MAP_TYPE.slots.new.unwrap())(&map_t, &[i(1)], None)), "TypeError: map() must have at least two arguments.");
}

fn m(ty: &PyType, name: &str, this: &Value, a: &[Value], kw: &[&str]) -> String {
    let def = ty.methods.iter().find(|d| d.name == name).expect("method");
    let kn = if kw.is_empty() { None } else { Some(new_tuple(kw.iter().map(|k| new_str(k)).collect())) };
    match (def.func)(this, a, kn.as_ref()) {
        Ok(v) => ops::repr_string(&v).unwrap(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn method_tables() {
    use crate::object::str::STR_TYPE;
    let s = new_str("a,b,,c");
    assert_eq!(m(&STR_TYPE, "split", &s, &[new_str(","), i(1)], &["maxsplit"]), "['a', 'b,,c']");
    assert_eq!(m(&STR_TYPE, "split", &s, &[i(1), i(2), i(3)], &[]), "TypeError: split() takes at most 2 arguments (3 given)");
    assert_eq!(m(&STR_TYPE, "split", &new_str("a b"), &[i(1)], &["x"]), "TypeError: split() got an unexpected keyword argument 'x'");
    assert_eq!(m(&STR_TYPE, "split", &new_str("a  b "), &[i(1)], &["maxsplit"]), "['a', 'b ']");
    assert_eq!(m(&STR_TYPE, "find", &s, &[i(1)], &["x"]), "TypeError: str.find() takes no keyword arguments");
    assert_eq!(m(&STR_TYPE, "upper", &s, &[i(1)], &[]), "TypeError: str.upper() takes no arguments (1 given)");
    assert_eq!(m(&STR_TYPE, "replace", &s, &[new_str(","), new_str(";"), i(1)], &["count"]), "'a;b,,c'");
    assert_eq!(m(&STR_TYPE, "replace", &s, &[i(1)], &[]), "TypeError: replace() takes at least 2 positional arguments (1 given)");
    assert_eq!(m(&STR_TYPE, "encode", &s, &[new_str("utf-8"), new_str("x")], &["encoding"]), "TypeError: argument for encode() given by name ('encoding') and position (1)");
    assert_eq!(m(&STR_TYPE, "removeprefix", &s, &[new_str("a,")], &[]), "'b,,c'");
    assert_eq!(m(&STR_TYPE, "format", &new_str("{x}-{0}"), &[i(1), i(2)], &["x"]), "'2-1'");
    let lst = l(vec![i(3), i(1), i(2)]);
    use crate::object::list::LIST_TYPE;
    assert_eq!(m(&LIST_TYPE, "append", &lst, &[i(1)], &["x"]), "TypeError: list.append() takes no keyword arguments");
    assert_eq!(m(&LIST_TYPE, "insert", &lst, &[i(1)], &[]), "TypeError: insert expected 2 arguments, got 1");
    assert_eq!(m(&LIST_TYPE, "pop", &lst, &[i(1), i(2)], &[]), "TypeError: pop expected at most 1 argument, got 2");
    assert_eq!(m(&LIST_TYPE, "sort", &lst, &[i(1)], &[]), "TypeError: sort() takes no positional arguments");
    assert_eq!(m(&LIST_TYPE, "index", &lst, &[], &[]), "TypeError: index expected at least 1 argument, got 0");
    assert_eq!(m(&LIST_TYPE, "index", &lst, &[i(2)], &[]), "2");
    assert_eq!(m(&LIST_TYPE, "copy", &lst, &[i(1)], &[]), "TypeError: list.copy() takes no arguments (1 given)");
    use crate::object::dict::DICT_TYPE;
    let d = crate::object::dict::new_dict();
    crate::object::dict::dict_set(&d, new_str("a"), i(1)).unwrap();
    assert_eq!(m(&DICT_TYPE, "get", &d, &[i(1)], &["x"]), "TypeError: dict.get() takes no keyword arguments");
    assert_eq!(m(&DICT_TYPE, "pop", &d, &[], &[]), "TypeError: pop expected at least 1 argument, got 0");
    assert_eq!(m(&DICT_TYPE, "keys", &d, &[], &[]), "dict_keys(['a'])");
    assert_eq!(m(&DICT_TYPE, "items", &d, &[], &[]), "dict_items([('a', 1)])");
    assert_eq!(m(&DICT_TYPE, "get", &d, &[new_str("z"), i(5)], &[]), "5");
    let keys = crate::object::methods::dictview::new_keys(&d);
    let other = crate::object::set::new_set(vec![new_str("a"), new_str("b")]).unwrap();
    assert_eq!(ops::repr_string(&ops::binary_op(&keys, &other, BinOp::Or).unwrap()).unwrap().len(), "{'a', 'b'}".len());
    assert_eq!(ops::repr_string(&ops::binary_op(&keys, &other, BinOp::And).unwrap()).unwrap(), "{'a'}");
    use crate::object::int::INT_TYPE;
    assert_eq!(m(&INT_TYPE, "bit_length", &i(255), &[], &[]), "8");
    assert_eq!(m(&INT_TYPE, "to_bytes", &i(1), &[i(1), i(2), i(3)], &[]), "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
    assert_eq!(m(&INT_TYPE, "to_bytes", &i(-2), &[i(2), new_str("little"), Value::bool(true)], &["signed"]), "b'\\xfe\\xff'");
    assert_eq!(m(&INT_TYPE, "to_bytes", &i(256), &[i(1)], &[]), "OverflowError: int too big to convert");
    let int_t = type_value(&INT_TYPE);
    assert_eq!(m(&INT_TYPE, "from_bytes", &int_t, &[], &[]), "TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
    assert_eq!(m(&INT_TYPE, "from_bytes", &int_t, &[crate::object::bytes::new_bytes(&[0xfe, 0xff]), new_str("little"), Value::bool(true)], &["signed"]), "-2");
    use crate::object::float::FLOAT_TYPE;
    assert_eq!(m(&FLOAT_TYPE, "as_integer_ratio", &fl(0.75), &[], &[]), "(3, 4)");
    assert_eq!(m(&FLOAT_TYPE, "hex", &fl(1.0), &[], &[]), "'0x1.0000000000000p+0'");
    assert_eq!(m(&FLOAT_TYPE, "__round__", &fl(2.5), &[], &[]), "2");
    assert_eq!(m(&FLOAT_TYPE, "__format__", &fl(0.5), &[new_str(".1%")], &[]), "'50.0%'");
}

#[test]
fn builtins_module_names() {
    let names: Vec<&str> = entries().iter().map(|(n, _)| *n).collect();
    for n in ["int", "str", "property", "super", "ValueError", "ExceptionGroup", "IOError", "KeyboardInterrupt", "zip", "None"] {
        assert!(names.contains(&n), "{}", n);
    }
}

#[test]
fn open_read_write() {
    let path = std::env::temp_dir().join(format!("weft_builtins_io_{}.txt", std::process::id()));
    let p = new_str(path.to_str().unwrap());
    let call_v = |name: &str, a: &[Value], kw: &[&str]| -> PyResult<Value> {
        let def = BUILTIN_FUNCTIONS.iter().find(|d| d.name == name).unwrap();
        let kn = if kw.is_empty() { None } else { Some(new_tuple(kw.iter().map(|k| new_str(k)).collect())) };
        (def.func)(&Value::none(), a, kn.as_ref())
    };
    let meth = |f: &Value, name: &str, a: &[Value]| -> String {
        let def = f.ty().methods.iter().find(|d| d.name == name).expect("file method");
        match (def.func)(f, a, None) {
            Ok(v) => ops::repr_string(&v).unwrap(),
            Err(e) => e.to_string(),
        }
    };
    let f = call_v("open", &[p.clone(), new_str("w"), new_str("utf-8")], &["encoding"]).unwrap();
    assert_eq!(f.ty().name, "_io.TextIOWrapper");
    assert_eq!(meth(&f, "write", &[new_str("héllo\r\nwörld\nend")]), "16");
    assert_eq!(meth(&f, "read", &[]), "OSError: not readable");
    assert_eq!(meth(&f, "close", &[]), "None");
    assert_eq!(meth(&f, "write", &[new_str("x")]), "ValueError: I/O operation on closed file.");
    let f = call_v("open", &[p.clone()], &[]).unwrap();
    assert_eq!(meth(&f, "readline", &[]), "'héllo\\n'");
    assert_eq!(meth(&f, "read", &[i(2)]), "'wö'");
    assert_eq!(meth(&f, "readlines", &[]), "['rld\\n', 'end']");
    let f = call_v("open", &[p.clone(), new_str("rb")], &[]).unwrap();
    assert_eq!(f.ty().name, "_io.BufferedReader");
    assert_eq!(meth(&f, "read", &[i(3)]), "b'h\\xc3\\xa9'");
    assert_eq!(meth(&f, "seek", &[i(-3), i(2)]), "15");
    assert_eq!(meth(&f, "read", &[]), "b'end'");
    for (mode, msg) in [
        ("rw", "ValueError: must have exactly one of create/read/write/append mode"),
        ("rr", "ValueError: invalid mode: 'rr'"),
        ("rbt", "ValueError: can't have text and binary mode at once"),
        ("b", "ValueError: Must have exactly one of create/read/write/append mode and at most one plus"),
    ] {
        assert_eq!(call_v("open", &[p.clone(), new_str(mode)], &[]).unwrap_err().to_string(), msg);
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn generic_alias_and_union() {
    let list_t = type_value(&list::LIST_TYPE);
    let int_t = type_value(&int::INT_TYPE);
    let ga = generic::class_getitem(&list_t, &[int_t.clone()], None).unwrap();
    assert_eq!(ops::repr_string(&ga).unwrap(), "list[int]");
    let u = ops::binary_op(&int_t, &Value::none(), BinOp::Or).unwrap();
    assert_eq!(ops::repr_string(&u).unwrap(), "int | None");
    let u2 = ops::binary_op(&u, &ga, BinOp::Or).unwrap();
    assert_eq!(ops::repr_string(&u2).unwrap(), "int | None | list[int]");
    assert!(isinstance(&i(3), &u).unwrap());
    assert!(!isinstance(&fl(3.0), &u).unwrap());
    let t = generic::class_getitem(&type_value(&tuple::TUPLE_TYPE), &[new_tuple(vec![])], None).unwrap();
    assert_eq!(ops::repr_string(&t).unwrap(), "tuple[()]");
}
