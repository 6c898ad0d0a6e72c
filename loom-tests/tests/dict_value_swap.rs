//! Loom models: the lock-free value swap of an existing key (DESIGN.md#dict
//! rule 9, `DictCore::replace_by_hint`, STORE_NAME / STORE_GLOBAL / STORE_ATTR
//! hits) racing a locked reader, a lock-free reader, a deletion and a resize.
#![cfg(weft_loom)]

#[cfg(not(debug_assertions))]
compile_error!("loom models need -C debug-assertions");

use loom_tests::{int, model, spawn};
use weft::__loom::*;

struct Payload(#[allow(dead_code)] u64);

fn obj(n: u64) -> Value {
    PyObject::alloc(leak_type::<Payload>("payload"), Payload(n))
}

/// `d[k] = v` as STORE_NAME does it: the lock-free swap through the hint,
/// else a full (locked) store.
fn store(d: &DictCore, k: i64, v: Value) {
    let key = int(k);
    let hash = dict_key_hash(&key).unwrap();
    let hint = d.hint_for(&key, hash).unwrap_or(0);
    match d.replace_by_hint(&key, hint, v) {
        Ok(old) => drop(old),
        Err(v) => d.set(key, v).unwrap(),
    }
}

/// The writer owns the old value and the dict holds its only reference, in
/// state INIT (the dict is not shared): a non-owner reader's `try_incref`
/// fails, so it reads under the bucket lock and counts the value with a plain
/// incref. The writer's swap frees the old value at once unless the
/// handshake makes it wait for the reader's unlock; a freed object's incref
/// trips the debug header checks ("incref of a freed object").
#[test]
fn swap_frees_old_value_racing_a_locked_reader() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        d.set(int(0), int(0)).unwrap();
        let dw = d.clone();
        let w = spawn(move || {
            store(&dw, 7, obj(1));
            store(&dw, 7, obj(2));
            quiescent();
        });
        let dr = d.clone();
        let r = spawn(move || {
            if let Some(v) = dr.get(&int(7)).unwrap() {
                drop(v);
            }
            quiescent();
        });
        r.join().unwrap();
        w.join().unwrap();
        assert_eq!(d.len(), 2);
        assert!(d.get(&int(7)).unwrap().is_some());
    });
}

/// A swap racing a resize (another thread inserts the key that fills the
/// table): the swapped value is never lost (it lands before the resize
/// moves the entry, or finds the moved-out 0 and stores in the new table),
/// every key survives, and no value is freed twice. (With a third, reading
/// thread the model exceeds loom's branch limit in the lock spins; readers
/// racing a resize that moves values out are `dict_bucket`'s
/// `resize_while_reading`.)
#[test]
fn swap_racing_a_resize() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        // 8 slots hold 5 entries: the 6th insertion resizes.
        d.set(int(0), obj(10)).unwrap();
        for i in 1..5 {
            d.set(int(i), int(i)).unwrap();
        }
        d.mark_shared();
        let new = obj(11);
        let new_raw = new.raw();
        let dw = d.clone();
        let w = spawn(move || {
            store(&dw, 0, new);
            quiescent();
        });
        let dg = d.clone();
        let g = spawn(move || {
            dg.set(int(5), int(5)).unwrap();
            quiescent();
        });
        g.join().unwrap();
        w.join().unwrap();
        assert_eq!(d.len(), 6);
        assert_eq!(d.get(&int(0)).unwrap().unwrap().raw(), new_raw);
        for i in 1..6 {
            assert!(d.get(&int(i)).unwrap().unwrap().is(&int(i)));
        }
    });
}

/// A swap racing a deletion of the same key: either the store lands first
/// (the deletion returns the new value) or it finds the deleted entry (value
/// 0) and inserts the key again; the key is never half-present.
#[test]
fn swap_racing_a_delete() {
    model(|| {
        let d = std::sync::Arc::new(DictCore::new());
        d.set(int(3), obj(30)).unwrap();
        d.mark_shared();
        let dw = d.clone();
        let w = spawn(move || {
            store(&dw, 3, int(33));
            quiescent();
        });
        let dd = d.clone();
        let x = spawn(move || {
            let v = dd.remove(&int(3)).unwrap().expect("present before the delete");
            let swapped_first = v.is(&int(33));
            drop(v);
            quiescent();
            swapped_first
        });
        w.join().unwrap();
        let swapped_first = x.join().unwrap();
        match d.get(&int(3)).unwrap() {
            Some(v) => {
                assert!(!swapped_first, "the store after the delete re-inserts");
                assert!(v.is(&int(33)));
                assert_eq!(d.len(), 1);
            }
            None => {
                assert!(swapped_first, "the delete after the store removes it");
                assert_eq!(d.len(), 0);
            }
        }
    });
}
