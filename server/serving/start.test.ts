import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as wire12 from "../../protocol/generated/serving-1.2/ms_service";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { msServiceDefinition } from "./predict-service";
import { startServing, type RunningServing } from "./start";

const PATH = msServiceDefinition.Predict.path;
let addOnly: string;

/** Sends raw bytes to Predict; resolves with the raw reply or rejects with the gRPC error. */
function call(address: string, bytes: Uint8Array): Promise<Buffer> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const pass = (b: Buffer) => b;
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(PATH, pass, pass, Buffer.from(bytes), (error, reply) => {
      if (error) {
        reject(error);
      } else {
        resolve(reply!);
      }
    }),
  ).finally(() => client.close());
}

function addRequest(wire: "1.3" | "1.2", ks: number[], method = "add_common"): Uint8Array {
  const tensor = (k: number) =>
    new wire13.Tensor({
      shape: new wire13.TensorShape({ dims: [2, 2] }),
      dtype: wire13.DataType.MS_FLOAT32,
      data: new Uint8Array(new Float32Array(4).fill(k).buffer),
    });
  const instances = ks.map(
    (k) =>
      new wire13.Instance({
        items: new Map([
          ["x1", tensor(k)],
          ["x2", tensor(k)],
        ]),
      }),
  );
  if (wire === "1.3") {
    const servable_spec = new wire13.ServableSpec({ name: "add", method_name: method });
    return new wire13.PredictRequest({ servable_spec, instances }).serializeBinary();
  }
  // Instance is the same message in both versions; only the field that holds the instances differs.
  return new wire12.PredictRequest({
    servable_spec: new wire12.ServableSpec({ name: "add", method_name: method }),
    instances: instances.map((i) => wire12.Instance.deserializeBinary(i.serializeBinary())),
  }).serializeBinary();
}

const firstY = (reply: wire13.PredictReply | wire12.PredictReply) =>
  reply.instances.map((i) => new Float32Array(i.items.get("y")!.data.slice().buffer)[0]);
const errorTexts = (reply: wire13.PredictReply | wire12.PredictReply) =>
  reply.error_msg.map((e) => new TextDecoder().decode(e.error_msg));

beforeAll(() => {
  addOnly = mkdtempSync(join(tmpdir(), "servables-add-"));
  mkdirSync(join(addOnly, "add", "1"), { recursive: true });
  writeFileSync(
    join(addOnly, "add", "servable_config.json"),
    JSON.stringify({ kind: "tensor-add", model: "add.onnx" }),
  );
  copyFileSync(
    new URL("../servables/add/1/add.onnx", import.meta.url),
    join(addOnly, "add", "1", "add.onnx"),
  );
});
afterAll(() => rmSync(addOnly, { recursive: true, force: true }));

describe("startServing() on both wire versions", () => {
  let serving: RunningServing;
  beforeAll(async () => {
    serving = await startServing({ port: 0, quiet: true, servablesDir: addOnly });
  });
  afterAll(() => serving.close());

  it("binds a free loopback port", () => {
    expect(serving.address).toBe(`127.0.0.1:${serving.port}`);
    expect(serving.port).toBeGreaterThan(0);
  });

  it("rejects when its port is taken", async () => {
    await expect(
      startServing({ port: serving.port, quiet: true, servablesDir: addOnly }),
    ).rejects.toThrow(/No address added out of total 1 resolved|EADDRINUSE/);
  });

  it("answers a 1.3 request as 1.3 and a 1.2 request as 1.2 with status", async () => {
    const reply13 = wire13.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.3", [1, 2, 3])),
    );
    expect(firstY(reply13)).toEqual([2, 4, 6]);
    const raw12 = await call(serving.address, addRequest("1.2", [1, 2, 3]));
    const reply12 = wire12.PredictReply.deserializeBinary(raw12);
    expect(reply12.status).toBe(true);
    expect(firstY(reply12)).toEqual([2, 4, 6]);
    // A 1.3 reply never carries field 2.
    expect(
      wire12.PredictReply.deserializeBinary(await call(serving.address, addRequest("1.3", [1])))
        .status,
    ).toBe(false);
  });

  it("answers bytes that are no PredictRequest with INVALID_ARGUMENT and keeps serving", async () => {
    await expect(call(serving.address, new Uint8Array([0x0a, 0xff, 0xff]))).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
    });
    const reply = wire13.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.3", [5])),
    );
    expect(firstY(reply)).toEqual([10]);
  });

  it("answers an unknown method with one whole-request error", async () => {
    const reply = wire13.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.3", [1, 2], "add_common2")),
    );
    expect(reply.instances).toHaveLength(0);
    expect(errorTexts(reply)).toEqual([
      "Request Servable(add) method(add_common2), method is not available",
    ]);
  });
});

describe("startServing() restricted to one wire version", () => {
  it("sees no instances in the other version's request, as that Serving would", async () => {
    const only13 = await startServing({ port: 0, quiet: true, servablesDir: addOnly, wire: "1.3" });
    const only12 = await startServing({ port: 0, quiet: true, servablesDir: addOnly, wire: "1.2" });
    try {
      const refused = wire13.PredictReply.deserializeBinary(
        await call(only13.address, addRequest("1.2", [1])),
      );
      expect(errorTexts(refused)).toEqual(["Instances count of request cannot be 0"]);
      const refusedOld = wire12.PredictReply.deserializeBinary(
        await call(only12.address, addRequest("1.3", [1])),
      );
      expect(refusedOld.status).toBe(false);
      expect(errorTexts(refusedOld)).toEqual(["Instances count of request cannot be 0"]);
      const ok = wire12.PredictReply.deserializeBinary(
        await call(only12.address, addRequest("1.2", [4])),
      );
      expect([ok.status, firstY(ok)]).toEqual([true, [8]]);
    } finally {
      await Promise.all([only13.close(), only12.close()]);
    }
  });
});

describe("startServing() message limit", () => {
  it("answers a message over --max-message-mb with RESOURCE_EXHAUSTED and keeps serving", async () => {
    const serving = await startServing({
      port: 0,
      quiet: true,
      servablesDir: addOnly,
      maxMessageMb: 1,
    });
    try {
      const big = new wire13.PredictRequest({
        servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
        instances: [
          new wire13.Instance({
            items: new Map([
              [
                "x1",
                new wire13.Tensor({
                  dtype: wire13.DataType.MS_BYTES,
                  bytes_val: [new Uint8Array(1_200_000)],
                }),
              ],
            ]),
          }),
        ],
      }).serializeBinary();
      await expect(call(serving.address, big)).rejects.toMatchObject({
        code: grpc.status.RESOURCE_EXHAUSTED,
      });
      const reply = wire13.PredictReply.deserializeBinary(
        await call(serving.address, addRequest("1.3", [1])),
      );
      expect(firstY(reply)).toEqual([2]);
    } finally {
      await serving.close();
    }
  });
});

describe("startServing() close()", () => {
  it("finishes the request in flight, then refuses new ones", async () => {
    const serving = await startServing({ port: 0, quiet: true });
    const images = ["cat.jpg", "dog.jpg"].map((f) =>
      readFileSync(new URL(`../../../shared/fixtures/images/${f}`, import.meta.url)),
    );
    const request = new wire13.PredictRequest({
      servable_spec: new wire13.ServableSpec({ name: "resnet50", method_name: "classify_top1" }),
      instances: Array.from(
        { length: 8 },
        (_, i) =>
          new wire13.Instance({
            items: new Map([
              [
                "image",
                new wire13.Tensor({
                  dtype: wire13.DataType.MS_BYTES,
                  shape: new wire13.TensorShape({ dims: [1] }),
                  bytes_val: [images[i % 2]!],
                }),
              ],
            ]),
          }),
      ),
    }).serializeBinary();
    const inFlight = call(serving.address, request);
    while (serving.pending === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const closed = serving.close();
    const reply = wire13.PredictReply.deserializeBinary(await inFlight);
    expect(reply.error_msg).toHaveLength(0);
    expect(reply.instances.map((i) => i.items.get("label")!.bytes_val.length)).toEqual(
      Array(8).fill(1),
    );
    await closed;
    await expect(call(serving.address, addRequest("1.3", [1]))).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
  });
});
