//! What the session is told about itself in these tests: recent files, notices, moving.

use super::*;

fn now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2022-09-23T12:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc)
}

#[test]
fn a_reopened_file_opens_on_the_plan_year_last_shown_and_is_among_the_recent_files() {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config/settings.json");
    let file = dir.path().join("Vårdkompetensråd Norr.radsplan");
    let mut session = Session::new(config.clone(), dir.path().to_path_buf());
    session
        .adopt(radsplan_core::example::write(&file).expect("example"))
        .expect("adopt");
    assert_eq!(session.status().plan_year, None, "nothing remembered yet");
    session.remember_plan_year(2021).expect("remember");
    session.close().expect("close");

    // A restart: a new session reads the config written by the last one.
    let mut again = Session::new(config, dir.path().to_path_buf());
    let recent = again.status().recent_files;
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0].name, "Vårdkompetensråd Norr");
    assert!(!recent[0].missing);
    again.open(&file, now()).expect("open");
    assert_eq!(again.status().plan_year, Some(2021));

    again.close().expect("close");
    std::fs::remove_file(&file).expect("remove");
    assert!(
        again.status().recent_files[0].missing,
        "a file that is gone is marked"
    );
    again.forget_recent(&file);
    assert!(again.status().recent_files.is_empty());
}

#[test]
fn a_file_in_a_synced_folder_is_explained_once_and_a_recovery_is_always_told() {
    let dir = tempfile::tempdir().expect("dir");
    let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
    let synced = dir.path().join("OneDrive - Regionen").join("Råd.radsplan");
    let now = chrono::Utc::now();
    let storage = radsplan_core::council::create(&synced, "Rådet", now).expect("create");
    session.adopt(storage).expect("adopt");
    let notice = session.status().notice.expect("explained the first time");
    assert!(notice.contains("OneDrive"), "{notice}");
    session.close().expect("close");
    session.open(&synced, now).expect("reopen");
    assert_eq!(session.status().notice, None, "only once per file");
    assert!(AppConfig::load(&dir.path().join("settings.json"))
        .risky_explained
        .contains(&synced));
    assert!(!session.status().read_only);
}

#[test]
fn moving_out_of_a_synced_folder_opens_the_copy_first_and_keeps_the_original_listed() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let mut session = Session::new(dir.path().join("settings.json"), data.clone());
    let other = dir.path().join("Annat råd.radsplan");
    let storage = radsplan_core::council::create(&other, "Annat", now()).expect("create");
    session.adopt(storage).expect("adopt");
    let synced = dir
        .path()
        .join("OneDrive - Region Örebro län")
        .join("Rådet.radsplan");
    let storage = radsplan_core::council::create(&synced, "Rådet", now()).expect("create");
    session.adopt(storage).expect("adopt");
    session.remember_plan_year(2023).expect("remember");
    let status = session.status();
    assert_eq!(status.risky_place, Some(RiskyPlace::OneDrive));
    assert!(status.notice.expect("explained").contains("datamapp"));

    session.move_to_data_folder(now()).expect("moved");

    let moved = data.join("Rådet.radsplan");
    let status = session.status();
    assert_eq!(status.file, Some(moved.display().to_string()));
    assert_eq!(status.council_name.as_deref(), Some("Rådet"));
    assert_eq!(status.risky_place, None, "the data folder is safe");
    let recent: Vec<_> = status.recent_files.iter().map(|f| f.path.clone()).collect();
    assert_eq!(
        recent,
        [&moved, &synced, &other].map(|p| p.display().to_string()),
        "the copy first, the original still listed as a shortcut"
    );
    let notice = status.notice.expect("says what happened");
    assert!(notice.contains(&moved.display().to_string()), "{notice}");
    assert!(notice.contains(&synced.display().to_string()), "{notice}");
    assert!(notice.contains("orört"), "{notice}");
    assert_eq!(status.plan_year, Some(2023), "opens on the same year");
    assert!(synced.is_file(), "the original is never deleted");

    let again = session
        .move_to_data_folder(now())
        .expect_err("already there");
    assert_eq!(again.code, ErrorCode::Conflict);
    assert!(again.message.contains("redan i Rådsplans datamapp"));
}

#[cfg(unix)]
#[test]
fn a_file_deleted_while_open_is_written_back_and_she_is_told_where() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("Rådet.radsplan");
    let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
    session
        .adopt(radsplan_core::example::write(&file).expect("example"))
        .expect("adopt");
    std::fs::remove_file(&file).expect("deleted by a clean-up tool");
    assert_eq!(
        session.status().notice,
        None,
        "nothing to tell before it is noticed"
    );

    let storage = session.storage().expect("open");
    radsplan_core::council::update(storage, now(), "Rådet i nytt namn", "")
        .expect("the edit is saved");

    let notice = session.status().notice.expect("told");
    assert!(notice.contains("togs bort eller flyttades"), "{notice}");
    assert!(notice.contains(&file.display().to_string()), "{notice}");
    session.close_file().expect("close");
    let reopened = Storage::open(&file, now()).expect("back at its place");
    assert_eq!(
        radsplan_core::council::profile(&reopened)
            .expect("profile")
            .name,
        "Rådet i nytt namn"
    );
}
