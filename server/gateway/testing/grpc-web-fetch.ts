/**
 * A bare gRPC-Web call over fetch, written from the protocol text, for requests no client
 * library will send (malformed frames, bad base64, wrong content types) and for text mode.
 */

/** What came back: HTTP status and headers, message payloads, and the trailer frame's fields. */
export interface RawReply {
  httpStatus: number;
  headers: Headers;
  messages: Uint8Array[];
  trailers: Record<string, string>;
  /** grpc-status from the trailer frame, else from the headers (trailers-only). */
  grpcStatus: number | undefined;
  grpcMessage: string;
}

/** Returns `payload` as one gRPC-Web frame with the given flag byte. */
export function frame(payload: Uint8Array, flags = 0): Uint8Array {
  const out = new Uint8Array(5 + payload.byteLength);
  new DataView(out.buffer).setUint32(1, payload.byteLength);
  out[0] = flags;
  out.set(payload, 5);
  return out;
}

function readFrames(bytes: Uint8Array): {
  messages: Uint8Array[];
  trailers: Record<string, string>;
} {
  const messages: Uint8Array[] = [];
  const trailers: Record<string, string> = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < bytes.byteLength;) {
    const length = view.getUint32(at + 1);
    const payload = bytes.subarray(at + 5, at + 5 + length);
    if (bytes[at]! & 0x80) {
      for (const line of new TextDecoder().decode(payload).split("\r\n")) {
        const colon = line.indexOf(":");
        if (colon > 0) {
          trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
      }
    } else {
      messages.push(payload);
    }
    at += 5 + length;
  }
  return { messages, trailers };
}

/** Returns the bytes of a text-mode reply, whose base64 blocks may each carry padding. */
function decodeTextBody(text: string): Uint8Array {
  const parts = text.match(/[^=]+=*/g) ?? [];
  return new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part, "base64"))));
}

/** Posts `body` to `url` and returns the parsed reply; text-mode replies are base64-decoded. */
export async function postGrpcWeb(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string> = {},
  method = "POST",
  signal?: AbortSignal,
): Promise<RawReply> {
  const response = await fetch(url, {
    method,
    signal,
    headers: { "content-type": "application/grpc-web+proto", "x-grpc-web": "1", ...headers },
    body: method === "GET" ? undefined : typeof body === "string" ? body : new Uint8Array(body),
  });
  const raw = new Uint8Array(await response.arrayBuffer());
  const text = (response.headers.get("content-type") ?? "").startsWith("application/grpc-web-text");
  const { messages, trailers } = readFrames(
    text ? decodeTextBody(new TextDecoder().decode(raw)) : raw,
  );
  const status = trailers["grpc-status"] ?? response.headers.get("grpc-status") ?? undefined;
  return {
    httpStatus: response.status,
    headers: response.headers,
    messages,
    trailers,
    grpcStatus: status === undefined ? undefined : Number(status),
    grpcMessage: decodeURIComponent(
      trailers["grpc-message"] ?? response.headers.get("grpc-message") ?? "",
    ),
  };
}
