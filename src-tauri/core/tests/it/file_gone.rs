//! A council file deleted, moved or replaced while it is open: the whole council is written
//! back, verified, and nothing acknowledged is lost (issue 6, *Bad input and faults*). Only on
//! Unix can a file SQLite holds open be deleted; Windows refuses it.
#![cfg(unix)]

use std::path::{Path, PathBuf};

use radsplan_core::{Entity, Storage};

use crate::builders::{add_person, council_file, now, people_names, person_input};

fn wal(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

fn names_in(path: &Path) -> Vec<String> {
    let storage = Storage::open(path, now()).expect("reopen");
    let names = people_names(&storage);
    storage.close().expect("close");
    names
}

#[test]
fn a_file_deleted_while_open_is_written_back_at_its_place_with_every_edit() {
    let (_dir, path, mut storage) = council_file("Rådet");
    add_person(&mut storage, "Före Borttagning", None);
    std::fs::remove_file(&path).expect("deleted by someone else");
    assert!(storage.is_gone());

    let changes = radsplan_core::person::add(
        &mut storage,
        now(),
        &person_input("Efter Borttagning", None),
    )
    .expect("the edit is saved")
    .changes;

    assert!(
        changes.entities.contains(&Entity::Council),
        "the window re-reads its status"
    );
    assert_eq!(storage.written_back_to(), Some(path.as_path()));
    assert!(!storage.is_gone());
    add_person(&mut storage, "Senare", None);
    storage.close().expect("close");
    assert!(!wal(&path).exists());
    let names = names_in(&path);
    for name in ["Före Borttagning", "Efter Borttagning", "Senare"] {
        assert!(names.contains(&name.to_string()), "{name} in {names:?}");
    }
}

#[test]
fn a_file_replaced_while_open_is_not_overwritten_the_council_goes_beside_it() {
    let (dir, path, mut storage) = council_file("Rådet");
    add_person(&mut storage, "Min Person", None);
    std::fs::remove_file(&path).expect("deleted");
    let other = radsplan_core::council::create(&path, "Ett annat råd", now()).expect("other");
    other.close().expect("close other");
    let other_bytes = std::fs::read(&path).expect("other bytes");

    add_person(&mut storage, "Efter Bytet", None);

    let rescued = dir.path().join("Rådet (räddad).radsplan");
    assert_eq!(storage.written_back_to(), Some(rescued.as_path()));
    assert_eq!(storage.path(), Some(rescued.as_path()));
    storage.close().expect("close");
    assert_eq!(
        std::fs::read(&path).expect("other"),
        other_bytes,
        "the other file untouched"
    );
    let names = names_in(&rescued);
    assert!(names.contains(&"Min Person".to_string()));
    assert!(names.contains(&"Efter Bytet".to_string()));
}

#[test]
fn a_file_deleted_while_open_is_written_back_at_closing_without_another_edit() {
    let (_dir, path, mut storage) = council_file("Rådet");
    add_person(&mut storage, "Bara Före", None);
    std::fs::remove_file(&path).expect("deleted");
    storage.close().expect("close writes it back");
    assert!(names_in(&path).contains(&"Bara Före".to_string()));
}

#[test]
fn a_file_moved_while_open_is_written_back_where_she_opened_it_and_undo_still_works() {
    let (dir, path, mut storage) = council_file("Rådet");
    add_person(&mut storage, "Ångras", None);
    let moved = dir.path().join("flyttad.radsplan");
    std::fs::rename(&path, &moved).expect("moved");

    let changes = storage.undo().expect("undo");

    assert!(changes.entities.contains(&Entity::Council));
    assert_eq!(storage.written_back_to(), Some(path.as_path()));
    storage.redo().expect("redo");
    storage.close().expect("close");
    assert!(names_in(&path).contains(&"Ångras".to_string()));
}

#[test]
fn a_file_in_place_is_never_written_back() {
    let (_dir, path, mut storage) = council_file("Rådet");
    add_person(&mut storage, "Vanlig", None);
    assert!(!storage.is_gone());
    assert_eq!(storage.written_back_to(), None);
    storage.close().expect("close");
    assert!(names_in(&path).contains(&"Vanlig".to_string()));
}
