/**
 * The window of rows or columns the matrix grid draws. It always holds the same number of items
 * and names each by its slot (index modulo that number), so a row scrolling out hands its
 * elements to the row scrolling in: the page updates existing text boxes instead of creating and
 * dropping them on every frame.
 */
import type { Range } from "@tanstack/react-virtual";

/** Returns how many items of `itemPx` a viewport of `viewportPx` can show in part, plus `overscan` each side. */
export function windowSpan(viewportPx: number, itemPx: number, overscan: number): number {
  return Math.floor(Math.max(viewportPx, 0) / itemPx) + 2 + 2 * overscan;
}

/**
 * Returns a range extractor that lists exactly `span` consecutive indexes (fewer only when there
 * are fewer items) covering the visible range, so the window's length never changes while
 * scrolling.
 */
export function fixedWindow(span: number): (range: Range) => number[] {
  return (range) => {
    // A window too short for the view would leave cells blank: it grows to fit.
    const needed = range.endIndex - range.startIndex + 1 + 2 * range.overscan;
    const length = Math.min(Math.max(span, needed), range.count);
    const start = Math.min(Math.max(range.startIndex - range.overscan, 0), range.count - length);
    return Array.from({ length }, (_, i) => start + i);
  };
}

/** Returns the items ordered by slot, so the page keeps its elements in place as the window moves. */
export function bySlot<T extends { index: number }>(items: readonly T[]): T[] {
  const span = items.length;
  return [...items].sort((a, b) => (a.index % span) - (b.index % span));
}
