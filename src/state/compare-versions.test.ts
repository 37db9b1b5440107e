// @vitest-environment node
// jsdom's XMLHttpRequest hands grpc-web reply bytes from another realm, which the generated
// classes refuse; in Node, grpc-web uses fetch, as in a browser.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readRequest, toInstance, wireMessages } from "../../protocol/wire-layouts";
import {
  startGrpcWebTestServer,
  type GrpcWebTestServer,
  type ReceivedCall,
} from "../serving/testing/grpc-web-test-server";
import type { WireInstance } from "../../protocol/wire-tensor";

// grpc-web's browser transport looks for fetch on `self`.
vi.stubGlobal("self", globalThis);
const { initialCompareVersions, useCompareVersionsStore } = await import("./compare-versions");
const { initialComparison, useComparisonStore } = await import("./comparison-store");
const { useConnectionStore } = await import("./connection-store");
const { useInstancesStore } = await import("./instances-store");

/** Answers y = x1 + version: version 2 differs from version 1 by 1 in every element. */
function answerByVersion(call: ReceivedCall) {
  const request = readRequest("1.3", call.message);
  const version = Number(request.spec?.version ?? 0);
  const m = wireMessages("1.3");
  const instances = request.instances.map((items): WireInstance => {
    const x1 = items.find(([name]) => name === "x1")?.[1];
    if (!x1) {
      throw new Error("no x1");
    }
    const values = new Float32Array(Uint8Array.from(x1.data).buffer).map((v) => v + version);
    return [["y", { ...x1, data: new Uint8Array(values.buffer) }]];
  });
  return {
    reply: new m.PredictReply({
      instances: instances.map((items) => toInstance(m, items)),
    }).serializeBinary(),
  };
}

let server: GrpcWebTestServer;

beforeEach(async () => {
  useComparisonStore.setState(initialComparison());
  useCompareVersionsStore.setState(initialCompareVersions());
  server = await startGrpcWebTestServer(answerByVersion);
  useConnectionStore.setState({ gatewayUrl: server.url, wire: "1.3" });
});

afterEach(async () => {
  await server.close();
});

const title = (version: number | undefined) => `v${version ?? "latest"}`;

describe("runOnBothVersions()", () => {
  it("sends the draft with version A, then version B, and opens the comparison", async () => {
    useCompareVersionsStore.getState().setVersionA("1");
    useCompareVersionsStore.getState().setVersionB("2");
    await useCompareVersionsStore.getState().runOnBothVersions(title);

    expect(server.calls.map((call) => readRequest("1.3", call.message).spec?.version)).toEqual([
      1, 2,
    ]);
    const { a, b } = useComparisonStore.getState();
    expect(a).toMatchObject({ title: "v1", servable: "add", method: "add_common", version: 1 });
    expect(b).toMatchObject({ title: "v2", version: 2 });
    expect(a?.exchange.result).toMatchObject({ ok: true });
    const y = (run: typeof a) =>
      run?.exchange.result.ok && "outputs" in run.exchange.result.instances[0]!
        ? run.exchange.result.instances[0].outputs.y
        : undefined;
    expect(y(a)).toMatchObject({ kind: "tensor", data: Float32Array.of(1, 1, 1, 1) });
    expect(y(b)).toMatchObject({ kind: "tensor", data: Float32Array.of(2, 2, 2, 2) });
    expect(useCompareVersionsStore.getState()).toMatchObject({
      running: false,
      problem: undefined,
    });
  });

  it("sends an empty side as the latest (version 0)", async () => {
    useCompareVersionsStore.getState().setVersionB("3");
    await useCompareVersionsStore.getState().runOnBothVersions(title);
    expect(server.calls.map((call) => readRequest("1.3", call.message).spec?.version)).toEqual([
      0, 3,
    ]);
    expect(useComparisonStore.getState().a?.title).toBe("vlatest");
  });

  it("refuses the same version twice, or a version that is not a positive whole number, without sending", async () => {
    useCompareVersionsStore.setState({ versionA: "2", versionB: "2" });
    await useCompareVersionsStore.getState().runOnBothVersions(title);
    expect(useCompareVersionsStore.getState().problem).toBe("same");

    useCompareVersionsStore.setState({ versionA: "1", versionB: "0" });
    await useCompareVersionsStore.getState().runOnBothVersions(title);
    expect(useCompareVersionsStore.getState().problem).toBe("invalid-b");
    expect(server.calls).toHaveLength(0);
    expect(useComparisonStore.getState().a).toBeUndefined();
  });

  it("stops on a connection problem and on marked inputs, keeping the draft", async () => {
    useCompareVersionsStore.setState({ versionA: "1", versionB: "2" });
    useConnectionStore.setState({ timeoutSeconds: "-1" });
    await useCompareVersionsStore.getState().runOnBothVersions(title);
    expect(useCompareVersionsStore.getState()).toMatchObject({ problem: "connection" });
    expect(useCompareVersionsStore.getState().connectionError).toContain("Timeout");

    useConnectionStore.setState({ timeoutSeconds: "30" });
    useInstancesStore.setState({ instances: [] });
    await useCompareVersionsStore.getState().runOnBothVersions(title);
    expect(useCompareVersionsStore.getState().problem).toBe("no-instances");
    expect(server.calls).toHaveLength(0);
  });
});
