/** The array form tensor files are read into and written from. */
import type { NumericArray, NumericDType } from "../../protocol/tensor-types";

/** An n-d numeric array: dtype, shape and elements in C order (row-major). */
export interface TensorArray {
  dtype: NumericDType;
  shape: number[];
  data: NumericArray;
}

/** Returns the element count of a shape (1 for a 0-d scalar). */
export function countElements(shape: readonly number[]): number {
  return shape.reduce((n, dim) => n * dim, 1);
}
