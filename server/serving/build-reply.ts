/** Writes PredictReply messages, the half of the wire layouts only a server needs. */
import { isLegacyReply, toInstance, toSpec, wireMessages } from "../../protocol/wire-layouts";
import type { WireReply } from "../../protocol/wire-tensor";
import type { WireVersion } from "../../protocol/wire-version";

/**
 * Returns the serialized PredictReply of the given wire version;
 * `status` is written only in 1.2, which has the field.
 */
export function buildReply(wire: WireVersion, reply: WireReply): Uint8Array {
  const m = wireMessages(wire);
  const message = new m.PredictReply({
    instances: reply.instances.map((items) => toInstance(m, items)),
    error_msg: reply.errors.map(
      (e) => new m.ErrorMsg({ error_code: e.code, error_msg: e.message }),
    ),
  });
  if (reply.spec) {
    message.servable_spec = toSpec(m, reply.spec);
  }
  if (isLegacyReply(message) && reply.status !== undefined) {
    message.status = reply.status;
  }
  return message.serializeBinary();
}
