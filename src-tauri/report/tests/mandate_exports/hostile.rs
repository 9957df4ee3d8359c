//! What the secretary types is printed as text, whatever it looks like: markup, a spreadsheet
//! formula, å/ä/ö written as a letter and a combining ring.

use radsplan_core::working_group::{self, MandateInput, TaskInput, WorkingGroupInput};
use radsplan_report::{write_docx, write_pdf};

use crate::council::{document, example_council, plan_2022, stamp};
use crate::docx::document_xml;
use crate::pdf::{pdftotext, squash};
use crate::readers::{assert_valid_ooxml, python_docx_dump, write_temp};

const NAME: &str = "<script>alert('x')</script> Grupp & co";
const FORMULA: &str = "=HYPERLINK(\"http://example.test\";\"klicka\")";
/// "Åsa Öberg" with Å and Ö as a letter and a combining mark (NFD), as some programs paste it.
const NFD: &str = "A\u{30A}sa O\u{308}berg";

#[test]
fn markup_formulas_and_decomposed_letters_stay_text_in_pdf_and_docx() {
    let (_dir, mut storage) = example_council();
    let plan = plan_2022(&storage);
    let group = working_group::add(&mut storage, stamp(), plan, &WorkingGroupInput::named(NAME))
        .expect("add")
        .value;
    let mut task = TaskInput::titled(FORMULA);
    task.responsible_text = NFD.into();
    task.schedule_text = "12/10 <b>".into();
    working_group::add_task(&mut storage, stamp(), group, &task).expect("task");
    working_group::update_mandate(
        &mut storage,
        stamp(),
        group,
        &MandateInput {
            background: "Rad <w:p/> & \"citat\"\n- @SUM(A1:A9)\n\u{1}kontroll".into(),
            ..MandateInput::default()
        },
    )
    .expect("mandate");
    let doc = document(&storage, group);

    let (_pdf_dir, pdf) = write_temp("fientlig.pdf", &write_pdf(&doc).expect("pdf"));
    let text = squash(&pdftotext(&pdf));
    for literal in [
        NAME,
        FORMULA,
        "Rad <w:p/> & \"citat\"",
        "@SUM(A1:A9)",
        "12/10 <b>",
    ] {
        assert!(text.contains(&squash(literal)), "{literal:?} in {text}");
    }
    assert!(
        text.contains(&squash(NFD)) || text.contains("ÅsaÖberg"),
        "the decomposed letters print: {text}"
    );

    let (_docx_dir, docx) = write_temp("fientlig.docx", &write_docx(&doc).expect("docx"));
    assert_valid_ooxml(&docx);
    let xml = document_xml(&docx);
    assert!(!xml.contains("<script>"), "markup is escaped");
    assert!(xml.contains("&lt;script&gt;"));
    let dump = python_docx_dump(&docx).join("\n");
    for literal in [NAME, FORMULA, "Rad <w:p/> & \"citat\"", "@SUM(A1:A9)", NFD] {
        assert!(dump.contains(literal), "{literal:?} in {dump}");
    }
}
