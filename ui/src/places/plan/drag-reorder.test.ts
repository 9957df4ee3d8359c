import { describe, expect, test } from "vitest";
import { indexForSlot, insertionSlot } from "./drag-reorder";

describe("dragging to reorder", () => {
  // Three sections whose middles are at 100, 300 and 500 px.
  const middles = [100, 300, 500];

  test("the slot is after every item whose middle is above the pointer", () => {
    expect(insertionSlot(20, middles)).toBe(0);
    expect(insertionSlot(150, middles)).toBe(1);
    expect(insertionSlot(499, middles)).toBe(2);
    expect(insertionSlot(900, middles)).toBe(3);
  });

  test("dropping below itself counts its own place once", () => {
    expect(indexForSlot(0, 2)).toBe(0); // the last to the top
    expect(indexForSlot(3, 0)).toBe(2); // the first to the bottom
    expect(indexForSlot(2, 0)).toBe(1); // the first between the second and the third
  });
});
