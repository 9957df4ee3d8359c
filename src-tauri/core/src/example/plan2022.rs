//! Aktivitetsplan 2022 (seed 003): mandate, the nine overall goals, four focus areas and one
//! deferred to 2023, and every activity with its Genomförande, Tidplan, Innehåll, Uppföljning.

use super::{insert, int, parsed, text};
use crate::history::Tx;
use crate::{Entity, Id, Result};

pub const MANDATE: &str = "Regionalt vårdkompetensråd Mellansverige är ett samverkansforum mellan \
regioner, kommuner, lärosäten. Rådet omfattar verksamheterna i följande sju län: Dalarna, \
Gävleborg, Södermanland, Uppsala, Värmland, Västmanland och Örebro. Övergripande mål med rådets \
verksamhet är att effektivisera kompetensförsörjningen av hälso- och sjukvården och tandvården. \
Regionalt vårdkompetensråd Mellansverige ska initialt rikta sitt arbete mot de yrken som kräver \
högskoleutbildning. Vid förändring av uppdraget för det nationella vårdkompetensrådet anpassas \
uppdraget för det regionala vårdkompetensrådet. Utgångspunkter för rådets arbete är att en \
effektivare och bättre samordnad kompetensförsörjning inom hälso- och sjukvården kan bidra till \
en mer jämlik, säker, effektiv och hållbar hälso- och sjukvård.";

pub const GOALS: [&str; 9] = [
    "främja dialog och samverkan mellan berörda aktörer på regional nivå",
    "samla och föra dialog om huvudmännens kompetensbehov och om kompetensförsörjning på både lång och kort sikt till lärosätena",
    "föra dialog om planerade förändringar av utbildningar",
    "samverka kring strategiska framtidsfrågor inom kompetensförsörjning",
    "samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar",
    "samverka och föra dialog med det nationella vårdkompetensrådet",
    "länka samman det nationella vårdkompetensrådet med arbetet på regional och lokal nivå",
    "främja att nationella förslag på åtgärder realiseras och att det skapas tryck i arbetet regionalt och lokalt",
    "samverka med övriga regionala vårdkompetensråd",
];

/// (name, description, deferred to year, deferral note)
pub const FOCUS_AREAS: [(&str, &str, Option<i64>, &str); 5] = [
    ("Verksamhetsförlagd utbildning, VFU", "", None, ""),
    ("Fortbildning", "", None, ""),
    ("Stimulera och integrera klinisk forskning", "", None, ""),
    ("God och Nära vård", "", None, ""),
    (
        "AT/BT",
        "",
        Some(2023),
        "Finns arbetsgrupp nationellt, mer prio regionalt 2023",
    ),
];

pub const FOLLOW_UP: &str =
    "Löpande rapportering till arbetsutskottet och en årlig skriftlig rapport";

pub struct ExampleActivity {
    pub focus_area: usize,
    pub title: &'static str,
    pub delivery: &'static str,
    pub schedule: &'static str,
    pub content: &'static str,
    pub follow_up: &'static str,
    pub raise_national: bool,
}

const fn activity(
    focus_area: usize,
    title: &'static str,
    delivery: &'static str,
    schedule: &'static str,
    content: &'static str,
    follow_up: &'static str,
    raise_national: bool,
) -> ExampleActivity {
    ExampleActivity {
        focus_area,
        title,
        delivery,
        schedule,
        content,
        follow_up,
        raise_national,
    }
}

pub const ACTIVITIES: [ExampleActivity; 15] = [
    activity(0, "Samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar",
        "Arbetsgrupp", "Löpande",
        "Både en fråga om samverkan inom region, mellan regioner och hur vi skapar en struktur som fungerar ur ett kommunperspektiv för samtliga professioner? Hur ser det ut med avtal?\nBehövs flera arbetsgrupper? Prioritera de mest kritiska yrkesgrupperna? Koppla samman med kraftigt ökande behovet av platser för undersköterskor, vårdbiträden.\nVad ska VFU tillföra? Pedagogik, fördelning lärosäte, klinisk miljö, resor, uppehälle annan ort etc. mål EU, UKÄ\nHur får vi till fler VFU-platser och ökad kvalitet i VFU? Lärosätena behöver ta ansvar för innehåll och nya former.",
        FOLLOW_UP, false),
    activity(0, "Inventera och utveckla handledarutbildning för VFU både inom hälso- och sjukvården och tandvården",
        "Arbetsgrupp", "",
        "Kartlägga befintliga handledningsmodeller och utbildningar, koppla till forskningen", FOLLOW_UP, false),
    activity(1, "Utbildning i intermediärvård för sjuksköterskor",
        "Arbetsgrupp", "", "Vad innebär detta på regional nivå?", "", false),
    activity(1, "Kompetens/karriärvägar i klinisk vård, inkluderat specialistsjuksköterskor",
        "Arbetsgrupp", "12/10 och 30/11",
        "Att kartlägga/sammanställa modeller för att stärka karriär-/kompetensvägar i klinisk vård, framåtsyftande och främjar rekrytering både inom regioner och kommuner, att det finns möjlighet att gå en forskarutbildning och kunna stanna kvar i yrket.",
        FOLLOW_UP, false),
    activity(1, "Introduktionsår/etableringsår", "", "",
        "Introduktionsår/etableringsår för att stärka viljan att stanna längre på ett ställe, ger bättre lärande och större stabilitet för patienter.\nVilket fokusområde passar detta bäst inom?",
        "", false),
    activity(1, "Inventera behov av utbildningar för den primärkommunala hälso- och sjukvårdssektorn", "", "",
        "Möjliggöra livslångt lärande, utbildning inom vissa områden, förbättra befintligt system, ta vara på ny teknik, i utbildningarna och möjligheten utbilda på distans och fördelning av var utbildning sker.\nModuler som går att bygga till något större. Flexibilitet.",
        "", false),
    activity(1, "Utveckla lärosätenas uppdrag för gruppen utlandsutbildade läkare", "Nationell nivå", "",
        "Lyfta till nationella vårdkompetensrådet.\nEx. behov av fler utbildningsplatser på de kompletterande utbildningarna och preparandutbildning inför kunskapsprov",
        "", true),
    activity(1, "Specialistutbildning tandvård", "", "", "", "", false),
    activity(1, "Kompetensförsörjning undersköterskor", "", "",
        "Certifieringar, specialistundersköterska", "", false),
    activity(2, "Möjliggöra förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner",
        "Arbetsgrupp", "Maj – augusti",
        "Att ta fram en hållbar struktur för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner.\nSka även andra kombinationer såsom klinisk verksamhet och undervisning ingå?",
        FOLLOW_UP, false),
    activity(2, "Utveckla nationella forskarskolor för framtida vårdkompetens", "Nationell nivå", "2022-",
        "Även regionalt: kartlägga vad som finns idag", "", true),
    activity(3, "Stärka kompetensförsörjningen relaterat till God och Nära vård", "Alla", "",
        "Hur ser framtidens vård ut? Teknik, omvärld, vårdbehov, kompetensbehov.\nFramtidsspaning, framtida kompetenser utifrån vårdens behov.\nKompetensförsörjning ur perspektiv god och nära vård. Ta fram en samlad bild under 2022.",
        "", false),
    activity(3, "Definiera kritiska kompetenser", "", "",
        "Ta fram, analysera och prognosticera behov av kompetenser och vilka utbildningar som behövs, ex. specialisering (Finns arbetsgrupp Vårdkompetens inom Sveriges universitets- och högskoleförbund, SUHF), IVA, OP, Röntgen med flera.\nÄven demografi och rekryteringsbas.",
        "", false),
    activity(3, "Gemensam modell för behovsanalyser och prognoser tillsammans med kommunerna", "", "",
        "För att bättre kunna beskriva behovet och därmed bli bättre beställare", "", false),
    activity(3, "Möta tandvårdens behov av kompetens", "", "", "", "", false),
];

pub struct Plan2022 {
    pub activities: Vec<Id>,
}

pub fn write(tx: &mut Tx, plan: Id) -> Result<Plan2022> {
    for (index, goal) in GOALS.iter().enumerate() {
        insert(
            tx,
            Entity::Goal,
            &[
                ("plan_id", int(plan)),
                ("position", int(index as i64 + 1)),
                ("text", text(goal)),
            ],
        )?;
    }
    let mut focus_areas = Vec::new();
    for (index, (name, description, deferred_to, note)) in FOCUS_AREAS.iter().enumerate() {
        let id = insert(
            tx,
            Entity::FocusArea,
            &[
                ("plan_id", int(plan)),
                ("position", int(index as i64 + 1)),
                ("name", text(name)),
                ("description", text(description)),
                (
                    "deferred_to_year",
                    deferred_to.map_or(rusqlite::types::Value::Null, int),
                ),
                ("deferral_note", text(note)),
            ],
        )?;
        focus_areas.push(id);
    }
    let mut activities = Vec::new();
    let mut position_in_area = [0i64; 5];
    for a in &ACTIVITIES {
        position_in_area[a.focus_area] += 1;
        let id = insert(
            tx,
            Entity::Activity,
            &[
                ("focus_area_id", int(focus_areas[a.focus_area])),
                ("position", int(position_in_area[a.focus_area])),
                ("title", text(a.title)),
                ("delivery", text(a.delivery)),
                ("schedule_text", text(a.schedule)),
                ("schedule_parsed", parsed(a.schedule)),
                ("content", text(a.content)),
                ("follow_up", text(a.follow_up)),
                ("raise_national", int(i64::from(a.raise_national))),
            ],
        )?;
        activities.push(id);
    }
    Ok(Plan2022 { activities })
}
