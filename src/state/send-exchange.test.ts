// @vitest-environment node
// jsdom's XMLHttpRequest hands grpc-web reply bytes from another realm, which the generated
// classes refuse; in Node, grpc-web uses fetch, as in a browser.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readRequest, toInstance, wireMessages } from "../../protocol/wire-layouts";
import { startGrpcWebTestServer, type ReceivedCall } from "../serving/testing/grpc-web-test-server";
import type { WireReply } from "../../protocol/wire-tensor";
import type { Instance, ServingTarget } from "../serving/types";

/** localStorage for Node, which has none; the detection store persists into it. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

vi.stubGlobal("localStorage", new MemoryStorage());
// grpc-web's browser transport looks for fetch on `self`.
vi.stubGlobal("self", globalThis);
const { sendExchange } = await import("./send-exchange");
const { useWireDetectionStore } = await import("./wire-detection-store");

beforeEach(() => {
  localStorage.clear();
  useWireDetectionStore.setState({ detected: {} });
});

const instance: Instance = {
  x: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([1, 2]) },
};

/** Returns a serialized 1.2 PredictReply (the stand-in Serving writes them in server/, out of reach here). */
function buildReply12(reply: WireReply): Uint8Array {
  const m = wireMessages("1.2");
  return new m.PredictReply({
    instances: reply.instances.map((items) => toInstance(m, items)),
    error_msg: reply.errors.map(
      (e) => new m.ErrorMsg({ error_code: e.code, error_msg: e.message }),
    ),
  }).serializeBinary();
}

/**
 * Answers as Serving r1.2 does: instances are read from field 3, and a request without any gets
 * r1.2's zero-instance text; otherwise each instance's x comes back as y.
 */
function answerLikeServing12(call: ReceivedCall) {
  const request = readRequest("1.2", call.message);
  // Copied into this realm's Uint8Array, which the generated classes check for.
  const message = Uint8Array.from(
    Buffer.from("Instances count of request cannot be 0, servable: add, method: add_common"),
  );
  return {
    reply: buildReply12(
      request.instances.length === 0
        ? { instances: [], errors: [{ code: 1, message }] }
        : {
            instances: request.instances.map((items) =>
              items.map(([, tensor]) => ["y", tensor] as [string, typeof tensor]),
            ),
            errors: [],
          },
    ),
  };
}

describe("sendExchange()", () => {
  it("with Auto, finds Serving 1.1–1.2, remembers it across reloads and sends in it next time", async () => {
    const server = await startGrpcWebTestServer(answerLikeServing12);
    try {
      const target: ServingTarget = { url: server.url, servable: "add", method: "add_common" };
      const first = await sendExchange(target, "auto", [instance], {});
      expect(first).toMatchObject({ wire: "1.2", result: { ok: true } });
      expect(server.calls.map((call) => readRequest("1.2", call.message).instances.length)).toEqual(
        [0, 1],
      );
      expect(useWireDetectionStore.getState().detected).toEqual({ [`${server.url} add`]: "1.2" });
      expect(localStorage.getItem("serving-console.detected-wire")).toContain('"1.2"');

      await useWireDetectionStore.persist.rehydrate();
      const second = await sendExchange(target, "auto", [instance], {});
      expect(second).toMatchObject({ wire: "1.2", result: { ok: true } });
      expect(server.calls).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("with a fixed ≥ 1.3 wire, sends once and marks the error with the likely wire", async () => {
    const server = await startGrpcWebTestServer(answerLikeServing12);
    try {
      const target: ServingTarget = {
        url: server.url,
        servable: "add",
        method: "add_common",
        wire: "1.3",
      };
      const exchange = await sendExchange(target, "1.3", [instance], {});
      expect(exchange.result).toEqual({
        ok: false,
        cause: "wire-mismatch",
        error: "Instances count of request cannot be 0, servable: add, method: add_common",
        likelyWire: "1.2",
      });
      expect(server.calls).toHaveLength(1);
      expect(useWireDetectionStore.getState().detected).toEqual({});
    } finally {
      await server.close();
    }
  });
});
