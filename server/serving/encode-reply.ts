import * as wire12 from "../../src/serving/generated/serving-1.2/ms_service";
import * as wire13 from "../../src/serving/generated/serving-1.3/ms_service";
import type { WireVersion } from "../../src/serving/types";
import type { PlainReply } from "./predict";
import type { MethodSpec } from "./select-method";
import type { ServingTensor } from "./serving-tensor";

const FAILED = 1;

function writeTensor(tensor: ServingTensor): wire13.Tensor {
  return new wire13.Tensor({
    shape: new wire13.TensorShape({ dims: [...tensor.shape] }),
    dtype: tensor.dtype,
    data: tensor.data,
    bytes_val: [...tensor.bytesVal],
  });
}

function writeError(text: string, code = FAILED): wire13.ErrorMsg {
  return new wire13.ErrorMsg({ error_code: code, error_msg: new TextEncoder().encode(text) });
}

function buildReply(reply: PlainReply, spec: MethodSpec): wire13.PredictReply {
  const servable_spec = new wire13.ServableSpec({
    name: spec.servable,
    method_name: spec.method,
    // A 1.2 client may send a negative (int64) version; the 1.3 field is unsigned.
    version_number: Math.max(0, spec.version),
  });
  if ("error" in reply) {
    return new wire13.PredictReply({ servable_spec, error_msg: [writeError(reply.error)] });
  }
  const instances = reply.instances.map(
    (outcome) =>
      new wire13.Instance({
        items: new Map(
          "outputs" in outcome ? [...outcome.outputs].map(([k, t]) => [k, writeTensor(t)]) : [],
        ),
      }),
  );
  // As Serving does: error_msg is empty when every instance succeeded, else it has one entry per instance.
  const failed = reply.instances.some((o) => "error" in o);
  const error_msg = failed
    ? reply.instances.map((o) => ("error" in o ? writeError(o.error) : writeError("", 0)))
    : [];
  return new wire13.PredictReply({ servable_spec, instances, error_msg });
}

/** Returns the serialized PredictReply for `reply` in the wire version of its request. */
export function encodeReply(reply: PlainReply, spec: MethodSpec, wire: WireVersion): Uint8Array {
  const bytes = buildReply(reply, spec).serializeBinary();
  if (wire === "1.3") {
    return bytes;
  }
  // The 1.2 reply has every 1.3 field at the same number, plus `status` in field 2.
  const old = wire12.PredictReply.deserializeBinary(bytes);
  old.status = !("error" in reply);
  return old.serializeBinary();
}
