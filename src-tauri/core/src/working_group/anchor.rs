//! Anchoring a task's tidplan to the group's meetings. "Klart till arbetsmöte i augusti" means
//! the August work meeting: when the group has a meeting in that month, the task is due that
//! day, and follows the meeting when it moves (this is worked out every time tasks are read,
//! never copied into the task). Without a meeting in that month the month stands, approximate.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::Meeting;
use crate::schedule::{ItemKind, Schedule, ScheduleItem};
use crate::Id;

/// One understood date or period of a tidplan, after anchoring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnchoredItem {
    /// What the parser read, unchanged.
    pub item: ScheduleItem,
    /// The meeting's date when anchored, else the item's own.
    pub start: Option<NaiveDate>,
    /// Last day included; `None` for an ongoing item.
    pub end: Option<NaiveDate>,
    /// Not a precise day: a month with no meeting to anchor to, a term, "slutet av …".
    pub approximate: bool,
    /// The meeting this item is anchored to.
    pub meeting_id: Option<Id>,
}

/// A task's tidplan, anchored, and the day it is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskWhen {
    pub items: Vec<AnchoredItem>,
    /// The END of the latest item (a period's last day, the anchored meeting's day). `None`
    /// when nothing in the text was understood, when part of it was not (a due date is never
    /// guessed from half a tidplan), or when everything understood is ongoing.
    pub due: Option<NaiveDate>,
    /// The due date rests on an approximate item (a month with no meeting in it).
    pub due_approximate: bool,
}

/// `schedule` read against the group's `meetings` (any order; those without a date are not
/// anchors). A month item marked `meeting_anchor` takes the date of the group's first meeting in
/// that month: "Klart till arbetsmöte i augusti" is due at the earliest August meeting, the
/// safe reading when a month has two.
pub fn anchored(schedule: &Schedule, meetings: &[Meeting]) -> TaskWhen {
    let items: Vec<AnchoredItem> = schedule
        .items
        .iter()
        .map(|item| anchor_item(item, meetings))
        .collect();
    let due_item = schedule
        .is_understood()
        .then(|| {
            items
                .iter()
                .filter(|i| i.item.kind != ItemKind::Ongoing)
                .filter_map(|i| i.end.map(|end| (end, i.approximate)))
                .max_by_key(|(end, _)| *end)
        })
        .flatten();
    TaskWhen {
        items,
        due: due_item.map(|(end, _)| end),
        due_approximate: due_item.is_some_and(|(_, approximate)| approximate),
    }
}

fn anchor_item(item: &ScheduleItem, meetings: &[Meeting]) -> AnchoredItem {
    let meeting = item
        .start
        .filter(|_| item.meeting_anchor && item.kind == ItemKind::Month)
        .and_then(|month| {
            meetings
                .iter()
                .filter_map(|m| m.held_on.map(|day| (day, m.id)))
                .filter(|(day, _)| day.year() == month.year() && day.month() == month.month())
                .min()
        });
    match meeting {
        Some((day, id)) => AnchoredItem {
            item: item.clone(),
            start: Some(day),
            end: Some(day),
            approximate: false,
            meeting_id: Some(id),
        },
        None => AnchoredItem {
            item: item.clone(),
            start: item.start,
            end: item.end,
            approximate: item.approximate || item.meeting_anchor,
            meeting_id: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::parse;
    use crate::working_group::MeetingOwner;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn meeting(id: Id, held_on: Option<NaiveDate>) -> Meeting {
        Meeting {
            id,
            owner: MeetingOwner::WorkingGroup(1),
            held_on,
            when_text: if held_on.is_none() {
                "Slutet av augusti".into()
            } else {
                String::new()
            },
            starts_at: None,
            ends_at: None,
            mode: None,
            place: String::new(),
            purpose: String::new(),
            notes: String::new(),
        }
    }

    #[test]
    fn a_meeting_in_the_month_is_the_day() {
        let when = anchored(
            &parse("Klart till arbetsmöte i augusti", 2022),
            &[
                meeting(7, Some(d(2022, 5, 16))),
                meeting(8, Some(d(2022, 8, 25))),
            ],
        );
        assert_eq!(when.items[0].meeting_id, Some(8));
        assert_eq!(
            (when.due, when.due_approximate),
            (Some(d(2022, 8, 25)), false)
        );
    }

    #[test]
    fn without_a_meeting_that_month_the_month_stands_approximate() {
        let meetings = [meeting(7, Some(d(2022, 9, 14))), meeting(9, None)];
        let when = anchored(&parse("Klart till arbetsmöte i augusti", 2022), &meetings);
        assert_eq!(
            when.items[0].meeting_id, None,
            "September and an undated meeting are not August"
        );
        assert_eq!(
            (when.due, when.due_approximate),
            (Some(d(2022, 8, 31)), true)
        );
        let other_year = anchored(
            &parse("Klart till arbetsmöte i augusti", 2022),
            &[meeting(3, Some(d(2023, 8, 24)))],
        );
        assert_eq!(
            other_year.items[0].meeting_id, None,
            "August of another year"
        );
    }

    #[test]
    fn two_meetings_in_the_month_anchor_to_the_first() {
        let when = anchored(
            &parse("Klart till arbetsmöte i augusti", 2022),
            &[
                meeting(2, Some(d(2022, 8, 30))),
                meeting(1, Some(d(2022, 8, 10))),
            ],
        );
        assert_eq!(
            (when.items[0].meeting_id, when.due),
            (Some(1), Some(d(2022, 8, 10)))
        );
    }

    #[test]
    fn a_month_not_tied_to_a_meeting_is_not_anchored() {
        let when = anchored(&parse("augusti", 2022), &[meeting(1, Some(d(2022, 8, 10)))]);
        assert_eq!(
            (when.items[0].meeting_id, when.due),
            (None, Some(d(2022, 8, 31)))
        );
    }

    #[test]
    fn the_due_date_is_the_end_of_the_latest_item_and_never_guessed() {
        let due = |text: &str| anchored(&parse(text, 2022), &[]).due;
        assert_eq!(due("12/10 och 30/11"), Some(d(2022, 11, 30)));
        assert_eq!(
            due("12/10 - 7/11"),
            Some(d(2022, 11, 7)),
            "the end of a period"
        );
        assert_eq!(due("v. 37"), Some(d(2022, 9, 18)), "Sunday of the week");
        assert_eq!(due("Löpande"), None, "ongoing has no end");
        assert_eq!(due("när det passar"), None);
        assert_eq!(
            due("12/10 och när det passar"),
            None,
            "half understood is not a date"
        );
        assert_eq!(due(""), None);
    }
}
