//! Importing a mandate laid out like seed 004, written by LibreOffice
//! (`tests/fixtures/mandate/mandate_004.docx`): the sections, the tasks with their tidplan
//! anchored to the imported meetings, the members by party with the convener, the meeting list;
//! one undo step removes all of it.

use std::io::{Cursor, Read, Write};

use chrono::NaiveDate;
use radsplan_core::import::Limits;
use radsplan_core::organisation::PartyKind;
use radsplan_core::working_group::{
    preview_mandate, read_mandate_bytes, MandateSource, MeetingMode, MemberRole,
};
use radsplan_core::{Id, Storage};

use crate::builders::{add_focus_area, add_organisation, add_person, council_in_memory, plan_id};

/// (day, when as words, start, mode, place)
type SeenMeeting<'a> = (
    Option<NaiveDate>,
    &'a str,
    &'a str,
    Option<MeetingMode>,
    &'a str,
);

pub(crate) fn fixture_bytes() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/mandate/mandate_004.docx"
    ))
    .expect("the fixture")
}

/// The fixture with its document.xml changed by `edit`, zipped again.
pub(crate) fn fixture_edited(edit: impl Fn(String) -> String) -> Vec<u8> {
    let bytes = fixture_bytes();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let name = entry.name().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("read entry");
        if name == "word/document.xml" {
            content = edit(String::from_utf8(content).expect("utf-8")).into_bytes();
        }
        out.start_file(name, options).expect("start");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

pub(crate) fn source(bytes: &[u8]) -> MandateSource {
    read_mandate_bytes("uppdrag.docx", bytes, &Limits::default()).expect("a readable docx")
}

/// The 2022 plan with the focus area Fortbildning, and Register with the fixture's people
/// except `missing`.
pub(crate) fn council(missing: &[&str]) -> (Storage, Id) {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    add_focus_area(&mut storage, plan, "Fortbildning");
    let uppsala = add_organisation(&mut storage, "Region Uppsala", PartyKind::Region);
    let orebro = add_organisation(&mut storage, "Örebro kommun", PartyKind::Kommun);
    let university = add_organisation(&mut storage, "Uppsala universitet", PartyKind::Larosate);
    for (name, organisation) in [
        ("Annika Berg", Some(uppsala)),
        ("Anna Wiklund", None),
        ("Pia Lundmark", None),
        ("Sahra Lindblom", Some(orebro)),
        ("Martin Åberg", Some(university)),
    ] {
        if !missing.contains(&name) {
            add_person(&mut storage, name, organisation);
        }
    }
    storage.forget_history().expect("forget");
    (storage, plan)
}

#[test]
fn a_mandate_like_seed_004_previews_its_sections_tasks_members_and_meetings() {
    let (storage, plan) = council(&[]);
    let preview = preview_mandate(&storage, plan, &source(&fixture_bytes())).expect("preview");

    assert!(preview.can_import, "{:?}", preview.problems);
    assert_eq!(
        preview.name,
        "Förenade anställningar och andra kombinationstjänster i kommuner och regioner"
    );
    assert_eq!(preview.focus_area_name.as_deref(), Some("Fortbildning"));
    assert_eq!(
        preview.decided_by,
        "Regionala vårdkompetensrådets arbetsutskott"
    );
    assert_eq!(preview.decided_on, NaiveDate::from_ymd_opt(2022, 9, 23));
    let headings: Vec<&str> = preview
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "1. Bakgrund",
            "2. Krav på uppdraget",
            "3. Aktiviteter",
            "4. Metod",
            "5. Arbetsgruppens organisation",
            "6. Tidplan"
        ]
    );
    let mandate = &preview.mandate;
    assert_eq!(
        mandate.background,
        "Regionala vårdkompetensrådet Mellansverige är ett samverkansforum mellan regioner, \
         kommuner och lärosäten.\nDe övergripande målen ska uppnås genom att:\n- främja dialog \
         och samverkan mellan berörda aktörer på regional nivå\n- samverka med övriga regionala \
         vårdkompetensråd\nArbetsgruppen ska ha representation från alla berörda parter.",
        "paragraphs are lines and list items keep their dash"
    );
    assert!(mandate.requirements.starts_with("- Främja dialog"));
    assert_eq!(
        mandate.activities_intro,
        "Arbetsgruppen ska kartlägga befintliga typer av anställningar och ekonomiska modeller \
         för förenade anställningar.\nAktiviteter med tidplan redovisas nedan.",
        "the task table is not part of the text"
    );
    assert!(mandate.method.contains("\n- Intervjuer och samtal"));
    assert_eq!(
        mandate.commissioner,
        "Regionala vårdkompetensrådet Mellansverige"
    );
    assert_eq!(mandate.owner, "Regionala vårdkompetensrådets arbetsutskott");
    assert!(mandate
        .organisation_note
        .starts_with("Huvudmännen har möjlighet"));
    assert!(mandate
        .schedule
        .starts_with("Arbetsgruppen ska fortlöpande rapportera"));
    assert!(
        mandate
            .schedule
            .contains("- Maj – augusti, insamling av underlag"),
        "the whole meeting list stays in the Tidplan text"
    );

    // Members by party, matched to Register, the convener marked.
    let members: Vec<(&str, Option<PartyKind>, MemberRole, bool)> = preview
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.party, m.role, m.person_id.is_some()))
        .collect();
    assert_eq!(
        members,
        [
            (
                "Annika Berg",
                Some(PartyKind::Region),
                MemberRole::Member,
                true
            ),
            (
                "Anna Wiklund",
                Some(PartyKind::Region),
                MemberRole::Member,
                true
            ),
            (
                "Pia Lundmark",
                Some(PartyKind::Region),
                MemberRole::Convener,
                true
            ),
            (
                "Sahra Lindblom",
                Some(PartyKind::Kommun),
                MemberRole::Member,
                true
            ),
            (
                "Martin Åberg",
                Some(PartyKind::Larosate),
                MemberRole::Member,
                true
            ),
        ]
    );
    assert_eq!(preview.members[0].representing, "Regionrepresentanter");
    assert!(preview.new_people.is_empty());

    // The meetings: the period of work is not one, and says so.
    let meetings: Vec<SeenMeeting<'_>> = preview
        .meetings
        .iter()
        .map(|m| {
            (
                m.input.held_on,
                m.input.when_text.as_str(),
                m.input.starts_at.as_str(),
                m.input.mode,
                m.input.place.as_str(),
            )
        })
        .collect();
    let day = |m, d| NaiveDate::from_ymd_opt(2022, m, d);
    assert_eq!(
        meetings,
        [
            (day(5, 16), "", "", None, ""),
            (
                day(8, 25),
                "",
                "10:00",
                Some(MeetingMode::Physical),
                "Örebro"
            ),
            (day(9, 14), "", "", Some(MeetingMode::Digital), "Teams"),
            (day(11, 9), "", "", Some(MeetingMode::Physical), "Örebro"),
            (
                None,
                "Slutet av november",
                "",
                Some(MeetingMode::Digital),
                "Teams"
            ),
        ]
    );
    assert_eq!(preview.meetings[1].input.ends_at, "15:00");
    assert!(
        preview
            .problems
            .iter()
            .any(|p| !p.blocking && p.message.contains("”Maj – augusti, insamling av underlag”")),
        "{:?}",
        preview.problems
    );

    // Tasks: "Klart till arbetsmöte i augusti" anchored to the August meeting; "Sahra" is
    // the member Sahra Lindblom.
    let titles: Vec<&str> = preview
        .tasks
        .iter()
        .map(|t| t.input.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Kartlägga och sammanställa befintliga typer av anställningar",
            "Kartlägga och sammanställa utmaningar och problem",
            "Sammanställa framtida behov och förutsättningar",
            "Avstämning och samordning med Nationella vårdkompetensrådet",
        ]
    );
    let first = &preview.tasks[0];
    assert_eq!(
        first.input.schedule_text,
        "Uppstart 16 maj. Klart till arbetsmöte i augusti"
    );
    assert_eq!(
        first.input.responsible_text,
        "Alla i arbetsgruppen. Arbetsuppgifter är fördelade."
    );
    assert_eq!(first.anchored_meeting, Some(1), "the 25 August meeting");
    assert_eq!(first.due, day(8, 25));
    assert!(!first.due_approximate);
    assert_eq!(
        preview.tasks[1].input.description,
        "Gränsdragningar regioner, kommuner och universiteten\nKopplat till olika professioner"
    );
    let sahra = &preview.tasks[2];
    assert_eq!(sahra.responsible_members, vec![3]);
    assert_eq!(sahra.responsible, "Sahra Lindblom");
    assert_eq!(
        sahra.input.responsible_person_ids,
        preview.members[3].person_id.into_iter().collect::<Vec<_>>()
    );
    assert_eq!(sahra.input.responsible_text, "");
    assert_eq!(preview.tasks[3].input.schedule_text, "");
}
