/** Writes element texts as nested-list text of a shape, the form the any-rank editor reads. */

/** Returns `[[1, 2], [3, 4]]` for texts 1…4 in shape (2, 2); a 0-d array is its one element. */
export function formatNestedText(texts: readonly string[], shape: readonly number[]): string {
  if (shape.length === 0) {
    return texts[0] ?? "0";
  }
  // Innermost axis first: each pass groups the previous level's parts by one axis.
  let parts: string[] = [...texts];
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const dim = shape[axis] ?? 0;
    const groups = shape.slice(0, axis).reduce((n, d) => n * d, 1);
    const next: string[] = [];
    for (let g = 0; g < groups; g++) {
      next.push(`[${parts.slice(g * dim, (g + 1) * dim).join(", ")}]`);
    }
    parts = next;
  }
  return parts[0] ?? "[]";
}
