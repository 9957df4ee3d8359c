//! UIDs that let a second import update the first: the same for the same event in every
//! export, different for different events.

use std::collections::HashSet;

use chrono::TimeDelta;
use radsplan_report::write_ics;

use crate::example::{example_calendar, stamp};
use crate::reader::{one, parse};

fn uids(bytes: &[u8]) -> Vec<(String, String)> {
    parse(bytes)
        .events
        .iter()
        .map(|e| {
            let uid = one(e, "UID").expect("UID").value.clone();
            let summary = one(e, "SUMMARY").expect("SUMMARY").value.clone();
            (summary, uid)
        })
        .collect()
}

#[test]
fn two_exports_of_the_same_data_give_each_event_the_same_uid() {
    let first = write_ics(&example_calendar(), stamp()).expect("ics");
    // A week later, with the meetings in another order and one moved and renamed.
    let mut later = example_calendar();
    later.events.reverse();
    let moved = later
        .events
        .iter_mut()
        .find(|e| e.uid_key == "meeting/4")
        .expect("meeting 4");
    moved.summary = "Arbetsmöte i juni (flyttat)".into();
    let second = write_ics(&later, stamp() + TimeDelta::days(7)).expect("ics");

    let mut a: Vec<String> = uids(&first).into_iter().map(|(_, uid)| uid).collect();
    let mut b: Vec<String> = uids(&second).into_iter().map(|(_, uid)| uid).collect();
    a.sort();
    b.sort();
    assert_eq!(
        a, b,
        "same events, same UIDs, whatever the order, time or title"
    );
    let june = uids(&second)
        .into_iter()
        .find(|(summary, _)| summary.contains("flyttat"))
        .expect("moved meeting");
    assert_eq!(june.1, "meeting%2F4@radsplan");
}

#[test]
fn different_events_have_different_uids() {
    let bytes = write_ics(&example_calendar(), stamp()).expect("ics");
    let all = uids(&bytes);
    let distinct: HashSet<_> = all.iter().map(|(_, uid)| uid).collect();
    assert_eq!(distinct.len(), all.len());
    for (_, uid) in &all {
        assert!(uid.ends_with("@radsplan"), "{uid}");
        assert!(uid.is_ascii());
    }
}
