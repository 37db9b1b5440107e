/**
 * Reads one output of a Serving RESTful reply into the output value the gRPC path gives.
 * REST carries no dtype: master/restful writes every number as a JSON number (floats with a decimal
 * point), strings as JSON strings and bytes as `{"b64": …}`, nested by the shape. So the dtype is
 * read from the literals: bool; int32 when every integer fits, else int64 (uint64 above it);
 * float32 when every float is exactly a float32, else float64; null inside floats is NaN/±Inf,
 * which JSON cannot write.
 */
import { isLosslessNumber, type LosslessNumber } from "lossless-json";
import { decodeBase64 } from "../shared/base64";
import { numericDTypes } from "./dtypes";
import type { NumericDType, NumericElement, OutputValue } from "./tensor-types";

type Leaf = LosslessNumber | boolean | string | Uint8Array | null;

const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const UINT64_MAX = 2n ** 64n - 1n;

/** Returns the output value of one REST reply item (parsed with lossless-json); never throws. */
export function decodeRestValue(value: unknown): OutputValue {
  const shape: number[] = [];
  const leaves: Leaf[] = [];
  const problem = flatten(value, 0, shape, leaves);
  if (problem) {
    return { kind: "invalid", dtype: "JSON", shape, error: problem };
  }
  if (leaves.length === 0) {
    // An empty tensor keeps no trace of its dtype in JSON.
    return numeric("float32", shape, []);
  }
  if (leaves.every((leaf) => typeof leaf === "string")) {
    const values = leaves as string[];
    return values.length === 1
      ? { kind: "string", shape, value: values[0] ?? "" }
      : { kind: "strings", shape, values };
  }
  if (leaves.every((leaf) => leaf instanceof Uint8Array)) {
    const values = leaves as Uint8Array[];
    return values.length === 1 && values[0]
      ? { kind: "bytes", shape, value: values[0] }
      : { kind: "bytes-list", shape, values };
  }
  if (leaves.every((leaf) => typeof leaf === "boolean")) {
    return numeric(
      "bool",
      shape,
      leaves.map((leaf) => (leaf ? 1 : 0)),
    );
  }
  if (leaves.every((leaf) => leaf === null || isLosslessNumber(leaf))) {
    return numbers(shape, leaves as (LosslessNumber | null)[]);
  }
  return { kind: "invalid", dtype: "JSON", shape, error: "the array mixes value kinds" };
}

// Walks the nesting in C order, checking that every array at a depth has the same length.
function flatten(
  value: unknown,
  depth: number,
  shape: number[],
  leaves: Leaf[],
): string | undefined {
  if (Array.isArray(value)) {
    const known = shape[depth];
    if (known === undefined) {
      if (depth !== shape.length || leaves.length > 0) {
        return "the nested arrays are ragged";
      }
      shape.push(value.length);
    } else if (known !== value.length) {
      return `an array at depth ${depth} has ${value.length} items, another ${known}`;
    }
    for (const item of value) {
      const problem = flatten(item, depth + 1, shape, leaves);
      if (problem) {
        return problem;
      }
    }
    return undefined;
  }
  if (depth < shape.length) {
    return "the nested arrays are ragged";
  }
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    leaves.push(value);
    return undefined;
  }
  if (isLosslessNumber(value)) {
    leaves.push(value);
    return undefined;
  }
  if (typeof value === "object" && typeof (value as { b64?: unknown }).b64 === "string") {
    try {
      leaves.push(decodeBase64((value as { b64: string }).b64));
      return undefined;
    } catch (error) {
      return `b64 is ${(error as Error).message}`;
    }
  }
  return `unreadable item ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`;
}

function numbers(shape: number[], leaves: (LosslessNumber | null)[]): OutputValue {
  const isFloat = leaves.some((leaf) => leaf === null || /[.eE]/.test(leaf.value));
  if (isFloat) {
    const values = leaves.map((leaf) => (leaf === null ? Number.NaN : Number(leaf.value)));
    const dtype = values.every((v) => Number.isNaN(v) || Math.fround(v) === v)
      ? "float32"
      : "float64";
    return numeric(dtype, shape, values);
  }
  const values = leaves.map((leaf) => BigInt((leaf as LosslessNumber).value));
  if (values.every((v) => v >= INT32.min && v <= INT32.max)) {
    return numeric("int32", shape, values.map(Number));
  }
  if (values.every((v) => v >= INT64.min && v <= INT64.max)) {
    return numeric("int64", shape, values);
  }
  if (values.every((v) => v >= 0n && v <= UINT64_MAX)) {
    return numeric("uint64", shape, values);
  }
  return { kind: "invalid", dtype: "JSON", shape, error: "an integer is beyond 64 bits" };
}

function numeric(
  dtype: NumericDType,
  shape: number[],
  values: readonly NumericElement[],
): OutputValue {
  const data = numericDTypes[dtype].alloc(values.length);
  values.forEach((value, i) => {
    (data as { [index: number]: NumericElement })[i] = value;
  });
  if (values.length === 1) {
    const only = values[0] ?? 0;
    return { kind: "scalar", dtype, shape, value: dtype === "bool" ? only === 1 : only };
  }
  return { kind: "tensor", dtype, shape, data };
}
