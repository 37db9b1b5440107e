/** Writes array elements as text that parses back to exactly the same value. */
import type { NumericDType } from "../../protocol/tensor-types";
import type { TensorArray } from "./tensor-array";

/**
 * Returns the shortest float32 text (of 6 to 9 significant digits) that reads back as `value`.
 * JavaScript prints the float64 value, whose digits run longer than float32 holds.
 */
function float32Text(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) {
    return String(value);
  }
  for (let digits = 6; digits < 9; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) {
      return trimZeros(text);
    }
  }
  return trimZeros(value.toPrecision(9));
}

/** Drops trailing zeros of the mantissa ("1.50000e+21" → "1.5e+21"). */
function trimZeros(text: string): string {
  const [mantissa = "", exponent] = text.split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return exponent === undefined ? trimmed : `${trimmed}e${exponent}`;
}

/** Returns one element as exact text: true/false for bool, decimal for integers, round-trip floats. */
export function formatElementText(value: number | bigint, dtype: NumericDType): string {
  if (dtype === "bool") {
    return value ? "true" : "false";
  }
  if (typeof value === "bigint") {
    return value.toString();
  }
  // -0 keeps its sign: it is a distinct float the array holds.
  if (Object.is(value, -0)) {
    return "-0";
  }
  // float16 and float64 values print exactly as JavaScript's shortest float64 text.
  return dtype === "float32" ? float32Text(value) : String(value);
}

/** Returns the text of every element of the array, in C order. */
export function formatArrayTexts(array: TensorArray): string[] {
  // Pushed, not preallocated: V8 keeps a large `new Array(n)` in slow dictionary mode.
  const out: string[] = [];
  const { data, dtype } = array;
  for (let i = 0; i < data.length; i++) {
    out.push(formatElementText(data[i] ?? 0, dtype));
  }
  return out;
}
