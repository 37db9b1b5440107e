/**
 * The base64 body of `application/grpc-web-text`. A client may send several base64 chunks
 * back to back, each with its own padding (gRPC-Web protocol, "Text-encoded (response) streams"),
 * so padding may appear inside the body, but only at the end of a 4-character group.
 */

/** A text-mode body that is not valid base64. */
export class Base64Error extends Error {
  override name = "Base64Error";
}

const ALPHABET = /^[A-Za-z0-9+/=]*$/;

/** Returns the bytes of a text-mode body. Throws Base64Error on any invalid character or group. */
export function decodeBase64Body(text: string): Buffer {
  const compact = text.includes("\n") || text.includes("\r") ? text.replace(/[\r\n]/g, "") : text;
  if (!ALPHABET.test(compact)) {
    throw new Base64Error("base64 body contains characters outside the base64 alphabet");
  }
  if (compact.length % 4 !== 0) {
    throw new Base64Error(`base64 body length ${compact.length} is not a multiple of 4`);
  }
  // Node's decoder silently skips bad padding, so each padded group is checked here and
  // ends one chunk; the next chunk then starts on a fresh byte.
  const chunks: Buffer[] = [];
  let start = 0;
  for (let pad = compact.indexOf("="); pad !== -1; pad = compact.indexOf("=", start)) {
    const groupEnd = pad - (pad % 4) + 4;
    const tail = compact.slice(pad, groupEnd);
    if (pad % 4 < 2 || !/^=+$/.test(tail)) {
      throw new Base64Error(`invalid base64 padding at character ${pad}`);
    }
    chunks.push(Buffer.from(compact.slice(start, groupEnd), "base64"));
    start = groupEnd;
  }
  chunks.push(Buffer.from(compact.slice(start), "base64"));
  return Buffer.concat(chunks);
}

/** Returns `bytes` as one padded base64 string. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
