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

/**
 * Returns the metadata of an HTTP/2 header or trailer block without pseudo-headers and
 * connection-level fields, repeated values joined with ", ".
 */
export function pickMetadata(
  headers: Record<string, string | string[] | number | undefined>,
  drop: readonly string[] = [],
): Metadata {
  const out: Metadata = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (
      lower.startsWith(":") ||
      value === undefined ||
      HOP_BY_HOP.has(lower) ||
      drop.includes(lower)
    ) {
      continue;
    }
    out[lower] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return out;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "host",
  "content-length",
  "http2-settings",
]);
