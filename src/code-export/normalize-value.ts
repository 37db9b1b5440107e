/** One spelling of every instance value, so generators switch over a closed set of kinds. */
import { encodeTensor } from "../serving/encode-tensor";
import type { InstanceValue, NumericArray, NumericDType, NumericElement } from "../serving/types";

/** An instance value with the plain JavaScript forms resolved to what the client sends. */
export type NormalValue =
  | { kind: "tensor"; dtype: NumericDType; shape: readonly number[]; data: NumericArray }
  | { kind: "scalar"; dtype: NumericDType; value: NumericElement }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bytes"; value: Uint8Array };

/**
 * Returns the value in its tagged form, as `encodeTensor` reads it; throws TypeError or RangeError
 * (from `encodeTensor`) when the client would refuse it.
 */
export function normalizeValue(value: InstanceValue): NormalValue {
  encodeTensor(value);
  if (typeof value === "boolean") {
    return { kind: "bool", value };
  }
  if (typeof value === "bigint") {
    return { kind: "int", value };
  }
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? { kind: "int", value: BigInt(value) }
      : { kind: "float", value };
  }
  if (typeof value === "string") {
    return { kind: "string", value };
  }
  if (value instanceof Uint8Array) {
    return { kind: "bytes", value };
  }
  if (value.kind === "int") {
    return { kind: "int", value: BigInt(value.value) };
  }
  return value;
}

/** Returns element `i` of a numeric array as a number, a bigint or (for bool) a boolean. */
export function elementOf(dtype: NumericDType, data: NumericArray, i: number): NumericElement {
  const element = data[i] ?? 0;
  return dtype === "bool" ? element !== 0 : element;
}

/** Returns the element count of a shape (1 for a 0-d value). */
export function countOf(shape: readonly number[]): number {
  return shape.reduce((product, dim) => product * dim, 1);
}
