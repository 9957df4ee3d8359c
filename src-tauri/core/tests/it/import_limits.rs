//! Import input that must be refused, each with a Swedish message and nothing written: zip
//! bombs, workbooks that lie about their size, oversized files, too many rows, formats we cannot
//! read, and a plan or focus area that does not exist.

use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

use radsplan_core::import::{self, Limits};
use radsplan_core::CoreError;

use crate::builders::council_in_memory;
use crate::import::{invalid_message, plan_2022, read};

/// A zip with one entry of `size` bytes from `fill` (zeros compress a thousandfold).
fn zip_with(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

fn pseudo_random(len: usize) -> Vec<u8> {
    let mut x: u32 = 2_463_534_242;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

#[test]
fn a_zip_bomb_is_refused_quickly_before_it_is_unpacked() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("bomb.xlsx");
    // 200 MiB of zeros pack to about 200 KB: over the total and a thousandfold ratio.
    let bomb = zip_with(&[("xl/worksheets/sheet1.xml", vec![0; 200 * 1024 * 1024])]);
    assert!(bomb.len() < 1024 * 1024, "small on disk: {}", bomb.len());
    std::fs::write(&path, &bomb).expect("write");
    let started = Instant::now();
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(
        message.starts_with("Excel-filen packas upp till mer än 100 MB"),
        "{message}"
    );

    // Below the total, but unpacking absurdly well.
    let ratio = zip_with(&[("xl/sharedStrings.xml", vec![b'a'; 20 * 1024 * 1024])]);
    std::fs::write(&path, &ratio).expect("write");
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(message.contains("packas upp"), "{message}");
}

#[test]
fn an_xlsx_over_the_unzipped_total_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("stor.xlsx");
    let limits = Limits {
        max_unzipped_bytes: 1024 * 1024,
        ..Limits::default()
    };
    std::fs::write(
        &path,
        zip_with(&[
            ("a.xml", pseudo_random(600_000)),
            ("b.xml", pseudo_random(600_000)),
        ]),
    )
    .expect("write");
    let message = invalid_message(import::read_file(&path, &limits));
    assert!(
        message.starts_with("Excel-filen packas upp till mer än 1 MB"),
        "{message}"
    );
}

/// Sets the uncompressed size of the (only) entry in its local header and in the central
/// directory to `size`: a zip that lies about what it unpacks to.
fn lie_about_size(zip: &mut [u8], size: u32) {
    let find = |zip: &[u8], signature: &[u8; 4]| {
        zip.windows(4)
            .position(|w| w == signature)
            .expect("signature")
    };
    let local = find(zip, b"PK\x03\x04");
    zip[local + 22..local + 26].copy_from_slice(&size.to_le_bytes());
    let central = find(zip, b"PK\x01\x02");
    zip[central + 24..central + 28].copy_from_slice(&size.to_le_bytes());
}

#[test]
fn an_xlsx_that_unpacks_to_more_than_it_declares_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("lögn.xlsx");
    let mut zip = zip_with(&[("xl/worksheets/sheet1.xml", vec![b'<'; 4 * 1024 * 1024])]);
    lie_about_size(&mut zip, 1000);
    std::fs::write(&path, &zip).expect("write");
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(message.contains("packas upp"), "{message}");
}

#[test]
fn a_file_that_is_not_really_an_xlsx_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("plan.xlsx");
    std::fs::write(&path, "Aktivitet;Tidplan\r\n").expect("write");
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(
        message.starts_with("Filen kunde inte läsas som en Excel-fil (.xlsx)"),
        "{message}"
    );
}

#[test]
fn a_50_mb_file_is_refused_by_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("stor.csv");
    // Sparse: 50 MB on paper, nothing written; reading it would take noticeable time.
    std::fs::File::create(&path)
        .expect("create")
        .set_len(50 * 1024 * 1024)
        .expect("size");
    let started = Instant::now();
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(started.elapsed() < Duration::from_millis(500));
    assert!(message.starts_with("Filen är 50 MB stor"), "{message}");
    assert!(message.contains("högst 20 MB"), "{message}");
}

#[test]
fn too_many_rows_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("många.csv");
    let mut text = String::from("Fokusområde;Aktivitet\r\n");
    for i in 0..5_000 {
        text.push_str(&format!("VFU;Aktivitet {i}\r\n"));
    }
    std::fs::write(&path, &text).expect("write");
    let message = invalid_message(import::read_file(&path, &Limits::default()));
    assert!(
        message.starts_with("Tabellen har fler än 5000 rader"),
        "{message}"
    );

    let pasted = import::read_pasted(&text.replace(';', "\t"), &Limits::default());
    assert!(invalid_message(pasted).starts_with("Tabellen har fler än 5000 rader"));
}

#[test]
fn formats_we_cannot_read_say_what_to_do() {
    let dir = tempfile::tempdir().expect("dir");
    for name in ["plan.xls", "plan.ods", "plan.pdf", "plan"] {
        let path = dir.path().join(name);
        std::fs::write(&path, "x").expect("write");
        let message = invalid_message(import::read_file(&path, &Limits::default()));
        assert!(
            message.ends_with("Spara filen som .xlsx eller .csv i Excel och försök igen."),
            "{name}: {message}"
        );
    }
    // Word is read (.docx); its old format and other word processors' files say how to get it.
    for name in ["plan.doc", "plan.odt", "plan.rtf"] {
        let path = dir.path().join(name);
        std::fs::write(&path, "x").expect("write");
        let message = invalid_message(import::read_file(&path, &Limits::default()));
        assert!(
            message.contains("Word-dokument (.docx)")
                && message.ends_with("importera den nya filen."),
            "{name}: {message}"
        );
    }
}

#[test]
fn a_pasted_table_and_a_file_into_an_unknown_plan_or_focus_area_are_refused() {
    let storage = council_in_memory();
    let table = read("good_utf8_bom_semicolon.csv");
    assert!(matches!(
        import::preview(&storage, 999, &table, None),
        Err(CoreError::NotFound { .. })
    ));
    assert!(matches!(
        import::preview(&storage, plan_2022(&storage), &table, Some(999)),
        Err(CoreError::NotFound { .. })
    ));
}
