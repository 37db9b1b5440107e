import { once } from "node:events";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { UpstreamPool } from "./upstream-pool";
import type { AddressInfo, Server, Socket } from "node:net";

const WINDOWS = { streamWindowBytes: 65_535, connectionWindowBytes: 65_535 };

let silent: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  const server = silent;
  silent = undefined;
  if (server) {
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("UpstreamPool", () => {
  it("close() ends when an endpoint accepts the connection but never answers", async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const accepted = once(silent, "connection");
    const pool = new UpstreamPool([{ host: "127.0.0.1", port }], WINDOWS);
    const { address, session } = pool.lease();
    expect(address).toBe(`127.0.0.1:${port}`);
    session.on("error", () => undefined);
    const stream = session.request({ ":method": "POST", ":path": "/" });
    stream.on("error", () => undefined);
    await accepted;
    await pool.close();
    expect(session.destroyed).toBe(true);
  });
});
