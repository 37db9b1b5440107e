import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { encodeFrame } from "./frames";
import { startGatewayProcess } from "./testing/gateway-process";
import { exchange, grpcStatusOf } from "./testing/raw-http";
import { replyOk, startRawUpstream } from "./testing/raw-upstream";
import type { AddressInfo, Server, Socket } from "node:net";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

/** Result of one run of `npm run gateway`. */
interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Runs `npm run gateway` as one node process (signals reach it directly, not through a tsx
 * parent); calls `onListening` with the gateway's URL and the child once it prints it.
 */
function runCli(
  flags: string[],
  onListening?: (url: string, kill: (signal: NodeJS.Signals) => void) => void,
): Promise<CliRun> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...flags], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const url = /gateway on (http:\/\/\S+)/.exec(out)?.[1];
    if (url && onListening) {
      onListening(url, (signal) => child.kill(signal));
      onListening = undefined;
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, out, err })),
  );
}

let silent: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  sockets.forEach((socket) => socket.destroy());
  const server = silent;
  silent = undefined;
  if (server) {
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("npm run gateway", () => {
  it.each([
    [["--lisen", "127.0.0.1:0"], /^gateway: Unknown option '--lisen'/],
    [["--listen", "127.0.0.1"], /^gateway: --listen: expected host:port, got "127\.0\.0\.1"/],
    [["--upstream", "127.0.0.1:1,x"], /^gateway: --upstream: expected host:port, got "x"/],
  ])(
    "exits 2 on %j with the reason and the usage line, without a stack trace",
    async (flags, reason) => {
      const { code, err } = await runCli(flags);
      expect(code).toBe(2);
      expect(err).toMatch(reason);
      expect(err).toContain("\nusage: npm run gateway -- ");
      expect(err).not.toMatch(/\n\s+at /);
    },
  );

  it("exits 1 with the reason, without a stack trace, when it cannot start", async () => {
    const { code, err } = await runCli(["--config", "no/such/envoy.yaml"]);
    expect(code).toBe(1);
    expect(err).toMatch(/^gateway: /);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("stops once and exits 0 when the same Ctrl+C arrives twice while it is closing", async () => {
    // An upstream that accepts connections and never answers keeps a call open, so closing
    // takes long enough for the second signal to land inside it.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
    const upstream = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const run = await runCli(["--listen", "127.0.0.1:0", "--upstream", upstream], (url, kill) => {
      fetch(`${url}/mindspore.serving.proto.MSService/Predict`, {
        method: "POST",
        headers: { "content-type": "application/grpc-web+proto" },
        body: new Uint8Array(encodeFrame(0, new Uint8Array(0))),
      }).catch(() => undefined);
      const waitForUpstream = setInterval(() => {
        if (sockets.length > 0) {
          clearInterval(waitForUpstream);
          kill("SIGINT");
          setTimeout(() => kill("SIGINT"), 50);
        }
      }, 10);
    });
    expect(run).toMatchObject({ code: 0, signal: null });
  });

  it("answers the Host names given with --allow-host, comma-separated or repeated, and no others", async () => {
    const upstream = await startRawUpstream((stream) => replyOk(stream, Buffer.from("ok")));
    const gateway = await startGatewayProcess([
      "--listen",
      "127.0.0.1:0",
      "--upstream",
      upstream.address,
      "--allow-host",
      "a.lan,b.lan",
      "--allow-host",
      "c.lan",
    ]);
    try {
      const send = (host: string) =>
        exchange(gateway.url, {
          path: "/mindspore.serving.proto.MSService/Predict",
          headers: { "content-type": "application/grpc-web", host },
          body: encodeFrame(0, new Uint8Array(1)),
        });
      for (const host of ["a.lan", "b.lan:8080", "c.lan"]) {
        expect(grpcStatusOf(await send(host)).status, host).toBe(0);
      }
      expect((await send("d.lan")).status).toBe(421);
    } finally {
      await gateway.stop();
      await upstream.close();
    }
  });
});
