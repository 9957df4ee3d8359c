// Invented example data for the browser preview and the component tests. Not real people.
import type { PartyKind } from "../bindings";

export type Seed = {
  councilName: string;
  mandate: string;
  planYear: number | null;
  counties: string[];
  goals: string[];
  organisations: { name: string; kind: PartyKind; county: string | null }[];
  people: { name: string; title: string; organisation: string | null; email: string; phone: string }[];
};

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
};
