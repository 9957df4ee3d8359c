//! Plans to render: the council's own 2022 plan as written in seed 003, and generated large ones.

use radsplan_report::{ActivityRow, FocusAreaSection, PlanDocument, Priority};

pub const HOSTILE_TITLE: &str =
    "=HYPERLINK(\"http://example.test\";\"klicka\") <script>alert('x')</script>";

pub fn activity(title: &str) -> ActivityRow {
    ActivityRow {
        title: title.to_string(),
        delivery: String::new(),
        schedule_text: String::new(),
        schedule_understood: Vec::new(),
        content: String::new(),
        follow_up: String::new(),
        priority: None,
        raise_national: false,
        status_label: "Ej påbörjad".to_string(),
        responsible: String::new(),
    }
}

fn area(name: &str, activities: Vec<ActivityRow>) -> FocusAreaSection {
    FocusAreaSection {
        name: name.to_string(),
        description: String::new(),
        deferred_to_year: None,
        deferral_note: String::new(),
        activities,
    }
}

pub const MANDATE: &str = "Regionalt vårdkompetensråd Mellansverige är ett samverkansforum mellan regioner, kommuner, lärosäten. Rådet omfattar verksamheterna i följande sju län: Dalarna, Gävleborg, Södermanland, Uppsala, Värmland, Västmanland och Örebro. Övergripande mål med rådets verksamhet är att effektivisera kompetensförsörjningen av hälso- och sjukvården och tandvården. Regionalt vårdkompetensråd Mellansverige ska initialt rikta sitt arbete mot de yrken som kräver högskoleutbildning.\n\nVid förändring av uppdraget för det nationella vårdkompetensrådet anpassas uppdraget för det regionala vårdkompetensrådet. Utgångspunkter för rådets arbete är att en effektivare och bättre samordnad kompetensförsörjning inom hälso- och sjukvården kan bidra till en mer jämlik, säker, effektiv och hållbar hälso- och sjukvård.";

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

/// Seed 003: the four focus areas of 2022 with their activities, AT/BT deferred to 2023.
pub fn example_document() -> PlanDocument {
    let mut samordna = activity(
        "Samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar",
    );
    samordna.delivery = "Arbetsgrupp".into();
    samordna.schedule_text = "Redovisa delaktiviteter 12/10 och 30/11".into();
    samordna.schedule_understood = vec!["12 okt 2022 (v. 41)".into(), "30 nov 2022 (v. 48)".into()];
    samordna.content = "Både en fråga om samverkan inom region, mellan regioner och hur vi skapar en struktur som fungerar ur ett kommunperspektiv för samtliga professioner? Hur ser det ut med avtal?\nBehövs flera arbetsgrupper? Prioritera de mest kritiska yrkesgrupperna? Koppla samman med kraftigt ökande behovet av platser för undersköterskor, vårdbiträden.\nVad ska VFU tillföra? Pedagogik, fördelning lärosäte, klinisk miljö, resor, uppehälle annan ort etc. mål EU, UKÄ\nHur får vi till fler VFU-platser och ökad kvalitet i VFU? Lärosätena behöver ta ansvar för innehåll och nya former.".into();
    samordna.follow_up =
        "Löpande rapportering till arbetsutskottet och en årlig skriftlig rapport".into();
    samordna.priority = Some(Priority::Green);
    samordna.status_label = "Pågår".into();
    samordna.responsible = "Eva-Lena Aspetorp".into();

    let mut it = activity("IT-system VFU");
    it.delivery = "Nationell nivå".into();
    it.priority = Some(Priority::Yellow);
    it.raise_national = true;

    let mut avtal = activity("Avtal VFU region–lärosäten, avtal VFU kommun–lärosäten");
    avtal.delivery = "Nationell nivå".into();
    avtal.content = "Underlag till nationell nivå".into();
    avtal.priority = Some(Priority::Yellow);
    avtal.raise_national = true;

    let mut konferens = activity("Nationell VFU/Handledningskonferens");
    konferens.schedule_text = "HT 2022".into();
    konferens.schedule_understood = vec!["aug–dec 2022".into()];
    konferens.priority = Some(Priority::Red);

    let mut handledare = activity(
        "Inventera och utveckla handledarutbildning för VFU både inom hälso- och sjukvården och tandvården",
    );
    handledare.delivery = "Arbetsgrupp".into();
    handledare.schedule_text = "Uppstart 16 maj".into();
    handledare.schedule_understood = vec!["16 maj 2022 (v. 20)".into()];
    handledare.content = "Kartlägga befintliga handledningsmodeller och utbildningar, koppla till forskningen.\nKartläggning av handledarutbildningar och handledningsmodeller (i regionen). Nationell modell?".into();
    handledare.follow_up = "Klart till arbetsmöte i augusti".into();
    handledare.priority = Some(Priority::Green);

    let mut kvalitet = activity("Säkerställ kvaliteten i de VFU-platser som finns");
    kvalitet.content = "Analysera problematiken: handledarkapacitet/kvalitet/förberedelser/efterarbete. Synliggöra handledarskapet, skapa förutsättningar.".into();
    kvalitet.priority = Some(Priority::Yellow);

    let ersattning = activity("Kartlägga ersättningsmodeller till VFU-anordnare");
    let mut etablera = activity("Etablera arbetsgrupp");
    etablera.schedule_text = "v. 37".into();
    etablera.schedule_understood = vec!["12–18 sep 2022 (v. 37)".into()];
    etablera.priority = Some(Priority::Green);

    let mut vfu = area(
        "Verksamhetsförlagd utbildning, VFU",
        vec![
            samordna, it, avtal, konferens, handledare, kvalitet, ersattning, etablera,
        ],
    );
    vfu.description = "Både en fråga om samverkan inom region, mellan regioner och hur vi skapar en struktur som fungerar ur ett kommunperspektiv. Alla jobbar med frågan.".into();

    let mut intermediar = activity("Utbildning i intermediärvård för sjuksköterskor");
    intermediar.delivery = "Arbetsgrupp".into();
    intermediar.content = "Vad innebär detta på regional nivå? Undersöka intresset i Mellansverige.\nDefiniera begreppet – ingår i att definiera behovet".into();
    intermediar.priority = Some(Priority::Yellow);
    let mut karriar =
        activity("Kompetens/karriärvägar i klinisk vård, inkluderat specialistsjuksköterskor");
    karriar.delivery = "Arbetsgrupp".into();
    karriar.content = "att kartlägga/sammanställa modeller för att stärka karriär-/kompetensvägar i klinisk vård, framåtsyftande och främjar rekrytering både inom regioner och kommuner, att det finns möjlighet att gå en forskarutbildning och kunna stanna kvar i yrket.".into();
    karriar.priority = Some(Priority::Green);
    let mut intro = activity("Introduktionsår/etableringsår");
    intro.content = "Introduktionsår/etableringsår för att stärka viljan att stanna längre på ett ställe, ger bättre lärande och större stabilitet för patienter.\nVilket fokusområde passar detta bäst inom?".into();
    let mut primar = activity(
        "Inventera behov av utbildningar för den primärkommunala hälso- och sjukvårdssektorn",
    );
    primar.content = "Möjliggöra livslångt lärande, utbildning inom vissa områden, förbättra befintligt system, ta vara på ny teknik, i utbildningarna och möjligheten utbilda på distans och fördelning av var utbildning sker.\nModuler som går att bygga till något större. Flexibilitet.".into();
    primar.priority = Some(Priority::Red);
    let mut utland = activity("Utveckla lärosätenas uppdrag för gruppen utlandsutbildade läkare");
    utland.delivery = "Nationellt".into();
    utland.content = "Lyfta till nationella vårdkompetensrådet.\nEx. behov av fler utbildningsplatser på de kompletterande utbildningarna och preparandutbildning inför kunskapsprov".into();
    utland.raise_national = true;
    let mut tandvard = activity("Specialistutbildning tandvård");
    tandvard.content = "Kolla med Västmanland".into();
    let mut usk = activity("Kompetensförsörjning undersköterskor");
    usk.content =
        "certifieringar, specialistundersköterska\nSOU 14 januari-21 U 2021/00256\nBevaka utfall."
            .into();
    usk.follow_up = "-".into();
    let mut hostile = activity(HOSTILE_TITLE);
    hostile.content = "+46 70 123 45 67; @SUM(A1:A9)\n-1".into();
    hostile.responsible = "@Anna \"Kalle\" Örn".into();
    let fortbildning = area(
        "Fortbildning",
        vec![
            intermediar,
            karriar,
            intro,
            primar,
            utland,
            tandvard,
            usk,
            hostile,
        ],
    );

    let mut forenade = activity(
        "Möjliggöra förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner",
    );
    forenade.delivery = "Arbetsgrupp".into();
    forenade.content = "att ta fram en hållbar struktur för förenade anställningar andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner.\nSka även andra kombinationer såsom klinisk verksamhet och undervisning ingå? Måste delvis lösas ut på nationell nivå, t ex pensionssystem".into();
    forenade.priority = Some(Priority::Green);
    let mut forskarskolor =
        activity("Utveckla nationella forskarskolor för framtida vårdkompetens");
    forskarskolor.delivery = "Nationellt".into();
    forskarskolor.schedule_text = "2022-".into();
    forskarskolor.schedule_understood = vec!["löpande från 2022".into()];
    forskarskolor.content = "Även regionalt, kartlägga vad som finns idag".into();
    forskarskolor.raise_national = true;
    let forskning = area(
        "Stimulera och integrera klinisk forskning",
        vec![forenade, forskarskolor],
    );

    let mut starka = activity("Stärka kompetensförsörjningen relaterat till God och Nära vård");
    starka.content = "Hur ser framtidens vård ut? Teknik, omvärld, vårdbehov, kompetensbehov\nFramtidsspaning, Framtida kompetenser utifrån vårdens behov\nKompetensförsörjning ur perspektiv god och nära vård. Ta fram en samlad bild under 2022.".into();
    starka.priority = Some(Priority::Green);
    let mut kritiska = activity("Definiera kritiska kompetenser");
    kritiska.content = "Ta fram, analysera och prognosticera behov av kompetenser och vilka utbildningar som behövs\nex. specialisering (Finns arbetsgrupp Vårdkompetens inom Sveriges universitets- och högskoleförbund, SUHF), IVA, OP, Röntgen med flera\nÄven demografi och rekryteringsbas".into();
    let mut modell =
        activity("Gemensam modell för behovsanalyser och prognoser tillsammans med kommunerna");
    modell.content = "för att bättre kunna beskriva behovet och därmed bli bättre beställare. Se på modellen från Region Gävleborg. Bygg på erfarenheter från pandemin".into();
    let tandvardens = activity("Möta tandvårdens behov av kompetens");
    let nara = area(
        "God och Nära vård",
        vec![starka, kritiska, modell, tandvardens],
    );

    let mut atbt = area("AT/BT", Vec::new());
    atbt.deferred_to_year = Some(2023);
    atbt.deferral_note = "finns arbetsgrupp nationellt, mer prio regionalt 2023".into();

    PlanDocument {
        council_name: "Regionalt vårdkompetensråd Mellansverige".into(),
        year: 2022,
        status_label: "Utkast".into(),
        mandate: MANDATE.into(),
        goals: GOALS.iter().map(|g| g.to_string()).collect(),
        focus_areas: vec![vfu, fortbildning, forskning, nara, atbt],
        // 23 Sep 2022, 14:25 in Stockholm (summer time, UTC+2).
        generated_at: chrono::DateTime::parse_from_rfc3339("2022-09-23T14:25:00+02:00")
            .expect("valid time"),
    }
}

const WORDS: [&str; 24] = [
    "kompetensförsörjning",
    "samverkan",
    "lärosäten",
    "kommuner",
    "regioner",
    "handledning",
    "VFU-platser",
    "kartlägga",
    "undersköterskor",
    "specialistsjuksköterskor",
    "utbildning",
    "på",
    "och",
    "för",
    "att",
    "i",
    "med",
    "nationell",
    "nivå",
    "behov",
    "analys",
    "modeller",
    "Örebro",
    "Gävleborg",
];

/// Deterministic filler text of `words` words.
fn filler(seed: usize, words: usize) -> String {
    let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(12_345);
    (0..words)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            WORDS[x % WORDS.len()]
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `n` activities spread over eight focus areas, with text of varied length.
pub fn large_document(n: usize) -> PlanDocument {
    let mut doc = example_document();
    let areas = 8;
    doc.focus_areas = (0..areas)
        .map(|a| {
            let activities = (0..n)
                .filter(|i| i % areas == a)
                .map(|i| {
                    let mut row = activity(&format!("Aktivitet nr {i:04} – {}", filler(i, 4)));
                    row.delivery = if i % 3 == 0 { "Arbetsgrupp" } else { "Alla" }.into();
                    row.schedule_text = format!("{}/{}", 1 + i % 28, 1 + i % 12);
                    row.content = filler(i + 7, 10 + (i * 7) % 60);
                    row.follow_up = filler(i + 3, 6);
                    row.priority = match (i / 8 + i) % 4 {
                        0 => Some(Priority::Green),
                        1 => Some(Priority::Yellow),
                        2 => Some(Priority::Red),
                        _ => None,
                    };
                    row.raise_national = i % 5 == 0;
                    row
                })
                .collect();
            area(
                &format!("Fokusområde {} – {}", a + 1, filler(a, 2)),
                activities,
            )
        })
        .collect();
    doc
}
