/**
 * The gateway's request handler: Envoy's cors + grpc_web filters and the MSService route,
 * from an HTTP/1.1 gRPC-Web request to a gRPC call on Serving and back.
 */
import { pickRequestMetadata } from "./forwarded-headers";
import { GrpcStatus } from "./grpc-status";
import { formatGrpcTimeout, parseGrpcTimeout } from "./grpc-timeout";
import { relayCall } from "./relay-call";
import { sendGrpcError } from "./respond";
import { screenRequest } from "./screen-request";
import type { GatewayConfig } from "./gateway-config";
import type { TrafficMeter } from "./traffic-meter";
import type { UpstreamPool } from "./upstream-pool";
import type { IncomingMessage, ServerResponse } from "node:http";

/** The config plus the Host names the gateway answers to (see host-check.ts). */
export type HandlerConfig = GatewayConfig & { allowedHostNames: ReadonlySet<string> };

/**
 * Returns a handler for `http.createServer` that forwards gRPC-Web calls through `pool`,
 * counting their body bytes on `traffic`.
 */
export function createGatewayHandler(
  config: HandlerConfig,
  pool: UpstreamPool,
  traffic?: TrafficMeter,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      handle(config, pool, req, res, traffic);
    } catch (error) {
      if (!res.headersSent) {
        sendGrpcError(res, {
          grpcStatus: GrpcStatus.INTERNAL,
          message: `gateway error: ${String(error)}`,
        });
      } else {
        res.destroy();
      }
    }
  };
}

function handle(
  config: HandlerConfig,
  pool: UpstreamPool,
  req: IncomingMessage,
  res: ServerResponse,
  traffic: TrafficMeter | undefined,
): void {
  const accepted = screenRequest(config, req, res);
  if (!accepted) {
    return;
  }
  const { path, mode, cors } = accepted;
  const requested = parseGrpcTimeout(req.headers["grpc-timeout"] as string | undefined);
  const timeoutMs =
    requested === undefined ? config.timeoutMs : Math.min(requested, config.maxGrpcTimeoutMs);
  const metadata = pickRequestMetadata(req.headers);
  if (requested !== undefined) {
    metadata["grpc-timeout"] = formatGrpcTimeout(timeoutMs);
  }
  relayCall(pool, req, res, {
    path,
    mode,
    cors,
    metadata,
    timeoutMs,
    maxRequestBytes: config.maxRequestBytes,
    maxReplyBytes: config.maxReplyBytes,
    exposeHeaders: config.cors.exposeHeaders,
    traffic,
  });
}
