import { beforeAll, describe, expect, it } from "vitest";
import { startGrpcWebTestServer } from "../serving/testing/grpc-web-test-server";
import { useConnectionStore } from "./connection-store";
import { useInstancesStore } from "./instances-store";
import { useRunsStore } from "./runs-store";
import { preloadServingClient } from "./send-exchange";
import type { TensorDraft } from "../draft/draft-value";

// The page fetches the serving client after first paint; so do these tests, before any send.
beforeAll(preloadServingClient);

describe("useRunsStore.send()", () => {
  it("does not send a draft with invalid cells and names each problem", async () => {
    const [first] = useInstancesStore.getState().instances;
    const x1 = {
      ...(first!.values.x1 as TensorDraft),
      dtype: "uint8" as const,
      cells: ["1", "300", "3", "4"],
    };
    useInstancesStore.getState().setValue(first!.id, "x1", x1);
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    const second = useInstancesStore.getState().instances[1];
    useInstancesStore.getState().setValue(second!.id, "x2", {
      ...(second!.values.x2 as TensorDraft),
      cells: ["a", "1", "1", "1"],
    });

    await useRunsStore.getState().send();

    const s = useRunsStore.getState();
    expect(s.status).toBe("idle");
    expect(useInstancesStore.getState().problems).toEqual([
      {
        instanceIndex: 0,
        inputName: "x1",
        message: "at [0, 1]: 300 is out of range for uint8 (0…255)",
      },
      { instanceIndex: 1, inputName: "x2", message: "at [0, 0]: a is not a number" },
    ]);

    useInstancesStore.getState().remove(second!.id);
    expect(useInstancesStore.getState().problems).toEqual([]);
  });

  it("reports a bad connection field instead of sending", async () => {
    useConnectionStore.getState().update({ version: "latest" });
    await useRunsStore.getState().send();
    expect(useRunsStore.getState().connectionError).toMatch(/Version must be a whole number/);
    expect(useRunsStore.getState().status).toBe("idle");
  });

  it("ends a call in flight on cancel and reports it cancelled, with no exchange", async () => {
    const server = await startGrpcWebTestServer(() => ({ hang: true }));
    try {
      useConnectionStore.getState().update({ gatewayUrl: server.url });
      const sending = useRunsStore.getState().send();
      expect(useRunsStore.getState()).toMatchObject({ status: "running", instanceCount: 1 });
      await expect.poll(() => server.calls.length).toBe(1);
      useRunsStore.getState().cancel();
      await sending;
      expect(useRunsStore.getState()).toMatchObject({ status: "cancelled", exchange: undefined });
      await server.calls[0]!.aborted;
    } finally {
      await server.close();
    }
  });

  it("shows a refused gRPC call as a whole-request error naming the status", async () => {
    const server = await startGrpcWebTestServer(() => ({
      status: 5,
      message: "Request servable(add) method(add_common) , servable is not available",
    }));
    try {
      useConnectionStore.getState().update({ gatewayUrl: server.url });
      await useRunsStore.getState().send();
      const { status, exchange } = useRunsStore.getState();
      expect(status).toBe("done");
      expect(exchange?.result).toMatchObject({
        ok: false,
        grpcStatus: 5,
        error: expect.stringContaining("servable is not available"),
      });
    } finally {
      await server.close();
    }
  });
});
