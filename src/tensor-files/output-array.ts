/** The numeric array of a reply's output, for `.npy` files and the stored history. */
import { createNumericArray } from "../draft/build-tensor";
import type { OutputValue } from "../serving/types";
import type { TensorArray } from "./tensor-array";

/** An output that holds numbers: a tensor, or a single element shown as a scalar. */
export type NumericOutput = Extract<OutputValue, { kind: "tensor" | "scalar" }>;

/** Returns a numeric output as an array; a scalar becomes one element of its kept shape. */
export function numericOutputArray(output: NumericOutput): TensorArray {
  return output.kind === "tensor"
    ? { dtype: output.dtype, shape: output.shape, data: output.data }
    : {
        dtype: output.dtype,
        shape: output.shape,
        data: createNumericArray(output.dtype, [output.value]),
      };
}

/** Returns a numeric output (tensor or scalar) as an array; undefined for text, bytes, unreadable. */
export function outputArray(output: OutputValue): TensorArray | undefined {
  switch (output.kind) {
    case "tensor":
    case "scalar":
      return numericOutputArray(output);
    case "string":
    case "strings":
    case "bytes":
    case "bytes-list":
    case "invalid":
      return undefined;
  }
}
