/** Returns the softmax of raw class scores. */
export function softmax(scores: ArrayLike<number>): Float32Array {
  const values = Float32Array.from(scores);
  const max = values.reduce((m, v) => Math.max(m, v), -Infinity);
  const out = values.map((v) => Math.exp(v - max));
  const sum = out.reduce((total, v) => total + v, 0);
  return out.map((v) => v / sum);
}

/** Returns the indices of the `k` highest scores, highest first (ties keep the lower index first). */
export function rankTop(scores: ArrayLike<number>, k: number): number[] {
  const indices = Array.from({ length: scores.length }, (_, i) => i);
  const score = (i: number): number => scores[i] ?? Number.NaN;
  indices.sort((a, b) => score(b) - score(a) || a - b);
  return indices.slice(0, k);
}
