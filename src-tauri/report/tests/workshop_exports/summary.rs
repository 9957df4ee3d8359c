//! The summary holds every group and every activity in order, with each row's proposal,
//! disagreement, national count and decided priority; the Word file is valid and reads the same.

use radsplan_core::workshop;
use radsplan_report::{workshop_summary_docx, workshop_summary_pdf};

use crate::council::{example_council, stamp};
use crate::readers::{assert_in_order, assert_valid_ooxml, libreoffice_text, write_temp};
use crate::text::{pdftotext, squash};

/// Groups and members first, then each focus area's heading and activities in plan order.
fn expected_order(report: &radsplan_report::WorkshopReport) -> Vec<String> {
    let mut expected = Vec::new();
    for group in &report.groups {
        expected.push(squash(&group.name));
        expected.extend(group.members.iter().map(|m| squash(&m.name)));
    }
    expected.push(squash("Gruppernas bedömningar"));
    for (area, rows) in report.rows_by_focus_area() {
        expected.push(squash(&format!("Fokusområde: {}", area.name)));
        expected.extend(rows.iter().map(|r| squash(&r.title)));
    }
    expected.push(squash("Anteckningar"));
    expected
}

#[test]
fn the_summary_pdf_holds_every_group_and_activity_in_order_with_the_proposals() {
    let mut council = example_council();
    // The secretary accepts the first activity's proposal: Beslutad shows it.
    workshop::accept_proposal(
        &mut council.storage,
        stamp(),
        council.workshop,
        council.activities[0],
    )
    .expect("accept");
    let report = council.report();
    assert_eq!(report.groups.len(), 3, "seed 003's three groups");
    assert!(report.side_by_side.rows.len() >= 10);

    let (_dir, path) = write_temp(
        "sammanfattning.pdf",
        &workshop_summary_pdf(&report).expect("summary pdf"),
    );
    let text = squash(&pdftotext(&path, "-raw"));
    assert_in_order(&text, &expected_order(&report));

    // Row 1: Hans grön, Maria röd, Lena gul and national → proposal gul, strong disagreement,
    // 1 of 3 want it national, decided gul (accepted). Each cell's text, in column order.
    let first = &report.side_by_side.rows[0];
    assert_in_order(
        &text,
        &[
            squash(&first.title),
            squash("● grön"),
            squash("■ röd"),
            squash("▲ gul"),
            squash("↑ Ja nationell nivå"),
            squash("▲ gul"),
            squash("⚠ stark oenighet"),
            squash("1 av 3"),
            squash("▲ gul"),
        ],
    );
    // Row 2: grön, grön, gul → proposal grön, mild disagreement, not decided.
    let second = &report.side_by_side.rows[1];
    assert_in_order(
        &text,
        &[
            squash(&second.title),
            squash("● grön"),
            squash("● grön"),
            squash("▲ gul"),
            squash("● grön"),
            squash("≈ viss oenighet"),
            squash("0 av 3"),
            squash("○ ej bedömd"),
        ],
    );
    // An activity nobody coloured has no proposal, in words.
    assert!(text.contains(&squash("inget förslag")));
    // The title page sums it up.
    assert!(text.contains(&squash("3 grupper bedömde")), "{text}");
}

#[test]
fn the_summary_docx_is_valid_and_libreoffice_reads_every_group_and_activity_in_order() {
    let report = example_council().report();
    let (_dir, path) = write_temp(
        "sammanfattning.docx",
        &workshop_summary_docx(&report).expect("summary docx"),
    );
    assert_valid_ooxml(&path);
    let text = squash(&libreoffice_text(&path));
    assert_in_order(&text, &expected_order(&report));
    assert_in_order(
        &text,
        &[
            squash(&report.side_by_side.rows[0].title),
            squash("▲ gul"),
            squash("⚠ stark oenighet"),
        ],
    );
}
