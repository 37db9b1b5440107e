/**
 * The gateway's request handler: Envoy's cors + grpc_web filters and the MSService route,
 * from an HTTP/1.1 gRPC-Web request to a gRPC call on Serving and back.
 */
import { openUpstreamCall, UpstreamError } from "./forward-call";
import { FrameError } from "./frames";
import { GrpcStatus } from "./grpc-status";
import { formatGrpcTimeout, parseGrpcTimeout } from "./grpc-timeout";
import { BodyTooLargeError, pumpRequestBody } from "./pump-request-body";
import { sendGrpcError, sendUpstreamReply } from "./respond";
import { screenRequest } from "./screen-request";
import { Base64Error } from "./text-mode";
import { pickMetadata } from "./trailers";
import type { GatewayConfig } from "./gateway-config";
import type { UpstreamPool } from "./upstream-pool";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Request headers that describe the gRPC-Web hop, not the call, and so are not forwarded. */
const NOT_FORWARDED = [
  "content-type",
  "accept",
  "accept-encoding",
  "x-grpc-web",
  "grpc-timeout",
  "expect",
];

/** Returns a handler for `http.createServer` that forwards gRPC-Web calls through `pool`. */
export function createGatewayHandler(config: GatewayConfig, pool: UpstreamPool) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void handle(config, pool, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendGrpcError(res, {
          grpcStatus: GrpcStatus.INTERNAL,
          message: `gateway error: ${String(error)}`,
        });
      } else {
        res.destroy();
      }
    });
  };
}

async function handle(
  config: GatewayConfig,
  pool: UpstreamPool,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const accepted = screenRequest(config, req, res);
  if (!accepted) {
    return;
  }
  const { path, mode, cors } = accepted;
  const fail = (grpcStatus: number, message: string) =>
    sendGrpcError(res, { grpcStatus, message, mode, headers: cors });

  const requested = parseGrpcTimeout(req.headers["grpc-timeout"] as string | undefined);
  const timeoutMs =
    requested === undefined ? config.timeoutMs : Math.min(requested, config.maxGrpcTimeoutMs);
  const metadata = pickMetadata(req.headers, NOT_FORWARDED);
  if (requested !== undefined) {
    metadata["grpc-timeout"] = formatGrpcTimeout(timeoutMs);
  }
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) {
      abort.abort();
    }
  });
  // The body streams to Serving as it arrives, as Envoy forwards it, rather than being held.
  const call = openUpstreamCall(pool, { path, metadata, timeoutMs, signal: abort.signal });
  call.reply.catch(() => undefined); // awaited below, once the body is in
  try {
    await pumpRequestBody(req, mode, config.maxRequestBytes, (bytes) => call.write(bytes));
    call.end();
  } catch (error) {
    abort.abort();
    if (error instanceof BodyTooLargeError) {
      return fail(GrpcStatus.RESOURCE_EXHAUSTED, error.message);
    }
    if (error instanceof Base64Error || error instanceof FrameError) {
      return fail(GrpcStatus.INTERNAL, `malformed gRPC-Web request: ${error.message}`);
    }
    throw error;
  }
  try {
    sendUpstreamReply(res, mode, await call.reply, cors);
  } catch (error) {
    if (error instanceof UpstreamError) {
      return res.destroyed ? undefined : fail(error.grpcStatus, error.message);
    }
    throw error;
  }
}
