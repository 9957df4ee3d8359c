// Rapporter: every document the app makes, previewed in the window, then exported.
import type { Continues } from "../../bindings";

const continuesWords: Record<Continues, string> = {
  yes: "Ja, gruppen fortsätter",
  no: "Nej, gruppen avslutas",
  undecided: "Inte bestämt ännu",
};

export const reports = {
  title: "Rapporter",
  intro: "Alla dokument som Rådsplan gör. Välj ett för att se det här, precis som det skrivs ut, och exportera det sedan.",
  year: "År",
  yearOption: (year: number) => `Aktivitetsplan ${year}`,
  noPlans: "Det finns ingen aktivitetsplan än. Skapa en under Aktivitetsplan först.",
  documents: "Dokument",
  groupHeading: "Arbetsgrupper",
  workshopHeading: "Workshops",
  plan: (year: number) => `Aktivitetsplan ${year}`,
  yearEndCouncil: (year: number) => `Återrapport ${year} – rådet`,
  yearEndGroup: (name: string) => `Återrapport: ${name}`,
  mandate: (name: string) => `Uppdragsbeskrivning: ${name}`,
  workshopSummary: (name: string) => `Sammanfattning: ${name}`,
  calendar: "Kalender (alla arbetsgrupper och AU)",
  calendarHint: "Möten och sista dagar som en .ics-fil för Outlook. Den har ingen förhandsgranskning här.",
  preview: "Förhandsgranskning",
  choose: "Välj ett dokument i listan.",
  building: "Förhandsgranskningen byggs …",
  exportAs: "Exportera",
  pageHeader: "Sidhuvud",
  // The återrapport's own words, per group.
  yearEndWords: "Återrapportens text",
  results: "Resultat och rekommendationer",
  resultsHint: "Skriv gruppens resultat och rekommendationer, eller klistra in gruppens egen text. En rad som börjar med ”- ” blir en punkt.",
  continues: "Fortsätter gruppen nästa år?",
  continuesWords,
  save: "Spara",
  saving: "Sparar …",
  saved: "Återrapportens text är sparad.",
  // Sending a group's återrapport: on record as sent, its duty marked delivered.
  send: "Skicka återrapporten (PDF) …",
  sent: (path: string) => `Återrapporten är sparad som ${path}, registrerad som skickad och markerad som lämnad i dag.`,
  deliveredOn: (day: string) => `Lämnad ${day}.`,
  notDelivered: "Inte lämnad ännu.",
};
