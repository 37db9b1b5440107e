import { plainNumbers } from "./plain-numbers";
import type { NumericArray, NumericElement } from "./types";

/** Summary of a numeric tensor; min/max keep the element type (bigint stays exact). */
export interface TensorStats {
  count: number;
  /** Elements that are NaN; they take no part in min, max and mean. */
  nanCount: number;
  min: NumericElement | undefined;
  max: NumericElement | undefined;
  /** Arithmetic mean as a float64 (undefined when no element counts). */
  mean: number | undefined;
}

/** Returns count, NaN count, min, max and mean of a tensor's elements in a single pass. */
export function computeTensorStatsNow(data: NumericArray): TensorStats {
  const numbers = plainNumbers(data);
  if (!numbers) {
    return computeBigIntStats(data as BigInt64Array | BigUint64Array);
  }
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let nanCount = 0;
  const length = numbers.length;
  // An indexed loop over a native typed array: several times faster than for…of on 10^6 elements.
  for (let i = 0; i < length; i++) {
    const value = numbers[i]!;
    if (value !== value) {
      // NaN, the one value unequal to itself.
      nanCount += 1;
      continue;
    }
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
    sum += value;
  }
  const counted = data.length - nanCount;
  return counted === 0
    ? { count: data.length, nanCount, min: undefined, max: undefined, mean: undefined }
    : { count: data.length, nanCount, min, max, mean: sum / counted };
}

/** int64/uint64: exact BigInt min, max and sum; only the final mean is rounded to float64. */
function computeBigIntStats(data: BigInt64Array | BigUint64Array): TensorStats {
  if (data.length === 0) {
    return { count: 0, nanCount: 0, min: undefined, max: undefined, mean: undefined };
  }
  let min = data[0]!;
  let max = min;
  let sum = 0n;
  for (const value of data) {
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
    sum += value;
  }
  const count = BigInt(data.length);
  // Whole part exactly, fraction separately, so means beyond 2^53 round only once.
  const mean = Number(sum / count) + Number(sum % count) / data.length;
  return { count: data.length, nanCount: 0, min, max, mean };
}
