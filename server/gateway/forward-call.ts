/** One unary gRPC call to Serving over HTTP/2: the request streamed in, the reply collected whole. */
import { constants } from "node:http2";
import { describeError } from "../../shared/describe-value";
import { collectReply } from "./collect-reply";
import { GrpcStatus } from "./grpc-status";
import type { UpstreamReply } from "./collect-reply";
import type { Metadata } from "./trailers";
import type { UpstreamPool } from "./upstream-pool";
import type { ClientHttp2Stream } from "node:http2";

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

/** Where and how to call. */
export interface CallTarget {
  path: string;
  /** gRPC metadata to send on (grpc-timeout included). */
  metadata: Metadata;
  /** Counted from the end of the request body, as Envoy's route timeout is. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A call in progress: the request body is streamed in, the reply arrives whole. */
export interface UpstreamCall {
  /** Sends message bytes; resolves when Serving can take more (HTTP/2 flow control). */
  write(bytes: Buffer): Promise<void>;
  /** Ends the request body and starts the timeout. */
  end(): void;
  /**
   * Serving's reply. Rejects with UpstreamError: UNAVAILABLE naming the upstream when it cannot
   * be reached or resets the call, DEADLINE_EXCEEDED after the timeout, CANCELLED on abort.
   */
  reply: Promise<UpstreamReply>;
}

/** Returns a started call on the next upstream; the body follows through `write` and `end`. */
export function openUpstreamCall(pool: UpstreamPool, target: CallTarget): UpstreamCall {
  const { address, session } = pool.lease();
  let stream: ClientHttp2Stream | undefined;
  let timer: NodeJS.Timeout | undefined;
  let settle: { resolve(reply: UpstreamReply): void; reject(error: UpstreamError): void };
  const reply = new Promise<UpstreamReply>((resolve, reject) => (settle = { resolve, reject }));
  const fail = (status: number, message: string) => {
    clearTimeout(timer);
    target.signal?.removeEventListener("abort", onAbort);
    if (stream && !stream.closed) {
      stream.close(constants.NGHTTP2_CANCEL);
    }
    settle.reject(new UpstreamError(status, message));
  };
  const onAbort = () => fail(GrpcStatus.CANCELLED, "client cancelled the call");
  try {
    stream = session.request({
      ...target.metadata,
      ":method": "POST",
      ":path": target.path,
      "content-type": "application/grpc",
      te: "trailers",
    });
  } catch (error) {
    // The session closed between lease and request (e.g. Serving sent GOAWAY).
    const message = describeError(error);
    fail(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${message}`);
  }
  if (stream) {
    target.signal?.addEventListener("abort", onAbort, { once: true });
    collectReply(
      stream,
      address,
      () => session.destroyed,
      fail,
      (done) => {
        clearTimeout(timer);
        target.signal?.removeEventListener("abort", onAbort);
        settle.resolve(done);
      },
    );
  }
  const open = () => stream !== undefined && !stream.closed && !stream.destroyed;
  return {
    reply,
    write(bytes) {
      if (!open() || stream!.write(bytes)) {
        return Promise.resolve();
      }
      const waiting = stream!;
      return new Promise((resolve) => {
        const done = () => {
          waiting.off("drain", done);
          waiting.off("close", done);
          resolve();
        };
        waiting.once("drain", done);
        waiting.once("close", done);
      });
    },
    end() {
      if (open()) {
        stream!.end();
        const message = `upstream request timeout after ${target.timeoutMs} ms`;
        timer = setTimeout(() => fail(GrpcStatus.DEADLINE_EXCEEDED, message), target.timeoutMs);
      }
    },
  };
}
