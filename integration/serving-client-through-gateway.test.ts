import { readFileSync } from "node:fs";
import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../server/gateway/start";
import { startServing } from "../server/serving/start";
import { ServingClient } from "../src/serving/client";
import type { RunningGateway } from "../server/gateway/start";
import type { RunningServing } from "../server/serving/start";
import type { Instance, WireVersion } from "../src/serving/types";

const images = ["cat.jpg", "dog.jpg"].map(
  (name) => new Uint8Array(readFileSync(`../shared/fixtures/images/${name}`)),
);
/** ImageNet class index of each label in the fixtures' label list. */
const classIndex = new Map(
  [
    ...readFileSync("../shared/fixtures/labels/imagenet1000_clsidx_to_labels.txt", "utf8").matchAll(
      /(\d+): (['"])(.*)\2/g,
    ),
  ].map((m) => [m[3], Number(m[1])]),
);
const MODEL = "../shared/models/mobilenetv2-12-int8.onnx";

function float32(values: number[]): Instance[string] {
  return { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(values) };
}

describe.each<WireVersion>(["1.3", "1.2"])(
  "ServingClient → gateway → stand-in Serving, wire %s",
  (wire) => {
    let serving: RunningServing;
    let gateway: RunningGateway;
    beforeAll(async () => {
      serving = await startServing({ port: 0, wire, resnet50Model: MODEL, quiet: true });
      gateway = await startGateway({
        listen: "127.0.0.1:0",
        upstream: serving.address,
        quiet: true,
      });
    });
    afterAll(async () => {
      await gateway?.close();
      await serving?.close();
    });

    const client = (servable: string, method: string) =>
      new ServingClient({ url: gateway.url, servable, method, wire }, NodeHttpTransport());

    it("runs the tutorial's add_common call", async () => {
      const result = await client("add", "add_common").infer([
        { x1: float32([1, 2, 3, 4]), x2: float32([1, 2, 3, 4]) },
        { x1: float32([0.5, 0, -1, 10]), x2: float32([0.5, 1, 1, -10]) },
      ]);
      expect(result).toEqual({
        ok: true,
        instances: [
          {
            outputs: {
              y: {
                kind: "tensor",
                dtype: "float32",
                shape: [2, 2],
                data: new Float32Array([2, 4, 6, 8]),
              },
            },
          },
          {
            outputs: {
              y: {
                kind: "tensor",
                dtype: "float32",
                shape: [2, 2],
                data: new Float32Array([1, 1, 0, 0]),
              },
            },
          },
        ],
      });
    });

    it("classifies a batch of the two fixture images with resnet50", async () => {
      const result = await client("resnet50", "classify_top1").infer(
        images.map((image) => ({ image })),
      );
      expect(result.ok).toBe(true);
      if (!result.ok) {
        return;
      }
      const classes = result.instances.map((instance) => {
        const label = "outputs" in instance ? instance.outputs.label : undefined;
        return label?.kind === "string" ? classIndex.get(label.value) : undefined;
      });
      // ImageNet classes 281-285 are domestic cats, 151-268 dog breeds.
      expect(classes[0]).toBeGreaterThanOrEqual(281);
      expect(classes[0]).toBeLessThanOrEqual(285);
      expect(classes[1]).toBeGreaterThanOrEqual(151);
      expect(classes[1]).toBeLessThanOrEqual(268);
    });

    it("passes Serving's whole-request error through", async () => {
      const result = await client("add", "add_common2").infer({
        x1: float32([1, 2, 3, 4]),
        x2: float32([1, 2, 3, 4]),
      });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("add_common2") });
    });
  },
);
