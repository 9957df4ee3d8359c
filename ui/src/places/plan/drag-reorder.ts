// Reordering by dragging a grip: where the pointer is decides the slot the item would land in.
// The buttons and Alt+arrows do the same from the keyboard; this is the pointer's way.

/** The slot (0 … n) for pointer height `y`: after every item whose middle is above it. */
export function insertionSlot(y: number, middles: readonly number[]): number {
  let slot = 0;
  while (slot < middles.length && middles[slot]! < y) slot++;
  return slot;
}

/** The index the item at `from` ends at when dropped in `slot` (its own place counts once). */
export function indexForSlot(slot: number, from: number): number {
  return slot > from ? slot - 1 : slot;
}

export type DragCallbacks = {
  /** The dragged item's index, the slot it would land in now (null when over its own place). */
  onchange(state: { from: number; slot: number | null } | null): void;
  ondrop(from: number, to: number): void;
};

/**
 * Starts a drag from a pointerdown on a grip. `items` are the elements in order; the pointer is
 * captured by the grip so the drag survives leaving the window's edge. Esc cancels.
 */
export function startDrag(
  event: PointerEvent, items: HTMLElement[], from: number, callbacks: DragCallbacks,
): void {
  if (event.button !== 0) return;
  event.preventDefault();
  const grip = event.currentTarget as HTMLElement;
  grip.setPointerCapture?.(event.pointerId);
  let slot: number | null = null;

  const middles = () => items.map((el) => {
    const r = el.getBoundingClientRect();
    return r.top + r.height / 2;
  });
  const scrollNearEdges = (y: number) => {
    const edge = 60;
    if (y < edge) window.scrollBy(0, -20);
    else if (y > window.innerHeight - edge) window.scrollBy(0, 20);
  };
  const move = (e: PointerEvent) => {
    scrollNearEdges(e.clientY);
    const next = insertionSlot(e.clientY, middles());
    slot = next === from || next === from + 1 ? null : next;
    callbacks.onchange({ from, slot });
  };
  const finish = (drop: boolean) => {
    grip.removeEventListener("pointermove", move);
    grip.removeEventListener("pointerup", up);
    grip.removeEventListener("pointercancel", cancel);
    window.removeEventListener("keydown", key, true);
    callbacks.onchange(null);
    if (drop && slot !== null) callbacks.ondrop(from, indexForSlot(slot, from));
  };
  const up = () => finish(true);
  const cancel = () => finish(false);
  const key = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    finish(false);
  };
  grip.addEventListener("pointermove", move);
  grip.addEventListener("pointerup", up);
  grip.addEventListener("pointercancel", cancel);
  window.addEventListener("keydown", key, true);
  callbacks.onchange({ from, slot: null });
}
