/** The bounds a pasted request is held to before anything is allocated for it. */
import { MAX_GRID_CELLS } from "../draft/grid-limits";

/** The longest text accepted as a pasted request (64 MB). */
export const MAX_PASTE_CHARS = 64 * 1024 * 1024;

/** Returns the element count of a shape (1 for a 0-d scalar). */
export function countShape(shape: readonly number[]): number {
  return shape.reduce((n, dim) => n * dim, 1);
}

/**
 * Returns why a tensor of `shape` is too big for the editor, or undefined when it fits. The
 * product is checked as a float so a shape like (1e9, 1e9) never allocates anything.
 */
export function describeOversizeTensor(shape: readonly number[]): string | undefined {
  const count = countShape(shape);
  return count > MAX_GRID_CELLS
    ? `a tensor of shape (${shape.join(", ")}) has ${count} elements; the editor holds at most ${MAX_GRID_CELLS}`
    : undefined;
}

/** Returns why the pasted text is too long, or undefined. */
export function describeOversizeText(length: number): string | undefined {
  return length > MAX_PASTE_CHARS
    ? `the text has ${length} characters; a pasted request may have at most ${MAX_PASTE_CHARS} (64 MB)`
    : undefined;
}
