import type { Messages } from "../sv";

export const personForm: Messages["personForm"] = {
  addTitle: "New person",
  editTitle: "Edit person",
  name: "Name",
  title: "Title",
  organisation: "Organisation",
  none: "– none –",
  email: "E-mail",
  phone: "Phone",
  nameRequired: "Enter the person's name.",
};
