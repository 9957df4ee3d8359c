// A focused row that is deleted takes the keyboard focus with it, to the top of the page, and a
// keyboard user has to Tab all the way back. Remember its neighbour before the row goes, focus it
// after.

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
