/**
 * A gRPC endpoint on a bare HTTP/2 server, for upstream behaviour no gRPC library produces on
 * demand (replies sent piece by piece, odd headers) and to record exactly what reached it.
 */
import { createServer } from "node:http2";
import type { IncomingHttpHeaders, ServerHttp2Session, ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";

/** A running raw upstream. */
export interface RawUpstream {
  address: string;
  /** Request headers of every stream opened on it, in order. */
  calls: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Returns a listening HTTP/2 (cleartext) server on loopback that calls `answer` for each stream. */
export async function startRawUpstream(
  answer: (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => void,
): Promise<RawUpstream> {
  const server = createServer();
  const calls: IncomingHttpHeaders[] = [];
  const sessions = new Set<ServerHttp2Session>();
  server.on("session", (session) => {
    sessions.add(session);
    session.once("close", () => sessions.delete(session));
  });
  server.on("stream", (stream, headers) => {
    calls.push(headers);
    stream.on("error", () => undefined);
    answer(stream, headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Sessions the gateway keeps open would hold close() forever.
        sessions.forEach((session) => session.destroy());
      }),
  };
}

/** Sends a whole OK reply carrying `message` on `stream`, after reading the request to its end. */
export function replyOk(stream: ServerHttp2Stream, message: Uint8Array, headers = {}): void {
  stream.resume();
  stream.once("end", () => {
    stream.respond(
      { ":status": 200, "content-type": "application/grpc", ...headers },
      {
        waitForTrailers: true,
      },
    );
    stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
    const frame = Buffer.alloc(5 + message.byteLength);
    frame.writeUInt32BE(message.byteLength, 1);
    frame.set(message, 5);
    stream.end(frame);
  });
}
