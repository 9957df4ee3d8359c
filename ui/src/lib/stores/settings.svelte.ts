// The council's profile: name, mandate, counties and the current plan year's goals.
import * as api from "../api";
import type { CouncilProfile } from "../bindings";
import { showError } from "../errors.svelte";

export class SettingsState {
  profile = $state<CouncilProfile | null>(null);

  async load(): Promise<void> {
    try {
      this.profile = await api.councilProfile();
    } catch (e) {
      showError(e);
    }
  }

}

