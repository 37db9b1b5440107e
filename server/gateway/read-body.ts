/** Reads an HTTP/1.1 request body up to a limit. */
import { decodeBase64Body } from "./text-mode";
import type { GrpcWebMode } from "./content-type";
import type { IncomingMessage } from "node:http";

/** A body larger than the limit; the rest of it is drained, not kept. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/**
 * Returns the whole body of `req`. Rejects with BodyTooLargeError when more than `limit` bytes
 * arrive, once the client has finished sending: a browser that is cut off mid-upload reports a
 * network error instead of the gRPC status. Rejects with the stream's error when the client
 * goes away.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) {
        chunks.push(chunk);
      } else if (chunks.length > 0) {
        chunks.length = 0;
      }
    });
    req.on("end", () => {
      if (size > limit) {
        reject(
          new BodyTooLargeError(`request body of ${size} bytes exceeds the ${limit}-byte limit`),
        );
      } else {
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
