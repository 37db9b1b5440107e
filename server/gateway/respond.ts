/** Writes the gateway's own gRPC-Web answers (refusals made before a call starts). */
import { replyContentType } from "./content-type";
import { encodeGrpcMessage } from "./grpc-status";
import type { GrpcWebMode } from "./content-type";
import type { ServerResponse } from "node:http";

/** A reply made by the gateway itself: a trailers-only gRPC-Web response. */
export interface GatewayErrorReply {
  grpcStatus: number;
  message: string;
  /** HTTP status; 200 unless the request was not gRPC-Web at all (404, 405, 415). */
  httpStatus?: number;
  mode?: GrpcWebMode;
  headers?: Record<string, string>;
}

/** Sends a trailers-only error: the status in headers, empty body, as Envoy's local replies do. */
export function sendGrpcError(res: ServerResponse, reply: GatewayErrorReply): void {
  res.writeHead(reply.httpStatus ?? 200, {
    ...reply.headers,
    "content-type": replyContentType(reply.mode ?? "binary"),
    "grpc-status": String(reply.grpcStatus),
    "grpc-message": encodeGrpcMessage(reply.message),
    "content-length": "0",
  });
  res.end();
}
