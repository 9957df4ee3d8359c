import { describe, expect, test } from "vitest";
import type { NoteKind } from "../../../lib/bindings";
import { moveTarget } from "./board-keys";

const categories = ["Styrning", "Planering"];
const kinds: NoteKind[] = ["condition", "opportunity", "obstacle", "measure"];
/** Styrning × möjlighet holds 3 notes, Planering × möjlighet 2, every other cell 1. */
const length = (c: string, k: NoteKind) =>
  k === "opportunity" ? (c === "Styrning" ? 3 : 2) : 1;
const move = (category: string, kind: NoteKind, index: number, key: string) =>
  moveTarget(categories, kinds, length, { category, kind, index }, key);

describe("Alt+arrow on the notes board", () => {
  test("left and right go to the neighbouring kind, last in its cell; the board's edge stops", () => {
    expect(move("Styrning", "opportunity", 1, "ArrowRight")).toEqual({ category: "Styrning", kind: "obstacle", index: 1 });
    expect(move("Styrning", "obstacle", 0, "ArrowLeft")).toEqual({ category: "Styrning", kind: "opportunity", index: 3 });
    expect(move("Styrning", "condition", 0, "ArrowLeft")).toBeNull();
    expect(move("Styrning", "measure", 0, "ArrowRight")).toBeNull();
  });

  test("up and down move within the cell, then to the category above (last) or below (first)", () => {
    expect(move("Styrning", "opportunity", 1, "ArrowUp")).toEqual({ category: "Styrning", kind: "opportunity", index: 0 });
    expect(move("Styrning", "opportunity", 1, "ArrowDown")).toEqual({ category: "Styrning", kind: "opportunity", index: 2 });
    expect(move("Styrning", "opportunity", 2, "ArrowDown")).toEqual({ category: "Planering", kind: "opportunity", index: 0 });
    expect(move("Planering", "opportunity", 0, "ArrowUp")).toEqual({ category: "Styrning", kind: "opportunity", index: 3 });
    expect(move("Styrning", "obstacle", 0, "ArrowUp")).toBeNull();
    expect(move("Planering", "obstacle", 0, "ArrowDown")).toBeNull();
    expect(move("Planering", "obstacle", 0, "Enter")).toBeNull();
  });
});
