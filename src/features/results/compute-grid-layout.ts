import { describeIndex } from "../../draft/build-tensor";

/** How a numeric tensor of any rank lays out as rows × columns of a table. */
export interface GridLayout {
  rowCount: number;
  columnCount: number;
  /** Flat (C-order) element index of a cell, or -1 for a padding cell past the end of a 1-D tensor. */
  indexOf(row: number, column: number): number;
  rowLabel(row: number): string;
  columnLabel(column: number): string;
}

/** Width a 1-D tensor wraps at, so long vectors page by rows rather than by columns. */
export const VECTOR_WRAP = 10;

/**
 * Returns the table layout of a tensor: 1-D wraps into rows of VECTOR_WRAP (row label = index of
 * the row's first element), 2-D is itself, higher ranks put the last axis in columns and one row
 * per index of the leading axes (labelled like "[1, 0]"). A shape that disagrees with the element
 * count lays out as 1-D.
 */
export function computeGridLayout(shape: readonly number[], length: number): GridLayout {
  const count = shape.reduce((product, dim) => product * dim, 1);
  if (shape.length <= 1 || count !== length) {
    return computeVectorLayout(length);
  }
  const columnCount = shape.at(-1) ?? 1;
  const leading = shape.slice(0, -1);
  return {
    rowCount: length / columnCount,
    columnCount,
    indexOf: (row, column) => row * columnCount + column,
    rowLabel: (row) => (leading.length === 1 ? String(row) : describeIndex(row, leading)),
    columnLabel: String,
  };
}

function computeVectorLayout(length: number): GridLayout {
  const columnCount = Math.min(length, VECTOR_WRAP);
  return {
    rowCount: columnCount === 0 ? 0 : Math.ceil(length / columnCount),
    columnCount,
    indexOf: (row, column) => {
      const index = row * columnCount + column;
      return index < length ? index : -1;
    },
    rowLabel: (row) => String(row * columnCount),
    columnLabel: (column) => `+${column}`,
  };
}

/** A visible window of the grid: half-open row and column ranges. */
export interface GridWindow {
  rowStart: number;
  rowEnd: number;
  columnStart: number;
  columnEnd: number;
}

// Page sizes: at most 20 × 12 = 240 cells are ever in the DOM per tensor.
/** Rows of one grid page. */
export const PAGE_ROWS = 20;
/** Columns of one grid page. */
export const PAGE_COLUMNS = 12;

/** Returns the window of at most PAGE_ROWS × PAGE_COLUMNS starting at the requested cell, clamped to the grid. */
export function computeGridWindow(
  layout: GridLayout,
  rowStart: number,
  columnStart: number,
): GridWindow {
  const row = clampToPage(rowStart, layout.rowCount, PAGE_ROWS);
  const column = clampToPage(columnStart, layout.columnCount, PAGE_COLUMNS);
  return {
    rowStart: row,
    rowEnd: Math.min(row + PAGE_ROWS, layout.rowCount),
    columnStart: column,
    columnEnd: Math.min(column + PAGE_COLUMNS, layout.columnCount),
  };
}

// The last window is a full page ending at the last row, so every page shows as much as fits.
function clampToPage(start: number, total: number, page: number): number {
  return Math.max(0, Math.min(Math.floor(start), total - page));
}
