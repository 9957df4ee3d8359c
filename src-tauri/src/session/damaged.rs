//! A council file that is damaged when she opens it: the window offers its newest good backup
//! (issue 6, *Health check*). The damaged file is kept aside, never deleted.

use std::path::{Path, PathBuf};

use radsplan_core::backup::{self, BackupInfo, LocalTime};
use radsplan_core::error::{ApiError, ErrorCode};
use radsplan_core::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use super::Session;

/// The file that could not be opened because it is damaged, and what can bring it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DamagedFile {
    pub path: String,
    /// The file name without folder and extension.
    pub name: String,
    /// The newest backup that passed its check, or null when there is none to offer.
    pub backup: Option<BackupInfo>,
}

impl Session {
    /// After `open` failed: remembers a damaged file with what can be offered for it.
    pub(super) fn note_if_damaged(&mut self, path: &Path, error: &ApiError) {
        if !matches!(error.code, ErrorCode::Damaged | ErrorCode::NotADatabase) {
            return;
        }
        let folder = backup::folder_for(&self.data_dir, path);
        self.damaged = Some(DamagedFile {
            path: path.display().to_string(),
            name: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            backup: backup::newest_verified(&folder).ok().flatten(),
        });
    }

    /// Puts the newest good backup in the damaged file's place and opens it; the damaged file
    /// is kept beside it as "NAME (skadad DATE TIME).radsplan", and the notice says so.
    pub fn restore_damaged(&mut self, now: Timestamp, local: LocalTime) -> Result<(), ApiError> {
        let Some(DamagedFile {
            path,
            backup: Some(good),
            ..
        }) = self.damaged.clone()
        else {
            return Err(ApiError {
                code: ErrorCode::NotFound,
                message: "Det finns ingen skadad fil med en säkerhetskopia att återställa. \
                          Öppna filen igen om du vill försöka på nytt."
                    .into(),
            });
        };
        let path = PathBuf::from(path);
        let rescued = backup::restore_over_damaged(&path, Path::new(&good.path), local)?;
        self.open(&path, now)?;
        self.notice = Some(restored_notice(&good, &rescued.damaged_kept_as));
        Ok(())
    }

    /// "Inte nu": the offer goes away; the damaged file stays as it is.
    pub fn dismiss_damaged(&mut self) {
        self.damaged = None;
    }
}

fn restored_notice(good: &BackupInfo, kept: &Path) -> String {
    let when = good.taken_at.replace('T', " ");
    let when = when.get(..16).unwrap_or(&when);
    format!(
        "Filen är återställd från säkerhetskopian {when}. Det som ändrades efter den finns inte \
         med. Den skadade filen är sparad som {}; ta inte bort den förrän du vet att allt finns \
         med.",
        kept.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn local() -> LocalTime {
        chrono::FixedOffset::east_opt(3600)
            .and_then(|o| o.with_ymd_and_hms(2026, 11, 30, 9, 15, 0).single())
            .expect("time")
    }

    /// A session that backed the example up on opening, then a file damaged by a sync client.
    fn damaged_after_a_backup() -> (tempfile::TempDir, Session, PathBuf) {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("Mitt råd.radsplan");
        let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
        session
            .adopt(radsplan_core::example::write(&file).expect("example"))
            .expect("adopt");
        session.backup_now().expect("backup");
        session.close().expect("close");
        let mut bytes = std::fs::read(&file).expect("read");
        bytes[100..].fill(0xA5);
        std::fs::write(&file, bytes).expect("damage");
        (dir, session, file)
    }

    #[test]
    fn a_damaged_file_at_opening_is_offered_its_newest_good_backup_and_kept_aside() {
        let (dir, mut session, file) = damaged_after_a_backup();
        let error = session
            .open(&file, chrono::Utc::now())
            .expect_err("damaged");
        assert_eq!(error.code, ErrorCode::Damaged, "{}", error.message);
        let offer = session.status().damaged_file.expect("offered");
        assert_eq!(offer.name, "Mitt råd");
        let good = offer.backup.expect("a good backup");
        assert!(good.verified);

        session
            .restore_damaged(chrono::Utc::now(), local())
            .expect("restored");

        let status = session.status();
        assert_eq!(status.damaged_file, None, "the offer is answered");
        assert_eq!(
            status.file.as_deref(),
            Some(file.display().to_string().as_str())
        );
        let kept = dir
            .path()
            .join("Mitt råd (skadad 2026-11-30 09.15).radsplan");
        assert!(kept.is_file(), "the damaged file is kept aside");
        let notice = status.notice.expect("told");
        assert!(
            notice.contains(&kept.display().to_string()),
            "says where: {notice}"
        );
        assert!(
            notice.contains("ändrades efter"),
            "says what is lost: {notice}"
        );
        assert!(session
            .storage()
            .expect("open")
            .is_consistent()
            .expect("ok"));
    }

    #[test]
    fn without_a_backup_the_damaged_file_is_named_and_nothing_is_offered_or_moved() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("Aldrig kopierad.radsplan");
        std::fs::write(&file, b"SQLite format 3\0 but nothing else").expect("write");
        let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
        assert!(session.open(&file, chrono::Utc::now()).is_err());
        let offer = session.status().damaged_file.expect("named");
        assert_eq!(offer.backup, None);
        let error = session
            .restore_damaged(chrono::Utc::now(), local())
            .expect_err("nothing to restore");
        assert_eq!(error.code, ErrorCode::NotFound);
        assert!(file.is_file(), "left where it was");
        session.dismiss_damaged();
        assert_eq!(session.status().damaged_file, None);
    }

    #[test]
    fn a_missing_file_is_not_called_damaged() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("Saknas.radsplan");
        let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
        assert!(session.open(&file, chrono::Utc::now()).is_err());
        assert_eq!(
            session.status().damaged_file,
            None,
            "a missing file is not damaged"
        );
    }
}
