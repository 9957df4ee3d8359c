//! The timeline's PDF read back through poppler: every item's label and every ISO week number
//! is there, the months and weeks head every picture page, and the pages are counted; on A3 the
//! pages are A3 landscape and hold more lanes.

use std::path::Path;
use std::process::Command;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use radsplan_core::timeline::{self, Timeline};
use radsplan_core::{example, plan};
use radsplan_report::document::Paper;
use radsplan_report::timeline::{timeline_document, GroupBy};
use radsplan_report::write_pdf;

fn example_timeline() -> (tempfile::TempDir, Timeline) {
    let dir = tempfile::tempdir().expect("dir");
    let storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let plan = plan::by_year(&storage, 2022).expect("plans").expect("2022");
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("today");
    let drawn = timeline::timeline(&storage, plan.id, today).expect("timeline");
    (dir, drawn)
}

fn pdf_of(timeline: &Timeline, group_by: GroupBy, paper: Paper) -> tempfile::NamedTempFile {
    let now = FixedOffset::east_opt(2 * 3600)
        .expect("offset")
        .with_ymd_and_hms(2022, 10, 1, 14, 25, 0)
        .single()
        .expect("time");
    let document = timeline_document(timeline, "Exempelrådet", group_by, paper, now);
    let bytes = write_pdf(&document).expect("pdf");
    let file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp file");
    std::fs::write(file.path(), bytes).expect("write");
    if let Ok(keep) = std::env::var("TIMELINE_PDF_OUT") {
        std::fs::copy(file.path(), format!("{keep}-{group_by:?}-{paper:?}.pdf"))
            .expect("keep a copy");
    }
    file
}

fn pdftotext(path: &Path, pages: Option<(usize, usize)>) -> String {
    let mut command = Command::new("pdftotext");
    command.args(["-layout", "-enc", "UTF-8"]);
    if let Some((first, last)) = pages {
        command.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = command
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Words with single spaces: a label wrapped over two lines reads as one (a line may also
/// break after a slash, "kombinationstjänster/ samarbetsmodeller").
fn words(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("/ ", "/")
}

/// `pdfinfo`'s page count and the size of page 1, in whole millimetres (width × height).
fn pages_and_size_mm(path: &Path) -> (usize, (u32, u32)) {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo is installed (poppler-utils)");
    assert!(out.status.success(), "pdfinfo failed: {out:?}");
    let info = String::from_utf8(out.stdout).expect("UTF-8");
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("{name} in {info}"))
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().expect("a page count");
    // "Page size:      1190.55 x 841.89 pts (A3)"
    let size = field("Page size:");
    let points: Vec<f32> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let mm = |pt: f32| (pt * 25.4 / 72.0).round() as u32;
    (pages, (mm(points[0]), mm(points[1])))
}

/// The example's lanes seven more times over: enough for several picture pages.
fn many_lanes(drawn: &mut Timeline) {
    let lanes = drawn.lanes.clone();
    let items = drawn.items.clone();
    for copy in 1..8 {
        for lane in &lanes {
            let mut lane = lane.clone();
            let key = format!("{}#{copy}", lane.key);
            for item in items.iter().filter(|i| i.lane == lane.key) {
                let mut item = item.clone();
                item.key = format!("{}#{copy}", item.key);
                item.lane = key.clone();
                drawn.items.push(item);
            }
            lane.key = key;
            drawn.lanes.push(lane);
        }
    }
}

#[test]
fn every_label_and_week_number_is_in_the_pdf() {
    let (_dir, drawn) = example_timeline();
    assert!(!drawn.items.is_empty());
    for group_by in [GroupBy::FocusArea, GroupBy::WorkingGroup] {
        let pdf = pdf_of(&drawn, group_by, Paper::A4);
        let all = words(&pdftotext(pdf.path(), None));
        for item in &drawn.items {
            assert!(
                all.contains(&item.label),
                "{group_by:?}: {} missing",
                item.label
            );
        }
        assert!(all.contains("Kunskapssammanställning, 12 okt 2022, v. 41"));
        let first = pdftotext(pdf.path(), Some((1, 1)));
        let numbers: Vec<&str> = first.split_whitespace().collect();
        // 1 Jan 2022 is a Saturday: week 52 of 2021 shows two days and is left unnumbered.
        for week in 1..=52 {
            assert!(
                numbers.contains(&week.to_string().as_str()),
                "week {week} on page 1"
            );
        }
        for heading in [
            "Tidslinje 2022",
            "Exempelrådet",
            "jan",
            "okt",
            "dec",
            "Vecka",
            "Sida 1 av",
        ] {
            assert!(first.contains(heading), "{heading:?} on page 1:\n{first}");
        }
        assert!(
            first.contains("▲ gul") && first.contains("! försenad"),
            "the legend"
        );
    }
}

#[test]
fn lanes_continue_on_further_pages_under_the_same_header() {
    let (_dir, mut drawn) = example_timeline();
    many_lanes(&mut drawn);
    let pdf = pdf_of(&drawn, GroupBy::WorkingGroup, Paper::A4);
    let second = pdftotext(pdf.path(), Some((2, 2)));
    for repeated in ["Vecka", "41", "jan", "dec", "Sida 2 av"] {
        assert!(
            second.contains(repeated),
            "{repeated:?} on page 2:\n{second}"
        );
    }
}

#[test]
fn on_a3_the_pages_are_a3_landscape_with_every_label_and_more_lanes_each() {
    let (_dir, drawn) = example_timeline();
    let pdf = pdf_of(&drawn, GroupBy::FocusArea, Paper::A3);
    let (_, size) = pages_and_size_mm(pdf.path());
    assert_eq!(size, (420, 297), "A3 landscape");
    let all = words(&pdftotext(pdf.path(), None));
    for item in &drawn.items {
        assert!(all.contains(&item.label), "{} missing on A3", item.label);
    }
    let first = pdftotext(pdf.path(), Some((1, 1)));
    let numbers: Vec<&str> = first.split_whitespace().collect();
    for week in 1..=52 {
        assert!(numbers.contains(&week.to_string().as_str()), "week {week}");
    }

    let (_dir, mut drawn) = example_timeline();
    many_lanes(&mut drawn);
    let a4 = pdf_of(&drawn, GroupBy::WorkingGroup, Paper::A4);
    let a3 = pdf_of(&drawn, GroupBy::WorkingGroup, Paper::A3);
    let (a4_pages, a4_size) = pages_and_size_mm(a4.path());
    let (a3_pages, _) = pages_and_size_mm(a3.path());
    assert_eq!(a4_size, (297, 210), "A4 landscape");
    assert!(
        a3_pages < a4_pages,
        "A3 holds more lanes a page: {a3_pages} pages against A4's {a4_pages}"
    );
}
