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

/**
 * Returns the cause of a REST reply whose HTTP status is not 200 (Serving answers 200 even for its
 * errors, so the status came from the gateway or a proxy): 413 is a size limit, 408 and 504 a
 * deadline, 502 or 503 speaking of the upstream a gateway that cannot reach Serving; an error_msg
 * Serving wrote is classified by its wording; anything else is an HTTP error.
 */
export function classifyHttpStatus(
  status: number,
  body: string,
  servingError: string | undefined,
): FailureCause {
  switch (status) {
    case 413:
      return "too-large";
    case 408:
    case 504:
      return "deadline";
    case 502:
    case 503:
      if (/upstream|no healthy/i.test(servingError ?? body)) {
        return "upstream-unreachable";
      }
      break;
  }
  return servingError === undefined ? "http-error" : classifyServingError(servingError);
}
