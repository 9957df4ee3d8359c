import type { Messages } from "../sv";

export const organisationForm: Messages["organisationForm"] = {
  addTitle: "New organisation",
  editTitle: "Edit organisation",
  name: "Name",
  kind: "Party",
  county: "County",
  none: "– none –",
  nameRequired: "Enter the organisation's name.",
};
