// Invented example data for the browser preview and the component tests. Not real people.
import type { ActivityStatus, PartyKind, PlanStatus, Priority } from "../bindings";

export type SeedActivity = {
  title: string;
  delivery?: string;
  schedule?: string;
  content?: string;
  followUp?: string;
  priority?: Priority | null;
  national?: boolean;
  status?: ActivityStatus;
  /** A person's name from `people`, or free text. */
  responsible?: string;
};

export type SeedFocusArea = {
  name: string;
  description?: string;
  deferredToYear?: number;
  deferralNote?: string;
  activities: SeedActivity[];
};

export type SeedPlan = { year: number; status: PlanStatus; adoptedOn: string | null; focusAreas: SeedFocusArea[] };

export type Seed = {
  councilName: string;
  mandate: string;
  planYear: number | null;
  counties: string[];
  goals: string[];
  organisations: { name: string; kind: PartyKind; county: string | null }[];
  people: { name: string; title: string; organisation: string | null; email: string; phone: string }[];
  plans: SeedPlan[];
};

const report = "Löpande rapportering till arbetsutskottet och en årlig skriftlig rapport";

// Titles and texts from the council's own plan for 2022 (seed 003); dates and colours invented.
const plans: SeedPlan[] = [
  {
    year: 2022, status: "adopted", adoptedOn: "2022-02-04", focusAreas: [
      {
        name: "Verksamhetsförlagd utbildning, VFU",
        description: "Samordna det gemensamma utbildningsuppdraget för alla relevanta utbildningar.",
        activities: [
          {
            title: "Samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar",
            delivery: "Arbetsgrupp", schedule: "12/10 och 30/11",
            content: "Både en fråga om samverkan inom region, mellan regioner och hur vi skapar en struktur som " +
              "fungerar ur ett kommunperspektiv för samtliga professioner? Hur ser det ut med avtal?",
            followUp: report, priority: "green", status: "inProgress", responsible: "Elin Ståhl",
          },
          {
            title: "Nationell VFU/Handledningskonferens", delivery: "Nationell nivå", schedule: "HT 2022",
            priority: "yellow", national: true, responsible: "Alla",
          },
          {
            title: "Inventera och utveckla handledarutbildning för VFU både inom hälso- och sjukvården och tandvården",
            delivery: "Arbetsgrupp", schedule: "slutet av november",
            content: "Kartläggning av handledarutbildningar och handledningsmodeller (i regionen). Nationell modell?",
            followUp: report, priority: "green", status: "inProgress", responsible: "Ingrid Wallin",
          },
          {
            title: "Säkerställ kvaliteten i de VFU-platser som finns", schedule: "Löpande",
            content: "Analysera problematiken: handledarkapacitet/kvalitet/förberedelser/efterarbete. " +
              "Synliggöra handledarskapet, skapa förutsättningar.",
            priority: "red",
          },
          { title: "Kartlägga ersättningsmodeller till VFU-anordnare", schedule: "efter sommaren typ" },
        ],
      },
      {
        name: "Fortbildning",
        activities: [
          {
            title: "Utbildning i intermediärvård för sjuksköterskor", schedule: "v. 37",
            content: "Vad innebär detta på regional nivå? Definiera begreppet – ingår i att definiera behovet.",
            priority: "yellow", responsible: "Hans Ärlig",
          },
          {
            title: "Kompetens/karriärvägar i klinisk vård, inkluderat specialistsjuksköterskor",
            schedule: "Maj – augusti",
            content: "Att kartlägga/sammanställa modeller för att stärka karriär-/kompetensvägar i klinisk vård, " +
              "framåtsyftande och främjar rekrytering både inom regioner och kommuner.",
            priority: "red", status: "postponed",
          },
          {
            title: "Introduktionsår/etableringsår",
            content: "Introduktionsår/etableringsår för att stärka viljan att stanna längre på ett ställe, ger bättre " +
              "lärande och större stabilitet för patienter. Vilket fokusområde passar detta bäst inom?",
          },
        ],
      },
      {
        name: "Stimulera och integrera klinisk forskning",
        activities: [
          {
            title: "Möjliggöra förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner",
            delivery: "Arbetsgrupp", schedule: "2022-09-23",
            content: "Att ta fram en hållbar struktur för förenade anställningar och andra typer av " +
              "kombinationstjänster. Måste delvis lösas ut på nationell nivå, t ex pensionssystem.",
            followUp: report, priority: "green", national: true, responsible: "David Eriksson",
          },
          { title: "Utveckla nationella forskarskolor för framtida vårdkompetens", priority: "red", national: true },
        ],
      },
      {
        name: "God och Nära vård",
        activities: [
          {
            title: "Stärka kompetensförsörjningen relaterat till God och Nära vård", schedule: "Uppstart 16 maj",
            content: "Hur ser framtidens vård ut? Teknik, omvärld, vårdbehov, kompetensbehov. Ta fram en samlad bild under 2022.",
            priority: "green", status: "done", responsible: "Cecilia Öberg",
          },
          {
            title: "Definiera kritiska kompetenser", schedule: "12/10 - 7/11",
            content: "Ta fram, analysera och prognosticera behov av kompetenser och vilka utbildningar som behövs.",
            priority: "yellow",
          },
          { title: "Gemensam modell för behovsanalyser och prognoser tillsammans med kommunerna", status: "cancelled" },
        ],
      },
      {
        name: "AT/BT", deferredToYear: 2023, deferralNote: "finns arbetsgrupp nationellt, mer prio regionalt 2023",
        activities: [{ title: "Samordna AT- och BT-tjänster mellan regionerna" }],
      },
    ],
  },
  {
    year: 2021, status: "closed", adoptedOn: "2021-02-12", focusAreas: [
      {
        name: "Verksamhetsförlagd utbildning, VFU",
        activities: [{ title: "Etablera arbetsgrupp för VFU", status: "done", priority: "green" }],
      },
      {
        name: "Fortbildning",
        activities: [{ title: "Kartlägga fortbildningsbehov i kommunerna", status: "done", priority: "yellow" }],
      },
    ],
  },
];

export const exampleSeed: Seed = {
  councilName: "Regionalt vårdkompetensråd Mellansverige",
  mandate:
    "Rådet är ett samverkansforum för regioner, kommuner och lärosäten i Mellansverige. " +
    "Rådet ska verka för att hälso- och sjukvården och omsorgen har tillgång till kompetens " +
    "på kort och lång sikt, genom samverkan kring utbildning, VFU, fortbildning och forskning.",
  planYear: 2022,
  counties: ["Dalarna", "Gävleborg", "Sörmland", "Uppsala", "Värmland", "Västmanland", "Örebro"],
  goals: [
    "Säkra tillgången till VFU-platser för alla vårdutbildningar i regionen",
    "Stärka kompetensutvecklingen för medarbetare i kommunal vård och omsorg",
    "Öka samverkan mellan lärosäten och huvudmän kring klinisk forskning",
  ],
  organisations: [
    { name: "Region Sörmland", kind: "region", county: "Sörmland" },
    { name: "Region Uppsala", kind: "region", county: "Uppsala" },
    { name: "Region Örebro län", kind: "region", county: "Örebro" },
    { name: "Örebro kommun", kind: "kommun", county: "Örebro" },
    { name: "Västerås stad", kind: "kommun", county: "Västmanland" },
    { name: "Uppsala universitet", kind: "larosate", county: "Uppsala" },
    { name: "Örebro universitet", kind: "larosate", county: "Örebro" },
    { name: "Högskolan Dalarna", kind: "larosate", county: "Dalarna" },
    { name: "Länsstyrelsen Gävleborg", kind: "other", county: "Gävleborg" },
  ],
  people: [
    { name: "Anna Lindqvist", title: "HR-direktör", organisation: "Region Sörmland", email: "anna.lindqvist@example.se", phone: "016-10 20 30" },
    { name: "Björn Åkesson", title: "Utbildningschef", organisation: "Region Uppsala", email: "bjorn.akesson@example.se", phone: "018-61 10 00" },
    { name: "Cecilia Öberg", title: "Socialchef", organisation: "Örebro kommun", email: "cecilia.oberg@example.se", phone: "019-21 10 00" },
    { name: "David Eriksson", title: "Prefekt", organisation: "Uppsala universitet", email: "david.eriksson@example.se", phone: "018-471 00 00" },
    { name: "Elin Ståhl", title: "VFU-samordnare", organisation: "Örebro universitet", email: "elin.stahl@example.se", phone: "019-30 30 00" },
    { name: "Fredrik Nyström", title: "Förvaltningschef vård och omsorg", organisation: "Västerås stad", email: "fredrik.nystrom@example.se", phone: "021-39 00 00" },
    { name: "Gunilla Hägg", title: "Sekreterare", organisation: null, email: "gunilla.hagg@example.se", phone: "" },
    { name: "Hans Ärlig", title: "Chefläkare", organisation: "Region Örebro län", email: "hans.arlig@example.se", phone: "019-602 10 00" },
    { name: "Ingrid Wallin", title: "Lektor i omvårdnad", organisation: "Högskolan Dalarna", email: "ingrid.wallin@example.se", phone: "023-77 80 00" },
    { name: "Åsa Karlsson", title: "Utvecklingsledare", organisation: "Region Sörmland", email: "asa.karlsson@example.se", phone: "016-10 40 50" },
  ],
  plans,
};
