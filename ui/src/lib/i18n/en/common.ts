import type { Messages } from "../sv";

export const common: Messages["common"] = {
  cancel: "Cancel",
  save: "Save",
  delete: "Delete",
  edit: "Edit",
  add: "Add",
  close: "Close",
  required: "Required.",
};
