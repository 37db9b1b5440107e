/** Opens the HTTP/2 stream of one gRPC call on the next upstream session of the pool. */
import { describeError } from "../../shared/describe-value";
import type { Metadata } from "./trailers";
import type { UpstreamPool } from "./upstream-pool";
import type { ClientHttp2Stream } from "node:http2";

/** The opened stream, or why it could not be opened; `address` names the upstream either way. */
export type OpenedStream =
  { address: string; stream: ClientHttp2Stream } | { address: string; failure: string };

/** Returns a new call stream for `path` carrying `metadata`; never throws. */
export function openUpstreamStream(
  pool: UpstreamPool,
  path: string,
  metadata: Metadata,
): OpenedStream {
  const { address, session } = pool.lease();
  try {
    const stream = session.request({
      ...metadata,
      ":method": "POST",
      ":path": path,
      "content-type": "application/grpc",
      te: "trailers",
      // Replies stay uncompressed: a gRPC-Web client of this gateway cannot inflate them.
      "grpc-accept-encoding": "identity",
    });
    return { address, stream };
  } catch (error) {
    // The session closed between lease and request (e.g. Serving sent GOAWAY).
    return { address, failure: describeCause(error) };
  }
}

/** Returns the most telling text of an error: its cause (e.g. "connect ECONNREFUSED …") when it has one. */
export function describeCause(error: unknown): string {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  if (cause instanceof Error) {
    return describeError(cause);
  }
  return error instanceof Error && !error.message ? error.name : describeError(error);
}
