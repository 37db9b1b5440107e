/** Returns the indices of the `k` highest scores, highest first (ties keep the lower index first). */
export function rankTop(scores: ArrayLike<number>, k: number): number[] {
  const at = (i: number) => scores[i] ?? Number.NEGATIVE_INFINITY;
  const indices = Array.from({ length: scores.length }, (_, i) => i);
  indices.sort((a, b) => at(b) - at(a) || a - b);
  return indices.slice(0, k);
}
