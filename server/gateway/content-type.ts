/** The gRPC-Web content types the gateway accepts and the one it answers with. */

/** How a request body (and its reply) is carried. */
export type GrpcWebMode = "binary" | "text";

/**
 * Returns the mode of a gRPC-Web request content type (`application/grpc-web`,
 * `application/grpc-web+proto`, `application/grpc-web-text`, `application/grpc-web-text+proto`,
 * any parameters ignored), or undefined for anything else.
 */
export function parseGrpcWebContentType(value: string | undefined): GrpcWebMode | undefined {
  const type = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  switch (type) {
    case "application/grpc-web":
    case "application/grpc-web+proto":
      return "binary";
    case "application/grpc-web-text":
    case "application/grpc-web-text+proto":
      return "text";
    default:
      return undefined;
  }
}

/** Returns the reply content type for a mode, as Envoy's grpc_web filter sets it. */
export function replyContentType(mode: GrpcWebMode): string {
  return mode === "text" ? "application/grpc-web-text+proto" : "application/grpc-web+proto";
}
