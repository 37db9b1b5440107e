import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../server/gateway/start";
import { startServing, type RunningServing } from "../server/serving/start";
import { summarizeCell } from "../src/load-test/load-cell";
import { runLoadTest } from "../src/load-test/run-load-test";
import { ServingClient } from "../src/serving/client";
import type { Instance } from "../src/serving/types";

const x: Instance[string] = {
  kind: "tensor",
  dtype: "float32",
  shape: [2, 2],
  data: new Float32Array([1, 2, 3, 4]),
};

describe("runLoadTest() through the gateway and the stand-in", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  beforeAll(async () => {
    serving = await startServing({ port: 0, quiet: true });
    gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
  });

  function sender(url: string) {
    const client = new ServingClient(
      { url, servable: "add", method: "add_common", wire: "1.3" },
      NodeHttpTransport(),
    );
    return (count: number, signal: AbortSignal) =>
      client.inferDetailed(
        Array.from({ length: count }, () => ({ x1: x, x2: x })),
        { signal },
      );
  }

  it("measures every cell with ordered percentiles and counts instances", async () => {
    const outcome = await runLoadTest({
      settings: {
        concurrency: [1, 3],
        instancesPerRequest: [2],
        durationSeconds: 0.4,
        warmupSeconds: 0.1,
      },
      send: sender(gateway.url),
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(outcome.stopReason).toBeUndefined();
    expect(outcome.cells.map((c) => [c.concurrency, c.phase])).toEqual([
      [1, "done"],
      [3, "done"],
    ]);
    for (const cell of outcome.cells) {
      const s = summarizeCell(cell);
      expect(s.completed).toBeGreaterThan(0);
      expect(s.failed).toBe(0);
      expect(cell.instances).toBe(2 * s.completed);
      expect(s.latency!.p50).toBeLessThanOrEqual(s.latency!.p95);
      expect(s.latency!.p95).toBeLessThanOrEqual(s.latency!.p99);
      expect(s.instancesPerSecond).toBeGreaterThan(0);
    }
  });

  it("stops when the gateway dies mid-run, keeping what it measured and saying why", async () => {
    const own = await startGateway({
      listen: "127.0.0.1:0",
      upstream: serving.address,
      quiet: true,
    });
    let closing: Promise<void> | undefined;
    const outcome = await runLoadTest({
      settings: {
        concurrency: [2, 4],
        instancesPerRequest: [1],
        durationSeconds: 30,
        warmupSeconds: 0,
      },
      send: sender(own.url),
      signal: new AbortController().signal,
      onProgress: (cells) => {
        // Once some calls are measured, the gateway goes away.
        if (!closing && (cells[0]?.latenciesMs.length ?? 0) >= 5) {
          closing = own.close();
        }
      },
    });
    await closing;
    expect(outcome.stopReason).toMatchObject({ kind: "gateway-down" });
    const first = outcome.cells[0]!;
    expect(first.phase).toBe("stopped");
    expect(first.latenciesMs.length).toBeGreaterThanOrEqual(5);
    expect(outcome.cells[1]?.phase).toBe("pending");
  });

  it("stops at once when its signal aborts", async () => {
    const controller = new AbortController();
    const outcome = await runLoadTest({
      settings: {
        concurrency: [2],
        instancesPerRequest: [1],
        durationSeconds: 30,
        warmupSeconds: 0,
      },
      send: sender(gateway.url),
      signal: controller.signal,
      onProgress: (cells) => {
        if ((cells[0]?.latenciesMs.length ?? 0) >= 3) {
          controller.abort();
        }
      },
    });
    expect(outcome.stopReason).toEqual({ kind: "stopped" });
    expect(outcome.cells[0]?.latenciesMs.length).toBeGreaterThanOrEqual(3);
  });
});
