//! The two working groups whose mandates are seeds 002 and 004, and the AU meeting that
//! decided the first.

use rusqlite::types::Value;

use super::plan2022::{Plan2022, MANDATE};
use super::register::Register;
use super::{insert, int, parsed, text};
use crate::history::Tx;
use crate::{Entity, Id, Result};

const REQUIREMENTS: &str = "Främja dialog och samverkan mellan berörda aktörer.\n\
Stödja regionala vårdkompetensrådet fortlöpande i upprättande, uppdaterande och utvecklande av prioriterade aktiviteter inom området.\n\
Samverka och föra dialog med det nationella vårdkompetensrådet och dess berörda arbetsgrupper.\n\
Uppdraget ska utföras på ett sådant sätt att huvudsakliga intressenter är delaktiga i och har insyn i processen.";
const COMMISSIONER: &str = "Regionala vårdkompetensrådet Mellansverige";
const OWNER: &str = "Regionala vårdkompetensrådets arbetsutskott";
const ORGANISATION_NOTE: &str =
    "Huvudmännen har möjlighet att vid behov komplettera med fler representanter i arbetsgruppen.";
const REPORTING: &str = "Arbetsgruppen ska fortlöpande rapportera om sitt arbete till Regionala \
vårdkompetensrådets arbetsutskott. Vid årets slut ska en kort skriftlig återrapport lämnas.";

/// (date, when as written, mode, place, purpose)
type ExampleMeeting = (
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);
/// (title, description, responsible person, responsible text, tidplan as written)
type ExampleTask = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

pub struct ExampleGroup {
    name: &'static str,
    activity: usize,
    decided_on: Option<&'static str>,
    background_tail: &'static str,
    activities_intro: &'static str,
    method: &'static str,
    schedule_tail: &'static str,
    /// (person, role, representing)
    members: &'static [(&'static str, &'static str, &'static str)],
    tasks: &'static [ExampleTask],
    meetings: &'static [ExampleMeeting],
}

pub const GROUPS: [ExampleGroup; 2] = [
    ExampleGroup {
        name: "Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård",
        activity: 3,
        decided_on: Some("2022-09-23"),
        background_tail: "Regionala vårdkompetensrådet Mellansverige har beslutat tillsätta sex arbetsgrupper kopplat till Aktivitetsplan 2022, bland annat denna för att kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård. Arbetet är framåtsyftande för att främja rekrytering både inom regioner och kommuner, samt utveckla modeller för möjlighet att gå en forskarutbildning och kunna stanna kvar i yrket. Arbetsgruppen ska ha representation från alla berörda parter.",
        activities_intro: "Arbetsgruppen ska kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård. Det åligger arbetsgruppen att strukturera arbetet, sortera, prioritera och ge förslag på utveckling av uppdraget. Aktiviteter med tidplan redovisas nedan.",
        method: "Underlag till uppdraget kommer att tas fram genom:\n- Sammanställning av befintliga dokument (både nationella, regionala och lokala) avseende modeller för karriär/kompetensvägar i klinisk vård.\n- Enkät till berörda aktörer inom sjukvårdsregionen.\n- Bevaka och ta del av utbildningsdepartementets uppdrag U2021/00256 Uppdrag att föreslå flera vägar till vårdyrken.",
        schedule_tail: "",
        members: &[
            ("Karin Ekdahl", "member", "Lärosäten"),
            ("Johan Nyström", "member", "Kommuner"),
            ("Eva Sjöberg", "convener", "Region: Sjukvårdsregionala HR-direktörsgruppen"),
        ],
        tasks: &[
            ("Kunskapsinhämtning", "Bevaka Utbildningsdepartementets uppdrag U2021/00256 Uppdrag att föreslå flera vägar till vårdyrken.", None, "Alla", ""),
            ("Kunskapssammanställning", "", Some("Karin Ekdahl"), "", "12/10 och 30/11"),
            ("Kartlägga befintliga modeller i sjukvårdsregionen?", "", None, "", ""),
            ("Kartlägga befintliga nätverk nationellt", "", Some("Eva Sjöberg"), "", "12/10"),
            ("Synkronisera vårt arbete med nationella nätverk", "", None, "", ""),
            ("Utveckla enkät", "", None, "Alla", "12/10"),
            ("Inhämta synpunkter på enkäten", "", None, "Alla", "12/10"),
            ("Datainsamling (enkät)", "", None, "Alla", "12/10 - 7/11"),
            ("Sammanställa resultatet", "", None, "Alla", "30/11"),
            ("Sammanställning rapport", "", None, "Alla", "13/12"),
            ("Planering eventuell workshop", "", None, "Alla", ""),
        ],
        meetings: &[],
    },
    ExampleGroup {
        name: "Förenade anställningar och andra kombinationstjänster i kommuner och regioner",
        activity: 9,
        decided_on: None,
        background_tail: "Regionala vårdkompetensrådet Mellansverige har beslutat tillsätta sex arbetsgrupper kopplat till Aktivitetsplan 2022, bland annat denna för att kartlägga befintliga typer av anställningar och ekonomiska modeller för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner. Arbetsgruppen ska ha representation från alla berörda parter.",
        activities_intro: "Arbetsgruppen ska kartlägga befintliga typer av anställningar och ekonomiska modeller för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner. Gruppen ska ta fram en hållbar struktur för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner, inklusive kombinationer såsom klinisk verksamhet och undervisning.\nDet åligger arbetsgruppen att strukturera arbetet, sortera, prioritera och ge förslag på utveckling av uppdraget. Aktiviteter med tidplan redovisas nedan.",
        method: "Underlag till uppdraget kommer att tas fram genom:\n- Intervjuer och samtal med nyckelpersoner hos alla berörda parter. Initialt ska den kommunikativa infrastrukturen säkras. Arbetet genomförs med fysiska arbetsmöten för gruppen samt på hemmaplan med fördelade uppdrag. Avstämningsmöten sker via Teams mellan de fysiska arbetsmötena. Teams är också plattform för skrivningar av rapporter och dokument.\n- Inventering och kartläggning av nuläge, framtida behov samt organisatoriska och ekonomiska förutsättningar. Detta ska ske i samråd med Nationella vårdkompetensrådets berörda arbetsgrupp.\n- Identifierande och bevakande av genomförda eller pågående utredningar och rapporter som berör området.",
        schedule_tail: "\n- Uppstartsmöte 16 maj, planering och formulering av uppdraget och fortsatt arbete\n- Maj – augusti, insamling av underlag\n- 25 augusti, arbetsmöte i Örebro. Genomgång och sammanställning av insamlat underlag. Uppstart av planerade uppgifter.\n- 14 september, avstämning Teams\n- 9 november arbetsmöte i Örebro, start rapportskrivning\n- Slutet av november, avstämning Teams, ställningstagande till fortsatt arbete",
        members: &[
            ("Annika Berg", "member", "Regionrepresentant"),
            ("Anna Wiklund", "member", "Regionrepresentant"),
            ("Tina Ek", "member", "Regionrepresentant"),
            ("Pia Lundmark", "convener", "Regionrepresentant"),
            ("Sahra Lindblom", "member", "Kommunrepresentant"),
            ("Martin Åberg", "member", "Lärosätesrepresentant"),
        ],
        tasks: &[
            ("Kartlägga och sammanställa befintliga typer av anställningar och ekonomiska modeller för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner", "", None, "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.", "Uppstart 16 maj. Klart till arbetsmöte i augusti"),
            ("Kartlägga och sammanställa utmaningar och problem", "- Gränsdragningar regioner, kommuner och universiteten\n- Kopplat till olika professioner", None, "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.", "Inventering fram till arbetsmöte i augusti. Skriva sammanställning på arbetsmötet i augusti."),
            ("Kartlägga och sammanställa goda exempel på lösningar inom andra områden (exv inom skolverksamhet)", "", None, "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.", ""),
            ("Sammanställa framtida behov och förutsättningar", "- Nära vård\n- Strukturering av vården\n- Attraktivitet – kompetensförsörjning", Some("Sahra Lindblom"), "", "Uppstart på arbetsmöte i augusti"),
            ("Mallar/modeller – underlag för kvalitetssäkra avtal", "Lön, arbetsmiljö, arbetstid, andra villkor, när det inte funkar.\nBehov: central samordning, enhetlig rådgivning.", None, "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.", "Insamling av goda exempel maj – augusti. Uppstart sammanställning under arbetsmötet i augusti."),
            ("Avstämning och samordning med Nationella vårdkompetensrådet", "", None, "", ""),
        ],
        meetings: &[
            (Some("2022-05-16"), "", None, "", "Uppstartsmöte: planering och formulering av uppdraget och fortsatt arbete"),
            (Some("2022-08-25"), "", Some("physical"), "Örebro", "Arbetsmöte: genomgång och sammanställning av insamlat underlag, uppstart av planerade uppgifter"),
            (Some("2022-09-14"), "", Some("digital"), "Teams", "Avstämning"),
            (Some("2022-11-09"), "", Some("physical"), "Örebro", "Arbetsmöte, start rapportskrivning"),
            (None, "Slutet av november", Some("digital"), "Teams", "Avstämning, ställningstagande till fortsatt arbete"),
        ],
    },
];

pub fn write(tx: &mut Tx, plan: Id, register: &Register, plan2022: &Plan2022) -> Result<()> {
    let committee: Id =
        tx.conn()
            .query_row("SELECT id FROM committee ORDER BY id LIMIT 1", [], |r| {
                r.get(0)
            })?;
    insert(
        tx,
        Entity::Meeting,
        &[
            ("committee_id", int(committee)),
            ("held_on", text("2022-09-23")),
            (
                "purpose",
                text("Arbetsutskottet beslutar uppdragsbeskrivningar för arbetsgrupper"),
            ),
        ],
    )?;
    for group in &GROUPS {
        let activity = plan2022.activities[group.activity];
        let focus_area: Id = tx.conn().query_row(
            "SELECT focus_area_id FROM activity WHERE id = ?1",
            [activity],
            |r| r.get(0),
        )?;
        let working_group = insert(
            tx,
            Entity::WorkingGroup,
            &[
                ("plan_id", int(plan)),
                ("focus_area_id", int(focus_area)),
                ("name", text(group.name)),
                (
                    "decided_by",
                    text(if group.decided_on.is_some() {
                        OWNER
                    } else {
                        ""
                    }),
                ),
                ("decided_on", group.decided_on.map_or(Value::Null, text)),
            ],
        )?;
        tx.update(
            Entity::Activity,
            activity,
            &[("working_group_id", int(working_group))],
        )?;
        insert(
            tx,
            Entity::Mandate,
            &[
                ("working_group_id", int(working_group)),
                (
                    "background",
                    text(&format!("{MANDATE}\n\n{}", group.background_tail)),
                ),
                ("requirements", text(REQUIREMENTS)),
                ("activities_intro", text(group.activities_intro)),
                ("method", text(group.method)),
                ("commissioner", text(COMMISSIONER)),
                ("owner", text(OWNER)),
                ("organisation_note", text(ORGANISATION_NOTE)),
                (
                    "schedule",
                    text(&format!("{REPORTING}{}", group.schedule_tail)),
                ),
            ],
        )?;
        for (index, (person, role, representing)) in group.members.iter().enumerate() {
            insert(
                tx,
                Entity::Membership,
                &[
                    ("working_group_id", int(working_group)),
                    ("person_id", int(register.person(person))),
                    ("role", text(role)),
                    ("representing", text(representing)),
                    ("position", int(index as i64 + 1)),
                ],
            )?;
        }
        for (index, (title, description, person, responsible, schedule)) in
            group.tasks.iter().enumerate()
        {
            let task = insert(
                tx,
                Entity::Task,
                &[
                    ("working_group_id", int(working_group)),
                    ("position", int(index as i64 + 1)),
                    ("title", text(title)),
                    ("description", text(description)),
                    ("responsible_text", text(responsible)),
                    ("schedule_text", text(schedule)),
                    ("schedule_parsed", parsed(schedule)),
                ],
            )?;
            if let Some(person) = person {
                insert(
                    tx,
                    Entity::TaskResponsible,
                    &[
                        ("task_id", int(task)),
                        ("person_id", int(register.person(person))),
                        ("position", int(0)),
                    ],
                )?;
            }
        }
        for (held_on, when, mode, place, purpose) in group.meetings {
            insert(
                tx,
                Entity::Meeting,
                &[
                    ("working_group_id", int(working_group)),
                    ("held_on", held_on.map_or(Value::Null, text)),
                    ("when_text", text(when)),
                    ("mode", mode.map_or(Value::Null, text)),
                    ("place", text(place)),
                    ("purpose", text(purpose)),
                ],
            )?;
        }
        for (kind, recipient, due_on) in [
            ("continuous", "Arbetsutskottet", None),
            (
                "year_end",
                "Regionala vårdkompetensrådet Mellansverige",
                Some("2022-12-31"),
            ),
        ] {
            insert(
                tx,
                Entity::ReportDuty,
                &[
                    ("working_group_id", int(working_group)),
                    ("kind", text(kind)),
                    ("recipient", text(recipient)),
                    ("due_on", due_on.map_or(Value::Null, text)),
                ],
            )?;
        }
    }
    Ok(())
}
