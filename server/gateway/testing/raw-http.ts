/**
 * A bare HTTP/1.1 exchange over `node:http`, for requests fetch will not send (hop-by-hop and
 * Host headers, un-normalised paths, bodies written piece by piece).
 */
import { Agent, request } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

/** A whole answer. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Returns the answer as bytes once it has ended. */
export function readAnswer(response: IncomingMessage): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.once("error", reject);
    response.once("end", () =>
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        body: Buffer.concat(chunks),
      }),
    );
  });
}

/**
 * Sends one request with exactly these `headers` and `body` and returns the answer. The
 * connection is kept alive, as a browser's is, and closed once the answer is in.
 */
export function exchange(
  url: string,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: Uint8Array },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const answered = new Promise<RawAnswer>((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: options.path,
        method: options.method ?? "POST",
        headers: options.headers,
        agent,
        setHost: options.headers?.host === undefined,
      },
      (response) => readAnswer(response).then(resolve, reject),
    );
    req.once("error", reject);
    req.end(options.body ? Buffer.from(options.body) : undefined);
  });
  return answered.finally(() => agent.destroy());
}

/** Returns the gRPC status and message of a trailers-only answer (or the trailer frame's). */
export function grpcStatusOf(answer: RawAnswer): { status: number; message: string } {
  const fromHeaders = answer.headers["grpc-status"];
  if (fromHeaders !== undefined) {
    return {
      status: Number(fromHeaders),
      message: decodeURIComponent(String(answer.headers["grpc-message"] ?? "")),
    };
  }
  const trailer = answer.body.subarray(answer.body.lastIndexOf(0x80) + 5).toString();
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(trailer)?.[1]?.trim();
  return {
    status: Number(field("grpc-status")),
    message: decodeURIComponent(field("grpc-message") ?? ""),
  };
}
