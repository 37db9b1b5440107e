/** The control call made after every fuzz case: a valid add_common Predict through the gateway. */
import { readReply } from "../../protocol/wire-layouts";
import { binaryCase, encodeGoodRequest, frameMessage, GOOD_SUM } from "./fuzz-case";
import { sendCase } from "./send-case";
import type { WireVersion } from "../../protocol/wire-version";

/**
 * Returns undefined when add_common answered GOOD_SUM within `deadlineMs` through the gateway
 * on `port`, else why it did not.
 */
export async function checkGoodCall(
  port: number,
  wire: WireVersion,
  deadlineMs: number,
): Promise<string | undefined> {
  const call = binaryCase("frames", "good call", frameMessage(encodeGoodRequest(wire)));
  const outcome = await sendCase(call, port, deadlineMs);
  if (!outcome.answered || !outcome.reply) {
    return `good call got no answer: ${outcome.error ?? "unknown"}`;
  }
  const { reply, httpStatus } = outcome;
  const [message] = reply.messages;
  if (httpStatus !== 200 || reply.grpcStatus !== 0 || message === undefined) {
    return `good call failed: HTTP ${httpStatus}, grpc-status ${reply.grpcStatus} ${reply.grpcMessage}`;
  }
  const parsed = readReply(wire, message);
  const y = parsed.instances[0]?.find(([name]) => name === "y")?.[1];
  const sum = y ? [...new Float32Array(new Uint8Array(y.data).buffer)] : [];
  if (parsed.errors.length > 0 || sum.join() !== GOOD_SUM.join()) {
    return `good call answered wrongly: y = [${sum.join(", ")}], ${parsed.errors.length} error(s)`;
  }
  return undefined;
}
