import { DataType } from "../../src/serving/generated/serving-1.3/ms_service";
import type { ServingTensor } from "./serving-tensor";

type TypedArray =
  Float32Array | Float64Array | Int32Array | Uint8Array | Int8Array | Int16Array | Uint16Array;

/** Returns a numeric ServingTensor over a copy of `values` (tests build requests with it). */
export function numericTensor(
  dtype: DataType,
  shape: readonly number[],
  values: TypedArray | BigInt64Array,
): ServingTensor {
  const copy = values.slice();
  return { dtype, shape, data: new Uint8Array(copy.buffer), bytesVal: [] };
}

/** Returns a float32 ServingTensor of `shape` with every element `value`. */
export function filledFloat32(shape: readonly number[], value: number): ServingTensor {
  return numericTensor(
    DataType.MS_FLOAT32,
    shape,
    new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(value),
  );
}

/** Returns an MS_BYTES ServingTensor of shape [1] holding `bytes`. */
export function bytesTensor(bytes: Uint8Array): ServingTensor {
  return { dtype: DataType.MS_BYTES, shape: [1], data: new Uint8Array(0), bytesVal: [bytes] };
}

/** Returns an MS_STRING ServingTensor of shape [1] holding `text`. */
export function stringTensor(text: string): ServingTensor {
  return {
    dtype: DataType.MS_STRING,
    shape: [1],
    data: new Uint8Array(0),
    bytesVal: [new TextEncoder().encode(text)],
  };
}

/** Returns the float32 values of a ServingTensor as a plain array. */
export function readValues(tensor: ServingTensor | undefined): number[] {
  if (!tensor) {
    throw new Error("no tensor");
  }
  return [...new Float32Array(tensor.data.slice().buffer)];
}

/** Returns the UTF-8 text of a one-element MS_STRING ServingTensor. */
export function readText(tensor: ServingTensor | undefined): string {
  if (!tensor || tensor.bytesVal.length !== 1) {
    throw new Error("not a one-element string tensor");
  }
  return new TextDecoder().decode(tensor.bytesVal[0]);
}
