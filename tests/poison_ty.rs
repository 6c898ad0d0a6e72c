//! Type access through a stale pointer to a released object panics in
//! debug builds (see tests/poison.rs; one test per binary, so the only
//! registered thread releases memory at once).

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "type of a freed object")]
fn type_access_after_release_is_caught() {
    use weft::object::header::ObjHeader;
    let v = weft::object::list::new_list(vec![weft::object::str::new_str("item")]);
    let h: *const ObjHeader = v.header().expect("heap list");
    drop(v);
    // SAFETY: as above (quarantined memory).
    let _ = unsafe { (*h).ty() }.name;
}
