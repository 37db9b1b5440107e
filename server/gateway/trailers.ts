/** The gRPC-Web trailer frame: HTTP/1-style `name:value\r\n` lines, names lower-case. */
import { encodeFrame, TRAILER_FLAG } from "./frames";

/** Trailer or header metadata as the gateway passes it on. */
export type Metadata = Record<string, string>;

/** Returns the trailer frame (flag 0x80) carrying `trailers`. */
export function encodeTrailerFrame(trailers: Metadata): Buffer {
  const block = Object.entries(trailers)
    .map(([name, value]) => `${name.toLowerCase()}:${value}\r\n`)
    .join("");
  return encodeFrame(TRAILER_FLAG, Buffer.from(block, "latin1"));
}
