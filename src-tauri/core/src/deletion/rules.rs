//! The registry: every foreign key to an entity, grouped by the entity being deleted, with why.
//! Within a group the order is the order rows are handled (and blocks are named).

use super::Dependent;
use crate::Entity::*;

pub const RULES: &[Dependent] = &[
    // A county is only a grouping of organisations: they stay in the register without a county.
    Dependent::detached(County, Organisation, "county_id"),
    // People stay in the register when their organisation goes; they may have moved on.
    Dependent::detached(Organisation, Person, "organisation_id"),
    // A person still part of the work is refused, not removed: removing them would silently
    // leave holes in groups and plans. The user takes them out or replaces them first.
    Dependent::blocks(Person, Membership, "person_id", "medlem i arbetsgrupp"),
    Dependent::blocks(
        Person,
        WorkshopMember,
        "person_id",
        "medlem i workshopgrupp",
    ),
    Dependent::blocks(
        Person,
        WorkshopGroup,
        "leader_person_id",
        "ledare för workshopgrupp",
    ),
    Dependent::blocks(
        Person,
        Activity,
        "responsible_person_id",
        "ansvarig för aktivitet",
    ),
    Dependent::blocks(
        Person,
        Task,
        "responsible_person_id",
        "ansvarig för uppgift",
    ),
    Dependent::blocks(Person, TaskResponsible, "person_id", "ansvarig för uppgift"),
    // A plan year owns everything planned in it. The record that a report was produced stays
    // (it is the council's record of what was sent); only its link to the plan goes.
    Dependent::removed(Plan, Goal, "plan_id"),
    Dependent::removed(Plan, FocusArea, "plan_id"),
    Dependent::removed(Plan, WorkingGroup, "plan_id"),
    Dependent::removed(Plan, Workshop, "plan_id"),
    Dependent::detached(Plan, ReportRecord, "plan_id"),
    // A focus area's activities go with it (the user may first move them elsewhere:
    // `ActivitiesOnDelete`). A working group outlives the theme it was set up under.
    Dependent::removed(FocusArea, Activity, "focus_area_id"),
    Dependent::detached(FocusArea, WorkingGroup, "focus_area_id"),
    // The workshop groups' assessments are about this activity and mean nothing without it. A
    // note the activity was made from is still a note of its workshop; next year's copy is
    // still next year's activity: both only lose the link.
    Dependent::removed(Activity, Assessment, "activity_id"),
    Dependent::detached(Activity, WorkshopNote, "activity_id"),
    Dependent::detached(Activity, Activity, "carried_from_id"),
    // A workshop's groups, notes and note categories exist only within it.
    Dependent::removed(Workshop, WorkshopGroup, "workshop_id"),
    Dependent::removed(Workshop, WorkshopNote, "workshop_id"),
    Dependent::removed(Workshop, WorkshopCategory, "workshop_id"),
    // A group's members and assessments are the group; its notes stay with the workshop.
    Dependent::removed(WorkshopGroup, WorkshopMember, "group_id"),
    Dependent::removed(WorkshopGroup, Assessment, "group_id"),
    Dependent::detached(WorkshopGroup, WorkshopNote, "group_id"),
    // A working group's mandate, members, tasks, meetings and reporting duties are the group.
    // Activities it carried out stay in the plan, without a group; report records stay.
    Dependent::removed(WorkingGroup, Mandate, "working_group_id"),
    Dependent::removed(WorkingGroup, Membership, "working_group_id"),
    Dependent::removed(WorkingGroup, Task, "working_group_id"),
    Dependent::removed(WorkingGroup, Meeting, "working_group_id"),
    Dependent::removed(WorkingGroup, ReportDuty, "working_group_id"),
    Dependent::detached(WorkingGroup, Activity, "working_group_id"),
    Dependent::detached(WorkingGroup, ReportRecord, "working_group_id"),
    // A task's responsible people are part of the task.
    Dependent::removed(Task, TaskResponsible, "task_id"),
    // The AU's meetings are the committee's; a report made for one of them stays on record.
    // A group that was to report at a deleted AU meeting no longer does: only the link goes.
    Dependent::removed(Committee, Meeting, "committee_id"),
    Dependent::detached(Meeting, ReportRecord, "committee_meeting_id"),
    // The draft of a lägesrapport is written for one AU meeting and means nothing without it.
    Dependent::removed(Meeting, StatusReportDraft, "committee_meeting_id"),
    Dependent::removed(Meeting, ReportDutyMeeting, "meeting_id"),
    Dependent::removed(ReportDuty, ReportDutyMeeting, "report_duty_id"),
];
