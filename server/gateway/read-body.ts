/** Reads an HTTP/1.1 request body up to a limit. */
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
