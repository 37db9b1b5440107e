import { describe, expect, it } from "vitest";
import { type CellKey, findNextCell } from "./grid-keys";

const press = (
  key: string,
  caret: [number, number],
  length = 2,
  extra: Partial<CellKey> = {},
): CellKey => ({
  key,
  shift: false,
  command: false,
  selectionStart: caret[0],
  selectionEnd: caret[1],
  length,
  ...extra,
});

describe("findNextCell()", () => {
  it("moves up and down from anywhere in the text", () => {
    expect(findNextCell(press("ArrowUp", [1, 1]), 2, 3)).toEqual([1, 3]);
    expect(findNextCell(press("ArrowDown", [1, 1]), 2, 3)).toEqual([3, 3]);
  });

  it("moves right with Tab, wrapping to the next row, and back with Shift+Tab", () => {
    expect(findNextCell(press("Tab", [0, 0]), 1, 0, 3)).toEqual([1, 1]);
    expect(findNextCell(press("Tab", [0, 0]), 1, 2, 3)).toEqual([2, 0]);
    expect(findNextCell(press("Tab", [0, 0], 2, { shift: true }), 1, 0, 3)).toEqual([0, 2]);
    expect(findNextCell(press("Tab", [0, 0], 2, { shift: true }), 1, 1, 3)).toEqual([1, 0]);
  });

  it("moves sideways only from the caret's edge or a whole selection", () => {
    expect(findNextCell(press("ArrowRight", [1, 1]), 0, 0)).toBeUndefined();
    expect(findNextCell(press("ArrowRight", [2, 2]), 0, 0)).toEqual([0, 1]);
    expect(findNextCell(press("ArrowLeft", [0, 2]), 0, 1)).toEqual([0, 0]);
    expect(findNextCell(press("ArrowLeft", [1, 1]), 0, 1)).toBeUndefined();
  });

  it("moves down on Enter, up on Shift+Enter, and leaves Ctrl/Cmd+Enter to sending", () => {
    expect(findNextCell(press("Enter", [0, 0]), 1, 1)).toEqual([2, 1]);
    expect(findNextCell(press("Enter", [0, 0], 2, { shift: true }), 1, 1)).toEqual([0, 1]);
    expect(findNextCell(press("Enter", [0, 0], 2, { command: true }), 1, 1)).toBeUndefined();
    expect(findNextCell(press("a", [0, 0]), 1, 1)).toBeUndefined();
  });
});
