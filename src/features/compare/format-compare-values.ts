/** Numbers, elements and positions as the Comparison region writes them, in the page's language. */
import type { NumericArray, NumericDType } from "../../serving/types";

// Building an Intl.NumberFormat costs far more than formatting with one, and a comparison writes
// hundreds of numbers: one formatter per language is kept.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string): Intl.NumberFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumSignificantDigits: 6 });
    formatters.set(language, format);
  }
  return format;
}

/** Returns a number with up to 6 significant digits in the given locale; NaN and ±∞ as such. */
export function formatCompareNumber(value: number, language: string): string {
  if (Number.isNaN(value)) {
    return "NaN";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "∞" : "−∞";
  }
  return numberFormat(language).format(value);
}

/** Returns element `index` of a tensor as text: int64 exactly, bool as true/false. */
export function formatArrayElement(
  data: NumericArray,
  index: number,
  dtype: NumericDType,
  language: string,
): string {
  const value = data[index];
  if (value === undefined) {
    return "";
  }
  if (typeof value === "bigint") {
    return value.toString();
  }
  if (dtype === "bool") {
    return value ? "true" : "false";
  }
  return formatCompareNumber(value, language);
}

/** Returns the n-d position of a flat C-order index, as numpy writes it: "[1, 0]". */
export function formatPosition(index: number, shape: readonly number[]): string {
  const position: number[] = [];
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis -= 1) {
    const side = shape[axis] ?? 1;
    position.unshift(side > 0 ? rest % side : 0);
    rest = side > 0 ? Math.floor(rest / side) : 0;
  }
  return `[${position.join(", ")}]`;
}
