/** Block means of a matrix: the data behind a heatmap overview image. */
import { plainNumbers } from "./plain-numbers";
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
  // bigints are widened to numbers once; everything else is read by an indexed loop over a
  // native typed array, several times faster than for…of on 10^6 elements.
  const numbers = plainNumbers(data) ?? Float64Array.from(data as Iterable<bigint>, Number);
  const length = numbers.length;
  let index = 0;
  for (let row = 0; row < rows; row++) {
    const blockRowStart = Math.floor((row * height) / rows) * width;
    for (let column = 0; column < columns && index < length; column++, index++) {
      const value = numbers[index]!;
      if (value === value) {
        // Not NaN. blockColumn has one entry per column; sums and counts one per block.
        const block = blockRowStart + blockColumn[column]!;
        sums[block]! += value;
        counts[block]! += 1;
      }
    }
  }
  const means = sums.map((sum, block) => (counts[block] ? sum / counts[block] : Number.NaN));
  return { width, height, means };
}
