import type { IncomingMessage } from "node:http";

/** A request body read up to a limit: its bytes, or the fact that it was larger. */
export type BoundedBody = { readonly bytes: Uint8Array } | { readonly tooLarge: true };

/**
 * Returns the body of `request` once it has ended, or `tooLarge` as soon as it passes `limit` bytes (or
 * declares more in Content-Length), without holding more than `limit` bytes. After `tooLarge` the rest of the
 * body is read and dropped, so the answer can still reach the client; the caller closes the connection.
 */
export function readBoundedBody(request: IncomingMessage, limit: number): Promise<BoundedBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    if (over) {
      resolve({ tooLarge: true });
    }
    request.on("data", (chunk: Buffer) => {
      if (over) {
        return;
      }
      size += chunk.byteLength;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      if (!over) {
        resolve({ bytes: new Uint8Array(Buffer.concat(chunks, size)) });
      }
    });
    request.on("error", reject);
  });
}
