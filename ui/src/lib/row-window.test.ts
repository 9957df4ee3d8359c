import { describe, expect, test } from "vitest";
import { rowRange } from "./row-window";

describe("windowing a long table", () => {
  const tens = Array.from({ length: 100 }, () => 10); // 100 rows of 10 px: 1,000 px

  test("the rows overlapping the view, and the spacers' heights for the rest", () => {
    expect(rowRange(tens, 0, 35)).toEqual({ first: 0, end: 4, before: 0, after: 960 });
    expect(rowRange(tens, 500, 525)).toEqual({ first: 50, end: 53, before: 500, after: 470 });
  });

  test("beyond either end the range is empty or clipped, never negative", () => {
    expect(rowRange(tens, 2000, 2500)).toEqual({ first: 100, end: 100, before: 1000, after: 0 });
    expect(rowRange(tens, -400, -100)).toEqual({ first: 0, end: 0, before: 0, after: 1000 });
    expect(rowRange([], 0, 100)).toEqual({ first: 0, end: 0, before: 0, after: 0 });
  });

  test("rows of different heights are summed as measured", () => {
    expect(rowRange([100, 20, 300, 50], 110, 130)).toEqual({ first: 1, end: 3, before: 100, after: 50 });
  });
});
