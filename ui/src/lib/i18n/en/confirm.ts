import type { Messages } from "../sv";

export const confirm: Messages["confirm"] = {
  deletePersonTitle: "Delete person?",
  deletePerson: (name: string) => `${name} will be removed from the register. Ctrl+Z undoes it.`,
  deleteOrganisationTitle: "Delete organisation?",
  deleteOrganisation: (name: string, people: number) =>
    people === 0
      ? `${name} will be removed from the register. Ctrl+Z undoes it.`
      : `${name} will be removed from the register. Its ${people === 1 ? "1 person" : `${people} people`} ` +
        `stay but are detached from the organisation. Ctrl+Z undoes it.`,
  deleteCountyTitle: "Delete county?",
  deleteCounty: (name: string) =>
    `${name} will be removed. Organisations in it will have no county. Ctrl+Z undoes it.`,
  deleteGoalTitle: "Delete goal?",
  deleteGoal: (text: string) => `The goal “${text}” will be removed. Ctrl+Z undoes it.`,
};
