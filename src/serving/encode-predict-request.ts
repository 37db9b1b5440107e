/** Turns instances into the bytes of a PredictRequest and its raw-message view: the costly part of a send. */
import { buildRequest } from "../../protocol/wire-layouts";
import { encodeInstances } from "./encode-instances";
import { requestToJson } from "./exchange-json";
import type { WireSpec } from "../../protocol/wire-tensor";
import type { Instance, WireVersion } from "./types";

/** The encoded request, its JSON view and how many instances it carries. */
export interface EncodedPredictRequest {
  request: Uint8Array;
  requestJson: unknown;
  instanceCount: number;
}

/** Returns the PredictRequest of `instances`; throws InvalidInputError for a value it cannot encode. */
export function encodePredictRequest(
  wire: WireVersion,
  spec: WireSpec,
  instances: Instance | readonly Instance[],
): EncodedPredictRequest {
  const encoded = encodeInstances(instances);
  return {
    request: buildRequest(wire, spec, encoded),
    requestJson: requestToJson(spec, encoded),
    instanceCount: encoded.length,
  };
}
