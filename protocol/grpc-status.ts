/** gRPC status codes by their canonical names (grpc/doc/statuscodes.md). */

const names = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED",
] as const;

/** The canonical name of a gRPC status code. */
export type GrpcStatusName = (typeof names)[number];

/** Returns the canonical name of a status code ("UNAVAILABLE"), or "STATUS_<n>" for codes outside 0–16. */
export function grpcStatusName(code: number): string {
  return names[code] ?? `STATUS_${code}`;
}

/** Returns the text a failed call shows: `UNAVAILABLE (14): message`, or without `: …` when empty. */
export function describeGrpcStatus(code: number, message: string): string {
  const head = `${grpcStatusName(code)} (${code})`;
  return message === "" ? head : `${head}: ${message}`;
}
