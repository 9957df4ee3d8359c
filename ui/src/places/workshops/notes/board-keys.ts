// Where Alt+arrow takes a note on the board: left and right to the neighbouring kind (last in
// that cell), up and down within its cell, and past the cell's top or bottom to the category
// above (last) or below (first). Null at the board's edge.
import type { NoteKind } from "../../../lib/bindings";

export type Place = { category: string; kind: NoteKind; index: number };

export function moveTarget(
  categories: readonly string[],
  kinds: readonly NoteKind[],
  cellLength: (category: string, kind: NoteKind) => number,
  from: Place,
  key: string,
): Place | null {
  const row = categories.indexOf(from.category);
  const col = kinds.indexOf(from.kind);
  if (row < 0 || col < 0) return null;
  const length = cellLength(from.category, from.kind);
  const at = (category: string, kind: NoteKind, index: number): Place => ({ category, kind, index });
  switch (key) {
    case "ArrowLeft":
    case "ArrowRight": {
      const kind = kinds[col + (key === "ArrowLeft" ? -1 : 1)];
      return kind ? at(from.category, kind, cellLength(from.category, kind)) : null;
    }
    case "ArrowUp": {
      if (from.index > 0) return at(from.category, from.kind, from.index - 1);
      const above = categories[row - 1];
      return above === undefined ? null : at(above, from.kind, cellLength(above, from.kind));
    }
    case "ArrowDown": {
      if (from.index < length - 1) return at(from.category, from.kind, from.index + 1);
      const below = categories[row + 1];
      return below === undefined ? null : at(below, from.kind, 0);
    }
    default:
      return null;
  }
}
