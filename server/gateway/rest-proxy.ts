/**
 * Serving's REST API through the gateway, as Envoy's `/model/` route and cors filter pass it: the request
 * body bounded and held, hop-by-hop headers and cookies dropped, the path normalised, the reply streamed back
 * with the CORS headers of the one policy.
 */
import {
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import { request as httpsRequest } from "node:https";
import { buildPreflightHeaders, buildResponseCorsHeaders, isOriginAllowed } from "./cors";
import { formatHostPort } from "./host-port";
import { toConnectionOptions } from "./upstream-tls";
import type { CorsPolicy } from "./cors";
import type { RestRouteConfig } from "./rest-route-config";

/** What the REST proxy needs beyond its route. */
export interface RestProxyOptions extends RestRouteConfig {
  readonly maxRequestBytes: number;
  readonly cors: CorsPolicy;
}

/** Forwards `/model/` requests; `matches` tells the gateway which requests are its own. */
export interface RestProxy {
  matches(req: Pick<IncomingMessage, "url">): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "cookie",
  "set-cookie",
  "expect",
]);

/** Returns the normalised path and query of a request target: dot segments resolved, repeated slashes merged. */
function normalisePath(url: string): { path: string; search: string } | undefined {
  try {
    const parsed = new URL(url.replace(/^\/+/, "/"), "http://gateway.invalid");
    return { path: parsed.pathname.replace(/\/{2,}/g, "/"), search: parsed.search };
  } catch {
    return undefined;
  }
}

/** Returns the headers to forward: end-to-end ones only, minus those the Connection header names. */
function forwardHeaders(headers: IncomingMessage["headers"]): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase()),
  );
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !named.has(name)),
  );
}

/** Reads the whole body up to `limit` bytes; undefined once it is larger (the rest is dropped, not held). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) {
      req.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        chunks.length = 0;
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => resolve(size > limit ? undefined : Buffer.concat(chunks, size)));
    req.on("error", reject);
  });
}

/** Returns a proxy for Serving's REST API on the route's upstreams, round-robin. */
export function createRestProxy(options: RestProxyOptions): RestProxy {
  let next = 0;
  const pick = () => options.upstreams[next++ % options.upstreams.length];

  function reply(
    res: ServerResponse,
    status: number,
    text: string,
    headers: Record<string, string>,
  ): void {
    res.writeHead(status, {
      ...headers,
      "content-type": "text/plain",
      "content-length": Buffer.byteLength(text),
    });
    res.end(text);
  }

  async function forward(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
    const cors = buildResponseCorsHeaders(req.headers.origin, options.cors);
    const body = await readBody(req, options.maxRequestBytes);
    if (body === undefined) {
      // As Envoy's buffer limit answers; the browser can read it through the CORS headers.
      return reply(res, 413, `request body is larger than ${options.maxRequestBytes} bytes\n`, {
        ...cors,
        connection: "close",
      });
    }
    const upstream = pick();
    if (!upstream) {
      return reply(res, 503, "no healthy upstream\n", cors);
    }
    const send = options.tls ? httpsRequest : httpRequest;
    const outgoing = send({
      host: upstream.host,
      port: upstream.port,
      method: req.method,
      path: target,
      headers: {
        ...forwardHeaders(req.headers),
        host: formatHostPort(upstream),
        "content-length": body.byteLength,
      },
      timeout: options.timeoutMs,
      ...(options.tls ? toConnectionOptions(options.tls) : {}),
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("upstream request timeout")));
    outgoing.on("error", (error) => {
      if (!res.headersSent) {
        const timedOut = error.message === "upstream request timeout";
        reply(
          res,
          timedOut ? 504 : 503,
          timedOut
            ? "upstream request timeout\n"
            : `upstream connect error or disconnect/reset before headers. reset reason: ${error.message}\n`,
          cors,
        );
      } else {
        res.destroy();
      }
    });
    outgoing.on("response", (incoming) => {
      res.writeHead(incoming.statusCode ?? 502, incoming.statusMessage, {
        ...forwardHeaders(incoming.headers),
        ...(incoming.headers["content-length"]
          ? { "content-length": incoming.headers["content-length"] }
          : {}),
        ...cors,
      });
      incoming.pipe(res);
      res.once("close", () => incoming.destroy());
    });
    outgoing.end(body);
  }

  return {
    matches(req) {
      const normal = normalisePath(req.url ?? "/");
      return normal !== undefined && normal.path.startsWith(options.prefix);
    },
    handle(req, res) {
      const normal = normalisePath(req.url ?? "/");
      const origin = req.headers.origin;
      if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
        req.resume();
        if (isOriginAllowed(origin, options.cors)) {
          res
            .writeHead(200, {
              ...buildPreflightHeaders(origin, options.cors),
              "content-length": "0",
            })
            .end();
        } else {
          reply(res, 403, `origin ${origin} is not allowed\n`, {});
        }
        return;
      }
      forward(req, res, `${normal?.path ?? "/"}${normal?.search ?? ""}`).catch(() => {
        if (!res.headersSent) {
          reply(res, 502, "gateway error\n", {});
        } else {
          res.destroy();
        }
      });
    },
  };
}
