/** What pasting text into a matrix cell does to the tensor draft. */
import { isNumericDType } from "../../../protocol/dtypes";
import { looksLikeNestedList, parseNestedList } from "../../draft/parse-nested-list";
import { parseTsv } from "../../draft/parse-tsv";
import { resizeCells } from "../../draft/resize-cells";
import type { TensorDraft } from "../../draft/draft-value";

/** The longest side of the cell grid; bigger tensors are edited as text. */
export const MAX_GRID_SIDE = 256;

/** The most cells the grid shows at once (one text box each keeps typing responsive). */
export const MAX_GRID_CELLS = 4096;

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
  const rows = draft.editor === "1d" ? 1 : Math.min(Math.max(draft.rows, needRows), MAX_GRID_SIDE);
  const cols = Math.min(
    Math.max(draft.cols, draft.editor === "1d" ? col + block.flat().length : needCols),
    MAX_GRID_SIDE,
  );
  const cells = resizeCells(draft.cells, draft.rows, draft.cols, rows, cols);
  if (draft.editor === "1d") {
    // A 1-D tensor takes the pasted cells in reading order.
    block.flat().forEach((value, i) => {
      if (col + i < cols) {
        cells[col + i] = value;
      }
    });
  } else {
    block.forEach((line, r) =>
      line.forEach((value, c) => {
        if (row + r < rows && col + c < cols) {
          cells[(row + r) * cols + col + c] = value;
        }
      }),
    );
  }
  return { ...draft, rows, cols, cells };
}
