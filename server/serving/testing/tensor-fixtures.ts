import { DataType } from "../../../protocol/dtypes";
import { readFloat32 } from "../cast-tensor";
import { countElements, makeFloat32Tensor, type ServingTensor } from "../serving-tensor";

type TypedArray =
  Float32Array | Float64Array | Int32Array | Uint8Array | Int8Array | Int16Array | Uint16Array;

/** Returns a numeric ServingTensor over a copy of `values` (tests build requests with it). */
export function numericTensor(
  dtype: DataType,
  shape: readonly number[],
  values: TypedArray | BigInt64Array,
): ServingTensor {
  const copy = values.slice();
  return { dtype, dims: [...shape], data: new Uint8Array(copy.buffer), bytesVal: [] };
}

/** Returns a float32 ServingTensor of `shape` with every element `value`. */
export function filledFloat32(shape: readonly number[], value: number): ServingTensor {
  return makeFloat32Tensor(shape, new Float32Array(countElements(shape)).fill(value));
}

/** Returns an MS_BYTES ServingTensor of shape [1] holding `bytes`. */
export function bytesTensor(bytes: Uint8Array): ServingTensor {
  return { dtype: DataType.MS_BYTES, dims: [1], data: new Uint8Array(0), bytesVal: [bytes] };
}

/** Returns the float32 values of a ServingTensor as a plain array. */
export function readValues(tensor: ServingTensor | undefined): number[] {
  if (!tensor) {
    throw new Error("no tensor");
  }
  return [...readFloat32(tensor)];
}

/** Returns the UTF-8 text of a one-element MS_STRING ServingTensor. */
export function readText(tensor: ServingTensor | undefined): string {
  if (!tensor || tensor.bytesVal.length !== 1) {
    throw new Error("not a one-element string tensor");
  }
  return new TextDecoder().decode(tensor.bytesVal[0]);
}
