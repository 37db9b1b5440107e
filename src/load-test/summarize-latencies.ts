/** Latency percentiles of one load-test cell. */

/** p50/p95/p99 and the extremes of a set of latencies, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

/**
 * Returns the nearest-rank `p`th percentile (0 < p ≤ 100) of `sorted` (ascending): the smallest value
 * with at least p% of the values at or below it, so p50 ≤ p95 ≤ p99 always holds. Throws on an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    throw new RangeError("no values to take a percentile of");
  }
  if (!(p > 0 && p <= 100)) {
    throw new RangeError(`a percentile lies in (0, 100], not ${p}`);
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Returns the summary of `latenciesMs` (any order), or undefined when there are none. */
export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary | undefined {
  if (latenciesMs.length === 0) {
    return undefined;
  }
  const sorted = Float64Array.from(latenciesMs).sort();
  const values = Array.from(sorted);
  let sum = 0;
  for (const v of values) {
    sum += v;
  }
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean: sum / values.length,
    max: values[values.length - 1] ?? Number.NaN,
  };
}
