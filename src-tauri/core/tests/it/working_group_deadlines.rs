//! Deadlines across the plan's groups over a fixed today: tasks by their anchored tidplan's
//! end, reporting duties by their due date; late, within 14 and 30 days, later, done, unknown.

use chrono::NaiveDate;
use radsplan_core::working_group::{
    self, Deadline, DeadlineFilter, DeadlineKind, DeadlineState, TaskInput, TaskStatus,
};
use radsplan_core::{Id, Storage};

use crate::builders::now;
use crate::plans::{example, plan_2022};
use crate::working_group_groups::{example_group, CAREER_PATHS, COMBINED};

use DeadlineState::{Done, Late, Later, Unknown, Within14Days, Within30Days};

fn day(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2022, m, d)
}

fn all(storage: &Storage, today: NaiveDate, filter: &DeadlineFilter) -> Vec<Deadline> {
    working_group::deadlines(storage, plan_2022(storage), today, filter).expect("deadlines")
}

/// Changes a task of the group found by title, keeping the rest of it.
fn edit_task(storage: &mut Storage, group: Id, title: &str, change: impl FnOnce(&mut TaskInput)) {
    let task = working_group::get(storage, group)
        .expect("get")
        .tasks
        .into_iter()
        .find(|t| t.title == title)
        .unwrap_or_else(|| panic!("task {title}"));
    let mut input = TaskInput {
        title: task.title,
        description: task.description,
        responsible_person_ids: task.responsible.iter().map(|r| r.person_id).collect(),
        responsible_text: task.responsible_text,
        schedule_text: task.schedule_text,
        status: task.status,
        done_on: task.done_on,
    };
    change(&mut input);
    working_group::update_task(storage, now(), task.id, &input).expect("edit task");
}

/// The example, with one task of seed 002's group done, one due 20 November and one cancelled:
/// every state occurs on 25 October 2022.
fn prepared() -> (tempfile::TempDir, Storage) {
    let (dir, mut storage) = example();
    let career = example_group(&storage, CAREER_PATHS);
    edit_task(&mut storage, career, "Kunskapsinhämtning", |t| {
        t.status = TaskStatus::Done;
        t.done_on = day(10, 1);
    });
    edit_task(&mut storage, career, "Planering eventuell workshop", |t| {
        t.schedule_text = "20/11".into();
    });
    edit_task(
        &mut storage,
        career,
        "Synkronisera vårt arbete med nationella nätverk",
        |t| {
            t.status = TaskStatus::Cancelled;
        },
    );
    (dir, storage)
}

#[test]
fn every_deadline_of_the_plan_over_a_fixed_today() {
    let (_dir, storage) = prepared();
    let today = day(10, 25).expect("today");
    let rows = all(&storage, today, &DeadlineFilter::default());
    let found: Vec<(&str, Option<NaiveDate>, DeadlineState)> = rows
        .iter()
        .map(|d| (d.title.as_str(), d.due, d.state))
        .collect();
    let expected: Vec<(&str, Option<NaiveDate>, DeadlineState)> = vec![
        // Seed 004: anchored to the work meeting of 25 August, long past.
        (SEED_004_FIRST_TASK, day(8, 25), Late),
        ("Kartlägga och sammanställa utmaningar och problem", day(8, 25), Late),
        ("Sammanställa framtida behov och förutsättningar", day(8, 25), Late),
        // "maj – augusti" ends after the anchored meeting: the end of the period counts.
        ("Mallar/modeller – underlag för kvalitetssäkra avtal", day(8, 31), Late),
        // Seed 002: "12/10".
        ("Kartlägga befintliga nätverk nationellt", day(10, 12), Late),
        ("Utveckla enkät", day(10, 12), Late),
        ("Inhämta synpunkter på enkäten", day(10, 12), Late),
        // "12/10 - 7/11": 13 days ahead.
        ("Datainsamling (enkät)", day(11, 7), Within14Days),
        // Changed to "20/11": 26 days ahead.
        ("Planering eventuell workshop", day(11, 20), Within30Days),
        // "12/10 och 30/11": the later of the two.
        ("Kunskapssammanställning", day(11, 30), Later),
        ("Sammanställa resultatet", day(11, 30), Later),
        ("Sammanställning rapport", day(12, 13), Later),
        ("Återrapport till Regionala vårdkompetensrådet Mellansverige", day(12, 31), Later),
        ("Återrapport till Regionala vårdkompetensrådet Mellansverige", day(12, 31), Later),
        // No date: done first in the groups' order, never guessed.
        ("Kunskapsinhämtning", None, Done),
        ("Kartlägga befintliga modeller i sjukvårdsregionen?", None, Unknown),
        ("Fortlöpande rapportering till Arbetsutskottet", None, Unknown),
        ("Kartlägga och sammanställa goda exempel på lösningar inom andra områden (exv inom skolverksamhet)", None, Unknown),
        ("Avstämning och samordning med Nationella vårdkompetensrådet", None, Unknown),
        ("Fortlöpande rapportering till Arbetsutskottet", None, Unknown),
    ];
    assert_eq!(
        sorted_within_days(&found),
        sorted_within_days(&expected),
        "the same deadlines, dates and states"
    );
    let days: Vec<Option<NaiveDate>> = found.iter().map(|(_, d, _)| *d).collect();
    let mut by_day = days.clone();
    by_day.sort_by_key(|d| (d.is_none(), *d));
    assert_eq!(days, by_day, "sorted by date, those without one last");
    assert!(
        !found.iter().any(|(t, _, _)| t.starts_with("Synkronisera")),
        "a cancelled task is not due"
    );
    let anchored = rows
        .iter()
        .find(|d| d.title == "Sammanställa framtida behov och förutsättningar")
        .expect("row");
    assert!(
        anchored.meeting_id.is_some(),
        "the meeting the date comes from"
    );
    assert!(!anchored.due_approximate);
}

const SEED_004_FIRST_TASK: &str = "Kartlägga och sammanställa befintliga typer av anställningar \
     och ekonomiska modeller för förenade anställningar och andra typer av \
     kombinationstjänster/samarbetsmodeller i kommuner och regioner";

/// Rows grouped by day, each day's rows sorted: the order within a day is the groups' order,
/// which depends on their focus areas; the test is about dates and states.
fn sorted_within_days<'a>(
    rows: &[(&'a str, Option<NaiveDate>, DeadlineState)],
) -> Vec<(Option<NaiveDate>, DeadlineState, &'a str)> {
    let mut out: Vec<_> = rows.iter().map(|(t, d, s)| (*d, *s, *t)).collect();
    out.sort_by(|a, b| (a.0.is_none(), a.0, a.2).cmp(&(b.0.is_none(), b.0, b.2)));
    out
}

#[test]
fn deadlines_of_one_group_or_one_person() {
    let (_dir, storage) = prepared();
    let today = day(10, 25).expect("today");
    let combined = example_group(&storage, COMBINED);
    let only = all(
        &storage,
        today,
        &DeadlineFilter {
            working_group_id: Some(combined),
            person_id: None,
        },
    );
    assert_eq!(only.len(), 6 + 2, "six tasks and two reporting duties");
    assert!(only.iter().all(|d| d.working_group_id == combined));

    let career = working_group::get(&storage, example_group(&storage, CAREER_PATHS)).expect("get");
    let person = |name: &str| {
        career
            .members
            .iter()
            .find(|m| m.person_name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .person_id
    };
    let titles = |person_id: Id| -> Vec<String> {
        let mut titles: Vec<String> = all(
            &storage,
            today,
            &DeadlineFilter {
                working_group_id: None,
                person_id: Some(person_id),
            },
        )
        .into_iter()
        .map(|d| match d.what {
            DeadlineKind::Task(_) => d.title,
            DeadlineKind::ReportDuty(_) | DeadlineKind::AuReport(_) => {
                format!("[rapport] {}", d.title)
            }
        })
        .collect();
        titles.sort();
        titles
    };
    let everyones = [
        "Datainsamling (enkät)",
        "Inhämta synpunkter på enkäten",
        "Kunskapsinhämtning",
        "Planering eventuell workshop",
        "Sammanställa resultatet",
        "Sammanställning rapport",
        "Utveckla enkät",
    ];
    let mut karin: Vec<&str> = everyones.to_vec();
    karin.push("Kunskapssammanställning");
    karin.sort_unstable();
    assert_eq!(
        titles(person("Karin Ekdahl")),
        karin,
        "her own task and the group's ”Alla”"
    );
    let mut eva: Vec<&str> = everyones.to_vec();
    eva.extend([
        "Kartlägga befintliga nätverk nationellt",
        "[rapport] Fortlöpande rapportering till Arbetsutskottet",
        "[rapport] Återrapport till Regionala vårdkompetensrådet Mellansverige",
    ]);
    eva.sort_unstable();
    assert_eq!(
        titles(person("Eva Sjöberg")),
        eva,
        "the convener also answers for the group's reporting"
    );
}
