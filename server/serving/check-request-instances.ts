import { checkRequestTensor } from "./check-request-tensor";
import { describeInputCheck, describeMissingInput } from "./error-texts";
import { RequestError } from "./errors";
import type { PlainRequest } from "./predict";
import type { ServingGeneration } from "./serving-generation";

/**
 * Throws RequestError for the first instance, in request order, that lacks a declared input or holds a
 * malformed tensor for one: as in Serving, one bad instance fails the whole request. Inputs the method does
 * not declare are ignored, never checked.
 */
export function checkRequestInstances(
  request: PlainRequest,
  inputs: readonly string[],
  generation: ServingGeneration,
): void {
  for (const instance of request.instances) {
    for (const input of inputs) {
      const tensor = instance.get(input);
      if (tensor === undefined) {
        throw new RequestError(describeMissingInput(input, request));
      }
      const detail = checkRequestTensor(tensor, generation);
      if (detail !== undefined) {
        throw new RequestError(describeInputCheck(input, detail));
      }
    }
  }
}
