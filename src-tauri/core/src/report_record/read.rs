//! Reading the records: the list, one by id, the ones a file matches, the last sent report.

use rusqlite::{OptionalExtension, Row};

use super::{sha256_hex, ReportFormat, ReportKind, ReportRecord};
use crate::{CoreError, Entity, Id, Result, Storage};

const COLUMNS: &str = "id, kind, format, options, file_name, generated_at, history_point, \
     content_hash, plan_id, working_group_id, committee_meeting_id, period_start, period_end, sent";

/// The stored row, its kind and format still as text (checked by the caller).
struct Stored {
    record: ReportRecord,
    kind: String,
    format: String,
}

fn stored(row: &Row) -> rusqlite::Result<Stored> {
    Ok(Stored {
        kind: row.get(1)?,
        format: row.get(2)?,
        record: ReportRecord {
            id: row.get(0)?,
            kind: ReportKind::Plan,
            format: ReportFormat::Pdf,
            options: row.get(3)?,
            file_name: row.get(4)?,
            made_at: row.get(5)?,
            history_point: row.get(6)?,
            sha256: row.get(7)?,
            plan_id: row.get(8)?,
            working_group_id: row.get(9)?,
            committee_meeting_id: row.get(10)?,
            period_start: row.get(11)?,
            period_end: row.get(12)?,
            sent: row.get(13)?,
        },
    })
}

fn checked(stored: Stored) -> Result<ReportRecord> {
    Ok(ReportRecord {
        kind: ReportKind::from_stored(&stored.kind)?,
        format: ReportFormat::from_stored(&stored.format)?,
        ..stored.record
    })
}

impl Storage {
    fn report_records_where(
        &self,
        filter: &str,
        param: &dyn rusqlite::ToSql,
    ) -> Result<Vec<ReportRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM report_record WHERE {filter} ORDER BY id DESC");
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement
            .query_map([param], stored)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(checked).collect()
    }

    /// Every document on record, newest first.
    pub fn report_records(&self) -> Result<Vec<ReportRecord>> {
        self.report_records_where("?1 = 1", &1)
    }

    pub fn report_record(&self, id: Id) -> Result<ReportRecord> {
        let found = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM report_record WHERE id = ?1"),
                [id],
                stored,
            )
            .optional()?;
        checked(found.ok_or(CoreError::NotFound {
            entity: Entity::ReportRecord,
            id,
        })?)
    }

    /// The records whose file had exactly these bytes (newest first); empty when none did:
    /// the file was changed, or never made by this council's file.
    pub fn verify_file(&self, bytes: &[u8]) -> Result<Vec<ReportRecord>> {
        self.report_records_where("content_hash = ?1", &sha256_hex(bytes))
    }

    /// The last lägesrapport sent to the AU, if any: the next one starts at its period's end.
    pub fn last_sent_status_report(&self) -> Result<Option<ReportRecord>> {
        Ok(self
            .report_records_where("kind = 'status_report' AND sent = ?1", &1)?
            .into_iter()
            .next())
    }
}
