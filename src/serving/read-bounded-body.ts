/** Reads an HTTP response body as text without holding more than a limit of bytes. */

/** A body too large to read; names the limit. */
export class ReplyTooLargeError extends Error {
  /** Names the size (when the server declared it) and the limit. */
  constructor(
    readonly limitBytes: number,
    declaredBytes?: number,
  ) {
    super(
      declaredBytes === undefined
        ? `reply is larger than the limit of ${limitBytes} bytes`
        : `reply of ${declaredBytes} bytes is larger than the limit of ${limitBytes} bytes`,
    );
    this.name = "ReplyTooLargeError";
  }
}

/**
 * Returns the body of `response` as UTF-8 text. Rejects with ReplyTooLargeError, cancelling the
 * body, as soon as Content-Length or the bytes received pass `limitBytes`.
 */
export async function readBoundedBody(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limitBytes) {
    await response.body?.cancel();
    throw new ReplyTooLargeError(limitBytes, declared);
  }
  if (!response.body) {
    return "";
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return text + decoder.decode();
    }
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw new ReplyTooLargeError(limitBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}
