//! The aktivitetsplan as a [`Document`]: a title section (council, mandate, overall goals, the
//! list of focus areas) and one landscape section per focus area with its table of activities.
//! Every writer (PDF, DOCX) prints what this builds.

mod focus_area;
mod footer;
mod title;

pub use footer::{legend, NATIONAL_MARK};
pub use title::{deferral_text, focus_area_line};

use crate::document::{Document, Metadata};
use crate::plan_model::PlanDocument;

/// The plan as a document.
pub fn plan_document_model(plan: &PlanDocument) -> Document {
    let mut sections = vec![title::title_section(plan)];
    sections.extend(
        plan.focus_areas
            .iter()
            .map(|area| focus_area::focus_area_section(plan, area)),
    );
    Document {
        metadata: Metadata {
            title: format!("Aktivitetsplan {} – {}", plan.year, plan.council_name),
            author: plan.council_name.clone(),
            created: plan.generated_at,
        },
        sections,
    }
}
