// The ONE place errors become visible: a toast with a message the secretary can act on.
import type { ApiError, ErrorCode } from "./bindings";
import { i18n, t } from "./i18n/index.svelte";

/**
 * `subject` names what an error is about ("activity-12"): a later successful change of the same
 * thing clears it, since the message no longer holds.
 */
export type Toast = { id: number; kind: "error" | "info"; text: string; subject?: string };

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "notFound", "invalid", "conflict", "fileInUse", "newerVersion", "notADatabase", "io", "diskFull", "damaged", "readOnly",
  "noFileOpen", "nothingToUndo", "internal",
]);

function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null
    && typeof (e as { code?: unknown }).code === "string"
    && typeof (e as { message?: unknown }).message === "string";
}

/** The text to show for anything a command (or our own code) threw. */
export function errorText(e: unknown): string {
  if (isApiError(e)) {
    // Core writes its messages in Swedish; in English we can only translate by code,
    // and an unknown code keeps core's more specific Swedish text.
    if (i18n.language === "en" && ERROR_CODES.has(e.code)) {
      return t().errors[e.code as ErrorCode];
    }
    return e.message;
  }
  const detail = e instanceof Error ? e.message : String(e);
  return t().errors.unknown(detail);
}

class Toasts {
  current = $state<Toast | null>(null);
  #next = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  show(kind: Toast["kind"], text: string, ms: number, subject?: string): void {
    // Only the latest message is shown: a stack of stale errors helps nobody.
    this.current = { id: this.#next++, kind, text, ...(subject === undefined ? {} : { subject }) };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.dismiss(), ms);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.current = null;
  }

  /** Takes away the error shown, if any: all of them, or only one about `subject`. */
  dismissError(subject?: string): void {
    if (this.current?.kind !== "error") return;
    if (subject === undefined || this.current.subject === subject) this.dismiss();
  }
}

export const toasts = new Toasts();

export function showError(e: unknown, subject?: string): void {
  // Errors stay long enough to be read aloud from a projector; Esc, the close button, a later
  // successful change of the same thing and going to another place take them away sooner.
  toasts.show("error", errorText(e), 12000, subject);
}

export function showInfo(text: string): void {
  toasts.show("info", text, 5000);
}
