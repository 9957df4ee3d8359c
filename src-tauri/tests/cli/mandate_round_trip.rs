//! The app's own uppdragsbeskrivning read back: seed 004's group exported as Word by
//! `radsplan export mandate`, then imported by `radsplan import mandate` as a new group, keeps
//! its sections, tasks (one with two responsible members), members with their roles, and
//! meetings.

use radsplan_core::working_group::{self, TaskInput, WorkingGroup};
use radsplan_core::Storage;

use crate::{radsplan, text};

const SEED_004: &str = "Förenade anställningar";

fn groups(db: &std::path::Path) -> Vec<WorkingGroup> {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let plan = radsplan_core::plan::by_year(&storage, 2022)
        .expect("query")
        .expect("plan");
    working_group::list(&storage, plan.id)
        .expect("groups")
        .into_iter()
        .map(|g| working_group::get(&storage, g.id).expect("group"))
        .collect()
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '–', '•', '*'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// Sahra's task shared with the group's first member, in that order; the group as it is then.
fn with_two_responsible(db: &std::path::Path, group: &WorkingGroup) -> WorkingGroup {
    let mut storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let task = group
        .tasks
        .iter()
        .find(|t| t.responsible.iter().any(|r| r.name.starts_with("Sahra")))
        .expect("Sahra's task");
    let input = TaskInput {
        responsible_person_ids: vec![task.responsible[0].person_id, group.members[0].person_id],
        description: task.description.clone(),
        schedule_text: task.schedule_text.clone(),
        ..TaskInput::titled(&task.title)
    };
    working_group::update_task(&mut storage, chrono::Utc::now(), task.id, &input).expect("two");
    let group = working_group::get(&storage, group.id).expect("group");
    assert_eq!(
        group.tasks.iter().map(|t| t.responsible.len()).max(),
        Some(2),
        "a task with two responsible people goes out"
    );
    group
}

#[test]
fn a_mandate_the_app_wrote_comes_back_as_the_same_group() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let db_arg = db.to_str().expect("path");
    assert!(radsplan(&["example", db_arg]).status.success());
    let original = groups(&db)
        .into_iter()
        .find(|g| g.name.starts_with(SEED_004))
        .expect("seed 004's group");
    let original = with_two_responsible(&db, &original);

    let docx = dir.path().join("uppdrag.docx");
    let id = original.id.to_string();
    let out = radsplan(&[
        "export",
        "mandate",
        "--db",
        db_arg,
        "--group",
        &id,
        "--format",
        "docx",
        "--out",
        docx.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = radsplan(&[
        "import",
        "mandate",
        "--db",
        db_arg,
        "--year",
        "2022",
        "--file",
        docx.to_str().expect("path"),
    ]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );

    let after = groups(&db);
    let copy = after
        .iter()
        .find(|g| g.id != original.id && g.name == original.name)
        .unwrap_or_else(|| {
            panic!(
                "the imported group: {:?}",
                after.iter().map(|g| &g.name).collect::<Vec<_>>()
            )
        });
    assert_eq!(copy.focus_area_id, original.focus_area_id);

    let sections = |g: &WorkingGroup| {
        let m = &g.mandate.sections;
        [
            &m.background,
            &m.requirements,
            &m.method,
            &m.commissioner,
            &m.owner,
        ]
        .map(|t| lines(t))
    };
    assert_eq!(sections(copy), sections(&original));

    let tasks = |g: &WorkingGroup| {
        g.tasks
            .iter()
            .map(|t| {
                (
                    t.title.clone(),
                    t.schedule_text.clone(),
                    t.responsible
                        .iter()
                        .map(|r| r.person_id)
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(tasks(copy), tasks(&original));

    let members = |g: &WorkingGroup| {
        let mut m: Vec<_> = g.members.iter().map(|m| (m.person_id, m.role)).collect();
        m.sort_by_key(|(id, _)| *id);
        m
    };
    assert_eq!(members(copy), members(&original));

    let meetings = |g: &WorkingGroup| {
        g.meetings
            .iter()
            .map(|m| {
                (
                    m.held_on,
                    m.when_text.clone(),
                    m.mode,
                    m.place.clone(),
                    m.purpose.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(meetings(copy), meetings(&original));
}
