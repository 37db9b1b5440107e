/** Turns array-backed grid cells into the typed array they send, parsing only the typed-over cells. */
import { type ArrayCells, readElements } from "./array-cells";
import { parseElement } from "./parse-element";
import type { NumericArray, NumericDType, NumericElement } from "../serving/types";

/** The elements the cells send, or the first typed-over cell that is not an element of the dtype. */
export type BuiltArrayCells =
  { ok: true; data: NumericArray } | { ok: false; error: string; index: number };

/**
 * Returns the elements of the cells as `dtype`: a copy of the array with each typed-over cell
 * parsed into its place, or the lowest-indexed invalid one. Returns undefined when the array holds
 * another dtype (its texts must then be parsed one by one).
 */
export function buildArrayCells(
  cells: ArrayCells,
  dtype: NumericDType,
): BuiltArrayCells | undefined {
  if (cells.dtype !== dtype) {
    return undefined;
  }
  // A copy: the draft's array stays as read, whatever the client does with what it sends.
  const data = readElements(cells).slice();
  const indices = [...cells.edits.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const parsed = parseElement(cells.edits.get(index) ?? "", dtype);
    if (!parsed.ok) {
      return { ok: false, error: parsed.error, index };
    }
    setElement(data, dtype, index, parsed.value);
  }
  return { ok: true, data };
}

function setElement(
  data: NumericArray,
  dtype: NumericDType,
  index: number,
  value: NumericElement,
): void {
  if (dtype === "bool") {
    data[index] = value === true || value === 1 || value === 1n ? 1 : 0;
  } else if (dtype === "int64" || dtype === "uint64") {
    (data as BigInt64Array | BigUint64Array)[index] = BigInt(value);
  } else {
    (data as Exclude<NumericArray, BigInt64Array | BigUint64Array>)[index] = Number(value);
  }
}
