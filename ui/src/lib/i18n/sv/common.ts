export const common = {
  cancel: "Avbryt",
  save: "Spara",
  delete: "Ta bort",
  edit: "Ändra",
  add: "Lägg till",
  close: "Stäng",
  required: "Måste fyllas i.",
};
