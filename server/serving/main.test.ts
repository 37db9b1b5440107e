import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startServing } from "./start";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const SERVABLES = fileURLToPath(new URL("../servables", import.meta.url));

/** Runs `npm run serving` as one node process (signals reach it directly, not through a tsx parent); sends `signal` once it listens; resolves with exit code and output. */
function runCli(
  flags: string[],
  signal?: NodeJS.Signals,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...flags], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (signal && out.includes("listening on")) {
      child.kill(signal);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out, err })));
}

describe("npm run serving", () => {
  it("prints address, servables, methods and versions, and exits 0 on SIGINT and on SIGTERM", async () => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const { code, out } = await runCli(["--port", "0", "--servables", SERVABLES], signal);
      expect(code).toBe(0);
      expect(out).toMatch(/listening on 127\.0\.0\.1:\d+/);
      expect(out).toMatch(
        /servable add {2}versions 1 {2}methods add_common\(x1, x2\) -> y; add_cast\(x1, x2\) -> y/,
      );
      expect(out).toMatch(
        /servable resnet50 {2}versions 1 {2}methods classify_top1\(image\) -> label; .*classify_top5\(image\) -> label, score/,
      );
      expect(out).toContain(`${signal}: finishing in-flight requests`);
    }
  });

  it.each([
    [["--wire", "1.4"], 'serving: --wire must be any, 1.3 or 1.2, got "1.4"'],
    [["--port", "abc"], 'serving: --port must be a port number from 0 to 65535, got "abc"'],
    [["--batch", "8"], "serving: Unknown option '--batch'"],
    [["--tls-cert", "s.crt"], "serving: --tls-cert and --tls-key go together"],
    [["--rest-port", "x"], 'serving: --rest-port must be a port number from 0 to 65535, got "x"'],
  ])(
    "exits 2 on %j with the reason and the usage line, without a stack trace",
    async (flags, reason) => {
      const { code, out, err } = await runCli(flags);
      expect(code).toBe(2);
      expect(err.split("\n")[0]).toBe(reason);
      expect(err).toContain("\nusage: npm run serving -- ");
      expect(err).not.toMatch(/\n\s+at /);
      expect(out).toBe("");
    },
  );

  it("exits 1 with the reason when the port is taken", async () => {
    const other = await startServing({ port: 0, quiet: true });
    try {
      const { code, err } = await runCli(["--port", String(other.port)]);
      expect(code).toBe(1);
      expect(err).toContain("Cannot start the stand-in Serving:");
    } finally {
      await other.close();
    }
  });

  it("prints where its REST API listens with --rest-port", async () => {
    const { code, out } = await runCli(
      ["--port", "0", "--rest-port", "0", "--servables", SERVABLES],
      "SIGTERM",
    );
    expect(code).toBe(0);
    expect(out).toMatch(
      /REST API on http:\/\/127\.0\.0\.1:\d+\/model\/<servable>\[\/version\/<n>\]:<method>/,
    );
  });

  it("exits 1 naming the file when a TLS certificate cannot be loaded", async () => {
    const { code, err } = await runCli([
      "--port",
      "0",
      "--tls-cert",
      "/nonexistent/server.crt",
      "--tls-key",
      "/nonexistent/server.key",
    ]);
    expect(code).toBe(1);
    expect(err).toContain(
      "Cannot start the stand-in Serving: Serving Error: load certificate_chain from /nonexistent/server.crt failed",
    );
  });
});
