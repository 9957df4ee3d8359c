//! "Spara en kopia som…" never costs the open file or an older copy (issue 6, defects 1 and 2).

use radsplan_core::error::ErrorCode;
use radsplan_core::storage::temporary_copy_path;
use radsplan_core::Storage;

use crate::builders::{add_person, council_file, now, people_names};

#[test]
fn a_copy_onto_the_open_file_itself_is_refused_and_later_edits_are_kept() {
    let (dir, path, mut storage) = council_file("Självkopia");
    add_person(&mut storage, "Före Kopian", None);
    // The same file named three ways: as opened, through `..`, and through a hard link.
    let roundabout = dir.path().join("x").join("..").join("Självkopia.radsplan");
    std::fs::create_dir(dir.path().join("x")).expect("dir");
    let linked = dir.path().join("länk.radsplan");
    std::fs::hard_link(&path, &linked).expect("hard link");
    for target in [&path, &roundabout, &linked] {
        let error = storage.save_copy(target).expect_err("must refuse");
        assert_eq!(error.code(), ErrorCode::Conflict, "{target:?}: {error:?}");
        assert!(
            error.message().contains("filen som är öppen"),
            "{}",
            error.message()
        );
    }
    let error = storage
        .save_copy(&dir.path().join("Självkopia.radsplan-wal"))
        .expect_err("the log is the open file too");
    assert_eq!(error.code(), ErrorCode::Conflict);
    add_person(&mut storage, "Efter Kopian", None);
    storage.close().expect("close");
    let reopened = Storage::open(&path, now()).expect("reopen");
    assert_eq!(people_names(&reopened), ["Efter Kopian", "Före Kopian"]);
}

#[test]
fn a_failed_copy_over_an_existing_copy_keeps_the_old_copy_and_leaves_no_temporary_file() {
    let (dir, _path, mut storage) = council_file("Original");
    add_person(&mut storage, "Gammal Kopia", None);
    let target = dir.path().join("kopia.radsplan");
    storage.save_copy(&target).expect("first copy");
    let old = std::fs::read(&target).expect("read old copy");
    add_person(&mut storage, "Ny Person", None);
    // Make writing the new copy fail: a folder where the temporary file must go.
    let temporary = temporary_copy_path(&target);
    std::fs::create_dir(&temporary).expect("block the temporary file");
    let error = storage.save_copy(&target).expect_err("must fail");
    assert_eq!(error.code(), ErrorCode::Io, "{error:?}");
    assert!(
        error.message().contains("finns kvar oförändrad"),
        "{}",
        error.message()
    );
    assert_eq!(
        std::fs::read(&target).expect("read"),
        old,
        "the old copy is intact"
    );
    std::fs::remove_dir(&temporary).expect("unblock");
    storage.save_copy(&target).expect("second copy");
    let names = people_names(&Storage::open(&target, now()).expect("open copy"));
    assert_eq!(names, ["Gammal Kopia", "Ny Person"]);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_saved_copy_is_one_self_contained_file() {
    let (dir, _path, mut storage) = council_file("Ensam");
    add_person(&mut storage, "Med I Kopian", None);
    let target = dir.path().join("kopia.radsplan");
    storage.save_copy(&target).expect("copy");
    // Only the .radsplan travels (mail, USB stick): it must not need a log beside it.
    let alone = tempfile::tempdir().expect("dir");
    let moved = alone.path().join("kopia.radsplan");
    std::fs::copy(&target, &moved).expect("copy alone");
    assert!(!dir.path().join("kopia.radsplan-wal").exists());
    assert_eq!(
        people_names(&Storage::open(&moved, now()).expect("open")),
        ["Med I Kopian"]
    );
}

/// A real full disk: a 2 MB tmpfs. Needs the right to mount (root, as in CI here); elsewhere
/// the test says so and checks nothing.
#[test]
fn a_copy_onto_a_full_disk_says_so_and_keeps_the_old_copy() {
    let Some(small) = crate::disk::SmallDisk::mount(2048) else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let (_dir, _path, mut storage) = council_file("Stor");
    let target = small.path().join("kopia.radsplan");
    storage.save_copy(&target).expect("first copy fits");
    let old = std::fs::read(&target).expect("read");
    let filler = small.fill_leaving(8 * 1024);
    for i in 0..200 {
        add_person(
            &mut storage,
            &format!("Person Nummer {i} med ett ganska långt namn"),
            None,
        );
    }
    let error = storage.save_copy(&target).expect_err("disk full");
    assert_eq!(error.code(), ErrorCode::DiskFull, "{error:?}");
    assert!(
        error.message().contains("disken är full"),
        "{}",
        error.message()
    );
    assert!(!error.message().contains("os error"), "{}", error.message());
    assert_eq!(
        std::fs::read(&target).expect("read"),
        old,
        "the old copy is intact"
    );
    drop(filler);
}
