//! Files that are not ours, files in use, and copies.

use radsplan_core::error::ErrorCode;
use radsplan_core::{CoreError, Storage};
use rusqlite::Connection;

use crate::builders::{add_person, council_file, now};

#[test]
fn a_second_opener_of_the_same_file_is_told_it_is_in_use() {
    let (_dir, path, _first) = council_file("Låst");
    let error = Storage::open(&path, now())
        .err()
        .expect("second open must be refused");
    assert!(matches!(error, CoreError::FileInUse { .. }), "{error:?}");
    assert_eq!(error.code(), ErrorCode::FileInUse);
    assert!(
        error.message().contains("redan öppen"),
        "{}",
        error.message()
    );
}

#[test]
fn the_file_opens_again_once_the_first_holder_closes_it() {
    let (_dir, path, first) = council_file("Släpps");
    drop(first);
    Storage::open(&path, now()).expect("free again");
}

#[test]
fn files_that_are_not_councils_are_refused_without_being_changed() {
    let dir = tempfile::tempdir().expect("dir");
    let text = dir.path().join("anteckningar.radsplan");
    std::fs::write(&text, "Det här är ingen databas, bara text med å ä ö.").expect("write");
    let empty = dir.path().join("tom.radsplan");
    std::fs::write(&empty, "").expect("write");
    let foreign = dir.path().join("annan.sqlite");
    Connection::open(&foreign)
        .expect("raw")
        .execute_batch("CREATE TABLE t (x);")
        .expect("t");
    for path in [&text, &empty, &foreign] {
        let before = std::fs::read(path).expect("read");
        let error = Storage::open(path, now()).err().expect("must refuse");
        assert!(
            matches!(error, CoreError::NotADatabase { .. }),
            "{path:?}: {error:?}"
        );
        assert!(error.message().contains("ingen Rådsplan-fil"));
        assert_eq!(
            std::fs::read(path).expect("read"),
            before,
            "{path:?} must be untouched"
        );
    }
    let missing = Storage::open(&dir.path().join("finns-inte.radsplan"), now())
        .err()
        .expect("missing");
    assert_eq!(missing.code(), ErrorCode::Io);
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let (_dir, path, _storage) = council_file("Finns");
    let error = radsplan_core::council::create(&path, "Annat", now())
        .err()
        .expect("refuse");
    assert_eq!(error.code(), ErrorCode::Conflict);
}

#[test]
fn a_saved_copy_holds_the_same_content_and_the_original_stays_open() {
    let (dir, _path, mut storage) = council_file("Original");
    add_person(&mut storage, "Kopierad Person", None);
    let copy = dir.path().join("kopia.radsplan");
    storage.save_copy(&copy).expect("copy");
    add_person(&mut storage, "Efter kopian", None);
    let copied = Storage::open(&copy, now()).expect("open copy");
    let names: Vec<String> = radsplan_core::person::list(&copied, "")
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Kopierad Person"]);
}
