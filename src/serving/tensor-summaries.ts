/**
 * What a result view shows of a large numeric output (its stats and heatmap block means),
 * computed where the reply was decoded, off the page's thread, and found again by the output's
 * data array. Result shapes stay as they are: views ask here first and compute only on a miss.
 */
import { computeBlockMeans, type BlockMeans } from "./block-means";
import { computeTensorStatsNow, type TensorStats } from "./tensor-stats";
import type { NumericArray } from "./types";

/** Outputs with fewer elements are summarized by the views themselves, at no noticeable cost. */
export const SUMMARY_MIN_ELEMENTS = 65_536;

/** Largest side of a heatmap overview, in blocks (a 1000 × 1000 matrix becomes 200 × 200). */
export const OVERVIEW_MAX_SIDE = 200;

/** The block means of one matrix layout of a tensor. */
export interface LaidOutBlockMeans {
  rows: number;
  columns: number;
  maxSide: number;
  means: BlockMeans;
}

/** The precomputed view data of one numeric output. */
export interface TensorSummary {
  stats: TensorStats;
  /** For tensors of two or more dimensions: rows are the leading axes, columns the last one. */
  blocks?: LaidOutBlockMeans;
}

const summaries = new WeakMap<NumericArray, TensorSummary>();

/** Returns the summary of a tensor's elements: stats, and block means when it has a matrix layout. */
export function summarizeTensor(shape: readonly number[], data: NumericArray): TensorSummary {
  const stats = computeTensorStatsNow(data);
  const columns = shape.at(-1) ?? 0;
  if (shape.length < 2 || columns === 0 || data.length % columns !== 0) {
    return { stats };
  }
  const rows = data.length / columns;
  const means = computeBlockMeans(data, rows, columns, OVERVIEW_MAX_SIDE);
  return { stats, blocks: { rows, columns, maxSide: OVERVIEW_MAX_SIDE, means } };
}

/** Keeps the summary of `data` for the views that later show it. */
export function rememberTensorSummary(data: NumericArray, summary: TensorSummary): void {
  summaries.set(data, summary);
}

/** Returns the stats kept for `data`, if any. */
export function recallTensorStats(data: NumericArray): TensorStats | undefined {
  return summaries.get(data)?.stats;
}

/** Returns the block means kept for `data` in exactly this layout, if any. */
export function recallBlockMeans(
  data: NumericArray,
  rows: number,
  columns: number,
  maxSide: number,
): BlockMeans | undefined {
  const blocks = summaries.get(data)?.blocks;
  return blocks && blocks.rows === rows && blocks.columns === columns && blocks.maxSide === maxSide
    ? blocks.means
    : undefined;
}
