/** The reply of one upstream gRPC call, gathered whole from its HTTP/2 stream. */
import { GrpcStatus } from "./grpc-status";
import { pickMetadata } from "./trailers";
import type { Metadata } from "./trailers";
import type { ClientHttp2Stream } from "node:http2";

/** What Serving answered: HTTP status, header metadata, framed body, and trailers if any. */
export interface UpstreamReply {
  httpStatus: number;
  headers: Metadata;
  body: Buffer;
  /** Undefined for a trailers-only reply (status in `headers`) or a stream cut short. */
  trailers?: Metadata;
}

/**
 * Gathers headers, data and trailers of `stream`; calls `done` with the whole reply, or `fail`
 * with UNAVAILABLE when the stream errs or closes before Serving answered.
 */
export function collectReply(
  stream: ClientHttp2Stream,
  address: string,
  sessionDestroyed: () => boolean,
  fail: (status: number, message: string) => void,
  done: (reply: UpstreamReply) => void,
): void {
  let response: { httpStatus: number; headers: Metadata } | undefined;
  let trailers: Metadata | undefined;
  const chunks: Buffer[] = [];
  stream.on("response", (headers) => {
    response = {
      httpStatus: Number(headers[":status"]),
      headers: pickMetadata(headers, ["content-type"]),
    };
  });
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  stream.on("trailers", (block) => {
    trailers = pickMetadata(block);
  });
  stream.on("error", (error: Error) => {
    const cause = sessionDestroyed() && !response ? "connection failed" : error.message;
    fail(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${describe(error, cause)}`);
  });
  stream.on("close", () => {
    if (!response) {
      const code = stream.rstCode;
      fail(
        GrpcStatus.UNAVAILABLE,
        `upstream ${address} closed the call without a reply (HTTP/2 code ${code})`,
      );
      return;
    }
    done({ ...response, body: Buffer.concat(chunks), trailers });
  });
}

/** Returns the most telling text of a stream error: its cause (e.g. "connect ECONNREFUSED …") when it has one. */
function describe(error: Error, fallback: string): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message || fallback;
}
