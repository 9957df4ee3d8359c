// What the shell knows: which file is open, the council's name, language and undo/redo labels.
import * as api from "../api";
import type { AppStatus, Changes } from "../bindings";
import { showError } from "../errors.svelte";
import { setUiLanguage } from "../i18n/index.svelte";

export type Place = "plan" | "register" | "settings";

export class AppState {
  status = $state<AppStatus | null>(null);
  // The plan is the heart of the product: a file opens on it.
  place = $state<Place>("plan");

  async load(): Promise<void> {
    try {
      this.setStatus(await api.appStatus());
    } catch (e) {
      showError(e);
      // Without a status we still show the welcome screen, so the user can open something.
      this.setStatus({ file: null, councilName: null, language: "sv", undo: null, redo: null, notice: null, readOnly: false });
    }
  }

  setStatus(status: AppStatus): void {
    if (status.file !== this.status?.file) this.place = "plan";
    this.status = status;
    setUiLanguage(status.language);
  }

  setUndoRedo(changes: Changes): void {
    if (!this.status) return;
    this.status = { ...this.status, undo: changes.undo, redo: changes.redo };
  }

  /** The council's name lives in AppStatus; re-read it after the council changed. */
  async refreshStatus(): Promise<void> {
    try {
      this.setStatus(await api.appStatus());
    } catch (e) {
      showError(e);
    }
  }

  reset(): void {
    this.status = null;
    this.place = "plan";
  }
}

export const app = new AppState();
