//! The secretary's words in a lägesrapport: introduction, closing and the points for the AU's
//! decision, kept per AU meeting in `status_report_draft` and edited through `transact` (each
//! edit one undo step).

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::history::Tx;
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// "För beslut i AU": the matter, and the decision she proposes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionPoint {
    pub text: String,
    pub proposed_decision: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusReportDraft {
    pub intro: String,
    pub closing: String,
    pub decision_points: Vec<DecisionPoint>,
}

/// The draft for AU meeting `meeting_id`; empty when nothing was written yet.
pub(super) fn read(storage: &Storage, meeting_id: Id) -> Result<StatusReportDraft> {
    let found: Option<(String, String, String)> = storage
        .conn
        .query_row(
            "SELECT intro, closing, decision_points FROM status_report_draft
             WHERE committee_meeting_id = ?1",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((intro, closing, points)) = found else {
        return Ok(StatusReportDraft::default());
    };
    Ok(StatusReportDraft {
        intro,
        closing,
        decision_points: serde_json::from_str(&points).unwrap_or_default(),
    })
}

/// Which part of the draft an edit writes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "edit")]
pub enum DraftEdit {
    Intro { text: String },
    Closing { text: String },
    AddDecisionPoint { point: DecisionPoint },
    UpdateDecisionPoint { index: usize, point: DecisionPoint },
    RemoveDecisionPoint { index: usize },
}

impl DraftEdit {
    fn label(&self) -> &'static str {
        match self {
            DraftEdit::Intro { .. } => "Ändra lägesrapportens inledning",
            DraftEdit::Closing { .. } => "Ändra lägesrapportens avslutning",
            DraftEdit::AddDecisionPoint { .. } => "Lägg till beslutspunkt",
            DraftEdit::UpdateDecisionPoint { .. } => "Ändra beslutspunkt",
            DraftEdit::RemoveDecisionPoint { .. } => "Ta bort beslutspunkt",
        }
    }
}

/// Writes one edit of the draft for AU meeting `meeting_id` as one undo step; the draft is made
/// on the first edit. Refused with NotFound when the meeting is not one of the AU's.
pub fn edit_status_report_draft(
    storage: &mut Storage,
    now: Timestamp,
    meeting_id: Id,
    edit: &DraftEdit,
) -> Result<Outcome<()>> {
    storage.transact(edit.label(), now, |tx| {
        let is_au_meeting: bool = tx.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM meeting WHERE id = ?1 AND committee_id IS NOT NULL)",
            [meeting_id],
            |r| r.get(0),
        )?;
        if !is_au_meeting {
            return Err(CoreError::NotFound {
                entity: Entity::Meeting,
                id: meeting_id,
            });
        }
        let (id, mut draft) = draft_row(tx, meeting_id)?;
        match edit {
            DraftEdit::Intro { text } => draft.intro = text.trim().to_string(),
            DraftEdit::Closing { text } => draft.closing = text.trim().to_string(),
            DraftEdit::AddDecisionPoint { point } => draft.decision_points.push(checked(point)?),
            DraftEdit::UpdateDecisionPoint { index, point } => {
                *point_at(&mut draft, *index)? = checked(point)?;
            }
            DraftEdit::RemoveDecisionPoint { index } => {
                point_at(&mut draft, *index)?;
                draft.decision_points.remove(*index);
            }
        }
        let points = serde_json::to_string(&draft.decision_points)
            .map_err(|e| CoreError::Invalid(e.to_string()))?;
        tx.update(
            Entity::StatusReportDraft,
            id,
            &[
                ("intro", Value::Text(draft.intro)),
                ("closing", Value::Text(draft.closing)),
                ("decision_points", Value::Text(points)),
            ],
        )?;
        Ok(())
    })
}

fn checked(point: &DecisionPoint) -> Result<DecisionPoint> {
    let point = DecisionPoint {
        text: point.text.trim().to_string(),
        proposed_decision: point.proposed_decision.trim().to_string(),
    };
    if point.text.is_empty() {
        return Err(invalid(
            "Skriv vad AU ska besluta om i beslutspunkten (förslaget till beslut kan vänta).",
        ));
    }
    Ok(point)
}

fn point_at(draft: &mut StatusReportDraft, index: usize) -> Result<&mut DecisionPoint> {
    draft.decision_points.get_mut(index).ok_or_else(|| {
        CoreError::Conflict(
            "Beslutspunkten finns inte längre i utkastet. Uppdatera vyn och försök igen.".into(),
        )
    })
}

/// The draft's row id and content, made empty if the meeting had none.
fn draft_row(tx: &mut Tx, meeting_id: Id) -> Result<(Id, StatusReportDraft)> {
    let found: Option<(Id, String, String, String)> = tx
        .conn()
        .query_row(
            "SELECT id, intro, closing, decision_points FROM status_report_draft
             WHERE committee_meeting_id = ?1",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    if let Some((id, intro, closing, points)) = found {
        let draft = StatusReportDraft {
            intro,
            closing,
            decision_points: serde_json::from_str(&points).unwrap_or_default(),
        };
        return Ok((id, draft));
    }
    let id = tx.insert(
        Entity::StatusReportDraft,
        &[("committee_meeting_id", Value::Integer(meeting_id))],
    )?;
    Ok((id, StatusReportDraft::default()))
}
