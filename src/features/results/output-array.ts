/** The numeric array of an output, for saving it as a file. */
import { createNumericArray } from "../../draft/build-tensor";
import type { InstanceResult, OutputValue } from "../../serving/types";
import type { TensorArray } from "../../tensor-files/tensor-array";

/** Returns a numeric output (tensor or scalar) as an array; undefined for text, bytes, unreadable. */
export function outputArray(output: OutputValue): TensorArray | undefined {
  switch (output.kind) {
    case "tensor":
      return { dtype: output.dtype, shape: output.shape, data: output.data };
    case "scalar":
      return {
        dtype: output.dtype,
        shape: output.shape,
        data: createNumericArray(output.dtype, [output.value]),
      };
    case "string":
    case "strings":
    case "bytes":
    case "bytes-list":
    case "invalid":
      return undefined;
  }
}

/**
 * Returns every numeric output of a run by `.npz` member name: `instance<i>/<output>`, with
 * i counted from 0 (instance0 is Result 1). Instances that failed have no members.
 */
export function runArrays(instances: readonly InstanceResult[]): Map<string, TensorArray> {
  const arrays = new Map<string, TensorArray>();
  instances.forEach((result, i) => {
    if ("error" in result) {
      return;
    }
    for (const [name, output] of Object.entries(result.outputs)) {
      const array = outputArray(output);
      if (array) {
        arrays.set(`instance${i}/${name}`, array);
      }
    }
  });
  return arrays;
}
