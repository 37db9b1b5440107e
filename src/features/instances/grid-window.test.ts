import { describe, expect, it } from "vitest";
import { bySlot, fixedWindow, windowSpan } from "./grid-window";

const range = (startIndex: number, endIndex: number, count: number, overscan = 1) => ({
  startIndex,
  endIndex,
  overscan,
  count,
});

describe("grid window", () => {
  it("sizes the window for any scroll position of the view", () => {
    // 384 px of 44 px rows shows parts of at most 10 rows, plus one each side.
    expect(windowSpan(384, 44, 1)).toBe(12);
    expect(windowSpan(0, 44, 1)).toBe(4);
  });

  it("keeps the same length while scrolling, clamped at both ends", () => {
    const extract = fixedWindow(12);
    expect(extract(range(0, 8, 1000))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(extract(range(500, 508, 1000))).toEqual(Array.from({ length: 12 }, (_, i) => 499 + i));
    expect(extract(range(500, 509, 1000))).toHaveLength(12);
    expect(extract(range(991, 999, 1000))).toEqual(Array.from({ length: 12 }, (_, i) => 988 + i));
    expect(extract(range(0, 2, 3))).toEqual([0, 1, 2]);
  });

  it("grows rather than leaving visible items out", () => {
    expect(fixedWindow(4)(range(10, 19, 100))).toEqual(Array.from({ length: 12 }, (_, i) => 9 + i));
  });

  it("orders items by slot so a moved window reuses the same places", () => {
    const items = [5, 6, 7, 8].map((index) => ({ index }));
    expect(bySlot(items).map((i) => i.index)).toEqual([8, 5, 6, 7]);
    const moved = [6, 7, 8, 9].map((index) => ({ index }));
    expect(bySlot(moved).map((i) => i.index % 4)).toEqual([0, 1, 2, 3]);
  });
});
