/** Decodes one reply Tensor into a plain output value (docs/architecture.md, "Reply rules", rule 3). */
import { dtypeOfWire, numericDTypes, wireDataTypeName } from "./dtypes";
import type { NumericArray, NumericDType, NumericElement, OutputValue } from "./tensor-types";
import type { WireTensor } from "./wire-tensor";

const utf8 = new TextDecoder();

/**
 * Returns the output value of `tensor`: a typed array with its shape, a scalar when it holds
 * exactly one element, text for MS_STRING, bytes for MS_BYTES. A tensor whose dtype, dims or
 * data length cannot be read becomes `{kind: "invalid"}` with the reason; it never throws.
 */
export function decodeTensor(tensor: WireTensor): OutputValue {
  const shape = [...tensor.dims];
  const dtype = dtypeOfWire(tensor.dtype);
  const invalid = (error: string): OutputValue => ({
    kind: "invalid",
    dtype: wireDataTypeName(tensor.dtype),
    shape,
    error,
  });
  if (dtype === undefined) {
    return invalid(`unsupported dtype ${wireDataTypeName(tensor.dtype)}`);
  }
  const bad = shape.findIndex((dim) => !Number.isSafeInteger(dim) || dim < 0);
  if (bad >= 0) {
    return invalid(`dim ${bad} of shape [${shape.join(", ")}] is ${shape[bad]}`);
  }
  if (dtype === "string") {
    const values = tensor.bytesVal.map((bytes) => utf8.decode(bytes));
    return values.length === 1
      ? { kind: "string", shape, value: values[0] ?? "" }
      : { kind: "strings", shape, values };
  }
  if (dtype === "bytes") {
    const values = tensor.bytesVal.map((bytes) => bytes.slice());
    return values.length === 1
      ? { kind: "bytes", shape, value: values[0] ?? new Uint8Array(0) }
      : { kind: "bytes-list", shape, values };
  }
  const info = numericDTypes[dtype];
  const count = shape.reduce((product, dim) => product * dim, 1);
  if (tensor.data.byteLength !== count * info.width) {
    return invalid(
      `data has ${tensor.data.byteLength} bytes but shape [${shape.join(", ")}] of ${dtype} ` +
        `needs ${count * info.width}`,
    );
  }
  const data = viewElements(dtype, tensor.data, count);
  if (count === 1) {
    return { kind: "scalar", dtype, shape, value: elementAt(dtype, data, 0) };
  }
  return { kind: "tensor", dtype, shape, data };
}

/**
 * Returns the elements of `bytes` as the dtype's typed array. The bytes are copied, so the result
 * owns aligned memory and does not pin the reply buffer (a view at an odd offset would be misread
 * or rejected by the typed-array constructor).
 */
export function viewElements(dtype: NumericDType, bytes: Uint8Array, count: number): NumericArray {
  const copy = bytes.slice();
  return numericDTypes[dtype].view(copy.buffer, 0, count);
}

/** Returns element `index` of a decoded array: boolean for bool, bigint for 64-bit ints. */
export function elementAt(dtype: NumericDType, data: NumericArray, index: number): NumericElement {
  const value = (data as ArrayLike<number | bigint>)[index];
  if (value === undefined) {
    throw new RangeError(`element ${index} is outside a tensor of ${data.length}`);
  }
  return dtype === "bool" ? value !== 0 : value;
}
