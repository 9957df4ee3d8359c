// The workshop's notes board and projector mode (Workshops).
export const notes = {
  tabGrid: "Grupper och bedömningar",
  tabNotes: "Anteckningar",
  title: "Anteckningar",
  help:
    "Skriv i rutan under en cell och tryck Enter; rutan är kvar för nästa anteckning. Stå på en " +
    "anteckning: Enter ändrar, Delete tar bort, Alt+pil flyttar den (vänster och höger mellan typer, " +
    "upp och ned i cellen och till kategorin ovanför eller nedanför). Du kan också dra en anteckning " +
    "till en annan cell. Ctrl+Z ångrar.",
  category: "Kategori",
  kindColumn: "Typ",
  kinds: {
    condition: "Grundförutsättningar",
    opportunity: "Möjligheter",
    obstacle: "Hinder",
    measure: "Insatser",
  },
  kind: {
    condition: "grundförutsättning",
    opportunity: "möjlighet",
    obstacle: "hinder",
    measure: "insats",
  },
  newNote: (category: string, kind: string) => `Ny anteckning: ${category}, ${kind}`,
  newNotePlaceholder: "Skriv, tryck Enter",
  noteLabel: (text: string, category: string, kind: string, at: number, of: number) =>
    `${text} (${category}, ${kind}, ${at} av ${of})`,
  editNote: "Ändra anteckningen",
  editHint: "Enter sparar, Skift+Enter ny rad, Esc avbryter.",
  removeNote: (text: string) => `Ta bort anteckningen ”${text}”`,
  toActivity: "Gör till aktivitet …",
  toActivityLabel: (text: string) => `Gör ”${text}” till aktivitet …`,
  became: "Blev aktivitet:",
  becameLabel: (title: string) => `Blev aktivitet: ${title}. Öppna raden i aktivitetsplanen`,
  moved: (text: string, category: string, kind: string, at: number, of: number) =>
    `”${text}” flyttad till ${category}, ${kind}, plats ${at} av ${of}.`,
  removed: (text: string) => `”${text}” borttagen. Ctrl+Z ångrar.`,
  added: (category: string, kind: string) => `Tillagd i ${category}, ${kind}.`,
  newCategory: "Ny kategori",
  addCategory: "Lägg till kategori",
  renameCategory: (name: string) => `Byt namn på ${name}`,
  renameShort: "Byt namn",
  categoryName: (name: string) => `Nytt namn för ${name}`,
  saveName: "Spara",
  cancel: "Avbryt",
  removeCategory: (name: string) => `Ta bort kategorin ${name}`,
  removeShort: "Ta bort",
  paste: "Klistra in tabell …",
  pasteTitle: "Klistra in anteckningar",
  pasteHelp:
    "Kopiera tabellen i Word eller Excel (en rad med kategorierna, en rad med Möjligheter och Hinder, " +
    "sedan anteckningarna) och klistra in den här. Det går också med en kategori på en egen rad följd " +
    "av en rad med typen (till exempel Insatser) och en anteckning per rad.",
  pasteLabel: "Text att klistra in",
  pastePreview: (n: number) => (n === 1 ? "1 anteckning läggs in:" : `${n} anteckningar läggs in:`),
  pasteNothing: "Inget att lägga in ännu.",
  pasteNewCategories: (names: string) => `Nya kategorier på tavlan: ${names}`,
  pasteProblems: (n: number) => (n === 1 ? "1 rad förstods inte och läggs inte in:" : `${n} rader förstods inte och läggs inte in:`),
  pasteLine: (line: number) => `Rad ${line}`,
  pasteConfirm: (n: number) => (n === 1 ? "Lägg in 1 anteckning" : `Lägg in ${n} anteckningar`),
  pasted: (n: number) => (n === 1 ? "1 anteckning inlagd. Ctrl+Z ångrar." : `${n} anteckningar inlagda. Ctrl+Z ångrar.`),
  toActivityTitle: "Gör anteckningen till en aktivitet",
  toActivityHelp: "Aktiviteten läggs sist i fokusområdet; anteckningens första rad blir dess titel.",
  focusArea: "Fokusområde",
  createActivity: "Skapa aktivitet",
  noFocusAreas: "Planen har inga fokusområden. Lägg till ett under Aktivitetsplan först.",
  // Projector mode.
  project: "Visa för rummet",
  projectTitle: (workshop: string) => `${workshop}: visning för rummet`,
  projectStep: (at: number, of: number) => `Fokusområde ${at} av ${of}`,
  projectHelp: "← → eller Page Up/Page Down byter fokusområde. Esc avslutar.",
  projectClose: "Avsluta visningen",
  projectPrev: "Föregående fokusområde",
  projectNext: "Nästa fokusområde",
  projectEmpty: "Planen har inga aktiviteter att visa.",
  proposal: "Förslag",
};
