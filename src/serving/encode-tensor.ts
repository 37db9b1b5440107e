/** Encodes one instance value into a wire Tensor (docs/architecture.md, "Values and tensors"). */
import { numericDTypes, wireDataType } from "../../protocol/dtypes";
import { describe } from "../../shared/describe-value";
import { checkDType, checkShape, requireType, toElement } from "./check-value";
import type { WireTensor } from "../../protocol/wire-tensor";
import type { InstanceValue, NumericDType, NumericElement } from "./types";

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

// Typed arrays are little-endian on every platform a browser runs on, which is the wire order.
function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
