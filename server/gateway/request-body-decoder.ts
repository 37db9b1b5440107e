/** A gRPC-Web request body as it streams in: text mode decoded, every frame header checked. */
import { FrameError, FrameGate } from "./frames";
import { GrpcStatus } from "./grpc-status";
import { Base64Error, Base64Stream } from "./text-mode";
import type { GrpcWebMode } from "./content-type";

/** A request the gateway refuses, with the gRPC status and message of its answer. */
export interface BodyRefusal {
  grpcStatus: number;
  message: string;
}

/**
 * Turns the chunks of a request body into the gRPC bytes to forward: only bytes of frames whose
 * header passed (see FrameGate), so a frame that is refused sends nothing upstream. Memory is
 * the chunk at hand plus a few carried bytes.
 */
export class RequestBodyDecoder {
  private readonly text: Base64Stream | undefined;
  private readonly frames: FrameGate;

  constructor(mode: GrpcWebMode, limitBytes: number) {
    this.text = mode === "text" ? new Base64Stream() : undefined;
    this.frames = new FrameGate({ limitBytes, what: "request body" });
  }

  /** Returns the bytes of `chunk` to forward. Throws Base64Error or FrameError. */
  push(chunk: Buffer): Buffer {
    return this.frames.push(this.text ? this.text.push(chunk) : chunk);
  }

  /** Returns whether the body could end here: no base64 group or frame left unfinished. */
  get atCleanEnd(): boolean {
    return (this.text?.atGroupBoundary ?? true) && this.frames.atFrameBoundary;
  }

  /** Throws Base64Error or FrameError when the body stopped inside a base64 group or a frame. */
  end(): void {
    this.text?.end();
    this.frames.end();
  }
}

/** Returns the answer to a body that failed to decode (INTERNAL naming the error for anything unforeseen). */
export function describeBodyRefusal(error: unknown): BodyRefusal {
  if (error instanceof FrameError && error.grpcStatus !== GrpcStatus.INTERNAL) {
    return { grpcStatus: error.grpcStatus, message: error.message };
  }
  if (error instanceof FrameError || error instanceof Base64Error) {
    return {
      grpcStatus: GrpcStatus.INTERNAL,
      message: `malformed gRPC-Web request: ${error.message}`,
    };
  }
  return { grpcStatus: GrpcStatus.INTERNAL, message: `gateway error: ${String(error)}` };
}
