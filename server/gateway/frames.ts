/**
 * gRPC / gRPC-Web length-prefixed frames: 1 flag byte, 4-byte big-endian length, payload.
 * Flag bit 0x80 marks the gRPC-Web trailer frame, bit 0x01 a compressed message.
 */
import { GrpcStatus } from "./grpc-status";

/** Flag of a gRPC-Web trailer frame. */
export const TRAILER_FLAG = 0x80;
/** Flag of a compressed message. */
export const COMPRESSED_FLAG = 0x01;

/** A body the gateway refuses, with the gRPC status its answer carries. */
export class FrameError extends Error {
  override name = "FrameError";
  constructor(
    message: string,
    /** INTERNAL for malformed framing, UNIMPLEMENTED for compression, RESOURCE_EXHAUSTED for size. */
    readonly grpcStatus: number = GrpcStatus.INTERNAL,
  ) {
    super(message);
  }
}

/** Returns one frame holding `payload` with the given flag byte. */
export function encodeFrame(flags: number, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(5 + payload.byteLength);
  frame.writeUInt8(flags, 0);
  frame.writeUInt32BE(payload.byteLength, 1);
  frame.set(payload, 5);
  return frame;
}

/** What a FrameGate checks and how its refusals read. */
export interface FrameGateOptions {
  /** Most bytes the whole body (headers and payloads of every frame) may have. */
  limitBytes: number;
  /** "request body" or "reply": names the body in refusals. */
  what: string;
}

/**
 * Checks a stream of frames as it passes and lets through only bytes whose frame header has been
 * checked, so nothing is forwarded for a frame that will be refused. `push` each chunk, forward
 * what it returns, then `end`. Refuses (throws FrameError) the moment a header is complete:
 * a trailer or unknown flag (INTERNAL), a compressed message (UNIMPLEMENTED: only identity is
 * accepted), or a declared length that would take the body past the limit (RESOURCE_EXHAUSTED).
 * Memory is constant: at most a 5-byte header is held back.
 */
export class FrameGate {
  private readonly header = Buffer.alloc(5);
  private headerFill = 0;
  private payloadLeft = 0;
  /** Body offset of the frame being read. */
  private frameStart = 0;
  /** Whole frames seen so far. */
  frames = 0;

  constructor(private readonly options: FrameGateOptions) {}

  /**
   * Returns the bytes of `chunk` that may be forwarded (plus a header held back from before). The
   * answer is a view of `chunk`, never a copy, except when a frame header began in an earlier
   * chunk: then its few held bytes are joined to this chunk's.
   */
  push(chunk: Uint8Array): Buffer {
    const carried = this.headerFill;
    // A copy of the held header bytes: reading this chunk overwrites the header buffer.
    const carriedBytes = carried > 0 ? Buffer.from(this.header.subarray(0, carried)) : undefined;
    let headersDone = 0;
    let at = 0;
    while (at < chunk.byteLength) {
      if (this.payloadLeft > 0) {
        const take = Math.min(this.payloadLeft, chunk.byteLength - at);
        this.payloadLeft -= take;
        at += take;
        if (this.payloadLeft === 0) {
          this.frames++;
        }
        continue;
      }
      const take = Math.min(5 - this.headerFill, chunk.byteLength - at);
      this.header.set(chunk.subarray(at, at + take), this.headerFill);
      this.headerFill += take;
      at += take;
      if (this.headerFill === 5) {
        this.checkHeader();
        headersDone++;
      }
    }
    // What passed is everything up to a header still incomplete at the end, which waits for the
    // next chunk; that header began in this chunk unless no header was completed in it.
    const heldHere =
      this.headerFill === 0 ? 0 : headersDone > 0 ? this.headerFill : this.headerFill - carried;
    const passed = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength - heldHere);
    return carriedBytes && headersDone > 0 ? Buffer.concat([carriedBytes, passed]) : passed;
  }

  private checkHeader(): void {
    const flags = this.header.readUInt8(0);
    const length = this.header.readUInt32BE(1);
    const start = this.frameStart;
    // A refused header is dropped, never forwarded: what passed so far still ends on a boundary.
    this.headerFill = 0;
    if (flags === COMPRESSED_FLAG) {
      throw new FrameError(
        `compressed message at offset ${start}: only identity (uncompressed) messages are supported`,
        GrpcStatus.UNIMPLEMENTED,
      );
    }
    if (flags !== 0) {
      throw new FrameError(`invalid frame flags 0x${flags.toString(16)} at offset ${start}`);
    }
    const { limitBytes, what } = this.options;
    if (start + 5 + length > limitBytes) {
      throw new FrameError(
        `frame at offset ${start} declares ${length} bytes: ${what} of ${start + 5 + length} bytes exceeds the ${limitBytes}-byte limit`,
        GrpcStatus.RESOURCE_EXHAUSTED,
      );
    }
    this.payloadLeft = length;
    this.frameStart = start + 5 + length;
    if (length === 0) {
      this.frames++;
    }
  }

  /** Returns whether the bytes so far end on a frame boundary (nothing of a frame is pending). */
  get atFrameBoundary(): boolean {
    return this.headerFill === 0 && this.payloadLeft === 0;
  }

  /** Throws FrameError when the body ended inside a frame header or payload. */
  end(): void {
    if (this.headerFill > 0) {
      throw new FrameError(`truncated frame header: ${this.headerFill} byte(s) at the end, need 5`);
    }
    if (this.payloadLeft > 0) {
      const length = this.header.readUInt32BE(1);
      const start = this.frameStart - 5 - length;
      throw new FrameError(
        `frame at offset ${start} declares ${length} bytes but only ${length - this.payloadLeft} follow`,
      );
    }
  }
}
