/** Reads the two version fields of "run this draft on version A and on version B". */

/** Why a pair of version texts is refused. */
export type VersionPairProblem = "invalid-a" | "invalid-b" | "same";

/** One side's version: a positive whole number, or undefined for the latest. */
export type ChosenVersion = number | undefined;

const POSITIVE = /^[1-9]\d*$/;

/**
 * Returns both versions (empty = latest), or the problem: a text that is not a positive whole
 * number, or two sides naming the same version (both empty included).
 */
export function parseVersionPair(
  textA: string,
  textB: string,
): { ok: true; a: ChosenVersion; b: ChosenVersion } | { ok: false; problem: VersionPairProblem } {
  const a = readVersion(textA);
  if (a === null) {
    return { ok: false, problem: "invalid-a" };
  }
  const b = readVersion(textB);
  if (b === null) {
    return { ok: false, problem: "invalid-b" };
  }
  return a === b ? { ok: false, problem: "same" } : { ok: true, a, b };
}

// null: refused; undefined: latest.
function readVersion(text: string): ChosenVersion | null {
  const trimmed = text.trim();
  if (trimmed === "") {
    return undefined;
  }
  if (!POSITIVE.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}
