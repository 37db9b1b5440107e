import { readFileSync } from "node:fs";
import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../server/gateway/start";
import { startServing, type RunningServing } from "../server/serving/start";
import { ServingClient } from "../src/serving/client";
import type { Instance, Transport } from "../src/serving/types";

const image = new Uint8Array(readFileSync("../shared/fixtures/images/cat.jpg"));

function tensor(dtype: "float32" | "float64" | "int32", values: number[]): Instance[string] {
  const data =
    dtype === "float32"
      ? new Float32Array(values)
      : dtype === "float64"
        ? new Float64Array(values)
        : new Int32Array(values);
  return { kind: "tensor", dtype, shape: [2, 2], data };
}

describe("the same instances over gRPC-Web and over REST", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  beforeAll(async () => {
    serving = await startServing({ port: 0, restPort: 0, quiet: true });
    gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
  });

  async function both(servable: string, method: string, instances: Instance[]) {
    const send = (transport: Transport, url: string) =>
      new ServingClient(
        { url, servable, method, transport },
        transport === "grpc-web" ? NodeHttpTransport() : undefined,
      ).infer(instances);
    return {
      grpcWeb: await send("grpc-web", gateway.url),
      rest: await send("rest", serving.restUrl ?? ""),
    };
  }

  it("add_common: float32 matrices give identical float32 sums", async () => {
    const { grpcWeb, rest } = await both("add", "add_common", [
      { x1: tensor("float32", [1, 2, 3, 4]), x2: tensor("float32", [1, 2, 3, 4]) },
      { x1: tensor("float32", [0.1, -0, 1e-7, 3e38]), x2: tensor("float32", [0.2, 0, 1, 1]) },
    ]);
    expect(grpcWeb.ok).toBe(true);
    expect(rest).toEqual(grpcWeb);
  });

  it("add_cast: int32 (plain JSON) and float64 (b64) inputs give identical results", async () => {
    const { grpcWeb, rest } = await both("add", "add_cast", [
      { x1: tensor("int32", [1, 2, 3, 4]), x2: tensor("int32", [5, 6, 7, -8]) },
      { x1: tensor("float64", [0.5, 1.5, 2.5, 3.5]), x2: tensor("float64", [1, 1, 1, 1]) },
    ]);
    expect(grpcWeb.ok).toBe(true);
    expect(rest).toEqual(grpcWeb);
  });

  it("classify_top5: an image as bytes gives identical labels and scores", async () => {
    const { grpcWeb, rest } = await both("resnet50", "classify_top5", [{ image }, { image }]);
    expect(grpcWeb.ok).toBe(true);
    expect(rest).toEqual(grpcWeb);
  });

  it("a per-instance error stays beside the other instance's result on both", async () => {
    const short: Instance[string] = {
      kind: "tensor",
      dtype: "float32",
      shape: [3],
      data: new Float32Array([1, 2, 3]),
    };
    const { grpcWeb, rest } = await both("add", "add_common", [
      { x1: short, x2: tensor("float32", [1, 2, 3, 4]) },
      { x1: tensor("float32", [1, 2, 3, 4]), x2: tensor("float32", [1, 2, 3, 4]) },
    ]);
    expect(grpcWeb).toMatchObject({ ok: true, instances: [{ error: expect.any(String) }, {}] });
    expect(rest).toEqual(grpcWeb);
  });

  it("an unknown method is the same whole-request error", async () => {
    const { grpcWeb, rest } = await both("add", "add_common2", [
      { x1: tensor("float32", [1, 2, 3, 4]), x2: tensor("float32", [1, 2, 3, 4]) },
    ]);
    expect(grpcWeb).toMatchObject({
      ok: false,
      cause: "not-available",
      error: expect.stringMatching(/is not available/),
    });
    expect(rest).toEqual(grpcWeb);
  });
});
