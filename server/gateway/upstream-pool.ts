/**
 * HTTP/2 connections to the Serving endpoints, one reused session per endpoint, picked
 * round-robin like the `mindspore_serving` cluster's ROUND_ROBIN policy. An endpoint that
 * cannot be connected to is skipped for a while, as the cluster's health check would take it
 * out of rotation, unless every endpoint is down.
 */
import { connect } from "node:http2";
import { formatHostPort } from "./host-port";
import { UploadBudget } from "./upload-budget";
import { toConnectionOptions, type UpstreamTls } from "./upstream-tls";
import type { HostPort } from "./host-port";
import type { ClientHttp2Session } from "node:http2";

/** Flow-control windows for the sessions (from the cluster's http2_protocol_options). */
export interface UpstreamWindows {
  streamWindowBytes: number;
  connectionWindowBytes: number;
}

/** How long an endpoint that refused a connection stays out of rotation (the health-check interval). */
const DOWN_MS = 5000;

/**
 * Memory one upstream session may hold in HTTP/2 buffers, in MiB. With Node's default (10), a
 * session carrying dozens of calls to a busy Serving has its streams closed with
 * ENHANCE_YOUR_CALM, which callers see as UNAVAILABLE; each call's own buffering is bounded by the
 * frame gate and backpressure, so the session needs room for many of them.
 */
const SESSION_MEMORY_MIB = 512;

/**
 * Most request-body bytes all calls together may hold read from clients and not yet sent to
 * Serving; past it, clients are paused until HTTP/2 has sent some (see relay-call.ts).
 */
export const UPLOAD_BUDGET_BYTES = 32 * 1024 * 1024;

/** A session to one endpoint and that endpoint's printable address. */
export interface UpstreamLease {
  address: string;
  session: ClientHttp2Session;
}

/** Round-robin pool of HTTP/2 sessions to the given endpoints. */
export class UpstreamPool {
  private readonly sessions = new Map<string, ClientHttp2Session>();
  /** Address → time until which the endpoint is skipped. */
  private readonly downUntil = new Map<string, number>();
  private nextIndex = 0;
  /** Body bytes queued towards Serving over all calls, and the calls waiting for room. */
  readonly uploads = new UploadBudget(UPLOAD_BUDGET_BYTES);

  constructor(
    private readonly endpoints: readonly HostPort[],
    private readonly windows: UpstreamWindows,
    /** TLS towards Serving, as the cluster's UpstreamTlsContext says; plain text without it. */
    private readonly tls?: UpstreamTls,
  ) {
    if (endpoints.length === 0) {
      throw new Error("no upstream endpoints");
    }
  }

  /** Returns the printable addresses of all endpoints. */
  get addresses(): string[] {
    return this.endpoints.map(formatHostPort);
  }

  /** Returns a live session to the next endpoint, connecting if needed. */
  lease(): UpstreamLease {
    const address = this.pickAddress();
    let session = this.sessions.get(address);
    if (!session || session.closed || session.destroyed) {
      session = this.open(address);
    }
    return { address, session };
  }

  private pickAddress(): string {
    const now = Date.now();
    for (let tried = 0; tried < this.endpoints.length; tried++) {
      const address = this.nextAddress();
      if ((this.downUntil.get(address) ?? 0) <= now) {
        return address;
      }
    }
    // Every endpoint is down: keep rotating, as Envoy's panic threshold does.
    return this.nextAddress();
  }

  private nextAddress(): string {
    const endpoint = this.endpoints[this.nextIndex++ % this.endpoints.length];
    if (!endpoint) {
      throw new Error("the upstream pool has no endpoints");
    }
    return formatHostPort(endpoint);
  }

  private open(address: string): ClientHttp2Session {
    const session = connect(`${this.tls ? "https" : "http"}://${address}`, {
      settings: { initialWindowSize: this.windows.streamWindowBytes },
      maxSessionMemory: SESSION_MEMORY_MIB,
      ...(this.tls ? toConnectionOptions(this.tls) : {}),
    });
    this.sessions.set(address, session);
    const forget = () => {
      if (this.sessions.get(address) === session) {
        this.sessions.delete(address);
      }
    };
    let connected = false;
    session.once("connect", () => {
      connected = true;
      this.downUntil.delete(address);
      if (this.windows.connectionWindowBytes > 65_535) {
        session.setLocalWindowSize(this.windows.connectionWindowBytes);
      }
    });
    // Each stream reports the failure to its caller; the pool drops the session and, when it never
    // connected, rests the endpoint.
    session.on("error", () => {
      if (!connected) {
        this.downUntil.set(address, Date.now() + DOWN_MS);
      }
      forget();
    });
    session.once("goaway", forget);
    session.once("close", forget);
    return session;
  }

  /** Closes every session and waits for them to end. */
  async close(): Promise<void> {
    const open = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(
      open.map(
        (session) =>
          new Promise<void>((resolve) => {
            if (session.closed || session.destroyed) {
              resolve();
              return;
            }
            session.close(() => resolve());
            // A session that never connected would otherwise wait for its connect timeout, and
            // one whose endpoint stopped answering never reports "close" even once destroyed.
            setTimeout(() => {
              session.destroy();
              resolve();
            }, 1000).unref();
          }),
      ),
    );
  }
}
