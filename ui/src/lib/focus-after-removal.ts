// A focused row that is deleted takes the keyboard focus with it, to the top of the page, and a
// keyboard user has to Tab all the way back. Remember its neighbour before the row goes, focus it
// after.

/**
 * Call before `row` is removed; call the returned function once it is gone. It focuses the row
 * that took its place (or the one above), or `fallback()` when `row` was the last one left.
 */
export function focusAfterRemoval(
  row: HTMLElement | null | undefined,
  fallback: () => HTMLElement | null | undefined,
): () => void {
  const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
  return () => {
    const target = neighbour?.isConnected ? neighbour : fallback();
    target?.focus();
  };
}
