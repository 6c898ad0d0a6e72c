//! Design: DESIGN.md#eval-loop
//!
//! Names, globals, cells, attributes and imports.

#![forbid(unsafe_code)]

use crate::bytecode::code::local_kind;
use crate::bytecode::CodeObject;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::func::{cell_get, cell_set, new_cell, PyFunction};
use crate::object::str::{intern, to_rust_string};
use crate::object::{dict, ops, tuple, Value};
use crate::vm::eval::Ctl;
use crate::sync::AtomicU32;
use crate::sync::Ordering::{Acquire, Relaxed};
use crate::vm::frame::Activation;

/// `getattr` for types that have their own slot but want the generic
/// lookup (type dict, descriptors) for everything else.
pub fn generic_getattr_fallback(v: &Value, name: &Value) -> PyResult<Value> {
    crate::object::attr::generic_getattr_with_dict(v, name, None)
}

pub fn unbound_local(code: &CodeObject, i: usize) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            to_rust_string(&code.localsplusnames[i])
        ),
    )
}

fn name_error(name: &Value) -> PyErr {
    PyErr::name_error(format!("name '{}' is not defined", to_rust_string(name)))
}

/// Looks `name` up in a globals dict, then the builtins dict.
#[inline]
fn global_lookup(globals: &Value, builtins: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(v) = dict::core(globals).expect("globals dict").get(name)? {
        if crate::vm::lazy::is_lazy_object(&v) {
            return crate::vm::lazy::reify_in(globals, name, &v).map(Some);
        }
        return Ok(Some(v));
    }
    match dict::core(builtins) {
        Some(b) => b.get(name),
        None => match ops::getitem(builtins, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// Looks `name` up in a locals mapping (`None` when absent).
fn mapping_get(m: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = dict::core(m) {
        if m.is_type(&dict::DICT_TYPE) {
            return d.get(name);
        }
    }
    match ops::getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// LOAD_NAME. Cache words: a slot hint for the locals dict and one for
/// the dict the name was last found in after it (globals or builtins).
/// Module-level code runs with locals == globals (`exec`, the main module,
/// `Interpreter.exec`), so a module-level name costs one hinted read, as a
/// LOAD_GLOBAL does, and the globals dict is not probed a second time.
/// Hints are validated on use (DESIGN.md#dict rule 7). The hit in an exact
/// locals dict is checked inline first (`load_name_hit`).
#[inline(always)]
pub fn load_name(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    if let Some(v) = load_name_hit(act, code, arg, cache) {
        act.push(v);
        return Ok(Ctl::Next);
    }
    load_name_full(act, code, arg, cache)
}

/// LOAD_NAME's common case: the locals are an exact dict and the hint in
/// the first cache word finds a value that is not a lazy import. In
/// module-level code (locals == globals) a builtin is read as LOAD_GLOBAL
/// reads one: the first word holds `ABSENT_IN_GLOBALS` and the module
/// dict's absent-key stamp (DESIGN.md#dict rule 8), the second the
/// builtins dict's hint.
#[inline(always)]
fn load_name_hit(act: &Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> Option<Value> {
    let name = code.names.get(arg as usize)?;
    let f = act.frames.last()?;
    let lv = f.locals.as_ref()?;
    let l = lv.downcast::<dict::PyDict>()?;
    // The hinted read with the count inline (LOAD_GLOBAL's hit): one
    // thread-id read, which also keeps QSBR's registration.
    let tid = crate::vm::thread::current_tid();
    let w = cache[0].load(Relaxed);
    if w & ABSENT_IN_GLOBALS != 0 {
        if !lv.is(f.globals()) || l.core.absent_stamp() != Some(w & !ABSENT_IN_GLOBALS) {
            return None;
        }
        return f.builtins().downcast::<dict::PyDict>()?.core.get_by_hint_fast(name, cache[1].load(Relaxed), tid);
    }
    let v = l.core.get_by_hint_fast(name, w, tid)?;
    if crate::vm::lazy::is_lazy_object(&v) {
        return None;
    }
    Some(v)
}

#[inline(never)]
fn load_name_full(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    let f = act.frame();
    let mut skip_globals = false;
    let mut stamp = None;
    if let Some(l) = &f.locals {
        let found = if l.is_type(&dict::DICT_TYPE) {
            skip_globals = l.is(f.globals());
            let d = dict::core(l).expect("dict");
            if skip_globals {
                // Taken before the lookup (dict rule 8): kept if the name
                // is a builtin.
                stamp = d.absent_stamp_init();
            }
            d.get_hinted(name, &cache[0])?
        } else {
            mapping_get(l, name)?
        };
        if let Some(v) = found {
            // A lazy import bound at module level (PEP 810) resolves here.
            let v = if crate::vm::lazy::is_lazy_object(&v) { crate::vm::lazy::reify_in(l, name, &v)? } else { v };
            act.push(v);
            return Ok(Ctl::Next);
        }
    }
    if !skip_globals {
        if let Some(v) = dict::core(f.globals()).expect("globals dict").get_hinted(name, &cache[1])? {
            let v = if crate::vm::lazy::is_lazy_object(&v) { crate::vm::lazy::reify_in(f.globals(), name, &v)? } else { v };
            act.push(v);
            return Ok(Ctl::Next);
        }
    }
    match builtins_get(f.builtins(), name, &cache[1])? {
        Some(v) => {
            if let Some(s) = stamp {
                cache[0].store(ABSENT_IN_GLOBALS | s, Relaxed);
            }
            act.push(v);
            Ok(Ctl::Next)
        }
        None => Err(name_error(name)),
    }
}

/// Looks `name` up in a frame's builtins: a hinted read when they are a
/// dict, `__getitem__` otherwise (a KeyError means absent).
fn builtins_get(b: &Value, name: &Value, hint: &AtomicU32) -> PyResult<Option<Value>> {
    match dict::core(b) {
        Some(bc) => bc.get_hinted(name, hint),
        None => match ops::getitem(b, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// STORE_NAME. Cache word: a slot hint for the locals dict; a hit replaces
/// the value in place without the bucket lock (`DictCore::replace_by_hint`,
/// DESIGN.md#dict rule 9), a miss stores in full and records where the name
/// now lives. Module-level code (locals == globals) overwriting a name it
/// bound before is the common case: one hinted CAS, as STORE_FAST is one
/// slot write.
#[inline(always)]
pub fn store_name(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let v = act.pop();
    // Only an exact dict takes the direct path: a dict subclass (a
    // metaclass `__prepare__` namespace) gets its `__setitem__`.
    let hit = act.frames.last().and_then(|f| f.locals.as_ref()).and_then(|l| l.downcast::<dict::PyDict>());
    if let (Some(l), Some(name)) = (hit, code.names.get(arg as usize)) {
        let tid = crate::vm::thread::current_tid();
        return match l.core.replace_by_hint_fast(name, cache[0].load(Relaxed), v, tid) {
            Ok(old) => {
                old.drop_inline();
                Ok(Ctl::Next)
            }
            Err(v) => store_name_full(act, code, arg, cache, v),
        };
    }
    store_name_full(act, code, arg, cache, v)
}

#[inline(never)]
fn store_name_full(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32], v: Value) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    match &act.frame().locals {
        Some(l) => {
            if let Some(d) = dict::core(l).filter(|_| l.is_type(&dict::DICT_TYPE)) {
                store_hinted(d, name, v, &cache[0])?;
            } else {
                ops::setitem(l, name, &v)?;
            }
            Ok(Ctl::Next)
        }
        None => Err(PyErr::system_error(format!("no locals found when storing '{}'", to_rust_string(name)))),
    }
}

/// A full store of `name` into an exact dict, then the hint of where it now
/// lives (for the next `replace_by_hint`).
fn store_hinted(d: &dict::DictCore, name: &Value, v: Value, hint: &AtomicU32) -> PyResult<()> {
    let hash = dict::key_hash(name)?;
    let old = d.set_hashed(name.clone(), hash, v)?;
    if let Some(s) = d.hint_for(name, hash) {
        hint.store(s, Relaxed);
    }
    drop(old);
    Ok(())
}

pub fn delete_name(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    match &act.frame().locals {
        Some(l) => {
            let r = if let Some(d) = dict::core(l).filter(|_| l.is_type(&dict::DICT_TYPE)) {
                d.remove(name)?.is_some()
            } else {
                match ops::delitem(l, name) {
                    Ok(()) => true,
                    Err(e) if e.matches(ExcKind::KeyError) => false,
                    Err(e) => return Err(e),
                }
            };
            if r {
                Ok(Ctl::Next)
            } else {
                Err(name_error(name))
            }
        }
        None => Err(PyErr::system_error("no locals when deleting")),
    }
}

/// LOAD_GLOBAL's first cache word: set with the globals' absent-key stamp
/// below it when the name was found in the builtins.
pub const ABSENT_IN_GLOBALS: u32 = 1 << 31;

/// LOAD_GLOBAL's common case, inlined into the loop (DESIGN.md#eval-loop):
/// the frame's globals are an exact dict and the slot hint in the first
/// cache word finds a value that is not a lazy import. `None`: take
/// `load_global` (misses, builtins, lazy imports, dict subclasses).
///
/// A builtin (the first cache word holds `ABSENT_IN_GLOBALS` and the
/// globals' absent-key stamp, DESIGN.md#dict rule 8): while the globals
/// dict's stamp is unchanged no key was inserted into it, so the name is
/// still not a global and the builtins dict is read through its hint (the
/// second word), with no probe of the globals.
#[inline(always)]
pub fn load_global_hit(act: &Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> Option<Value> {
    let name = code.names.get((arg >> 1) as usize)?;
    let f = act.frames.last()?;
    let d = f.globals().downcast::<dict::PyDict>()?;
    // One thread-id read for the owner test of the count (and the QSBR
    // registration `get_by_hint_fast` relies on).
    let tid = crate::vm::thread::current_tid();
    let w = cache[0].load(Relaxed);
    if w & ABSENT_IN_GLOBALS != 0 {
        if d.core.absent_stamp() != Some(w & !ABSENT_IN_GLOBALS) {
            return None;
        }
        return f.builtins().downcast::<dict::PyDict>()?.core.get_by_hint_fast(name, cache[1].load(Relaxed), tid);
    }
    // A value this thread owns (or an immortal one) is counted inline; any
    // other goes through `try_incref` and, being another thread's global,
    // is deferred (DESIGN.md#deferred-reference-counting) out of line.
    let v = d.core.get_by_hint_fast(name, w, tid)?;
    if crate::vm::lazy::is_lazy_object(&v) {
        return None;
    }
    Some(v)
}

/// LOAD_GLOBAL. Cache words: slot hints (`DictCore::get_hinted`) for the
/// globals dict and the builtins dict. A hint is validated on every use
/// (published slot, same key object), so a stale hint only costs a full
/// lookup; a globals miss still probes the globals dict before builtins.
pub fn load_global(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let name = &code.names[(arg >> 1) as usize];
    let f = act.frame();
    let g = dict::core(f.globals()).expect("globals dict");
    // Taken before the lookup (dict rule 8): kept if the name is a builtin.
    let stamp = g.absent_stamp_init();
    let v = match g.get_hinted(name, &cache[0])? {
        // A lazy import (PEP 810) resolves on first use.
        Some(v) if crate::vm::lazy::is_lazy_object(&v) => crate::vm::lazy::reify_in(f.globals(), name, &v)?,
        Some(v) => {
            // Other threads' globals defer (DESIGN.md#deferred-reference-counting).
            crate::gc::deferred::note_global_read(&v);
            v
        }
        None => match builtins_get(f.builtins(), name, &cache[1])? {
            Some(v) => {
                // A hint word never has the top bit (tables are far
                // smaller), so the tag tells the two kinds apart.
                if let Some(s) = stamp {
                    cache[0].store(ABSENT_IN_GLOBALS | s, Relaxed);
                }
                v
            }
            None => return Err(name_error(name)),
        }
    };
    act.push(v);
    if arg & 1 != 0 {
        act.push_opt(None);
    }
    Ok(Ctl::Next)
}

/// STORE_GLOBAL. Cache word: a slot hint for the globals dict, used as
/// STORE_NAME's (a lock-free value swap when the name is bound already).
#[inline(always)]
pub fn store_global(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let v = act.pop();
    let hit = act.frames.last().and_then(|f| f.globals().downcast::<dict::PyDict>());
    if let (Some(g), Some(name)) = (hit, code.names.get(arg as usize)) {
        let tid = crate::vm::thread::current_tid();
        return match g.core.replace_by_hint_fast(name, cache[0].load(Relaxed), v, tid) {
            Ok(old) => {
                old.drop_inline();
                Ok(Ctl::Next)
            }
            Err(v) => store_global_full(act, code, arg, cache, v),
        };
    }
    store_global_full(act, code, arg, cache, v)
}

#[inline(never)]
fn store_global_full(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32], v: Value) -> PyResult<Ctl> {
    let g = act.frame().globals();
    let d = dict::core(g).expect("globals dict");
    store_hinted(d, &code.names[arg as usize], v, &cache[0])?;
    Ok(Ctl::Next)
}

pub fn delete_global(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    match dict::core(act.frame().globals()).expect("globals").remove(name)? {
        Some(_) => Ok(Ctl::Next),
        None => Err(name_error(name)),
    }
}

pub fn load_locals(act: &mut Activation) -> PyResult<Ctl> {
    match act.frame().locals.clone() {
        Some(l) => {
            act.push(l);
            Ok(Ctl::Next)
        }
        None => Err(PyErr::system_error("no locals found")),
    }
}

pub fn load_from_dict_or_globals(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let m = act.pop();
    let name = &code.names[arg as usize];
    if let Some(v) = mapping_get(&m, name)? {
        act.push(v);
        return Ok(Ctl::Next);
    }
    let f = act.frame();
    match global_lookup(f.globals(), f.builtins(), name)? {
        Some(v) => {
            act.push(v);
            Ok(Ctl::Next)
        }
        None => Err(name_error(name)),
    }
}

pub fn load_from_dict_or_deref(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let m = act.pop();
    let name = &code.localsplusnames[arg as usize];
    if let Some(v) = mapping_get(&m, name)? {
        act.push(v);
        return Ok(Ctl::Next);
    }
    load_deref(act, code, arg)
}

pub fn make_cell(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let slot = act.local_mut(arg as usize);
    let init = slot.take();
    *slot = Some(new_cell(init));
    Ok(Ctl::Next)
}

pub fn copy_free_vars(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let n = arg as usize;
    // The frame record and the slots are disjoint fields: the cells are
    // cloned straight into the frame's slots (no count pair on the closure
    // tuple itself), from the function's immutable closure (no lock).
    let Activation { stack, frames } = act;
    let f = frames.last().expect("a running frame");
    let start = f.base + f.nlocalsplus - n;
    let Some(closure) = f.func.as_ref().and_then(|func| func.downcast::<PyFunction>()).and_then(|pf| pf.closure.as_ref())
    else {
        return Err(PyErr::system_error("function has free variables but no closure"));
    };
    let cells = tuple::items(closure).unwrap_or(&[]);
    for (slot, c) in stack[start..start + n].iter_mut().zip(cells) {
        *slot = Some(c.clone());
    }
    Ok(Ctl::Next)
}

fn empty_deref(code: &CodeObject, i: usize) -> PyErr {
    let name = to_rust_string(&code.localsplusnames[i]);
    if code.localspluskinds[i] & local_kind::FREE != 0 {
        PyErr::name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name
        ))
    } else {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    }
}

pub fn load_deref(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    // The cell is read where it sits (the frame holds it): no count pair.
    match cell_get(act.local(arg as usize).as_ref().expect("cell")) {
        Some(v) => {
            act.push(v);
            Ok(Ctl::Next)
        }
        None => Err(empty_deref(code, arg as usize)),
    }
}

pub fn store_deref(act: &mut Activation, arg: u32) -> PyResult<Ctl> {
    let v = act.pop();
    drop(cell_set(act.local(arg as usize).as_ref().expect("cell"), Some(v)));
    Ok(Ctl::Next)
}

pub fn delete_deref(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let cell = act.local(arg as usize).clone().expect("cell");
    match cell_set(&cell, None) {
        Some(_) => Ok(Ctl::Next),
        None => Err(empty_deref(code, arg as usize)),
    }
}

// ---- attribute caches ---------------------------------------------------
//
// LOAD_ATTR has two inline cache words, STORE_ATTR one. A *type tag* is a
// heap type's version (`HeapType::version`, bumped to a fresh global value
// whenever the class or a base changes) shifted left by 10; versions
// >= 2^22 are not cached (tag exhaustion: those sites take the generic
// path, like CPython once it runs out of type versions). Versions are never
// reused, so a word that matches the receiver's current version describes
// that type as it is now. Each fact is recorded in ONE atomic word, so two
// threads filling the same site with different types can never produce a
// mixed entry; the other word is only a dict slot hint, validated on use.
//
// * LOAD_ATTR, attribute form: word 1 = tag: the type uses object's
//   `__getattribute__`, has an instance dict and no class attribute of that
//   name along its MRO, so the value is the instance dict's (word 0: slot
//   hint into the instance dict). Modules: the module dict's (word 0).
// * LOAD_ATTR, method form: word 1 = tag | depth << 8 | hint: the MRO entry
//   `depth` (0-3) holds the name in its dict slot `hint - 1`; the value
//   found there must still be a Python function, and the instance dict must
//   not shadow it.
// * STORE_ATTR: word = tag | hint: object's `__setattr__`, an instance
//   dict, and no class attribute of that name, or one whose (builtin,
//   immutable) type is not a data descriptor: store into the instance dict,
//   through the dict slot `hint - 1` when that slot's entry has the name
//   (checked under the bucket lock), else by a full store.

const TAG_SHIFT: u32 = 10;
const MAX_TAGGED_VERSION: u64 = (1 << (32 - TAG_SHIFT)) - 1;

#[inline]
fn type_tag(ty: &crate::object::typeobj::PyType) -> Option<(&'static crate::object::class::HeapType, u32)> {
    let h = crate::object::class::heap(ty)?;
    let v = h.version.load(Acquire);
    if v == 0 || v > MAX_TAGGED_VERSION {
        return None;
    }
    Some((h, (v as u32) << TAG_SHIFT))
}

/// The instance dict of `owner` if it already has one.
#[inline]
fn existing_instance_dict(owner: &Value) -> Option<&dict::DictCore> {
    crate::object::class::instance(owner)?.dict.get().and_then(dict::core)
}

#[inline(always)]
fn attr_cached(owner: &Value, name: &Value, cache: &[AtomicU32]) -> Option<Value> {
    let w = cache[1].load(Relaxed);
    if w == 0 {
        if owner.is_type(&crate::object::module::MODULE_TYPE) {
            // A lazy import (PEP 810) is left to module getattr, which
            // resolves it.
            return crate::object::module::module_dict(owner)?
                .get_hinted(name, &cache[0])
                .ok()
                .flatten()
                .filter(|v| !crate::vm::lazy::is_lazy_object(v));
        }
        return None;
    }
    let (h, tag) = type_tag(owner.ty())?;
    if tag != w {
        return None;
    }
    // The tag implies a heap class with an instance dict (fill_attr_cache).
    let i = crate::object::class::instance_of(h, owner)?;
    let w0 = cache[0].load(Relaxed);
    if w0 & crate::object::class::INLINE_LOAD_HINT != 0 {
        // Inline values: word 0 names the key index (checked against this
        // class's key list: the two words are filled separately).
        let ix = (w0 & 0xFF) as usize;
        if h.keys.word(ix) == name.raw() {
            match i.values.get(ix) {
                crate::object::instance_values::Read::Value(v) => return Some(v),
                crate::object::instance_values::Read::Absent => return None,
                crate::object::instance_values::Read::Moved => {}
            }
        }
    }
    // The dict through the hint directly (one call), the full lookup and
    // hint refresh only on a miss. (No dict: inline values the hint did not
    // name; `load_attr_slow`'s `instance_dict_attr` reads them and
    // refreshes the hint.)
    let d = i.dict.get().and_then(dict::core)?;
    if let Some(v) = d.get_by_hint(name, w0) {
        return Some(v);
    }
    d.get_hinted(name, &cache[0]).ok().flatten()
}

/// LOAD_ATTR on a class whose metaclass is exactly `type` (`C.m`,
/// `Base.__init__(self, ...)`): word 1 = the class's tag | depth << 8 |
/// hint, as in the method form: the MRO entry `depth` holds `name` in its
/// dict slot `hint - 1`, and the value there needs no `__get__` call
/// (`class_attr_plain`). The forms cannot be confused: the method form
/// checks the tag of the receiver's type, which for a class is `type`
/// (not a heap type, so no tag); this one requires the receiver's type to
/// be `type` and checks the tag of the receiver itself. `type`'s own dict
/// (the metaclass attributes) never changes; `fill_class_attr_cache` made
/// sure it has no data descriptor of that name.
#[inline]
fn class_attr_cached(owner: &Value, name: &Value, cache: &[AtomicU32]) -> Option<Value> {
    let w = cache[1].load(Relaxed);
    if w & 0xFF == 0 || !core::ptr::eq(owner.ty(), &crate::object::singletons::TYPE_TYPE) {
        return None;
    }
    let (h, tag) = type_tag(owner.as_type()?)?;
    if tag != w & !((1 << TAG_SHIFT) - 1) {
        return None;
    }
    let depth = ((w >> 8) & 3) as usize;
    let def: &crate::object::typeobj::PyType = if depth == 0 { &h.ty } else { h.mro_rest.get(depth - 1)? };
    let v = crate::object::attr::type_dict_core(def).get_by_hint(name, w & 0xFF)?;
    // The class is unchanged since the fill (same version), but a store
    // racing with its own invalidation may show a new value: re-check it.
    if !class_attr_plain(&v) {
        return None;
    }
    Some(v)
}

/// A class attribute that `type.__getattribute__` returns as it is: a
/// Python function (`f.__get__(None, C)` is `f`) or an instance of a
/// builtin type without `__get__` (builtin types never change).
#[inline]
fn class_attr_plain(v: &Value) -> bool {
    let t = v.ty();
    crate::object::func::is_function(v) || (!t.is_heap() && t.slots.descr_get.is_none())
}

#[inline(never)]
fn fill_class_attr_cache(owner: &Value, name: &Value, cache: &[AtomicU32]) {
    use crate::object::singletons::TYPE_TYPE;
    if !core::ptr::eq(owner.ty(), &TYPE_TYPE) || !crate::object::str::is_interned(name) {
        return;
    }
    let Some(t) = owner.as_type() else { return };
    // The tag is read before the lookup: a class changed meanwhile has a
    // newer version, so the stored word never matches it.
    let Some((h, tag)) = type_tag(t) else { return };
    // A data descriptor of the metaclass would win over the class's own
    // attribute (`__name__`, `__dict__`, ...).
    if let Some(ma) = crate::object::attr::type_lookup_v(&TYPE_TYPE, name) {
        if crate::object::attr::is_data_descr(ma.ty()) {
            return;
        }
    }
    let Some((v, def)) = crate::object::attr::type_lookup_where(t, name) else { return };
    if !class_attr_plain(&v) {
        return;
    }
    fill_method_cache_at(h, tag, def, name, cache);
}

#[inline(never)]
fn fill_attr_cache(owner: &Value, name: &Value, cache: &[AtomicU32]) {
    let tp = owner.ty();
    let Some((h, tag)) = type_tag(tp) else { return };
    if !h.has_dict
        || !(crate::object::class::plain_getattribute(tp) || crate::object::exc::plain_instance_attr(tp, name, false))
        || !crate::object::str::is_interned(name)
        || crate::object::attr::type_lookup_where(tp, name).is_some()
    {
        return;
    }
    cache[1].store(tag, Relaxed);
}

/// A builtin (static) type as a non-zero 32-bit word: its distance from
/// `object` in 8-byte units (statics of one binary are close together).
#[inline]
fn static_type_word(ty: &crate::object::typeobj::PyType) -> Option<u32> {
    let base = &crate::object::singletons::OBJECT_TYPE as *const crate::object::typeobj::PyType as isize;
    let d = (ty as *const crate::object::typeobj::PyType as isize - base) / 8;
    if d.unsigned_abs() >= 1 << 30 {
        return None;
    }
    Some((d as i32 as u32) ^ 0x8000_0000)
}

/// Method form on a builtin type (no `getattr` slot, so no instance dict):
/// word 0 = the type (`static_type_word`), word 1 = the type's own dict slot
/// hint (tag bits 0). Builtin type dicts never change; a torn pair can only
/// pair a type with another site's hint, which then reads that type's own
/// entry for the name (the first along its MRO) or misses.
#[inline]
fn builtin_method_cached(owner: &Value, name: &Value, cache: &[AtomicU32], w: u32) -> Option<Value> {
    let ty = owner.ty();
    if ty.is_heap() || cache[0].load(Relaxed) != static_type_word(ty)? {
        return None;
    }
    let m = crate::object::attr::type_dict_core(ty).get_by_hint(name, w & 0xFF)?;
    if m.ty().flags & crate::object::typeobj::type_flags::METHOD_DESCRIPTOR == 0 {
        return None;
    }
    Some(m)
}

#[inline(never)]
fn fill_builtin_method_cache(owner: &Value, name: &Value, m: &Value, cache: &[AtomicU32]) {
    let ty = owner.ty();
    if ty.is_heap() || ty.slots.getattr.is_some() || !crate::object::str::is_interned(name) {
        return;
    }
    let Some(tw) = static_type_word(ty) else { return };
    let Some((v, def)) = crate::object::attr::type_lookup_where(ty, name) else { return };
    if !v.is(m) || !core::ptr::eq(def, ty) || v.ty().flags & crate::object::typeobj::type_flags::METHOD_DESCRIPTOR == 0 {
        return;
    }
    let Ok(hash) = dict::key_hash(name) else { return };
    if let Some(hint) = crate::object::attr::type_dict_core(ty).hint_for(name, hash) {
        if hint <= 0xFF {
            cache[0].store(tw, Relaxed);
            cache[1].store(hint, Relaxed);
        }
    }
}

#[inline]
fn method_cached(owner: &Value, name: &Value, cache: &[AtomicU32]) -> Option<Value> {
    let w = cache[1].load(Relaxed);
    if w == 0 {
        return None;
    }
    if w >> TAG_SHIFT == 0 {
        return builtin_method_cached(owner, name, cache, w);
    }
    let (h, tag) = type_tag(owner.ty())?;
    if tag != w & !((1 << TAG_SHIFT) - 1) {
        return None;
    }
    let depth = ((w >> 8) & 3) as usize;
    let def: &crate::object::typeobj::PyType = if depth == 0 { &h.ty } else { h.mro_rest.get(depth - 1)? };
    // A class's functions are long-lived and read by every thread: the
    // owner's inline count, or the deferral of a non-owner's read, as for
    // a module global (`get_by_hint_fast`).
    let m = crate::object::attr::type_dict_core(def).get_by_hint_fast(name, w & 0xFF, crate::vm::thread::current_tid())?;
    if !crate::object::func::is_function(&m) {
        return None;
    }
    // Not shadowed by an instance attribute: no dict and (inline values)
    // no key with the name's bloom bit is the common answer, inline.
    let i = crate::object::class::instance_of(h, owner)?;
    // The name is interned (fill_method_cache_at): its cached hash.
    let hash = name.downcast::<crate::object::str::PyStr>()?.hash_value();
    if (i.dict.get().is_some() || (h.inline && h.keys.maybe_has(hash)))
        && crate::object::class::instance_shadows(h, owner, name, hash)?
    {
        return None;
    }
    Some(m)
}

#[inline(never)]
fn fill_method_cache(owner: &Value, name: &Value, m: &Value, cache: &[AtomicU32]) {
    let tp = owner.ty();
    let Some((h, tag)) = type_tag(tp) else { return };
    if !crate::object::func::is_function(m)
        || !(crate::object::class::plain_getattribute(tp) || crate::object::exc::plain_instance_attr(tp, name, false))
        || !crate::object::str::is_interned(name)
    {
        return;
    }
    let Some((v, def)) = crate::object::attr::type_lookup_where(tp, name) else { return };
    if !v.is(m) {
        return;
    }
    fill_method_cache_at(h, tag, def, name, cache);
}

/// Records in a method-form cache that `name` is a function in `def`'s dict
/// (`def` on `h`'s MRO, looked up after `tag` was read, the name interned).
#[inline(never)]
fn fill_method_cache_at(
    h: &crate::object::class::HeapType,
    tag: u32,
    def: &crate::object::typeobj::PyType,
    name: &Value,
    cache: &[AtomicU32],
) {
    if !crate::object::str::is_interned(name) {
        return;
    }
    let depth = if core::ptr::eq(def, &h.ty) {
        0
    } else {
        match h.mro_rest.iter().position(|t| core::ptr::eq(*t, def)) {
            Some(i) if i < 3 => i + 1,
            _ => return,
        }
    };
    let Ok(hash) = dict::key_hash(name) else { return };
    match crate::object::attr::type_dict_core(def).hint_for(name, hash) {
        Some(hint) if hint <= 0xFF => cache[1].store(tag | (depth as u32) << 8 | hint, Relaxed),
        _ => {}
    }
}

/// LOAD_ATTR (plain form, oparg `arg`) of an instance attribute found by
/// the inline cache, read through a borrowed owner: the eval loop fuses
/// LOAD_FAST + LOAD_ATTR with it so the owner's count is not touched
/// (DESIGN.md#deferred-reference-counting). `None`: run the instructions.
#[inline]
pub fn load_attr_borrowed(owner: &Value, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> Option<Value> {
    if arg & 1 != 0 || cache[1].load(Relaxed) == 0 {
        return None;
    }
    attr_cached(owner, &code.names[(arg >> 1) as usize], cache)
}

/// LOAD_ATTR. The inline-cache hits on instances are handled here, in
/// the eval loop, on the stack slot itself (the owner is not popped and
/// pushed again; the method form moves it up one slot); everything else is
/// `load_attr_slow`.
#[inline(always)]
pub fn load_attr(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let name = &code.names[(arg >> 1) as usize];
    if let Some(top) = act.stack.last_mut() {
        if let Some(owner) = top.as_ref() {
            if arg & 1 != 0 {
                if let Some(m) = method_cached(owner, name, cache) {
                    let owner = core::mem::replace(top, Some(m));
                    act.push_opt(owner);
                    return Ok(Ctl::Next);
                }
            } else if let Some(v) = attr_cached(owner, name, cache) {
                *top = Some(v);
                return Ok(Ctl::Next);
            }
        }
    }
    load_attr_slow(act, code, arg, cache)
}

#[inline(never)]
fn load_attr_slow(act: &mut Activation, code: &CodeObject, arg: u32, cache: &[AtomicU32]) -> PyResult<Ctl> {
    let name = &code.names[(arg >> 1) as usize];
    let owner = act.pop();
    if arg & 1 != 0 {
        if let Some(m) = method_cached(&owner, name, cache) {
            act.push(m);
            act.push(owner);
            return Ok(Ctl::Next);
        }
        if owner.is_type(&crate::object::module::MODULE_TYPE) {
            if let Some(v) = attr_cached(&owner, name, cache) {
                act.push(v);
                act.push_opt(None);
                return Ok(Ctl::Next);
            }
        }
        if let Some(v) = class_attr_cached(&owner, name, cache) {
            act.push(v);
            act.push_opt(None);
            return Ok(Ctl::Next);
        }
        // Another class at this site (obj: polymorphic method path): one
        // MRO lookup serves the call and the cache fill.
        let tag = type_tag(owner.ty());
        if let Some((m, def)) = crate::object::class::instance_method(&owner, name) {
            if let Some((h, tag)) = tag {
                fill_method_cache_at(h, tag, def, name, cache);
            }
            act.push(m);
            act.push(owner);
            return Ok(Ctl::Next);
        }
        match crate::object::attr::lookup_method(&owner, name)? {
            Some((m, true)) => {
                if owner.ty().is_heap() {
                    fill_method_cache(&owner, name, &m, cache);
                } else {
                    fill_builtin_method_cache(&owner, name, &m, cache);
                }
                act.push(m);
                act.push(owner);
            }
            Some((v, false)) => {
                fill_class_attr_cache(&owner, name, cache);
                act.push(v);
                act.push_opt(None);
            }
            None => return Err(crate::object::attr::no_attribute(&owner, name)),
        }
    } else {
        if let Some(v) = attr_cached(&owner, name, cache) {
            act.push(v);
            return Ok(Ctl::Next);
        }
        // Another class at this site (obj: polymorphic instance-dict path).
        // The tag is read before the lookup: a class change meanwhile
        // gives the class a newer version, so the stored tag never matches.
        let tag = type_tag(owner.ty());
        if let Some(v) = crate::object::class::instance_dict_attr(&owner, name, &cache[0]) {
            if let Some((_, tag)) = tag {
                if crate::object::str::is_interned(name) {
                    cache[1].store(tag, Relaxed);
                }
            }
            act.push(v);
            return Ok(Ctl::Next);
        }
        if let Some(v) = class_attr_cached(&owner, name, cache) {
            act.push(v);
            return Ok(Ctl::Next);
        }
        let v = ops::getattr(&owner, name)?;
        fill_attr_cache(&owner, name, cache);
        fill_class_attr_cache(&owner, name, cache);
        act.push(v);
    }
    Ok(Ctl::Next)
}

/// STORE_ATTR. The cached replacement of an existing instance-dict entry
/// is handled here, in the eval loop; everything else is
/// `store_attr_slow`.
#[inline(always)]
pub fn store_attr(act: &mut Activation, code: &CodeObject, arg: u32, cache: &AtomicU32) -> PyResult<Ctl> {
    let owner = act.pop();
    let v = act.pop();
    let w = cache.load(Relaxed);
    if w & HINT_MASK != 0 {
        if let Some((h, tag)) = type_tag(owner.ty()) {
            if tag == w & !HINT_MASK {
                let name = &code.names[arg as usize];
                if w & crate::object::class::INLINE_HINT != 0 {
                    // Inline values: the hint names the key index (checked
                    // against this class's key list).
                    let ix = (w & (crate::object::class::INLINE_HINT - 1)) as usize;
                    if h.keys.word(ix) == name.raw() {
                        if let Some(i) = crate::object::class::instance_of(h, &owner) {
                            match i.values.store(ix, v) {
                                Ok(old) => {
                                    drop(old);
                                    return Ok(Ctl::Next);
                                }
                                Err(back) => return store_attr_full(owner, back, code, arg, cache),
                            }
                        }
                    }
                    return store_attr_full(owner, v, code, arg, cache);
                }
                // The tag implies an instance dict (fill_store_cache); the
                // dict form only while the instance has one.
                if let Some(d) = crate::object::class::instance_of(h, &owner).and_then(|i| i.dict.get()).and_then(dict::core) {
                    // Lock-free when the name is bound (DESIGN.md#dict rule 9).
                    return match d.replace_by_hint(name, w & HINT_MASK, v) {
                        Ok(old) => {
                            drop(old);
                            Ok(Ctl::Next)
                        }
                        // Not in the dict yet (a fresh instance's
                        // first stores): insert, no second try.
                        Err(v) => store_attr_insert(owner, tag, v, code, arg, cache),
                    };
                }
            }
        }
    }
    store_attr_full(owner, v, code, arg, cache)
}

/// STORE_ATTR after the inline hit found the cached class (`tag`) but no
/// entry for the name at the hinted slot: a full store into the instance
/// dict (the tag implies one), then the site's hint is refreshed.
#[inline(never)]
fn store_attr_insert(owner: Value, tag: u32, v: Value, code: &CodeObject, arg: u32, cache: &AtomicU32) -> PyResult<Ctl> {
    let Some(h) = crate::object::class::heap(owner.ty()) else { return store_attr_full(owner, v, code, arg, cache) };
    let hint = crate::object::class::store_instance_attr(h, &owner, &code.names[arg as usize], v)?;
    if hint != 0 && tag | hint != cache.load(Relaxed) {
        cache.store(tag | hint, Relaxed);
    }
    Ok(Ctl::Next)
}

#[inline(never)]
fn store_attr_full(owner: Value, v: Value, code: &CodeObject, arg: u32, cache: &AtomicU32) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    let w = cache.load(Relaxed);
    if w != 0 {
        if let Some((h, tag)) = type_tag(owner.ty()) {
            if tag == w & !HINT_MASK {
                // The tag implies an instance dict (fill_store_cache):
                // the inline value or the dict entry.
                let hint = crate::object::class::store_instance_attr(h, &owner, name, v)?;
                if hint != 0 && tag | hint != w {
                    cache.store(tag | hint, Relaxed);
                }
                return Ok(Ctl::Next);
            }
        }
    }
    // Another class at this site (obj: polymorphic instance-dict path).
    let tag = type_tag(owner.ty());
    let v = match crate::object::class::instance_dict_store(&owner, name, v)? {
        Ok(hint) => {
            if let Some((_, tag)) = tag {
                cache.store(tag | if hint <= HINT_MASK { hint } else { 0 }, Relaxed);
            }
            return Ok(Ctl::Next);
        }
        Err(v) => v,
    };
    ops::setattr(&owner, name, Some(&v))?;
    fill_store_cache(&owner, name, cache);
    Ok(Ctl::Next)
}

/// The slot-hint bits of a STORE_ATTR cache word (below the type tag).
const HINT_MASK: u32 = (1 << TAG_SHIFT) - 1;

#[inline(never)]
fn fill_store_cache(owner: &Value, name: &Value, cache: &AtomicU32) {
    let tp = owner.ty();
    let Some((h, tag)) = type_tag(tp) else { return };
    if !h.has_dict
        || !(crate::object::class::plain_setattr(tp) || crate::object::exc::plain_instance_attr(tp, name, true))
        || !crate::object::str::is_interned(name)
    {
        return;
    }
    if let Some(d) = crate::object::attr::type_lookup_v(tp, name) {
        let dt = d.ty();
        if dt.is_heap() || dt.slots.descr_set.is_some() {
            return;
        }
    }
    // The instance dict's slot for the name, when it is there (a guess
    // checked by key identity on use: DESIGN.md#dict rule 7).
    let hint = match existing_instance_dict(owner) {
        Some(d) => dict::key_hash(name).ok().and_then(|hs| d.hint_for(name, hs)).filter(|h| *h < crate::object::class::INLINE_HINT),
        None => h.keys.find(name).map(|ix| crate::object::class::INLINE_HINT | ix as u32),
    }
    .unwrap_or(0);
    cache.store(tag | hint, Relaxed);
}

pub fn delete_attr(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let owner = act.pop();
    ops::setattr(&owner, &code.names[arg as usize], None)?;
    Ok(Ctl::Next)
}

/// `super().name` / `super(C, self).name`: (global_super, class, self --
/// attr[, null]).
pub fn load_super_attr(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let name = &code.names[(arg >> 2) as usize];
    let self_ = act.pop();
    let class = act.pop();
    let global_super = act.pop();
    match crate::object::super_::fast_super_attr(&global_super, &class, &self_, name, arg & 1 != 0)? {
        Some((m, true)) => {
            act.push(m);
            act.push(self_);
            return Ok(Ctl::Next);
        }
        Some((v, false)) => {
            act.push(v);
            if arg & 1 != 0 {
                act.push_opt(None);
            }
            return Ok(Ctl::Next);
        }
        None => {}
    }
    // CPython passes no arguments to a replaced `super` in the
    // zero-argument form (bit 1 clear).
    let is_builtin = global_super.as_type().is_some_and(|t| core::ptr::eq(t, &crate::object::super_::SUPER_TYPE));
    let sup = if arg & 2 != 0 || is_builtin {
        ops::call(&global_super, &[class, self_], None)?
    } else {
        ops::call(&global_super, &[], None)?
    };
    let v = ops::getattr(&sup, name)?;
    act.push(v);
    if arg & 1 != 0 {
        act.push_opt(None);
    }
    Ok(Ctl::Next)
}

pub fn load_build_class(act: &mut Activation) -> PyResult<Ctl> {
    let b = act.frame().builtins().clone();
    match dict::dict_get(&b, &intern("__build_class__"))? {
        Some(v) => {
            act.push(v);
            Ok(Ctl::Next)
        }
        None => Err(PyErr::name_error("__build_class__ not found")),
    }
}

pub fn setup_annotations(act: &mut Activation) -> PyResult<Ctl> {
    let Some(l) = act.frame().locals.clone() else {
        return Err(PyErr::system_error("no locals found when setting up annotations"));
    };
    let key = intern("__annotations__");
    if mapping_get(&l, &key)?.is_none() {
        ops::setitem(&l, &key, &dict::new_dict())?;
    }
    Ok(Ctl::Next)
}

/// IMPORT_NAME: (level, fromlist -- module) through `builtins.__import__`.
pub fn import_name(act: &mut Activation, code: &CodeObject, arg: u32, lasti: usize) -> PyResult<Ctl> {
    let fromlist = act.pop();
    let level = act.pop();
    let name = code.names[arg as usize].clone();
    let f = act.frame();
    let globals = f.globals().clone();
    let locals = f.locals.clone().unwrap_or_else(Value::none);
    // PEP 810: the compiler marked imports that may be lazy; vm::lazy decides.
    let lazy_flags = crate::vm::lazy::flags_at(code, lasti);
    if lazy_flags != 0 && crate::vm::lazy::is_lazy(lazy_flags, &name, &globals)? {
        let b = f.builtins().clone();
        act.push(crate::vm::lazy::new_lazy_import(name, globals, locals, fromlist, level, b));
        return Ok(Ctl::Next);
    }
    let imp = dict::dict_get(f.builtins(), &intern("__import__"))?;
    let m = match imp {
        Some(imp) => ops::call(&imp, &[name, globals, locals, fromlist, level], None)?,
        None => crate::vm::interp::import_module_level(&name, &globals, &fromlist, &level)?,
    };
    act.push(m);
    Ok(Ctl::Next)
}

/// IMPORT_FROM: (module -- module, attr).
pub fn import_from(act: &mut Activation, code: &CodeObject, arg: u32) -> PyResult<Ctl> {
    let name = &code.names[arg as usize];
    let m = act.peek(0).clone();
    if crate::vm::lazy::is_lazy_object(&m) {
        act.push(crate::vm::lazy::new_lazy_from(m, name.clone()));
        return Ok(Ctl::Next);
    }
    let v = import_from_value(&m, name)?;
    act.push(v);
    Ok(Ctl::Next)
}

/// `from m import name`'s lookup: the attribute, else the submodule
/// `m.name` from sys.modules, else CPython's ImportError.
pub fn import_from_value(m: &Value, name: &Value) -> PyResult<Value> {
    let m = m.clone();
    match ops::getattr(&m, name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::AttributeError) => {
            let modname = ops::getattr(&m, &intern("__name__")).ok().filter(crate::object::str::is_str);
            if let Some(mn) = &modname {
                let full = format!("{}.{}", to_rust_string(mn), to_rust_string(name));
                let modules = crate::vm::interp::interp().modules.clone();
                if let Some(v) = dict::dict_get(&modules, &crate::object::str::new_str(&full))? {
                    return Ok(v);
                }
            }
            let mn = modname.map(|n| to_rust_string(&n)).unwrap_or_else(|| "<unknown module name>".into());
            let file = ops::getattr(&m, &intern("__file__")).ok().filter(crate::object::str::is_str);
            let msg = match &file {
                Some(f) => format!("cannot import name '{}' from '{}' ({})", to_rust_string(name), mn, to_rust_string(f)),
                None => format!("cannot import name '{}' from '{}' (unknown location)", to_rust_string(name), mn),
            };
            Err(crate::object::exc::import_error(false, msg, &mn, file, Some(name.clone())))
        }
        Err(e) => Err(e),
    }
}

/// `from m import *` into the running frame's locals.
pub fn import_star(act: &mut Activation, m: &Value) -> PyResult<()> {
    let Some(l) = act.frame().locals.clone() else {
        return Err(PyErr::system_error("no locals found during 'import *'"));
    };
    let names: Vec<Value> = match ops::getattr(m, &intern("__all__")) {
        Ok(all) => ops::collect(&all)?,
        Err(_) => {
            let d = ops::getattr(m, &intern("__dict__"))?;
            dict::dict_keys(&d)
                .into_iter()
                .filter(|k| !to_rust_string(k).starts_with('_'))
                .collect()
        }
    };
    for n in names {
        let v = ops::getattr(m, &n)?;
        ops::setitem(&l, &n, &v)?;
    }
    Ok(())
}
