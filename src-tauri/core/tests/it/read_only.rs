//! A write-protected council file (or folder) opens read-only (issue 6, defect 6).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use radsplan_core::error::ErrorCode;
use radsplan_core::Storage;

use crate::builders::{add_person, council_file, now, people_names};

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn a_read_only_file_opens_for_reading_refuses_edits_and_saves_a_copy() {
    let (dir, path, mut storage) = council_file("Skrivskyddad");
    add_person(&mut storage, "Läsbar Person", None);
    storage.close().expect("close");
    set_mode(&path, 0o444);
    let before = std::fs::read(&path).expect("read");

    let mut storage = Storage::open(&path, now()).expect("opens read-only");
    assert!(storage.is_read_only());
    assert_eq!(people_names(&storage), ["Läsbar Person"]);
    let input = crate::builders::person_input("Ny Person", None);
    let error = radsplan_core::person::add(&mut storage, now(), &input).expect_err("edit refused");
    assert_eq!(error.code(), ErrorCode::ReadOnly, "{error:?}");
    assert!(
        error.message().contains("skrivskyddad"),
        "{}",
        error.message()
    );
    assert_eq!(
        storage.undo().err().map(|e| e.code()),
        Some(ErrorCode::ReadOnly)
    );

    let copy = dir.path().join("kopia.radsplan");
    storage.save_copy(&copy).expect("a copy can be saved");
    storage.close().expect("close");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "not a byte changed"
    );
    for suffix in ["-wal", "-shm"] {
        assert!(!dir
            .path()
            .join(format!("Skrivskyddad.radsplan{suffix}"))
            .exists());
    }
    let copy = Storage::open(&copy, now()).expect("the copy is writable");
    assert!(!copy.is_read_only());
    assert_eq!(people_names(&copy), ["Läsbar Person"]);
}

#[test]
fn a_file_in_a_read_only_folder_opens_read_only() {
    let (dir, path, storage) = council_file("Mapp");
    storage.close().expect("close");
    let folder = dir.path();
    set_mode(folder, 0o555);
    let opened = Storage::open(&path, now());
    set_mode(folder, 0o755);
    let storage = opened.expect("opens read-only");
    assert!(storage.is_read_only());
    assert!(radsplan_core::council::profile(&storage).is_ok());
}

#[test]
fn a_read_only_file_whose_path_has_swedish_letters_and_odd_characters_opens() {
    // Her folder is "Rådsplan"; SQLite reads a read-only file through a URI, where "å" and "#"
    // must arrive as themselves.
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("Rådsplan Åre #2 100%");
    std::fs::create_dir(&folder).expect("folder");
    let path = folder.join("Vårdkompetensrådet Örebro.radsplan");
    let mut storage =
        radsplan_core::council::create(&path, "Vårdkompetensrådet Örebro", now()).expect("create");
    add_person(&mut storage, "Åsa Öström", None);
    storage.close().expect("close");
    set_mode(&path, 0o444);

    let storage = Storage::open(&path, now()).expect("opens read-only");
    assert!(storage.is_read_only());
    assert_eq!(people_names(&storage), ["Åsa Öström"]);
}

#[test]
fn a_writable_file_opens_for_editing() {
    let (_dir, path, storage) = council_file("Skrivbar");
    storage.close().expect("close");
    assert!(!Storage::open(&path, now()).expect("open").is_read_only());
}
