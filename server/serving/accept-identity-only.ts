import * as http2 from "node:http2";
import * as grpc from "@grpc/grpc-js";
import { encodeGrpcMessage } from "../gateway/grpc-status";

/** The stream handlers @grpc/grpc-js binds to each HTTP/2 server (with and without channelz). */
const STREAM_HANDLERS = ["_streamHandler", "_channelzHandler"] as const;

type StreamHandler = (
  this: grpc.Server,
  extraInterceptors: unknown,
  stream: http2.ServerHttp2Stream,
  headers: http2.IncomingHttpHeaders,
) => void;

/** The longest encoding name echoed back; the header is the client's and may be anything. */
const MAX_ECHOED_ENCODING = 64;

/** Returns the status text for a call whose messages are compressed with `encoding`. */
export function describeUnsupportedEncoding(encoding: string): string {
  const shown =
    encoding.length > MAX_ECHOED_ENCODING ? `${encoding.slice(0, MAX_ECHOED_ENCODING)}…` : encoding;
  return `grpc-encoding "${shown}" is not supported: this server accepts identity (uncompressed) messages only`;
}

/**
 * Makes `server` answer every call whose `grpc-encoding` is not identity with UNIMPLEMENTED before a
 * byte of its body is read, and stops the client sending. @grpc/grpc-js has no option for this: it
 * inflates gzip and deflate messages up to the receive limit, so a 400 KB message could take 400 MB
 * before any handler or interceptor sees it. Call before `bindAsync`; throws when the installed
 * @grpc/grpc-js no longer has the handlers this wraps, so an upgrade cannot silently undo it.
 */
export function acceptIdentityOnly(server: grpc.Server): void {
  const handlers = server as unknown as Record<string, unknown>;
  for (const name of STREAM_HANDLERS) {
    const original = handlers[name];
    if (typeof original !== "function") {
      throw new Error(`@grpc/grpc-js Server has no ${name}; cannot refuse compressed calls`);
    }
    const wrapped: StreamHandler = function (extraInterceptors, stream, headers) {
      const encoding = headers["grpc-encoding"];
      if (encoding === undefined || encoding === "identity") {
        (original as StreamHandler).call(this, extraInterceptors, stream, headers);
        return;
      }
      refuse(stream, String(encoding));
    };
    handlers[name] = wrapped;
  }
}

function refuse(stream: http2.ServerHttp2Stream, encoding: string): void {
  // A refused stream may still error when the peer resets it; there is nothing left to answer.
  stream.once("error", () => undefined);
  if (stream.destroyed || stream.headersSent) {
    return;
  }
  // Trailers-only response (gRPC over HTTP/2), naming what is accepted. Responding can only
  // fail on a stream that is going away; reset it then rather than let the error escape.
  try {
    stream.respond(
      {
        [http2.constants.HTTP2_HEADER_STATUS]: http2.constants.HTTP_STATUS_OK,
        [http2.constants.HTTP2_HEADER_CONTENT_TYPE]: "application/grpc+proto",
        "grpc-accept-encoding": "identity",
        "grpc-status": String(grpc.status.UNIMPLEMENTED),
        "grpc-message": encodeGrpcMessage(describeUnsupportedEncoding(encoding)),
      },
      { endStream: true },
    );
  } catch {
    stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    return;
  }
  // RST_STREAM(NO_ERROR) after the status tells the client to stop sending its body.
  stream.close(http2.constants.NGHTTP2_NO_ERROR);
}
