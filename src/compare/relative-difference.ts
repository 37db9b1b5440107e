/**
 * The relative difference of two elements, as the comparison defines it:
 * |a − b| / max(|a|, |b|), 0 when both are 0 (so it lies in [0, 2]).
 * Infinities: equal infinities give 0, an infinity against a finite value gives 1, opposite
 * infinities give 2. NaN on either side gives NaN (the caller counts NaN mismatches apart).
 */
export function relativeDifference(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    return Number.NaN;
  }
  if (a === b) {
    return 0;
  }
  const aInfinite = !Number.isFinite(a);
  const bInfinite = !Number.isFinite(b);
  if (aInfinite && bInfinite) {
    return 2;
  }
  if (aInfinite || bInfinite) {
    return 1;
  }
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** The relative difference of two 64-bit integers, computed from their exact difference. */
export function relativeDifferenceBig(a: bigint, b: bigint): number {
  if (a === b) {
    return 0;
  }
  const magnitude = (x: bigint) => (x < 0n ? -x : x);
  const largest = magnitude(a) > magnitude(b) ? magnitude(a) : magnitude(b);
  return Number(magnitude(a - b)) / Number(largest);
}
