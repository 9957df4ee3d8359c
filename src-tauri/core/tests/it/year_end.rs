//! The year-end återrapport: each group's tasks sorted into done, late and not done on the day
//! the report is made, its meetings held, its stored words (one undo step); the council's per
//! focus area, national level, carry-over, workshops and the overview in numbers.

use chrono::NaiveDate;
use radsplan_core::activity::{self, ActivityFilter, ActivityStatus, Priority};
use radsplan_core::error::ErrorCode;
use radsplan_core::plan;
use radsplan_core::working_group::{self, Task, TaskInput, TaskStatus};
use radsplan_core::workshop::{self, WorkshopInput};
use radsplan_core::year_end::{
    council_year_end, group_year_end, set_year_end, Continues, GroupYearEnd, TaskOutcome,
    YearEndInput, MAX_RESULTS_CHARS,
};
use radsplan_core::{focus_area, Entity, Id, Storage};

use crate::builders::now;
use crate::plans::{example, plan_2022};
use crate::working_group_groups::{example_group, CAREER_PATHS, COMBINED};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).expect("date")
}

fn titles(report: &GroupYearEnd, outcome: TaskOutcome) -> Vec<&str> {
    report
        .tasks_with(outcome)
        .map(|t| t.title.as_str())
        .collect()
}

fn task(storage: &Storage, group: Id, title: &str) -> Task {
    working_group::get(storage, group)
        .expect("get")
        .tasks
        .into_iter()
        .find(|t| t.title == title)
        .expect(title)
}

fn set_task(storage: &mut Storage, task: &Task, status: TaskStatus, done_on: Option<NaiveDate>) {
    let input = TaskInput {
        title: task.title.clone(),
        description: task.description.clone(),
        responsible_person_ids: task.responsible.iter().map(|p| p.person_id).collect(),
        responsible_text: task.responsible_text.clone(),
        schedule_text: task.schedule_text.clone(),
        status,
        done_on,
    };
    working_group::update_task(storage, now(), task.id, &input).expect("update task");
}

#[test]
fn tasks_are_done_late_or_not_done_on_the_day_the_report_is_made() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let survey = task(&storage, group, "Utveckla enkät");
    set_task(&mut storage, &survey, TaskStatus::Done, Some(day(10, 10)));
    let sync = task(
        &storage,
        group,
        "Synkronisera vårt arbete med nationella nätverk",
    );
    set_task(&mut storage, &sync, TaskStatus::Cancelled, None);

    let report = group_year_end(&storage, group, day(12, 1)).expect("report");
    assert_eq!(titles(&report, TaskOutcome::Done), ["Utveckla enkät"]);
    let done = report.tasks_with(TaskOutcome::Done).next().expect("done");
    assert_eq!(done.done_on, Some(day(10, 10)));
    assert_eq!(done.due, Some(day(10, 12)), "its tidplan said 12/10");
    // On 1 December everything due by 30 November and not done is late; "Sammanställning
    // rapport" (13/12) is not late yet, and tasks with no tidplan are never late.
    assert_eq!(
        titles(&report, TaskOutcome::Late),
        [
            "Kunskapssammanställning",
            "Kartlägga befintliga nätverk nationellt",
            "Inhämta synpunkter på enkäten",
            "Datainsamling (enkät)",
            "Sammanställa resultatet",
        ]
    );
    assert_eq!(
        titles(&report, TaskOutcome::NotDone),
        [
            "Kunskapsinhämtning",
            "Kartlägga befintliga modeller i sjukvårdsregionen?",
            "Synkronisera vårt arbete med nationella nätverk",
            "Sammanställning rapport",
            "Planering eventuell workshop",
        ]
    );
    let later = group_year_end(&storage, group, day(12, 20)).expect("later");
    assert!(titles(&later, TaskOutcome::Late).contains(&"Sammanställning rapport"));
}

#[test]
fn meetings_held_are_those_dated_up_to_the_day() {
    let (_dir, storage) = example();
    let group = example_group(&storage, COMBINED);
    let report = group_year_end(&storage, group, day(9, 14)).expect("report");
    let held: Vec<NaiveDate> = report.meetings_held.iter().map(|m| m.held_on).collect();
    assert_eq!(held, [day(5, 16), day(8, 25), day(9, 14)]);
    assert_eq!(
        report.meetings_not_held, 2,
        "9 November, and the undated 'Slutet av november'"
    );
    assert_eq!(report.meetings_held[2].purpose, "Avstämning");
}

#[test]
fn the_report_recalls_the_mandate_in_brief_and_the_year_end_duty() {
    let (_dir, storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let report = group_year_end(&storage, group, day(12, 1)).expect("report");
    let mandate = working_group::get(&storage, group).expect("get").mandate;
    // Seed 002's section 3 opens with the group's own uppdrag, one short paragraph: quoted whole.
    let intro = mandate.sections.activities_intro.trim();
    assert!(intro.starts_with("Arbetsgruppen ska kartlägga"));
    assert_eq!(report.mandate_in_brief, intro);
    // Seed 004's runs over two paragraphs: the first, and a mark that there is more.
    let combined = example_group(&storage, COMBINED);
    let brief = group_year_end(&storage, combined, day(12, 1))
        .expect("report")
        .mandate_in_brief;
    assert!(
        brief.starts_with("Arbetsgruppen ska kartlägga befintliga typer"),
        "{brief}"
    );
    assert!(
        brief.ends_with(" …") && !brief.contains("Det åligger"),
        "{brief}"
    );
    assert_eq!(report.report_due_on, Some(day(12, 31)));
    assert_eq!(report.report_delivered_on, None);
    assert_eq!(report.continues, Continues::Undecided);
    assert_eq!(report.results, "");
}

#[test]
fn her_words_are_stored_and_one_undo_takes_them_back() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, COMBINED);
    let input = YearEndInput {
        results: "Gruppen har kartlagt tolv modeller.\n\n- Fortsätt med avtalsmallar".to_string(),
        continues: Continues::Yes,
    };
    let outcome = set_year_end(&mut storage, now(), group, &input).expect("save");
    assert!(
        outcome.changes.entities.contains(&Entity::WorkingGroup),
        "the group's row changed"
    );
    let report = group_year_end(&storage, group, day(12, 1)).expect("report");
    assert_eq!(report.results, input.results);
    assert_eq!(report.continues, Continues::Yes);

    storage.undo().expect("undo");
    let report = group_year_end(&storage, group, day(12, 1)).expect("report");
    assert_eq!(report.results, "");
    assert_eq!(report.continues, Continues::Undecided);
}

#[test]
fn too_long_a_text_is_refused_and_nothing_is_stored() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, COMBINED);
    let input = YearEndInput {
        results: "x".repeat(MAX_RESULTS_CHARS + 1),
        continues: Continues::No,
    };
    let error = set_year_end(&mut storage, now(), group, &input).expect_err("too long");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(error.message().contains("Resultat och rekommendationer"));
    let report = group_year_end(&storage, group, day(12, 1)).expect("report");
    assert_eq!(report.continues, Continues::Undecided);
}

#[test]
fn a_group_that_does_not_exist_is_not_found() {
    let (_dir, mut storage) = example();
    let error =
        set_year_end(&mut storage, now(), 9_999, &YearEndInput::default()).expect_err("no group");
    assert_eq!(error.code(), ErrorCode::NotFound);
    let error = group_year_end(&storage, 9_999, day(12, 1)).expect_err("no group");
    assert_eq!(error.code(), ErrorCode::NotFound);
}

#[test]
fn the_council_report_follows_the_plan_and_counts_every_activity() {
    let (_dir, mut storage) = example();
    let plan_id = plan_2022(&storage);
    let activities = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    let first = &activities[0];
    activity::set_priority(&mut storage, now(), first.id, Some(Priority::Red)).expect("red");
    activity::set_status(&mut storage, now(), first.id, ActivityStatus::Done).expect("done");

    let report = council_year_end(&storage, 2022, day(12, 31)).expect("report");
    let areas: Vec<String> = focus_area::list(&storage, plan_id)
        .expect("areas")
        .into_iter()
        .map(|a| a.name)
        .collect();
    let report_areas: Vec<&str> = report.focus_areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(report_areas, areas);
    let listed: usize = report.focus_areas.iter().map(|a| a.activities.len()).sum();
    assert_eq!(listed, activities.len());
    assert_eq!(report.overview.total(), activities.len());
    let first_line = &report.focus_areas[0].activities[0];
    assert_eq!(first_line.title, first.title);
    assert_eq!(
        (first_line.priority, first_line.status),
        (Some(Priority::Red), ActivityStatus::Done)
    );
    let red = &report.overview.rows[0];
    assert_eq!(red.priority, Some(Priority::Red));
    let red_done = activities
        .iter()
        .filter(|a| {
            a.id == first.id
                || (a.priority == Some(Priority::Red) && a.status == ActivityStatus::Done)
        })
        .count();
    assert_eq!(red.count(ActivityStatus::Done), red_done);

    let national: Vec<&str> = activities
        .iter()
        .filter(|a| a.raise_national)
        .map(|a| a.title.as_str())
        .collect();
    let reported: Vec<&str> = report
        .raised_national
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(reported, national);
    assert!(
        !national.is_empty(),
        "the example raises some to national level"
    );

    let groups: Vec<&str> = report.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(groups.len(), 2);
    assert!(groups[0].starts_with(CAREER_PATHS) || groups[1].starts_with(CAREER_PATHS));
}

#[test]
fn carry_over_is_proposed_until_next_years_plan_exists_then_what_it_carried() {
    let (_dir, mut storage) = example();
    let plan_id = plan_2022(&storage);
    let activities = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    activity::set_status(&mut storage, now(), activities[0].id, ActivityStatus::Done)
        .expect("done");

    let proposed = council_year_end(&storage, 2022, day(12, 31))
        .expect("report")
        .carry_over;
    assert!(!proposed.decided);
    assert_eq!(proposed.next_year, 2023);
    let proposal: Vec<Id> = plan::carry_over_proposal(&storage, 2022)
        .expect("proposal")
        .into_iter()
        .map(|c| c.activity_id)
        .collect();
    let ids: Vec<Id> = proposed.activities.iter().map(|a| a.id).collect();
    assert_eq!(ids, proposal);
    assert!(
        !ids.contains(&activities[0].id),
        "a done activity is not carried"
    );

    let carried = [proposal[1], proposal[0]];
    plan::create_from_previous(&mut storage, now(), 2023, 2022, &carried).expect("2023");
    let decided = council_year_end(&storage, 2022, day(12, 31))
        .expect("report")
        .carry_over;
    assert!(decided.decided);
    let mut ids: Vec<Id> = decided.activities.iter().map(|a| a.id).collect();
    ids.sort_unstable();
    let mut expected = carried.to_vec();
    expected.sort_unstable();
    assert_eq!(ids, expected, "exactly what the 2023 plan carried over");
}

#[test]
fn workshops_held_are_those_dated_up_to_the_day() {
    let (_dir, mut storage) = example();
    let plan_id = plan_2022(&storage);
    let undated = council_year_end(&storage, 2022, day(12, 31)).expect("report");
    assert!(
        undated.workshops.is_empty(),
        "the example's workshop has no date: not held"
    );
    let example_workshop = workshop::list(&storage, plan_id).expect("list")[0].id;
    let dated = WorkshopInput {
        name: "Workshop aktivitetsplan 2022".to_string(),
        held_on: Some("2022-03-10".to_string()),
        place: "Örebro".to_string(),
    };
    workshop::update(&mut storage, now(), example_workshop, &dated).expect("date it");
    let planned = WorkshopInput {
        name: "Workshop inför 2023".to_string(),
        held_on: Some("2022-12-15".to_string()),
        place: String::new(),
    };
    workshop::create(&mut storage, now(), plan_id, &planned).expect("another");

    let report = council_year_end(&storage, 2022, day(12, 1)).expect("report");
    let held: Vec<(&str, NaiveDate)> = report
        .workshops
        .iter()
        .map(|w| (w.name.as_str(), w.held_on))
        .collect();
    assert_eq!(held, [("Workshop aktivitetsplan 2022", day(3, 10))]);
    assert_eq!(report.workshops[0].group_count, 3);
    assert_eq!(report.workshops[0].place, "Örebro");
}

#[test]
fn a_year_without_a_plan_is_refused_with_what_to_do() {
    let (_dir, storage) = example();
    let error = council_year_end(&storage, 2031, day(12, 31)).expect_err("no plan");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(error.message().contains("2031"), "{}", error.message());
}
