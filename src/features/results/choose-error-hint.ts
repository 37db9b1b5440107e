import { wireLabel } from "../../state/wire-choice";
import type { InferResult, WireVersion } from "../../serving/types";

/** The common reasons a whole request fails, each with what to check. */
export type ErrorCause =
  | "not-available"
  | "busy"
  | "too-large"
  | "cors"
  | "serving-unreachable"
  | "gateway-unreachable"
  | "timeout"
  | "wire-mismatch";

/** A whole-request failure as the protocol layer reports it (the failed InferResult). */
export type RequestFailure = Omit<Extract<InferResult, { ok: false }>, "ok">;

const HINTS: Record<Exclude<ErrorCause, "wire-mismatch">, string> = {
  "not-available":
    "Serving does not offer this servable, method or version. Check the names and the version (0 = latest) against the servables Serving loaded.",
  busy: "Serving's request queue is full. Wait for running requests to finish, send fewer instances at once, or raise Serving's queue limit.",
  "too-large":
    "The message is larger than a size limit. Send fewer or smaller instances, or raise the limit on Serving (max message size) and the gateway.",
  cors: "The URL answered, but not as a gRPC-Web endpoint the browser may read: check that it is the gateway (Envoy) URL and that its CORS settings expose the grpc-status and grpc-message headers.",
  "serving-unreachable":
    "The gateway is running but cannot reach Serving. Check that Serving is running and that the gateway's upstream address points at its gRPC port.",
  "gateway-unreachable":
    "The gateway is unreachable. Check that the gRPC-Web gateway (Envoy, or the dev gateway of npm start) is running and that the Gateway URL is right; the browser reports the same when the gateway's CORS settings do not allow this page's origin.",
  timeout:
    "No reply arrived within the request timeout. Raise the timeout or send fewer instances; the model may still be loading.",
};

// Checked in order: Serving's own texts first, then transport symptoms, then the bare status.
const RULES: readonly {
  cause: keyof typeof HINTS;
  matches: (failure: RequestFailure) => boolean;
}[] = [
  { cause: "not-available", matches: (f) => /is not available/i.test(f.error) },
  { cause: "busy", matches: (f) => /enqueued requests count exceeds/i.test(f.error) },
  {
    cause: "too-large",
    matches: (f) =>
      hasStatus(f, 8, "RESOURCE_EXHAUSTED") ||
      /larger than max|too large|message length|exceeds the max/i.test(f.error),
  },
  {
    cause: "cors",
    matches: (f) => /closed without grpc-status|without a gRPC status/i.test(f.error),
  },
  {
    cause: "serving-unreachable",
    matches: (f) => hasStatus(f, 14, "UNAVAILABLE") && /upstream|no healthy/i.test(f.error),
  },
  {
    cause: "gateway-unreachable",
    matches: (f) =>
      hasStatus(f, 14, "UNAVAILABLE") ||
      /closed without headers|failed to fetch|network|ECONNREFUSED|unreachable/i.test(f.error),
  },
  { cause: "timeout", matches: (f) => hasStatus(f, 4, "DEADLINE_EXCEEDED") },
];

function hasStatus(failure: RequestFailure, code: number, name: string): boolean {
  return failure.grpcStatus === code || failure.grpcStatusName === name;
}

// The client marks "Instances count of request cannot be 0" to a non-empty request with the other wire.
function wireMismatchHint(likely: WireVersion): string {
  return `Serving found no instances in a request that carried some: it likely speaks the ${wireLabel(likely)} wire, which puts instances in another field. Pick ${wireLabel(likely)} or Auto as the Serving wire version.`;
}

/** Returns the likely cause of a whole-request failure and its hint, or undefined when none fits. */
export function chooseErrorHint(
  failure: RequestFailure,
): { cause: ErrorCause; hint: string } | undefined {
  if (failure.likelyWire !== undefined) {
    return { cause: "wire-mismatch", hint: wireMismatchHint(failure.likelyWire) };
  }
  const rule = RULES.find((candidate) => candidate.matches(failure));
  return rule && { cause: rule.cause, hint: HINTS[rule.cause] };
}
