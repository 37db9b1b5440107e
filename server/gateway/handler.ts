/**
 * The gateway's request handler: Envoy's cors + grpc_web filters and the MSService route,
 * from an HTTP/1.1 gRPC-Web request to a gRPC call on Serving and back.
 */
import { parseGrpcWebContentType } from "./content-type";
import { buildPreflightHeaders, buildResponseCorsHeaders, isOriginAllowed } from "./cors";
import { forwardCall, UpstreamError } from "./forward-call";
import { FrameError, splitFrames } from "./frames";
import { GrpcStatus } from "./grpc-status";
import { formatGrpcTimeout, parseGrpcTimeout } from "./grpc-timeout";
import { BodyTooLargeError, readBody } from "./read-body";
import { sendGrpcError, sendUpstreamReply } from "./respond";
import { Base64Error, decodeBase64Body } from "./text-mode";
import { pickMetadata } from "./trailers";
import type { GrpcWebMode } from "./content-type";
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
  const origin = req.headers.origin;
  const path = (req.url ?? "/").split("?")[0];
  if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
    if (!isOriginAllowed(origin, config.cors)) {
      res.writeHead(403, { "content-type": "text/plain" }).end(`origin ${origin} is not allowed\n`);
      return;
    }
    res
      .writeHead(200, { ...buildPreflightHeaders(origin, config.cors), "content-length": "0" })
      .end();
    return;
  }
  const cors = buildResponseCorsHeaders(origin, config.cors);
  if (!path.startsWith(config.routePrefix)) {
    req.resume();
    const message = `no route for ${path}`;
    sendGrpcError(res, {
      httpStatus: 404,
      grpcStatus: GrpcStatus.UNIMPLEMENTED,
      message,
      headers: cors,
    });
    return;
  }
  if (req.method !== "POST") {
    req.resume();
    const message = `method ${req.method} not allowed; gRPC-Web calls are POST`;
    const headers = { ...cors, allow: "POST, OPTIONS" };
    sendGrpcError(res, { httpStatus: 405, grpcStatus: GrpcStatus.UNIMPLEMENTED, message, headers });
    return;
  }
  const mode = parseGrpcWebContentType(req.headers["content-type"]);
  if (!mode) {
    req.resume();
    const message = `unsupported content-type "${req.headers["content-type"] ?? ""}"; expected application/grpc-web, application/grpc-web+proto or application/grpc-web-text`;
    sendGrpcError(res, {
      httpStatus: 415,
      grpcStatus: GrpcStatus.INTERNAL,
      message,
      headers: cors,
    });
    return;
  }
  const fail = (grpcStatus: number, message: string) =>
    sendGrpcError(res, { grpcStatus, message, mode, headers: cors });

  let body: Buffer;
  try {
    body = await readRequestBody(req, mode, config.maxRequestBytes);
    splitFrames(body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      res.setHeader("connection", "close");
      return fail(GrpcStatus.RESOURCE_EXHAUSTED, error.message);
    }
    if (error instanceof Base64Error || error instanceof FrameError) {
      return fail(GrpcStatus.INTERNAL, `malformed gRPC-Web request: ${error.message}`);
    }
    throw error;
  }

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
  try {
    const reply = await forwardCall(pool, {
      path,
      metadata,
      body,
      timeoutMs,
      signal: abort.signal,
    });
    sendUpstreamReply(res, mode, reply, cors);
  } catch (error) {
    if (error instanceof UpstreamError) {
      return res.destroyed ? undefined : fail(error.grpcStatus, error.message);
    }
    throw error;
  }
}

/** Returns the request's binary frames, decoding text mode; the limit applies to decoded bytes. */
async function readRequestBody(
  req: IncomingMessage,
  mode: GrpcWebMode,
  limit: number,
): Promise<Buffer> {
  if (mode === "binary") {
    return readBody(req, limit);
  }
  const text = await readBody(req, Math.ceil(limit / 3) * 4 + 1024);
  const bytes = decodeBase64Body(text.toString("latin1"));
  if (bytes.byteLength > limit) {
    throw new BodyTooLargeError(
      `request body of ${bytes.byteLength} bytes exceeds the ${limit}-byte limit`,
    );
  }
  return bytes;
}
