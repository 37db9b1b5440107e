/** What pasting text into a matrix cell does to the tensor draft. */
import { isNumericDType } from "../../../protocol/dtypes";
import { type GridCells, isArrayCells, resizeGridCells } from "../../draft/array-cells";
import { MAX_GRID_CELLS, MAX_GRID_SIDE } from "../../draft/grid-limits";
import { looksLikeNestedList, parseNestedList } from "../../draft/parse-nested-list";
import { parseTsv } from "../../draft/parse-tsv";
import type { TensorDraft } from "../../draft/draft-value";

/**
 * Returns the draft after pasting `text` at cell (row, col): nested-list or numpy text replaces
 * the whole tensor (rank > 2 switches to the text editor; a named dtype is adopted), TSV fills
 * cells from there and grows the grid; undefined means a plain paste into the one cell.
 * Throws an Error when array text is malformed.
 */
export function applyPaste(
  draft: TensorDraft,
  row: number,
  col: number,
  text: string,
): TensorDraft | undefined {
  if (looksLikeNestedList(text)) {
    const { values, shape, dtype } = parseNestedList(text);
    const adopted = isNumericDType(dtype) ? dtype : draft.dtype;
    if (
      shape.length > 2 ||
      shape.some((n) => n > MAX_GRID_SIDE) ||
      values.length === 0 ||
      values.length > MAX_GRID_CELLS
    ) {
      return { ...draft, dtype: adopted, editor: "nd", text: text.trim() };
    }
    const rows = shape.length === 2 ? (shape[0] ?? 1) : 1;
    const cols = shape.at(-1) ?? 1;
    return {
      ...draft,
      dtype: adopted,
      editor: shape.length === 2 ? "2d" : "1d",
      rows,
      cols,
      cells: values,
    };
  }
  if (!text.includes("\t") && !text.trim().includes("\n")) {
    return undefined;
  }
  const block = parseTsv(text);
  const needRows = row + block.length;
  const needCols = col + Math.max(...block.map((r) => r.length));
  const rows = draft.editor === "1d" ? 1 : Math.max(draft.rows, needRows);
  const cols = Math.max(draft.cols, draft.editor === "1d" ? col + block.flat().length : needCols);
  if (rows * cols > MAX_GRID_CELLS || rows > MAX_GRID_SIDE || cols > MAX_GRID_SIDE) {
    throw new Error(
      `the pasted cells need a ${rows}×${cols} grid; a grid holds at most ${MAX_GRID_CELLS.toLocaleString("en")} cells`,
    );
  }
  const resized = resizeGridCells(draft.cells, draft.rows, draft.cols, rows, cols);
  // Array-backed cells take the pasted texts as edits; text cells are a fresh array to fill.
  const edits = isArrayCells(resized) ? new Map(resized.edits) : undefined;
  const put = (index: number, value: string): void => {
    if (edits) {
      edits.set(index, value);
    } else {
      (resized as string[])[index] = value;
    }
  };
  if (draft.editor === "1d") {
    // A 1-D tensor takes the pasted cells in reading order.
    block.flat().forEach((value, i) => {
      if (col + i < cols) {
        put(col + i, value);
      }
    });
  } else {
    block.forEach((line, r) =>
      line.forEach((value, c) => {
        if (row + r < rows && col + c < cols) {
          put((row + r) * cols + col + c, value);
        }
      }),
    );
  }
  const cells: GridCells = isArrayCells(resized) && edits ? { ...resized, edits } : resized;
  return { ...draft, rows, cols, cells };
}
