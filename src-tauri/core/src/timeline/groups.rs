//! The working groups on the timeline: each task's tidplan anchored to the group's meetings
//! (the same reading that gives its deadline), the group's meetings, its återrapport due at the
//! year's end, and the AU's meetings. Cancelled groups and tasks are left out, as in the
//! deadlines: they are not due any more.

use chrono::NaiveDate;

use super::item::{day_mark, from_anchored, LanePlace, Owner};
use super::{
    focus_area_row, group_row, Gathered, TimelineLane, TimelineSource, UnreadTidplan, COMMITTEE_ROW,
};
use crate::schedule::{NotUnderstood, Schedule};
use crate::working_group::{
    self, committee, meetings_of, report_duties_of, tasks_of, DeadlineState, MeetingOwner,
    ReportDutyKind, TaskStatus, WorkingGroupStatus,
};
use crate::{Id, Result, Storage};

/// Gathers the groups' and the AU's items; returns the groups drawn, (id, name) in order.
pub(super) fn gather(
    storage: &Storage,
    plan_id: Id,
    year: i32,
    today: NaiveDate,
    out: &mut Gathered,
) -> Result<Vec<(Id, String)>> {
    let conn = &storage.conn;
    let mut drawn = Vec::new();
    for group in working_group::list(storage, plan_id)? {
        if group.status == WorkingGroupStatus::Cancelled {
            continue;
        }
        drawn.push((group.id, group.name.clone()));
        let focus = focus_area_row(group.focus_area_id);
        let row = group_row(Some(group.id));
        let lane = |out: &mut Gathered, key: String, title: String| {
            out.lanes.push(TimelineLane {
                key,
                title,
                focus_area_row: focus.clone(),
                group_row: row.clone(),
            });
        };
        let meetings = meetings_of(conn, MeetingOwner::WorkingGroup(group.id))?;
        for task in tasks_of(conn, group.id, year, &meetings)? {
            if task.status == TaskStatus::Cancelled {
                continue;
            }
            let source = TimelineSource::Task(task.id);
            if let Some(schedule) = task.schedule.as_ref().filter(|s| !s.is_understood()) {
                out.not_understood.push(UnreadTidplan {
                    source,
                    working_group_id: Some(group.id),
                    title: task.title.clone(),
                    text: task.schedule_text.clone(),
                    problems: problems(schedule),
                });
            }
            let key = format!("task:{}", task.id);
            let place = LanePlace {
                lane: &key,
                focus_area_row: &focus,
                group_row: &row,
                working_group_id: Some(group.id),
            };
            let owner = Owner {
                source,
                title: &task.title,
                priority: None,
                status: Some(task.status),
                responsible: &task.responsible,
            };
            let before = out.items.len();
            for (n, item) in task.when.items.iter().enumerate() {
                out.items
                    .extend(from_anchored(n, item, &place, &owner, today));
            }
            if out.items.len() > before {
                lane(out, key, task.title.clone());
            }
        }

        let key = format!("meetings:{}", group.id);
        let place = LanePlace {
            lane: &key,
            focus_area_row: &focus,
            group_row: &row,
            working_group_id: Some(group.id),
        };
        let title = format!("Möte i {}", group.name);
        let before = out.items.len();
        for meeting in &meetings {
            if let Some(day) = meeting.held_on {
                let source = TimelineSource::Meeting(meeting.id);
                out.items.push(day_mark(source, day, &place, &title, false));
            }
        }
        if out.items.len() > before {
            lane(out, key, format!("Möten – {}", group.name));
        }

        let key = format!("reports:{}", group.id);
        let place = LanePlace {
            lane: &key,
            focus_area_row: &focus,
            group_row: &row,
            working_group_id: Some(group.id),
        };
        let title = format!("Återrapport från {}", group.name);
        let before = out.items.len();
        for duty in report_duties_of(conn, group.id)? {
            let Some(due) = duty.due_on.filter(|_| duty.kind == ReportDutyKind::YearEnd) else {
                continue;
            };
            let state = DeadlineState::of(Some(due), duty.delivered_on.is_some(), today);
            let source = TimelineSource::ReportDuty(duty.id);
            out.items.push(day_mark(
                source,
                due,
                &place,
                &title,
                state == DeadlineState::Late,
            ));
        }
        if out.items.len() > before {
            lane(out, key, format!("Återrapport – {}", group.name));
        }
    }
    committee_meetings(storage, year, out)?;
    Ok(drawn)
}

/// The AU's meetings of the plan year, on one lane under "Arbetsutskottet".
fn committee_meetings(storage: &Storage, year: i32, out: &mut Gathered) -> Result<()> {
    let Some(au) = committee(storage, Some(year))? else {
        return Ok(());
    };
    let place = LanePlace {
        lane: COMMITTEE_ROW,
        focus_area_row: COMMITTEE_ROW,
        group_row: COMMITTEE_ROW,
        working_group_id: None,
    };
    let title = format!("Möte i {}", au.short_name);
    let before = out.items.len();
    for meeting in &au.meetings {
        if let Some(day) = meeting.held_on {
            let source = TimelineSource::CommitteeMeeting(meeting.id);
            out.items.push(day_mark(source, day, &place, &title, false));
        }
    }
    if out.items.len() > before {
        out.lanes.push(TimelineLane {
            key: COMMITTEE_ROW.to_string(),
            title: au.name,
            focus_area_row: COMMITTEE_ROW.to_string(),
            group_row: COMMITTEE_ROW.to_string(),
        });
    }
    Ok(())
}

/// Why a tidplan is listed as not understood: its fragments, or, when nothing in it could be
/// read at all, the whole text.
pub(super) fn problems(schedule: &Schedule) -> Vec<NotUnderstood> {
    if schedule.not_understood.is_empty() {
        return vec![NotUnderstood {
            text: schedule.text.clone(),
            reason: "Inget datum eller period gick att läsa ur texten.".to_string(),
        }];
    }
    schedule.not_understood.clone()
}
