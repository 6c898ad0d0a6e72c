//! Design: DESIGN.md#formatting
//!
//! The format-spec mini-language (`format(x, spec)`, `str.format`,
//! f-strings) for numbers, as CPython's `Python/formatter_unicode.c`, and the
//! float-to-text engine shared by `repr(float)`, `format()` and (later)
//! %-formatting: a port of CPython's `PyOS_double_to_string` /
//! `format_float_short` fed by Rust's exact float formatting (shortest
//! round-trip for repr, correctly rounded for fixed precisions, as dtoa).
//!
//! Reusable pieces: [`parse_spec`] / [`FormatSpec`], [`render_number`]
//! (sign, prefix, grouping, padding), [`pad`] (fill/align for strings),
//! [`double_to_string`].

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::int::{bigint_to_decimal_limited, get_int_max_str_digits, int_abs_digits, int_ref, IntRef};
use crate::object::Value;

// ---- the spec ------------------------------------------------------------------

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// '<', '>', '^' or '=' (the type's default when not given).
    pub align: char,
    /// Whether the spec named the alignment explicitly.
    pub align_specified: bool,
    /// '+', '-', ' ' or None.
    pub sign: Option<char>,
    /// The 'z' flag: coerce negative zero to positive zero.
    pub no_neg_0: bool,
    /// The '#' flag.
    pub alternate: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (the type's default when not given).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn too_many_digits() -> PyErr {
    PyErr::value_error("Too many decimal digits in format string")
}

/// Parses digits at `*pos`; returns (digits consumed, value).
fn get_integer(s: &[char], pos: &mut usize) -> PyResult<(usize, usize)> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = s.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec`.
/// `default_type` is 'd' for int, None for float and str; `default_align`
/// is '>' for numbers, '<' for strings; `type_name` is used in messages.
pub fn parse_spec(spec: &str, default_type: Option<char>, default_align: char, type_name: &str) -> PyResult<FormatSpec> {
    let s: Vec<char> = spec.chars().collect();
    let end = s.len();
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        align_specified: false,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if end - pos >= 2 && is_align(s[pos + 1]) {
        f.align = s[pos + 1];
        f.fill = s[pos];
        fill_specified = true;
        f.align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(s[pos]) {
        f.align = s[pos];
        f.align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(s[pos], '+' | '-' | ' ') {
        f.sign = Some(s[pos]);
        pos += 1;
    }
    if pos < end && s[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && s[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && s[pos] == '0' {
        f.fill = '0';
        if !f.align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (n, w) = get_integer(&s, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    let both = || PyErr::value_error("Cannot specify both ',' and '_'.");
    if pos < end && s[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && s[pos] == '_' {
        if f.grouping.is_some() {
            return Err(both());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && s[pos] == ',' && f.grouping == Some('_') {
        return Err(both());
    }
    if pos < end && s[pos] == '.' {
        pos += 1;
        let (n, p) = get_integer(&s, &mut pos)?;
        if n == 0 {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(s[pos]);
    }
    if let Some(g) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(PyErr::value_error(if (t as u32) > 32 && (t as u32) < 128 {
                    format!("Cannot specify '{}' with '{}'.", g, t)
                } else {
                    format!("Cannot specify '{}' with '\\x{:x}'.", g, t as u32)
                }))
            }
        }
    }
    Ok(f)
}

/// CPython's "Unknown format code" error.
pub fn unknown_format_code(code: char, type_name: &str) -> PyErr {
    let c = code as u32;
    if c > 32 && c < 128 {
        PyErr::value_error(format!("Unknown format code '{}' for object of type '{}'", code, type_name))
    } else {
        PyErr::value_error(format!("Unknown format code '\\x{:x}' for object of type '{}'", c, type_name))
    }
}

// ---- padding and number layout ------------------------------------------------

/// Pads `s` to the spec's width with its fill and alignment (for strings and
/// other non-numeric results; '=' is treated as '<' here).
pub fn pad(s: &str, spec: &FormatSpec) -> String {
    let len = s.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return s.to_string();
    }
    let n = width - len;
    let (left, right) = match spec.align {
        '>' => (n, 0),
        '^' => (n / 2, n - n / 2),
        _ => (0, n),
    };
    let mut out = String::with_capacity(s.len() + n * spec.fill.len_utf8());
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

/// The parts of a formatted number, as CPython's `calc_number_widths` sees
/// them: `<sign><prefix><digits>[.]<remainder>`.
pub struct NumberParts<'a> {
    pub negative: bool,
    /// '0x' etc. (already upper-cased for 'X').
    pub prefix: &'a str,
    /// The integer digits (grouped and zero-padded); may be empty (inf/nan).
    pub digits: &'a str,
    pub decimal_point: bool,
    /// Everything after the decimal point (fraction, exponent, '%', 'inf').
    pub remainder: &'a str,
}

/// Inserts `sep` every `group` digits from the right, padding with zeros up
/// to `min_width` characters (separators included), as CPython's
/// `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &[char], mut min_width: isize, group: Option<(char, usize)>) -> String {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut remaining = digits.len() as isize;
    let mut src = digits.len();
    let emit = |rev: &mut Vec<char>, n_chars: isize, n_zeros: isize, src: &mut usize| {
        for _ in 0..n_chars {
            *src -= 1;
            rev.push(digits[*src]);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    match group {
        None => {
            let l = remaining.max(min_width).max(1);
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(&mut rev, n_chars, n_zeros, &mut src);
        }
        Some((sep, g)) => {
            let g = g as isize;
            let mut use_sep = false;
            loop {
                let l = g.min(remaining.max(min_width).max(1));
                let n_zeros = (l - remaining).max(0);
                let n_chars = remaining.min(l).max(0);
                if use_sep {
                    rev.push(sep);
                }
                emit(&mut rev, n_chars, n_zeros, &mut src);
                use_sep = true;
                remaining -= n_chars;
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
    }
    rev.iter().rev().collect()
}

/// Lays out a number with sign, prefix, grouping and padding as CPython's
/// `calc_number_widths` + `fill_number`.
pub fn render_number(spec: &FormatSpec, p: &NumberParts<'_>, group: Option<(char, usize)>) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => {
            if p.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_prefix = p.prefix.chars().count() as isize;
    let n_remainder = p.remainder.chars().count() as isize;
    let n_non_digit = sign.is_some() as isize + n_prefix + p.decimal_point as isize + n_remainder;
    let width = spec.width.map(|w| w as isize).unwrap_or(-1);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - n_non_digit } else { 0 };
    let digits: Vec<char> = p.digits.chars().collect();
    let grouped = if digits.is_empty() { String::new() } else { group_digits(&digits, min_width, group) };
    let n_grouped = grouped.chars().count() as isize;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0) as usize;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    match spec.align {
        '<' => rpad = n_padding,
        '^' => {
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
        }
        '=' => spad = n_padding,
        _ => lpad = n_padding,
    }
    let mut out = String::new();
    out.extend(std::iter::repeat_n(spec.fill, lpad));
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(p.prefix);
    out.extend(std::iter::repeat_n(spec.fill, spad));
    out.push_str(&grouped);
    if p.decimal_point {
        out.push('.');
    }
    out.push_str(p.remainder);
    out.extend(std::iter::repeat_n(spec.fill, rpad));
    out
}

// ---- int ------------------------------------------------------------------------

/// `format(v, spec)` for an int (or bool) `v`.
pub fn format_int(v: &Value, spec: &str) -> PyResult<String> {
    let x = int_ref(v).ok_or_else(|| PyErr::type_error(format!("expected int, got {}", v.ty().name)))?;
    if spec.is_empty() {
        return match v.as_bool() {
            Some(b) => Ok(if b { "True" } else { "False" }.to_string()),
            None => crate::object::int::int_to_decimal_string(v),
        };
    }
    let f = parse_spec(spec, Some('d'), '>', v.ty().name)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_spec(x, &f),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let fx = crate::object::int::int_to_f64(v)?;
            format_float_spec(fx, &f)
        }
        Some(t) => Err(unknown_format_code(t, v.ty().name)),
        None => format_int_spec(x, &f),
    }
}

/// Integer presentation types (b c d o x X n) with a parsed spec.
pub fn format_int_spec(x: IntRef<'_>, f: &FormatSpec) -> PyResult<String> {
    if f.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    if f.no_neg_0 {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = f.ty.unwrap_or('d');
    let negative = match x {
        IntRef::Small(i) => i < 0,
        IntRef::Big(b) => num_traits::Signed::is_negative(b),
    };
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alternate {
            return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = match x {
            IntRef::Small(i) if (0..=0x10ffff).contains(&i) => i as u32,
            IntRef::Small(_) => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
            IntRef::Big(b) if num_traits::ToPrimitive::to_i64(b).is_some() => {
                return Err(PyErr::overflow_error("%c arg not in range(0x110000)"))
            }
            IntRef::Big(_) => return Err(PyErr::overflow_error("Python int too large to convert to C long")),
        };
        // Lone surrogates cannot live in a Rust string: use U+FFFD (as str.rs does).
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        let d = c.to_string();
        return Ok(render_number(f, &NumberParts { negative: false, prefix: "", digits: &d, decimal_point: false, remainder: "" }, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match (radix, x) {
        (10, IntRef::Big(b)) => {
            let s = bigint_to_decimal_limited(b, get_int_max_str_digits()).ok_or_else(|| {
                PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        get_int_max_str_digits()
                    ),
                )
            })?;
            s.trim_start_matches('-').to_string()
        }
        _ => int_abs_digits(x, radix),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let group = match (f.grouping, ty) {
        (Some(g), 'b' | 'o' | 'x' | 'X') => Some((g, 4)),
        (Some(g), _) => Some((g, 3)),
        (None, _) => None,
    };
    let prefix = if f.alternate { prefix } else { "" };
    Ok(render_number(f, &NumberParts { negative, prefix, digits: &digits, decimal_point: false, remainder: "" }, group))
}

// ---- float ------------------------------------------------------------------------

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    format_float_typed(x, spec, "float")
}

/// `format_float` for a float subclass named `type_name` (for messages).
pub fn format_float_typed(x: f64, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::object::float::float_repr(x));
    }
    let f = parse_spec(spec, None, '>', type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(t) => Err(unknown_format_code(t, type_name)),
    }
}

/// Float presentation types with a parsed spec (CPython's
/// `format_float_internal`).
pub fn format_float_spec(x: f64, f: &FormatSpec) -> PyResult<String> {
    let mut flags = DtsFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..Default::default() };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let mut val = x;
    let mut add_pct = false;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    if precision > i32::MAX as usize {
        return Err(PyErr::value_error("precision too big"));
    }
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal_point, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let group = f.grouping.map(|g| (g, 3));
    Ok(render_number(f, &NumberParts { negative, prefix: "", digits, decimal_point, remainder }, group))
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DtsFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Add ".0" to integral values in fixed notation (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep the point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Coerce a negative zero result to positive (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// Decimal digits of a finite, non-negative `x` (no leading zeros, trailing
/// zeros stripped, "0" for zero) and the decimal point position, like
/// `_Py_dg_dtoa`: mode 0 = shortest round-trip, 2 = `nd` significant digits,
/// 3 = `nd` digits after the point.
fn dtoa(x: f64, mode: u8, nd: usize) -> (Vec<u8>, i64) {
    let (mut digits, mut decpt): (Vec<u8>, i64) = match mode {
        3 => {
            let s = format!("{:.*}", nd, x);
            let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
            let mut d: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let mut decpt = ip.len() as i64;
            let lead = d.iter().take_while(|&&c| c == b'0').count();
            d.drain(..lead);
            decpt -= lead as i64;
            (d, decpt)
        }
        0 => {
            // Shortest round-trip digits from Ryu, which (like dtoa's mode 0
            // and unlike core's Grisu) breaks exact ties to the even digit.
            let mut buf = ryu::Buffer::new();
            let s = buf.format_finite(x);
            let (m, e) = s.split_once('e').unwrap_or((s, "0"));
            let e: i64 = e.parse().expect("exponent");
            let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
            let mut d: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let mut decpt = ip.len() as i64 + e;
            let lead = d.iter().take_while(|&&c| c == b'0').count();
            d.drain(..lead);
            decpt -= lead as i64;
            (d, decpt)
        }
        _ => {
            let s = format!("{:.*e}", nd.max(1) - 1, x);
            let (m, e) = s.split_once('e').expect("exponent");
            let d: Vec<u8> = m.bytes().filter(|&c| c != b'.').collect();
            (d, e.parse::<i64>().expect("exponent") + 1)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
        decpt = 1;
    }
    (digits, decpt)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is
/// one of e E f F g G r (r = repr, precision ignored).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let lc = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        let neg = x.is_infinite() && x < 0.0; // NaN's sign is never shown
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { word.to_ascii_uppercase() } else { word.to_string() });
        return out;
    }
    let mut precision = precision as i64;
    let (mode, nd) = match lc {
        'e' => {
            precision += 1;
            (2, precision as usize)
        }
        'f' => (3, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            (2, precision as usize)
        }
        _ => (0, 0),
    };
    let (digits, mut decpt) = dtoa(x.abs(), mode, nd);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match lc {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let dstr = std::str::from_utf8(&digits).expect("ascii");
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

// ---- str repr (for error messages) ----------------------------------------------

/// `repr()` of a str as CPython writes it (quote choice and escapes); used
/// in error messages such as int()'s "invalid literal".
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable()` for one char: controls,
/// separators other than ' ', format chars, surrogates and private use are
/// not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c == ' ' {
        return true;
    }
    if u < 0x20 || (0x7f..=0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if c.is_whitespace() || c.is_control() {
        return false;
    }
    !matches!(u, 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, spec: &str) -> String {
        match format_int(&Value::from_i64(v), spec) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }
    fn ff(x: f64, spec: &str) -> String {
        match format_float(x, spec) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn float_specs() {
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        // Pasted from CPython 3.13.
        let cases: &[(f64, &str, &str)] = &[
            (-nan, "+", "+nan"),
            (nan, "+", "+nan"),
            (-nan, "", "nan"),
            (inf, "010", "0000000inf"),
            (-inf, "=+10", "-      inf"),
            (nan, "010.2f", "0000000nan"),
            (inf, "010,", "0000000inf"),
            (-0.0, "z", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (-1234.5, "012,.2f", "-0,001,234.50"),
            (1.0, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
            (1.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
            (1.5, "\x01", "ValueError: Unknown format code '\\x1' for object of type 'float'"),
            (1e16, ">10", "     1e+16"),
            (1.0, ".2", "1.0"),
            (1234.5, ".2", "1.2e+03"),
            (0.0, ".0f", "0"),
            (0.3, "#.0f", "0."),
            (0.0001, "g", "0.0001"),
            (1e-5, "g", "1e-05"),
            (123456789.0, "g", "1.23457e+08"),
            (1.5, "#g", "1.50000"),
            (1.5, "%", "150.000000%"),
            (1.5, "n", "1.5"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (0.125, ".2f", "0.12"),
            (1e22, "", "1e+22"),
            (123456789012345678.0, "", "1.2345678901234568e+17"),
            (1e-7, ".3", "1e-07"),
            (12.0, "", "12.0"),
            (1.0, "#", "1.0"),
            (1e200, "#.3g", "1.00e+200"),
            (1.0, "e", "1.000000e+00"),
            (1.0, "#.0e", "1.e+00"),
            (9.999, ".2e", "1.00e+01"),
            (1.0, "=^10", "===1.0===="),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(ff(x, spec), want, "format({:?}, {:?})", x, spec);
        }
        assert_eq!(&ff(1e300, "f")[..20], "10000000000000000525");
    }

    #[test]
    fn int_specs() {
        // Pasted from CPython 3.13.
        let cases: &[(i64, &str, &str)] = &[
            (1234, "010,", "00,001,234"),
            (1, "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (1, ".2", "ValueError: Precision not allowed in integer format specifier"),
            (65, "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
            (65, "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (-1, "c", "OverflowError: %c arg not in range(0x110000)"),
            (1, ",x", "ValueError: Cannot specify ',' with 'x'."),
            (1, "_x", "1"),
            (1, "s", "ValueError: Unknown format code 's' for object of type 'int'"),
            (1, "ab", "ValueError: Invalid format specifier 'ab' for object of type 'int'"),
            (1, ".", "ValueError: Format specifier missing precision"),
            (1, ",_", "ValueError: Cannot specify both ',' and '_'."),
            (1, "_,", "ValueError: Cannot specify both ',' and '_'."),
            (1, ",n", "ValueError: Cannot specify ',' with 'n'."),
            (1, "99999999999999999999", "ValueError: Too many decimal digits in format string"),
            (1, ".99999999999999999999f", "ValueError: Too many decimal digits in format string"),
            (255, "#X", "0XFF"),
            (-255, "#010x", "-0x00000ff"),
            (255, "_b", "1111_1111"),
            (12345678, "_x", "bc_614e"),
            (12345678, "_o", "5706_0516"),
            (12345, "^+11,", "  +12,345  "),
            (-12, "*<8", "-12*****"),
            (5, "<05", "50000"),
            (123456, "n", "123456"),
            (1, "", "1"),
            (-5, " ", "-5"),
            (5, " ", " 5"),
            (1, "=^10", "====1====="),
            (1, "\u{e9}>5", "éééé1"),
            (1, "x<", "1"),
            (1, "0=5", "00001"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(fi(x, spec), want, "format({}, {:?})", x, spec);
        }
        // CPython: format(65,'05c'), format(True,'>5'), format(10**30,','), format(-10**30,'_x'), format(2**64,'#o')
        assert_eq!(fi(65, "05c"), "0000A");
        let t = Value::bool(true);
        assert_eq!(format_int(&t, ">5").unwrap(), "    1");
        let p = |a: i64, b: i64| crate::object::ops::pow(&Value::from_i64(a), &Value::from_i64(b), None).unwrap();
        assert_eq!(format_int(&p(10, 30), ",").unwrap(), "1,000,000,000,000,000,000,000,000,000,000");
        let n = crate::object::ops::unary_op(&p(10, 30), crate::object::ops::UnOp::Neg).unwrap();
        assert_eq!(format_int(&n, "_x").unwrap(), "-c_9f2c_9cd0_4674_edea_4000_0000");
        assert_eq!(format_int(&p(2, 64), "#o").unwrap(), "0o2000000000000000000000");
        assert_eq!(format_int(&t, "").unwrap(), "True");
        assert_eq!(format_int(&t, "d").unwrap(), "1");
        let big = crate::object::ops::pow(&Value::from_i64(2), &Value::from_i64(70), None).unwrap();
        assert_eq!(format_int(&big, "e").unwrap(), "1.180592e+21");
        let huge = crate::object::ops::pow(&Value::from_i64(10), &Value::from_i64(400), None).unwrap();
        assert_eq!(format_int(&huge, "e").unwrap_err().to_string(), "OverflowError: int too large to convert to float");
    }

    #[test]
    fn str_repr() {
        assert_eq!(repr_str("x"), "'x'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a\n\x01\u{a0}é"), "'a\\n\\x01\\xa0é'");
    }
}
