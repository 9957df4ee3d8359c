//! Disk full, damaged, read-only and I/O faults each get their own code and Swedish words
//! (issue 6, defect 5).

use std::path::Path;

use radsplan_core::error::{io_words, During, ErrorCode, Fault};
use radsplan_core::{CoreError, Storage};
use rusqlite::ffi;

use crate::builders::{add_person, council_file, now, person_input};

fn sqlite_error(code: i32) -> CoreError {
    rusqlite::Error::SqliteFailure(ffi::Error::new(code), Some("disk I/O error".into())).into()
}

#[test]
fn each_disk_fault_has_its_own_code_and_message_for_each_moment() {
    let path = Path::new("/hem/Råd.radsplan");
    let cases = [
        (ffi::SQLITE_FULL, ErrorCode::DiskFull, "disken är full"),
        (ffi::SQLITE_CORRUPT, ErrorCode::Damaged, "skadad"),
        (ffi::SQLITE_NOTADB, ErrorCode::Damaged, "skadad"),
        (ffi::SQLITE_READONLY, ErrorCode::ReadOnly, "skrivskyddad"),
        (ffi::SQLITE_IOERR, ErrorCode::Io, "disken eller nätverket"),
        (
            ffi::SQLITE_IOERR_WRITE,
            ErrorCode::Io,
            "disken eller nätverket",
        ),
    ];
    for (code, expected, words) in cases {
        for during in [
            During::Opening,
            During::Saving,
            During::Copying,
            During::Moving,
        ] {
            let error = sqlite_error(code).during(during, path);
            let message = error.message();
            assert_eq!(error.code(), expected, "{code} {during:?}: {error:?}");
            assert!(
                message.to_lowercase().contains(words),
                "{code} {during:?}: {message}"
            );
            assert!(!message.contains("Ett oväntat fel"), "{message}");
            assert!(!message.contains("I/O"), "no SQLite text: {message}");
            if during == During::Opening {
                assert!(!message.contains("senaste ändringen"), "{message}");
                assert!(
                    message.contains("Råd.radsplan"),
                    "names the file: {message}"
                );
            }
        }
    }
}

#[test]
fn an_unknown_database_error_at_opening_does_not_speak_of_the_last_edit() {
    let error = sqlite_error(ffi::SQLITE_ERROR).during(During::Opening, Path::new("/a/b.radsplan"));
    assert!(
        !error.message().contains("senaste ändringen"),
        "{}",
        error.message()
    );
    assert_ne!(error.code(), ErrorCode::Internal);
}

#[test]
fn os_errors_are_told_in_swedish_without_the_os_text() {
    use std::io::{Error, ErrorKind};
    let kinds = [
        (ErrorKind::NotFound, ErrorCode::Io, "finns inte"),
        (
            ErrorKind::PermissionDenied,
            ErrorCode::ReadOnly,
            "skrivskydd",
        ),
        (
            ErrorKind::StorageFull,
            ErrorCode::DiskFull,
            "disken är full",
        ),
        (
            ErrorKind::ReadOnlyFilesystem,
            ErrorCode::ReadOnly,
            "skrivskydd",
        ),
    ];
    for (kind, code, words) in kinds {
        let error = CoreError::Io {
            path: "/hem/x.pdf".into(),
            source: Error::from(kind),
        };
        assert_eq!(error.code(), code, "{kind:?}");
        assert!(
            error.message().contains(words),
            "{kind:?}: {}",
            error.message()
        );
        assert!(!error.message().contains("os error"), "{}", error.message());
        assert_eq!(Fault::of_io(kind).code(), code);
    }
    let real = std::fs::read("/finns/inte/alls").expect_err("missing");
    let error = CoreError::Io {
        path: "/finns/inte/alls".into(),
        source: real,
    };
    assert!(
        !error.message().contains("No such file"),
        "{}",
        error.message()
    );
    assert!(error
        .message()
        .contains(io_words(std::io::ErrorKind::NotFound)));
}

#[test]
fn an_edit_on_a_full_disk_says_so_and_keeps_the_earlier_edits() {
    let (_dir, path, mut storage) = council_file("Full");
    add_person(&mut storage, "Sparad Före", None);
    // SQLite's own way to make a database "full": no more pages than it has now.
    storage.limit_pages_for_tests();
    let mut failure = None;
    for i in 0..500 {
        let input = person_input(
            &format!("Person {i} med ett långt namn för att fylla sidor"),
            None,
        );
        if let Err(error) = radsplan_core::person::add(&mut storage, now(), &input) {
            failure = Some(error);
            break;
        }
    }
    let error = failure.expect("the file must fill up");
    assert_eq!(error.code(), ErrorCode::DiskFull, "{error:?}");
    assert!(
        error.message().to_lowercase().contains("disken är full"),
        "{}",
        error.message()
    );
    assert!(error
        .message()
        .contains("Allt du sparat tidigare finns kvar"));
    storage.close().expect("close");
    let reopened = Storage::open(&path, now()).expect("reopen");
    let names: Vec<String> = radsplan_core::person::list(&reopened, "")
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert!(names.contains(&"Sparad Före".to_string()));
    assert!(reopened.is_consistent().expect("check"));
}

#[test]
fn a_file_damaged_in_the_middle_is_reported_as_damaged_at_opening() {
    let (_dir, path, storage) = council_file("Skadad");
    storage.close().expect("close");
    let mut bytes = std::fs::read(&path).expect("read");
    // Keep the 100-byte header (so it still looks like ours); wreck the pages after it.
    for byte in bytes.iter_mut().skip(100) {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("damage");
    let error = Storage::open(&path, now()).err().expect("refused");
    assert!(
        matches!(error.code(), ErrorCode::Damaged | ErrorCode::NotADatabase),
        "{error:?}"
    );
    assert!(
        !error.message().contains("senaste ändringen"),
        "{}",
        error.message()
    );
    assert!(
        !error.message().contains("Ett oväntat fel"),
        "{}",
        error.message()
    );
}
