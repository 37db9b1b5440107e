import type { NumericDType, NumericElement } from "../serving/types";

// Beyond this magnitude whole numbers read better in exponent form than as long digit runs.
const MAX_PLAIN_INTEGER = 1e15;
const SIGNIFICANT_DIGITS = 6;

/** Returns a number as the results view shows it: whole values without decimals, else ~6 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) {
    return "NaN";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "Infinity" : "-Infinity";
  }
  if (Number.isInteger(value) && Math.abs(value) < MAX_PLAIN_INTEGER) {
    // -0 shows as "0": the sign of zero is noise in a results table.
    return String(value === 0 ? 0 : value);
  }
  return trimPrecision(value.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * Returns one tensor element as text: bigint exactly, bool as true/false (also the 0/1 bytes of a
 * bool tensor when `dtype` says so), other numbers via formatNumber.
 */
export function formatElement(value: NumericElement, dtype?: NumericDType): string {
  if (typeof value === "bigint") {
    return value.toString();
  }
  if (typeof value === "boolean" || dtype === "bool") {
    return value ? "true" : "false";
  }
  return formatNumber(value);
}

/** Drops trailing zeros of a toPrecision() result, keeping any exponent ("1.50000e+21" → "1.5e+21"). */
function trimPrecision(text: string): string {
  const [mantissa = text, exponent] = text.split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return exponent === undefined ? trimmed : `${trimmed}e${exponent}`;
}
