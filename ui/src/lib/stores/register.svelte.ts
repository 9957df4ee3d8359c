// People and organisations as core lists them (core sorts and folds the search; we never re-sort).
import * as api from "../api";
import type { Organisation, Person } from "../bindings";
import { showError } from "../errors.svelte";

export type RegisterTab = "people" | "organisations";

/** An open form: `item` null means "add a new one". */
export type FormTarget<T> = { item: T | null } | null;

export class RegisterState {
  tab = $state<RegisterTab>("people");
  query = $state("");
  people = $state<Person[]>([]);
  organisations = $state<Organisation[]>([]);
  personForm = $state<FormTarget<Person>>(null);
  organisationForm = $state<FormTarget<Organisation>>(null);
  peopleLoaded = $state(false);
  organisationsLoaded = $state(false);
  // Answers to older searches may arrive after newer ones; only the newest may win.
  #peopleSeq = 0;
  #orgSeq = 0;

  async loadPeople(): Promise<void> {
    const seq = ++this.#peopleSeq;
    try {
      const people = await api.listPeople(this.query);
      if (seq === this.#peopleSeq) {
        this.people = people;
        this.peopleLoaded = true;
      }
    } catch (e) {
      showError(e);
    }
  }

  async loadOrganisations(): Promise<void> {
    const seq = ++this.#orgSeq;
    try {
      const organisations = await api.listOrganisations(this.query);
      if (seq === this.#orgSeq) {
        this.organisations = organisations;
        this.organisationsLoaded = true;
      }
    } catch (e) {
      showError(e);
    }
  }

  /** Loads the list of the tab in view; the other one is loaded when its tab is opened. */
  async loadCurrent(): Promise<void> {
    await (this.tab === "people" ? this.loadPeople() : this.loadOrganisations());
  }

}

