// In a large plan each table (the plan's focus areas, the workshop grid's sections) renders only
// the rows near the screen, with two spacer rows standing in for the rest, so a 2,000-activity
// plan lays out 30 rows instead of 2,000. Ordinary plans (every real council's so far has 15–40
// activities) render whole: the browser's own find and screen readers see everything.
// `row-window.svelte.ts` keeps a table's window up to date; this file is its arithmetic.

/** Plans with more activities than this are windowed, every table of them: a filter that leaves
 *  60 rows in each of eight tables must not render 480 rows. */
export const WINDOW_ABOVE = 150;
/** A row's height before it has been measured (a typical five-line row). */
export const ESTIMATED_ROW_PX = 140;
/** Rows kept rendered beyond the screen's edges, so arrows and scrolling find them ready. */
export const MARGIN_PX = 1200;

export type RowRange = { first: number; end: number; before: number; after: number };

/**
 * The rows overlapping [top, bottom] (pixels from the table body's top), with the heights of
 * the rows above (`before`) and below (`after`) that the spacers take instead.
 */
export function rowRange(heights: readonly number[], top: number, bottom: number): RowRange {
  let y = 0;
  let first = 0;
  while (first < heights.length && y + heights[first]! <= top) y += heights[first++]!;
  const before = y;
  let end = first;
  while (end < heights.length && y < bottom) y += heights[end++]!;
  let after = 0;
  for (let i = end; i < heights.length; i++) after += heights[i]!;
  return { first, end, before, after };
}

/** The plan's measured row heights by activity id, shared by every table (a row keeps its
 *  height when moved to another focus area). */
export const rowHeights = new Map<number, number>();
