/** Streams a gRPC-Web request body to Serving: text mode decoded, frames checked, size limited. */
import { FrameChecker } from "./frames";
import { Base64Stream } from "./text-mode";
import type { GrpcWebMode } from "./content-type";
import type { IncomingMessage } from "node:http";

/** A body larger than the limit. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/**
 * Passes the message bytes of `req` to `write` as they arrive (awaiting it, for flow control),
 * and resolves once the body is complete and valid. Rejects with BodyTooLargeError when the
 * decoded body exceeds `limit`, Base64Error or FrameError when it is malformed, always after
 * reading the body to its end: a browser cut off mid-upload would report a network error
 * instead of the gRPC status. Nothing more is written after the first problem. Rejects with the
 * stream's error when the client goes away.
 */
export async function pumpRequestBody(
  req: IncomingMessage,
  mode: GrpcWebMode,
  limit: number,
  write: (bytes: Buffer) => Promise<void>,
): Promise<void> {
  const text = mode === "text" ? new Base64Stream() : undefined;
  const frames = new FrameChecker();
  let size = 0;
  let problem: Error | undefined;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (problem) {
      size += text ? 0 : chunk.byteLength;
      continue;
    }
    try {
      const bytes = text ? text.push(chunk) : chunk;
      size += bytes.byteLength;
      if (size > limit) {
        throw new BodyTooLargeError(`request body exceeds the ${limit}-byte limit`);
      }
      frames.push(bytes);
      await write(bytes);
    } catch (error) {
      problem = error as Error;
    }
  }
  if (problem) {
    throw problem instanceof BodyTooLargeError
      ? new BodyTooLargeError(
          `request body of ${text ? `more than ${limit}` : size} bytes exceeds the ${limit}-byte limit`,
        )
      : problem;
  }
  text?.end();
  frames.end();
}
