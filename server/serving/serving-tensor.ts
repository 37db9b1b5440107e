import { DataType } from "../../protocol/dtypes";
import type { WireTensor } from "../../protocol/wire-tensor";

/** A tensor as the server handles it: the protocol layer's wire view, not changed once decoded. */
export type ServingTensor = Readonly<WireTensor>;

/** Returns the number of elements of a shape (1 for a 0-d scalar). */
export function countElements(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** Returns a float32 tensor of the given shape holding `values`. */
export function makeFloat32Tensor(shape: readonly number[], values: Float32Array): ServingTensor {
  return {
    dtype: DataType.MS_FLOAT32,
    dims: [...shape],
    data: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    bytesVal: [],
  };
}

/** Returns an MS_STRING tensor of shape [1] holding one UTF-8 text. */
export function makeStringTensor(text: string): ServingTensor {
  return {
    dtype: DataType.MS_STRING,
    dims: [1],
    data: new Uint8Array(0),
    bytesVal: [new TextEncoder().encode(text)],
  };
}
