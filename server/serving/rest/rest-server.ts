import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { describeError } from "../../../shared/describe-value";
import { answerRestRequest, type RestPredict, type RestReplyHeaders } from "./answer-rest-request";
import { readBoundedBody } from "./read-bounded-body";
import { writeRestError } from "./write-rest-reply";
import type { ServingTls } from "../tls/load-serving-tls";

/** Options of startRestServer. */
export interface RestServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Largest body accepted, in bytes; Serving uses its max message size for REST too. */
  readonly maxBodyBytes: number;
  /** Serve HTTPS with this material (and require client certificates when it says so). */
  readonly tls?: ServingTls;
  /** Extra response headers for a request that reached Predict (e.g. the untrained-model marker). */
  readonly replyHeaders?: RestReplyHeaders;
}

/** A listening REST server. */
export interface RunningRestServer {
  readonly port: number;
  /** "http://host:port" or "https://host:port". */
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

/** Serving answers every REST request with 200 and JSON; the reason phrase is its own. */
function send(
  response: ServerResponse,
  body: string,
  close = false,
  extra: Record<string, string> = {},
): void {
  response.writeHead(200, "Client", {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    ...(close ? { Connection: "close" } : {}),
    ...extra,
  });
  response.end(body);
}

function createHandler(options: RestServerOptions, predict: RestPredict) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const method = request.method ?? "";
    const url = request.url ?? "";
    const answer = async (): Promise<void> => {
      if (method !== "POST") {
        request.resume();
        send(
          response,
          (await answerRestRequest({ method, url, body: new Uint8Array(0) }, predict)).body,
        );
        return;
      }
      const body = await readBoundedBody(request, options.maxBodyBytes);
      if ("tooLarge" in body) {
        send(response, writeRestError(`http message is bigger than ${options.maxBodyBytes}`), true);
        return;
      }
      const reply = await answerRestRequest(
        { method, url, body: body.bytes },
        predict,
        options.replyHeaders,
      );
      send(response, reply.body, false, reply.headers);
    };
    answer().catch((error: unknown) => {
      // A failure of the server itself, not of the input: answered like Serving's failed dispatch.
      if (!response.headersSent) {
        send(response, writeRestError(describeError(error)), true);
      } else {
        response.destroy();
      }
    });
  };
}

/** Returns a started REST server that answers `POST /model/...` with `predict`. Throws when the port cannot be bound. */
export async function startRestServer(
  options: RestServerOptions,
  predict: RestPredict,
): Promise<RunningRestServer> {
  const handler = createHandler(options, predict);
  const server: Server = options.tls
    ? createHttpsServer(
        {
          cert: options.tls.cert,
          key: options.tls.key,
          ca: options.tls.ca,
          requestCert: options.tls.verifyClient,
          rejectUnauthorized: options.tls.verifyClient,
        },
        handler,
      )
    : createHttpServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `${options.tls ? "https" : "http"}://${host}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
