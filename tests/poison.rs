//! Debug builds poison a freed object's header when its memory is released
//! (after the QSBR grace period; at once with one registered thread) and
//! keep the memory in a quarantine, so a use after free panics with a
//! clear message instead of reading reused memory (DESIGN.md#object-header).
//! One test per binary (tests/poison_ty.rs has the other): with a single registered
//! thread, the release is immediate.

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "use after free")]
fn incref_after_release_is_caught() {
    use weft::object::header::ObjHeader;
    let v = weft::object::str::new_str("a string freed on purpose");
    let h: *const ObjHeader = v.header().expect("heap str");
    drop(v); // the last reference: payload dropped, memory released (poisoned, quarantined)
    // SAFETY: the memory is still allocated (quarantine); this is the
    // use after free the poisoned header must catch.
    unsafe { (*h).incref() };
}
