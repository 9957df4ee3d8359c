// "Exportera gruppblad (Excel)" and "Läs in gruppblad" in Workshops: a group's sheet filled in
// Excel, previewed row by row, then read in as the group's assessment.
export const sheetImport = {
  exportExcel: "Exportera gruppblad (Excel) …",
  exportExcelHint:
    "En Excel-fil per grupp med aktiviteterna och listor att välja Grön, Gul eller Röd och Ja för nationell nivå. Gruppens svar fylls i sedan. Du väljer mappen.",
  button: "Läs in gruppblad …",
  buttonHint: "Läs in ett ifyllt gruppblad (Excel) som gruppens färger, nationell nivå och kommentarer. Du ser varje rad innan något sparas.",
  title: "Läs in gruppblad",
  intro:
    "Välj ett gruppblad i Excel som Rådsplan skrev ut och gruppen fyllde i. En tom cell ändrar inget; det som står i bladet ersätter gruppens svar. Du kan ångra med Ctrl+Z.",
  chooseFile: "Välj fil …",
  chooseAnother: "Välj en annan fil …",
  reading: "Läser bladet …",
  group: "Läs in för gruppen",
  chooseGroup: "Välj grupp …",
  sheetSays: (group: string, workshop: string) => `Bladet skrevs ut för ${group} (${workshop}).`,
  rows: (n: number) => (n === 1 ? "1 rad" : `${n} rader`),
  colLine: "Rad",
  colActivity: "Aktivitet",
  colColour: "Prioritet",
  colNational: "Nationell nivå",
  colComment: "Kommentar",
  colNotes: "Att känna till",
  noColour: "ingen färg",
  yes: "Ja",
  no: "Nej",
  unchanged: "oförändrad",
  skipped: "hoppas över",
  from: (before: string) => `(var: ${before})`,
  problems: "Att känna till om bladet",
  blocking: "Fel",
  note: "Obs",
  changes: (n: number) =>
    n === 0 ? "Bladet ändrar ingenting." : n === 1 ? "1 aktivitet ändras." : `${n} aktiviteter ändras.`,
  blocked: "Bladet kan inte läsas in förrän felen ovan är rättade. Inget har sparats.",
  confirm: "Läs in",
  imported: (group: string, n: number) =>
    `${group}: ${n === 1 ? "1 aktivitet" : `${n} aktiviteter`} lästes in från gruppbladet. Ångra med Ctrl+Z.`,
};
