import { computeBlockMeans, type BlockMeans } from "../serving/block-means";
import { recallBlockMeans } from "../serving/tensor-summaries";
import { computeHeatRgb } from "./compute-heat-colour";
import type { NumericArray } from "../serving/types";

/** A matrix reduced to at most maxSide × maxSide blocks, each the mean of the elements it covers. */
export type { BlockMeans } from "../serving/block-means";

/**
 * Returns the block means of a rows × columns matrix (C order) shrunk to fit maxSide on each
 * side: the ones the reply decoder already computed off the page's thread when it did, else
 * computed here in one pass.
 */
export function downsampleMatrix(
  data: NumericArray,
  rows: number,
  columns: number,
  maxSide: number,
): BlockMeans {
  return (
    recallBlockMeans(data, rows, columns, maxSide) ??
    computeBlockMeans(data, rows, columns, maxSide)
  );
}

/** Returns RGBA pixels (for ImageData) of block means coloured on the heatmap ramp from min to max. */
export function paintBlockMeans(
  blocks: BlockMeans,
  min: number,
  max: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(blocks.means.length * 4);
  blocks.means.forEach((mean, block) => {
    pixels.set([...computeHeatRgb(mean, min, max), 255], block * 4);
  });
  return pixels;
}
