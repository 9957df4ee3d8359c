// The current language lives in one rune so every `t()` call in a template re-renders on change.
import type { Language } from "../bindings";
import { en } from "./en";
import { sv, type Messages } from "./sv";

const catalogues: Record<Language, Messages> = { sv, en };

class I18n {
  language = $state<Language>("sv");
}

export const i18n = new I18n();

/** The messages of the current language. */
export function t(): Messages {
  return catalogues[i18n.language];
}

export function setUiLanguage(language: Language): void {
  i18n.language = language;
  // Screen readers and hyphenation follow <html lang>.
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

export type { Messages };
