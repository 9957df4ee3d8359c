//! The 2022 planning workshop (seed 003): three groups, each named after its leader, and each
//! group's own notes and national flags per activity. The seed's colours did not survive as
//! text, so the colours here are invented to fit each group's comments: most rows agree, some
//! differ by a step (mild disagreement), and two have both grön and röd (strong), as the
//! council's three coloured copies did. The plan's decided priorities stay open for the
//! secretary to decide.

use super::plan2022::Plan2022;
use super::register::Register;
use super::{insert, int, opt_id, opt_text, text};
use crate::activity::Priority;
use crate::history::Tx;
use crate::{Entity, Result};
use Priority::{Green, Red, Yellow};

/// (group name, leader, members including the leader)
pub const GROUPS: [(&str, &str, &[&str]); 3] = [
    (
        "Grupp Hans",
        "Hans Lindgren",
        &[
            "Hans Lindgren",
            "Katarina Fjäll",
            "Britt Sandström",
            "Helena Vik",
            "Ulla Borg",
            "Petter Alm",
        ],
    ),
    (
        "Grupp Maria",
        "Maria Sandberg",
        &[
            "Maria Sandberg",
            "Björn Ekholm",
            "Anders Wall",
            "Johan Nyström",
            "Lars Hedin",
            "Jenny Falk",
        ],
    ),
    (
        "Grupp Lena",
        "Lena Forsberg",
        &[
            "Margareta Lund",
            "Annika Strand",
            "Anna Berglund",
            "Sofia Hammar",
            "Ingrid Holm",
            "Carina Åström",
            "Lena Forsberg",
        ],
    ),
];

/// (group index, activity index, the group's colour, lyfta till nationell nivå, the group's comment)
pub const ASSESSMENTS: &[(usize, usize, Option<Priority>, bool, &str)] = &[
    (0, 0, Some(Green), false, "Nationell VFU/handledningskonferens"),
    (0, 1, Some(Green), false, "Kartläggning av handledarutbildningar och handledningsmodeller (i regionen). Nationell modell?\nSäkerställ kvaliteten i de VFU-platser som finns.\nAnalysera problematiken: handledarkapacitet/kvalitet/förberedelser/efterarbete.\nSynliggöra handledarskapet, skapa förutsättningar.\nKartlägga ersättningsmodeller till VFU-anordnare.\nEtablera arbetsgrupp."),
    (0, 2, Some(Yellow), false, "Definiera begreppet – ingår i att definiera behovet"),
    (0, 6, Some(Red), true, "Lyfta till nationella vårdkompetensrådet"),
    (0, 8, Some(Green), false, "SOU 14 januari-21 U 2021/00256. Bevaka utfall."),
    (0, 9, Some(Yellow), false, "Måste delvis lösas ut på nationell nivå, t ex pensionssystem"),
    (0, 13, Some(Green), false, "Se på modellen från Region Gävleborg. Bygg på erfarenheter från pandemin."),
    (1, 0, Some(Green), false, "Alla jobbar med frågan"),
    (1, 1, Some(Yellow), false, "Diskutera sig fram till en samsyn så vi kan lösa det. Där studenter inte finns idag.\nProblembild – flaskhalsar. Studenterna ska nå sina mål för att kunna ta examen.\nI Uppsala finns en grupp i samverkan hur detta kan lösas. Enhet för kliniska placeringar sammanhållen med region och kommun.\nRisk att vi konstlar till det.\nKartläggning/nulägesanalys: se det som en gemensam angelägenhet.\nViktigt att vara i vårdmiljö och hur kan man förbereda bättre. IPL: hur kan vi utveckla detta? Peer learning. Pedagogiska modeller för VFU.\nVåra olika huvudmän vill ha lätta lösningar."),
    (1, 2, Some(Red), false, "Svår att greppa – grundutbildade går en kortare utbildning. Specialistsjuksköterskor."),
    (1, 3, Some(Green), false, "Grunden. Fortbildning organiseras under karriärstegar/modeller – karriärvägarna är skelettet."),
    (1, 4, Some(Yellow), false, "Lyftas till VFU-gruppen. För få VFU-veckor – ökar behovet av introduktionsår.\nStärka den kliniska kompetensen – hur? Introduktion och etableringsfas i stället för år."),
    (1, 5, Some(Yellow), false, "Nära vård"),
    (1, 6, Some(Red), true, "Lyfta till nationella vårdkompetensrådet, UKÄ och UHR. Preparandutbildning inför kunskapsprov för utbildade utanför EU."),
    (1, 8, Some(Green), false, "Stor utmaning att bygga baskompetens – kommuner. Vilken kompetens behövs som bas? Samlad kompetens. Nära vård."),
    (1, 9, Some(Yellow), false, "Ha luckor i aktivitetslistan beroende på vad som kommer från nationellt håll."),
    (1, 10, Some(Red), false, "Inventera forskarskolor. Det finns många samarbeten kring detta område.\nÖka kunskap kring akademisk meritering. Karriärvägar/modeller för yrkesgrupper behöver bli tydliga.\nKommunerna och de små behöver samordna inom detta område. Lönebildningen lyfts här som ett hinder.\nHur kan vi frigöra resurser för strategisk forskning? Smart specialisering."),
    (1, 11, Some(Green), true, "Fokusområdet lyft till nationell nivå. Tänk på långa tider – viktigt med samverkan med utbildningsanordnare. Följeforskning."),
    (1, 12, Some(Yellow), true, "Internationell och nationell utblick"),
    (1, 13, Some(Yellow), true, "Viktigt att ge utrymme för kommande uppdrag"),
    (2, 0, Some(Green), true, "Nationell nivå: IT-system VFU; avtal VFU region–lärosäten och kommun–lärosäten. Underlag till nationell nivå."),
    (2, 1, Some(Green), false, "Arbetsgrupp. Kartlägga befintliga handledningsmodeller och utbildningar, koppla till forskningen. Skapa en gemensam bild av vad VFU ska innehålla."),
    (2, 2, Some(Yellow), false, "Arbetsgrupp. Undersöka intresset i Mellansverige."),
    (2, 3, Some(Green), false, "Arbetsgrupp. Kartlägga behoven inom kommunerna. En del kan vara differentierade tjänster, delade eller adjungerade tjänster."),
    (2, 4, Some(Green), false, "Kartlägga vilka modeller som finns idag, dela goda exempel. Utreda personalomsättning utifrån tid i yrket (HR?). Forskning finns på sjuksköterskor och introduktionsår."),
    (2, 5, Some(Red), false, "Stärka samverkan mellan region och kommun? Starta på lokal nivå. Koppla till God och Nära vård – flytta till fokusområdet God och Nära vård."),
    (2, 6, Some(Red), true, "Nationellt"),
    (2, 7, Some(Yellow), false, "Kolla med Västmanland"),
    (2, 8, Some(Red), true, "Skickas vidare: hanteras inom ramen för Vård- och omsorgscollege nationellt. Koppla samman med utbildning för den primärkommunala hälso- och sjukvårdssektorn. Karriärväg även för undersköterskor."),
    (2, 9, Some(Green), false, "Arbetsgrupp. Kartlägga befintliga typer av anställningar och ekonomiska modeller."),
    (2, 10, Some(Green), true, "Nationellt. 2022- Viktigt. Även regionalt, kartlägga vad som finns idag."),
    (2, 11, Some(Yellow), false, "En aktivitet av alla tre. Pågår inom ramen för God och Nära vård? Behovsanalys på regional nivå?"),
];

pub fn write(tx: &mut Tx, plan: crate::Id, register: &Register, plan2022: &Plan2022) -> Result<()> {
    let workshop = insert(
        tx,
        Entity::Workshop,
        &[
            ("plan_id", int(plan)),
            ("name", text("Workshop aktivitetsplan 2022")),
        ],
    )?;
    let mut groups = Vec::new();
    for (index, (name, leader, members)) in GROUPS.iter().enumerate() {
        let group = insert(
            tx,
            Entity::WorkshopGroup,
            &[
                ("workshop_id", int(workshop)),
                ("position", int(index as i64 + 1)),
                ("name", text(name)),
                ("leader_person_id", opt_id(Some(register.person(leader)))),
            ],
        )?;
        for member in *members {
            insert(
                tx,
                Entity::WorkshopMember,
                &[
                    ("group_id", int(group)),
                    ("person_id", int(register.person(member))),
                ],
            )?;
        }
        groups.push(group);
    }
    for (group, activity, colour, national, comment) in ASSESSMENTS {
        insert(
            tx,
            Entity::Assessment,
            &[
                ("group_id", int(groups[*group])),
                ("activity_id", int(plan2022.activities[*activity])),
                ("priority", opt_text(colour.map(Priority::as_str))),
                ("raise_national", int(i64::from(*national))),
                ("comment", text(comment)),
            ],
        )?;
    }
    Ok(())
}
