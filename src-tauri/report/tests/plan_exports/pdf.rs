//! The PDF holds the plan's text, in order, as poppler's pdftotext reads it.

use std::path::Path;
use std::process::Command;

use radsplan_report::plan_pdf;

use crate::example::{activity, example_document, large_document, HOSTILE_TITLE};

/// Writes `bytes` to a temporary PDF and returns it (kept alive by the guard).
fn write_pdf(bytes: &[u8]) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp file");
    std::fs::write(file.path(), bytes).expect("write pdf");
    file
}

fn pdftotext(path: &Path, mode: &str) -> String {
    let out = Command::new("pdftotext")
        .args([mode, "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

fn page_count(path: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo is installed (poppler-utils)");
    assert!(out.status.success(), "pdfinfo failed: {out:?}");
    let info = String::from_utf8_lossy(&out.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports Pages")
}

/// Without any whitespace: a token longer than its cell is split between characters, so only
/// its characters, in order, can be compared.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that `needles` occur in `haystack` in this order; returns where each was found.
fn assert_in_order(haystack: &str, needles: &[String]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle.as_str()) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing (or out of order) after byte {from}"),
        }
    }
}

#[test]
fn the_example_plan_holds_every_focus_area_and_activity_in_order() {
    let doc = example_document();
    let file = write_pdf(&plan_pdf(&doc).expect("pdf"));

    // Content-stream order: the lines of one cell follow each other, so a title that wraps
    // inside its cell reads as one phrase once whitespace is collapsed. (-layout interleaves
    // the lines of neighbouring cells, which is right for the eye but not for this check.)
    let raw = collapse(&pdftotext(file.path(), "-raw"));
    let mut expected = Vec::new();
    for area in &doc.focus_areas {
        expected.push(squash(&format!("Fokusområde: {}", area.name)));
        expected.extend(area.activities.iter().map(|a| squash(&a.title)));
    }
    assert_in_order(&squash(&raw), &expected);
    // Titles whose words all fit their cell read as typed, spaces included.
    for title in ["Samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar", "Definiera kritiska kompetenser"] {
        assert!(raw.contains(title), "{title}");
    }

    // The title page lists the focus areas in order, the deferred one marked.
    let layout = pdftotext(file.path(), "-layout");
    let first_page = layout.split('\u{c}').next().expect("page 1");
    let first_page_flat = collapse(first_page);
    assert!(first_page_flat.contains("Aktivitetsplan 2022"));
    assert!(first_page_flat.contains("Regionalt vårdkompetensråd Mellansverige"));
    assert!(first_page_flat.contains("Utkast"));
    assert_in_order(
        &first_page_flat,
        &[
            "Verksamhetsförlagd utbildning, VFU".to_string(),
            "Fortbildning".to_string(),
            "Stimulera och integrera klinisk forskning".to_string(),
            "God och Nära vård".to_string(),
            "AT/BT – skjuts till 2023: finns arbetsgrupp nationellt, mer prio regionalt 2023"
                .to_string(),
        ],
    );
}

#[test]
fn swedish_letters_dashes_and_user_markup_print_literally() {
    let file = write_pdf(&plan_pdf(&example_document()).expect("pdf"));
    let layout = pdftotext(file.path(), "-layout");
    let raw = collapse(&pdftotext(file.path(), "-raw"));

    for word in [
        "Övergripande mål",
        "Värmland",
        "Gävleborg",
        "Örebro",
        "lärosäten",
    ] {
        assert!(layout.contains(word), "{word} lost its å/ä/ö");
    }
    // An en dash and an ellipsis are not dropped or replaced.
    assert!(raw.contains("Uppföljning – när"));
    assert!(raw.contains("Avtal VFU region–lärosäten"));
    // What a user typed is printed, never interpreted.
    assert!(
        squash(&raw).contains(&squash(HOSTILE_TITLE)),
        "hostile title not literal"
    );
    // Every priority has its shape and word beside its colour.
    for label in ["● grön", "▲ gul", "■ röd", "○ ej bedömd", "↑ Ja"] {
        assert!(layout.contains(label), "{label} missing");
    }
    assert!(layout.contains("Sida 1 av"));
    assert!(
        layout.contains("23 sep 2022"),
        "generated date in the footer"
    );
    assert!(
        layout.contains("12 okt 2022 (v. 41)"),
        "understood tidplan shown"
    );
}

#[test]
fn characters_and_ellipsis_in_user_text_survive() {
    let mut doc = example_document();
    doc.focus_areas[0].activities[0].title =
        "Åtgärder för Ängelholm och Östersund … „citat“ – klart".to_string();
    let file = write_pdf(&plan_pdf(&doc).expect("pdf"));
    let raw = collapse(&pdftotext(file.path(), "-raw"));
    assert!(raw.contains("Åtgärder för Ängelholm och Östersund … „citat“ – klart"));
}

#[test]
fn the_header_row_repeats_on_every_page_of_a_long_table() {
    let doc = large_document(240);
    let file = write_pdf(&plan_pdf(&doc).expect("pdf"));
    let layout = pdftotext(file.path(), "-layout");
    let pages: Vec<&str> = layout
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), page_count(file.path()));
    assert!(pages.len() > 10, "a 240-activity plan spans many pages");
    // After the title page, every page is a table page and opens with the header.
    let first_table_page = pages
        .iter()
        .position(|p| p.contains("Fokusområde: "))
        .expect("a table page");
    assert_eq!(first_table_page, 1, "the title page fits on one page");
    for (i, page) in pages.iter().enumerate().skip(first_table_page) {
        let header = page.lines().find(|l| l.contains("Genomförande"));
        let header = header.unwrap_or_else(|| panic!("page {} has no header row", i + 1));
        let columns = [
            "Prioritet",
            "Aktivitet",
            "Genomförande",
            "Tidplan",
            "Innehåll",
        ];
        assert_in_order(header, &columns.map(String::from));
        assert!(header.contains("Uppföljning – när"), "page {}", i + 1);
        assert!(page.contains(&format!("Sida {} av {}", i + 1, pages.len())));
        assert!(
            page.contains("Prioritet:") && page.contains("ej bedömd"),
            "legend"
        );
    }
    // Continuation pages say which focus area they continue.
    assert!(layout.contains("(forts.)"));
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines_and_loses_nothing() {
    let mut doc = example_document();
    let mut long = activity("En mycket lång aktivitet");
    long.content = (1..=150)
        .map(|n| format!("rad {n:03}"))
        .collect::<Vec<_>>()
        .join("\n");
    doc.focus_areas[2].activities.insert(1, long);
    let file = write_pdf(&plan_pdf(&doc).expect("pdf"));
    let raw = pdftotext(file.path(), "-raw");
    let lines: Vec<String> = (1..=150).map(|n| format!("rad {n:03}")).collect();
    assert_in_order(&raw, &lines);
    // The row continues on the next page, labelled, under a repeated header.
    let layout = pdftotext(file.path(), "-layout");
    assert!(collapse(&raw).contains("(forts.) En mycket lång aktivitet"));
    let pages_with_lines: Vec<&str> = layout
        .split('\u{c}')
        .filter(|p| p.contains("rad 0") || p.contains("rad 1"))
        .collect();
    assert!(
        pages_with_lines.len() >= 3,
        "150 lines need at least three pages"
    );
    for page in pages_with_lines {
        assert!(page.contains("Genomförande"), "header repeated");
    }
}

#[test]
fn a_two_thousand_activity_plan_renders() {
    let doc = large_document(2000);
    let started = std::time::Instant::now();
    let bytes = plan_pdf(&doc).expect("pdf");
    let elapsed = started.elapsed();
    let file = write_pdf(&bytes);
    let pages = page_count(file.path());
    eprintln!(
        "2,000 activities: {pages} pages, {} KB, {} ms",
        bytes.len() / 1024,
        elapsed.as_millis()
    );
    assert!(pages > 20, "only {pages} pages");
    let raw = collapse(&pdftotext(file.path(), "-raw"));
    assert!(raw.contains("Aktivitet nr 1999"));
    assert!(raw.contains(&format!("Sida {pages} av {pages}")));
}

#[test]
fn an_empty_plan_still_makes_a_title_page() {
    let mut doc = example_document();
    doc.focus_areas.clear();
    doc.goals.clear();
    doc.mandate.clear();
    let file = write_pdf(&plan_pdf(&doc).expect("pdf"));
    assert_eq!(page_count(file.path()), 1);
    let layout = pdftotext(file.path(), "-layout");
    assert!(layout.contains("Planen har inga fokusområden ännu."));
}

/// Writes the example (PDF and DOCX) and the 2,000-activity PDF for a person to look at:
/// `REPORT_SHOTS=/tmp/report-shots cargo test -p radsplan-report -- --ignored render_for_review`.
#[test]
#[ignore = "writes files for review; run by hand"]
fn render_for_review() {
    let dir = std::env::var("REPORT_SHOTS").unwrap_or_else(|_| "/tmp/report-shots".into());
    std::fs::create_dir_all(&dir).expect("shots dir");
    let mut example = example_document();
    let mut long = activity("En mycket lång aktivitet");
    long.content = (1..=150)
        .map(|n| format!("rad {n:03}"))
        .collect::<Vec<_>>()
        .join("\n");
    example.focus_areas[2].activities.insert(1, long);
    let started = std::time::Instant::now();
    let bytes = plan_pdf(&example_document()).expect("pdf");
    eprintln!(
        "example: {} KB, {} ms",
        bytes.len() / 1024,
        started.elapsed().as_millis()
    );
    std::fs::write(format!("{dir}/example.pdf"), bytes).expect("write");
    let docx = radsplan_report::plan_docx(&example_document()).expect("docx");
    std::fs::write(format!("{dir}/example.docx"), docx).expect("write");
    std::fs::write(
        format!("{dir}/example-split.pdf"),
        plan_pdf(&example).expect("pdf"),
    )
    .expect("write");
    let large = large_document(2000);
    let started = std::time::Instant::now();
    let bytes = plan_pdf(&large).expect("pdf");
    eprintln!(
        "2,000: {} KB, {} ms",
        bytes.len() / 1024,
        started.elapsed().as_millis()
    );
    std::fs::write(format!("{dir}/large.pdf"), bytes).expect("write");
}
