/**
 * Grid cells backed by a typed array: a tensor read from a file keeps its elements as numbers and
 * shows each as exact text only when a cell is drawn, so a million-element grid costs one array,
 * not a million strings. Cells the user types over are kept as text beside the array.
 */
import { Float16Array } from "@petamoriken/float16";
import { formatElementText } from "../tensor-files/format-element-text";
import type { NumericArray, NumericDType } from "../serving/types";

/** A native typed array: what the structured clone (history, IndexedDB, copies) can carry. */
export type NativeLanes = Exclude<NumericArray, Float16Array>;

/** A grid's cells as a typed array of `dtype` (C order) plus the texts typed over some of them. */
export interface ArrayCells {
  kind: "array";
  /** The dtype the elements are, and are shown as (the draft's dtype may change later). */
  dtype: NumericDType;
  /**
   * The elements in the dtype's typed array; float16 as its bit patterns in a Uint16Array, as the
   * library Float16Array cannot be cloned. Never changed in place: copies and saves share it.
   */
  lanes: NativeLanes;
  /** Cell index → typed text, where the user replaced an element. */
  edits: ReadonlyMap<number, string>;
}

/** The cells of a grid draft: one text per cell, or a typed array with typed-over texts. */
export type GridCells = string[] | ArrayCells;

/** Returns whether the cells are backed by a typed array. */
export function isArrayCells(cells: GridCells): cells is ArrayCells {
  return !Array.isArray(cells);
}

/** Returns cells showing the elements of `data` (no copy: the array must not change later). */
export function createArrayCells(dtype: NumericDType, data: NumericArray): ArrayCells {
  const lanes =
    dtype === "float16"
      ? new Uint16Array(data.buffer, data.byteOffset, data.length)
      : (data as NativeLanes);
  return { kind: "array", dtype, lanes, edits: new Map() };
}

const halfViews = new WeakMap<NativeLanes, Float16Array>();

/** Returns the elements of the cells' array as the dtype's typed array (a view, not a copy). */
export function readElements(cells: ArrayCells): NumericArray {
  const { dtype, lanes } = cells;
  if (dtype !== "float16") {
    return lanes;
  }
  let view = halfViews.get(lanes);
  if (view === undefined) {
    view = new Float16Array(lanes.buffer, lanes.byteOffset, lanes.length);
    halfViews.set(lanes, view);
  }
  return view;
}

/** Returns how many cells there are. */
export function countCells(cells: GridCells): number {
  return isArrayCells(cells) ? cells.lanes.length : cells.length;
}

/** Returns the text of cell `index` ("" outside the grid). */
export function readCell(cells: GridCells, index: number): string {
  if (!isArrayCells(cells)) {
    return cells[index] ?? "";
  }
  const edited = cells.edits.get(index);
  if (edited !== undefined) {
    return edited;
  }
  const value = readElements(cells)[index];
  return value === undefined ? "" : formatElementText(value, cells.dtype);
}

/** Returns the cells with cell `index` set to `text`; throws a RangeError outside the grid. */
export function writeCell(cells: ArrayCells, index: number, text: string): ArrayCells;
export function writeCell(cells: GridCells, index: number, text: string): GridCells;
export function writeCell(cells: GridCells, index: number, text: string): GridCells {
  if (!isArrayCells(cells)) {
    return cells.with(index, text);
  }
  if (!Number.isInteger(index) || index < 0 || index >= cells.lanes.length) {
    throw new RangeError(`cell ${index} is outside a grid of ${cells.lanes.length} cells`);
  }
  return { ...cells, edits: new Map(cells.edits).set(index, text) };
}

/** Returns every cell's text in order (for array-backed cells this formats each element: slow for millions). */
export function listCellTexts(cells: GridCells): string[] {
  if (!isArrayCells(cells)) {
    return cells;
  }
  const out: string[] = [];
  for (let i = 0; i < cells.lanes.length; i++) {
    out.push(readCell(cells, i));
  }
  return out;
}

/**
 * Returns the cells of a grid resized to rows×cols, keeping overlapping cells and padding with
 * `pad`. Array-backed cells stay array-backed when `pad` is how their dtype writes zero.
 */
export function resizeGridCells(
  cells: GridCells,
  fromRows: number,
  fromCols: number,
  rows: number,
  cols: number,
  pad = "0",
): GridCells {
  if (!isArrayCells(cells) || formatElementText(0, cells.dtype) !== pad) {
    return resizeTexts(cells, fromRows, fromCols, rows, cols, pad);
  }
  const { lanes } = cells;
  // A typed array of the same kind starts zeroed (all-zero bits are 0 in every dtype): only the overlap is copied.
  const next = new (lanes.constructor as new (length: number) => NativeLanes)(rows * cols);
  const keep = Math.min(cols, fromCols);
  for (let r = 0; r < Math.min(rows, fromRows); r++) {
    next.set(lanes.subarray(r * fromCols, r * fromCols + keep) as never, r * cols);
  }
  const edits = new Map<number, string>();
  for (const [index, text] of cells.edits) {
    const r = Math.floor(index / fromCols);
    const c = index % fromCols;
    if (r < rows && c < cols) {
      edits.set(r * cols + c, text);
    }
  }
  return { kind: "array", dtype: cells.dtype, lanes: next, edits };
}

function resizeTexts(
  cells: GridCells,
  fromRows: number,
  fromCols: number,
  rows: number,
  cols: number,
  pad: string,
): string[] {
  const count = countCells(cells);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const index = r * fromCols + c;
      out.push(r < fromRows && c < fromCols && index < count ? readCell(cells, index) : pad);
    }
  }
  return out;
}

/**
 * A JSON.stringify replacer that writes array-backed cells as their dtype, typed texts and
 * base64 bytes, so equal cells give equal JSON (a Map and a typed array do not stringify usefully).
 */
export function replaceArrayCells(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return value;
  }
  const cells = value as Partial<ArrayCells>;
  if (cells.kind !== "array" || !ArrayBuffer.isView(cells.lanes) || !(cells.edits instanceof Map)) {
    return value;
  }
  const { lanes } = cells;
  const bytes = new Uint8Array(lanes.buffer, lanes.byteOffset, lanes.byteLength);
  let binary = "";
  // In slices: one call with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { kind: "array", dtype: cells.dtype, edits: [...cells.edits], bytes: btoa(binary) };
}
