//! Design: DESIGN.md#standard-library
//!
//! `_re`: the native matcher under Weft's `re` module (`src/lib/re.py`).
//! A compiled pattern is a `fancy_regex::Regex` (backtracking where the
//! pattern needs backreferences or lookaround, the `regex` crate's
//! automata otherwise) in an immutable object that threads share freely.
//! `re.py` translates Python's pattern syntax into fancy-regex syntax
//! before compiling, and builds `Match` objects from the spans returned
//! here. Spans are in characters (Python indices), converted from the
//! crate's byte offsets with a forward cursor so a whole-string scan stays
//! linear.

#![forbid(unsafe_code)]

use std::borrow::Cow;

use crate::builtins::args::{self, Params};
use crate::error::{PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::method;
use crate::object::singletons::{object_hash, object_richcompare, OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{MethodDef, MethodKind, PyType, Slots};
use crate::object::{dict, int, list, str as pystr, tuple};

/// A compiled pattern: the search form and, made on first use, the forms
/// anchored at the start (`match`) and at both ends (`fullmatch`).
pub struct PyRegex {
    search: fancy_regex::Regex,
    anchored: crate::sync::OnceLock<Result<fancy_regex::Regex, String>>,
    full: crate::sync::OnceLock<Result<fancy_regex::Regex, String>>,
    source: String,
}

impl PyPayload for PyRegex {
    fn class() -> &'static PyType {
        &REGEX_TYPE
    }
}

pub static REGEX_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "_re.Regex",
    base: &OBJECT_TYPE,
    flags: 0,
    slots: Slots { hash: Some(object_hash), richcompare: Some(object_richcompare), ..Slots::EMPTY },
    free: PyObject::<PyRegex>::free,
    methods: REGEX_METHODS,
    dict: crate::sync::OnceLock::new(),
};

static REGEX_METHODS: &[MethodDef] = &[
    method("search", rx_search),
    method("scan", rx_scan),
    method("groups", rx_groups),
    method("groupnames", rx_groupnames),
];

fn this(v: &Value) -> PyResult<&PyRegex> {
    v.downcast_sub::<PyRegex>().ok_or_else(|| PyErr::type_error("descriptor requires a '_re.Regex' object"))
}

fn build(src: &str) -> Result<fancy_regex::Regex, String> {
    fancy_regex::RegexBuilder::new(src).backtrack_limit(10_000_000).build().map_err(|e| e.to_string())
}

/// `_re.compile(pattern)`: ValueError with the crate's message if the
/// (translated) pattern is invalid; `re.py` turns it into `re.error`.
fn re_compile(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "compile", names: &["pattern"], posonly: 1, maxpos: 1, required: 1 };
    let [pat] = args::parse::<1>(p, a, kw)?;
    let src = pystr::as_str(pat.expect("required"))
        .ok_or_else(|| PyErr::type_error("compile() argument must be str"))?
        .into_owned();
    let search = build(&src).map_err(PyErr::value_error)?;
    Ok(PyObject::alloc(
        &REGEX_TYPE,
        PyRegex { search, anchored: crate::sync::OnceLock::new(), full: crate::sync::OnceLock::new(), source: src },
    ))
}

/// Byte offset → character index, for offsets visited mostly in
/// increasing order.
struct CharCursor<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

impl<'a> CharCursor<'a> {
    fn new(text: &'a str) -> Self {
        CharCursor { text, ascii: text.is_ascii(), byte: 0, chr: 0 }
    }
    fn to_char(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            self.chr += self.text[self.byte..b].chars().count();
        } else {
            self.chr -= self.text[b..self.byte].chars().count();
        }
        self.byte = b;
        self.chr
    }
    /// Character index → byte offset (clamped to the text).
    fn to_byte(&self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        self.text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(self.text.len())
    }
}

fn text_arg(v: &Value) -> PyResult<Cow<'_, str>> {
    pystr::as_str(v).ok_or_else(|| PyErr::type_error("expected string"))
}

fn usize_arg(v: Option<&Value>, dflt: usize) -> PyResult<usize> {
    match v {
        None => Ok(dflt),
        Some(v) if v.is_none() => Ok(dflt),
        Some(v) => {
            let n = int::to_i64(v).ok_or_else(|| PyErr::type_error("an integer is required"))?;
            Ok(if n < 0 { 0 } else { n as usize })
        }
    }
}

fn rt_err(e: fancy_regex::Error) -> PyErr {
    PyErr::runtime_error(format!("regular expression matching failed: {}", e))
}

/// The group spans of one match as a tuple of (start, end) pairs, (-1, -1)
/// for a group that did not take part.
fn spans(caps: &fancy_regex::Captures<'_>, cur: &mut CharCursor<'_>) -> Value {
    let mut out = Vec::with_capacity(caps.len());
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                let s = cur.to_char(m.start());
                let e = cur.to_char(m.end());
                out.push(tuple::new_tuple(vec![Value::from_i64(s as i64), Value::from_i64(e as i64)]));
            }
            None => out.push(tuple::new_tuple(vec![Value::from_i64(-1), Value::from_i64(-1)])),
        }
    }
    tuple::new_tuple(out)
}

fn anchored_form<'r>(r: &'r PyRegex, full: bool) -> PyResult<&'r fancy_regex::Regex> {
    let cell = if full { &r.full } else { &r.anchored };
    let res = cell.get_or_init(|| {
        let src = if full { format!(r"\A(?:{})\z", r.source) } else { format!(r"\A(?:{})", r.source) };
        build(&src)
    });
    res.as_ref().map_err(|e| PyErr::value_error(e.clone()))
}

/// `search(string, pos, endpos, mode)`: mode 0 searches from `pos`, 1
/// matches at `pos`, 2 matches all of `[pos, endpos)`. The group spans,
/// or None.
fn rx_search(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let r = this(s)?;
    let p = Params { fname: "search", names: &["string", "pos", "endpos", "mode"], posonly: 4, maxpos: 4, required: 1 };
    let [text, pos, endpos, mode] = args::parse::<4>(p, a, kw)?;
    let full_text = text_arg(text.expect("required"))?;
    let mode = usize_arg(mode, 0)?;
    let cur0 = CharCursor::new(&full_text);
    let nchars = if cur0.ascii { full_text.len() } else { full_text.chars().count() };
    let endc = usize_arg(endpos, nchars)?.min(nchars);
    let posc = usize_arg(pos, 0)?;
    if posc > endc {
        return Ok(Value::none());
    }
    let end_b = cur0.to_byte(endc);
    let pos_b = cur0.to_byte(posc);
    let text = &full_text[..end_b];
    let mut cur = CharCursor::new(text);
    let caps = match mode {
        0 => r.search.captures_from_pos(text, pos_b).map_err(rt_err)?,
        _ if pos_b == 0 => anchored_form(r, mode == 2)?.captures(text).map_err(rt_err)?,
        _ => {
            // Anchored at a later position: search from it and keep a
            // match that starts there (leftmost-first search returns the
            // match at `pos` when there is one). fullmatch also needs the
            // end: its anchored form ends in `\z`.
            let tail_anchored;
            let rx = if mode == 2 {
                tail_anchored = build(&format!(r"(?:{})\z", r.source)).map_err(PyErr::value_error)?;
                &tail_anchored
            } else {
                &r.search
            };
            match rx.captures_from_pos(text, pos_b).map_err(rt_err)? {
                Some(c) if c.get(0).map(|m| m.start()) == Some(pos_b) => Some(c),
                _ => None,
            }
        }
    };
    Ok(match caps {
        Some(c) => spans(&c, &mut cur),
        None => Value::none(),
    })
}

/// `scan(string, pos, endpos, limit)`: the spans of successive
/// non-overlapping matches, as Python's finditer/sub/split see them: after
/// an empty match the next search starts one character later; an empty
/// match right after a non-empty one is kept. At most `limit` (0: all).
fn rx_scan(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let r = this(s)?;
    let p = Params { fname: "scan", names: &["string", "pos", "endpos", "limit"], posonly: 4, maxpos: 4, required: 1 };
    let [text, pos, endpos, limit] = args::parse::<4>(p, a, kw)?;
    let full_text = text_arg(text.expect("required"))?;
    let cur0 = CharCursor::new(&full_text);
    let nchars = if cur0.ascii { full_text.len() } else { full_text.chars().count() };
    let endc = usize_arg(endpos, nchars)?.min(nchars);
    let posc = usize_arg(pos, 0)?;
    let limit = usize_arg(limit, 0)?;
    let mut out = Vec::new();
    if posc > endc {
        return Ok(list::new_list(out));
    }
    let end_b = cur0.to_byte(endc);
    let text = &full_text[..end_b];
    let mut at = cur0.to_byte(posc);
    let mut cur = CharCursor::new(text);
    let mut last_empty_at: Option<usize> = None;
    while at <= text.len() {
        if limit != 0 && out.len() >= limit {
            break;
        }
        let Some(c) = r.search.captures_from_pos(text, at).map_err(rt_err)? else { break };
        let m = c.get(0).expect("group 0");
        if m.start() == m.end() && last_empty_at == Some(m.start()) {
            // Python never reports an empty match where the previous match
            // (empty) ended: try again one character on.
            let Some(ch) = text[m.start()..].chars().next() else { break };
            at = m.start() + ch.len_utf8();
            last_empty_at = None;
            continue;
        }
        out.push(spans(&c, &mut cur));
        if m.start() == m.end() {
            last_empty_at = Some(m.end());
            at = m.end();
            // The next search may not report an empty match here again.
            match text[m.end()..].chars().next() {
                Some(_) => {}
                None => break,
            }
        } else {
            last_empty_at = None;
            at = m.end();
        }
    }
    Ok(list::new_list(out))
}

fn rx_groups(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this(s)?.search.captures_len() as i64 - 1))
}

/// `{name: index}` of the named groups.
fn rx_groupnames(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let d = dict::new_dict();
    for (i, n) in this(s)?.search.capture_names().enumerate() {
        if let Some(n) = n {
            dict::dict_set(&d, pystr::new_str(n), Value::from_i64(i as i64))?;
        }
    }
    Ok(d)
}

pub static RE_METHODS: &[MethodDef] =
    &[MethodDef { name: "compile", func: re_compile, kind: MethodKind::StaticMethod, doc: "" }];

/// A new `_re` module.
pub fn make_module() -> Value {
    let m = crate::object::module::new_module("_re");
    crate::object::module::add_functions(&m, RE_METHODS);
    m
}
