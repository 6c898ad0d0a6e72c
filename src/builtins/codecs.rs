//! Design: DESIGN.md#builtins
//!
//! The UTF-16 and UTF-32 codecs (with and without BOM, either byte order)
//! for `str.encode`, `bytes.decode`, `str(b, enc)` and `bytes(s, enc)`; the
//! one-byte codecs and UTF-8 are `str::Codec`'s.

#![forbid(unsafe_code)]

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::{str as pystr, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wide {
    /// Unit size 2 or 4; `None` byte order = with BOM (native little-endian).
    U16(Option<bool>),
    U32(Option<bool>),
}

impl Wide {
    /// Recognises the UTF-16/32 names (`Some(big_endian)` for the -le/-be forms).
    pub fn lookup(name: &str) -> Option<Wide> {
        let n: String =
            name.trim().chars().filter(|c| !matches!(c, '-' | '_' | ' ')).map(|c| c.to_ascii_lowercase()).collect();
        Some(match n.as_str() {
            "utf16" | "u16" => Wide::U16(None),
            "utf16le" | "unicodelittleunmarked" => Wide::U16(Some(false)),
            "utf16be" | "unicodebigunmarked" => Wide::U16(Some(true)),
            "utf32" | "u32" => Wide::U32(None),
            "utf32le" => Wide::U32(Some(false)),
            "utf32be" => Wide::U32(Some(true)),
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Wide::U16(None) => "utf-16",
            Wide::U16(Some(false)) => "utf-16-le",
            Wide::U16(Some(true)) => "utf-16-be",
            Wide::U32(None) => "utf-32",
            Wide::U32(Some(false)) => "utf-32-le",
            Wide::U32(Some(true)) => "utf-32-be",
        }
    }

    fn unit(self) -> usize {
        match self {
            Wide::U16(_) => 2,
            Wide::U32(_) => 4,
        }
    }
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "surrogatepass" | "backslashreplace" | "surrogateescape" => Ok(()),
        _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", errors))),
    }
}

fn put(out: &mut Vec<u8>, unit: u32, size: usize, big: bool) {
    if size == 2 {
        let b = (unit as u16).to_le_bytes();
        if big {
            out.extend([b[1], b[0]]);
        } else {
            out.extend(b);
        }
    } else {
        let b = unit.to_le_bytes();
        if big {
            out.extend(b.iter().rev());
        } else {
            out.extend(b);
        }
    }
}

/// Encodes a str.
pub fn encode(s: &Value, codec: Wide, errors: &str) -> PyResult<Value> {
    check_errors(errors)?;
    let p = pystr::as_pystr(s).expect("str");
    let size = codec.unit();
    let (bom, big) = match codec {
        Wide::U16(o) | Wide::U32(o) => (o.is_none(), o.unwrap_or(false)),
    };
    let mut out = Vec::with_capacity(p.len() * size + 4);
    if bom {
        put(&mut out, 0xFEFF, size, big);
    }
    for i in 0..p.len() {
        let c = p.char_at(i);
        if (0xD800..0xE000).contains(&c) && errors != "surrogatepass" {
            match errors {
                "ignore" => continue,
                "replace" => {
                    put(&mut out, b'?' as u32, size, big);
                    continue;
                }
                _ => {
                    return Err(PyErr::new(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{}' codec can't encode character '\\u{:04x}' in position {}: surrogates not allowed",
                            codec.name(),
                            c,
                            i
                        ),
                    ))
                }
            }
        }
        if size == 2 && c > 0xFFFF {
            let v = c - 0x10000;
            put(&mut out, 0xD800 | (v >> 10), 2, big);
            put(&mut out, 0xDC00 | (v & 0x3FF), 2, big);
        } else {
            put(&mut out, c, size, big);
        }
    }
    Ok(crate::object::bytes::from_vec(out))
}

fn decode_err(codec: Wide, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        if end == start + 1 {
            format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec.name(), b[start], start, reason)
        } else {
            format!("'{}' codec can't decode bytes in position {}-{}: {}", codec.name(), start, end - 1, reason)
        },
    )
}

/// Decodes bytes.
pub fn decode(b: &[u8], codec: Wide, errors: &str) -> PyResult<Value> {
    check_errors(errors)?;
    let size = codec.unit();
    let (mut pos, big) = match codec {
        Wide::U16(Some(be)) | Wide::U32(Some(be)) => (0, be),
        Wide::U16(None) => match b {
            [0xFF, 0xFE, ..] => (2, false),
            [0xFE, 0xFF, ..] => (2, true),
            _ => (0, false),
        },
        Wide::U32(None) => match b {
            [0xFF, 0xFE, 0, 0, ..] => (4, false),
            [0, 0, 0xFE, 0xFF, ..] => (4, true),
            _ => (0, false),
        },
    };
    let read = |at: usize| -> u32 {
        let mut v: u32 = 0;
        for k in 0..size {
            let byte = b[at + if big { k } else { size - 1 - k }] as u32;
            v = (v << 8) | byte;
        }
        v
    };
    let mut out: Vec<u32> = Vec::with_capacity(b.len() / size);
    let fail = |out: &mut Vec<u32>, start: usize, end: usize, reason: &str| -> PyResult<()> {
        match errors {
            "ignore" => Ok(()),
            "replace" => {
                out.push(0xFFFD);
                Ok(())
            }
            _ => Err(decode_err(codec, b, start, end, reason)),
        }
    };
    while pos < b.len() {
        if pos + size > b.len() {
            fail(&mut out, pos, b.len(), "truncated data")?;
            break;
        }
        let u = read(pos);
        if size == 4 {
            if u > 0x10FFFF || ((0xD800..0xE000).contains(&u) && errors != "surrogatepass") {
                fail(&mut out, pos, pos + 4, "code point not in range(0x110000)")?;
            } else {
                out.push(u);
            }
            pos += 4;
            continue;
        }
        if (0xD800..0xDC00).contains(&u) {
            if pos + 4 > b.len() {
                fail(&mut out, pos, b.len(), "unexpected end of data")?;
                break;
            }
            let lo = read(pos + 2);
            if (0xDC00..0xE000).contains(&lo) {
                out.push(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                pos += 4;
            } else {
                fail(&mut out, pos, pos + 2, "illegal UTF-16 surrogate")?;
                pos += 2;
            }
        } else if (0xDC00..0xE000).contains(&u) {
            fail(&mut out, pos, pos + 2, "illegal encoding")?;
            pos += 2;
        } else {
            out.push(u);
            pos += 2;
        }
    }
    Ok(pystr::from_code_points(&out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops;

    fn enc(s: &str, c: &str, e: &str) -> String {
        match encode(&pystr::new_str(s), Wide::lookup(c).unwrap(), e) {
            Ok(v) => ops::repr_string(&v).unwrap(),
            Err(e) => e.to_string(),
        }
    }
    fn dec(b: &[u8], c: &str, e: &str) -> String {
        match decode(b, Wide::lookup(c).unwrap(), e) {
            Ok(v) => ops::repr_string(&v).unwrap(),
            Err(e) => e.to_string(),
        }
    }

    /// Expected values from CPython 3.13.
    #[test]
    fn utf16_utf32() {
        assert_eq!(enc("pé😀", "utf-16-le", "strict"), "b'p\\x00\\xe9\\x00=\\xd8\\x00\\xde'");
        assert_eq!(enc("ab", "utf-16", "strict"), "b'\\xff\\xfea\\x00b\\x00'");
        assert_eq!(enc("a", "utf-16-be", "strict"), "b'\\x00a'");
        assert_eq!(enc("a", "utf_32", "strict"), "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00'");
        assert_eq!(dec(b"\xff\xfea\x00b\x00", "utf-16", "strict"), "'ab'");
        assert_eq!(dec(b"\x00a\x00b", "utf-16-be", "strict"), "'ab'");
        assert_eq!(dec(b"=\xd8\x00\xde", "utf-16-le", "strict"), "'😀'");
        assert_eq!(dec(b"a\x00b", "utf-16-le", "strict"), "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data");
        assert_eq!(dec(b"a\x00b", "utf-16-le", "replace"), "'a\u{fffd}'");
        assert_eq!(dec(b"\x00\xdc", "utf-16-le", "strict"), "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding");
    }
}
