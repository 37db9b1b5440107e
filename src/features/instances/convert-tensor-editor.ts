/** Switching a tensor draft between the 1-D grid, the 2-D grid and nested-list text. */
import { countCells, isArrayCells } from "../../draft/array-cells";
import { readTensorDraft } from "../../draft/build-tensor";
import { MAX_GRID_CELLS, MAX_GRID_SIDE } from "../../draft/grid-limits";
import type { TensorDraft, TensorEditor } from "../../draft/draft-value";

/** Returns the values as nested-list text in the given shape, e.g. [[1, 2], [3, 4]]. */
export function formatNestedList(values: readonly string[], shape: readonly number[]): string {
  const [outer] = shape;
  if (outer === undefined) {
    return values[0] ?? "0";
  }
  const step = values.length / outer;
  const parts = Array.from({ length: outer }, (_, i) =>
    formatNestedList(values.slice(i * step, (i + 1) * step), shape.slice(1)),
  );
  return `[${parts.join(", ")}]`;
}

/** Returns the draft edited the other way, keeping its values; throws when nd text is unreadable or too big for a grid. */
export function convertTensorEditor(draft: TensorDraft, editor: TensorEditor): TensorDraft {
  if (editor !== "nd" && draft.editor !== "nd" && isArrayCells(draft.cells)) {
    // Between the grids the C-order elements stay as they are: only the shape changes.
    const count = countCells(draft.cells);
    if (editor === "1d" && count <= MAX_GRID_SIDE) {
      return { ...draft, editor, rows: 1, cols: count };
    }
    if (editor === "2d") {
      return { ...draft, editor };
    }
  }
  const { shape, values } = readTensorDraft(draft);
  if (editor === "nd") {
    return { ...draft, editor, text: formatNestedList(values, shape) };
  }
  if (editor === "2d") {
    const rows = shape.length >= 2 ? (shape[0] ?? 1) : 1;
    const cols = values.length / Math.max(rows, 1);
    if (
      values.length > 0 &&
      values.length <= MAX_GRID_CELLS &&
      rows <= MAX_GRID_SIDE &&
      cols <= MAX_GRID_SIDE
    ) {
      return { ...draft, editor, rows, cols, cells: [...values] };
    }
    throw new Error(
      `shape [${shape.join(", ")}] does not fit the grid (at most ${MAX_GRID_CELLS} cells); keep the text layout`,
    );
  }
  if (values.length > MAX_GRID_SIDE) {
    throw new Error(
      `${values.length} elements are more than a 1-D grid holds (${MAX_GRID_SIDE}); keep the text layout`,
    );
  }
  const cols = Math.max(values.length, 1);
  return {
    ...draft,
    editor,
    rows: 1,
    cols,
    cells: values.length > 0 ? values.slice(0, cols) : ["0"],
  };
}
