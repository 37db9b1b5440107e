// @vitest-environment node
// jsdom's XMLHttpRequest hands grpc-web reply bytes from another realm, which the generated
// classes refuse; in Node, grpc-web uses fetch, as in a browser.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readRequest, toInstance, wireMessages } from "../../protocol/wire-layouts";
import { countCells, readCell } from "../draft/array-cells";
import {
  startGrpcWebTestServer,
  type GrpcWebTestServer,
  type ReceivedCall,
} from "../serving/testing/grpc-web-test-server";
import type { WireInstance } from "../../protocol/wire-tensor";

// grpc-web's browser transport looks for fetch on `self`.
vi.stubGlobal("self", globalThis);
const { HISTORY_DB_NAME } = await import("../history/history-db");
const { useConnectionStore } = await import("./connection-store");
const { switchHistoryDatabase, useHistoryStore } = await import("./history-store");
const { useInstancesStore } = await import("./instances-store");
const { useRunInputsStore } = await import("./run-inputs-store");
const { useRunsStore } = await import("./runs-store");

const SENDS = 12;

// What a listed run may carry: the fields of a summary, nothing of its body or reply.
const SUMMARY_KEYS = new Set([
  "format",
  "id",
  "servable",
  "method",
  "version",
  "transport",
  "wire",
  "instanceCount",
  "outcome",
  "cause",
  "elapsedMs",
  "startedAt",
  "finishedAt",
  "pinned",
  "pinName",
  "bodyBytes",
  "files",
]);

/** Answers y = x1 + n for the n-th call (0-based), so every reply differs from the one before. */
function answerByCallIndex(server: () => GrpcWebTestServer) {
  return (call: ReceivedCall) => {
    const n = server().calls.indexOf(call);
    const request = readRequest("1.3", call.message);
    const m = wireMessages("1.3");
    const instances = request.instances.map((items): WireInstance => {
      const x1 = items.find(([name]) => name === "x1")?.[1];
      if (!x1) {
        throw new Error("no x1");
      }
      const values = new Float32Array(Uint8Array.from(x1.data).buffer).map((v) => v + n);
      return [["y", { ...x1, data: new Uint8Array(values.buffer) }]];
    });
    return {
      reply: new m.PredictReply({
        instances: instances.map((items) => toInstance(m, items)),
      }).serializeBinary(),
    };
  };
}

/** True when `value` holds bytes or a typed array anywhere inside. */
function holdsBinary(value: unknown): boolean {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    return true;
  }
  if (typeof value === "object" && value !== null) {
    return Object.values(value).some(holdsBinary);
  }
  return false;
}

let server: GrpcWebTestServer;

beforeEach(async () => {
  await switchHistoryDatabase("send-retention");
  server = await startGrpcWebTestServer(answerByCallIndex(() => server));
  useConnectionStore.setState({ gatewayUrl: server.url, wire: "1.3" });
});

afterEach(async () => {
  await server.close();
  await switchHistoryDatabase(HISTORY_DB_NAME);
});

describe("what repeated sends keep in memory", { timeout: 60_000 }, () => {
  it("holds one reply, the last run's inputs, and a summary per listed run", async () => {
    await useHistoryStore.getState().load();
    const [first] = useInstancesStore.getState().instances;
    const draftCells = (): number[] => {
      const x1 = first?.values.x1;
      if (x1?.kind !== "tensor") {
        return [];
      }
      return Array.from({ length: countCells(x1.cells) }, (_, i) => Number(readCell(x1.cells, i)));
    };
    let instancesNotified = 0;
    const stop = useInstancesStore.subscribe(() => {
      instancesNotified += 1;
    });
    try {
      for (let i = 0; i < SENDS; i++) {
        await useRunsStore.getState().send();
      }
    } finally {
      stop();
    }

    expect(server.calls).toHaveLength(SENDS);
    // The results hold the latest reply only: y = x1 + (SENDS - 1).
    const { exchange } = useRunsStore.getState();
    const result = exchange?.result;
    const y =
      result?.ok && "outputs" in result.instances[0]! ? result.instances[0].outputs.y : undefined;
    expect(y).toMatchObject({
      kind: "tensor",
      data: Float32Array.from(draftCells(), (v) => v + SENDS - 1),
    });
    // A send without problems leaves the draft's store untouched, so its views do not re-render.
    expect(instancesNotified).toBe(0);
    // What was sent is kept for the latest run only.
    expect(useRunInputsStore.getState().run?.instances).toHaveLength(1);

    await expect.poll(() => useHistoryStore.getState().runs.length).toBe(SENDS);
    for (const run of useHistoryStore.getState().runs) {
      expect(Object.keys(run).filter((key) => !SUMMARY_KEYS.has(key))).toEqual([]);
      expect(holdsBinary(run)).toBe(false);
      expect(JSON.stringify(run).length).toBeLessThan(1024);
    }
  });
});
