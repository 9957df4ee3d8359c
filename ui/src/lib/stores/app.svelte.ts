// What the shell knows: which file is open, the council's name, language and undo/redo labels.
import * as api from "../api";
import type { AppStatus, Changes } from "../bindings";
import { showError } from "../errors.svelte";
import { setUiLanguage } from "../i18n/index.svelte";

export type Place = "overview" | "plan" | "workshops" | "register" | "settings"
  // Arbetsgrupper.
  | "groups"
  // Tidslinje.
  | "timeline"
  // Rapporter.
  | "reports";

/** Typed text not yet saved, that going to another place would lose. */
export type UnsavedChanges = {
  /** Saves it; false when the save was refused (the message is shown by the form). */
  save(): Promise<boolean>;
  discard(): void;
};

export class AppState {
  status = $state<AppStatus | null>(null);
  // A file opens on Översikt: what needs attention today, and the way into the plan.
  place = $state<Place>("overview");
  /** Set by a form while it holds unsaved text. */
  unsaved = $state.raw<UnsavedChanges | null>(null);
  /** The place the user asked for while there was unsaved text: the question is open. */
  leavingFor = $state<Place | null>(null);

  /** Goes to `place`, first asking what to do with unsaved text (Spara / Släng / Stanna kvar). */
  go(place: Place): void {
    if (place === this.place) return;
    if (this.unsaved) {
      this.leavingFor = place;
      return;
    }
    this.place = place;
  }

  /** Answers the question `go` asked. */
  async leave(answer: "save" | "discard" | "stay"): Promise<void> {
    const target = this.leavingFor;
    if (answer === "stay" || target === null) {
      this.leavingFor = null;
      return;
    }
    if (answer === "save" && this.unsaved && !(await this.unsaved.save())) {
      // The form shows why; the user stays with the text.
      this.leavingFor = null;
      return;
    }
    if (answer === "discard") this.unsaved?.discard();
    this.unsaved = null;
    this.leavingFor = null;
    this.place = target;
  }

  async load(): Promise<void> {
    try {
      this.setStatus(await api.appStatus());
    } catch (e) {
      showError(e);
      // Without a status we still show the welcome screen, so the user can open something.
      this.setStatus({
        file: null, councilName: null, language: "sv", undo: null, redo: null, notice: null, recentFiles: [], planYear: null,
        readOnly: false, riskyPlace: null, damagedFile: null,
      });
    }
  }

  setStatus(status: AppStatus): void {
    if (status.file !== this.status?.file) this.place = "overview";
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

  /**
   * A file action (open, create, close) that failed. A damaged file with a good backup gets the offer to restore it (the
   * dialog in App.svelte, which says what happened); anything else is told in a toast.
   */
  async fileActionFailed(e: unknown): Promise<void> {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === "damaged" || code === "notADatabase") {
      const status = await api.appStatus().catch(() => null);
      if (status?.damagedFile?.backup) {
        this.setStatus(status);
        return;
      }
    }
    showError(e);
  }

  reset(): void {
    this.status = null;
    this.place = "overview";
    this.unsaved = null;
    this.leavingFor = null;
  }
}

export const app = new AppState();
