/** Checks of instance values against their dtype: element types, integer ranges, dtype names, shapes. */
import { isNumericDType, numericDTypes } from "../../protocol/dtypes";
import { describe } from "../../shared/describe-value";
import type { NumericDTypeInfo } from "../../protocol/dtypes";
import type { NumericDType, NumericElement } from "./types";

/** Converts a JS value to an element of the dtype, rejecting wrong types and out-of-range integers. */
export function toElement(
  info: NumericDTypeInfo,
  dtype: NumericDType,
  value: unknown,
): NumericElement {
  if (info.kind === "bool") {
    if (typeof value === "boolean") {
      return value ? 1 : 0;
    }
    if (value === 0 || value === 1) {
      return value;
    }
    throw new TypeError(`bool value must be true or false, got ${describe(value)}`);
  }
  if (info.kind === "float") {
    return requireType(value, "number", dtype);
  }
  if (typeof value !== "number" && typeof value !== "bigint") {
    throw new TypeError(`${dtype} value must be an integer, got ${describe(value)}`);
  }
  if (typeof value === "number" && !Number.isInteger(value)) {
    throw new RangeError(`${dtype} value must be an integer, got ${value}`);
  }
  const big = BigInt(value);
  if (big < BigInt(info.min ?? 0) || big > BigInt(info.max ?? 0)) {
    throw new RangeError(
      `${String(value)} is out of range for ${dtype} [${info.min}, ${info.max}]`,
    );
  }
  return info.kind === "bigint" ? big : Number(big);
}

/** Returns `dtype` as a numeric dtype name; throws TypeError for anything else (MS_UNKNOWN included). */
export function checkDType(dtype: unknown): NumericDType {
  if (!isNumericDType(dtype)) {
    throw new TypeError(
      `unknown dtype ${describe(dtype)}; expected one of ${Object.keys(numericDTypes).join(", ")}`,
    );
  }
  return dtype;
}

/** Returns a copy of `shape`; throws unless it is an array of non-negative safe integers. */
export function checkShape(shape: unknown): number[] {
  if (!Array.isArray(shape)) {
    throw new TypeError(`shape must be an array of dims, got ${describe(shape)}`);
  }
  shape.forEach((dim: unknown, i) => {
    if (typeof dim !== "number" || !Number.isSafeInteger(dim) || dim < 0) {
      throw new RangeError(
        `shape [${shape.map(String).join(", ")}] has dim ${i} = ${describe(dim)}; dims must be non-negative integers`,
      );
    }
  });
  return [...(shape as number[])];
}

/** Returns `value` when it has the JS type `type`; throws TypeError naming `what` otherwise. */
export function requireType<T extends "boolean" | "number" | "string">(
  value: unknown,
  type: T,
  what: string,
): T extends "boolean" ? boolean : T extends "number" ? number : string {
  if (typeof value !== type) {
    throw new TypeError(`${what} value must be a ${type}, got ${describe(value)}`);
  }
  return value as T extends "boolean" ? boolean : T extends "number" ? number : string;
}
