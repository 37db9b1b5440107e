/** Writes gRPC-Web replies and gateway-made errors onto an HTTP/1.1 response. */
import { replyContentType } from "./content-type";
import { encodeGrpcMessage, GrpcStatus, mapHttpToGrpcStatus } from "./grpc-status";
import { encodeBase64 } from "./text-mode";
import { encodeTrailerFrame } from "./trailers";
import type { UpstreamReply } from "./collect-reply";
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

/**
 * Sends Serving's reply as gRPC-Web: message frames then the trailer frame (flag 0x80), or a
 * trailers-only response when Serving sent its status in the headers. In text mode the frames
 * and the trailer frame are base64 blocks of their own, as Envoy writes them.
 */
export function sendUpstreamReply(
  res: ServerResponse,
  mode: GrpcWebMode,
  reply: UpstreamReply,
  cors: Record<string, string>,
): void {
  const statusInHeaders = reply.headers["grpc-status"];
  if (reply.httpStatus !== 200 || (!reply.trailers && statusInHeaders !== undefined)) {
    const grpcStatus = statusInHeaders ?? String(mapHttpToGrpcStatus(reply.httpStatus));
    res.writeHead(200, {
      ...reply.headers,
      ...cors,
      "content-type": replyContentType(mode),
      "grpc-status": grpcStatus,
      "grpc-message":
        reply.headers["grpc-message"] ??
        (reply.httpStatus !== 200
          ? encodeGrpcMessage(`upstream HTTP status ${reply.httpStatus}`)
          : ""),
      "content-length": "0",
    });
    res.end();
    return;
  }
  const trailers = reply.trailers ?? {
    "grpc-status": String(GrpcStatus.INTERNAL),
    "grpc-message": encodeGrpcMessage("upstream closed the call without grpc-status"),
  };
  const trailerFrame = encodeTrailerFrame(trailers);
  const body =
    mode === "text"
      ? Buffer.from(
          (reply.body.byteLength > 0 ? encodeBase64(reply.body) : "") + encodeBase64(trailerFrame),
          "latin1",
        )
      : Buffer.concat([reply.body, trailerFrame]);
  res.writeHead(200, {
    ...reply.headers,
    ...cors,
    "content-type": replyContentType(mode),
    "content-length": String(body.byteLength),
  });
  res.end(body);
}
