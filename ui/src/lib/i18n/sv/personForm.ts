export const personForm = {
  addTitle: "Ny person",
  editTitle: "Ändra person",
  name: "Namn",
  title: "Titel",
  organisation: "Organisation",
  none: "– ingen –",
  email: "E-post",
  phone: "Telefon",
  nameRequired: "Skriv personens namn.",
};
