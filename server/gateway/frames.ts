/**
 * gRPC / gRPC-Web length-prefixed frames: 1 flag byte, 4-byte big-endian length, payload.
 * Flag bit 0x80 marks the gRPC-Web trailer frame, bit 0x01 a compressed message.
 */

/** Flag of a gRPC-Web trailer frame. */
export const TRAILER_FLAG = 0x80;

/** A request body that is not a sequence of whole, valid frames. */
export class FrameError extends Error {
  override name = "FrameError";
}

/** Returns one frame holding `payload` with the given flag byte. */
export function encodeFrame(flags: number, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(5 + payload.byteLength);
  frame.writeUInt8(flags, 0);
  frame.writeUInt32BE(payload.byteLength, 1);
  frame.set(payload, 5);
  return frame;
}

/**
 * Checks a gRPC-Web request body as it streams in: `push` each chunk, then `end`. Throws
 * FrameError when a flag other than "compressed" is set (a client never sends trailers) or,
 * at `end`, when the body stopped inside a frame.
 */
export class FrameChecker {
  private header = Buffer.alloc(5);
  private headerFill = 0;
  private payloadLeft = 0;
  private offset = 0;
  /** Whole frames seen so far. */
  frames = 0;

  /** Checks the next chunk of the body. Throws FrameError on invalid flags. */
  push(chunk: Uint8Array): void {
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
        const flags = this.header.readUInt8(0);
        if ((flags & ~0x01) !== 0) {
          throw new FrameError(
            `invalid frame flags 0x${flags.toString(16)} at offset ${this.offset}`,
          );
        }
        this.payloadLeft = this.header.readUInt32BE(1);
        this.headerFill = 0;
        if (this.payloadLeft === 0) {
          this.frames++;
        }
        this.offset += 5 + this.payloadLeft;
      }
    }
  }

  /** Throws FrameError when the body ended inside a frame header or payload. */
  end(): void {
    if (this.headerFill > 0) {
      throw new FrameError(`truncated frame header: ${this.headerFill} byte(s) at the end, need 5`);
    }
    if (this.payloadLeft > 0) {
      const length = this.header.readUInt32BE(1);
      throw new FrameError(
        `frame at offset ${this.offset - 5 - length} declares ${length} bytes but only ${length - this.payloadLeft} follow`,
      );
    }
  }
}
