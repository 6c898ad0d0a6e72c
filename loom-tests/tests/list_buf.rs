//! Loom models: the list's item buffer (DESIGN.md#list-tuple-set), the code
//! `object/list.rs` runs (`object/list_buf.rs`). A writer appends under the
//! writer lock, growing the buffer (the old one retired through QSBR),
//! against a lock-free reader. Checks: the reader sees an item that was
//! there (never a torn or empty slot handed out, never a freed buffer —
//! released buffers are poisoned under loom and `buf_slots` asserts), the
//! retired buffer is released only once the reader is quiescent, and a
//! length the reader saw is backed by readable items.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom::sync::Mutex;
use loom_tests::{model, spawn};
use std::sync::Arc;
use weft::__loom::*;

struct Payload(#[allow(dead_code)] u64);

fn obj(n: u64) -> Value {
    let v = PyObject::alloc(leak_type::<Payload>("payload"), Payload(n));
    // What `list.rs` does for items of a list other threads read.
    v.header().unwrap().set_maybe_weakref();
    v
}

struct List {
    lock: Mutex<()>,
    items: ItemBuf,
}

impl List {
    fn append(&self, v: Value) {
        let _g = self.lock.lock().unwrap();
        // SAFETY: writer lock held; the word's reference moves in.
        unsafe { self.items.push_word(v.into_raw()) }
    }

    /// `list.get_item`: a few lock-free attempts, then the lock.
    fn get(&self, i: usize) -> Option<Value> {
        for _ in 0..2 {
            match self.items.try_get_lockfree(i) {
                Fast::Item(x) => return Some(x),
                Fast::OutOfRange => return None,
                Fast::Retry => loom::thread::yield_now(),
            }
        }
        let _g = self.lock.lock().unwrap();
        // SAFETY: writer lock held.
        let n = unsafe { self.items.len_locked() };
        if i >= n {
            return None;
        }
        // SAFETY: writer lock held; no reallocation while we hold it.
        let w = unsafe { self.items.slots_locked() }[i].load(loom::sync::atomic::Ordering::Relaxed);
        assert!(w != 0, "empty slot below len");
        // SAFETY: under the lock the slot's reference keeps the item alive.
        Some(unsafe { Value::borrow_raw(&w) }.clone())
    }
}

/// The append grows a full buffer (capacity 1 → 4) while the reader reads
/// the old item and the new one; the retirement of the old buffer races
/// the reader's quiescent point.
#[test]
fn append_grows_against_reader() {
    model(|| {
        let v0 = obj(0);
        let v1 = obj(1);
        let l = Arc::new(List { lock: Mutex::new(()), items: ItemBuf::from_values(vec![v0.clone()]) });
        let (lw, v1w) = (l.clone(), v1.clone());
        let w = spawn(move || {
            lw.append(v1w);
            // The retired buffer may be released here, if the reader is
            // quiescent or offline.
            quiescent();
        });
        let (lr, v0r, v1r) = (l.clone(), v0.clone(), v1.clone());
        let r = spawn(move || {
            // A thread touching objects is registered (and so online for
            // QSBR) first; an unregistered reader is what QSBR cannot see.
            current_tid();
            let a = lr.get(0).expect("item 0 is always there");
            assert!(a.is(&v0r), "torn read of item 0");
            if let Some(b) = lr.get(1) {
                assert!(b.is(&v1r), "torn read of item 1");
            }
            drop((a,));
            quiescent();
        });
        // Joined detached, so this thread does not hold back QSBR.
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
        assert_eq!(l.items.len(), 2);
    });
}

/// `len` then a read of every index below it: an item published with its
/// length is readable (the slot is stored before `len` is).
#[test]
fn append_against_len_and_read() {
    model(|| {
        let l = Arc::new(List { lock: Mutex::new(()), items: ItemBuf::new() });
        let (v0, v1) = (obj(0), obj(1));
        let (lw, a, b) = (l.clone(), v0.clone(), v1.clone());
        let w = spawn(move || {
            lw.append(a);
            lw.append(b);
            quiescent();
        });
        let lr = l.clone();
        let want = [v0.clone(), v1.clone()];
        let r = spawn(move || {
            current_tid();
            let n = lr.items.len();
            for (i, v) in want.iter().enumerate().take(n) {
                let x = lr.get(i).expect("an index below len is readable");
                assert!(x.is(v));
            }
            quiescent();
        });
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
        assert_eq!(l.items.len(), 2);
    });
}

/// BINARY_SUBSCR's inline owner read (`try_get_local`): items counted
/// locally by the reading thread are taken with a plain local-count store,
/// while another thread appends (growing and retiring the buffer) under
/// the writer lock. The reader sees item 0 itself or falls back; never a
/// released buffer (poisoned under loom), never a torn word.
#[test]
fn owner_local_read_against_growth() {
    model(|| {
        // Both threads are spawned, so the reader allocates its own item
        // (its thread owns the item's local count).
        let l = Arc::new(List { lock: Mutex::new(()), items: ItemBuf::new() });
        let lw = l.clone();
        let lr = l.clone();
        let tx = Arc::new(loom::sync::atomic::AtomicBool::new(false));
        let txr = tx.clone();
        let r = spawn(move || {
            let me = current_tid();
            let v0 = PyObject::alloc(leak_type::<Payload>("payload"), Payload(0));
            lr.append(v0.clone());
            txr.store(true, loom::sync::atomic::Ordering::Release);
            match lr.items.try_get_local(0, me) {
                Some(x) => assert!(x.is(&v0), "torn owner read of item 0"),
                None => {
                    let x = lr.get(0).expect("item 0 is always there");
                    assert!(x.is(&v0));
                }
            }
            assert!(lr.items.try_get_local(5, me).is_none(), "out of range");
            quiescent();
        });
        let w = spawn(move || {
            current_tid();
            if tx.load(loom::sync::atomic::Ordering::Acquire) {
                lw.append(obj(1));
            }
            quiescent();
        });
        detached(|| {
            w.join().unwrap();
            r.join().unwrap();
        });
    });
}
