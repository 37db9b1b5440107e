/**
 * Per-dtype parsing and validation of one typed element: what the matrix editor shows at the
 * cell, and what the tensor builder sends.
 */
import { f16round } from "@petamoriken/float16";
import { numericDTypes } from "../../protocol/dtypes";
import type { NumericDType, NumericElement } from "../serving/types";

/** A parsed element, or why the text cannot be one. */
export type ParsedElement =
  | {
      ok: true;
      value: NumericElement;
      /** the value actually sent when it differs from the text */ sent?: string;
    }
  | { ok: false; error: string };

const INTEGER_TEXT = /^[+-]?\d+$/;
// Also accepts what numpy prints for whole floats ("2.", "2.0") and the names it uses for specials.
const FLOAT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const SPECIAL_FLOATS: Record<string, number> = {
  nan: NaN,
  inf: Infinity,
  "+inf": Infinity,
  "-inf": -Infinity,
  infinity: Infinity,
  "-infinity": -Infinity,
};

/** Returns whether the dtype holds integers (bool excluded). */
export function isIntegerDType(dtype: NumericDType): boolean {
  const { kind } = numericDTypes[dtype];
  return kind === "int" || kind === "bigint";
}

/** Returns the value of `text` as an element of `dtype`, or the reason it is not one. */
export function parseElement(text: string, dtype: NumericDType): ParsedElement {
  const t = text.trim();
  if (t === "") {
    return { ok: false, error: "empty" };
  }
  if (dtype === "bool") {
    return parseBool(t);
  }
  if (isIntegerDType(dtype)) {
    return parseInteger(t, dtype);
  }
  return parseFloatElement(t, dtype);
}

function parseBool(t: string): ParsedElement {
  const lower = t.toLowerCase();
  if (lower === "true" || lower === "1") {
    return { ok: true, value: true };
  }
  if (lower === "false" || lower === "0") {
    return { ok: true, value: false };
  }
  return { ok: false, error: `${t} is not a bool (true/false, 1/0)` };
}

function parseInteger(t: string, dtype: NumericDType): ParsedElement {
  if (!INTEGER_TEXT.test(t)) {
    return FLOAT_TEXT.test(t) || t.toLowerCase() in SPECIAL_FLOATS
      ? { ok: false, error: `${t} is not an integer (${dtype})` }
      : { ok: false, error: `${t} is not a number` };
  }
  const info = numericDTypes[dtype];
  const [min, max] = [BigInt(info.min ?? 0), BigInt(info.max ?? 0)];
  const big = BigInt(t);
  if (big < min || big > max) {
    return { ok: false, error: `${t} is out of range for ${dtype} (${min}…${max})` };
  }
  // int64/uint64 keep BigInt so values beyond 2^53 stay exact.
  return { ok: true, value: info.kind === "bigint" ? big : Number(big) };
}

function parseFloatElement(t: string, dtype: NumericDType): ParsedElement {
  const special = SPECIAL_FLOATS[t.toLowerCase()];
  if (special === undefined && !FLOAT_TEXT.test(t)) {
    return { ok: false, error: `${t} is not a number` };
  }
  const value = special ?? Number(t);
  if (dtype === "float16") {
    const sent = f16round(value);
    if (Number.isFinite(value) && !Number.isFinite(sent)) {
      return { ok: false, error: `${t} is out of range for float16 (±65504)` };
    }
    return sent === value || Number.isNaN(value)
      ? { ok: true, value }
      : { ok: true, value: sent, sent: String(sent) };
  }
  if (dtype === "float32") {
    const sent = Math.fround(value);
    if (Number.isFinite(value) && !Number.isFinite(sent)) {
      return { ok: false, error: `${t} is out of range for float32` };
    }
    return { ok: true, value: sent };
  }
  return { ok: true, value };
}
