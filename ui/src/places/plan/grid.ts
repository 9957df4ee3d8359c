// The activity table as a keyboard grid: which columns there are and how focus moves.
import type { Activity, ActivityInput } from "../../lib/bindings";

export const COLUMNS = [
  "title", "delivery", "schedule", "content", "followUp", "priority", "national", "status", "responsible", "actions",
] as const;
export type Column = (typeof COLUMNS)[number];

/** The whole input of a row, as update_activity wants it. */
export function inputOf(a: Activity): ActivityInput {
  return {
    title: a.title, delivery: a.delivery, scheduleText: a.scheduleText, content: a.content, followUp: a.followUp,
    priority: a.priority, raiseNational: a.raiseNational, status: a.status,
    responsiblePersonId: a.responsiblePersonId, responsibleText: a.responsibleText,
  };
}

export function focusCell(row: HTMLElement | null | undefined, col: Column): void {
  row?.querySelector<HTMLElement>(`td[data-col="${col}"]`)?.focus();
}

/** Arrow keys, Home and End move between cells; up and down cross into the next table. */
export function moveCellFocus(e: KeyboardEvent, row: HTMLElement | undefined, col: Column): boolean {
  if (!row) return false;
  const i = COLUMNS.indexOf(col);
  let target: { row: Element | null | undefined; col: Column } | null = null;
  if (e.key === "ArrowLeft" && i > 0) target = { row, col: COLUMNS[i - 1]! };
  else if (e.key === "ArrowRight" && i < COLUMNS.length - 1) target = { row, col: COLUMNS[i + 1]! };
  else if (e.key === "Home") target = { row, col: COLUMNS[0] };
  else if (e.key === "End") target = { row, col: COLUMNS[COLUMNS.length - 1]! };
  else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
    const scope = row.closest("[data-plan-grid]") ?? document;
    const rows = Array.from(scope.querySelectorAll('tr[data-testid="activity-row"]'));
    const at = rows.indexOf(row);
    target = { row: rows[at + (e.key === "ArrowUp" ? -1 : 1)], col };
  }
  if (!target) return false;
  e.preventDefault();
  if (target.row instanceof HTMLElement) focusCell(target.row, target.col);
  return true;
}
