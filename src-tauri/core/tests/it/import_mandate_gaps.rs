//! What a mandate written by people brings besides the layout: a decision date in words, a cell
//! naming several responsible members, a task due before the decision, and a section the app's
//! mandate has no place for ("7. Övrigt").

use chrono::NaiveDate;
use radsplan_core::working_group::{self, apply_mandate, preview_mandate, MandateImportChoices};

use crate::builders::{names, now};
use crate::import_mandate::{council, fixture_edited, source};

fn paragraph(style: &str, text: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}

/// Seed 004 as written by hand: the decision date in words, Sahra's task shared with Martin,
/// and a "7. Övrigt" after the Tidplan.
fn handwritten() -> Vec<u8> {
    fixture_edited(|xml| {
        let extra = format!(
            "{}{}{}",
            paragraph("Heading1", "7. Övrigt"),
            paragraph(
                "TextBody",
                "Gruppen bjuder in Nationella vårdkompetensrådet i höst."
            ),
            paragraph("TextBody", "Kostnader för resor tas av varje huvudman."),
        );
        xml.replace(
            "arbetsutskott 2022-09-23",
            "arbetsutskott den 23 september 2022",
        )
        .replace("<w:t>Sahra</w:t>", "<w:t>Sahra och Martin Åberg</w:t>")
        .replace("<w:sectPr>", &format!("{extra}<w:sectPr>"))
    })
}

/// The handwritten mandate imported; the group it became.
fn imported(
    storage: &mut radsplan_core::Storage,
    plan: radsplan_core::Id,
) -> working_group::WorkingGroup {
    let summary = apply_mandate(
        storage,
        now(),
        plan,
        &source(&handwritten()),
        &MandateImportChoices {
            add_new_people: false,
        },
    )
    .expect("apply")
    .value;
    working_group::get(storage, summary.working_group_id).expect("group")
}

#[test]
fn a_decision_date_in_words_is_read_as_the_date() {
    let (storage, plan) = council(&[]);
    let preview = preview_mandate(&storage, plan, &source(&handwritten())).expect("preview");
    assert_eq!(preview.decided_on, NaiveDate::from_ymd_opt(2022, 9, 23));
    assert_eq!(
        preview.decided_by, "Regionala vårdkompetensrådets arbetsutskott",
        "neither the date nor its 'den' is part of who decided"
    );
}

#[test]
fn a_cell_naming_two_members_makes_both_responsible_in_order() {
    let (mut storage, plan) = council(&[]);
    let preview = preview_mandate(&storage, plan, &source(&handwritten())).expect("preview");
    let task = preview
        .tasks
        .iter()
        .find(|t| t.input.title.starts_with("Sammanställa framtida behov"))
        .expect("Sahra's task");
    let member = |i: usize| preview.members[i].name.as_str();
    let named: Vec<&str> = task
        .responsible_members
        .iter()
        .map(|&i| member(i))
        .collect();
    assert_eq!(named, ["Sahra Lindblom", "Martin Åberg"]);
    assert_eq!(task.responsible, "Sahra Lindblom och Martin Åberg");
    assert_eq!(
        task.input.responsible_text, "",
        "nothing left over as words"
    );

    let group = imported(&mut storage, plan);
    let imported = group
        .tasks
        .iter()
        .find(|t| t.title.starts_with("Sammanställa framtida behov"))
        .expect("imported");
    assert_eq!(
        names(&imported.responsible),
        ["Sahra Lindblom", "Martin Åberg"]
    );
}

#[test]
fn a_cell_naming_someone_who_is_no_member_is_kept_as_written() {
    let (storage, plan) = council(&[]);
    let bytes =
        fixture_edited(|xml| xml.replace("<w:t>Sahra</w:t>", "<w:t>Sahra och en konsult</w:t>"));
    let preview = preview_mandate(&storage, plan, &source(&bytes)).expect("preview");
    let task = preview
        .tasks
        .iter()
        .find(|t| t.input.title.starts_with("Sammanställa framtida behov"))
        .expect("Sahra's task");
    assert!(task.responsible_members.is_empty());
    assert!(task.input.responsible_person_ids.is_empty());
    assert_eq!(task.input.responsible_text, "Sahra och en konsult");
}

#[test]
fn a_task_due_before_the_decision_is_a_warning_not_a_refusal() {
    let (storage, plan) = council(&[]);
    let preview = preview_mandate(&storage, plan, &source(&handwritten())).expect("preview");
    // "Klart till arbetsmöte i augusti": 25 Aug 2022, a month before the AU's 23 Sep.
    let warning = preview
        .problems
        .iter()
        .find(|p| p.message.contains("ska vara klar 25 aug 2022"))
        .unwrap_or_else(|| panic!("a warning: {:?}", preview.problems));
    assert!(!warning.blocking);
    assert!(
        warning.message.contains("23 sep 2022"),
        "{}",
        warning.message
    );
    assert!(preview.can_import, "{:?}", preview.problems);
}

#[test]
fn a_section_with_no_place_goes_last_under_metod_and_the_preview_says_so() {
    let (mut storage, plan) = council(&[]);
    let preview = preview_mandate(&storage, plan, &source(&handwritten())).expect("preview");
    let last = preview.sections.last().expect("sections");
    assert_eq!(last.heading, "7. Övrigt");
    assert_eq!(last.section.as_deref(), Some("Metod"));
    assert!(
        preview.problems.iter().any(|p| !p.blocking
            && p.message.contains("”7. Övrigt”")
            && p.message.contains("sist under ”4. Metod”")),
        "{:?}",
        preview.problems
    );
    assert!(
        preview.mandate.method.ends_with(
            "\n\nÖvrigt\nGruppen bjuder in Nationella vårdkompetensrådet i höst.\nKostnader för \
             resor tas av varje huvudman."
        ),
        "{}",
        preview.mandate.method
    );
    let group = imported(&mut storage, plan);
    assert!(group
        .mandate
        .sections
        .method
        .contains("Kostnader för resor"));
}

#[test]
fn names_separated_by_a_comma_are_several_members_too() {
    let (storage, plan) = council(&[]);
    let bytes = fixture_edited(|xml| {
        xml.replace(
            "<w:t>Sahra</w:t>",
            "<w:t>Martin Åberg, Sahra Lindblom</w:t>",
        )
    });
    let preview = preview_mandate(&storage, plan, &source(&bytes)).expect("preview");
    let task = preview
        .tasks
        .iter()
        .find(|t| t.input.title.starts_with("Sammanställa framtida behov"))
        .expect("the task");
    assert_eq!(task.responsible, "Martin Åberg och Sahra Lindblom");
    assert_eq!(
        task.input.responsible_person_ids.len(),
        2,
        "both are in Register"
    );
}
