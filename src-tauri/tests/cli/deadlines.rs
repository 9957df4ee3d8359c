//! `radsplan deadlines`: the example council's tasks and reporting as a table, seen from a fixed
//! day.

use crate::{arg, example_db, radsplan, text};

fn example() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("dir");
    let db = arg(&example_db(dir.path())).to_string();
    (dir, db)
}

/// `radsplan deadlines` of 2022 seen from 1 Oct 2022: its output, which must be a success.
fn seen_from_1_october(db: &str) -> String {
    let output = radsplan(&[
        "deadlines",
        "--db",
        db,
        "--year",
        "2022",
        "--today",
        "2022-10-01",
    ]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    text(&output.stdout)
}

fn lines_with<'a>(stdout: &'a str, needle: &str) -> Vec<&'a str> {
    stdout.lines().filter(|l| l.contains(needle)).collect()
}

#[test]
fn deadlines_lists_every_task_with_its_day_and_state_in_swedish() {
    let (_dir, db) = example();
    let stdout = seen_from_1_october(&db);
    let mut lines = stdout.lines();
    let header = lines.next().expect("a header");
    assert!(
        header.starts_with("Arbetsgrupp") && header.contains("Vad") && header.ends_with("Läge"),
        "{header}"
    );
    // Seed 004: "Klart till arbetsmöte i augusti" is anchored to 25 aug 2022, so late on 1 oct.
    let anchored = lines_with(&stdout, "25 aug 2022");
    assert!(!anchored.is_empty(), "{stdout}");
    assert!(
        anchored.iter().all(|l| l.trim_end().ends_with("Sen")),
        "{stdout}"
    );
    // Seed 002: the Kunskapssammanställning, due on its last date, more than 30 days away.
    let compilation = lines_with(&stdout, "Kunskapssammanställning");
    assert!(
        compilation
            .iter()
            .any(|l| l.contains("30 nov 2022") && l.trim_end().ends_with("Senare")),
        "{stdout}"
    );
    // Columns line up in characters, å/ä/ö included: "Vad" starts at the same place on every row.
    let column = header.find("Vad").map(|b| header[..b].chars().count());
    for line in stdout.lines().skip(1) {
        let chars: Vec<char> = line.chars().collect();
        let at = column.expect("column");
        assert!(
            chars.len() > at && chars[at - 1] == ' ' && chars[at] != ' ',
            "{line:?}"
        );
    }
}

#[test]
fn deadlines_within_days_keeps_what_is_late_or_due_soon_and_not_done() {
    let (_dir, db) = example();
    let all = text(
        &radsplan(&[
            "deadlines",
            "--db",
            &db,
            "--year",
            "2022",
            "--today",
            "2022-10-01",
        ])
        .stdout,
    );
    let soon = radsplan(&[
        "deadlines",
        "--db",
        &db,
        "--year",
        "2022",
        "--today",
        "2022-10-01",
        "--within",
        "14",
    ]);
    assert!(soon.status.success(), "stderr: {}", text(&soon.stderr));
    let soon = text(&soon.stdout);
    assert!(soon.lines().count() < all.lines().count(), "{soon}");
    assert!(!soon.contains("30 nov 2022"), "{soon}");
    assert!(
        !lines_with(&soon, "25 aug 2022").is_empty(),
        "late stays: {soon}"
    );
    for line in soon.lines().skip(1) {
        assert!(
            !line.trim_end().ends_with("Klar") && !line.trim_end().ends_with("Senare"),
            "{line}"
        );
    }
}

#[test]
fn deadlines_of_a_year_without_a_plan_or_with_a_bad_flag_fail_in_swedish() {
    let (_dir, db) = example();
    let output = radsplan(&["deadlines", "--db", &db, "--year", "2031"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("Det finns ingen aktivitetsplan för 2031"));
    let output = radsplan(&["deadlines", "--db", &db, "--within", "snart"]);
    assert_ne!(output.status.code(), Some(0));
    assert!(text(&output.stderr).contains("--within vill ha ett antal dagar"));
    let output = radsplan(&["deadlines", "--db", &db, "--today", "1/10"]);
    assert!(text(&output.stderr).contains("--today vill ha ett datum som 2022-10-01"));
}

#[test]
fn deadlines_name_every_responsible_person_of_a_task() {
    let (_dir, db) = example();
    {
        use radsplan_core::working_group::{self, TaskInput};
        let mut storage =
            radsplan_core::Storage::open(std::path::Path::new(&db), chrono::Utc::now())
                .expect("open");
        let plan = radsplan_core::plan::by_year(&storage, 2022)
            .expect("query")
            .expect("plan");
        let group = working_group::list(&storage, plan.id)
            .expect("groups")
            .into_iter()
            .find(|g| g.name.starts_with("Kartlägga befintliga modeller"))
            .expect("seed 002's group");
        let group = working_group::get(&storage, group.id).expect("group");
        let task = group
            .tasks
            .iter()
            .find(|t| t.title == "Kunskapssammanställning")
            .expect("task");
        let input = TaskInput {
            responsible_person_ids: vec![group.members[0].person_id, group.members[1].person_id],
            schedule_text: task.schedule_text.clone(),
            ..TaskInput::titled(&task.title)
        };
        working_group::update_task(&mut storage, chrono::Utc::now(), task.id, &input)
            .expect("two responsible");
    }
    let stdout = seen_from_1_october(&db);
    let header = stdout.lines().next().expect("header");
    assert!(header.contains("Ansvarig"), "{header}");
    let line = lines_with(&stdout, "Kunskapssammanställning");
    assert!(
        line.iter()
            .any(|l| l.contains("Karin Ekdahl och Johan Nyström")),
        "{stdout}"
    );
}
