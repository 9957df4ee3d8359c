//! The timeline's items: every tidplan kind as a mark or a bar on one lane, labels a screen
//! reader reads, late over a fixed today, and tidplans not understood listed, never lost.

use chrono::NaiveDate;
use radsplan_core::activity::{self, ActivityInput, ActivityStatus, Priority};
use radsplan_core::schedule::ItemKind;
use radsplan_core::timeline::{self, ItemShape, Timeline, TimelineItem, TimelineSource};
use radsplan_core::{Id, Storage};

use crate::builders::{add_focus_area, council_in_memory, now, plan_id};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// An activity in `area` with this tidplan, priority and status; returns its id.
pub fn activity_with(
    storage: &mut Storage,
    area: Id,
    title: &str,
    schedule: &str,
    priority: Option<Priority>,
    status: ActivityStatus,
) -> Id {
    let input = ActivityInput {
        schedule_text: schedule.into(),
        priority,
        status,
        ..ActivityInput::titled(title)
    };
    activity::add(storage, now(), area, &input)
        .expect("add activity")
        .value
}

pub fn items_of(timeline: &Timeline, id: Id) -> Vec<&TimelineItem> {
    timeline
        .items
        .iter()
        .filter(|i| i.source == TimelineSource::Activity(id))
        .collect()
}

fn plan_2022_with(schedules: &[&str]) -> (Storage, Vec<Id>) {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Kompetens");
    let ids = schedules
        .iter()
        .map(|s| {
            let title = if s.is_empty() { "Utan tidplan" } else { s };
            activity_with(
                &mut storage,
                area,
                title,
                s,
                None,
                ActivityStatus::NotStarted,
            )
        })
        .collect();
    (storage, ids)
}

#[test]
fn every_tidplan_kind_has_its_shape() {
    let schedules = [
        "12/10",
        "12/10 - 7/11",
        "v. 37",
        "augusti",
        "slutet av november",
        "HT 2022",
        "Löpande",
        "t.o.m. 30 juni",
        "senast 30 juni",
    ];
    let (storage, ids) = plan_2022_with(&schedules);
    let today = day(2022, 1, 10);
    let t = timeline::timeline(&storage, plan_id(&storage, 2022), today).expect("timeline");
    assert_eq!((t.start, t.end), (day(2022, 1, 1), day(2022, 12, 31)));
    type Shape = (
        ItemShape,
        Option<ItemKind>,
        NaiveDate,
        NaiveDate,
        bool,
        bool,
        bool,
    );
    let expected: [Shape; 9] = [
        (
            ItemShape::Mark,
            Some(ItemKind::Date),
            day(2022, 10, 12),
            day(2022, 10, 12),
            false,
            false,
            false,
        ),
        (
            ItemShape::Bar,
            Some(ItemKind::Period),
            day(2022, 10, 12),
            day(2022, 11, 7),
            false,
            false,
            false,
        ),
        // ISO week 37 of 2022: Monday 12 to Sunday 18 September.
        (
            ItemShape::Bar,
            Some(ItemKind::Week),
            day(2022, 9, 12),
            day(2022, 9, 18),
            false,
            false,
            false,
        ),
        (
            ItemShape::Bar,
            Some(ItemKind::Month),
            day(2022, 8, 1),
            day(2022, 8, 31),
            true,
            false,
            false,
        ),
        (
            ItemShape::Bar,
            Some(ItemKind::Month),
            day(2022, 11, 21),
            day(2022, 11, 30),
            true,
            false,
            false,
        ),
        (
            ItemShape::Bar,
            Some(ItemKind::Term),
            day(2022, 8, 1),
            day(2022, 12, 31),
            true,
            false,
            false,
        ),
        // Ongoing: to the span's end, with no end of its own.
        (
            ItemShape::Bar,
            Some(ItemKind::Ongoing),
            day(2022, 1, 1),
            t.end,
            true,
            true,
            false,
        ),
        // Until: from the span's start; no beginning is invented in the data.
        (
            ItemShape::Bar,
            Some(ItemKind::Until),
            t.start,
            day(2022, 6, 30),
            false,
            false,
            true,
        ),
        (
            ItemShape::Mark,
            Some(ItemKind::Deadline),
            day(2022, 6, 30),
            day(2022, 6, 30),
            false,
            false,
            false,
        ),
    ];
    for ((text, id), want) in schedules.iter().zip(&ids).zip(expected) {
        let items = items_of(&t, *id);
        assert_eq!(items.len(), 1, "{text}: one item");
        let i = items[0];
        let got: Shape = (
            i.shape,
            i.schedule_kind,
            i.start,
            i.end,
            i.approximate,
            i.open_end,
            i.open_start,
        );
        assert_eq!(got, want, "{text}");
        assert_eq!(i.lane, format!("activity:{id}"), "{text}");
    }
    let label = |n: usize| items_of(&t, ids[n])[0].label.clone();
    assert_eq!(label(0), "12/10, 12 okt 2022, v. 41, Ej påbörjad");
    assert_eq!(
        label(1),
        "12/10 - 7/11, 12 okt 2022 – 7 nov 2022, v. 41–45, Ej påbörjad"
    );
    assert_eq!(
        label(4),
        "slutet av november, ca 21 nov 2022 – 30 nov 2022, v. 47–48, Ej påbörjad"
    );
    assert_eq!(
        label(6),
        "Löpande, löpande från 1 jan 2022, från v. 52, Ej påbörjad"
    );
    assert_eq!(
        label(7),
        "t.o.m. 30 juni, t.o.m. 30 jun 2022, v. 26, Ej påbörjad"
    );
    assert_eq!(
        label(8),
        "senast 30 juni, senast 30 jun 2022, v. 26, Ej påbörjad"
    );
    assert!(t.not_understood.is_empty(), "all understood");
}

#[test]
fn several_dates_of_one_tidplan_are_marks_on_one_lane_with_the_label_read_aloud() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Kompetens");
    let id = activity_with(
        &mut storage,
        area,
        "Kunskapssammanställning",
        "12/10 och 30/11",
        Some(Priority::Yellow),
        ActivityStatus::InProgress,
    );
    let t = timeline::timeline(&storage, plan, day(2022, 10, 1)).expect("timeline");
    let items = items_of(&t, id);
    let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Kunskapssammanställning, 12 okt 2022, v. 41, gul, Pågår",
            "Kunskapssammanställning, 30 nov 2022, v. 48, gul, Pågår",
        ]
    );
    assert!(items
        .iter()
        .all(|i| i.shape == ItemShape::Mark && i.lane == items[0].lane));
    assert_eq!(t.lanes.len(), 1, "one activity, one lane");
    assert_eq!(t.lanes[0].title, "Kunskapssammanställning");
    assert_eq!(
        (
            items[0].focus_area_row.as_str(),
            items[0].group_row.as_str()
        ),
        (format!("focus:{area}").as_str(), "group:none")
    );
    assert_eq!(t.rows_by_focus_area.len(), 1);
    assert_eq!(t.rows_by_group[0].title, "Utan arbetsgrupp");
    assert_ne!(items[0].key, items[1].key, "keys are unique");
}

#[test]
fn a_2022_plan_with_work_into_2023_reaches_into_2023() {
    let (storage, ids) = plan_2022_with(&["nov–feb", "Löpande"]);
    let t =
        timeline::timeline(&storage, plan_id(&storage, 2022), day(2022, 5, 1)).expect("timeline");
    assert_eq!(t.start, day(2022, 1, 1));
    assert_eq!(t.end, day(2023, 2, 28), "November to February ends in 2023");
    let last_month = t.months.last().expect("months");
    assert_eq!(
        (
            last_month.year,
            last_month.month,
            last_month.short_name.as_str()
        ),
        (2023, 2, "feb")
    );
    assert_eq!(t.months.len(), 14);
    let last_week = t.weeks.last().expect("weeks");
    assert_eq!(
        (last_week.iso_year, last_week.week),
        (2023, 9),
        "28 Feb 2023 is in week 9"
    );
    let ongoing = items_of(&t, ids[1])[0];
    assert_eq!(
        ongoing.end, t.end,
        "ongoing runs to the end of what is drawn"
    );
    assert_eq!(
        items_of(&t, ids[0])[0].label,
        "nov–feb, ca 1 nov 2022 – 28 feb 2023, v. 44–9, Ej påbörjad"
    );
}

#[test]
fn late_is_not_done_and_due_before_today() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Kompetens");
    let mut add = |title: &str, status| {
        activity_with(&mut storage, area, title, "12/10 och 30/11", None, status)
    };
    let going = add("Pågår", ActivityStatus::InProgress);
    let done = add("Klar", ActivityStatus::Done);
    let cancelled = add("Avbruten", ActivityStatus::Cancelled);
    let postponed = add("Skjuten", ActivityStatus::Postponed);
    let late = |today: NaiveDate, id: Id| -> Vec<bool> {
        let t = timeline::timeline(&storage, plan, today).expect("timeline");
        items_of(&t, id).iter().map(|i| i.late).collect()
    };
    assert_eq!(
        late(day(2022, 10, 12), going),
        [false, false],
        "due today is not late yet"
    );
    assert_eq!(
        late(day(2022, 10, 13), going),
        [true, false],
        "12 Oct passed, 30 Nov not"
    );
    assert_eq!(late(day(2022, 12, 1), going), [true, true]);
    for finished in [done, cancelled, postponed] {
        assert_eq!(
            late(day(2022, 12, 1), finished),
            [false, false],
            "{finished}"
        );
    }
    let t = timeline::timeline(&storage, plan, day(2022, 10, 13)).expect("timeline");
    assert_eq!(
        items_of(&t, going)[0].label,
        "Pågår, 12 okt 2022, v. 41, Pågår, Försenad",
        "late is said in words, not only drawn"
    );
}

#[test]
fn tidplans_not_understood_are_listed_with_their_text_and_why() {
    let (storage, ids) =
        plan_2022_with(&["när det passar", "12/10 och när det passar", "31 april", ""]);
    let t =
        timeline::timeline(&storage, plan_id(&storage, 2022), day(2022, 5, 1)).expect("timeline");
    let listed: Vec<(TimelineSource, &str)> = t
        .not_understood
        .iter()
        .map(|n| (n.source, n.text.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            (TimelineSource::Activity(ids[0]), "när det passar"),
            (TimelineSource::Activity(ids[1]), "12/10 och när det passar"),
            (TimelineSource::Activity(ids[2]), "31 april"),
        ],
        "an empty tidplan is not misread, only missing"
    );
    assert!(t
        .not_understood
        .iter()
        .all(|n| !n.problems.is_empty() && n.problems.iter().all(|p| !p.reason.is_empty())));
    assert!(items_of(&t, ids[0]).is_empty(), "nothing to draw");
    assert_eq!(
        items_of(&t, ids[1])
            .iter()
            .map(|i| i.start)
            .collect::<Vec<_>>(),
        [day(2022, 10, 12)],
        "the understood half is still drawn"
    );
    assert!(items_of(&t, ids[3]).is_empty());
}
