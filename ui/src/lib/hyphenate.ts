// Long Swedish words ("kompetensförsörjning", "Överenskommelse") in narrow table cells. CSS
// `hyphens: auto` needs the engine's Swedish patterns, which WebKitGTK has only when the
// `hyphen-sv` package is installed and Chromium-based engines may not have offline. So the words
// get soft hyphens (U+00AD) at Swedish syllable breaks when shown: invisible unless the line
// breaks there, and then shown as a hyphen. Stored text never holds them; copying strips them.
import { hyphenateSync } from "hyphen/sv";

export const SOFT_HYPHEN = "\u00AD";

/**
 * Shorter words fit every text column at 1280 px (the narrowest, Uppföljning, holds about 11
 * characters), so they are left alone and read back exactly as typed.
 */
const MIN_WORD_LENGTH = 10;

// Rows re-render on every change; the same texts are hyphenated once.
const cache = new Map<string, string>();

/** `text` with soft hyphens where Swedish may break its long words. */
export function hyphenateSv(text: string): string {
  if (text.length < MIN_WORD_LENGTH) return text;
  let done = cache.get(text);
  if (done === undefined) {
    done = hyphenateSync(text, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
    if (cache.size > 5000) cache.clear();
    cache.set(text, done);
  }
  return done;
}

export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, "");
}

/** A copy from hyphenated text puts the words on the clipboard as typed. */
export function copyWithoutSoftHyphens(e: ClipboardEvent): void {
  const selected = document.getSelection()?.toString() ?? "";
  if (!selected.includes(SOFT_HYPHEN) || !e.clipboardData) return;
  e.clipboardData.setData("text/plain", withoutSoftHyphens(selected));
  e.preventDefault();
}
