/** Reads an HTTP/1.1 request body up to a limit. */
import { decodeBase64Body } from "./text-mode";
import type { GrpcWebMode } from "./content-type";
import type { IncomingMessage } from "node:http";

/** A body larger than the limit; the rest of it is drained, not kept. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/**
 * Returns the whole body of `req`. Rejects with BodyTooLargeError once more than `limit`
 * bytes arrive (the remainder is read and discarded so the reply can still be delivered),
 * or with the stream's error when the client goes away.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    const tooLarge = () =>
      new BodyTooLargeError(
        `request body of ${declared > limit ? declared : "more than " + limit} bytes exceeds the ${limit}-byte limit`,
      );
    if (over) {
      req.resume();
      reject(tooLarge());
      return;
    }
    req.on("data", (chunk: Buffer) => {
      if (over) {
        return;
      }
      size += chunk.byteLength;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!over) {
        resolve(Buffer.concat(chunks));
      }
    });
    req.on("error", reject);
  });
}

/**
 * Returns a gRPC-Web request body as binary frames, decoding text mode; the limit applies to the
 * decoded bytes. Rejects like readBody, and with Base64Error for a text body that is not base64.
 */
export async function readRequestBody(
  req: IncomingMessage,
  mode: GrpcWebMode,
  limit: number,
): Promise<Buffer> {
  if (mode === "binary") {
    return readBody(req, limit);
  }
  const text = await readBody(req, Math.ceil(limit / 3) * 4 + 1024);
  const bytes = decodeBase64Body(text.toString("latin1"));
  if (bytes.byteLength > limit) {
    throw new BodyTooLargeError(
      `request body of ${bytes.byteLength} bytes exceeds the ${limit}-byte limit`,
    );
  }
  return bytes;
}
