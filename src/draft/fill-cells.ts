/** Grid fills offered by the matrix editor. */
import { isIntegerDType } from "./parse-element";
import type { NumericDType } from "../serving/types";

/** The fills a user can apply to a grid. */
export type Fill = "zeros" | "ones" | "identity" | "random";

/** Returns rows×cols cell texts (row-major) filled as asked; random values suit the dtype. */
export function fillCells(fill: Fill, rows: number, cols: number, dtype: NumericDType): string[] {
  const cells: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      cells.push(fillValue(fill, r, c, dtype));
    }
  }
  return cells;
}

function fillValue(fill: Fill, r: number, c: number, dtype: NumericDType): string {
  const one = dtype === "bool" ? "true" : "1";
  const zero = dtype === "bool" ? "false" : "0";
  switch (fill) {
    case "zeros":
      return zero;
    case "ones":
      return one;
    case "identity":
      return r === c ? one : zero;
    case "random":
      if (dtype === "bool") {
        return Math.random() < 0.5 ? "false" : "true";
      }
      // Small non-negative integers fit every integer dtype, unsigned ones included.
      return isIntegerDType(dtype)
        ? String(Math.floor(Math.random() * 10))
        : String(Math.round(Math.random() * 1000) / 1000);
  }
}
