// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Organisation, OrganisationInput, Outcome, Person, PersonInput } from "../bindings";

/** Swedish order; the query folds case and å-forms. */
export const listOrganisations = (query: string) =>
  invoke<Array<Organisation>>("list_organisations", { query });

export const addOrganisation = (input: OrganisationInput) =>
  invoke<Outcome<number>>("add_organisation", { input });

export const updateOrganisation = (id: number, input: OrganisationInput) =>
  invoke<Outcome<null>>("update_organisation", { id, input });

/** Its people are detached; undoable. */
export const deleteOrganisation = (id: number) =>
  invoke<Outcome<null>>("delete_organisation", { id });

export const listPeople = (query: string) =>
  invoke<Array<Person>>("list_people", { query });

export const addPerson = (input: PersonInput) =>
  invoke<Outcome<number>>("add_person", { input });

export const updatePerson = (id: number, input: PersonInput) =>
  invoke<Outcome<null>>("update_person", { id, input });

/** `conflict` while the person is still a member somewhere. */
export const deletePerson = (id: number) =>
  invoke<Outcome<null>>("delete_person", { id });
