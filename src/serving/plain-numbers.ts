/** Numeric arrays read element by element at native speed. */
import { isFloat16Array } from "@petamoriken/float16";
import type { NumericArray } from "./types";

/**
 * Returns the elements as a native typed array that indexed loops read fast: the array itself,
 * or for float16 (whose indexed access goes through a proxy) a Float32Array copy of its values.
 * Undefined for int64/uint64, whose elements are bigints.
 */
export function plainNumbers(data: NumericArray): ArrayLike<number> | undefined {
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
    return undefined;
  }
  // The float16 array's iterator is far cheaper than its indexed access.
  return isFloat16Array(data)
    ? Float32Array.from(data as Iterable<number>)
    : (data as ArrayLike<number>);
}
