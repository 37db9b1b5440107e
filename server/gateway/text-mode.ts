/**
 * The base64 body of `application/grpc-web-text`. A client may send several base64 chunks
 * back to back, each with its own padding (gRPC-Web protocol, "Text-encoded (response) streams"),
 * so padding may appear inside the body, but only at the end of a 4-character group.
 * The body is scanned as bytes (native byte searches) rather than as a string with regular
 * expressions: on a multi-megabyte image batch the string scans cost more than the decoding.
 */

const LF = 0x0a;
const CR = 0x0d;
const PAD = 0x3d; // "="
const DASH = 0x2d; // "-", URL-safe alphabet
const UNDERSCORE = 0x5f; // "_", URL-safe alphabet

/** A text-mode body that is not valid base64. */
export class Base64Error extends Error {
  override name = "Base64Error";
}

/**
 * Returns the bytes of a text-mode body (or of a part of it that starts on a 4-character group,
 * `offset` characters in). Throws Base64Error on any invalid character or group.
 */
export function decodeBase64Body(body: Buffer, offset = 0): Buffer {
  const compact = dropLineBreaks(body);
  if (compact.length % 4 !== 0) {
    throw new Base64Error(`base64 body length ${compact.length} is not a multiple of 4`);
  }
  // Each padded group ends one block; the next block starts on a fresh byte.
  const chunks: Buffer[] = [];
  let start = 0;
  for (let pad = compact.indexOf(PAD); pad !== -1; pad = compact.indexOf(PAD, start)) {
    const groupEnd = pad - (pad % 4) + 4;
    if (pad % 4 < 2 || compact.subarray(pad, groupEnd).some((c) => c !== PAD)) {
      throw new Base64Error(`invalid base64 padding at character ${offset + pad}`);
    }
    chunks.push(decodeBlock(compact.subarray(start, groupEnd), groupEnd - pad, offset + start));
    start = groupEnd;
  }
  if (start < compact.length || chunks.length === 0) {
    chunks.push(decodeBlock(compact.subarray(start), 0, offset + start));
  }
  const [only] = chunks;
  return chunks.length === 1 && only ? only : Buffer.concat(chunks);
}

/** Returns `body` without CR and LF, or `body` itself when it has none (the usual case). */
function dropLineBreaks(body: Buffer): Buffer {
  if (!body.includes(LF) && !body.includes(CR)) {
    return body;
  }
  return Buffer.from(body.toString("latin1").replace(/[\r\n]/g, ""), "latin1");
}

/**
 * Returns the bytes of `block`, whole groups whose last one carries `padding` "=" characters,
 * found `offset` characters into the body. Node's decoder skips characters outside the alphabet
 * instead of failing, which shows as fewer bytes than the length promises; it also takes the
 * URL-safe "-" and "_".
 */
function decodeBlock(block: Buffer, padding: number, offset: number): Buffer {
  const text = block.toString("latin1");
  const bytes = Buffer.from(text, "base64");
  if (
    bytes.byteLength !== (block.length / 4) * 3 - padding ||
    block.includes(DASH) ||
    block.includes(UNDERSCORE)
  ) {
    const bad = /[^A-Za-z0-9+/=]/.exec(text)?.index ?? 0;
    throw new Base64Error(`invalid base64 at character ${offset + bad}`);
  }
  return bytes;
}

/** Decodes a text-mode body chunk by chunk, however the chunks split its 4-character groups. */
export class Base64Stream {
  /** The characters of an unfinished group (fewer than 4), carried to the next chunk. */
  private rest = Buffer.alloc(0);
  private consumed = 0;

  /** Returns the bytes of every whole group so far. Throws Base64Error on invalid base64. */
  push(chunk: Buffer): Buffer {
    const part = dropLineBreaks(chunk);
    const text = this.rest.length > 0 ? Buffer.concat([this.rest, part]) : part;
    const cut = text.length - (text.length % 4);
    // A copy, so the few carried characters do not keep the whole chunk alive.
    this.rest = Buffer.from(text.subarray(cut));
    const bytes = decodeBase64Body(text.subarray(0, cut), this.consumed);
    this.consumed += cut;
    return bytes;
  }

  /** Returns whether the characters so far end on a 4-character group (end() would not throw). */
  get atGroupBoundary(): boolean {
    return this.rest.length === 0;
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

/**
 * Encodes a reply for `application/grpc-web-text` chunk by chunk. Each chunk's output stays on
 * 3-byte boundaries (up to 2 bytes wait for the next chunk), so the stream carries no padding
 * until `flush`; the gRPC-Web protocol also allows padded chunks back to back, which is how the
 * trailer frame follows.
 */
export class Base64Encoder {
  private carry = Buffer.alloc(0);

  /** Returns the base64 text of every whole 3-byte group so far. */
  push(bytes: Uint8Array): Buffer {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const all = this.carry.length > 0 ? Buffer.concat([this.carry, view]) : view;
    const cut = all.length - (all.length % 3);
    this.carry = Buffer.from(all.subarray(cut));
    return Buffer.from(all.subarray(0, cut).toString("base64"), "latin1");
  }

  /** Returns the padded base64 of the bytes still held (empty when none). */
  flush(): Buffer {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return Buffer.from(rest.toString("base64"), "latin1");
  }
}
