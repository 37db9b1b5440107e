/** Names why a whole request failed, from what the transport saw or the text Serving sent. */
import type { FailureCause } from "./types";

const DEADLINE_EXCEEDED = 4;
const CANCELLED = 1;
const RESOURCE_EXHAUSTED = 8;
const UNAVAILABLE = 14;

/**
 * Returns the cause of a call that ended with a gRPC status other than OK. An UNAVAILABLE that
 * speaks of the upstream comes from a gateway that cannot reach Serving (Envoy: "upstream connect
 * error", "no healthy upstream"); any other UNAVAILABLE means the gateway itself was not reached.
 */
export function classifyGrpcStatus(status: number, message: string): FailureCause {
  switch (status) {
    case DEADLINE_EXCEEDED:
      return "deadline";
    case CANCELLED:
      return "cancelled";
    case RESOURCE_EXHAUSTED:
      return "too-large";
    case UNAVAILABLE:
      return /upstream|no healthy/i.test(message) ? "upstream-unreachable" : "unreachable";
    default:
      return "grpc-error";
  }
}

/** Returns the cause of a whole-request error_msg, by Serving's own wording of it. */
export function classifyServingError(text: string): FailureCause {
  if (/is not available/i.test(text)) {
    return "not-available";
  }
  if (/enqueued requests count exceeds/i.test(text)) {
    return "busy";
  }
  return "serving-error";
}
