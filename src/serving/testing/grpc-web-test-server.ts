/**
 * A minimal gRPC-Web server over HTTP/1.1 for tests of the client: it unframes the request,
 * hands the message bytes to a handler, and frames the handler's reply or status back.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it. */
export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  /** The request message (frame payload). */
  message: Uint8Array;
  /** Resolves when the client closes the connection before a response was sent. */
  aborted: Promise<void>;
}

/** What the handler answers: a reply message, a non-OK status, or nothing until the client gives up. */
export type TestResponse =
  | { reply: Uint8Array; headers?: Record<string, string> }
  | { status: number; message: string; trailersOnly?: boolean }
  | { hang: true }
  /** A plain HTTP answer, as a server that does not speak gRPC-Web gives. */
  | { http: number; contentType: string; body: string };

/** A running server; `url` is its base URL. */
export interface GrpcWebTestServer {
  url: string;
  calls: ReceivedCall[];
  close(): Promise<void>;
}

function frame(flag: number, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(flag, 0);
  head.writeUInt32BE(payload.byteLength, 1);
  return Buffer.concat([head, payload]);
}

/** Returns a server on 127.0.0.1 (free port) that answers every POST with `handle`'s response. */
export async function startGrpcWebTestServer(
  handle: (call: ReceivedCall) => TestResponse | Promise<TestResponse>,
): Promise<GrpcWebTestServer> {
  const calls: ReceivedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const length = body.readUInt32BE(1);
      const aborted = new Promise<void>((resolve) => {
        res.on("close", () => {
          if (!res.writableFinished) {
            resolve();
          }
        });
      });
      const call: ReceivedCall = {
        path: req.url ?? "",
        headers: req.headers,
        message: new Uint8Array(body.subarray(5, 5 + length)),
        aborted,
      };
      calls.push(call);
      void Promise.resolve(handle(call)).then((response) => {
        if ("hang" in response) {
          return;
        }
        if ("http" in response) {
          res.writeHead(response.http, { "content-type": response.contentType });
          res.end(response.body);
          return;
        }
        const headers = { "content-type": "application/grpc-web+proto" };
        if ("reply" in response) {
          res.writeHead(200, { ...headers, ...response.headers });
          res.write(frame(0x00, response.reply));
          res.end(frame(0x80, Buffer.from("grpc-status: 0\r\ngrpc-message: \r\n")));
          return;
        }
        const message = encodeURIComponent(response.message);
        if (response.trailersOnly) {
          res.writeHead(200, {
            ...headers,
            "grpc-status": String(response.status),
            "grpc-message": message,
          });
          res.end();
          return;
        }
        res.writeHead(200, headers);
        res.end(
          frame(
            0x80,
            Buffer.from(`grpc-status: ${response.status}\r\ngrpc-message: ${message}\r\n`),
          ),
        );
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
