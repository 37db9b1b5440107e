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

/** One parsed frame. */
export interface Frame {
  flags: number;
  payload: Buffer;
}

/**
 * Returns the frames of a gRPC-Web request body. Throws FrameError when the body ends inside
 * a frame, when a frame declares more bytes than remain, or when a flag other than
 * "compressed" is set (a client never sends trailers).
 */
export function splitFrames(body: Buffer): Frame[] {
  const frames: Frame[] = [];
  let offset = 0;
  while (offset < body.byteLength) {
    if (body.byteLength - offset < 5) {
      throw new FrameError(
        `truncated frame header: ${body.byteLength - offset} byte(s) at offset ${offset}, need 5`,
      );
    }
    const flags = body.readUInt8(offset);
    const length = body.readUInt32BE(offset + 1);
    if ((flags & ~0x01) !== 0) {
      throw new FrameError(`invalid frame flags 0x${flags.toString(16)} at offset ${offset}`);
    }
    const end = offset + 5 + length;
    if (end > body.byteLength) {
      throw new FrameError(
        `frame at offset ${offset} declares ${length} bytes but only ${body.byteLength - offset - 5} follow`,
      );
    }
    frames.push({ flags, payload: body.subarray(offset + 5, end) });
    offset = end;
  }
  return frames;
}
