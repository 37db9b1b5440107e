/** The numeric diff as one task: the same code runs in the worker and, where there is none, in place. */
import { downsampleMax, type DiffBlocks } from "./downsample-max";
import { computeNumericDiff, type DiffStats } from "./numeric-diff";
import { unpackArray, type PackedArray } from "./packed-array";
import { paintDiffBlocks } from "./paint-diff-heat";

/** What the worker is asked: two arrays of one dtype and length, and the heatmap's layout. */
export interface DiffRequest {
  id: number;
  a: PackedArray;
  b: PackedArray;
  rows: number;
  columns: number;
  /** Largest heatmap side in blocks. */
  maxSide: number;
}

/** What it answers: the statistics, |a − b| per element, the heatmap blocks and their RGBA pixels. */
export interface DiffAnswer {
  id: number;
  stats: DiffStats;
  absolute: Float64Array;
  blocks: DiffBlocks;
  /** The blocks painted (blocks.width × blocks.height RGBA), so the page only puts them on a canvas. */
  pixels: Uint8ClampedArray<ArrayBuffer>;
}

/** A failure the worker reports instead of an answer. */
export interface DiffFailure {
  id: number;
  error: string;
}

/** Returns the diff of a request. Throws when the arrays or the layout disagree. */
export function runDiffTask(request: DiffRequest): DiffAnswer {
  const a = unpackArray(request.a);
  const b = unpackArray(request.b);
  if (request.rows * request.columns !== a.length) {
    throw new Error(
      `A ${request.rows} × ${request.columns} layout does not hold ${a.length} elements`,
    );
  }
  const { stats, absolute } = computeNumericDiff(a, b);
  const blocks = downsampleMax(absolute, request.rows, request.columns, request.maxSide);
  return { id: request.id, stats, absolute, blocks, pixels: paintDiffBlocks(blocks) };
}
