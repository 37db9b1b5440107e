import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterEach, describe, expect, it } from "vitest";
import { ServingClient } from "./client";
import { startGrpcWebTestServer } from "./testing/grpc-web-test-server";
import type { GrpcWebTestServer } from "./testing/grpc-web-test-server";
import type { Instance, WireVersion } from "./types";

let server: GrpcWebTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const instance: Instance = {
  x1: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([1, 2]) },
};

async function inferWithReply(reply: Uint8Array, wire: WireVersion) {
  server = await startGrpcWebTestServer(() => ({ reply }));
  const client = new ServingClient(
    { url: server.url, servable: "add", method: "add_common", wire },
    NodeHttpTransport(),
  );
  return client.inferDetailed(instance);
}

describe("ServingClient given a malformed reply", () => {
  it.each([
    [
      "1.3",
      "0affffffff0f",
      "field 1 of PredictReply claims 4294967295 bytes but only 0 remain (at byte 1 of 6)",
    ],
    [
      "1.2",
      "0affffffff07",
      "field 1 of PredictReply claims 2147483647 bytes but only 0 remain (at byte 1 of 6)",
    ],
    // An instance whose map entry's Tensor claims more than its entry holds.
    [
      "1.3",
      "1a080a05120403aabbcc",
      "field 2 of Instance.items entry claims 4 bytes but only 3 remain (at byte 5 of 10)",
    ],
  ] as const)(
    "reports a %s reply %s as a protocol error naming the problem",
    async (wire, hex, problem) => {
      const exchange = await inferWithReply(Uint8Array.from(Buffer.from(hex, "hex")), wire);
      expect(exchange.result).toEqual({
        ok: false,
        cause: "protocol-error",
        error: `Protocol error: the reply is not a PredictReply (${problem})`,
      });
      expect(exchange.replyBytes).toBe(hex.length / 2);
      expect(exchange.replyJson).toBeNull();
    },
  );
});
