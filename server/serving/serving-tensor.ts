import { DataType } from "../../protocol/dtypes";
import { findDtype, nameDtype } from "./dtype-table";
import { InstanceError } from "./errors";
import type { WireTensor } from "../../protocol/wire-tensor";

/** A tensor as the server handles it: the protocol layer's wire view, not changed once decoded. */
export type ServingTensor = Readonly<WireTensor>;

/** Returns the number of elements of a shape (1 for a 0-d scalar). */
export function countElements(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** Throws InstanceError unless the tensor's type is known and its payload matches its shape. */
export function checkTensor(input: string, tensor: ServingTensor): void {
  const info = findDtype(tensor.dtype);
  if (!info) {
    throw new InstanceError(`Input ${input} has unknown data type ${tensor.dtype}`);
  }
  if (!tensor.dims.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new InstanceError(`Input ${input} has invalid shape [${tensor.dims.join(", ")}]`);
  }
  const count = countElements(tensor.dims);
  const shapeText = `[${tensor.dims.join(", ")}]`;
  if (info.itemSize === 0) {
    if (tensor.bytesVal.length !== count) {
      throw new InstanceError(
        `Input ${input} of data type ${info.name} has ${tensor.bytesVal.length} bytes_val entries, shape ${shapeText} needs ${count}`,
      );
    }
    return;
  }
  const wanted = count * info.itemSize;
  if (tensor.data.byteLength !== wanted) {
    throw new InstanceError(
      `Input ${input} data size ${tensor.data.byteLength} not match the size ${wanted} of shape ${shapeText} and data type ${nameDtype(tensor.dtype)}`,
    );
  }
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
