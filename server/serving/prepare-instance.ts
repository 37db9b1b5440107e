import { describeMissingInput, describeUnknownInput } from "./error-texts";
import { InstanceError } from "./errors";
import { checkTensor, type ServingTensor } from "./serving-tensor";
import type { ModelFeed, ServableMethod } from "./servable-types";

/**
 * Returns the model feed of one instance: checks its input names and tensors, then runs the method's preprocess.
 * Throws InstanceError for a missing or unknown input, a malformed tensor, or input the preprocess rejects.
 */
export async function prepareInstance(
  method: ServableMethod,
  inputs: ReadonlyMap<string, ServingTensor>,
): Promise<ModelFeed> {
  for (const name of method.inputs) {
    if (!inputs.has(name)) {
      throw new InstanceError(describeMissingInput(name));
    }
  }
  for (const [name, tensor] of inputs) {
    if (!method.inputs.includes(name)) {
      throw new InstanceError(describeUnknownInput(name, method.inputs));
    }
    checkTensor(name, tensor);
  }
  return method.preprocess(inputs);
}
