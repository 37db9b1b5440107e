/** Reads a gRPC-Web reply as a hostile server might have written it: every length checked. */
import { Base64Error, decodeBase64Body } from "../../server/gateway/text-mode";

/** The messages and the gRPC status of a reply body. */
export interface GrpcWebReply {
  messages: Buffer[];
  /** From the trailer frame, else from the headers (trailers-only); undefined when neither has one. */
  grpcStatus: number | undefined;
  grpcMessage: string;
  /** Why the body could not be read, when it could not. */
  problem?: string;
}

/** Returns the frames of a gRPC-Web reply body; `headerStatus` is the grpc-status header, if any. */
export function readGrpcWebReply(
  body: Buffer,
  contentType: string,
  headerStatus: string | undefined,
  headerMessage = "",
): GrpcWebReply {
  const reply: GrpcWebReply = {
    messages: [],
    grpcStatus: headerStatus === undefined ? undefined : Number(headerStatus),
    grpcMessage: decodeMessage(headerMessage),
  };
  let bytes = body;
  if (contentType.startsWith("application/grpc-web-text")) {
    try {
      bytes = decodeBase64Body(body);
    } catch (error) {
      if (error instanceof Base64Error) {
        return { ...reply, problem: `reply base64: ${error.message}` };
      }
      throw error;
    }
  }
  for (let at = 0; at < bytes.byteLength;) {
    if (at + 5 > bytes.byteLength) {
      return { ...reply, problem: `reply ends inside a frame header at ${at}` };
    }
    const flags = bytes.readUInt8(at);
    const length = bytes.readUInt32BE(at + 1);
    if (at + 5 + length > bytes.byteLength) {
      return { ...reply, problem: `reply frame at ${at} declares ${length} bytes, fewer follow` };
    }
    const payload = bytes.subarray(at + 5, at + 5 + length);
    if (flags & 0x80) {
      const trailers = payload.toString("latin1");
      const status = /^grpc-status:\s*(\d+)\s*$/im.exec(trailers)?.[1];
      const message = /^grpc-message:\s*(.*?)\s*$/im.exec(trailers)?.[1];
      reply.grpcStatus = status === undefined ? reply.grpcStatus : Number(status);
      reply.grpcMessage = message === undefined ? reply.grpcMessage : decodeMessage(message);
    } else {
      reply.messages.push(payload);
    }
    at += 5 + length;
  }
  return reply;
}

function decodeMessage(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
