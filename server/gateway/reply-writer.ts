/**
 * Writes Serving's reply to the browser as it arrives: headers, message frames (checked against
 * the reply limit at each frame header, base64-encoded chunk by chunk in text mode), then the
 * gRPC-Web trailer frame. Nothing is collected: memory is one chunk plus a few bytes. The first
 * bytes of a reply are held back (up to the response's buffer size, for at most HOLD_MS) so that
 * a unary reply, whose trailers come a moment after its message, leaves in one write: one
 * segment for the browser instead of two. The call ends no later for it, as it ends with the
 * trailers.
 */
import { replyContentType } from "./content-type";
import { FrameGate } from "./frames";
import { encodeGrpcMessage, GrpcStatus } from "./grpc-status";
import { Base64Encoder } from "./text-mode";
import { encodeTrailerFrame } from "./trailers";
import type { GrpcWebMode } from "./content-type";
import type { Metadata } from "./trailers";
import type { ServerResponse } from "node:http";

/** How long the start of a reply may wait for its trailers before it is sent anyway. */
const HOLD_MS = 50;

/** Streams one gRPC-Web reply onto `res`. */
export class ReplyWriter {
  private readonly gate: FrameGate;
  private readonly text: Base64Encoder | undefined;
  /** "idle" before the first message bytes, "holding" while they wait for the trailers, then "streaming". */
  private hold: "idle" | "holding" | "streaming" = "idle";
  private holdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly res: ServerResponse,
    private readonly mode: GrpcWebMode,
    private readonly cors: Record<string, string>,
    maxReplyBytes: number,
  ) {
    this.gate = new FrameGate({ limitBytes: maxReplyBytes, what: "reply" });
    this.text = mode === "text" ? new Base64Encoder() : undefined;
  }

  /** Returns whether the response headers have gone out. */
  get started(): boolean {
    return this.res.headersSent;
  }

  /** Sends a trailers-only reply: `fields` (gRPC status fields already encoded) in the headers. */
  sendTrailersOnly(fields: Metadata): void {
    if (this.started) {
      this.finish(fields);
      return;
    }
    this.res.writeHead(200, {
      ...fields,
      ...this.cors,
      "content-type": replyContentType(this.mode),
      "content-length": "0",
    });
    this.res.end();
  }

  /** Ends the reply with `grpcStatus` and `message`, in the headers or, once started, a trailer frame. */
  sendError(grpcStatus: number, message: string): void {
    this.sendTrailersOnly({
      "grpc-status": String(grpcStatus),
      "grpc-message": encodeGrpcMessage(message),
    });
  }

  /** Sends the response headers of a reply that carries messages. */
  start(headers: Metadata): void {
    this.res.writeHead(200, {
      ...headers,
      ...this.cors,
      "content-type": replyContentType(this.mode),
    });
  }

  /**
   * Writes a chunk of Serving's framed reply body. Returns false when the browser is not taking
   * bytes as fast (wait for the response's "drain"). Throws FrameError at a frame header that
   * would take the reply past the limit, or one with flags a gRPC-Web client cannot read.
   */
  write(chunk: Buffer): boolean {
    const bytes = this.gate.push(chunk);
    if (bytes.byteLength === 0) {
      return true;
    }
    if (this.hold === "idle") {
      this.hold = "holding";
      this.res.cork();
      this.holdTimer = setTimeout(() => this.release(), HOLD_MS);
    }
    const flowing = this.res.write(this.text ? this.text.push(bytes) : bytes);
    // A full buffer is sent at once: "drain", which the caller then waits for, needs it sent.
    if (!flowing) {
      this.release();
    }
    return flowing;
  }

  /** Sends what is held and streams from now on. */
  private release(): void {
    if (this.hold !== "holding") {
      return;
    }
    this.hold = "streaming";
    clearTimeout(this.holdTimer);
    // end() has already flushed and fully uncorked the socket, which may by now carry the next
    // call of a keep-alive connection: its cork count is not ours to change.
    if (!this.res.writableEnded) {
      this.res.uncork();
    }
  }

  /**
   * Writes the trailer frame with `trailers` and ends the reply. A reply cut inside a frame
   * cannot be ended cleanly (the client would read the trailer as message bytes), so the
   * response is destroyed instead and the browser sees a network error.
   */
  finish(trailers: Metadata): void {
    clearTimeout(this.holdTimer);
    if (this.res.writableEnded) {
      return;
    }
    if (!this.gate.atFrameBoundary) {
      this.res.destroy();
      return;
    }
    const frame = encodeTrailerFrame(trailers);
    if (this.text) {
      this.res.write(this.text.flush());
      // The trailer frame is a padded base64 block of its own, as Envoy writes it.
      this.res.end(Buffer.from(frame.toString("base64"), "latin1"));
    } else {
      this.res.end(frame);
    }
  }
}

/** Returns the trailers to send when Serving ended the reply without any. */
export function missingStatusTrailers(): Metadata {
  return {
    "grpc-status": String(GrpcStatus.INTERNAL),
    "grpc-message": encodeGrpcMessage("upstream closed the call without grpc-status"),
  };
}
