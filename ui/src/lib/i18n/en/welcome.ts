import type { Messages } from "../sv";

export const welcome: Messages["welcome"] = {
  intro:
    "Rådsplan helps the council's secretary keep the activity plan, the working groups " +
    "and everything reported to the executive committee in order. " +
    "Everything is kept in one file on this computer and works without internet.",
  openExample: "Open the example council",
  openExampleHint: "Regionalt vårdkompetensråd Mellansverige, activity plan 2022. Good for trying things out.",
  create: "Create a new council",
  createHint: "Start with an empty council and fill it in yourself.",
  councilNameLabel: "Council name",
  councilNamePlaceholder: "e.g. Regionalt vårdkompetensråd Norr",
  councilNameRequired: "Enter the council's name first.",
  createConfirm: "Create council",
  recentTitle: "Recent files",
  recentMissing: "Not where it was – moved, deleted or on a drive that is not connected.",
  recentForget: "Remove from the list",
  recentForgetLabel: (name: string) => `Remove from the list: ${name}`,
  openExisting: "Open an existing file …",
};
