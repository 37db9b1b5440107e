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

/**
 * Returns the bytes of a text-mode body (or of a part of it that starts on a 4-character group,
 * `offset` characters in). Throws Base64Error on any invalid character or group.
 */
export function decodeBase64Body(text: string, offset = 0): Buffer {
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
      throw new Base64Error(`invalid base64 padding at character ${offset + pad}`);
    }
    chunks.push(Buffer.from(compact.slice(start, groupEnd), "base64"));
    start = groupEnd;
  }
  chunks.push(Buffer.from(compact.slice(start), "base64"));
  return Buffer.concat(chunks);
}

/** Decodes a text-mode body chunk by chunk, however the chunks split its 4-character groups. */
export class Base64Stream {
  private rest = "";
  private consumed = 0;

  /** Returns the bytes of every whole group so far. Throws Base64Error on invalid base64. */
  push(chunk: Buffer): Buffer {
    const lines = chunk.includes(0x0a) || chunk.includes(0x0d);
    const part = chunk.toString("latin1");
    const text = this.rest + (lines ? part.replace(/[\r\n]/g, "") : part);
    const cut = text.length - (text.length % 4);
    this.rest = text.slice(cut);
    const bytes = decodeBase64Body(text.slice(0, cut), this.consumed);
    this.consumed += cut;
    return bytes;
  }

  /** Throws Base64Error when the body ended inside a 4-character group. */
  end(): void {
    if (this.rest.length > 0) {
      throw new Base64Error(
        `base64 body length ${this.consumed + this.rest.length} is not a multiple of 4`,
      );
    }
  }
}

/** Returns `bytes` as one padded base64 string. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
