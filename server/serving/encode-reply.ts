import { buildReply } from "./build-reply";
import { SERVING_STATUS } from "./serving-generation";
import type { WireInstance, WireReply } from "../../protocol/wire-tensor";
import type { WireVersion } from "../../protocol/wire-version";
import type { InstanceOutcome, PlainReply } from "./predict";
import type { MethodSpec } from "./select-method";

const utf8 = new TextEncoder();

function writeError(text: string, code: number): WireReply["errors"][number] {
  return { code, message: utf8.encode(text) };
}

function writeInstance(outcome: InstanceOutcome): WireInstance {
  return "error" in outcome ? [] : [...outcome.outputs];
}

function toWireReply(reply: PlainReply, spec: MethodSpec): WireReply {
  const wireSpec = {
    name: spec.servable,
    methodName: spec.method,
    // A 1.2 client may send a negative (int64) version; the 1.3 field is unsigned.
    version: Math.max(0, spec.version),
  };
  if ("error" in reply) {
    const code = reply.code ?? SERVING_STATUS.FAILED;
    return {
      spec: wireSpec,
      status: false,
      instances: [],
      errors: [writeError(reply.error, code)],
    };
  }
  // As Serving does: error_msg is empty when every instance succeeded, else it has one entry per instance.
  const failed = reply.instances.some((o) => "error" in o);
  const errors = failed
    ? reply.instances.map((o) => ("error" in o ? writeError(o.error, o.code) : writeError("", 0)))
    : [];
  // Serving r1.2 declares PredictReply.status but never sets it, so a 1.2 reply always reads false.
  return {
    spec: wireSpec,
    status: false,
    instances: reply.instances.map(writeInstance),
    errors,
  };
}

/** Returns the serialized PredictReply for `reply` in the wire version of its request. */
export function encodeReply(reply: PlainReply, spec: MethodSpec, wire: WireVersion): Uint8Array {
  return buildReply(wire, toWireReply(reply, spec));
}
