// Översikt: the plan seen on today (the window's clock; core reads none).
import * as api from "../api";
import type { Overview } from "../bindings";
import { todayIso } from "../dates";
import { showError } from "../errors.svelte";

export class OverviewState {
  data = $state.raw<Overview | null>(null);
  loaded = $state(false);
  #seq = 0;

  /** Reads the overview of `planId` as it stands today. */
  async load(planId: number | null): Promise<void> {
    const seq = ++this.#seq;
    if (planId === null) {
      this.data = null;
      this.loaded = true;
      return;
    }
    try {
      const data = await api.getOverview(planId, todayIso());
      if (seq !== this.#seq) return;
      this.data = data;
      this.loaded = true;
    } catch (e) {
      showError(e);
    }
  }
}
