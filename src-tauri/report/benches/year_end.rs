//! The council's återrapport of a large plan, about 50 pages, as the Exportera menu makes it
//! (issue targets: PDF ≤ 1.5 s, DOCX ≤ 1 s), and for comparison LibreOffice converting the same
//! DOCX to PDF (`soffice --headless --convert-to pdf`), timed in the same run.
//! Run: `cargo bench -p radsplan-report --bench year_end`.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::{example, Storage};
use radsplan_report::from_store::year_end_document;
use radsplan_report::{write_docx, write_pdf};

/// The report counts pages as the PDF prints them; the plan grows until it reaches this many.
const PAGES: usize = 50;

fn page_count(pdf: &[u8], dir: &Path) -> usize {
    let path = dir.join("pages.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// The smallest plan (in steps of 100 activities) whose återrapport runs to [`PAGES`] pages.
fn fifty_pages(dir: &Path, today: chrono::DateTime<chrono::FixedOffset>) -> (Storage, usize) {
    let mut activities = 300;
    loop {
        let path = dir.join(format!("stor-{activities}.radsplan"));
        let storage = example::write_large(&path, activities).expect("large");
        let document = year_end_document(&storage, 2022, None, today).expect("document");
        let pages = page_count(&write_pdf(&document).expect("pdf"), dir);
        if pages >= PAGES {
            eprintln!("återrapport: {activities} activities, {pages} pages");
            return (storage, pages);
        }
        activities += 100;
    }
}

/// LibreOffice's own time for the same DOCX (a fresh profile, as a first conversion would be;
/// the best of three).
fn libreoffice(docx: &[u8], dir: &Path) {
    let path = dir.join("återrapport.docx");
    std::fs::write(&path, docx).expect("write");
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let profile = tempfile::tempdir().expect("profile");
        let started = Instant::now();
        let out = Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.path().display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir)
            .arg(&path)
            .output()
            .expect("soffice");
        assert!(out.status.success(), "{out:?}");
        best = best.min(started.elapsed());
    }
    eprintln!(
        "soffice --headless --convert-to pdf of the same DOCX ({} KB): {:.2} s (best of 3)",
        docx.len() / 1024,
        best.as_secs_f64()
    );
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let today = chrono::DateTime::parse_from_rfc3339("2022-12-20T10:00:00+01:00").expect("date");
    let (storage, _) = fifty_pages(dir.path(), today);
    let document = year_end_document(&storage, 2022, None, today).expect("document");
    libreoffice(&write_docx(&document).expect("docx"), dir.path());

    let mut group = c.benchmark_group("year_end_50_pages");
    group.sample_size(10);
    group.bench_function("read", |b| {
        b.iter(|| black_box(year_end_document(&storage, 2022, None, today).expect("document")));
    });
    group.bench_function("read + PDF", |b| {
        b.iter(|| {
            let document = year_end_document(&storage, 2022, None, today).expect("document");
            black_box(write_pdf(&document).expect("pdf"))
        });
    });
    group.bench_function("read + DOCX", |b| {
        b.iter(|| {
            let document = year_end_document(&storage, 2022, None, today).expect("document");
            black_box(write_docx(&document).expect("docx"))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
