import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest } from "../protocol/wire-layouts";
import { startGateway, type RunningGateway } from "../server/gateway/start";
import { msServiceDefinition } from "../server/serving/predict-service";
import { startServing, type RunningServing } from "../server/serving/start";
import { ServingClient } from "../src/serving/client";
import type { WireVersion } from "../protocol/wire-version";
import type { Transport } from "../src/serving/types";

const image = new Uint8Array(readFileSync("../shared/fixtures/images/cat.jpg"));
const TRAINED = "../shared/models/mobilenetv2-12-int8.onnx";
const ORIGIN = "http://localhost:4173";

/** Returns the initial metadata of one raw gRPC Predict call of `wire` for resnet50 or add. */
function grpcHeaders(address: string, wire: WireVersion, servable: string): Promise<grpc.Metadata> {
  const request =
    servable === "resnet50"
      ? buildRequest(wire, { name: "resnet50", methodName: "classify_top1", version: 0 }, [
          [["image", { dtype: 14, dims: [1], data: new Uint8Array(0), bytesVal: [image] }]],
        ])
      : buildRequest(wire, { name: "add", methodName: "add_common", version: 0 }, [
          [
            [
              "x1",
              {
                dtype: 11,
                dims: [2, 2],
                data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
                bytesVal: [],
              },
            ],
            [
              "x2",
              {
                dtype: 11,
                dims: [2, 2],
                data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
                bytesVal: [],
              },
            ],
          ],
        ]);
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const pass = (b: Buffer): Buffer => b;
  return new Promise<grpc.Metadata>((resolve, reject) => {
    let headers: grpc.Metadata | undefined;
    const call = client.makeUnaryRequest(
      msServiceDefinition.Predict.path,
      pass,
      pass,
      Buffer.from(request),
      (error) => {
        client.close();
        if (error) {
          reject(error);
        } else {
          resolve(headers ?? new grpc.Metadata());
        }
      },
    );
    call.on("metadata", (metadata) => {
      headers = metadata;
    });
  });
}

async function exchange(transport: Transport, url: string, servable: "resnet50" | "add") {
  const client = new ServingClient(
    {
      url,
      servable,
      method: servable === "resnet50" ? "classify_top1" : "add_common",
      transport,
    },
    transport === "grpc-web" ? NodeHttpTransport() : undefined,
  );
  const x = {
    kind: "tensor" as const,
    dtype: "float32" as const,
    shape: [2, 2],
    data: new Float32Array([1, 2, 3, 4]),
  };
  return client.inferDetailed(servable === "resnet50" ? [{ image }] : [{ x1: x, x2: x }]);
}

describe("the stand-in's untrained-model marker", () => {
  describe("with the seeded, untrained ResNet-50", () => {
    let serving: RunningServing;
    let gateway: RunningGateway;
    beforeAll(async () => {
      serving = await startServing({ port: 0, restPort: 0, quiet: true });
      gateway = await startGateway({
        listen: "127.0.0.1:0",
        upstream: serving.address,
        restUpstream: `127.0.0.1:${serving.restPort ?? 0}`,
        quiet: true,
      });
    });
    afterAll(async () => {
      await gateway?.close();
      await serving?.close();
    });

    it.each<WireVersion>(["1.3", "1.2"])(
      "sends x-stand-in-model: untrained as gRPC initial metadata (wire %s)",
      async (wire) => {
        const headers = await grpcHeaders(serving.address, wire, "resnet50");
        expect(headers.get("x-stand-in-model")).toEqual(["untrained"]);
      },
    );

    it("does not mark replies of servables with their own model (add)", async () => {
      const headers = await grpcHeaders(serving.address, "1.3", "add");
      expect(headers.get("x-stand-in-model")).toEqual([]);
    });

    it("passes the header through the gateway and exposes it by CORS (gRPC-Web)", async () => {
      const request = buildRequest(
        "1.3",
        { name: "resnet50", methodName: "classify_top1", version: 0 },
        [[["image", { dtype: 14, dims: [1], data: new Uint8Array(0), bytesVal: [image] }]]],
      );
      const frame = new Uint8Array(5 + request.byteLength);
      new DataView(frame.buffer).setUint32(1, request.byteLength);
      frame.set(request, 5);
      const response = await fetch(`${gateway.url}${msServiceDefinition.Predict.path}`, {
        method: "POST",
        headers: {
          "content-type": "application/grpc-web+proto",
          "x-grpc-web": "1",
          origin: ORIGIN,
        },
        body: frame,
      });
      await response.arrayBuffer();
      expect(response.headers.get("x-stand-in-model")).toBe("untrained");
      expect(response.headers.get("access-control-expose-headers")?.split(",")).toContain(
        "x-stand-in-model",
      );
    });

    it("sets untrainedModel on the exchange over gRPC-Web and REST through the gateway", async () => {
      const grpcWeb = await exchange("grpc-web", gateway.url, "resnet50");
      const rest = await exchange("rest", gateway.url, "resnet50");
      expect(grpcWeb.result.ok).toBe(true);
      expect(rest.result.ok).toBe(true);
      expect(grpcWeb.untrainedModel).toBe(true);
      expect(rest.untrainedModel).toBe(true);
    });

    it("leaves untrainedModel absent for add over both transports", async () => {
      const grpcWeb = await exchange("grpc-web", gateway.url, "add");
      const rest = await exchange("rest", gateway.url, "add");
      expect(grpcWeb.result.ok).toBe(true);
      expect(grpcWeb.untrainedModel).toBeUndefined();
      expect(rest.untrainedModel).toBeUndefined();
    });
  });

  describe("with a trained classifier (--resnet50-model)", () => {
    let serving: RunningServing;
    let gateway: RunningGateway;
    beforeAll(async () => {
      serving = await startServing({ port: 0, restPort: 0, resnet50Model: TRAINED, quiet: true });
      gateway = await startGateway({
        listen: "127.0.0.1:0",
        upstream: serving.address,
        restUpstream: `127.0.0.1:${serving.restPort ?? 0}`,
        quiet: true,
      });
    });
    afterAll(async () => {
      await gateway?.close();
      await serving?.close();
    });

    it("sends no marker over gRPC, gRPC-Web or REST", async () => {
      const headers = await grpcHeaders(serving.address, "1.3", "resnet50");
      expect(headers.get("x-stand-in-model")).toEqual([]);
      const grpcWeb = await exchange("grpc-web", gateway.url, "resnet50");
      const rest = await exchange("rest", gateway.url, "resnet50");
      expect(grpcWeb.result.ok).toBe(true);
      expect(rest.result.ok).toBe(true);
      expect(grpcWeb.untrainedModel).toBeUndefined();
      expect(rest.untrainedModel).toBeUndefined();
    });
  });
});
