/** True when the browser's own text undo should win over the app's Ctrl+Z. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    const nonText = ["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"];
    return !nonText.includes(target.type);
  }
  return false;
}
