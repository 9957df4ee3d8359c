export const confirm = {
  deletePersonTitle: "Ta bort person?",
  deletePerson: (name: string) =>
    `${name} tas bort ur registret. Du kan ångra med Ctrl+Z.`,
  deleteOrganisationTitle: "Ta bort organisation?",
  deleteOrganisation: (name: string, people: number) =>
    people === 0
      ? `${name} tas bort ur registret. Du kan ångra med Ctrl+Z.`
      : `${name} tas bort ur registret. Dess ${people === 1 ? "1 person" : `${people} personer`} ` +
        `blir kvar men kopplas loss från organisationen. Du kan ångra med Ctrl+Z.`,
  deleteCountyTitle: "Ta bort län?",
  deleteCounty: (name: string) =>
    `${name} tas bort. Organisationer i länet blir utan län. Du kan ångra med Ctrl+Z.`,
  deleteGoalTitle: "Ta bort mål?",
  deleteGoal: (text: string) => `Målet ”${text}” tas bort. Du kan ångra med Ctrl+Z.`,
};
