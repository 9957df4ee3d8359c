/** Arrow keys move between rows of a register table, Home/End to the ends. */
export function moveRowFocus(e: KeyboardEvent): boolean {
  const row = e.currentTarget as HTMLElement;
  let target: Element | null = null;
  if (e.key === "ArrowDown") target = row.nextElementSibling;
  else if (e.key === "ArrowUp") target = row.previousElementSibling;
  else if (e.key === "Home") target = row.parentElement?.firstElementChild ?? null;
  else if (e.key === "End") target = row.parentElement?.lastElementChild ?? null;
  if (!(target instanceof HTMLElement)) return false;
  e.preventDefault();
  target.focus();
  return true;
}

/**
 * A table row's keys: Enter opens it, arrows/Home/End move between rows. Keys on a control
 * inside the row (its delete button) are that control's own.
 */
export function onRowKey(e: KeyboardEvent, open: () => void): void {
  if (e.target !== e.currentTarget) return;
  if (e.key === "Enter") {
    e.preventDefault();
    open();
  } else {
    moveRowFocus(e);
  }
}
