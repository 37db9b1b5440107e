/**
 * Preloaded into a server under load (`node --import tsx --import ./bench/load/h2-probe.ts …`):
 * prints one `h2 {json}` stdout line every H2_PROBE_MS (default 1000) ms with the state of every
 * HTTP/2 session the process opened or accepted: flow-control windows, the outbound queue, open
 * streams and the oldest of them (age, windows, bytes buffered each way). It tells a stream that
 * waits for window from one that waits for the other side, so a stalled call can be placed.
 */
import http2 from "node:http2";
import { syncBuiltinESMExports } from "node:module";
import type { ClientHttp2Session, Http2Session, Http2Stream, ServerHttp2Session } from "node:http2";

const PREFIX = "h2 ";
const intervalMs = Number(process.env.H2_PROBE_MS ?? "1000");
const sessions = new Set<Http2Session>();
const opened = new WeakMap<Http2Stream, number>();
/** Open streams per session. */
const streams = new Map<Http2Session, Set<Http2Stream>>();

function track(session: Http2Session): void {
  sessions.add(session);
  const mine = new Set<Http2Stream>();
  streams.set(session, mine);
  const add = (stream: Http2Stream) => {
    opened.set(stream, Date.now());
    mine.add(stream);
    stream.once("close", () => mine.delete(stream));
  };
  session.on("stream", add);
  const client = session as ClientHttp2Session;
  if (typeof client.request === "function" && !("server" in session && session.server)) {
    const request = client.request.bind(client);
    client.request = ((...args: Parameters<ClientHttp2Session["request"]>) => {
      const stream = request(...args);
      add(stream);
      return stream;
    }) as ClientHttp2Session["request"];
  }
  session.once("close", () => {
    sessions.delete(session);
    streams.delete(session);
  });
}

const connect = http2.connect;
http2.connect = ((...args: Parameters<typeof connect>) => {
  const session = connect(...args);
  track(session);
  return session;
}) as typeof connect;
for (const name of ["createServer", "createSecureServer"] as const) {
  const create = http2[name] as (...args: unknown[]) => http2.Http2Server;
  (http2 as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const server = create(...args);
    server.on("session", (session: ServerHttp2Session) => track(session));
    return server;
  };
}
syncBuiltinESMExports();

function describeStream(stream: Http2Stream, now: number) {
  const state = stream.state as Partial<http2.StreamState> & { sumDependencyWeight?: number };
  return {
    id: stream.id,
    ageMs: now - (opened.get(stream) ?? now),
    localWindow: state.localWindowSize,
    remoteWindow: (state as { remoteWindowSize?: number }).remoteWindowSize,
    state: state.state,
    writable: stream.writableLength,
    readable: stream.readableLength,
    ended: stream.writableEnded,
    paused: stream.isPaused(),
  };
}

function report(): void {
  const now = Date.now();
  const rows = [...sessions].map((session) => {
    const mine = [...(streams.get(session) ?? [])];
    mine.sort((a, b) => (opened.get(a) ?? now) - (opened.get(b) ?? now));
    return {
      kind: "server" in session && session.server ? "server" : "client",
      state: session.destroyed ? undefined : session.state,
      bufferSize: session.destroyed ? undefined : session.socket?.bufferSize,
      streams: mine.length,
      stuck: mine.filter((s) => now - (opened.get(s) ?? now) > 2000).length,
      oldest: mine.slice(0, 3).map((s) => describeStream(s, now)),
    };
  });
  process.stdout.write(`${PREFIX}${JSON.stringify({ at: now, sessions: rows })}\n`);
}

if (Number.isFinite(intervalMs) && intervalMs > 0) {
  setInterval(report, intervalMs).unref();
}
