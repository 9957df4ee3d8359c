//! A large plan for benchmarks and scripted speed runs: the example council with its 2022 plan
//! filled up to a given number of activities, and the group work the speed targets count
//! (`large_groups`: 300 tasks, 200 meetings). Deterministic, Swedish-looking text (å, ä, ö),
//! every tidplan form, all priorities and statuses.

use std::path::Path;

use super::{example_time, int, parsed, text, write};
use crate::{Entity, Id, Result, Storage};

const WORDS: [&str; 24] = [
    "kompetensförsörjning",
    "handledning",
    "vårdutbildning",
    "samverkan",
    "lärosäte",
    "kommunerna",
    "specialistsjuksköterska",
    "fortbildning",
    "VFU-platser",
    "nära vård",
    "röntgensjuksköterska",
    "barnmorska",
    "undersköterska",
    "kartläggning",
    "länsvis",
    "struktur",
    "återrapport",
    "arbetsutskott",
    "tandvård",
    "forskning",
    "introduktion",
    "överenskommelse",
    "uppföljning",
    "äldreomsorg",
];

const SCHEDULES: [&str; 10] = [
    "12/10",
    "16 maj",
    "2022-09-23",
    "12/10 och 30/11",
    "12/10 - 7/11",
    "Maj – augusti",
    "v. 37",
    "slutet av november",
    "HT 2022",
    "Löpande",
];

const STATUSES: [&str; 5] = [
    "not_started",
    "in_progress",
    "done",
    "postponed",
    "cancelled",
];

/// Writes the example council to `path` with its 2022 plan holding `activities` activities in
/// eight focus areas (the example's own first, then generated ones), and twenty more working
/// groups with 300 tasks and 200 meetings between them and the AU.
pub fn write_large(path: &Path, activities: usize) -> Result<Storage> {
    let mut storage = write(path)?;
    let plan = storage.transact("Fyll planen", example_time(), |tx| {
        let plan: Id = tx
            .conn()
            .query_row("SELECT id FROM plan WHERE year = 2022", [], |r| r.get(0))?;
        let existing: i64 = tx.conn().query_row(
            "SELECT count(*) FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
             WHERE f.plan_id = ?1",
            [plan],
            |r| r.get(0),
        )?;
        let mut areas: Vec<Id> = {
            let mut statement = tx.conn().prepare(
                "SELECT id FROM focus_area WHERE plan_id = ?1 AND deferred_to_year IS NULL
                 ORDER BY position",
            )?;
            let ids = statement.query_map([plan], |r| r.get(0))?;
            ids.collect::<rusqlite::Result<_>>()?
        };
        let first_new = areas.len() + 2; // after the deferred AT/BT
        for n in 0..8usize.saturating_sub(areas.len()) {
            areas.push(tx.insert(
                Entity::FocusArea,
                &[
                    ("plan_id", int(plan)),
                    ("position", int((first_new + n) as i64)),
                    (
                        "name",
                        text(&format!("Fokusområde {} – {}", n + 5, words(n, 2))),
                    ),
                    ("description", text(&words(n + 3, 8))),
                ],
            )?);
        }
        let existing = usize::try_from(existing).unwrap_or(0);
        for i in 0..activities.saturating_sub(existing) {
            let area = areas[i % areas.len()];
            let priority = ["green", "yellow", "red", ""][(i / 8 + i) % 4];
            let schedule = SCHEDULES[i % SCHEDULES.len()];
            tx.insert(
                Entity::Activity,
                &[
                    ("focus_area_id", int(area)),
                    ("position", int(1000 + i as i64)),
                    ("title", text(&format!("Aktivitet {i:04}: {}", words(i, 4)))),
                    (
                        "delivery",
                        text(if i % 3 == 0 { "Arbetsgrupp" } else { "Alla" }),
                    ),
                    ("schedule_text", text(schedule)),
                    ("schedule_parsed", parsed(schedule)),
                    ("content", text(&words(i + 7, 10 + (i * 7) % 40))),
                    ("follow_up", text(&words(i + 3, 6))),
                    (
                        "priority",
                        if priority.is_empty() {
                            rusqlite::types::Value::Null
                        } else {
                            text(priority)
                        },
                    ),
                    ("raise_national", int(i64::from(i % 5 == 0))),
                    ("status", text(STATUSES[i % STATUSES.len()])),
                ],
            )?;
        }
        Ok(plan)
    })?;
    super::large_groups::add(&mut storage, plan.value)?;
    storage.forget_history()?;
    Ok(storage)
}

/// `count` words starting at `seed`, as a sentence.
fn words(seed: usize, count: usize) -> String {
    let sentence: Vec<&str> = (0..count)
        .map(|k| WORDS[(seed * 7 + k * 5) % WORDS.len()])
        .collect();
    let sentence = sentence.join(" ");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
