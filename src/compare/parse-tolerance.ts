/** Reads the tolerance field of the comparison. */

/** Why a tolerance text is refused. */
export type ToleranceProblem = "empty" | "not-a-number" | "negative";

/**
 * Returns the tolerance a text gives: a finite number ≥ 0 ("1e-6" and "0.001" both read), or the
 * problem with it.
 */
export function parseTolerance(
  text: string,
): { ok: true; value: number } | { ok: false; problem: ToleranceProblem } {
  const trimmed = text.trim();
  if (trimmed === "") {
    return { ok: false, problem: "empty" };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return { ok: false, problem: "not-a-number" };
  }
  return value < 0 ? { ok: false, problem: "negative" } : { ok: true, value };
}
