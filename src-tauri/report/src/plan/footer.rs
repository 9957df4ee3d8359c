//! The plan's page footer, and the legend of the priority marks on table pages.

use crate::document::{Footer, Inline, Paragraph, ParagraphStyle, Run, Tone};
use crate::plan_model::PlanDocument;
use crate::priority_style::{meaning, LEGEND};
use radsplan_core::schedule::format_date;

/// The mark printed for activities to lift to the national level.
pub const NATIONAL_MARK: &str = "↑ Ja";

/// "Rådet · Aktivitetsplan 2022 · Utkast", "Utskriven 23 sep 2022", "Sida x av y".
pub fn footer(plan: &PlanDocument, with_legend: bool) -> Footer {
    Footer {
        left: format!(
            "{} · Aktivitetsplan {} · {}",
            plan.council_name, plan.year, plan.status_label
        ),
        centre: format!("Utskriven {}", format_date(plan.generated_at.date_naive())),
        page_numbers: true,
        note: with_legend.then(|| legend(plan.year)),
    }
}

/// "Prioritet: ● grön – högst prio, måste ske 2022 … ↑ Ja – lyfts till nationell nivå": the
/// plan's legend, also printed under the workshop's tables and on its group sheets.
pub fn legend(year: i32) -> Paragraph {
    let mut inlines = vec![Inline::Text(Run::bold("Prioritet: "))];
    for priority in LEGEND {
        inlines.push(Inline::Priority(priority));
        inlines.push(Inline::Text(Run::plain(format!(
            " – {}   ",
            meaning(priority, year)
        ))));
    }
    inlines.push(Inline::Text(
        Run::bold(NATIONAL_MARK).with_tone(Tone::Accent),
    ));
    inlines.push(Inline::Text(Run::plain(" – lyfts till nationell nivå")));
    Paragraph::of(ParagraphStyle::Note, inlines)
}
