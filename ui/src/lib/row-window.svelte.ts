// Keeps one table's window of rendered rows (see row-window.ts) up to date: what the screen
// shows of the table body as the page scrolls or resizes, and the real heights of the rows once
// they are drawn. Made in a component's script, since it sets up that component's effects.
import { tick } from "svelte";
import { MARGIN_PX, rowRange, type RowRange } from "./row-window";

export type RowWindowOptions = {
  /** Whether to window at all; when not, every row is rendered. */
  enabled: () => boolean;
  /** The rows' ids, in order. */
  ids: () => readonly number[];
  /** The table body: its top is the first row's top. */
  body: () => HTMLElement | undefined;
  /** Measured heights by id; a map shared by tables whose rows move between them. */
  heights: Map<number, number>;
  /** A row's height before it has been measured. */
  estimatedPx: number;
  /** CSS selector of a rendered row in the body; its `data-activity-id` is its id. */
  rowSelector: string;
};

export class RowWindow {
  #o: RowWindowOptions;
  // Unknown until the table is in the page: then no rows, rather than a guess that renders the
  // top rows of every table (the effect below measures before the first paint).
  #view = $state<{ top: number; bottom: number } | null>(null);
  // Bumped when measured heights change, so the range is worked out again.
  #remeasured = $state(0);

  /** The rows to render, by index, and the spacers' heights above and below them. */
  range: RowRange = $derived.by(() => {
    void this.#remeasured;
    const ids = this.#o.ids();
    if (!this.#o.enabled()) return { first: 0, end: ids.length, before: 0, after: 0 };
    const heights = ids.map((id) => this.#o.heights.get(id) ?? this.#o.estimatedPx);
    const view = this.#view;
    if (view === null) return rowRange(heights, -1, -1);
    return rowRange(heights, view.top - MARGIN_PX, view.bottom + MARGIN_PX);
  });

  constructor(options: RowWindowOptions) {
    this.#o = options;

    $effect(() => {
      if (!this.#o.enabled()) return;
      let frame = 0;
      const onscroll = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.#updateView());
      };
      this.#updateView();
      window.addEventListener("scroll", onscroll, { passive: true, capture: true });
      window.addEventListener("resize", onscroll, { passive: true });
      return () => {
        cancelAnimationFrame(frame);
        window.removeEventListener("scroll", onscroll, { capture: true });
        window.removeEventListener("resize", onscroll);
      };
    });

    // Rendered rows report their real heights; estimates are replaced once, so this settles.
    $effect(() => {
      void this.range;
      const body = this.#o.body();
      if (!this.#o.enabled() || !body) return;
      void tick().then(() => {
        let changed = false;
        for (const row of body.querySelectorAll<HTMLElement>(this.#o.rowSelector)) {
          const id = Number(row.dataset.activityId);
          const height = row.offsetHeight;
          if (height > 0 && Math.abs((this.#o.heights.get(id) ?? 0) - height) > 1) {
            this.#o.heights.set(id, height);
            changed = true;
          }
        }
        if (changed) this.#remeasured++;
      });
    });
  }

  #updateView() {
    const body = this.#o.body();
    if (!body) return;
    const top = -body.getBoundingClientRect().top;
    this.#view = { top, bottom: top + window.innerHeight };
  }
}
