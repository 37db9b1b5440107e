/** Encodes one instance value into a wire Tensor (DESIGN §3, "value given → tensor sent"). */
import { describe } from "./describe-value";
import { isNumericDType, numericDTypes, wireDataType } from "./dtypes";
import type { NumericDTypeInfo } from "./dtypes";
import type { InstanceValue, NumericDType, NumericElement } from "./types";
import type { WireTensor } from "./wire-tensor";

const utf8 = new TextEncoder();

/**
 * Returns the Tensor for `value`: tensors keep dtype/shape/bytes, typed scalars are 0-d,
 * plain bool/int/float are [1] bool/int64/float64, strings and bytes are [1] MS_STRING/MS_BYTES.
 * Throws TypeError or RangeError whose message says what is wrong (without instance/input).
 */
export function encodeTensor(value: InstanceValue): WireTensor {
  switch (typeof value) {
    case "boolean":
      return encodeScalar("bool", value, [1]);
    case "bigint":
      return encodeScalar("int64", value, [1]);
    case "number":
      return Number.isInteger(value)
        ? encodeScalar("int64", value, [1])
        : encodeScalar("float64", value, [1]);
    case "string":
      return encodeStrings("string", [utf8.encode(value)]);
    default:
      break;
  }
  if (value instanceof Uint8Array) {
    return encodeStrings("bytes", [value]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("kind" in value)) {
    throw new TypeError(`unsupported value ${describe(value)}`);
  }
  switch (value.kind) {
    case "tensor":
      return encodeArray(value.dtype, value.shape, value.data);
    case "scalar":
      return encodeScalar(checkDType(value.dtype), value.value, []);
    case "bool":
      return encodeScalar("bool", requireType(value.value, "boolean", "bool"), [1]);
    case "int":
      return encodeScalar("int64", value.value, [1]);
    case "float":
      return encodeScalar("float64", requireType(value.value, "number", "float"), [1]);
    case "string":
      return encodeStrings("string", [utf8.encode(requireType(value.value, "string", "string"))]);
    case "bytes":
      if (!(value.value instanceof Uint8Array)) {
        throw new TypeError(`bytes value must be a Uint8Array, got ${describe(value.value)}`);
      }
      return encodeStrings("bytes", [value.value]);
    default:
      throw new TypeError(
        `unsupported value kind ${JSON.stringify((value as { kind: unknown }).kind)}`,
      );
  }
}

function encodeStrings(dtype: "string" | "bytes", bytesVal: Uint8Array[]): WireTensor {
  return { dtype: wireDataType(dtype), dims: [1], data: new Uint8Array(0), bytesVal };
}

function encodeScalar(dtype: NumericDType, value: unknown, dims: number[]): WireTensor {
  const info = numericDTypes[dtype];
  const array = info.alloc(1);
  (array as { [i: number]: NumericElement })[0] = toElement(info, dtype, value);
  return { dtype: info.wire, dims, data: bytesOf(array), bytesVal: [] };
}

function encodeArray(dtype: unknown, shape: unknown, data: unknown): WireTensor {
  const name = checkDType(dtype);
  const info = numericDTypes[name];
  const dims = checkShape(shape);
  if (!info.holds(data)) {
    throw new TypeError(`${name} data must be a ${info.arrayName}, got ${describe(data)}`);
  }
  const array = data as ArrayLike<NumericElement>;
  const count = dims.reduce((product, dim) => product * dim, 1);
  if (array.length !== count) {
    throw new RangeError(
      `data has ${array.length} values (${array.length * info.width} bytes) but shape ` +
        `[${dims.join(", ")}] of ${name} needs ${count} (${count * info.width} bytes)`,
    );
  }
  if (info.kind === "bool") {
    const bad = Array.prototype.findIndex.call(array, (v: unknown) => v !== 0 && v !== 1);
    if (bad >= 0) {
      throw new RangeError(
        `bool data holds ${String(array[bad])} at ${bad}; bool values are 0 or 1`,
      );
    }
  }
  return { dtype: info.wire, dims, data: bytesOf(data as ArrayBufferView), bytesVal: [] };
}

/** Converts a JS value to an element of the dtype, rejecting wrong types and out-of-range integers. */
function toElement(info: NumericDTypeInfo, dtype: NumericDType, value: unknown): NumericElement {
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

function checkDType(dtype: unknown): NumericDType {
  if (!isNumericDType(dtype)) {
    throw new TypeError(
      `unknown dtype ${describe(dtype)}; expected one of ${Object.keys(numericDTypes).join(", ")}`,
    );
  }
  return dtype;
}

function checkShape(shape: unknown): number[] {
  if (!Array.isArray(shape)) {
    throw new TypeError(`shape must be an array of dims, got ${describe(shape)}`);
  }
  shape.forEach((dim: unknown, i) => {
    if (typeof dim !== "number" || !Number.isSafeInteger(dim) || dim < 0) {
      throw new RangeError(
        `shape [${shape.map(String).join(", ")}] has dim ${i} = ${String(dim)}; dims must be non-negative integers`,
      );
    }
  });
  return [...(shape as number[])];
}

function requireType<T extends "boolean" | "number" | "string">(
  value: unknown,
  type: T,
  what: string,
): T extends "boolean" ? boolean : T extends "number" ? number : string {
  if (typeof value !== type) {
    throw new TypeError(`${what} value must be a ${type}, got ${describe(value)}`);
  }
  return value as T extends "boolean" ? boolean : T extends "number" ? number : string;
}

// Typed arrays are little-endian on every platform a browser runs on, which is the wire order.
function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
