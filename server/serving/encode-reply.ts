import { buildReply } from "./build-reply";
import type { WireInstance, WireReply } from "../../protocol/wire-tensor";
import type { WireVersion } from "../../protocol/wire-version";
import type { InstanceOutcome, PlainReply } from "./predict";
import type { MethodSpec } from "./select-method";

const FAILED = 1;
const utf8 = new TextEncoder();

function writeError(text: string, code = FAILED): WireReply["errors"][number] {
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
    return { spec: wireSpec, status: false, instances: [], errors: [writeError(reply.error)] };
  }
  // As Serving does: error_msg is empty when every instance succeeded, else it has one entry per instance.
  const failed = reply.instances.some((o) => "error" in o);
  const errors = failed
    ? reply.instances.map((o) => ("error" in o ? writeError(o.error) : writeError("", 0)))
    : [];
  return {
    spec: wireSpec,
    status: true,
    instances: reply.instances.map(writeInstance),
    errors,
  };
}

/** Returns the serialized PredictReply for `reply` in the wire version of its request (1.2 adds `status`). */
export function encodeReply(reply: PlainReply, spec: MethodSpec, wire: WireVersion): Uint8Array {
  return buildReply(wire, toWireReply(reply, spec));
}
