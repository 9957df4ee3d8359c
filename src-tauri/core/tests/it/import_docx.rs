//! Importing the plan as the council keeps it: a Word table coloured by hand (seed 003). A
//! small .docx is built here (the parts Word needs, a body with tables); the fixture
//! word_plan_2022.docx (made by make_word_plan.py beside it, with python-docx) resembles the
//! seed: two focus areas, two tables, a member table, cells of several paragraphs, colours by
//! shading and by highlighting.

use std::io::{Cursor, Write};

use radsplan_core::activity::{self, ActivityFilter, Priority};
use radsplan_core::import::{self, ImportChoices, Limits, PriorityChoice};
use radsplan_core::{focus_area, Storage};

use crate::builders::{council_in_memory, now};
use crate::import::{all_problems, fixture, plan_2022, VFU};

/// A .docx with `body` (WordprocessingML inside `<w:body>`) as its document.
pub(crate) fn docx_with_body(body: &str) -> Vec<u8> {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document.as_str()),
    ] {
        zip.start_file(name, options).expect("entry");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

pub(crate) fn paragraph(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A cell: its paragraphs, its shading (`fill`), and a highlight on its text.
fn cell(lines: &[&str], fill: Option<&str>, highlight: Option<&str>) -> String {
    let shading = fill.map_or(String::new(), |f| {
        format!(r#"<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{f}"/></w:tcPr>"#)
    });
    let run_properties = highlight.map_or(String::new(), |h| {
        format!(r#"<w:rPr><w:highlight w:val="{h}"/></w:rPr>"#)
    });
    let paragraphs: String = lines
        .iter()
        .map(|line| format!(r#"<w:p><w:r>{run_properties}<w:t>{line}</w:t></w:r></w:p>"#))
        .collect();
    format!("<w:tc>{shading}{paragraphs}</w:tc>")
}

pub(crate) fn row(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

pub(crate) fn plain(text: &str) -> String {
    cell(&[text], None, None)
}

pub(crate) fn read_docx(bytes: &[u8]) -> import::SourceTable {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.docx");
    std::fs::write(&path, bytes).expect("write");
    import::read_file(&path, &Limits::default()).expect("docx reads")
}

fn titles_and_priorities(storage: &Storage) -> Vec<(String, Option<Priority>)> {
    let plan_id = plan_2022(storage);
    activity::list(storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .map(|a| (a.title, a.priority))
        .collect()
}

#[test]
fn a_word_table_with_shaded_and_highlighted_rows_imports_its_colours_as_priorities() {
    let header = row(&[
        plain("Aktivitet"),
        plain("Genomförande"),
        plain("Tidplan"),
        plain("Innehåll"),
    ]);
    let body = [
        paragraph("Aktivitetsplan 2022"),
        paragraph("Fokusområde: Fortbildning"),
        "<w:tbl>".to_string(),
        header,
        row(&[
            cell(&["Skuggad grön"], Some("00B050"), None),
            cell(&["Arbetsgrupp"], Some("00B050"), None),
            plain("v. 37"),
            cell(&["Första stycket", "Andra stycket"], None, None),
        ]),
        row(&[
            cell(&["Markerad gul"], None, Some("yellow")),
            plain(""),
            plain(""),
            plain(""),
        ]),
        row(&[
            cell(&["Skuggad röd"], Some("C00000"), None),
            plain(""),
            plain(""),
            plain(""),
        ]),
        row(&[
            cell(&["Markerad mörkgrön"], None, Some("darkGreen")),
            plain(""),
            plain(""),
            plain(""),
        ]),
        row(&[
            cell(&["Blå, inte gissad"], Some("0070C0"), None),
            plain(""),
            plain(""),
            plain(""),
        ]),
        row(&[
            cell(&["Vit är ingen färg"], Some("FFFFFF"), None),
            plain(""),
            plain(""),
            plain(""),
        ]),
        "</w:tbl>".to_string(),
    ]
    .concat();
    let table = read_docx(&docx_with_body(&body));
    assert_eq!(table.source, "plan.docx");

    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", all_problems(&preview));
    assert_eq!(preview.new_focus_areas, ["Fortbildning"]);
    /// Title, the colour seen (swatch, word) and the priority it became.
    type Seen<'a> = (&'a str, Option<(&'a str, &'a str)>, Option<Priority>);
    let seen: Vec<Seen> = preview
        .rows
        .iter()
        .map(|r| {
            (
                r.input.title.as_str(),
                r.colour.as_ref().map(|c| (c.css.as_str(), c.word.as_str())),
                r.input.priority,
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "Skuggad grön",
                Some(("#00B050", "grön")),
                Some(Priority::Green)
            ),
            (
                "Markerad gul",
                Some(("#FFFF00", "gul")),
                Some(Priority::Yellow)
            ),
            ("Skuggad röd", Some(("#C00000", "röd")), Some(Priority::Red)),
            (
                "Markerad mörkgrön",
                Some(("#008000", "grön")),
                Some(Priority::Green)
            ),
            ("Blå, inte gissad", Some(("#0070C0", "blå")), None),
            ("Vit är ingen färg", None, None),
        ]
    );
    assert_eq!(
        preview.rows[0].input.content,
        "Första stycket\nAndra stycket"
    );
    let blue = &preview.rows[4].problems;
    assert_eq!(blue.len(), 1, "{blue:?}");
    assert!(
        blue[0].message.starts_with("Raden är färgad blå"),
        "{blue:?}"
    );
    assert!(!blue[0].blocking);

    import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    assert_eq!(
        titles_and_priorities(&storage),
        [
            ("Skuggad grön".to_string(), Some(Priority::Green)),
            ("Markerad gul".to_string(), Some(Priority::Yellow)),
            ("Skuggad röd".to_string(), Some(Priority::Red)),
            ("Markerad mörkgrön".to_string(), Some(Priority::Green)),
            ("Blå, inte gissad".to_string(), None),
            ("Vit är ingen färg".to_string(), None),
        ]
    );
}

#[test]
fn merged_cells_are_spread_and_a_continued_activity_joins_the_row_above() {
    let merged = |continue_: bool, text: &str| {
        let merge = if continue_ {
            "<w:vMerge/>"
        } else {
            r#"<w:vMerge w:val="restart"/>"#
        };
        format!(
            r#"<w:tc><w:tcPr>{merge}</w:tcPr>{}</w:tc>"#,
            paragraph(text)
        )
    };
    let spanning = format!(
        r#"<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{}</w:tc>"#,
        paragraph("Genomförande och tidplan i ett")
    );
    let body = [
        paragraph("Fokusområde: VFU"),
        "<w:tbl>".to_string(),
        row(&[plain("Aktivitet"), plain("Genomförande"), plain("Tidplan")]),
        row(&[
            merged(false, "Etablera arbetsgrupp"),
            merged(false, "Alla"),
            plain("v. 3"),
        ]),
        row(&[merged(true, ""), merged(true, ""), plain("v. 9")]),
        row(&[plain("Nästa aktivitet"), spanning]),
        "</w:tbl>".to_string(),
    ]
    .concat();
    let table = read_docx(&docx_with_body(&body));
    let storage = council_in_memory();
    let preview = import::preview(&storage, plan_2022(&storage), &table, None).expect("preview");
    let rows: Vec<(&str, &str, &str)> = preview
        .rows
        .iter()
        .map(|r| {
            (
                r.input.title.as_str(),
                r.input.delivery.as_str(),
                r.input.schedule_text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Etablera arbetsgrupp", "Alla", "v. 3\nv. 9"),
            ("Nästa aktivitet", "Genomförande och tidplan i ett", ""),
        ]
    );
}

#[test]
fn the_word_plan_fixture_imports_both_tables_with_focus_areas_paragraphs_and_colours() {
    let table = import::read_file(&fixture("word_plan_2022.docx"), &Limits::default())
        .expect("fixture reads");
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", all_problems(&preview));
    assert!(
        preview.unused_columns.is_empty(),
        "{:?}",
        preview.unused_columns
    );
    assert_eq!(preview.new_focus_areas, [VFU, "Fortbildning"]);
    let rows: Vec<(&str, &str, Option<&str>, Option<Priority>)> = preview
        .rows
        .iter()
        .map(|r| {
            (
                r.focus_area.as_str(),
                r.input.title.as_str(),
                r.colour.as_ref().map(|c| c.word.as_str()),
                r.input.priority,
            )
        })
        .collect();
    use Priority::{Green, Red, Yellow};
    assert_eq!(
        rows,
        [
            (
                VFU,
                "Samordna arbetet med det gemensamma utbildningsuppdraget (VFU)",
                Some("grön"),
                Some(Green)
            ),
            (
                VFU,
                "Inventera och utveckla handledarutbildning för VFU",
                Some("gul"),
                Some(Yellow)
            ),
            (
                VFU,
                "Säkerställ kvaliteten i de VFU-platser som finns",
                Some("röd"),
                Some(Red)
            ),
            (
                VFU,
                "Kartlägga ersättningsmodeller till VFU-anordnare",
                None,
                None
            ),
            (
                "Fortbildning",
                "Utbildning i intermediärvård för sjuksköterskor",
                Some("grön"),
                Some(Green)
            ),
            (
                "Fortbildning",
                "Specialistutbildning tandvård",
                Some("gul"),
                Some(Yellow)
            ),
            (
                "Fortbildning",
                "Kompetensförsörjning undersköterskor",
                Some("röd"),
                Some(Red)
            ),
            (
                "Fortbildning",
                "Introduktionsår/etableringsår",
                Some("blå"),
                None
            ),
        ]
    );
    let first = &preview.rows[0].input;
    assert_eq!(first.delivery, "Arbetsgrupp");
    assert_eq!(first.schedule_text, "vecka 10-12");
    assert_eq!(
        first.content,
        "Både en fråga om samverkan inom region och mellan regioner.\nHur ser det ut med avtal?"
    );
    assert_eq!(
        first.follow_up,
        "Löpande rapportering till arbetsutskottet\noch en årlig skriftlig rapport"
    );

    // She decides the blue row is yellow after all; one step writes all eight.
    let choices = ImportChoices {
        skip_bad_rows: false,
        priorities: vec![PriorityChoice {
            line: preview.rows[7].line,
            priority: Some(Yellow),
        }],
    };
    import::apply_chosen(
        &mut storage,
        now(),
        plan_id,
        &table,
        None,
        &choices,
        &Limits::default(),
    )
    .expect("apply");
    let written = titles_and_priorities(&storage);
    assert_eq!(written.len(), 8);
    assert_eq!(
        written[7],
        ("Introduktionsår/etableringsår".to_string(), Some(Yellow))
    );
    let areas: Vec<String> = focus_area::list(&storage, plan_id)
        .expect("areas")
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert!(areas.ends_with(&[VFU.to_string(), "Fortbildning".to_string()]));
    storage.undo().expect("undo");
    assert!(titles_and_priorities(&storage).is_empty(), "one undo step");
}
