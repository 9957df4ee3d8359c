//! Moving a council out of a risky place (issue 6): a verified copy in the data folder under a
//! free name; the original is never touched.

use std::os::unix::fs::PermissionsExt;

use radsplan_core::error::ErrorCode;
use radsplan_core::Storage;

use crate::builders::{add_person, council_file, now, people_names};

#[test]
fn the_copy_is_verified_complete_and_the_original_is_left_byte_for_byte() {
    let (dir, path, mut storage) = council_file("Vårdkompetensråd Väst");
    add_person(&mut storage, "Ingrid Lundvall", None);
    add_person(&mut storage, "Osvald Bergkvist", None);
    let data = dir.path().join("data");
    // The original as it is on disk, log included, before the move.
    let before = std::fs::read(&path).expect("read");

    let copy = storage.copy_into_folder(&data).expect("moved");

    assert_eq!(
        copy,
        data.join("Vårdkompetensråd Väst.radsplan"),
        "same name"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the original is not changed"
    );
    assert_eq!(storage.path(), Some(path.as_path()), "still the open file");
    add_person(&mut storage, "Efter Flytten", None);
    storage.close().expect("close");

    let moved = Storage::open(&copy, now()).expect("the copy opens");
    assert!(moved.is_consistent().expect("check"));
    assert_eq!(
        people_names(&moved),
        ["Ingrid Lundvall", "Osvald Bergkvist"]
    );
    let leftovers: Vec<_> = std::fs::read_dir(&data)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("Vårdkompetensråd Väst.radsplan"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files: {leftovers:?}");
}

#[test]
fn an_existing_file_in_the_folder_is_never_overwritten_a_free_name_is_taken() {
    let (dir, _path, storage) = council_file("Rådet");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("dir");
    std::fs::write(data.join("Rådet.radsplan"), b"hennes andra fil").expect("write");
    std::fs::write(data.join("Rådet (2).radsplan"), b"en till").expect("write");

    let copy = storage.copy_into_folder(&data).expect("moved");

    assert_eq!(copy, data.join("Rådet (3).radsplan"));
    assert_eq!(
        std::fs::read(data.join("Rådet.radsplan")).expect("read"),
        b"hennes andra fil"
    );
    assert_eq!(
        std::fs::read(data.join("Rådet (2).radsplan")).expect("read"),
        b"en till"
    );
}

#[test]
fn a_write_protected_folder_is_refused_in_swedish_and_nothing_is_written() {
    let (dir, path, storage) = council_file("Rådet");
    let data = dir.path().join("låst");
    std::fs::create_dir(&data).expect("dir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let before = std::fs::read(&path).expect("read");

    let error = storage.copy_into_folder(&data).expect_err("refused");

    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(error.code(), ErrorCode::ReadOnly, "{error:?}");
    let message = error.message();
    assert!(message.contains("kunde inte flyttas"), "{message}");
    assert!(message.contains("skrivskyddad"), "{message}");
    assert!(message.contains("Originalet är orört"), "{message}");
    assert!(message.contains("låst"), "names the folder: {message}");
    assert!(
        !message.contains("säkerhetskopia"),
        "not a backup: {message}"
    );
    assert!(!message.contains("denied"), "no OS text: {message}");
    assert_eq!(std::fs::read_dir(&data).expect("list").count(), 0);
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_write_protected_file_can_be_moved_and_the_copy_can_be_edited() {
    let (dir, path, mut storage) = council_file("Skyddat");
    add_person(&mut storage, "Ingrid Lundvall", None);
    storage.close().expect("close");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let storage = Storage::open(&path, now()).expect("opens read-only");
    assert!(storage.is_read_only());

    let copy = storage
        .copy_into_folder(&dir.path().join("data"))
        .expect("moved");
    storage.close().expect("close");

    let mut moved = Storage::open(&copy, now()).expect("the copy opens");
    assert!(!moved.is_read_only(), "the copy is hers to edit");
    add_person(&mut moved, "Osvald Bergkvist", None);
    assert_eq!(
        people_names(&moved),
        ["Ingrid Lundvall", "Osvald Bergkvist"]
    );
}

#[test]
fn a_council_in_memory_has_no_file_to_move() {
    let storage = crate::builders::council_in_memory();
    let dir = tempfile::tempdir().expect("dir");
    let error = storage.copy_into_folder(dir.path()).expect_err("no file");
    assert_eq!(error.code(), ErrorCode::Invalid);
}
