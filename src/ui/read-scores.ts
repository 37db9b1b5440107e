/** Reading class scores as a person would: probabilities as percentages, other scores as scores. */

/** How far the sum of a full probability vector may stray from 1 (float32 rounding over many classes). */
const SUM_TOLERANCE = 1e-3;

/**
 * Whether `scores` are probabilities. Every value must be finite and within [0, 1]. A full vector
 * (`complete`, every class of the model) must then sum to 1 within 0.1 %: that is what softmax or
 * any distribution gives, and what sigmoid or raw logits almost never do by chance. A top-k slice
 * (not `complete`) can only be checked to sum to at most 1, since the other classes hold the rest.
 * An empty list is not a probability vector.
 */
export function isProbabilityVector(scores: readonly number[], complete: boolean): boolean {
  if (scores.length === 0) {
    return false;
  }
  let sum = 0;
  for (const score of scores) {
    if (!Number.isFinite(score) || score < 0 || score > 1) {
      return false;
    }
    sum += score;
  }
  return complete ? Math.abs(sum - 1) <= SUM_TOLERANCE : sum <= 1 + SUM_TOLERANCE;
}

/** Returns the softmax of `scores` (shifted by the maximum so large logits cannot overflow); non-finite scores get 0. */
export function softmax(scores: readonly number[]): number[] {
  const finite = scores.filter(Number.isFinite);
  if (finite.length === 0) {
    return scores.map(() => 0);
  }
  const max = Math.max(...finite);
  const exps = scores.map((score) => (Number.isFinite(score) ? Math.exp(score - max) : 0));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/** Returns a probability in [0, 1] as a percentage for the locale, with one decimal ("48.2%"). */
export function formatPercent(probability: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(probability);
}
