//! A council file found damaged at opening: its newest good backup goes in its place, and the
//! damaged file is kept aside with its log, never deleted (issue 6, *Health check*).

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, TimeZone};
use radsplan_core::backup::{self, LocalTime};
use radsplan_core::error::ErrorCode;
use radsplan_core::Storage;

use crate::builders::now;

fn at(hour: u32, minute: u32) -> LocalTime {
    FixedOffset::east_opt(3600)
        .and_then(|o| o.with_ymd_and_hms(2026, 11, 30, hour, minute, 0).single())
        .expect("time")
}

/// The example council, backed up, then damaged the way a sync client does: the header kept,
/// the pages after it overwritten. A `-wal` lies beside it.
fn damaged_example() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("Rådet.radsplan");
    let storage = radsplan_core::example::write(&path).expect("example");
    let backups = dir.path().join("backups");
    backup::create(&storage, &backups, at(8, 0)).expect("backup");
    storage.close().expect("close");
    let mut bytes = std::fs::read(&path).expect("read");
    for byte in bytes.iter_mut().skip(100) {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("damage");
    assert!(Storage::open(&path, now()).is_err(), "damaged at opening");
    std::fs::write(wal(&path), b"a log from the crash").expect("log");
    (dir, path, backups)
}

fn wal(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

#[test]
fn the_newest_good_backup_takes_the_damaged_files_place_and_the_damaged_file_is_kept() {
    let (dir, path, backups) = damaged_example();
    let damaged_bytes = std::fs::read(&path).expect("bytes");
    let good = backup::newest_verified(&backups)
        .expect("list")
        .expect("a good backup");

    let rescued =
        backup::restore_over_damaged(&path, Path::new(&good.path), at(14, 32)).expect("restored");

    assert_eq!(
        rescued.damaged_kept_as,
        dir.path().join("Rådet (skadad 2026-11-30 14.32).radsplan")
    );
    assert_eq!(
        std::fs::read(&rescued.damaged_kept_as).expect("kept"),
        damaged_bytes,
        "the damaged file is kept byte for byte"
    );
    assert_eq!(
        std::fs::read(wal(&rescued.damaged_kept_as)).expect("its log"),
        b"a log from the crash",
        "its log travels with it"
    );
    assert!(
        !wal(&path).exists(),
        "no stray log beside the restored file"
    );
    let restored = Storage::open(&path, now()).expect("the restored file opens");
    assert!(restored.is_consistent().expect("check"));
    assert_eq!(
        radsplan_core::council::profile(&restored)
            .expect("profile")
            .name,
        good.council_name.expect("name")
    );
}

#[test]
fn a_second_rescue_in_the_same_minute_does_not_overwrite_the_first_damaged_file() {
    let (dir, path, backups) = damaged_example();
    let good = backup::newest_verified(&backups)
        .expect("list")
        .expect("good");
    let first = backup::restore_over_damaged(&path, Path::new(&good.path), at(9, 0)).expect("1");
    std::fs::write(&path, b"damaged again").expect("damage again");
    let second = backup::restore_over_damaged(&path, Path::new(&good.path), at(9, 0)).expect("2");
    assert_ne!(first.damaged_kept_as, second.damaged_kept_as);
    assert_eq!(
        second.damaged_kept_as,
        dir.path()
            .join("Rådet (skadad 2026-11-30 09.00 2).radsplan")
    );
    assert_eq!(
        std::fs::read(&second.damaged_kept_as).expect("second"),
        b"damaged again"
    );
    assert!(first.damaged_kept_as.exists());
}

#[test]
fn a_damaged_backup_is_refused_and_the_damaged_file_stays_where_it_was() {
    let (dir, path, _backups) = damaged_example();
    let bad_backup = dir.path().join("inte en kopia.radsplan");
    std::fs::write(&bad_backup, b"not a council").expect("bad");
    let before = std::fs::read(&path).expect("bytes");

    let error = backup::restore_over_damaged(&path, &bad_backup, at(10, 0)).expect_err("refused");

    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(error.message().contains("skadad"), "{}", error.message());
    assert_eq!(std::fs::read(&path).expect("still there"), before);
    assert!(wal(&path).exists(), "its log untouched");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("skadad")),
        "nothing moved aside: {names:?}"
    );
}
