export const organisationForm = {
  addTitle: "Ny organisation",
  editTitle: "Ändra organisation",
  name: "Namn",
  kind: "Part",
  county: "Län",
  none: "– inget –",
  nameRequired: "Skriv organisationens namn.",
};
