/** Element-wise difference statistics of two numeric tensors of the same dtype and length. */
import { isFloat16Array } from "@petamoriken/float16";
import { readFloat16 } from "./read-float16";
import { relativeDifference, relativeDifferenceBig } from "./relative-difference";
import type { NumericArray } from "../../protocol/tensor-types";

/** How many of the largest differences are kept with their positions. */
export const LARGEST_KEPT = 10;

/** One element where the tensors differ, by flat (C-order) index. */
export interface ElementDifference {
  index: number;
  absolute: number;
}

/** What the comparison says about two numeric tensors. */
export interface DiffStats {
  count: number;
  /** Elements that differ at all (NaN against NaN counts as equal). */
  differing: number;
  /** Largest |a − b| among elements where neither side is NaN; Infinity when an infinity differs. */
  maxAbsolute: number;
  maxAbsoluteIndex: number;
  /** Largest relative difference (see relativeDifference), among elements where neither side is NaN. */
  maxRelative: number;
  maxRelativeIndex: number;
  /** Elements that are NaN on one side only. */
  nanMismatches: number;
  /** The largest differences, largest first (NaN mismatches first of all, as Infinity). */
  largest: ElementDifference[];
}

/** The statistics plus |a − b| per element: NaN where exactly one side is NaN, 0 where both are. */
export interface NumericDiff {
  stats: DiffStats;
  absolute: Float64Array;
}

/**
 * Returns the difference of two tensors element by element, in one pass. int64/uint64 are
 * subtracted exactly as bigints before the result becomes a number; bool compares its 0/1 bytes;
 * float16 is read from its bits. Throws when the lengths differ.
 */
export function computeNumericDiff(a: NumericArray, b: NumericArray): NumericDiff {
  if (a.length !== b.length) {
    throw new Error(`Cannot compare ${a.length} elements with ${b.length}`);
  }
  const absolute = new Float64Array(a.length);
  const tally = new Tally(a.length);
  if (a instanceof BigInt64Array || a instanceof BigUint64Array) {
    diffBig(a, b as BigInt64Array | BigUint64Array, absolute, tally);
  } else {
    diffNumbers(readNumbers(a), readNumbers(b as PlainArray), absolute, tally);
  }
  return { stats: tally.stats, absolute };
}

/**
 * Returns how many elements differ by more than `tolerance` (NaN on one side always counts).
 * Throws on a negative or NaN tolerance.
 */
export function countOverTolerance(absolute: Float64Array, tolerance: number): number {
  if (!(tolerance >= 0)) {
    throw new Error("The tolerance must be a number ≥ 0");
  }
  let over = 0;
  for (let i = 0; i < absolute.length; i += 1) {
    const value = absolute[i]!;
    // A NaN fails `value <= tolerance`, so a one-sided NaN counts as over.
    if (!(value <= tolerance)) {
      over += 1;
    }
  }
  return over;
}

type PlainArray = Exclude<NumericArray, BigInt64Array | BigUint64Array>;

// Reads of the float16 array are slow, so it becomes a Float32Array (exact) first.
function readNumbers(data: PlainArray): ArrayLike<number> {
  return isFloat16Array(data) ? readFloat16(data) : data;
}

function diffNumbers(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  absolute: Float64Array,
  tally: Tally,
): void {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) {
      continue; // absolute starts at 0, and NaN against NaN is equal
    }
    // NaN when one side is NaN; Infinity when an infinity meets anything else.
    const difference = Math.abs(x - y);
    absolute[i] = difference;
    tally.add(i, difference, relativeDifference(x, y));
  }
}

function diffBig(
  a: BigInt64Array | BigUint64Array,
  b: BigInt64Array | BigUint64Array,
  absolute: Float64Array,
  tally: Tally,
): void {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      const d = x - y;
      const difference = Number(d < 0n ? -d : d);
      absolute[i] = difference;
      tally.add(i, difference, relativeDifferenceBig(x, y));
    }
  }
}

// Running statistics over the differing elements, in index order.
class Tally {
  readonly stats: DiffStats;
  private floor = 0; // the smallest difference in `largest` once it is full

  constructor(count: number) {
    this.stats = {
      count,
      differing: 0,
      maxAbsolute: 0,
      maxAbsoluteIndex: -1,
      maxRelative: 0,
      maxRelativeIndex: -1,
      nanMismatches: 0,
      largest: [],
    };
  }

  add(index: number, difference: number, relative: number): void {
    const stats = this.stats;
    stats.differing += 1;
    if (Number.isNaN(difference)) {
      stats.nanMismatches += 1;
    } else {
      if (difference > stats.maxAbsolute) {
        stats.maxAbsolute = difference;
        stats.maxAbsoluteIndex = index;
      }
      if (relative > stats.maxRelative) {
        stats.maxRelative = relative;
        stats.maxRelativeIndex = index;
      }
    }
    const rank = Number.isNaN(difference) ? Infinity : difference;
    if (stats.largest.length < LARGEST_KEPT || rank > this.floor) {
      this.floor = keepLargest(stats.largest, { index, absolute: rank });
    }
  }
}

// Inserts in order and drops the smallest beyond LARGEST_KEPT; returns the new smallest kept.
function keepLargest(largest: ElementDifference[], entry: ElementDifference): number {
  const at = largest.findIndex((kept) => entry.absolute > kept.absolute);
  largest.splice(at === -1 ? largest.length : at, 0, entry);
  if (largest.length > LARGEST_KEPT) {
    largest.pop();
  }
  return largest.length < LARGEST_KEPT ? 0 : largest[largest.length - 1]!.absolute;
}
