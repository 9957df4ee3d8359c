//! A printed group sheet: the seed's instruction at the top, the group and its members, every
//! activity in plan order with boxes for grön / gul / röd and national, one PDF per group.

use radsplan_report::group_sheet::instruction;
use radsplan_report::group_sheets_pdf;

use crate::council::example_council;
use crate::readers::{assert_in_order, write_temp};
use crate::text::{pdftotext, squash};

#[test]
fn each_group_gets_a_sheet_with_the_instruction_its_members_and_every_activity() {
    let report = example_council().report();
    let sheets = group_sheets_pdf(&report).expect("sheets");
    let names: Vec<_> = sheets.iter().map(|s| s.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Gruppblad 1 – Grupp Hans.pdf",
            "Gruppblad 2 – Grupp Maria.pdf",
            "Gruppblad 3 – Grupp Lena.pdf"
        ]
    );
    for (sheet, group) in sheets.iter().zip(&report.groups) {
        let (_dir, path) = write_temp(&sheet.file_name, &sheet.bytes);
        let text = squash(&pdftotext(&path, "-raw"));
        let mut expected = vec![
            squash(&format!("Gruppblad: {}", group.name)),
            squash(&instruction(2022)),
        ];
        expected.extend(group.members.iter().map(|m| squash(&m.name)));
        for (area, rows) in report.rows_by_focus_area() {
            expected.push(squash(&format!("Fokusområde: {}", area.name)));
            for row in rows {
                expected.push(squash(&row.title));
                expected.push(squash("☐ ● grön ☐ ▲ gul ☐ ■ röd ☐ ↑ Ja nationell nivå"));
                expected.push(squash("Kommentar:"));
            }
        }
        assert_in_order(&text, &expected);
        // No other group's name on this group's sheet.
        for other in report.groups.iter().filter(|g| g.id != group.id) {
            assert!(!text.contains(&squash(&format!("Gruppblad:{}", other.name))));
        }
    }
}

#[test]
fn the_instruction_is_the_seeds_for_the_plans_year() {
    let text = instruction(2022);
    assert!(text.contains("Markera med grönt de aktiviteter som har högst prio och måste ske 2022"));
    assert!(text.contains("bra om 2022 men ok även 2023"));
    assert!(text.contains("vänta till 2023"));
    assert!(text.contains("nationell nivå"));
}
