/** Serves the web app: a production build through `vite preview`, or Vite's dev server. */
import { build, createServer, preview } from "vite";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A running web server and the port it got (the one asked for, or a free one for 0). */
export interface RunningWeb {
  port: number;
  close(): Promise<void>;
}

function boundPort(server: Server | null | undefined): number {
  const address = server?.address() as AddressInfo | null | undefined;
  if (!address) {
    throw new Error("web server is not listening");
  }
  return address.port;
}

/**
 * Returns what `create` returns, minus the SIGTERM and stdin-end handlers it installed: Vite's
 * servers exit the process on SIGTERM themselves (code 143, before Serving and the gateway are
 * closed), while `npm start` stops everything in order.
 */
async function withoutExitHandlers<T>(create: () => Promise<T>): Promise<T> {
  const sigterm = new Set(process.listeners("SIGTERM"));
  const stdinEnd = new Set(process.stdin.listeners("end"));
  const result = await create();
  for (const listener of process.listeners("SIGTERM")) {
    if (!sigterm.has(listener)) {
      process.off("SIGTERM", listener);
    }
  }
  for (const listener of process.stdin.listeners("end")) {
    if (!stdinEnd.has(listener)) {
      process.stdin.off("end", listener as () => void);
    }
  }
  return result;
}

/**
 * Builds the app into dist/ and serves it on localhost:`port`. Rejects when the build fails or the
 * port is taken. `CONSOLE_BUILD_MODE=bench` builds in Vite's bench mode (the browser benchmark's
 * history seeding hook included); otherwise it is a production build.
 */
export async function startBuiltWeb(port: number): Promise<RunningWeb> {
  await build({ logLevel: "warn", mode: process.env.CONSOLE_BUILD_MODE || "production" });
  const server = await withoutExitHandlers(() =>
    preview({
      logLevel: "warn",
      preview: { port, strictPort: true, host: "localhost", open: false },
    }),
  );
  return { port: boundPort(server.httpServer as Server), close: () => server.close() };
}

/** Starts Vite's dev server on localhost:`port`. Rejects when the port is taken. */
export async function startDevWeb(port: number): Promise<RunningWeb> {
  const server = await withoutExitHandlers(() =>
    createServer({
      logLevel: "warn",
      server: { port, strictPort: true, host: "localhost", open: false },
    }),
  );
  await server.listen();
  return { port: boundPort(server.httpServer as Server), close: () => server.close() };
}
