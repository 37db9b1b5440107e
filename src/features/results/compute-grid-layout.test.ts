import { describe, expect, it } from "vitest";
import {
  computeGridLayout,
  computeGridWindow,
  PAGE_COLUMNS,
  PAGE_ROWS,
} from "./compute-grid-layout";

describe("computeGridLayout()", () => {
  it("lays a 2-D tensor out as itself", () => {
    const layout = computeGridLayout([2, 3], 6);
    expect([layout.rowCount, layout.columnCount]).toEqual([2, 3]);
    expect(layout.indexOf(1, 2)).toBe(5);
    expect([layout.rowLabel(1), layout.columnLabel(2)]).toEqual(["1", "2"]);
  });

  it("wraps a 1-D tensor at 10 per row, labelling rows by their first index", () => {
    const layout = computeGridLayout([23], 23);
    expect([layout.rowCount, layout.columnCount]).toEqual([3, 10]);
    expect(layout.rowLabel(2)).toBe("20");
    expect(layout.indexOf(2, 2)).toBe(22);
    expect(layout.indexOf(2, 3)).toBe(-1);
  });

  it("keeps a short 1-D tensor on one row", () => {
    const layout = computeGridLayout([4], 4);
    expect([layout.rowCount, layout.columnCount]).toEqual([1, 4]);
  });

  it("puts the last axis of a rank-3 tensor in columns and labels rows by leading indices", () => {
    const layout = computeGridLayout([2, 3, 4], 24);
    expect([layout.rowCount, layout.columnCount]).toEqual([6, 4]);
    expect(layout.rowLabel(4)).toBe("[1, 1]");
    expect(layout.indexOf(4, 3)).toBe(19);
  });

  it("falls back to 1-D when the shape disagrees with the element count", () => {
    const layout = computeGridLayout([2, 2], 5);
    expect([layout.rowCount, layout.columnCount]).toEqual([1, 5]);
  });
});

describe("computeGridWindow()", () => {
  const layout = computeGridLayout([1000, 1000], 1_000_000);

  it("shows at most one page of rows and columns", () => {
    expect(computeGridWindow(layout, 0, 0)).toEqual({
      rowStart: 0,
      rowEnd: PAGE_ROWS,
      columnStart: 0,
      columnEnd: PAGE_COLUMNS,
    });
  });

  it("clamps past-the-end and negative starts so the last page is full", () => {
    expect(computeGridWindow(layout, 5000, -3)).toEqual({
      rowStart: 1000 - PAGE_ROWS,
      rowEnd: 1000,
      columnStart: 0,
      columnEnd: PAGE_COLUMNS,
    });
  });

  it("fits a grid smaller than a page", () => {
    expect(computeGridWindow(computeGridLayout([2, 2], 4), 7, 7)).toEqual({
      rowStart: 0,
      rowEnd: 2,
      columnStart: 0,
      columnEnd: 2,
    });
  });
});
