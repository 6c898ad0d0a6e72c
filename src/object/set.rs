//! Design: DESIGN.md#set
//!
//! set and frozenset: CPython's open-addressing table (linear probes of 9,
//! then perturbation; dummies for deleted entries; resize at 60% fill), so
//! iteration order, `pop` order and the frozenset hash match CPython 3.13.
//!
//! Locking:
//! * **set**: readers *and* writers take the object lock (`header.lock()`),
//!   as CPython's free-threaded build does. The table itself sits in a
//!   `Mutex` that is only ever `try_lock`ed while the object lock is held, so
//!   it is never contended; it only gives this file safe `&mut` access
//!   without `unsafe`. `len` is mirrored into an atomic on every unlock.
//! * **frozenset**: immutable once built (built before it is published), so
//!   it is read without any lock.
//! * **Rule**: no Python-level code runs while a set lock is held. Hashing
//!   happens before locking. Key comparison under the lock happens only when
//!   `eq_runs_no_python(a, b)` (builtin key types whose `==` is native code);
//!   otherwise the lookup returns the candidate entry, the lock is dropped,
//!   `==` runs, and the lookup restarts under the lock with the result
//!   remembered for that table version (any mutation bumps the version and
//!   forgets it). Operations between two sets (`|`, `<=`, `update`, ...)
//!   snapshot the other set under its own lock first: at most one set lock
//!   is held at any time, so no lock-order deadlock is possible.

#![forbid(unsafe_code)]

use core::ops::{Deref, DerefMut};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::{ObjHeader, ObjLockGuard};
use crate::object::ops;
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};
use crate::sync::{AtomicI64, AtomicUsize, Mutex, MutexGuard, Ordering::Relaxed};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One table slot. Unused: `key == None && hash == 0`; dummy (deleted):
/// `key == None && hash == -1`; active: `key == Some(_)`.
#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Option<Value>,
}

const UNUSED: Entry = Entry { hash: 0, key: None };

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Entry>,
    /// Active + dummy entries.
    fill: usize,
    /// Active entries.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped by every mutation (validates comparisons made unlocked).
    version: u64,
}

/// Results of `==` calls made without the lock, valid for one version.
#[derive(Default)]
struct Known {
    version: u64,
    results: Vec<(usize, bool)>,
}

enum Look {
    Found(usize),
    /// Not present; `slot` is where it would go (a dummy to reuse, or the
    /// first unused entry), `unused` tells which.
    Absent { slot: usize, unused: bool },
    /// `==` between the entry's key and the probe key may run Python code:
    /// the caller must compare without the lock and retry.
    Compare(usize, Value),
}

impl SetTable {
    fn new() -> SetTable {
        SetTable { table: vec![UNUSED; MINSIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active entries in table order: (hash, key).
    fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|e| e.key.as_ref().map(|k| (e.hash, k)))
    }

    /// CPython's `set_add_entry` / `set_lookkey` probe. With `locked`, keys
    /// whose `==` may run Python code are not compared here (see `Look`).
    fn find(&self, key: &Value, hash: i64, known: &mut Known, locked: bool) -> PyResult<Look> {
        if known.version != self.version {
            known.version = self.version;
            known.results.clear();
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for idx in i..=i + probes {
                let e = &self.table[idx];
                match &e.key {
                    None if e.hash == 0 => {
                        return Ok(match freeslot {
                            Some(f) => Look::Absent { slot: f, unused: false },
                            None => Look::Absent { slot: idx, unused: true },
                        })
                    }
                    None => {
                        if freeslot.is_none() {
                            freeslot = Some(idx);
                        }
                    }
                    Some(k) if e.hash == hash => {
                        if k.is(key) {
                            return Ok(Look::Found(idx));
                        }
                        let equal = if let Some(&(_, r)) = known.results.iter().find(|(j, _)| *j == idx) {
                            r
                        } else if !locked {
                            ops::eq(k, key)?
                        } else if eq_runs_no_python(k, key) {
                            debug_assert!(eq_runs_no_python(k, key));
                            ops::eq(k, key)?
                        } else {
                            return Ok(Look::Compare(idx, k.clone()));
                        };
                        if equal {
                            return Ok(Look::Found(idx));
                        }
                    }
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Stores a new key at a slot `find` returned.
    fn insert_at(&mut self, slot: usize, unused: bool, key: Value, hash: i64) {
        self.version += 1;
        self.table[slot] = Entry { hash, key: Some(key) };
        self.used += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
            }
        }
    }

    fn remove_at(&mut self, idx: usize) -> Value {
        self.version += 1;
        let e = core::mem::replace(&mut self.table[idx], Entry { hash: -1, key: None });
        self.used -= 1;
        e.key.expect("active entry")
    }

    /// CPython's `set_insert_clean`: the key is known absent, no dummies.
    fn insert_clean(table: &mut [Entry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() {
                table[i] = Entry { hash, key: Some(key) };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(e) = table[i + 1..=i + LINEAR_PROBES].iter_mut().find(|e| e.key.is_none()) {
                    *e = Entry { hash, key: Some(key) };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        self.version += 1;
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = core::mem::replace(&mut self.table, vec![UNUSED; newsize]);
        for e in old {
            if let Some(k) = e.key {
                SetTable::insert_clean(&mut self.table, k, e.hash);
            }
        }
        self.fill = self.used;
    }

    /// Adds without any lock held (tables not yet visible to other threads).
    fn add_direct(&mut self, key: Value, hash: i64) -> PyResult<bool> {
        match self.find(&key, hash, &mut Known::default(), false)? {
            Look::Found(_) => Ok(false),
            Look::Absent { slot, unused } => {
                self.insert_at(slot, unused, key, hash);
                Ok(true)
            }
            Look::Compare(..) => unreachable!("unlocked lookups compare directly"),
        }
    }

    fn contains_direct(&self, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(key, hash, &mut Known::default(), false)?, Look::Found(_)))
    }

    fn discard_direct(&mut self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(key, hash, &mut Known::default(), false)? {
            Look::Found(i) => Ok(Some(self.remove_at(i))),
            _ => Ok(None),
        }
    }

    /// CPython's `set_merge` of another table into this one (no lock held on
    /// either: `self` is unpublished or the caller handles locking).
    fn merge_direct(&mut self, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.version += 1;
            for (dst, src) in self.table.iter_mut().zip(other.table.iter()) {
                if src.key.is_some() {
                    *dst = src.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.version += 1;
            for (h, k) in other.entries() {
                SetTable::insert_clean(&mut self.table, k.clone(), h);
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_direct(k.clone(), h)?;
        }
        Ok(())
    }

    fn clear(&mut self) -> Vec<Entry> {
        self.version += 1;
        self.fill = 0;
        self.used = 0;
        core::mem::replace(&mut self.table, vec![UNUSED; MINSIZE])
    }
}

/// Hash of a key as stored in a table (`-1` is reserved for dummies; Python
/// hashes never are -1, normalised defensively).
fn hash_key(key: &Value) -> PyResult<i64> {
    let h = ops::hash(key)?;
    Ok(if h == -1 { -2 } else { h })
}

/// True when `a == b` cannot run Python-level code: both are exact
/// instances of builtin types whose comparison is native (int, bool, float,
/// str, bytes, None, and tuples / frozensets made only of those). Only such
/// comparisons may run while a set lock is held.
pub fn eq_runs_no_python(a: &Value, b: &Value) -> bool {
    pure_key(a, 0) && pure_key(b, 0)
}

fn pure_key(v: &Value, depth: usize) -> bool {
    if v.is_small_int() || v.is_none() || v.as_bool().is_some() {
        return true;
    }
    if depth > 16 {
        return false;
    }
    let ty = v.ty();
    if core::ptr::eq(ty, &crate::object::int::INT_TYPE) || core::ptr::eq(ty, &crate::object::str::STR_TYPE) {
        return true;
    }
    if core::ptr::eq(ty, &crate::object::tuple::TUPLE_TYPE) {
        return crate::object::tuple::items(v).unwrap_or(&[]).iter().all(|x| pure_key(x, depth + 1));
    }
    if core::ptr::eq(ty, &FROZENSET_TYPE) {
        return v.downcast::<PyFrozenSet>().map(|f| f.table.entries().all(|(_, k)| pure_key(k, depth + 1))).unwrap_or(false);
    }
    core::ptr::eq(ty, &crate::object::float::FLOAT_TYPE) || core::ptr::eq(ty, &crate::object::bytes::BYTES_TYPE)
}

// ---- payloads and types --------------------------------------------------------

pub struct PySet {
    /// Guarded by the object lock; `try_lock`ed only while holding it.
    table: Mutex<SetTable>,
    /// Mirror of `table.used`, stored whenever the lock is released.
    len: AtomicUsize,
}

pub struct PyFrozenSet {
    table: SetTable,
    /// Cached hash, -1 until computed.
    hash: AtomicI64,
}

impl PyPayload for PySet {
    fn class() -> &'static PyType {
        &SET_TYPE
    }
}

impl PyPayload for PyFrozenSet {
    fn class() -> &'static PyType {
        &FROZENSET_TYPE
    }
}

const SET_NUMBER: NumberSlots = NumberSlots {
    and: Some(set_and),
    or: Some(set_or),
    xor: Some(set_xor),
    sub: Some(set_sub),
    bool: Some(set_bool),
    ..NumberSlots::EMPTY
};

pub static SET_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "set",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(set_repr),
        richcompare: Some(set_richcompare),
        iter: Some(set_iter),
        len: Some(set_len),
        contains: Some(set_contains),
        number: SET_NUMBER,
        traverse: Some(set_traverse),
        new: Some(crate::builtins::ctors::set_new),
        init: Some(crate::builtins::ctors::set_init),
        ..Slots::EMPTY
    },
    free: PyObject::<PySet>::free,
    methods: crate::object::methods::containers::SET_METHODS,
    dict: crate::sync::OnceLock::new(),
};

pub static FROZENSET_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "frozenset",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE | type_flags::IMMUTABLE | type_flags::HAVE_GC,
    slots: Slots {
        repr: Some(set_repr),
        hash: Some(frozenset_hash),
        richcompare: Some(set_richcompare),
        iter: Some(set_iter),
        len: Some(set_len),
        contains: Some(set_contains),
        number: SET_NUMBER,
        traverse: Some(set_traverse),
        new: Some(crate::builtins::ctors::frozenset_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyFrozenSet>::free,
    methods: crate::object::methods::containers::FROZENSET_METHODS,
    dict: crate::sync::OnceLock::new(),
};

fn wrap_set(t: SetTable) -> Value {
    let n = t.used;
    PyObject::alloc(&SET_TYPE, PySet { table: Mutex::new(t), len: AtomicUsize::new(n) })
}

fn wrap_frozenset(t: SetTable) -> Value {
    PyObject::alloc(&FROZENSET_TYPE, PyFrozenSet { table: t, hash: AtomicI64::new(-1) })
}

/// Is `v` a set or frozenset (or subclass instance)?
pub fn is_anyset(v: &Value) -> bool {
    v.downcast_sub::<PySet>().is_some() || v.downcast_sub::<PyFrozenSet>().is_some()
}

fn is_frozen(v: &Value) -> bool {
    v.downcast_sub::<PyFrozenSet>().is_some()
}

/// A set's table with its lock held.
struct SetGuard<'a> {
    tab: MutexGuard<'a, SetTable>,
    len: &'a AtomicUsize,
    _obj: ObjLockGuard<'a>,
}

impl Drop for SetGuard<'_> {
    fn drop(&mut self) {
        self.len.store(self.tab.used, Relaxed);
        // Fields drop next: the table mutex, then the object lock.
    }
}

impl Deref for SetGuard<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        &self.tab
    }
}

impl DerefMut for SetGuard<'_> {
    fn deref_mut(&mut self) -> &mut SetTable {
        &mut self.tab
    }
}

fn lock_set(v: &Value) -> SetGuard<'_> {
    let s = v.downcast_sub::<PySet>().expect("set operation on a non-set");
    let obj = v.header().expect("heap object").lock();
    let tab = s.table.try_lock().expect("set table mutex is only taken under the object lock");
    SetGuard { tab, len: &s.len, _obj: obj }
}

/// Read access to any set: the frozenset's table directly, a set's under
/// its lock.
enum TabRef<'a> {
    Frozen(&'a SetTable),
    Set(SetGuard<'a>),
}

impl Deref for TabRef<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            TabRef::Frozen(t) => t,
            TabRef::Set(g) => g,
        }
    }
}

fn read(v: &Value) -> TabRef<'_> {
    match v.downcast_sub::<PyFrozenSet>() {
        Some(f) => TabRef::Frozen(&f.table),
        None => TabRef::Set(lock_set(v)),
    }
}

/// A private copy of any set's table (items increfed under its lock).
fn snapshot(v: &Value) -> SetTable {
    (*read(v)).clone()
}

/// A snapshot, borrowing frozensets instead of copying.
enum Snap<'a> {
    Frozen(&'a SetTable),
    Owned(SetTable),
}

impl Deref for Snap<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            Snap::Frozen(t) => t,
            Snap::Owned(t) => t,
        }
    }
}

fn snap(v: &Value) -> Snap<'_> {
    match v.downcast_sub::<PyFrozenSet>() {
        Some(f) => Snap::Frozen(&f.table),
        None => Snap::Owned(snapshot(v)),
    }
}

/// The table built from an iterable (CPython's `set_update_internal` on an
/// empty set); runs Python code freely (the table is not published).
fn table_from_iterable(it: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update_table(&mut t, it)?;
    Ok(t)
}

fn update_table(t: &mut SetTable, it: &Value) -> PyResult<()> {
    if is_anyset(it) {
        let other = snap(it);
        return t.merge_direct(&other);
    }
    for x in ops::collect(it)? {
        let h = hash_key(&x)?;
        t.add_direct(x, h)?;
    }
    Ok(())
}

// ---- constructors ------------------------------------------------------------

/// `set(items)`.
pub fn new_set(items: Vec<Value>) -> PyResult<Value> {
    let mut t = SetTable::new();
    for x in items {
        let h = hash_key(&x)?;
        t.add_direct(x, h)?;
    }
    Ok(wrap_set(t))
}

/// `frozenset(items)`.
pub fn new_frozenset(items: Vec<Value>) -> PyResult<Value> {
    let mut t = SetTable::new();
    for x in items {
        let h = hash_key(&x)?;
        t.add_direct(x, h)?;
    }
    Ok(wrap_frozenset(t))
}

/// `set(iterable)`.
pub fn set_from_iterable(it: &Value) -> PyResult<Value> {
    Ok(wrap_set(table_from_iterable(it)?))
}

/// `frozenset(iterable)`; an exact frozenset is returned as is.
pub fn frozenset_from_iterable(it: &Value) -> PyResult<Value> {
    if it.is_type(&FROZENSET_TYPE) {
        return Ok(it.clone());
    }
    Ok(wrap_frozenset(table_from_iterable(it)?))
}

/// A new set of the same base kind as `like` (set or frozenset).
fn wrap_like(like: &Value, t: SetTable) -> Value {
    if is_frozen(like) {
        wrap_frozenset(t)
    } else {
        wrap_set(t)
    }
}

// ---- lookups with unlocked comparisons ------------------------------------------

fn contains_hashed(v: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    let mut known = Known::default();
    loop {
        let tab = read(v);
        let look = tab.find(key, hash, &mut known, !is_frozen(v))?;
        match look {
            Look::Found(_) => return Ok(true),
            Look::Absent { .. } => return Ok(false),
            Look::Compare(idx, startkey) => {
                let version = tab.version;
                drop(tab);
                let r = ops::eq(&startkey, key)?;
                if known.version == version {
                    known.results.push((idx, r));
                }
            }
        }
    }
}

/// Adds to a (mutable) set; returns whether the key was new.
fn add_hashed(v: &Value, key: Value, hash: i64) -> PyResult<bool> {
    let mut known = Known::default();
    loop {
        let mut tab = lock_set(v);
        match tab.find(&key, hash, &mut known, true)? {
            Look::Found(_) => {
                drop(tab);
                return Ok(false); // `key` is dropped after unlocking
            }
            Look::Absent { slot, unused } => {
                tab.insert_at(slot, unused, key, hash);
                return Ok(true);
            }
            Look::Compare(idx, startkey) => {
                let version = tab.version;
                drop(tab);
                let r = ops::eq(&startkey, &key)?;
                if known.version == version {
                    known.results.push((idx, r));
                }
            }
        }
    }
}

/// Removes from a (mutable) set; returns the removed key (dropped by the
/// caller, after the lock is released).
fn discard_hashed(v: &Value, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let mut known = Known::default();
    loop {
        let mut tab = lock_set(v);
        match tab.find(key, hash, &mut known, true)? {
            Look::Found(i) => return Ok(Some(tab.remove_at(i))),
            Look::Absent { .. } => return Ok(None),
            Look::Compare(idx, startkey) => {
                let version = tab.version;
                drop(tab);
                let r = ops::eq(&startkey, key)?;
                if known.version == version {
                    known.results.push((idx, r));
                }
            }
        }
    }
}

/// Hash of a lookup key; an unhashable *set* key is looked up as the
/// equivalent frozenset (CPython's `set_contains` / `discard` rule).
fn lookup_key(key: &Value) -> PyResult<(Value, i64)> {
    match hash_key(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if e.is(ExcKind::TypeError) && key.downcast_sub::<PySet>().is_some() => {
            let f = wrap_frozenset(snapshot(key));
            let h = hash_key(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

// ---- methods --------------------------------------------------------------------

fn require_set(v: &Value, method: &str) -> PyResult<()> {
    if v.downcast_sub::<PySet>().is_some() {
        Ok(())
    } else {
        Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", v.ty().name, method)))
    }
}

/// `x in s`.
pub fn contains(v: &Value, key: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(key)?;
    contains_hashed(v, &k, h)
}

/// `set.add(x)`.
pub fn add(v: &Value, key: Value) -> PyResult<()> {
    require_set(v, "add")?;
    let h = hash_key(&key)?;
    add_hashed(v, key, h)?;
    Ok(())
}

/// `set.discard(x)`; returns whether it was present.
pub fn discard(v: &Value, key: &Value) -> PyResult<bool> {
    require_set(v, "discard")?;
    let (k, h) = lookup_key(key)?;
    let removed = discard_hashed(v, &k, h)?;
    Ok(removed.is_some())
}

/// `set.remove(x)`: `KeyError(x)` when absent.
pub fn remove(v: &Value, key: &Value) -> PyResult<()> {
    if discard(v, key)? {
        Ok(())
    } else {
        Err(PyErr::key_error(key.clone()))
    }
}

/// `set.pop()`: an arbitrary element (CPython's finger order).
pub fn pop(v: &Value) -> PyResult<Value> {
    require_set(v, "pop")?;
    let mut tab = lock_set(v);
    if tab.used == 0 {
        drop(tab);
        return Err(PyErr::key_error(crate::object::str::new_str("pop from an empty set")));
    }
    let mask = tab.mask();
    let mut i = tab.finger & mask;
    while tab.table[i].key.is_none() {
        i = if i == mask { 0 } else { i + 1 };
    }
    let k = tab.remove_at(i);
    tab.finger = i + 1;
    Ok(k)
}

/// `set.clear()`.
pub fn clear(v: &Value) -> PyResult<()> {
    require_set(v, "clear")?;
    let old = lock_set(v).clear();
    drop(old);
    Ok(())
}

/// `set.update(*others)`.
pub fn update(v: &Value, others: &[Value]) -> PyResult<()> {
    require_set(v, "update")?;
    for o in others {
        if o.is(v) {
            continue;
        }
        // Gather (hash, key) pairs without holding our lock.
        let pairs: Vec<(i64, Value)> = if is_anyset(o) {
            let s = snap(o);
            s.entries().map(|(h, k)| (h, k.clone())).collect()
        } else {
            let mut out = Vec::new();
            for x in ops::collect(o)? {
                out.push((hash_key(&x)?, x));
            }
            out
        };
        update_pairs(v, pairs)?;
    }
    Ok(())
}

/// Adds pairs under the lock, dropping it only to run a non-native `==`.
fn update_pairs(v: &Value, pairs: Vec<(i64, Value)>) -> PyResult<()> {
    let mut pending = pairs.into_iter().peekable();
    let mut rejected: Vec<Value> = Vec::new();
    let mut known = Known::default();
    'relock: loop {
        let mut tab = lock_set(v);
        while let Some((h, k)) = pending.peek() {
            match tab.find(k, *h, &mut known, true)? {
                Look::Found(_) => {
                    let (_, k) = pending.next().expect("peeked");
                    rejected.push(k);
                }
                Look::Absent { slot, unused } => {
                    let (h, k) = pending.next().expect("peeked");
                    tab.insert_at(slot, unused, k, h);
                }
                Look::Compare(idx, startkey) => {
                    let version = tab.version;
                    drop(tab);
                    let (_, k) = pending.peek().expect("peeked");
                    let r = ops::eq(&startkey, k)?;
                    if known.version == version {
                        known.results.push((idx, r));
                    }
                    continue 'relock;
                }
            }
        }
        drop(tab);
        drop(rejected);
        return Ok(());
    }
}

/// `s.copy()`; a frozenset's copy is itself.
pub fn copy(v: &Value) -> Value {
    if v.is_type(&FROZENSET_TYPE) {
        return v.clone();
    }
    let src = snap(v);
    let mut t = SetTable::new();
    t.merge_direct(&src).expect("merging into an empty table compares nothing");
    wrap_like(v, t)
}

fn copy_table(v: &Value) -> SetTable {
    let src = snap(v);
    let mut t = SetTable::new();
    t.merge_direct(&src).expect("merging into an empty table compares nothing");
    t
}

/// `s.union(*others)` (also `|`).
pub fn union(v: &Value, others: &[Value]) -> PyResult<Value> {
    let mut t = copy_table(v);
    for o in others {
        update_table(&mut t, o)?;
    }
    Ok(wrap_like(v, t))
}

fn intersection_table(so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let mut result = SetTable::new();
    if is_anyset(other) {
        let o = snap(other);
        let (big, small): (&SetTable, &SetTable) = if o.used > so.used { (&o, so) } else { (so, &o) };
        for (h, k) in small.entries() {
            if big.contains_direct(k, h)? {
                result.add_direct(k.clone(), h)?;
            }
        }
        return Ok(result);
    }
    for x in ops::collect(other)? {
        let h = hash_key(&x)?;
        if so.contains_direct(&x, h)? {
            result.add_direct(x, h)?;
        }
    }
    Ok(result)
}

/// `s.intersection(*others)` (also `&`).
pub fn intersection(v: &Value, others: &[Value]) -> PyResult<Value> {
    let mut t = copy_table(v);
    for o in others {
        if o.is(v) {
            continue;
        }
        t = intersection_table(&t, o)?;
    }
    Ok(wrap_like(v, t))
}

fn difference_table(so: SetTable, other: &Value) -> PyResult<SetTable> {
    if !is_anyset(other) {
        let mut t = so;
        for x in ops::collect(other)? {
            let h = hash_key(&x)?;
            t.discard_direct(&x, h)?;
        }
        return Ok(t);
    }
    let o = snap(other);
    if (so.used >> 2) > o.used {
        let mut t = so;
        for (h, k) in o.entries() {
            t.discard_direct(k, h)?;
        }
        return Ok(t);
    }
    let mut result = SetTable::new();
    for (h, k) in so.entries() {
        if !o.contains_direct(k, h)? {
            result.add_direct(k.clone(), h)?;
        }
    }
    Ok(result)
}

/// `s.difference(*others)` (also `-`).
pub fn difference(v: &Value, others: &[Value]) -> PyResult<Value> {
    let mut t = copy_table(v);
    for o in others {
        if o.is(v) {
            t.clear();
            continue;
        }
        t = difference_table(t, o)?;
    }
    Ok(wrap_like(v, t))
}

/// `s.symmetric_difference(other)` (also `^`): CPython builds a set from
/// `other` and applies `symmetric_difference_update(self)` to it.
pub fn symmetric_difference(v: &Value, other: &Value) -> PyResult<Value> {
    let mut t = if is_anyset(other) { copy_table(other) } else { table_from_iterable(other)? };
    let so = snap(v);
    if other.is(v) {
        t.clear();
    } else {
        for (h, k) in so.entries() {
            if t.discard_direct(k, h)?.is_none() {
                t.add_direct(k.clone(), h)?;
            }
        }
    }
    Ok(wrap_like(v, t))
}

fn as_table(other: &Value) -> PyResult<Snap<'_>> {
    if is_anyset(other) {
        Ok(snap(other))
    } else {
        Ok(Snap::Owned(table_from_iterable(other)?))
    }
}

fn subset_tables(a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.used > b.used {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_direct(k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.issubset(other)` (also `<=`).
pub fn issubset(v: &Value, other: &Value) -> PyResult<bool> {
    let o = as_table(other)?;
    let s = snap(v);
    subset_tables(&s, &o)
}

/// `s.issuperset(other)` (also `>=`).
pub fn issuperset(v: &Value, other: &Value) -> PyResult<bool> {
    let o = as_table(other)?;
    let s = snap(v);
    subset_tables(&o, &s)
}

/// `s.isdisjoint(other)`.
pub fn isdisjoint(v: &Value, other: &Value) -> PyResult<bool> {
    let s = snap(v);
    if is_anyset(other) {
        let o = snap(other);
        let (big, small): (&SetTable, &SetTable) = if o.used > s.used { (&o, &s) } else { (&s, &o) };
        for (h, k) in small.entries() {
            if big.contains_direct(k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    for x in ops::collect(other)? {
        let h = hash_key(&x)?;
        if s.contains_direct(&x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The keys in table order (a consistent snapshot).
pub fn keys(v: &Value) -> Vec<Value> {
    read(v).entries().map(|(_, k)| k.clone()).collect()
}

pub fn len(v: &Value) -> usize {
    match v.downcast_sub::<PyFrozenSet>() {
        Some(f) => f.table.used,
        None => v.downcast_sub::<PySet>().map(|s| s.len.load(Relaxed)).unwrap_or(0),
    }
}

// ---- slots ------------------------------------------------------------------

fn set_len(v: &Value) -> PyResult<usize> {
    Ok(len(v))
}

fn set_bool(v: &Value) -> PyResult<bool> {
    Ok(len(v) != 0)
}

fn set_contains(v: &Value, key: &Value) -> PyResult<bool> {
    contains(v, key)
}

fn set_repr(v: &Value) -> PyResult<Value> {
    let name = v.ty().name;
    let Some(_guard) = crate::object::list::repr_enter(v) else {
        return Ok(crate::object::str::new_str(&format!("{}(...)", name)));
    };
    let ks = keys(v);
    if ks.is_empty() {
        return Ok(crate::object::str::new_str(&format!("{}()", name)));
    }
    let mut body = String::from("{");
    for (i, k) in ks.iter().enumerate() {
        if i > 0 {
            body.push_str(", ");
        }
        body.push_str(&ops::repr_string(k)?);
    }
    body.push('}');
    let s = if v.is_type(&SET_TYPE) { body } else { format!("{}({})", name, body) };
    Ok(crate::object::str::new_str(&s))
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython 3.13's `frozenset_hash` (order independent; cached).
fn frozenset_hash(v: &Value) -> PyResult<i64> {
    let f = v.downcast_sub::<PyFrozenSet>().expect("frozenset");
    let cached = f.hash.load(Relaxed);
    if cached != -1 {
        return Ok(cached);
    }
    crate::vm::stack::check()?;
    let h = table_hash(&f.table);
    f.hash.store(h, Relaxed);
    Ok(h)
}

fn table_hash(t: &SetTable) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in t.entries() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

fn set_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::not_implemented());
    }
    crate::vm::stack::check_for(" in comparison")?;
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = if la != lb {
                false
            } else {
                let (sa, sb) = (snap(a), snap(b));
                sa.used == sb.used && subset_tables(&sa, &sb)?
            };
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(a, b)?,
        CmpOp::Ge => issuperset(a, b)?,
        CmpOp::Lt => {
            let (sa, sb) = (snap(a), snap(b));
            sa.used < sb.used && subset_tables(&sa, &sb)?
        }
        CmpOp::Gt => {
            let (sa, sb) = (snap(a), snap(b));
            sa.used > sb.used && subset_tables(&sb, &sa)?
        }
    };
    Ok(Value::bool(r))
}

fn set_or(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::not_implemented());
    }
    union(a, core::slice::from_ref(b))
}

fn set_and(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::not_implemented());
    }
    intersection(a, core::slice::from_ref(b))
}

fn set_sub(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::not_implemented());
    }
    difference(a, core::slice::from_ref(b))
}

fn set_xor(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Value::not_implemented());
    }
    symmetric_difference(a, b)
}

fn set_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    let v = v.as_value();
    if let Some(f) = v.downcast_sub::<PyFrozenSet>() {
        for (_, k) in f.table.entries() {
            visit(k);
        }
    } else if let Some(s) = v.downcast_sub::<PySet>() {
        // The collector stops the world; no lock is held across a stop.
        if let Some(t) = s.table.try_lock() {
            for (_, k) in t.entries() {
                visit(k);
            }
        }
    }
}

// ---- iterator -------------------------------------------------------------

pub struct PySetIter {
    set: Value,
    /// Next table position; `usize::MAX` once exhausted.
    pos: AtomicUsize,
    /// Size at creation; `usize::MAX` after a size change was reported
    /// (sticky, as CPython).
    used: AtomicUsize,
}

impl PyPayload for PySetIter {
    fn class() -> &'static PyType {
        &SET_ITER_TYPE
    }
}

pub static SET_ITER_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "set_iterator",
    base: &OBJECT_TYPE,
    flags: type_flags::HAVE_GC,
    slots: Slots {
        iter: Some(crate::object::tuple::self_iter),
        next: Some(set_iter_next),
        traverse: Some(set_iter_traverse),
        ..Slots::EMPTY
    },
    free: PyObject::<PySetIter>::free,
    methods: &[crate::object::methods::method("__length_hint__", set_iter_length_hint)],
    dict: crate::sync::OnceLock::new(),
};

/// `__length_hint__`: the entries at or after the iterator's position,
/// 0 once exhausted or after the set changed size (as CPython).
fn set_iter_length_hint(it: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let it = it.downcast::<PySetIter>().ok_or_else(|| PyErr::type_error("expected a set_iterator"))?;
    let tab = read(&it.set);
    let pos = it.pos.load(Relaxed);
    if pos == usize::MAX || it.used.load(Relaxed) != tab.used {
        return Ok(Value::from_i64(0));
    }
    let n = tab.table.iter().skip(pos).filter(|e| e.key.is_some()).count();
    Ok(Value::from_i64(n as i64))
}

fn set_iter(v: &Value) -> PyResult<Value> {
    let used = len(v);
    Ok(PyObject::alloc(
        &SET_ITER_TYPE,
        PySetIter { set: v.clone(), pos: AtomicUsize::new(0), used: AtomicUsize::new(used) },
    ))
}

fn set_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let it = it.downcast::<PySetIter>().expect("set_iterator");
    let tab = read(&it.set);
    let mut pos = it.pos.load(Relaxed);
    loop {
        if pos == usize::MAX {
            return Ok(None);
        }
        let used = it.used.load(Relaxed);
        if used != tab.used {
            it.used.store(usize::MAX, Relaxed);
            drop(tab);
            return Err(PyErr::runtime_error("Set changed size during iteration"));
        }
        let found = (pos..tab.table.len()).find(|&i| tab.table[i].key.is_some());
        let next = found.map(|i| i + 1).unwrap_or(usize::MAX);
        // Frozenset iterators may be shared without a lock: claim the slot.
        match it.pos.compare_exchange(pos, next, Relaxed, Relaxed) {
            Ok(_) => return Ok(found.map(|i| tab.table[i].key.clone().expect("active"))),
            Err(p) => pos = p,
        }
    }
}

fn set_iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
    let v = Value::from_header_borrowed(h);
    if let Some(t) = v.as_value().downcast::<PySetIter>() {
        visit(&t.set);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops::{binary_op, BinOp};
    use crate::object::tuple::new_tuple;

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn set(v: &[i64]) -> Value {
        new_set(v.iter().map(|&i| int(i)).collect()).unwrap()
    }
    fn fset(v: &[i64]) -> Value {
        new_frozenset(v.iter().map(|&i| int(i)).collect()).unwrap()
    }
    fn order(v: &Value) -> Vec<i64> {
        keys(v).iter().map(|k| k.as_small_int().unwrap()).collect()
    }

    // Expected values: PYENV_VERSION=3.13.0 python3.13 -c '...'
    #[test]
    fn frozenset_hash_matches_cpython() {
        assert_eq!(ops::hash(&fset(&[1, 2])).unwrap(), -1826646154956904602);
        assert_eq!(ops::hash(&fset(&[])).unwrap(), 133146708735736);
        assert_eq!(ops::hash(&fset(&[1])).unwrap(), -558064481276695278);
        assert_eq!(ops::hash(&fset(&[1, 2, 3])).unwrap(), -272375401224217160);
        let big = new_frozenset((0..100).map(int).collect()).unwrap();
        assert_eq!(ops::hash(&big).unwrap(), 4411996150312757951);
        let mixed = new_frozenset(vec![new_tuple(vec![int(1), int(2)]), int(3)]).unwrap();
        assert_eq!(ops::hash(&mixed).unwrap(), 4163603532552755580);
        assert!(ops::hash(&set(&[1])).unwrap_err().to_string().contains("unhashable type: 'set'"));
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // s={0,8}; s.discard(0); s.add(16); print(s) -> {16, 8}
        let s = set(&[0, 8]);
        discard(&s, &int(0)).unwrap();
        add(&s, int(16)).unwrap();
        assert_eq!(order(&s), vec![16, 8]);
        // {100, 3, 8, 1000, -1} -> {3, 100, 8, 1000, -1}
        assert_eq!(order(&set(&[100, 3, 8, 1000, -1])), vec![3, 100, 8, 1000, -1]);
        assert_eq!(order(&set(&[5, 3, 1])), vec![1, 3, 5]);
        // {1,2,3}&{2,3,4} {1,2,3}|{9} {1,2}^{2,3} {1,2,3}-{2}
        assert_eq!(order(&binary_op(&set(&[1, 2, 3]), &set(&[2, 3, 4]), BinOp::And).unwrap()), vec![2, 3]);
        assert_eq!(order(&binary_op(&set(&[1, 2, 3]), &set(&[9]), BinOp::Or).unwrap()), vec![1, 2, 3, 9]);
        assert_eq!(order(&binary_op(&set(&[1, 2]), &set(&[2, 3]), BinOp::Xor).unwrap()), vec![1, 3]);
        assert_eq!(order(&binary_op(&set(&[1, 2, 3]), &set(&[2]), BinOp::Sub).unwrap()), vec![1, 3]);
    }

    #[test]
    fn methods() {
        let s = set(&[]);
        for i in 0..1000 {
            add(&s, int(i)).unwrap();
        }
        add(&s, int(5)).unwrap();
        assert_eq!(len(&s), 1000);
        assert!(contains(&s, &int(999)).unwrap());
        assert!(!contains(&s, &int(1000)).unwrap());
        for i in 0..500 {
            assert!(discard(&s, &int(i)).unwrap());
        }
        assert!(!discard(&s, &int(0)).unwrap());
        let e = remove(&s, &int(0)).unwrap_err();
        assert!(e.is(ExcKind::KeyError));
        remove(&s, &int(500)).unwrap();
        assert_eq!(len(&s), 499);
        let mut popped = 0;
        while pop(&s).is_ok() {
            popped += 1;
        }
        assert_eq!(popped, 499);
        let e = pop(&s).unwrap_err();
        assert!(e.is(ExcKind::KeyError));
        assert_eq!(crate::object::str::to_rust_string(e.arg.as_ref().unwrap()), "pop from an empty set");
        update(&s, &[set(&[1, 2]), new_tuple(vec![int(3), int(1)])]).unwrap();
        assert_eq!(order(&s), vec![1, 2, 3]);
        clear(&s).unwrap();
        assert_eq!(len(&s), 0);
        assert!(add(&fset(&[]), int(1)).is_err());
    }

    #[test]
    fn algebra_and_comparisons() {
        let a = set(&[1, 2, 3]);
        let b = fset(&[2, 3]);
        assert!(issuperset(&a, &b).unwrap());
        assert!(issubset(&b, &a).unwrap());
        assert!(issubset(&b, &new_tuple(vec![int(3), int(2)])).unwrap());
        assert!(!isdisjoint(&a, &b).unwrap());
        assert!(isdisjoint(&a, &set(&[7])).unwrap());
        assert!(ops::compare_bool(&b, &a, CmpOp::Lt).unwrap());
        assert!(!ops::compare_bool(&a, &a, CmpOp::Lt).unwrap());
        assert!(ops::compare_bool(&a, &a, CmpOp::Le).unwrap());
        assert!(ops::compare_bool(&a, &b, CmpOp::Gt).unwrap());
        assert!(ops::eq(&set(&[1, 2]), &fset(&[2, 1])).unwrap());
        assert!(!ops::eq(&set(&[1, 2]), &fset(&[2])).unwrap());
        // frozenset | set -> frozenset; set | frozenset -> set
        assert!(binary_op(&b, &a, BinOp::Or).unwrap().is_type(&FROZENSET_TYPE));
        assert!(binary_op(&a, &b, BinOp::Or).unwrap().is_type(&SET_TYPE));
        assert_eq!(order(&union(&a, &[set(&[9]), new_tuple(vec![int(10)])]).unwrap()), vec![1, 2, 3, 9, 10]);
        assert_eq!(order(&intersection(&a, &[set(&[2, 3, 4]), set(&[3])]).unwrap()), vec![3]);
        assert_eq!(order(&difference(&a, &[set(&[1])]).unwrap()), vec![2, 3]);
        assert_eq!(order(&symmetric_difference(&a, &new_tuple(vec![int(3), int(4)])).unwrap()), vec![1, 2, 4]);
        let e = binary_op(&a, &new_tuple(vec![]), BinOp::Or).unwrap_err();
        assert_eq!(e.to_string(), "TypeError: unsupported operand type(s) for |: 'set' and 'tuple'");
        // set keys of sets look up as frozensets
        let s = new_set(vec![fset(&[1])]).unwrap();
        assert!(contains(&s, &set(&[1])).unwrap());
        assert!(copy(&b).is(&b));
        assert!(!copy(&a).is(&a));
    }

    #[test]
    fn iteration_and_size_change() {
        let s = set(&[1, 2, 3]);
        let it = ops::iter(&s).unwrap();
        assert!(ops::next(&it).unwrap().is_some());
        add(&s, int(4)).unwrap();
        let e = ops::next(&it).unwrap_err();
        assert_eq!(e.to_string(), "RuntimeError: Set changed size during iteration");
        assert!(ops::next(&it).is_err(), "sticky");
        let it = ops::iter(&fset(&[3, 1, 2])).unwrap();
        let v: Vec<i64> = std::iter::from_fn(|| ops::next(&it).unwrap()).map(|x| x.as_small_int().unwrap()).collect();
        assert_eq!(v, vec![1, 2, 3]);
    }

    #[test]
    fn repr_forms() {
        assert_eq!(ops::repr_string(&set(&[])).unwrap(), "set()");
        assert_eq!(ops::repr_string(&fset(&[])).unwrap(), "frozenset()");
        let s = new_set(vec![new_tuple(vec![])]).unwrap();
        assert_eq!(ops::repr_string(&s).unwrap(), "{()}");
        let f = new_frozenset(vec![new_tuple(vec![])]).unwrap();
        assert_eq!(ops::repr_string(&f).unwrap(), "frozenset({()})");
        if ops::repr_string(&int(1)).unwrap() == "1" {
            assert_eq!(ops::repr_string(&set(&[1, 2])).unwrap(), "{1, 2}");
            assert_eq!(ops::repr_string(&fset(&[1])).unwrap(), "frozenset({1})");
        }
    }

    #[test]
    fn pure_keys() {
        assert!(eq_runs_no_python(&int(1), &new_tuple(vec![int(2), Value::none()])));
        assert!(eq_runs_no_python(&fset(&[1]), &int(1)));
        assert!(!eq_runs_no_python(&int(1), &crate::object::list::new_list(vec![])));
    }
}

/// An empty set payload for an instance of a set subclass (builtins constructors).
pub fn empty_set_payload() -> PySet { PySet { table: Mutex::new(SetTable::new()), len: AtomicUsize::new(0) } }
