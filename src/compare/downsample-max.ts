/** Shrinks a map of |a − b| to a heatmap size, keeping each block's largest difference. */

/** At most maxSide × maxSide blocks, each the largest difference it covers. */
export interface DiffBlocks {
  width: number;
  height: number;
  /** Row-major block maxima; Infinity where a block holds an infinite or one-sided NaN difference. */
  maxima: Float64Array;
  /** The largest finite block maximum, the top of the colour scale. */
  top: number;
}

/**
 * Returns the block maxima of a rows × columns matrix of differences (C order). The maximum,
 * not the mean, so a single differing element still shows after downsampling.
 */
export function downsampleMax(
  absolute: Float64Array,
  rows: number,
  columns: number,
  maxSide: number,
): DiffBlocks {
  const height = Math.max(1, Math.min(rows, maxSide));
  const width = Math.max(1, Math.min(columns, maxSide));
  const maxima = new Float64Array(width * height);
  const blockColumn = Uint32Array.from({ length: columns }, (_, c) =>
    Math.floor((c * width) / columns),
  );
  let index = 0;
  for (let row = 0; row < rows; row += 1) {
    const start = Math.floor((row * height) / rows) * width;
    for (let column = 0; column < columns; column += 1) {
      const raw = absolute[index]!;
      const value = Number.isNaN(raw) ? Infinity : raw;
      const block = start + blockColumn[column]!;
      if (value > maxima[block]!) {
        maxima[block] = value;
      }
      index += 1;
    }
  }
  let top = 0;
  for (const value of maxima) {
    if (Number.isFinite(value) && value > top) {
      top = value;
    }
  }
  return { width, height, maxima, top };
}

/** Returns the rows and columns a tensor is drawn as: the last dimension across, the rest down. */
export function matrixLayout(shape: readonly number[]): { rows: number; columns: number } {
  if (shape.length === 0) {
    return { rows: 1, columns: 1 };
  }
  const columns = shape[shape.length - 1]!;
  const rows = shape.slice(0, -1).reduce((product, side) => product * side, 1);
  return { rows, columns };
}
