/** Turns the bytes of a PredictReply into the client's result and the reply's raw view. */
import { readReply } from "../../protocol/wire-layouts";
import { describeError } from "../../shared/describe-value";
import { replyToJson } from "./exchange-json";
import { parseReply } from "./parse-reply";
import { markWireMismatch } from "./zero-instances-error";
import type { WireReply } from "../../protocol/wire-tensor";
import type { InferResult, WireVersion } from "./types";

/** A reply to decode: its bytes, the wire version they were sent in, and how many instances went out. */
export interface ReplyDecodeJob {
  wire: WireVersion;
  reply: Uint8Array;
  instanceCount: number;
}

/** A decoded reply: the result by the reply rules, and the JSON-like view of the message (null when unreadable). */
export interface DecodedReply {
  result: InferResult;
  replyJson: unknown;
}

/**
 * Returns the decoded reply. Bytes that are not a well-formed PredictReply give a "protocol-error"
 * result; it never throws.
 */
export function decodeReply({ wire, reply, instanceCount }: ReplyDecodeJob): DecodedReply {
  let message: WireReply;
  try {
    message = readReply(wire, reply);
  } catch (error) {
    return {
      result: {
        ok: false,
        cause: "protocol-error",
        error: `Protocol error: the reply is not a PredictReply (${describeError(error)})`,
      },
      replyJson: null,
    };
  }
  return {
    result: markWireMismatch(parseReply(message, instanceCount), wire, instanceCount),
    replyJson: replyToJson(message),
  };
}
