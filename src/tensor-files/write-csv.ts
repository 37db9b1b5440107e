/** Writes a 1-D or 2-D array as CSV text with exact element values. */
import { formatElementText } from "./format-element-text";
import type { TensorArray } from "./tensor-array";

/**
 * Returns CSV text: one value per line for 1-D (as numpy.savetxt writes it), one row per line for
 * 2-D, a 0-d scalar as one line. Throws an Error for rank above 2, which CSV cannot hold.
 */
export function writeCsv(array: TensorArray): string {
  const { shape, data, dtype } = array;
  if (shape.length > 2) {
    throw new Error(`CSV holds 1-D or 2-D tensors; this one has shape (${shape.join(", ")})`);
  }
  const cols = shape.length === 2 ? (shape[1] ?? 0) : 1;
  if (cols === 0) {
    return "";
  }
  const lines: string[] = [];
  for (let start = 0; start < data.length; start += cols) {
    const row: string[] = [];
    for (let i = start; i < start + cols; i++) {
      row.push(formatElementText(data[i] ?? 0, dtype));
    }
    lines.push(row.join(","));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
