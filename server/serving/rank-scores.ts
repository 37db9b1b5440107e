/** Returns the softmax of raw class scores. */
export function softmax(scores: ArrayLike<number>): Float32Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i += 1) {
    max = Math.max(max, scores[i]);
  }
  const out = new Float32Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i += 1) {
    out[i] = Math.exp(scores[i] - max);
    sum += out[i];
  }
  return out.map((v) => v / sum);
}

/** Returns the indices of the `k` highest scores, highest first (ties keep the lower index first). */
export function rankTop(scores: ArrayLike<number>, k: number): number[] {
  const indices = Array.from({ length: scores.length }, (_, i) => i);
  indices.sort((a, b) => scores[b] - scores[a] || a - b);
  return indices.slice(0, k);
}
