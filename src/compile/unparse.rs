//! Design: DESIGN.md#compiler
//!
//! Annotations as strings under `from __future__ import annotations`
//! (PEP 563): the expression is turned back into source in CPython's
//! canonical form (`dict[str, int]`, `'str'` for a string annotation,
//! `int | None`), as CPython's `_PyAST_ExprAsUnicode`. The forms
//! annotations use are written here; anything else falls back to the
//! expression's own source text.

#![forbid(unsafe_code)]

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::source::SourceMap;

/// Binding strength, lowest first (CPython's unparse precedences, the
/// subset the written forms need).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    BitOr,
    Atom,
}

/// `e` as CPython prints an annotation under PEP 563.
pub fn annotation_text(e: &Expr, src: &SourceMap<'_>) -> String {
    let mut out = String::new();
    write(e, Prec::Test, src, &mut out);
    out
}

fn source_of(e: &Expr, src: &SourceMap<'_>) -> String {
    let r = e.range();
    src.text.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("").trim().to_string()
}

fn str_repr(s: &str) -> String {
    let v = crate::object::str::new_str(s);
    crate::object::ops::repr_string(&v).unwrap_or_else(|_| format!("{:?}", s))
}

fn items(elts: &[Expr], src: &SourceMap<'_>, out: &mut String) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(x, Prec::Test, src, out);
    }
}

fn write(e: &Expr, prec: Prec, src: &SourceMap<'_>, out: &mut String) {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, Prec::Atom, src, out);
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, Prec::Atom, src, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    items(&t.elts, src, out);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write(other, Prec::Tuple, src, out),
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            items(&t.elts, src, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            items(&l.elts, src, out);
            out.push(']');
        }
        Expr::StringLiteral(s) => out.push_str(&str_repr(s.value.to_str())),
        Expr::BytesLiteral(b) => {
            let v: Vec<u8> = b.value.bytes().collect();
            out.push_str(&crate::object::bytes::repr_text(&v));
        }
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            let wrap = prec > Prec::BitOr;
            if wrap {
                out.push('(');
            }
            write(&b.left, Prec::BitOr, src, out);
            out.push_str(" | ");
            write(&b.right, Prec::Atom, src, out);
            if wrap {
                out.push(')');
            }
        }
        Expr::Starred(s) => {
            out.push('*');
            write(&s.value, Prec::Or, src, out);
        }
        _ => out.push_str(&source_of(e, src)),
    }
}
