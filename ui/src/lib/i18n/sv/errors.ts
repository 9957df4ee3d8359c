import type { ErrorCode } from "../../bindings";

export const errors = {
  notFound: "Det du försökte ändra finns inte längre. Det kan redan ha tagits bort.",
  invalid: "Uppgifterna är inte giltiga. Kontrollera det du skrev.",
  conflict: "Det går inte just nu eftersom något annat hänger ihop med det.",
  fileInUse: "Filen används redan av ett annat program. Stäng det och försök igen.",
  newerVersion: "Filen är skapad med en nyare version av Rådsplan. Uppdatera programmet.",
  notADatabase: "Filen är inte en Rådsplan-fil.",
  io: "Filen kunde inte läsas eller skrivas. Kontrollera att den finns och att du har behörighet.",
  diskFull: "Disken är full. Frigör utrymme och försök igen.",
  damaged: "Filen är skadad. Öppna en säkerhetskopia eller en kopia du sparat tidigare.",
  readOnly: "Filen är skrivskyddad. Du kan läsa, exportera och spara en kopia.",
  noFileOpen: "Ingen fil är öppen. Öppna eller skapa ett råd först.",
  nothingToUndo: "Det finns inget att ångra.",
  internal: "Något gick fel i programmet. Försök igen.",
  unknown: (detail: string) => `Något oväntat gick fel: ${detail}`,
  dismiss: "Stäng meddelandet",
} satisfies Record<ErrorCode, string> & Record<string, unknown>;
