/** A JSON view of REST bodies for the raw-message panel: numbers as read, long strings summarized. */
import { isLosslessNumber } from "lossless-json";

/** Strings up to this length are shown whole; longer ones (base64 images) are summarized. */
const FULL_STRING = 96;

/**
 * Returns `value` (plain or lossless-json parsed) with lossless numbers as numbers (bigint beyond
 * 2^53) and strings longer than 96 characters shortened to their head and length.
 */
export function restJsonView(value: unknown): unknown {
  if (isLosslessNumber(value)) {
    const number = Number(value.value);
    return Number.isSafeInteger(number) || !/^-?\d+$/.test(value.value)
      ? number
      : BigInt(value.value);
  }
  if (typeof value === "string") {
    return value.length <= FULL_STRING
      ? value
      : `${value.slice(0, 32)}… (${value.length} characters)`;
  }
  if (Array.isArray(value)) {
    return value.map(restJsonView);
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restJsonView(v)]));
  }
  return value;
}
