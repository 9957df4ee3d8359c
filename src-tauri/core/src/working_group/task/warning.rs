//! Warnings about a task that do not stop it being saved.

use chrono::NaiveDate;

use crate::schedule::format_date;

/// A task due before the AU decided on the group: possible (work may start early), but more
/// often a wrong year or a mistyped date, so it is said, not refused.
pub(in crate::working_group) fn before_decision(
    title: &str,
    due: NaiveDate,
    decided: NaiveDate,
) -> String {
    format!(
        "Aktiviteten ”{title}” ska vara klar {} men arbetsutskottet beslutade om gruppen först {}. \
         Kontrollera tidplanen; aktiviteten importeras ändå.",
        format_date(due),
        format_date(decided)
    )
}
