/** Sorts each load-test call into OK or an error category named by its gRPC status. */
import type { InferExchange } from "../serving/types";

/** Serving's text when more requests are in flight than `max_enqueued_requests` (dispacther.cc). */
export const ENQUEUE_LIMIT_TEXT = "Serving Error: enqueued requests count exceeds the limit";

/** The category of Serving's enqueue-limit refusal (a reply with gRPC status OK and that error). */
export const ENQUEUE_LIMIT = "ENQUEUE_LIMIT";

/** The category of any other whole-request error Serving answers with gRPC status OK. */
export const SERVING_ERROR = "SERVING_ERROR";

/** How one call ended, for counting. */
export type LoadOutcome =
  | { readonly ok: true; readonly instances: number }
  | {
      readonly ok: false;
      readonly category: string;
      readonly gatewayDown: boolean;
      readonly message: string;
    };

/**
 * Returns how `exchange` ended: OK with its instance count, or an error category: the gRPC status
 * name of a transport failure (UNAVAILABLE, DEADLINE_EXCEEDED, …), `HTTP_<n>` for a REST reply
 * that is not 200, ENQUEUE_LIMIT or SERVING_ERROR for Serving's own refusals. `gatewayDown` is set
 * when no response arrived at all.
 */
export function classifyLoadOutcome(exchange: InferExchange): LoadOutcome {
  const result = exchange.result;
  if (result.ok) {
    return { ok: true, instances: result.instances.length };
  }
  const gatewayDown = result.cause === "unreachable";
  const category = result.grpcStatusName
    ? result.grpcStatusName
    : result.cause === "busy" || result.error.includes(ENQUEUE_LIMIT_TEXT)
      ? ENQUEUE_LIMIT
      : result.httpStatus !== undefined
        ? `HTTP_${result.httpStatus}`
        : result.cause === "serving-error"
          ? SERVING_ERROR
          : result.cause.toUpperCase().replace(/-/g, "_");
  return { ok: false, category, gatewayDown, message: result.error };
}
