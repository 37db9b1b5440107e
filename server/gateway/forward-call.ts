/** One unary gRPC call to Serving over HTTP/2, its reply collected whole. */
import { constants } from "node:http2";
import { GrpcStatus } from "./grpc-status";
import { pickMetadata } from "./trailers";
import type { Metadata } from "./trailers";
import type { UpstreamPool } from "./upstream-pool";
import type { ClientHttp2Stream } from "node:http2";

/** What Serving answered: HTTP status, header metadata, framed body, and trailers if any. */
export interface UpstreamReply {
  httpStatus: number;
  headers: Metadata;
  body: Buffer;
  /** Undefined for a trailers-only reply (status in `headers`) or a stream cut short. */
  trailers?: Metadata;
}

/** A call that ended without a reply, with the gRPC status the client should see. */
export class UpstreamError extends Error {
  override name = "UpstreamError";
  constructor(
    readonly grpcStatus: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request to forward. */
export interface ForwardedCall {
  path: string;
  /** gRPC metadata to send on (grpc-timeout included). */
  metadata: Metadata;
  /** Length-prefixed gRPC message frames. */
  body: Buffer;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Returns Serving's reply to `call`. Rejects with UpstreamError: UNAVAILABLE naming the
 * upstream when it cannot be reached or resets the call, DEADLINE_EXCEEDED after
 * `timeoutMs`, CANCELLED when `signal` aborts.
 */
export function forwardCall(pool: UpstreamPool, call: ForwardedCall): Promise<UpstreamReply> {
  const { address, session } = pool.lease();
  return new Promise((resolve, reject) => {
    let stream: ClientHttp2Stream;
    try {
      stream = session.request({
        ...call.metadata,
        ":method": "POST",
        ":path": call.path,
        "content-type": "application/grpc",
        te: "trailers",
      });
    } catch (error) {
      // The session closed between lease and request (e.g. Serving sent GOAWAY).
      const message = error instanceof Error ? error.message : String(error);
      reject(
        new UpstreamError(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${message}`),
      );
      return;
    }
    let response: { httpStatus: number; headers: Metadata } | undefined;
    let trailers: Metadata | undefined;
    const chunks: Buffer[] = [];
    const fail = (status: number, message: string) => {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onAbort);
      if (!stream.closed) {
        stream.close(constants.NGHTTP2_CANCEL);
      }
      reject(new UpstreamError(status, message));
    };
    const timer = setTimeout(
      () =>
        fail(GrpcStatus.DEADLINE_EXCEEDED, `upstream request timeout after ${call.timeoutMs} ms`),
      call.timeoutMs,
    );
    const onAbort = () => fail(GrpcStatus.CANCELLED, "client cancelled the call");
    call.signal?.addEventListener("abort", onAbort, { once: true });

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
      const cause = session.destroyed && !response ? "connection failed" : error.message;
      fail(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${describe(error, cause)}`);
    });
    stream.on("close", () => {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onAbort);
      if (!response) {
        reject(
          new UpstreamError(
            GrpcStatus.UNAVAILABLE,
            `upstream ${address} closed the call without a reply (HTTP/2 code ${stream.rstCode})`,
          ),
        );
        return;
      }
      resolve({ ...response, body: Buffer.concat(chunks), trailers });
    });
    stream.end(call.body);
  });
}

/** Returns the most telling text of a stream error: its cause (e.g. "connect ECONNREFUSED …") when it has one. */
function describe(error: Error, fallback: string): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message || fallback;
}
