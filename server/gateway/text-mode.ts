/**
 * The base64 body of `application/grpc-web-text`. A client may send several base64 chunks
 * back to back, each with its own padding (gRPC-Web protocol, "Text-encoded (response) streams"),
 * so padding may appear inside the body, but only at the end of a 4-character group.
 */

/** A text-mode body that is not valid base64. */
export class Base64Error extends Error {
  override name = "Base64Error";
}

/**
 * Returns the bytes of a text-mode body (or of a part of it that starts on a 4-character group,
 * `offset` characters in). Throws Base64Error on any invalid character or group.
 */
export function decodeBase64Body(text: string, offset = 0): Buffer {
  const compact = text.includes("\n") || text.includes("\r") ? text.replace(/[\r\n]/g, "") : text;
  if (compact.length % 4 !== 0) {
    throw new Base64Error(`base64 body length ${compact.length} is not a multiple of 4`);
  }
  // Each padded group ends one block; the next block starts on a fresh byte.
  const chunks: Buffer[] = [];
  let start = 0;
  for (let pad = compact.indexOf("="); pad !== -1; pad = compact.indexOf("=", start)) {
    const groupEnd = pad - (pad % 4) + 4;
    const tail = compact.slice(pad, groupEnd);
    if (pad % 4 < 2 || !/^=+$/.test(tail)) {
      throw new Base64Error(`invalid base64 padding at character ${offset + pad}`);
    }
    chunks.push(decodeBlock(compact, start, groupEnd, groupEnd - pad, offset));
    start = groupEnd;
  }
  if (start < compact.length || chunks.length === 0) {
    chunks.push(decodeBlock(compact, start, compact.length, 0, offset));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/**
 * Returns the bytes of `text[start, end)`, a run of whole groups whose last one carries `padding`
 * "=" characters. Node's decoder skips characters outside the alphabet instead of failing, which
 * shows as fewer bytes than the length promises; it also takes the URL-safe "-" and "_".
 */
function decodeBlock(
  text: string,
  start: number,
  end: number,
  padding: number,
  offset: number,
): Buffer {
  const block = text.slice(start, end);
  const bytes = Buffer.from(block, "base64");
  if (bytes.byteLength !== ((end - start) / 4) * 3 - padding || /[-_]/.test(block)) {
    const bad = /[^A-Za-z0-9+/=]/.exec(block)?.index ?? 0;
    throw new Base64Error(`invalid base64 at character ${offset + start + bad}`);
  }
  return bytes;
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
