//! The workshop summary for the AU (issue 9 §7): the workshop and its groups with their members,
//! the groups' colours side by side per focus area with the proposal, the disagreement, the
//! national count and the decided priority, then the notes by category and kind. One
//! [`Document`], printed by the PDF and DOCX writers.

mod groups;
mod notes;
mod side_by_side;

pub use groups::member_line;
pub use notes::kind_heading;
pub use side_by_side::disagreement_words;

use crate::document::{Document, Footer, Metadata};
use crate::workshop_model::WorkshopReport;
use crate::{write_docx, write_pdf, ReportError};

/// The summary as a document: the workshop and its groups (portrait), the side-by-side tables
/// (landscape, one column per group), the notes (portrait).
pub fn workshop_summary_document(report: &WorkshopReport) -> Document {
    Document {
        metadata: Metadata {
            title: format!("{} – sammanfattning", report.workshop.name),
            author: report.council_name.clone(),
            created: report.generated_at,
        },
        sections: vec![
            groups::groups_section(report),
            side_by_side::side_by_side_section(report),
            notes::notes_section(report),
        ],
    }
}

pub fn workshop_summary_pdf(report: &WorkshopReport) -> Result<Vec<u8>, ReportError> {
    write_pdf(&workshop_summary_document(report))
}

pub fn workshop_summary_docx(report: &WorkshopReport) -> Result<Vec<u8>, ReportError> {
    write_docx(&workshop_summary_document(report))
}

/// "Rådet · Workshop aktivitetsplan 2022 · Sammanfattning", "Utskriven 23 sep 2022", pages; the
/// legend of the priority marks on the table pages.
fn footer(report: &WorkshopReport, with_legend: bool) -> Footer {
    Footer {
        // The council's short name: the workshop's name is long enough for the footer.
        left: format!(
            "Sammanfattning · {} · {}",
            report.workshop.name,
            crate::file_name::short_council_name(&report.council_name)
        ),
        centre: format!("Utskriven {}", report.printed_on()),
        page_numbers: true,
        note: with_legend.then(|| crate::plan::legend(report.workshop.plan_year)),
    }
}
