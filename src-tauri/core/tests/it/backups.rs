//! Automatic backups: written and verified, listed, thinned, copied to a second folder, and
//! restored as a new file or in place of the open one.

use std::path::Path;

use chrono::{DateTime, FixedOffset, TimeZone};
use radsplan_core::backup::{self, BackupInfo};
use radsplan_core::error::ErrorCode;
use radsplan_core::{person, CoreError, Storage};

use crate::builders::{add_person, council_file, now};

/// 14:32 in Stockholm in winter (UTC+1): backups are named by the local time.
fn local(day: u32, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, day, hour, minute, 0)
        .single()
        .expect("valid time")
}

fn names(storage: &Storage) -> Vec<String> {
    person::list(storage, "")
        .expect("people")
        .into_iter()
        .map(|p| p.name)
        .collect()
}

fn open_copy(path: &str) -> Storage {
    Storage::open(Path::new(path), now()).expect("backup opens as a council")
}

#[test]
fn a_backup_is_verified_named_by_local_time_and_listed_with_its_counts() {
    let (dir, _path, mut storage) = council_file("Mellansverige");
    add_person(&mut storage, "Astrid Holm", None);
    add_person(&mut storage, "Bengt Lind", None);
    let folder = dir.path().join("data").join("backups");
    let info = backup::create(&storage, &folder, local(29, 14, 32)).expect("backup");
    assert_eq!(info.file_name, "2026-11-29_14-32-00.radsplan");
    assert_eq!(info.taken_at, "2026-11-29T14:32:00");
    assert!(info.verified);
    assert_eq!(info.council_name.as_deref(), Some("Mellansverige"));
    assert_eq!(info.counts.expect("counts").people, 2);
    assert!(info.size_bytes > 0);
    assert_eq!(backup::list(&folder).expect("list"), vec![info.clone()]);
    assert_eq!(names(&open_copy(&info.path)), ["Astrid Holm", "Bengt Lind"]);
    let leftovers: Vec<_> = std::fs::read_dir(&folder)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_backups_in_one_second_do_not_overwrite_each_other_and_list_newest_first() {
    let (dir, _path, mut storage) = council_file("Tvåsekund");
    let folder = dir.path().join("backups");
    let first = backup::create(&storage, &folder, local(29, 9, 0)).expect("first");
    add_person(&mut storage, "Cecilia Berg", None);
    let second = backup::create(&storage, &folder, local(29, 9, 0)).expect("second");
    let later = backup::create(&storage, &folder, local(29, 9, 30)).expect("later");
    assert_ne!(first.path, second.path);
    let listed: Vec<String> = backup::list(&folder)
        .expect("list")
        .into_iter()
        .map(|b| b.file_name)
        .collect();
    assert_eq!(listed, [later.file_name, second.file_name, first.file_name]);
}

#[test]
fn a_backup_copied_in_by_hand_is_listed_as_not_verified_with_its_counts() {
    let (dir, _path, mut storage) = council_file("Hand");
    add_person(&mut storage, "David Ek", None);
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).expect("folder");
    storage
        .save_copy(&folder.join("2026-01-05_08-00-00.radsplan"))
        .expect("copy");
    let listed = backup::list(&folder).expect("list");
    assert_eq!(listed.len(), 1);
    assert!(!listed[0].verified);
    assert_eq!(listed[0].counts.expect("read").people, 1);
}

#[test]
fn a_backup_is_no_change_to_the_content_version() {
    let (dir, _path, mut storage) = council_file("Räknare");
    add_person(&mut storage, "Erik Sund", None);
    let after_edit = storage.content_version();
    backup::create(&storage, &dir.path().join("b"), local(29, 10, 0)).expect("backup");
    assert_eq!(
        storage.content_version(),
        after_edit,
        "a backup is no change"
    );
}

#[test]
fn a_backup_folder_that_cannot_be_created_gives_a_swedish_message_and_nothing_changes() {
    let (dir, _path, storage) = council_file("Ingenmapp");
    let blocker = dir.path().join("ar-en-fil");
    std::fs::write(&blocker, "inte en mapp").expect("write");
    let error = backup::create(&storage, &blocker.join("backups"), local(29, 10, 0))
        .expect_err("cannot create a folder inside a file");
    assert!(
        matches!(error, CoreError::BackupFolderNotWritable { .. }),
        "{error:?}"
    );
    assert_eq!(error.code(), ErrorCode::Io);
    assert!(
        error.message().contains("går inte att skriva i"),
        "{}",
        error.message()
    );
}

#[test]
fn a_run_copies_to_the_second_folder_and_reports_an_unreachable_one_without_failing() {
    let (dir, _path, storage) = council_file("Andra");
    let folder = dir.path().join("backups");
    let second = dir.path().join("OneDrive");
    std::fs::create_dir_all(&second).expect("second");
    let report = backup::run(&storage, &folder, local(29, 11, 0), Some(&second)).expect("run");
    assert_eq!(report.second_folder_problem, None);
    let copied = backup::list(&second).expect("list second");
    assert_eq!(copied.len(), 1);
    assert!(copied[0].verified, "the sidecar travels with the copy");
    assert_eq!(copied[0].file_name, report.backup.file_name);

    let gone = dir.path().join("USB-minne som saknas");
    let report = backup::run(&storage, &folder, local(29, 11, 30), Some(&gone)).expect("run");
    let problem = report.second_folder_problem.expect("reported");
    assert!(problem.contains("USB-minne som saknas"), "{problem}");
    assert_eq!(backup::list(&folder).expect("list").len(), 2, "backup kept");
}

#[test]
fn runs_over_many_days_thin_the_folder_by_the_rule() {
    let (dir, _path, storage) = council_file("Gallras");
    let folder = dir.path().join("backups");
    // Two backups a day for 60 days: 120 taken.
    let mut last = None;
    for day in 0..60u32 {
        for hour in [9, 15] {
            let at = local(1, hour, 0) + chrono::Duration::days(i64::from(day));
            last = Some(backup::run(&storage, &folder, at, None).expect("run"));
        }
    }
    let kept = backup::list(&folder).expect("list");
    let times: Vec<_> = kept
        .iter()
        .map(|b| {
            chrono::NaiveDateTime::parse_from_str(&b.taken_at, "%Y-%m-%dT%H:%M:%S")
                .expect("a local time")
        })
        .collect();
    let expected = backup::keep(
        &times,
        local(1, 15, 0).naive_local() + chrono::Duration::days(59),
    );
    assert_eq!(
        kept.len(),
        expected.len(),
        "thinning leaves exactly the kept set"
    );
    assert!(kept.len() < 120 && kept.len() >= 48, "{}", kept.len());
    assert!(!last.expect("ran").thinned.is_empty() || kept.len() < 120);
    let sidecars = std::fs::read_dir(&folder)
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .ends_with(".json")
        })
        .count();
    assert_eq!(
        sidecars,
        kept.len(),
        "a thinned backup takes its sidecar along"
    );
}

#[test]
fn restoring_as_a_new_file_gives_the_council_as_it_was_and_never_overwrites() {
    let (dir, path, mut storage) = council_file("Återställ");
    add_person(&mut storage, "Före Kopian", None);
    let folder = dir.path().join("backups");
    let info = backup::create(&storage, &folder, local(29, 12, 0)).expect("backup");
    add_person(&mut storage, "Efter Kopian", None);

    let restored = dir.path().join("Återställd.radsplan");
    backup::restore_as_new_file(Path::new(&info.path), &restored).expect("restore");
    let copy = Storage::open(&restored, now()).expect("opens");
    assert_eq!(names(&copy), ["Före Kopian"]);
    assert_eq!(names(&storage), ["Efter Kopian", "Före Kopian"]);

    let error = backup::restore_as_new_file(Path::new(&info.path), &path)
        .expect_err("the council file exists");
    assert_eq!(error.code(), ErrorCode::Conflict);
    assert!(error.message().contains("ingen fil skrivs över"));
}

#[test]
fn restoring_in_place_backs_up_the_current_file_first_and_reopens_the_backup() {
    let (dir, path, mut storage) = council_file("Ersätt");
    storage.set_actor("sekreteraren");
    add_person(&mut storage, "Gammal Person", None);
    let folder = dir.path().join("backups");
    let old = backup::create(&storage, &folder, local(29, 8, 0)).expect("backup");
    add_person(&mut storage, "Ny Person", None);

    let safety = backup::restore_replacing(
        &mut storage,
        Path::new(&old.path),
        &folder,
        local(29, 14, 0),
    )
    .expect("replace");
    assert_eq!(
        storage.path(),
        Some(path.as_path()),
        "the same file is open"
    );
    assert_eq!(storage.actor(), "sekreteraren");
    assert_eq!(names(&storage), ["Gammal Person"]);
    let listed: Vec<BackupInfo> = backup::list(&folder).expect("list");
    assert!(listed.iter().any(|b| b.path == safety.path));
    assert_eq!(
        names(&open_copy(&safety.path)),
        ["Gammal Person", "Ny Person"],
        "the replaced content is among the backups"
    );
    add_person(&mut storage, "Efteråt", None);
    drop(storage);
    let reopened = Storage::open(&path, now()).expect("reopen");
    assert_eq!(names(&reopened), ["Efteråt", "Gammal Person"]);
}

#[test]
fn a_backup_from_a_newer_version_is_refused_clearly() {
    let (dir, path, storage) = council_file("Nyare");
    let folder = dir.path().join("backups");
    let info = backup::create(&storage, &folder, local(29, 8, 0)).expect("backup");
    rusqlite::Connection::open(&info.path)
        .expect("raw")
        .pragma_update(None, "user_version", 99)
        .expect("bump");
    let error = backup::restore_as_new_file(Path::new(&info.path), &dir.path().join("ny.radsplan"))
        .expect_err("newer");
    assert!(matches!(
        error,
        CoreError::BackupFromNewerVersion { found: 99, .. }
    ));
    assert_eq!(error.code(), ErrorCode::NewerVersion);
    assert!(
        error.message().contains("nyare version"),
        "{}",
        error.message()
    );
    let mut storage = storage;
    let error = backup::restore_replacing(
        &mut storage,
        Path::new(&info.path),
        &folder,
        local(29, 9, 0),
    )
    .expect_err("newer");
    assert_eq!(error.code(), ErrorCode::NewerVersion);
    assert_eq!(
        storage.path(),
        Some(path.as_path()),
        "still open, untouched"
    );
    assert!(!dir.path().join("ny.radsplan").exists());
}
