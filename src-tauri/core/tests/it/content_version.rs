//! The content version a cache of what was read compares: it changes with every change to the
//! council and with every new connection to a file, and not with reading.

use radsplan_core::Storage;

use crate::builders::{add_person, council_file, now};

#[test]
fn an_edit_or_an_undo_changes_the_version_and_reading_does_not() {
    let (_dir, _path, mut storage) = council_file("Versioner");
    let first = storage.content_version();
    radsplan_core::person::list(&storage, "").expect("read");
    assert_eq!(first, storage.content_version(), "reading changes nothing");

    add_person(&mut storage, "Åsa Öberg", None);
    let edited = storage.content_version();
    assert_ne!(first, edited, "an edit");
    storage.undo().expect("undo");
    let undone = storage.content_version();
    assert_ne!(edited, undone, "an undo");
    storage.redo().expect("redo");
    assert_ne!(undone, storage.content_version(), "a redo");
}

#[test]
fn the_same_file_opened_again_is_never_taken_for_the_one_before() {
    let (_dir, path, storage) = council_file("Öppnad igen");
    let before = storage.content_version();
    storage.close().expect("close");
    let again = Storage::open(&path, now()).expect("open again");
    assert_ne!(
        before,
        again.content_version(),
        "a new connection counts its rows from zero; the version must still differ"
    );
}
