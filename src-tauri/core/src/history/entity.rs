use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Every kind of row the history can record; each maps to one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    Council,
    County,
    Goal,
    Organisation,
    Person,
    Plan,
    FocusArea,
    Activity,
    Workshop,
    WorkshopGroup,
    WorkshopMember,
    Assessment,
    WorkshopNote,
    WorkshopCategory,
    WorkingGroup,
    Mandate,
    Membership,
    Task,
    TaskResponsible,
    Meeting,
    Committee,
    ReportDuty,
    ReportDutyMeeting,
    ReportRecord,
    StatusReportDraft,
}

impl Entity {
    pub const ALL: [Entity; 25] = [
        Entity::Council,
        Entity::County,
        Entity::Goal,
        Entity::Organisation,
        Entity::Person,
        Entity::Plan,
        Entity::FocusArea,
        Entity::Activity,
        Entity::Workshop,
        Entity::WorkshopGroup,
        Entity::WorkshopMember,
        Entity::Assessment,
        Entity::WorkshopNote,
        Entity::WorkshopCategory,
        Entity::WorkingGroup,
        Entity::Mandate,
        Entity::Membership,
        Entity::Task,
        Entity::TaskResponsible,
        Entity::Meeting,
        Entity::Committee,
        Entity::ReportDuty,
        Entity::ReportDutyMeeting,
        Entity::ReportRecord,
        Entity::StatusReportDraft,
    ];

    /// The table holding this entity. A closed set of identifiers, safe to format into SQL.
    pub fn table(self) -> &'static str {
        match self {
            Entity::Council => "council",
            Entity::County => "county",
            Entity::Goal => "goal",
            Entity::Organisation => "organisation",
            Entity::Person => "person",
            Entity::Plan => "plan",
            Entity::FocusArea => "focus_area",
            Entity::Activity => "activity",
            Entity::Workshop => "workshop",
            Entity::WorkshopGroup => "workshop_group",
            Entity::WorkshopMember => "workshop_member",
            Entity::Assessment => "assessment",
            Entity::WorkshopNote => "workshop_note",
            Entity::WorkshopCategory => "workshop_category",
            Entity::WorkingGroup => "working_group",
            Entity::Mandate => "mandate",
            Entity::Membership => "membership",
            Entity::Task => "task",
            Entity::TaskResponsible => "task_responsible",
            Entity::Meeting => "meeting",
            Entity::Committee => "committee",
            Entity::ReportDuty => "report_duty",
            Entity::ReportDutyMeeting => "report_duty_meeting",
            Entity::ReportRecord => "report_record",
            Entity::StatusReportDraft => "status_report_draft",
        }
    }

    pub fn from_table(table: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.table() == table)
    }

    /// "Personen", "Organisationen" …: for messages such as "Personen finns inte längre".
    pub fn swedish_name_definite(self) -> &'static str {
        match self {
            Entity::Council => "Rådet",
            Entity::County => "Länet",
            Entity::Goal => "Målet",
            Entity::Organisation => "Organisationen",
            Entity::Person => "Personen",
            Entity::Plan => "Aktivitetsplanen",
            Entity::FocusArea => "Fokusområdet",
            Entity::Activity => "Aktiviteten",
            Entity::Workshop => "Workshopen",
            Entity::WorkshopGroup => "Workshopgruppen",
            Entity::WorkshopMember => "Gruppmedlemmen",
            Entity::Assessment => "Bedömningen",
            Entity::WorkshopNote => "Anteckningen",
            Entity::WorkshopCategory => "Kategorin",
            Entity::WorkingGroup => "Arbetsgruppen",
            Entity::Mandate => "Uppdragsbeskrivningen",
            Entity::Membership => "Medlemskapet",
            Entity::Task => "Uppgiften",
            Entity::TaskResponsible => "Ansvaret för uppgiften",
            Entity::Meeting => "Mötet",
            Entity::Committee => "Arbetsutskottet",
            Entity::ReportDuty => "Rapporteringen",
            Entity::ReportDutyMeeting => "Rapporteringen till AU-mötet",
            Entity::ReportRecord => "Rapporten",
            Entity::StatusReportDraft => "Utkastet till lägesrapporten",
        }
    }
}
