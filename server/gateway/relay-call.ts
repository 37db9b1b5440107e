/**
 * One gRPC-Web call relayed to Serving over HTTP/2, streamed both ways with backpressure: the
 * request body goes up as it arrives (the client is paused once READ_AHEAD_BYTES wait for
 * Serving's stream, or the pool's upload budget is spent) and
 * the reply comes down as it arrives (Serving is paused while the browser is slow). Whichever
 * side ends the call first, the other is stopped at once: an answer from Serving, a refused
 * frame or a reset stops reading the body (the rest is discarded unread), and a client that
 * goes away cancels the upstream stream, dropping what was queued. Memory per call is at most
 * the read-ahead, and over all calls the pool's upload budget, whatever is sent.
 */
import { constants } from "node:http2";
import { describeError } from "../../shared/describe-value";
import { pickReplyHeaders, pickReplyTrailers } from "./forwarded-headers";
import { FrameError } from "./frames";
import { encodeGrpcMessage, GrpcStatus, mapHttpToGrpcStatus } from "./grpc-status";
import { describeCause, openUpstreamStream } from "./open-upstream-stream";
import { missingStatusTrailers, ReplyWriter } from "./reply-writer";
import { describeBodyRefusal, RequestBodyDecoder } from "./request-body-decoder";
import { UploadShare } from "./upload-budget";
import type { GrpcWebMode } from "./content-type";
import type { TrafficMeter } from "./traffic-meter";
import type { Metadata } from "./trailers";
import type { UpstreamPool } from "./upstream-pool";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClientHttp2Stream, IncomingHttpHeaders } from "node:http2";

/**
 * Body bytes one call may have read from its client beyond what HTTP/2 has sent to Serving
 * (Envoy's default per-connection buffer). Reading ahead lets the gateway see a client that has
 * gone away: a paused socket is not read, so its close would go unnoticed, and the call would go
 * on pushing the rest of an abandoned body through the session's window, shared with every call.
 */
export const READ_AHEAD_BYTES = 1024 * 1024;

/** Where a call goes and the limits it runs under. */
export interface RelayTarget {
  path: string;
  mode: GrpcWebMode;
  /** CORS headers the reply carries. */
  cors: Record<string, string>;
  /** Call metadata for Serving (grpc-timeout included when the client sent one). */
  metadata: Metadata;
  /** Counted from the end of the request body, as Envoy's route timeout is. */
  timeoutMs: number;
  maxRequestBytes: number;
  maxReplyBytes: number;
  /** The CORS policy's exposed headers: other response metadata is not passed to the browser. */
  exposeHeaders: string;
  /** Counts the body bytes read both ways. */
  traffic?: TrafficMeter;
}

/** Relays the call of `req` through `pool` and answers on `res`; never throws. */
export function relayCall(
  pool: UpstreamPool,
  req: IncomingMessage,
  res: ServerResponse,
  target: RelayTarget,
): void {
  const reply = new ReplyWriter(res, target.mode, target.cors, target.maxReplyBytes);
  const body = new RequestBodyDecoder(target.mode, target.maxRequestBytes);
  /** This call's part of the bytes queued towards Serving, given back as they are sent or dropped. */
  const uploads = new UploadShare(pool.uploads);
  /** Withdraws this call's wait for room in the pool's upload budget. */
  let withdrawWait: (() => void) | undefined;
  let stream: ClientHttp2Stream | undefined;
  let address = "";
  let timer: NodeJS.Timeout | undefined;
  let trailers: Metadata | undefined;
  let over = false;
  let waitingForUpstream = false;
  let waitingForBrowser = false;
  /** Body bytes read so far, and how many the request declared (NaN when it did not). */
  let received = 0;
  const declared = Number(req.headers["content-length"] ?? Number.NaN);

  /**
   * Stops everything but the answer: the timer, and reading the body. The rest of the body is
   * discarded as it arrives, so a keep-alive connection can carry the next call, up to the
   * request limit; past that the connection is closed.
   */
  const stop = () => {
    over = true;
    clearTimeout(timer);
    withdrawWait?.();
    req.off("data", onData);
    let discarded = 0;
    req.on("data", (chunk: Buffer) => {
      discarded += chunk.byteLength;
      if (discarded > target.maxRequestBytes) {
        req.socket.destroy();
      }
    });
    req.resume();
  };
  const cancelUpstream = () => {
    if (stream && !stream.closed && !stream.destroyed) {
      stream.close(constants.NGHTTP2_CANCEL);
    }
  };
  const refuse = (grpcStatus: number, message: string) => {
    if (over) {
      return;
    }
    stop();
    cancelUpstream();
    reply.sendError(grpcStatus, message);
  };
  const refuseBody = (error: unknown) => {
    const { grpcStatus, message } = describeBodyRefusal(error);
    refuse(grpcStatus, message);
  };

  const openUpstream = (): ClientHttp2Stream | undefined => {
    if (stream) {
      return stream;
    }
    const opened = openUpstreamStream(pool, target.path, target.metadata);
    address = opened.address;
    if ("failure" in opened) {
      refuse(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${opened.failure}`);
      return undefined;
    }
    stream = opened.stream;
    watchUpstream(stream);
    return stream;
  };

  const watchUpstream = (upstream: ClientHttp2Stream) => {
    // Whatever is still queued when the stream closes is dropped with it.
    upstream.once("close", () => uploads.release());
    upstream.on("response", (headers: IncomingHttpHeaders, flags: number) => {
      if (over) {
        return;
      }
      const httpStatus = Number(headers[":status"]);
      const statusInHeaders = headers["grpc-status"];
      const endsHere = (flags & constants.NGHTTP2_FLAG_END_STREAM) !== 0;
      if (httpStatus === 200 && statusInHeaders === undefined && !endsHere) {
        reply.start(pickReplyHeaders(headers, target.exposeHeaders));
        return;
      }
      // Trailers-only, or not a gRPC answer at all: the call is over, whatever is still uploading.
      const message =
        headers["grpc-message"] ??
        (httpStatus !== 200 ? encodeGrpcMessage(`upstream HTTP status ${httpStatus}`) : "");
      stop();
      cancelUpstream();
      reply.sendTrailersOnly({
        ...pickReplyHeaders(headers, target.exposeHeaders),
        "grpc-status": String(statusInHeaders ?? mapHttpToGrpcStatus(httpStatus)),
        "grpc-message": String(message),
      });
    });
    upstream.on("data", (chunk: Buffer) => {
      target.traffic?.add(chunk.byteLength);
      if (over) {
        return;
      }
      let flowing: boolean;
      try {
        flowing = reply.write(chunk);
      } catch (error) {
        refuse(
          error instanceof FrameError ? error.grpcStatus : GrpcStatus.INTERNAL,
          `upstream ${describeError(error)}`,
        );
        return;
      }
      if (!flowing && !waitingForBrowser) {
        // The browser is slower than Serving: hold Serving's stream until the response drains.
        waitingForBrowser = true;
        upstream.pause();
        res.once("drain", () => {
          waitingForBrowser = false;
          upstream.resume();
        });
      }
    });
    upstream.on("trailers", (block: IncomingHttpHeaders) => {
      trailers = pickReplyTrailers(block);
    });
    upstream.on("end", () => {
      if (over) {
        return;
      }
      if (!reply.started && trailers === undefined) {
        // Ended before any response headers: the connection failed (e.g. TLS refused our certificate).
        refuse(GrpcStatus.UNAVAILABLE, `upstream ${address} closed the call without a reply`);
        return;
      }
      if (trailers === undefined && isSessionGone(upstream)) {
        // The connection ended under the call (Serving stopped): Node ends its streams as if
        // they were complete, but this one never got its status.
        refuse(GrpcStatus.UNAVAILABLE, `upstream ${address} closed the connection mid-reply`);
        return;
      }
      stop();
      // Serving answered before the body was all sent: the rest of it is not wanted.
      if (!upstream.writableEnded) {
        cancelUpstream();
      }
      reply.finish(trailers ?? missingStatusTrailers());
    });
    upstream.on("error", (error: Error) => {
      refuse(GrpcStatus.UNAVAILABLE, `upstream ${address} unavailable: ${describeCause(error)}`);
    });
    upstream.on("close", () => {
      refuse(
        GrpcStatus.UNAVAILABLE,
        reply.started
          ? `upstream ${address} reset the call mid-reply (HTTP/2 code ${upstream.rstCode})`
          : `upstream ${address} closed the call without a reply (HTTP/2 code ${upstream.rstCode})`,
      );
    });
  };

  const onData = (chunk: Buffer) => {
    target.traffic?.add(chunk.byteLength);
    if (over) {
      return;
    }
    let bytes: Buffer;
    try {
      bytes = body.push(chunk);
    } catch (error) {
      refuseBody(error);
      return;
    }
    received += chunk.byteLength;
    if (bytes.byteLength === 0) {
      return;
    }
    const upstream = openUpstream();
    if (!upstream || over) {
      return;
    }
    const sent = uploads.take(bytes.byteLength);
    if (received === declared && body.atCleanEnd) {
      // The whole body is here and well formed: the end of the stream goes in the same HTTP/2
      // write as the last bytes instead of an empty DATA frame of its own after them.
      upstream.end(bytes, sent);
      return;
    }
    upstream.write(bytes, sent);
    holdClientWhileFull(upstream);
  };
  /**
   * Pauses the client while this call has READ_AHEAD_BYTES queued towards Serving or the pool's
   * budget is spent, and resumes it once both have room again (or never, once the call is over).
   */
  const holdClientWhileFull = (upstream: ClientHttp2Stream) => {
    if (waitingForUpstream || over) {
      return;
    }
    const mineFull = () =>
      upstream.writableNeedDrain && upstream.writableLength >= READ_AHEAD_BYTES;
    if (!mineFull() && !pool.uploads.full) {
      return;
    }
    waitingForUpstream = true;
    req.pause();
    const tryResume = () => {
      withdrawWait = undefined;
      if (over) {
        return;
      }
      if (mineFull()) {
        upstream.once("drain", tryResume);
        return;
      }
      if (pool.uploads.full) {
        withdrawWait = pool.uploads.whenRoom(tryResume);
        return;
      }
      waitingForUpstream = false;
      req.resume();
    };
    tryResume();
  };
  const onEnd = () => {
    if (over) {
      return;
    }
    try {
      body.end();
    } catch (error) {
      refuseBody(error);
      return;
    }
    const upstream = openUpstream();
    if (!upstream || over) {
      return;
    }
    if (!upstream.writableEnded) {
      upstream.end();
    }
    const message = `upstream request timeout after ${target.timeoutMs} ms`;
    timer = setTimeout(() => refuse(GrpcStatus.DEADLINE_EXCEEDED, message), target.timeoutMs);
  };
  const onClientGone = () => {
    if (!res.writableFinished) {
      over = true;
      clearTimeout(timer);
      withdrawWait?.();
      cancelUpstream();
    }
  };

  req.on("data", onData);
  req.once("end", onEnd);
  req.on("error", onClientGone);
  res.once("close", onClientGone);
}

/** Returns whether the HTTP/2 connection `stream` ran on has ended. */
function isSessionGone(stream: ClientHttp2Stream): boolean {
  const session = stream.session;
  return !session || session.destroyed || session.closed;
}
