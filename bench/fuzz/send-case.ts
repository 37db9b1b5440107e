/** Sends one fuzz case over a fresh connection and reports what came back, and how fast. */
import { request } from "node:http";
import { readGrpcWebReply } from "./read-grpc-web-reply";
import type { FuzzCase } from "./fuzz-case";
import type { GrpcWebReply } from "./read-grpc-web-reply";

/** What one request got: an HTTP answer, a transport error, or nothing before the deadline. */
export interface CaseOutcome {
  /** The whole answer arrived in time. */
  answered: boolean;
  timedOut: boolean;
  httpStatus?: number;
  reply?: GrpcWebReply;
  /** A socket error code (ECONNRESET…) or why the request could not be sent. */
  error?: string;
  ms: number;
}

/** Replies are read up to this size; the rest is drained unread. */
const MAX_REPLY_BYTES = 1 << 20;

/**
 * Resolves with the outcome of sending `fuzzCase` to `127.0.0.1:port`; never rejects. The
 * request is destroyed when no complete answer has come `deadlineMs` after it started.
 */
export function sendCase(
  fuzzCase: FuzzCase,
  port: number,
  deadlineMs: number,
): Promise<CaseOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<CaseOutcome, "ms">) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ ...outcome, ms: elapsed() });
        req?.destroy();
      }
    };
    const timer = setTimeout(
      () => finish({ answered: false, timedOut: true, error: `no answer within ${deadlineMs} ms` }),
      deadlineMs,
    );
    let req: ReturnType<typeof request> | undefined;
    try {
      req = request({
        host: "127.0.0.1",
        port,
        method: fuzzCase.method,
        path: fuzzCase.path,
        headers: { host: `127.0.0.1:${port}`, ...fuzzCase.headers },
        agent: false,
      });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      finish({ answered: false, timedOut: false, error: `not sent: ${code ?? message}` });
      return;
    }
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on("data", (chunk: Buffer) => {
        if (kept < MAX_REPLY_BYTES) {
          chunks.push(chunk);
          kept += chunk.byteLength;
        }
      });
      res.on("end", () => {
        const header = (name: string) => {
          const value = res.headers[name];
          return Array.isArray(value) ? value.join(",") : value;
        };
        finish({
          answered: true,
          timedOut: false,
          httpStatus: res.statusCode,
          reply: readGrpcWebReply(
            Buffer.concat(chunks),
            header("content-type") ?? "",
            header("grpc-status"),
            header("grpc-message"),
          ),
        });
      });
      res.on("error", (error: NodeJS.ErrnoException) =>
        finish({
          answered: false,
          timedOut: false,
          httpStatus: res.statusCode,
          error: error.code ?? error.message,
        }),
      );
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      finish({ answered: false, timedOut: false, error: error.code ?? error.message }),
    );
    // Node refuses some header combinations only when the body starts (e.g. Trailer without chunked).
    writeBody(req, fuzzCase.body).catch((error: NodeJS.ErrnoException) =>
      finish({
        answered: false,
        timedOut: false,
        error: `not sent: ${error.code ?? error.message}`,
      }),
    );
  });
}

/** Writes `pieces` one by one, waiting whenever the socket is full, then ends the request. */
async function writeBody(req: ReturnType<typeof request>, pieces: Buffer[]): Promise<void> {
  for (const piece of pieces) {
    if (req.destroyed) {
      return;
    }
    if (!req.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          req.off("drain", done);
          req.off("close", done);
          resolve();
        };
        req.once("drain", done);
        req.once("close", done);
      });
    }
  }
  if (!req.destroyed) {
    req.end();
  }
}
