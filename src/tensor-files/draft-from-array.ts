/** Turns an array read from a file into the tensor draft an input edits. */
import { createArrayCells } from "../draft/array-cells";
import { MAX_GRID_CELLS } from "../draft/grid-limits";
import { formatArrayTexts } from "./format-element-text";
import { formatNestedText } from "./format-nested-text";
import type { TensorDraft } from "../draft/draft-value";
import type { TensorArray } from "./tensor-array";

/**
 * Grids of more elements than this keep the array itself and write an element as text only when
 * its cell is drawn: a million texts take seconds to make and megabytes to keep.
 */
export const ARRAY_CELLS_FROM = 4096;

/**
 * Returns a draft holding the array exactly: a 1-D or 2-D grid when it fits one (backed by the
 * array itself from `arrayCellsFrom` elements on), else the any-rank text layout (0-d, rank above
 * 2, empty, or more cells than a grid holds). The draft may share the array: it must not change.
 */
export function draftFromArray(array: TensorArray, arrayCellsFrom = ARRAY_CELLS_FROM): TensorDraft {
  const { dtype, shape, data } = array;
  const grid = (shape.length === 1 || shape.length === 2) && data.length > 0;
  if (grid && data.length >= arrayCellsFrom && data.length <= MAX_GRID_CELLS) {
    const [rows, cols] = shape.length === 2 ? shape : [1, data.length];
    return {
      kind: "tensor",
      dtype,
      editor: shape.length === 2 ? "2d" : "1d",
      rows: rows ?? 1,
      cols: cols ?? 1,
      cells: createArrayCells(dtype, data),
      text: "",
    };
  }
  return draftFromCellTexts(dtype, shape, formatArrayTexts(array));
}

/**
 * Returns the draft of a tensor given as element texts in C order: a 1-D or 2-D grid when it
 * fits one, else the any-rank text layout.
 */
export function draftFromCellTexts(
  dtype: TensorDraft["dtype"],
  shape: readonly number[],
  cells: string[],
): TensorDraft {
  const fits = cells.length > 0 && cells.length <= MAX_GRID_CELLS;
  if (shape.length === 1 && fits) {
    return { kind: "tensor", dtype, editor: "1d", rows: 1, cols: cells.length, cells, text: "" };
  }
  if (shape.length === 2 && fits) {
    const [rows = 1, cols = 1] = shape;
    return { kind: "tensor", dtype, editor: "2d", rows, cols, cells, text: "" };
  }
  return {
    kind: "tensor",
    dtype,
    editor: "nd",
    rows: 1,
    cols: 1,
    cells: ["0"],
    text: formatNestedText(cells, shape),
  };
}
