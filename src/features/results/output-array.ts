/** The numeric arrays of a run, for saving them as one `.npz` file. */
import { outputArray } from "../../tensor-files/output-array";
import type { InstanceResult } from "../../serving/types";
import type { TensorArray } from "../../tensor-files/tensor-array";

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
