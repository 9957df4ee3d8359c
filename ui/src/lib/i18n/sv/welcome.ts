export const welcome = {
  intro:
    "Rådsplan hjälper rådets sekreterare att hålla ordning på aktivitetsplanen, " +
    "arbetsgrupperna och allt som ska rapporteras till arbetsutskottet. " +
    "Allt sparas i en fil på den här datorn och fungerar utan internet.",
  openExample: "Öppna exempelrådet",
  openExampleHint: "Regionalt vårdkompetensråd Mellansverige, aktivitetsplan 2022. Bra för att prova.",
  create: "Skapa ett nytt råd",
  createHint: "Börja med ett tomt råd och fyll i det själv.",
  councilNameLabel: "Rådets namn",
  councilNamePlaceholder: "t.ex. Regionalt vårdkompetensråd Norr",
  councilNameRequired: "Skriv rådets namn först.",
  createConfirm: "Skapa rådet",
  openExisting: "Öppna en befintlig fil …",
  recentTitle: "Senaste filer",
  recentMissing: "Finns inte där den låg – flyttad, borttagen eller på en enhet som inte är ansluten.",
  recentForget: "Ta bort ur listan",
  recentForgetLabel: (name: string) => `Ta bort ur listan: ${name}`,
};
