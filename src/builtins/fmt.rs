//! Design: DESIGN.md#builtins
//!
//! Text formatting: `format(v, spec)` and the `__format__` protocol,
//! `str.format` / `str.format_map` (CPython's `MarkupIterator` and
//! `get_field_object`), and printf-style `str % args` / `bytes % args`
//! (CPython's `PyUnicode_Format`). Number rendering reuses format.rs.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::format::{self, DtsFlags};
use crate::object::{bytes, complex, float, int, ops, str as pystr, tuple, Value};

// ---- format() and __format__ -------------------------------------------------------

/// `format(s, spec)` for a str (CPython's `format_string_internal`).
pub fn format_str(s: &str, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = format::parse_spec(spec, Some('s'), '<', type_name)?;
    match f.ty {
        Some('s') | None => {}
        Some(t) => return Err(format::unknown_format_code(t, type_name)),
    }
    if f.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if f.no_neg_0 {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in format specifier"));
    }
    if f.alternate {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == '=' {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match f.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(format::pad(&body, &f))
}

/// `format(v, spec)`: the native `__format__` of builtin types, else the
/// object's `__format__` method, else `object.__format__`.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if int::int_ref(v).is_some() && (v.is_small_int() || crate::object::tuple::is_builtin_type(v) || is_builtin_exact(v)) {
        return format::format_int(v, spec);
    }
    if let Some(x) = float::as_float(v).filter(|_| is_builtin_exact(v)) {
        return format::format_float_typed(x, spec, v.ty().name);
    }
    if pystr::is_exact_str(v) {
        return format_str(&pystr::to_rust_string(v), spec, "str");
    }
    if complex::as_complex(v).is_some() && is_builtin_exact(v) {
        let r = crate::object::methods::numbers::COMPLEX_METHODS
            .iter()
            .find(|m| m.name == "__format__")
            .expect("complex __format__");
        return Ok(pystr::to_rust_string(&(r.func)(v, &[pystr::new_str(spec)], None)?));
    }
    if !is_builtin_exact(v) {
        if let Some(m) = crate::object::attr::lookup_special(v, &pystr::intern("__format__"))? {
            let r = ops::call(&m, &[pystr::new_str(spec)], None)?;
            return match pystr::as_str(&r) {
                Some(s) => Ok(s.into_owned()),
                None => Err(PyErr::type_error(format!("__format__ must return a str, not {}", r.ty().name))),
            };
        }
        if let Some(i) = int::int_ref(v) {
            let _ = i;
            return format::format_int(v, spec);
        }
        if let Some(x) = float::as_float(v) {
            return format::format_float_typed(x, spec, v.ty().name);
        }
        if let Some(s) = pystr::as_str(v) {
            return format_str(&s, spec, v.ty().name);
        }
    }
    object_format(v, spec)
}

/// `format(v, spec)` as a str object, with native fast paths for the
/// builtin types (for FORMAT_SIMPLE / FORMAT_WITH_SPEC): an exact str with
/// an empty spec is returned as is, exact ints/floats skip the method call.
pub fn format_value_obj(v: &Value, spec: &Value) -> PyResult<Value> {
    let empty = pystr::char_len(spec) == Some(0);
    if empty && pystr::is_exact_str(v) {
        return Ok(v.clone());
    }
    if empty && (v.is_small_int() || v.is_type(&int::INT_TYPE)) {
        return Ok(pystr::new_str(&int::int_to_decimal_string(v)?));
    }
    if empty && v.is_type(&float::FLOAT_TYPE) {
        return ops::repr(v);
    }
    Ok(pystr::new_str(&format_value(v, &pystr::to_rust_string(spec))?))
}

/// `object.__format__`.
pub fn object_format(v: &Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().name)));
    }
    ops::str_string(v)
}

/// Is `v`'s type a builtin (static) type rather than a class?
fn is_builtin_exact(v: &Value) -> bool {
    // Builtin types carry a method table or are one of the static types;
    // classes (heap types) have an empty table.
    let t = v.ty();
    !t.methods.is_empty() || v.is_small_int() || v.as_bool().is_some()
}

// ---- str.format --------------------------------------------------------------------

#[derive(PartialEq, Eq, Clone, Copy)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct Formatter<'a> {
    args: &'a [Value],
    kwargs: Option<&'a Value>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(*args, **kwargs)` (`kwargs` any mapping, for format_map).
pub fn str_format(fmt: &str, args: &[Value], kwargs: Option<&Value>) -> PyResult<String> {
    let mut f = Formatter { args, kwargs, numbering: Numbering::Unknown, next_auto: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    f.render(&chars, 2)
}

impl Formatter<'_> {
    /// CPython's `build_string` + `MarkupIterator_next`.
    fn render(&mut self, s: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut pos = 0;
        let n = s.len();
        while pos < n {
            let mut c = '\0';
            let mut markup = false;
            while pos < n {
                c = s[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
                out.push(c);
            }
            if !markup {
                break;
            }
            let at_end = pos >= n;
            if c == '}' && (at_end || s[pos] != '}') {
                return Err(PyErr::value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(PyErr::value_error("Single '{' encountered in format string"));
            }
            if s[pos] == c {
                out.push(c);
                pos += 1;
                continue;
            }
            let (name, conv, spec, expand) = parse_field(s, &mut pos)?;
            out.push_str(&self.field(name, conv, spec, expand, depth)?);
        }
        Ok(out)
    }

    fn field(&mut self, name: &[char], conv: Option<char>, spec: &[char], expand: bool, depth: i32) -> PyResult<String> {
        let obj = self.get_field(name)?;
        let obj = match conv {
            None => obj,
            Some('r') => ops::repr(&obj)?,
            Some('s') => ops::str(&obj)?,
            Some('a') => pystr::new_str(&crate::builtins::ascii_of(&obj)?),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier {}", c)));
            }
            Some(c) => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)));
            }
        };
        let spec: String = if expand { self.render(spec, depth - 1)? } else { spec.iter().collect() };
        format_value(&obj, &spec)
    }

    fn get_field(&mut self, name: &[char]) -> PyResult<Value> {
        let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
        let first: String = name[..first_end].iter().collect();
        let mut obj = if first.is_empty() {
            if self.numbering == Numbering::Manual {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.numbering = Numbering::Auto;
            let idx = self.next_auto;
            self.next_auto += 1;
            self.positional(idx)?
        } else if let Ok(idx) = first.parse::<usize>() {
            if self.numbering == Numbering::Auto {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional(idx)?
        } else {
            let key = pystr::new_str(&first);
            match self.kwargs {
                Some(m) => match ops::getitem(m, &key) {
                    Ok(v) => v,
                    Err(e) if e.is(ExcKind::KeyError) => return Err(PyErr::key_error(key)),
                    Err(e) => return Err(e),
                },
                None => return Err(PyErr::key_error(key)),
            }
        };
        let mut i = first_end;
        while i < name.len() {
            if name[i] == '.' {
                let end = name[i + 1..].iter().position(|&c| c == '.' || c == '[').map_or(name.len(), |p| p + i + 1);
                let attr: String = name[i + 1..end].iter().collect();
                if attr.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                obj = ops::getattr(&obj, &pystr::new_str(&attr))?;
                i = end;
            } else if name[i] == '[' {
                let Some(close) = name[i + 1..].iter().position(|&c| c == ']') else {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                };
                let key: String = name[i + 1..i + 1 + close].iter().collect();
                if key.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<usize>() {
                    Ok(n) => Value::from_i64(n as i64),
                    Err(_) => pystr::new_str(&key),
                };
                obj = ops::getitem(&obj, &k)?;
                i = i + 2 + close;
                if i < name.len() && name[i] != '.' && name[i] != '[' {
                    return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            } else {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(obj)
    }

    fn positional(&self, idx: usize) -> PyResult<Value> {
        self.args.get(idx).cloned().ok_or_else(|| {
            PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", idx))
        })
    }
}

/// CPython's `parse_field`: the field after a '{' at `*pos`; returns the
/// field name, the conversion, the format spec and whether the spec has
/// nested fields, leaving `*pos` after the closing '}'.
/// A parsed replacement field: name, conversion, spec, spec has nested fields.
type Field<'a> = (&'a [char], Option<char>, &'a [char], bool);

fn parse_field<'a>(s: &'a [char], pos: &mut usize) -> PyResult<Field<'a>> {
    let n = s.len();
    let start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < n && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') && *pos > start { *pos - 1 } else { *pos };
    let name = &s[start..name_end];
    if c == '!' || c == ':' {
        let mut conv = None;
        if c == '!' {
            if *pos >= n {
                return Err(PyErr::value_error("end of string while looking for conversion specifier"));
            }
            conv = Some(s[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok((name, conv, &[], false));
                }
                if c2 != ':' {
                    return Err(PyErr::value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        let mut expand = false;
        while *pos < n {
            let ch = s[*pos];
            *pos += 1;
            match ch {
                '{' => {
                    expand = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        return Ok((name, conv, &s[spec_start..*pos - 1], expand));
                    }
                }
                _ => {}
            }
        }
        return Err(PyErr::value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    Ok((name, None, &[], false))
}

// ---- printf-style --------------------------------------------------------------------

enum Args<'a> {
    Seq(&'a [Value], usize),
    Map(&'a Value),
}

struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// `fmt % args` for str.
pub fn str_percent(fmt: &Value, args: &Value) -> PyResult<Value> {
    if let Some(v) = percent_ascii_fast(fmt, args) {
        return Ok(v);
    }
    let s: Vec<char> = pystr::to_rust_string(fmt).chars().collect();
    let out = percent(&s, args, false)?;
    Ok(pystr::new_str(&out.into_iter().collect::<String>()))
}

/// The common case of `fmt % args` without the general machinery: an ASCII
/// format whose fields are all bare `%d`/`%i` of tagged ints, `%s` of exact
/// ASCII strs, or `%%`, with every argument used. Two passes (validate and
/// size, then write) so the result is built in one exact allocation. `None`:
/// anything else, including every error case; the general path decides.
fn percent_ascii_fast(fmt: &Value, args: &Value) -> Option<Value> {
    let pystr::StrData::Ascii(f) = fmt.downcast::<pystr::PyStr>()?.data() else {
        return None;
    };
    let items: &[Value] = match tuple::items(args) {
        Some(it) => it,
        None => core::slice::from_ref(args),
    };
    let b = f.as_bytes();
    // Pass 1: validate, count the output length.
    let (mut len, mut k, mut i) = (0usize, 0usize, 0usize);
    while i < b.len() {
        if b[i] != b'%' {
            len += 1;
            i += 1;
            continue;
        }
        match *b.get(i + 1)? {
            b'%' => len += 1,
            b'd' | b'i' => {
                len += decimal_len(items.get(k)?.as_small_int()?);
                k += 1;
            }
            b's' => {
                let a = items.get(k)?.downcast::<pystr::PyStr>()?;
                let pystr::StrData::Ascii(t) = a.data() else {
                    return None;
                };
                len += t.len();
                k += 1;
            }
            _ => return None,
        }
        i += 2;
    }
    if k != items.len() {
        return None;
    }
    // Pass 2: write.
    let mut out = String::with_capacity(len);
    let (mut k, mut i) = (0usize, 0usize);
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'%' {
            i += 1;
        }
        out.push_str(&f[start..i]);
        if i == b.len() {
            break;
        }
        match b[i + 1] {
            b'%' => out.push('%'),
            b'd' | b'i' => {
                push_decimal(&mut out, items[k].as_small_int()?);
                k += 1;
            }
            _ => {
                if let pystr::StrData::Ascii(t) = items[k].downcast::<pystr::PyStr>()?.data() {
                    out.push_str(t);
                }
                k += 1;
            }
        }
        i += 2;
    }
    debug_assert_eq!(out.len(), len);
    Some(pystr::from_str_data(pystr::StrData::Ascii(out.into_boxed_str())))
}

/// Characters of `v` in decimal, sign included.
fn decimal_len(v: i64) -> usize {
    let mut n = if v < 0 { 2 } else { 1 };
    let mut u = v.unsigned_abs();
    while u >= 10 {
        u /= 10;
        n += 1;
    }
    n
}

fn push_decimal(out: &mut String, v: i64) {
    let mut buf = [0u8; 20];
    let mut p = buf.len();
    let mut u = v.unsigned_abs();
    loop {
        p -= 1;
        buf[p] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    for &c in &buf[p..] {
        out.push(c as char);
    }
}

/// The `%` number slot of str: `fmt % args` when the left operand is a str.
pub fn str_rem(a: &Value, b: &Value) -> PyResult<Value> {
    if !pystr::is_str(a) {
        return Ok(Value::not_implemented());
    }
    str_percent(a, b)
}

/// The `%` number slot of bytes.
pub fn bytes_rem(a: &Value, b: &Value) -> PyResult<Value> {
    if !bytes::is_bytes(a) {
        return Ok(Value::not_implemented());
    }
    bytes_percent(a, b)
}

/// `fmt % args` for bytes.
pub fn bytes_percent(fmt: &Value, args: &Value) -> PyResult<Value> {
    let s: Vec<char> = bytes::as_bytes(fmt).unwrap_or(&[]).iter().map(|&b| b as char).collect();
    let out = percent(&s, args, true)?;
    let mut v = Vec::with_capacity(out.len());
    for c in out {
        v.push(c as u32 as u8);
    }
    Ok(bytes::from_vec(v))
}

fn next_arg(a: &mut Args<'_>) -> PyResult<Value> {
    match a {
        Args::Seq(items, i) => {
            let v = items.get(*i).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
            *i += 1;
            Ok(v)
        }
        Args::Map(m) => Ok((*m).clone()),
    }
}

fn star_arg(a: &mut Args<'_>) -> PyResult<i64> {
    let v = next_arg(a)?;
    if int::int_ref(&v).is_none() {
        return Err(PyErr::type_error("* wants int"));
    }
    int::to_i64(&v).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn percent(s: &[char], args: &Value, is_bytes: bool) -> PyResult<Vec<char>> {
    let is_mapping = tuple::items(args).is_none()
        && args.ty().slots.getitem.is_some()
        && !pystr::is_str(args)
        && !bytes::is_bytes(args);
    let single = [args.clone()];
    let mut a = match tuple::items(args) {
        Some(items) => Args::Seq(items, 0),
        None => Args::Seq(&single, 0),
    };
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    let mut i = 0;
    let n = s.len();
    let mut used_mapping = false;
    while i < n {
        if s[i] != '%' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let fstart = i;
        i += 1;
        if i >= n {
            return Err(PyErr::value_error("incomplete format"));
        }
        let mut key_arg: Option<Value> = None;
        if s[i] == '(' {
            if !is_mapping {
                return Err(PyErr::type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let kstart = i + 1;
            i += 1;
            while i < n && depth > 0 {
                if s[i] == '(' {
                    depth += 1;
                } else if s[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = s[kstart..i - 1].iter().collect();
            let k = if is_bytes {
                bytes::new_bytes(&key.chars().map(|c| c as u32 as u8).collect::<Vec<_>>())
            } else {
                pystr::new_str(&key)
            };
            key_arg = Some(ops::getitem(args, &k)?);
            used_mapping = true;
        }
        let mut sp = Spec { left: false, plus: false, space: false, alt: false, zero: false, width: 0, prec: None };
        while i < n {
            match s[i] {
                '-' => sp.left = true,
                '+' => sp.plus = true,
                ' ' => sp.space = true,
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut argsrc = match &key_arg {
            Some(v) => Args::Map(v),
            None => match &mut a {
                Args::Seq(items, k) => Args::Seq(items, *k),
                Args::Map(m) => Args::Map(m),
            },
        };
        if i < n && s[i] == '*' {
            let w = star_arg(&mut argsrc)?;
            if w < 0 {
                sp.left = true;
            }
            sp.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < n && s[i].is_ascii_digit() {
                sp.width = sp.width.checked_mul(10).and_then(|w| w.checked_add(s[i] as usize - '0' as usize)).ok_or_else(|| PyErr::value_error("width too big"))?;
                i += 1;
            }
        }
        if i < n && s[i] == '.' {
            i += 1;
            if i < n && s[i] == '*' {
                let p = star_arg(&mut argsrc)?;
                sp.prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < n && s[i].is_ascii_digit() {
                    p = p.checked_mul(10).and_then(|w| w.checked_add(s[i] as usize - '0' as usize)).ok_or_else(|| PyErr::value_error("precision too big"))?;
                    i += 1;
                }
                sp.prec = Some(p);
            }
        }
        while i < n && matches!(s[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(PyErr::value_error("incomplete format"));
        }
        let code = s[i];
        i += 1;
        if code == '%' {
            out.push('%');
            continue;
        }
        let arg = next_arg(&mut argsrc)?;
        if let (Args::Seq(_, k2), Args::Seq(_, k)) = (&argsrc, &mut a) {
            if key_arg.is_none() {
                *k = *k2;
            }
        }
        let body = convert(code, &arg, &mut sp, is_bytes, fstart, i - 1)?;
        pad_into(&mut out, &body, &sp, matches!(code, 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'));
    }
    if let Args::Seq(items, k) = &a {
        if *k < items.len() && !used_mapping && !(is_mapping && tuple::items(args).is_none()) {
            return Err(PyErr::type_error(if is_bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
    }
    Ok(out)
}

/// Pads a converted field: numbers zero-pad after the sign/prefix with '0'.
fn pad_into(out: &mut Vec<char>, body: &str, sp: &Spec, numeric: bool) {
    let len = body.chars().count();
    if len >= sp.width {
        out.extend(body.chars());
        return;
    }
    let fill = sp.width - len;
    if sp.left {
        out.extend(body.chars());
        out.extend(std::iter::repeat_n(' ', fill));
    } else if sp.zero && numeric && !body.contains("inf") && !body.contains("nan") {
        let chars: Vec<char> = body.chars().collect();
        let mut p = 0;
        if p < chars.len() && matches!(chars[p], '-' | '+' | ' ') {
            p += 1;
        }
        if p + 1 < chars.len() && chars[p] == '0' && matches!(chars[p + 1], 'x' | 'X' | 'o') {
            p += 2;
        }
        out.extend(&chars[..p]);
        out.extend(std::iter::repeat_n('0', fill));
        out.extend(&chars[p..]);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.extend(body.chars());
    }
}

fn sign_of(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else if sp.plus {
        "+"
    } else if sp.space {
        " "
    } else {
        ""
    }
}

fn convert(code: char, arg: &Value, sp: &mut Spec, is_bytes: bool, fstart: usize, at: usize) -> PyResult<String> {
    let _ = fstart;
    match code {
        's' | 'r' | 'a' | 'b' => {
            let s = if is_bytes {
                match code {
                    'r' | 'a' => crate::builtins::ascii_of(arg)?,
                    _ => match crate::builtins::ctors::buffer_bytes(arg) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            return Err(PyErr::type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                arg.ty().name
                            )))
                        }
                    },
                }
            } else {
                match code {
                    's' => ops::str_string(arg)?,
                    'r' => ops::repr_string(arg)?,
                    'a' => crate::builtins::ascii_of(arg)?,
                    _ => return Err(unsupported(code, at)),
                }
            };
            Ok(match sp.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let iv = if int::int_ref(arg).is_some() {
                arg.clone()
            } else if matches!(code, 'd' | 'i' | 'u') {
                if let Some(f) = float::as_float(arg) {
                    float::float_to_int(f.trunc())?
                } else if arg.ty().slots.number.int.is_some() || arg.ty().slots.number.index.is_some() {
                    match arg.ty().slots.number.int {
                        Some(f) => f(arg)?,
                        None => ops::index(arg)?,
                    }
                } else {
                    return Err(PyErr::type_error(format!(
                        "%{} format: a real number is required, not {}",
                        code,
                        arg.ty().name
                    )));
                }
            } else {
                ops::index(arg).map_err(|_| {
                    PyErr::type_error(format!("%{} format: an integer is required, not {}", code, arg.ty().name))
                })?
            };
            let r = int::int_ref(&iv).expect("int");
            let b = r.to_big();
            let neg = b.sign() == num_bigint::Sign::Minus;
            let radix = match code {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 10,
            };
            let mut digits = int::int_abs_digits(r, radix);
            if code == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = sp.prec {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let prefix = if sp.alt {
                match code {
                    'x' => "0x",
                    'X' => "0X",
                    'o' => "0o",
                    _ => "",
                }
            } else {
                ""
            };
            Ok(format!("{}{}{}", sign_of(neg, sp), prefix, digits))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match float::to_f64(arg) {
                Some(x) => x,
                None if int::int_ref(arg).is_some() => int::int_to_f64(arg)?,
                None => match arg.ty().slots.number.float {
                    Some(f) => float::to_f64(&f(arg)?).unwrap_or(0.0),
                    None => match arg.ty().slots.number.index {
                        Some(_) => int::int_to_f64(&ops::index(arg)?)?,
                        None => {
                            return Err(PyErr::type_error(format!("must be real number, not {}", arg.ty().name)));
                        }
                    },
                },
            };
            let prec = sp.prec.unwrap_or(6);
            let flags = DtsFlags { sign: sp.plus, alt: sp.alt, ..Default::default() };
            let mut s = format::double_to_string(x, code, prec, flags);
            if sp.space && !s.starts_with('-') && !s.starts_with('+') {
                s.insert(0, ' ');
            }
            Ok(s)
        }
        'c' => {
            if is_bytes {
                if let Some(b) = bytes::as_bytes(arg) {
                    if b.len() == 1 {
                        return Ok((b[0] as char).to_string());
                    }
                }
                let i = int::to_i64(arg).ok_or_else(|| {
                    PyErr::type_error("%c requires an integer in range(256) or a single byte")
                })?;
                if !(0..256).contains(&i) {
                    return Err(PyErr::overflow_error("%c arg not in range(256)"));
                }
                return Ok((i as u8 as char).to_string());
            }
            if let Some(p) = pystr::as_pystr(arg) {
                if p.len() == 1 {
                    return Ok(pystr::to_rust_string(arg));
                }
                return Err(PyErr::type_error("%c requires int or char"));
            }
            let Some(i) = int::int_ref(arg) else {
                return Err(PyErr::type_error("%c requires int or char"));
            };
            match i {
                int::IntRef::Small(c) if (0..0x110000).contains(&c) => {
                    Ok(pystr::to_rust_string(&pystr::from_char(c as u32)))
                }
                _ => Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
            }
        }
        _ => Err(unsupported(code, at)),
    }
}

fn unsupported(code: char, at: usize) -> PyErr {
    PyErr::value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", code, code as u32, at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str::new_str;
    use crate::object::tuple::new_tuple;

    fn pct(f: &str, a: Value) -> String {
        match str_percent(&new_str(f), &a) {
            Ok(v) => pystr::to_rust_string(&v),
            Err(e) => e.to_string(),
        }
    }
    fn fmt(f: &str, a: &[Value]) -> String {
        match str_format(f, a, None) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }
    fn i(x: i64) -> Value {
        Value::from_i64(x)
    }

    /// Expected values from CPython 3.13.
    #[test]
    fn percent_cases() {
        assert_eq!(pct("%d", i(5)), "5");
        assert_eq!(pct("%5d|%-5d|%05d", new_tuple(vec![i(42), i(42), i(-42)])), "   42|42   |-0042");
        assert_eq!(pct("%x %X %#x %#o %o", new_tuple(vec![i(255), i(255), i(255), i(8), i(-8)])), "ff FF 0xff 0o10 -10");
        assert_eq!(pct("%.3f %e %g", new_tuple(vec![Value::from_f64(3.14159), Value::from_f64(12345.678), Value::from_f64(0.0001)])), "3.142 1.234568e+04 0.0001");
        assert_eq!(pct("%s and %r", new_tuple(vec![new_str("a"), new_str("b")])), "a and 'b'");
        assert_eq!(pct("%+d % d", new_tuple(vec![i(3), i(3)])), "+3  3");
        assert_eq!(pct("%d", Value::from_f64(3.7)), "3");
        assert_eq!(pct("%c%c", new_tuple(vec![i(65), new_str("b")])), "Ab");
        assert_eq!(pct("%.2s|%5.1s|", new_tuple(vec![new_str("abc"), new_str("xyz")])), "ab|    x|");
        assert_eq!(pct("%*d|%-*d|", new_tuple(vec![i(4), i(1), i(3), i(2)])), "   1|2  |");
        assert_eq!(pct("100%%", new_tuple(vec![])), "100%");
        assert_eq!(pct("%d %d", new_tuple(vec![i(1)])), "TypeError: not enough arguments for format string");
        assert_eq!(pct("%d", new_tuple(vec![i(1), i(2)])), "TypeError: not all arguments converted during string formatting");
        assert_eq!(pct("%y", i(1)), "ValueError: unsupported format character 'y' (0x79) at index 1");
        assert_eq!(pct("%d", new_str("x")), "TypeError: %d format: a real number is required, not str");
        assert_eq!(pct("%x", Value::from_f64(1.0)), "TypeError: %x format: an integer is required, not float");
        assert_eq!(pct("abc %", i(1)), "ValueError: incomplete format");
        assert_eq!(pct("%05.1f|%-8.2e|", new_tuple(vec![Value::from_f64(-2.25), Value::from_f64(1.5)])), "-02.2|1.50e+00|");
        let d = crate::object::dict::new_dict();
        crate::object::dict::dict_set(&d, new_str("a"), i(1)).unwrap();
        assert_eq!(pct("%(a)s-%(a)03d", d), "1-001");
        assert_eq!(pct("%s", new_tuple(vec![new_tuple(vec![i(1), i(2)])])), "(1, 2)");
        let r = ops::binary_op(&new_str("%03d|%s"), &new_tuple(vec![i(7), new_str("x")]), ops::BinOp::Rem).unwrap();
        assert_eq!(pystr::to_rust_string(&r), "007|x");
        let r = ops::binary_op(&bytes::new_bytes(b"%s-%d"), &new_tuple(vec![bytes::new_bytes(b"ab"), i(3)]), ops::BinOp::Rem).unwrap();
        assert_eq!(ops::repr_string(&r).unwrap(), "b'ab-3'");
    }

    #[test]
    fn format_cases() {
        assert_eq!(fmt("{} {}", &[i(1), new_str("x")]), "1 x");
        assert_eq!(fmt("{0!r:>10}", &[new_str("hi")]), "      'hi'");
        assert_eq!(fmt("{{}} {0}", &[i(7)]), "{} 7");
        assert_eq!(fmt("{0[1]}", &[new_tuple(vec![i(1), i(2)])]), "2");
        assert_eq!(fmt("{:{}}|", &[new_str("a"), i(3)]), "a  |");
        assert_eq!(fmt("{:>{w}.{p}f}", &[Value::from_f64(3.14159)]), "KeyError: 'w'");
        assert_eq!(fmt("{0}{}", &[i(1), i(2)]), "ValueError: cannot switch from manual field specification to automatic field numbering");
        assert_eq!(fmt("{}{0}", &[i(1), i(2)]), "ValueError: cannot switch from automatic field numbering to manual field specification");
        assert_eq!(fmt("{2}", &[i(1)]), "IndexError: Replacement index 2 out of range for positional args tuple");
        assert_eq!(fmt("}", &[]), "ValueError: Single '}' encountered in format string");
        assert_eq!(fmt("{", &[]), "ValueError: Single '{' encountered in format string");
        assert_eq!(fmt("{0!x}", &[i(1)]), "ValueError: Unknown conversion specifier x");
        assert_eq!(fmt("{:^7}|{:*<4}|{:08.3f}", &[new_str("mid"), i(5), Value::from_f64(-3.14159)]), "  mid  |5***|-003.142");
        assert_eq!(fmt("{:,}", &[i(1234567)]), "1,234,567");
        assert_eq!(fmt("{:x}", &[new_str("s")]), "ValueError: Unknown format code 'x' for object of type 'str'");
        assert_eq!(format_value(&crate::object::list::new_list(vec![]), "x").unwrap_err().to_string(), "TypeError: unsupported format string passed to list.__format__");
        assert_eq!(format_value(&crate::object::list::new_list(vec![]), "").unwrap(), "[]");
        assert_eq!(fmt("{:=5}", &[new_str("s")]), "ValueError: '=' alignment not allowed in string format specifier");
        assert_eq!(fmt("{0!}", &[i(1)]), "ValueError: unmatched '{' in format spec");
        assert_eq!(fmt("{0!r", &[i(1)]), "ValueError: unmatched '{' in format spec");
        assert_eq!(fmt("{0[}", &[i(1)]), "ValueError: expected '}' before end of string");
        assert_eq!(fmt("{0!rx}", &[i(1)]), "ValueError: expected ':' after conversion specifier");
        assert_eq!(fmt("{0[0]x}", &[new_tuple(vec![i(1)])]), "ValueError: Only '.' or '[' may follow ']' in format field specifier");
        assert_eq!(fmt("{:{:{}}}", &[i(1), i(2), i(3)]), "ValueError: Max string recursion exceeded");
        assert_eq!(fmt("{a.}", &[]), "KeyError: 'a'");
        let e = pystr::empty_str();
        assert_eq!(pystr::to_rust_string(&format_value_obj(&i(-12), &e).unwrap()), "-12");
        assert_eq!(pystr::to_rust_string(&format_value_obj(&Value::from_f64(0.5), &new_str(".2f")).unwrap()), "0.50");
        assert_eq!(pystr::to_rust_string(&format_value_obj(&Value::bool(true), &e).unwrap()), "True");
    }
}
