// Where things sit on the timeline: the window of days shown at a zoom, an item's place in it
// as percentages (so the drawing fills its width at any size), and which item the arrow keys
// move to. Dates are ISO strings ("2022-10-12"), which compare in calendar order.

export type Zoom = "year" | "quarter" | "month";

export type DayWindow = { start: string; end: string };

const DAY_MS = 86_400_000;

const toTime = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(toTime(iso) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The whole span for a year; otherwise the quarter or month holding `from`, kept inside the span. */
export function windowOf(zoom: Zoom, from: string, spanStart: string, spanEnd: string): DayWindow {
  if (zoom === "year") return { start: spanStart, end: spanEnd };
  const year = Number(from.slice(0, 4));
  const month0 = Number(from.slice(5, 7)) - 1;
  const first0 = zoom === "quarter" ? month0 - (month0 % 3) : month0;
  const months = zoom === "quarter" ? 3 : 1;
  const start = toIso(Date.UTC(year, first0, 1));
  const end = toIso(Date.UTC(year, first0 + months, 1) - DAY_MS);
  return { start: start < spanStart ? spanStart : start, end: end > spanEnd ? spanEnd : end };
}

/** Left and width in percent of the window; a day is drawn as the whole of its width. */
export function placeOf(start: string, end: string, w: DayWindow): { left: number; width: number } {
  const total = daysBetween(w.start, w.end) + 1;
  const from = Math.max(0, daysBetween(w.start, start));
  const to = Math.min(total, daysBetween(w.start, end) + 1);
  return { left: (from / total) * 100, width: (Math.max(0, to - from) / total) * 100 };
}

type Lane = { items: { key: string; start: string }[] };

/** Where an arrow key moves from `key`: ←/→ the previous or next item of its lane (by date),
 *  ↑/↓ the item nearest in date in the nearest lane above or below; null when there is none. */
export function neighbour(lanes: readonly Lane[], key: string, arrow: string): string | null {
  const at = lanes.findIndex((l) => l.items.some((i) => i.key === key));
  const items = lanes[at]?.items;
  const index = items?.findIndex((i) => i.key === key) ?? -1;
  const here = items?.[index];
  if (!items || !here) return null;
  if (arrow === "ArrowLeft") return items[index - 1]?.key ?? null;
  if (arrow === "ArrowRight") return items[index + 1]?.key ?? null;
  if (arrow === "Home") return items[0]?.key ?? null;
  if (arrow === "End") return items[items.length - 1]?.key ?? null;
  const step = arrow === "ArrowUp" ? -1 : arrow === "ArrowDown" ? 1 : 0;
  if (step === 0) return null;
  const other = lanes[at + step];
  let best: { key: string; start: string } | null = null;
  for (const item of other?.items ?? []) {
    const distance = Math.abs(daysBetween(here.start, item.start));
    if (best === null || distance < Math.abs(daysBetween(here.start, best.start))) best = item;
  }
  return best?.key ?? null;
}
