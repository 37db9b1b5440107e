/** Turns column-major (Fortran-order) element storage into row-major (C order). */

/** Anything indexable and constructible like a typed array. */
interface Indexable<T> {
  length: number;
  [index: number]: T;
}

/**
 * Copies `source`, laid out in Fortran order for `shape`, into `target` in C order.
 * Both hold the product of `shape` elements.
 */
export function reorderFortranToC<T>(
  source: Indexable<T>,
  target: Indexable<T>,
  shape: readonly number[],
): void {
  const rank = shape.length;
  // Fortran strides: the first axis varies fastest.
  const strides: number[] = [];
  let stride = 1;
  for (const dim of shape) {
    strides.push(stride);
    stride *= dim;
  }
  const counter = new Array<number>(rank).fill(0);
  let from = 0;
  for (let to = 0; to < target.length; to++) {
    target[to] = source[from] as T;
    // Advance the C-order counter: the last axis varies fastest.
    for (let axis = rank - 1; axis >= 0; axis--) {
      const dim = shape[axis] ?? 1;
      const step = strides[axis] ?? 0;
      const at = (counter[axis] ?? 0) + 1;
      if (at < dim) {
        counter[axis] = at;
        from += step;
        break;
      }
      counter[axis] = 0;
      from -= step * (dim - 1);
    }
  }
}
