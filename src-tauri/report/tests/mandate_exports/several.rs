//! A task with two responsible people, and continuous reporting at named AU meetings, in both
//! documents: the Ansvarig cell names both ("A och B"), 6. Tidplan names the meetings.

use chrono::NaiveDate;
use radsplan_core::working_group::{
    self, MeetingInput, MeetingOwner, ReportDutyInput, ReportDutyKind, TaskInput,
};
use radsplan_core::{person, Id, Storage};
use radsplan_report::{write_docx, write_pdf};

use crate::council::{document, example_council, joint_posts_group, stamp};
use crate::pdf::{pdftotext, squash};
use crate::readers::{
    assert_in_order, assert_valid_ooxml, libreoffice_text, python_docx_dump, write_temp,
};

fn person_named(storage: &Storage, name: &str) -> Id {
    person::list(storage, name)
        .expect("people")
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name}"))
        .id
}

/// Seed 004's group with "Avstämning och samordning med Nationella vårdkompetensrådet" given to
/// Pia Lindqvist and Sahra Lindblom, and its continuous reporting at the AU's 14 Oct and 2 Dec.
fn group_with_two_responsible(storage: &mut Storage) -> Id {
    let group = joint_posts_group(storage);
    let found = working_group::get(storage, group).expect("group");
    let task = found
        .tasks
        .iter()
        .find(|t| t.title.starts_with("Avstämning och samordning"))
        .expect("seed 004's last task");
    let input = TaskInput {
        responsible_person_ids: vec![
            person_named(storage, &found.members[3].person_name),
            person_named(storage, "Sahra Lindblom"),
        ],
        schedule_text: "9/11".into(),
        ..TaskInput::titled(&task.title)
    };
    working_group::update_task(storage, stamp(), task.id, &input).expect("two responsible");
    let committee = working_group::committee(storage, Some(2022))
        .expect("committee")
        .expect("AU");
    let mut au = Vec::new();
    for (m, d) in [(10, 14), (12, 2)] {
        let input = MeetingInput {
            held_on: NaiveDate::from_ymd_opt(2022, m, d),
            purpose: "AU-möte".into(),
            ..MeetingInput::default()
        };
        au.push(
            working_group::add_meeting(
                storage,
                stamp(),
                MeetingOwner::Committee(committee.id),
                &input,
            )
            .expect("AU meeting")
            .value,
        );
    }
    let duty = found
        .report_duties
        .iter()
        .find(|d| d.kind == ReportDutyKind::Continuous)
        .expect("continuous");
    let input = ReportDutyInput {
        kind: duty.kind,
        recipient: duty.recipient.clone(),
        due_on: None,
        delivered_on: None,
        note: String::new(),
        au_meeting_ids: au,
    };
    working_group::update_report_duty(storage, stamp(), duty.id, &input).expect("reporting");
    group
}

fn expected(storage: &Storage, group: Id) -> Vec<String> {
    let convener = working_group::get(storage, group).expect("group").members[3]
        .person_name
        .clone();
    [
        "Avstämning och samordning med Nationella vårdkompetensrådet".to_string(),
        format!("{convener} och Sahra Lindblom"),
        "9/11".to_string(),
        "Fortlöpande rapportering till Arbetsutskottet, vid arbetsutskottets möten 14 okt 2022, \
         2 dec 2022"
            .to_string(),
    ]
    .iter()
    .map(|s| squash(s))
    .collect()
}

#[test]
fn the_pdf_names_both_responsible_and_the_au_meetings() {
    let (_dir, mut storage) = example_council();
    let group = group_with_two_responsible(&mut storage);
    let bytes = write_pdf(&document(&storage, group)).expect("pdf");
    let (_tmp, path) = write_temp("mandat.pdf", &bytes);
    assert_in_order(&squash(&pdftotext(&path)), &expected(&storage, group));
}

#[test]
fn the_docx_names_both_responsible_in_one_cell_and_passes_the_schema_check() {
    let (_dir, mut storage) = example_council();
    let group = group_with_two_responsible(&mut storage);
    let bytes = write_docx(&document(&storage, group)).expect("docx");
    let (_tmp, path) = write_temp("mandat.docx", &bytes);
    assert_valid_ooxml(&path);
    assert_in_order(
        &squash(&libreoffice_text(&path)),
        &expected(&storage, group),
    );
    let convener = working_group::get(&storage, group).expect("group").members[3]
        .person_name
        .clone();
    let both = format!("{convener} och Sahra Lindblom");
    assert!(
        python_docx_dump(&path)
            .iter()
            .any(|l| l.starts_with("T\t") && l.split('|').any(|cell| cell.starts_with(&both))),
        "one Ansvarig cell holds both names"
    );
}
