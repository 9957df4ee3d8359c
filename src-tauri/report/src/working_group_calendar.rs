//! The working groups' meetings and deadlines as a calendar for Outlook: the one place where the
//! calendar reads core, so the .ics writer works on plain data. What has no date yet (a meeting
//! "Slutet av november", a tidplan not understood) cannot be put in a calendar; it is listed
//! instead, so whoever exports can say what did not come along.
//! The calendar of every group also holds the AU's meetings, the dates the groups report to.

use chrono::{NaiveDate, NaiveTime};
use radsplan_core::working_group::{
    self, Deadline, DeadlineFilter, DeadlineKind, DeadlineState, Meeting, MeetingMode,
};
use radsplan_core::{council, plan, CoreError, Id, Storage};

use crate::calendar::{Calendar, CalendarEvent, EventTime};
use crate::file_name::short_council_name;

/// The calendar, and what was left out of it for want of a date ("Avstämning (Slutet av
/// november)"), in the order met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCalendar {
    pub calendar: Calendar,
    pub undated: Vec<String>,
}

/// One group's meetings and deadlines (`group`), or those of every group in every plan year.
/// `today` is passed on to core's deadline list; the events themselves are the same on any day.
pub fn working_group_calendar(
    storage: &Storage,
    group: Option<Id>,
    today: NaiveDate,
) -> Result<GroupCalendar, CoreError> {
    let groups: Vec<(Id, Id, String)> = match group {
        Some(id) => {
            let g = working_group::get(storage, id)?;
            vec![(g.id, g.plan_id, g.name)]
        }
        None => {
            let mut all = Vec::new();
            for plan in plan::list(storage)? {
                for g in working_group::list(storage, plan.id)? {
                    all.push((g.id, g.plan_id, g.name));
                }
            }
            all
        }
    };
    let name = match (group, groups.first()) {
        (Some(_), Some((_, _, name))) => name.clone(),
        _ => {
            let council = short_council_name(&council::profile(storage)?.name);
            format!("Arbetsgrupper {council}").trim().to_string()
        }
    };
    let several = group.is_none();
    let mut out = GroupCalendar {
        calendar: Calendar {
            name,
            events: Vec::new(),
        },
        undated: Vec::new(),
    };
    for (id, plan_id, group_name) in &groups {
        // The item first: Outlook's day cells show only the start of a title, and the group
        // names are long.
        let titled = |text: &str| {
            if several {
                format!("{text} – {group_name}")
            } else {
                text.to_string()
            }
        };
        for meeting in working_group::get(storage, *id)?.meetings {
            match meeting_event(&meeting, &format!("Arbetsgrupp: {group_name}")) {
                Some(mut event) => {
                    event.summary = titled(&event.summary);
                    out.calendar.events.push(event);
                }
                None => out.undated.push(titled(&undated_meeting(&meeting))),
            }
        }
        let filter = DeadlineFilter {
            working_group_id: Some(*id),
            ..DeadlineFilter::default()
        };
        for deadline in working_group::deadlines(storage, *plan_id, today, &filter)? {
            match deadline_event(&deadline) {
                Some(mut event) => {
                    event.summary = titled(&event.summary);
                    out.calendar.events.push(event);
                }
                None => out.undated.push(titled(&deadline.title)),
            }
        }
    }
    if several {
        if let Some(committee) = working_group::committee(storage, None)? {
            let label = committee_label(&committee.short_name, &committee.name);
            for meeting in &committee.meetings {
                match meeting_event(meeting, &format!("Arbetsutskott: {}", committee.name)) {
                    Some(mut event) => {
                        event.summary = format!("{} – {label}", event.summary);
                        out.calendar.events.push(event);
                    }
                    None => out
                        .undated
                        .push(format!("{} – {label}", undated_meeting(meeting))),
                }
            }
        }
    }
    Ok(out)
}

/// "AU", or the committee's name when it has no short one.
fn committee_label<'a>(short_name: &'a str, name: &'a str) -> &'a str {
    match short_name.trim() {
        "" => name.trim(),
        short => short,
    }
}

/// A dated meeting: at its times when both are set, otherwise the whole day (with the start
/// time, if any, in the description), described first by whose it is (`owner_line`). None
/// without a date.
fn meeting_event(meeting: &Meeting, owner_line: &str) -> Option<CalendarEvent> {
    let date = meeting.held_on?;
    let start = meeting.starts_at.as_deref().and_then(clock);
    let end = meeting.ends_at.as_deref().and_then(clock);
    let mut description = vec![owner_line.to_string()];
    let when = match (start, end) {
        (Some(start), Some(end)) if end > start => EventTime::Timed { date, start, end },
        (start, _) => {
            if let Some(start) = start {
                description.push(format!("Börjar kl. {}", start.format("%H:%M")));
            }
            EventTime::AllDay {
                first: date,
                last: date,
            }
        }
    };
    if !meeting.notes.trim().is_empty() {
        // After a blank line, as typed: Outlook shows the lines and lists as they were written.
        description.push(String::new());
        description.push(meeting.notes.trim().to_string());
    }
    let summary = match meeting.purpose.trim() {
        "" => "Möte".to_string(),
        purpose => purpose.to_string(),
    };
    let location = match (meeting.mode, meeting.place.trim()) {
        (Some(MeetingMode::Digital), "") => "Teams".to_string(),
        (_, place) => place.to_string(),
    };
    Some(CalendarEvent {
        uid_key: format!("meeting/{}", meeting.id),
        summary,
        description: description.join("\n"),
        location,
        when,
    })
}

fn undated_meeting(meeting: &Meeting) -> String {
    let purpose = match meeting.purpose.trim() {
        "" => "Möte",
        purpose => purpose,
    };
    match meeting.when_text.trim() {
        "" => purpose.to_string(),
        when => format!("{purpose} ({when})"),
    }
}

/// A deadline as the whole day it is due. None without a due day.
fn deadline_event(deadline: &Deadline) -> Option<CalendarEvent> {
    let due = deadline.due?;
    let mut summary = format!("Sista dag: {}", deadline.title);
    if deadline.state == DeadlineState::Done {
        summary.push_str(" (klar)");
    }
    let mut description = vec![format!("Arbetsgrupp: {}", deadline.working_group_name)];
    if !deadline.responsible.trim().is_empty() {
        description.push(format!("Ansvarig: {}", deadline.responsible.trim()));
    }
    if !deadline.schedule_text.trim().is_empty() {
        description.push(format!("Tidplan: {}", deadline.schedule_text.trim()));
    }
    if deadline.due_approximate {
        description.push("Ungefärligt datum: tidplanen anger ingen exakt dag.".to_string());
    }
    let uid_key = match deadline.what {
        DeadlineKind::Task(id) => format!("task/{id}/due"),
        DeadlineKind::ReportDuty(id) => format!("report-duty/{id}/due"),
        DeadlineKind::AuReport(id) => format!("au-report/{id}/due"),
    };
    Some(CalendarEvent {
        uid_key,
        summary,
        description: description.join("\n"),
        location: String::new(),
        when: EventTime::AllDay {
            first: due,
            last: due,
        },
    })
}

/// "13:00" (core stores times as HH:MM).
fn clock(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}
