//! Activities: editing, priorities, moving (within a plan and between years), duplicating,
//! deleting, and finding.

use radsplan_core::activity::{
    self, ActivityFilter, ActivityInput, ActivityStatus, Priority, PriorityFilter,
};
use radsplan_core::schedule::ItemKind;
use radsplan_core::{focus_area, plan, Entity};

use crate::builders::now;
use crate::plans::{example, plan_2022, titles};

fn assessments_of(storage: &radsplan_core::Storage, activity_id: i64) -> usize {
    // Seen through the public dump: count assessment rows that name this activity.
    let dump = storage.dump_content().expect("dump");
    let section = dump
        .split("[assessment]\n")
        .nth(1)
        .expect("section")
        .split("\n[")
        .next()
        .unwrap_or_default();
    section
        .lines()
        .filter(|l| l.split(" | ").nth(2) == Some(&format!("Integer({activity_id})")))
        .count()
}

#[test]
fn an_edited_row_keeps_the_tidplan_as_typed_and_as_understood() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let row = activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[2].clone();
    let mut input = ActivityInput::titled(&row.title);
    input.schedule_text = "12/10 och 30/11".into();
    input.content = "<script>alert(1)</script> =HYPERLINK(\"x\")".into();
    activity::update(&mut storage, now(), row.id, &input).expect("update");
    let saved =
        activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[2].clone();
    assert_eq!(saved.schedule_text, "12/10 och 30/11");
    assert_eq!(
        saved.content, input.content,
        "user text is data, kept exactly"
    );
    let schedule = saved.schedule.expect("understood");
    assert_eq!(schedule.items.len(), 2);
    assert_eq!(schedule.items[0].kind, ItemKind::Date);
    assert_eq!(
        activity::update(&mut storage, now(), row.id, &ActivityInput::titled(" "))
            .expect_err("blank")
            .message(),
        "Skriv vad aktiviteten heter."
    );
}

#[test]
fn priority_keys_set_and_undo() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let id = activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[0].id;
    let outcome =
        activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    assert_eq!(outcome.changes.entities, [Entity::Activity]);
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .unwrap_or_default()
        .starts_with("Sätt prioritet grön"));
    let green = ActivityFilter {
        priorities: vec![PriorityFilter::Green],
        ..ActivityFilter::default()
    };
    assert_eq!(titles(&storage, plan, &green).len(), 1);
    storage.undo().expect("undo");
    assert!(titles(&storage, plan, &green).is_empty());
}

#[test]
fn moving_to_another_focus_area_keeps_id_history_and_assessments_and_undoes() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let before = storage.dump_content().expect("dump");
    let rows = activity::list(&storage, plan, &ActivityFilter::default()).expect("list");
    // "Introduktionsår/etableringsår": "Vilket fokusområde passar detta bäst inom?"
    let intro = rows
        .iter()
        .find(|a| a.title == "Introduktionsår/etableringsår")
        .expect("row")
        .clone();
    let vfu = focus_area::list(&storage, plan).expect("areas")[0].id;
    let assessed = assessments_of(&storage, intro.id);
    assert!(assessed > 0, "the example's groups commented on it");
    let outcome = activity::move_to(&mut storage, now(), intro.id, vfu, 0).expect("move");
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .unwrap_or_default()
        .contains("till Verksamhetsförlagd utbildning, VFU (2022)"));
    let moved = activity::list(
        &storage,
        plan,
        &ActivityFilter {
            focus_area_id: Some(vfu),
            ..ActivityFilter::default()
        },
    )
    .expect("list");
    assert_eq!(moved[0].id, intro.id, "same activity, first in VFU");
    assert_eq!(
        moved.iter().map(|a| a.position).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(
        assessments_of(&storage, intro.id),
        assessed,
        "the groups' assessments follow it"
    );
    let fortbildning = activity::list(
        &storage,
        plan,
        &ActivityFilter {
            focus_area_id: Some(intro.focus_area_id),
            ..ActivityFilter::default()
        },
    )
    .expect("list");
    assert_eq!(
        fortbildning.iter().map(|a| a.position).collect::<Vec<_>>(),
        (1..=6).collect::<Vec<_>>(),
        "the old list closes the gap"
    );
    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one undo puts everything back"
    );
}

#[test]
fn moving_to_next_years_plan_reads_the_tidplan_in_that_year() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let next = plan::create_empty(&mut storage, now(), 2023)
        .expect("2023")
        .value;
    let area = focus_area::add(&mut storage, now(), next, "Fortbildning")
        .expect("area")
        .value;
    let row = activity::list(&storage, plan, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .find(|a| a.schedule_text == "12/10 och 30/11")
        .expect("row");
    activity::move_to(&mut storage, now(), row.id, area, 0).expect("move");
    let moved = &activity::list(&storage, next, &ActivityFilter::default()).expect("list")[0];
    assert_eq!(moved.id, row.id);
    assert_eq!(
        moved
            .schedule
            .as_ref()
            .and_then(|s| s.first_date())
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-10-12")
    );
    assert_eq!(moved.working_group_id, row.working_group_id, "links stay");
}

#[test]
fn duplicate_goes_below_and_delete_takes_assessments_with_it_undoably() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let rows = activity::list(&storage, plan, &ActivityFilter::default()).expect("list");
    let copy = activity::duplicate(&mut storage, now(), rows[0].id)
        .expect("duplicate")
        .value;
    let after = activity::list(&storage, plan, &ActivityFilter::default()).expect("list");
    assert_eq!(after[1].id, copy);
    assert_eq!(after[1].title, format!("{} (kopia)", rows[0].title));
    assert_eq!(
        (after[1].status, after[1].working_group_id),
        (ActivityStatus::NotStarted, None)
    );
    assert_eq!(assessments_of(&storage, copy), 0);

    let before = storage.dump_content().expect("dump");
    let target = rows[1].id;
    assert!(assessments_of(&storage, target) > 0);
    activity::delete(&mut storage, now(), target).expect("delete");
    assert_eq!(assessments_of(&storage, target), 0);
    assert!(storage.is_consistent().expect("consistent"));
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn find_filters_and_searches_all_five_columns_beyond_ascii() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let all = activity::list(&storage, plan, &ActivityFilter::default()).expect("list");
    assert_eq!(all.len(), 15);
    let search = |q: &str| {
        titles(
            &storage,
            plan,
            &ActivityFilter {
                query: q.into(),
                ..ActivityFilter::default()
            },
        )
    };
    assert_eq!(search("TANDVÅRD").len(), 3, "title and content, any case");
    assert_eq!(
        search("TANDVA\u{30A}RD"),
        search("tandvård"),
        "decomposed å finds the same"
    );
    assert_eq!(
        search("12/10"),
        [all[3].title.clone()],
        "the tidplan column is searched"
    );
    assert_eq!(
        search("rapportering till arbetsutskottet").len(),
        4,
        "uppföljning is searched"
    );
    let national = ActivityFilter {
        raise_national: Some(true),
        ..ActivityFilter::default()
    };
    assert_eq!(titles(&storage, plan, &national).len(), 2);
    let unassessed = ActivityFilter {
        priorities: vec![PriorityFilter::Unassessed],
        ..ActivityFilter::default()
    };
    assert_eq!(titles(&storage, plan, &unassessed).len(), 15);
    let fortbildning = focus_area::list(&storage, plan).expect("areas")[1].id;
    let combined = ActivityFilter {
        focus_area_id: Some(fortbildning),
        statuses: vec![ActivityStatus::NotStarted],
        query: "utbildning".into(),
        ..ActivityFilter::default()
    };
    // Intermediärvård, karriärvägar (forskarutbildning), primärkommunala utbildningar,
    // utlandsutbildade läkare (kompletterande utbildningarna), specialistutbildning tandvård.
    assert_eq!(titles(&storage, plan, &combined).len(), 5);
    let ids = activity::matching_ids(&storage, plan, &combined).expect("ids");
    let listed: Vec<_> = activity::list(&storage, plan, &combined)
        .expect("list")
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        ids, listed,
        "the find bar's ids are the listed rows, in order"
    );
    let mut input = ActivityInput::titled("Ny aktivitet");
    input.responsible_text = "Åsa på Region Örebro län".into();
    activity::add(&mut storage, now(), fortbildning, &input).expect("add");
    let responsible = ActivityFilter {
        responsible: "åSA".into(),
        ..ActivityFilter::default()
    };
    assert_eq!(titles(&storage, plan, &responsible), ["Ny aktivitet"]);
}

#[test]
fn over_long_texts_are_refused_naming_the_field_and_the_limit() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let row = activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[0].clone();
    let title = "kompetensförsörjning ".repeat(250);
    let message = activity::update(&mut storage, now(), row.id, &ActivityInput::titled(&title))
        .expect_err("5 000 characters is no title")
        .message();
    assert!(
        message.starts_with("Aktivitet får vara högst 300 tecken"),
        "{message}"
    );
    let focus_area_id = row.focus_area_id;
    assert!(
        activity::add(
            &mut storage,
            now(),
            focus_area_id,
            &ActivityInput::titled(&title)
        )
        .is_err(),
        "adding is checked the same way"
    );

    let mut input = ActivityInput::titled("Ny rad");
    input.schedule_text = "v. 12 ".repeat(100);
    let message = activity::update(&mut storage, now(), row.id, &input)
        .expect_err("tidplan")
        .message();
    assert!(
        message.starts_with("Tidplan får vara högst 500 tecken, men texten är 600 tecken."),
        "{message}"
    );

    input.schedule_text = String::new();
    input.content = "x".repeat(activity::MAX_LONG_TEXT_CHARS);
    activity::update(&mut storage, now(), row.id, &input).expect("exactly the limit is fine");
    assert_eq!(
        activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[0]
            .content
            .len(),
        activity::MAX_LONG_TEXT_CHARS
    );
}
