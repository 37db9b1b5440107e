import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseGatewayConfig } from "../server/gateway/gateway-config";
import { startGrpcWebHop } from "./start-gateway";
import type { HopOptions } from "./start-gateway";

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

const options = (over: Partial<HopOptions> = {}): HopOptions => ({
  port: 0,
  servingAddress: "127.0.0.1:1",
  servingPort: 1,
  restPort: 2,
  extraOrigins: [],
  noEnvoy: false,
  onEnvoyExit: () => {},
  ...over,
});

/** Puts an `envoy` on PATH that records its arguments and config, then waits for SIGTERM. */
function installFakeEnvoy(): string {
  const dir = mkdtempSync(join(tmpdir(), "fake-envoy-"));
  const record = join(dir, "record");
  writeFileSync(
    join(dir, "envoy"),
    `#!/bin/sh\necho "$@" > ${record}.args\ncp "$2" ${record}.yaml\ntrap 'exit 0' TERM\nwhile true; do sleep 0.1; done\n`,
  );
  chmodSync(join(dir, "envoy"), 0o755);
  process.env.PATH = `${dir}:${savedPath}`;
  return record;
}

describe("startGrpcWebHop()", () => {
  it("starts the dev gateway when no envoy is on PATH", async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), "empty-path-"));
    const hop = await startGrpcWebHop(options());
    try {
      expect(hop.banner).toMatch(
        /^gRPC-Web gateway \(no envoy on PATH\) on http:\/\/127\.0\.0\.1:\d+/,
      );
      expect((await fetch(`http://127.0.0.1:${hop.port}/other`, { method: "POST" })).status).toBe(
        404,
      );
    } finally {
      await hop.close();
    }
  });

  it("runs an envoy on PATH with envoy.yaml localized to the ports in use, and stops it", async () => {
    const record = installFakeEnvoy();
    const exits: (number | null)[] = [];
    const hop = await startGrpcWebHop(
      options({
        port: 18123,
        servingPort: 15123,
        extraOrigins: ["http://localhost:3000"],
        onEnvoyExit: (c) => exits.push(c),
      }),
    );
    await expect
      .poll(() => readFileSync(`${record}.yaml`, "utf8"), { timeout: 10_000 })
      .toContain("18123");
    expect(hop.banner).toMatch(/^Envoy \(.*envoy\) on http:\/\/localhost:18123/);
    expect(readFileSync(`${record}.args`, "utf8")).toMatch(/^-c \S+envoy\.yaml --log-level warn/);
    const config = parseGatewayConfig(readFileSync(`${record}.yaml`, "utf8"));
    expect(config.listen).toEqual({ host: "127.0.0.1", port: 18123 });
    expect(config.upstreams).toEqual([{ host: "127.0.0.1", port: 15123 }]);
    await hop.close();
    expect(exits).toEqual([]);
  });

  it("refuses port 0 for Envoy, which cannot report the port it got", async () => {
    installFakeEnvoy();
    await expect(startGrpcWebHop(options())).rejects.toThrow(/fixed --gateway-port/);
  });

  it("uses the dev gateway when asked to, even with an envoy on PATH", async () => {
    installFakeEnvoy();
    const hop = await startGrpcWebHop(options({ noEnvoy: true }));
    await hop.close();
    expect(hop.banner).toMatch(/^gRPC-Web gateway/);
  });
});
