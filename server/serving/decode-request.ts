import * as wire12 from "../../src/serving/generated/serving-1.2/ms_service";
import * as wire13 from "../../src/serving/generated/serving-1.3/ms_service";
import type { PlainRequest } from "./predict";
import type { ServingTensor } from "./serving-tensor";

/** Which request encodings the server accepts: both (telling them apart per request), or one. */
export type WireMode = "any" | "1.3" | "1.2";

/** The encoding of one request, which its reply uses too. */
export type WireVersion = "1.3" | "1.2";

type ProtoTensor = wire13.Tensor | wire12.Tensor;

function readTensor(tensor: ProtoTensor): ServingTensor {
  return {
    dtype: tensor.dtype,
    shape: tensor.has_shape ? tensor.shape.dims.map(Number) : [],
    data: tensor.data,
    bytesVal: tensor.bytes_val,
  };
}

function readRequest(message: wire13.PredictRequest | wire12.PredictRequest): PlainRequest {
  const spec = message.servable_spec;
  return {
    servable: spec?.name ?? "",
    method: spec?.method_name ?? "",
    version: Number(spec?.version_number ?? 0),
    instances: message.instances.map(
      (instance) =>
        new Map([...instance.items].map(([name, tensor]) => [name, readTensor(tensor)])),
    ),
  };
}

/**
 * Returns the request in `bytes` and the wire version it was sent in.
 * Serving 1.1–1.2 put instances in field 3, 1.3 and later in field 2 (DESIGN §2): in mode "any" a request
 * with field-3 instances is a 1.2 request; a restricted mode reads only its own field, as that Serving would.
 * Throws when the bytes are not a PredictRequest.
 */
export function decodeRequest(
  bytes: Uint8Array,
  mode: WireMode,
): { wire: WireVersion; request: PlainRequest } {
  if (mode !== "1.3") {
    const old = wire12.PredictRequest.deserializeBinary(bytes);
    if (mode === "1.2" || old.instances.length > 0) {
      return { wire: "1.2", request: readRequest(old) };
    }
  }
  return { wire: "1.3", request: readRequest(wire13.PredictRequest.deserializeBinary(bytes)) };
}
