//! The plan's activities on the timeline: each understood item of a tidplan a mark or a bar on
//! the activity's one lane. An activity carried by a working group reads "Klart till
//! arbetsmöte i augusti" against that group's meetings, as the group's tasks do.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::item::{from_anchored, LanePlace, Owner};
use super::{focus_area_row, group_row, Gathered, TimelineLane, TimelineSource, UnreadTidplan};
use crate::activity::{self, ActivityFilter};
use crate::working_group::ResponsiblePerson;
use crate::working_group::{anchored, meetings_of, Meeting, MeetingOwner};
use crate::{Id, Result, Storage};

pub(super) fn gather(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
    out: &mut Gathered,
) -> Result<()> {
    let mut meetings: HashMap<Id, Vec<Meeting>> = HashMap::new();
    for a in activity::list(storage, plan_id, &ActivityFilter::default())? {
        let Some(schedule) = &a.schedule else {
            continue; // no tidplan written: nothing to draw, nothing misread
        };
        let source = TimelineSource::Activity(a.id);
        if !schedule.is_understood() {
            out.not_understood.push(UnreadTidplan {
                source,
                working_group_id: a.working_group_id,
                title: a.title.clone(),
                text: a.schedule_text.clone(),
                problems: super::groups::problems(schedule),
            });
        }
        let group_meetings: &[Meeting] = match a.working_group_id {
            Some(group) => match meetings.entry(group) {
                Entry::Occupied(found) => found.into_mut(),
                Entry::Vacant(slot) => slot.insert(meetings_of(
                    &storage.conn,
                    MeetingOwner::WorkingGroup(group),
                )?),
            },
            None => &[],
        };
        let lane = format!("activity:{}", a.id);
        let focus = focus_area_row(Some(a.focus_area_id));
        let group = group_row(a.working_group_id);
        let place = LanePlace {
            lane: &lane,
            focus_area_row: &focus,
            group_row: &group,
            working_group_id: a.working_group_id,
        };
        let responsible: Vec<ResponsiblePerson> = a
            .responsible_person_id
            .zip(a.responsible_person_name.clone())
            .map(|(person_id, name)| ResponsiblePerson { person_id, name })
            .into_iter()
            .collect();
        let owner = Owner {
            source,
            title: &a.title,
            priority: a.priority,
            status: Some(a.status),
            responsible: &responsible,
        };
        let before = out.items.len();
        let when = anchored(schedule, group_meetings);
        for (n, item) in when.items.iter().enumerate() {
            out.items
                .extend(from_anchored(n, item, &place, &owner, today));
        }
        if out.items.len() > before {
            out.lanes.push(TimelineLane {
                key: lane.clone(),
                title: a.title.clone(),
                focus_area_row: focus.clone(),
                group_row: group.clone(),
            });
        }
    }
    Ok(())
}
