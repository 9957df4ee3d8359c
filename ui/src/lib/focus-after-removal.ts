// A focused row that is deleted takes the keyboard focus with it, to the top of the page, and a
// keyboard user has to Tab all the way back. Remember its neighbour before the row goes, focus it
// after.

import { tick } from "svelte";

/**
 * Call before `row` is removed; call the returned function once it is gone. It focuses the row
 * that took its place (or the one above), or `fallback()` when `row` was the last one left.
 * `inside` picks what to focus in the neighbour when the row itself takes no focus.
 */
export function focusAfterRemoval(
  row: HTMLElement | null | undefined,
  fallback: () => HTMLElement | null | undefined,
  inside: (neighbour: HTMLElement) => HTMLElement | null = (neighbour) => neighbour,
): () => void {
  const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
  return () => {
    const target = neighbour?.isConnected ? inside(neighbour) : fallback();
    target?.focus();
  };
}

/**
 * Removes a row's thing by `remove` (a mutation) and, once it is gone, focuses what took its
 * place (see `focusAfterRemoval`); when core refused, focus stays where it is.
 */
export async function removeThenRefocus(
  row: HTMLElement | null | undefined,
  fallback: () => HTMLElement | null | undefined,
  remove: () => Promise<{ ok: boolean }>,
  inside?: (neighbour: HTMLElement) => HTMLElement | null,
): Promise<void> {
  const refocus = focusAfterRemoval(row, fallback, inside);
  if (!(await remove()).ok) return;
  await tick();
  refocus();
}
