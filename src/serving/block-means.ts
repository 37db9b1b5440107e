/** Block means of a matrix: the data behind a heatmap overview image. */
import type { NumericArray } from "./types";

/** A matrix reduced to at most maxSide × maxSide blocks, each the mean of the elements it covers. */
export interface BlockMeans {
  width: number;
  height: number;
  /** Row-major block means; NaN where every covered element is NaN. */
  means: Float64Array;
}

/**
 * Returns the block means of a rows × columns matrix (C order) shrunk to fit maxSide on each
 * side; a matrix that already fits keeps one block per element. One pass over the data.
 */
export function computeBlockMeans(
  data: NumericArray,
  rows: number,
  columns: number,
  maxSide: number,
): BlockMeans {
  const height = Math.min(rows, maxSide);
  const width = Math.min(columns, maxSide);
  const sums = new Float64Array(width * height);
  const counts = new Uint32Array(width * height);
  // Block column of each matrix column, computed once instead of per element.
  const blockColumn = Uint32Array.from({ length: columns }, (_, c) =>
    Math.floor((c * width) / columns),
  );
  let row = 0;
  let column = 0;
  let blockRowStart = 0;
  // for…of, not indexing: the float16 array's iterator is far cheaper than its indexed access.
  for (const element of data as Iterable<number | bigint>) {
    const value = Number(element);
    if (!Number.isNaN(value)) {
      // blockColumn has one entry per column; sums and counts one per block.
      const block = blockRowStart + blockColumn[column]!;
      sums[block]! += value;
      counts[block]! += 1;
    }
    column += 1;
    if (column === columns) {
      column = 0;
      row += 1;
      blockRowStart = Math.floor((row * height) / rows) * width;
    }
  }
  const means = sums.map((sum, block) => (counts[block] ? sum / counts[block] : Number.NaN));
  return { width, height, means };
}
