/**
 * What the gateway decides before reading a body, as Envoy's virtual host, cors filter and route
 * table do: turn away unknown Host names, answer preflights, and turn away other paths, other
 * methods, non-gRPC-Web content types and compressed calls.
 */
import { parseGrpcWebContentType } from "./content-type";
import { buildPreflightHeaders, buildResponseCorsHeaders, isOriginAllowed } from "./cors";
import { GrpcStatus } from "./grpc-status";
import { isHostAllowed } from "./host-check";
import { sendGrpcError } from "./respond";
import { matchRoutePath } from "./route-path";
import type { GrpcWebMode } from "./content-type";
import type { GatewayConfig } from "./gateway-config";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A call to forward: its path, body mode and the CORS headers its reply carries. */
export interface AcceptedCall {
  path: string;
  mode: GrpcWebMode;
  cors: Record<string, string>;
}

/** The settings screening reads: the config plus the Host names to answer to. */
export type ScreeningConfig = Pick<GatewayConfig, "cors" | "routePath"> & {
  allowedHostNames: ReadonlySet<string>;
};

/** Returns the accepted call, or undefined once it has answered the request itself. */
export function screenRequest(
  config: ScreeningConfig,
  req: IncomingMessage,
  res: ServerResponse,
): AcceptedCall | undefined {
  const host = req.headers.host;
  if (!isHostAllowed(host, config.allowedHostNames)) {
    // 421: this server does not answer for that name (a DNS-rebinding page, a misrouted proxy).
    req.resume();
    res
      .writeHead(421, { "content-type": "text/plain", connection: "close" })
      .end(
        `host "${host ?? ""}" is not served by this gateway; add it with --allow-host or to the virtual host's domains in envoy.yaml\n`,
      );
    return undefined;
  }
  const origin = req.headers.origin;
  if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
    req.resume();
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
  const path = matchRoutePath(req.url, config.routePath);
  if (!path) {
    return refuse(404, GrpcStatus.UNIMPLEMENTED, `no route for ${req.url ?? ""}`);
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
  const encoding = String(req.headers["grpc-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding !== "identity") {
    const message = `grpc-encoding "${encoding}" is not supported; only identity (uncompressed) messages are accepted`;
    return refuse(200, GrpcStatus.UNIMPLEMENTED, message);
  }
  return { path, mode, cors };
}
