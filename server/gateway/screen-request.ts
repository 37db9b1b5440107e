/**
 * What the gateway decides before reading a body, as Envoy's cors filter and route table do:
 * answer preflights, and turn away other paths, other methods and non-gRPC-Web content types.
 */
import { parseGrpcWebContentType } from "./content-type";
import { buildPreflightHeaders, buildResponseCorsHeaders, isOriginAllowed } from "./cors";
import { GrpcStatus } from "./grpc-status";
import { sendGrpcError } from "./respond";
import type { GrpcWebMode } from "./content-type";
import type { GatewayConfig } from "./gateway-config";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A call to forward: its path, body mode and the CORS headers its reply carries. */
export interface AcceptedCall {
  path: string;
  mode: GrpcWebMode;
  cors: Record<string, string>;
}

/** Returns the accepted call, or undefined once it has answered the request itself. */
export function screenRequest(
  config: GatewayConfig,
  req: IncomingMessage,
  res: ServerResponse,
): AcceptedCall | undefined {
  const origin = req.headers.origin;
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
    if (isOriginAllowed(origin, config.cors)) {
      const headers = { ...buildPreflightHeaders(origin, config.cors), "content-length": "0" };
      res.writeHead(200, headers).end();
    } else {
      res.writeHead(403, { "content-type": "text/plain" }).end(`origin ${origin} is not allowed\n`);
    }
    return undefined;
  }
  const cors = buildResponseCorsHeaders(origin, config.cors);
  const refuse = (httpStatus: number, grpcStatus: number, message: string, extra = {}) => {
    req.resume();
    sendGrpcError(res, { httpStatus, grpcStatus, message, headers: { ...cors, ...extra } });
    return undefined;
  };
  if (!path.startsWith(config.routePrefix)) {
    return refuse(404, GrpcStatus.UNIMPLEMENTED, `no route for ${path}`);
  }
  if (req.method !== "POST") {
    const message = `method ${req.method} not allowed; gRPC-Web calls are POST`;
    return refuse(405, GrpcStatus.UNIMPLEMENTED, message, { allow: "POST, OPTIONS" });
  }
  const contentType = req.headers["content-type"] ?? "";
  const mode = parseGrpcWebContentType(contentType);
  if (!mode) {
    const message = `unsupported content-type "${contentType}"; expected application/grpc-web, application/grpc-web+proto or application/grpc-web-text`;
    return refuse(415, GrpcStatus.INTERNAL, message);
  }
  return { path, mode, cors };
}
