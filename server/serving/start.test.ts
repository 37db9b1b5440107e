import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as wire12 from "../../protocol/generated/serving-1.2/ms_service";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { msServiceDefinition } from "./predict-service";
import { startServing, type RunningServing } from "./start";

const PATH = msServiceDefinition.Predict.path;
let addOnly: string;

/** Sends raw bytes to Predict; resolves with the raw reply or rejects with the gRPC error. */
function call(address: string, bytes: Uint8Array, options: grpc.CallOptions = {}): Promise<Buffer> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const pass = (b: Buffer) => b;
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(
      PATH,
      pass,
      pass,
      Buffer.from(bytes),
      new grpc.Metadata(),
      options,
      (error, reply) => {
        if (error) {
          reject(error);
        } else if (reply) {
          resolve(reply);
        } else {
          reject(new Error("no reply"));
        }
      },
    ),
  ).finally(() => client.close());
}

function addRequest(
  wire: "1.3" | "1.2",
  ks: number[],
  method = "add_common",
  dtype = wire13.DataType.MS_FLOAT32,
): Uint8Array {
  const tensor = (k: number) =>
    new wire13.Tensor({
      shape: new wire13.TensorShape({ dims: [2, 2] }),
      dtype,
      data:
        dtype === wire13.DataType.MS_FLOAT64
          ? new Uint8Array(new Float64Array(4).fill(k).buffer)
          : new Uint8Array(new Float32Array(4).fill(k).buffer),
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

  it("answers a 1.3 request as 1.3 and a 1.2 request as 1.2, whose status r1.2 never sets", async () => {
    const reply13 = wire13.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.3", [1, 2, 3])),
    );
    expect(firstY(reply13)).toEqual([2, 4, 6]);
    const raw12 = await call(serving.address, addRequest("1.2", [1, 2, 3]));
    const reply12 = wire12.PredictReply.deserializeBinary(raw12);
    expect(reply12.status).toBe(false);
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
      "Request servable(add) method(add_common2) , method is not available",
    ]);
  });

  it("keeps r1.2's error per instance for a 1.2 request and collapses them for a 1.3 request", async () => {
    const SIZE = "Given model input 0 size 32 not match the size 16 defined in model";
    const float64 = wire13.DataType.MS_FLOAT64;
    const old = wire12.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.2", [1, 2], "add_common", float64)),
    );
    expect(errorTexts(old)).toEqual([SIZE, SIZE]);
    expect(old.instances).toHaveLength(2);
    const current = wire13.PredictReply.deserializeBinary(
      await call(serving.address, addRequest("1.3", [1, 2], "add_common", float64)),
    );
    expect(errorTexts(current)).toEqual([SIZE]);
    expect(current.error_msg.map((e) => e.error_code)).toEqual([2]);
    expect(current.instances).toHaveLength(0);
  });

  it("answers a request without instances with r1.2's text, the only generation that answers it", async () => {
    const empty = new wire13.PredictRequest({
      servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
    }).serializeBinary();
    expect(
      errorTexts(wire13.PredictReply.deserializeBinary(await call(serving.address, empty))),
    ).toEqual(["Instances count of request cannot be 0, servable: add, method: add_common"]);
  });
});

describe("startServing() restricted to one wire version", () => {
  it("a 1.2-only Serving sees no instances in a 1.3 request and says so, as r1.2 does", async () => {
    const only12 = await startServing({ port: 0, quiet: true, servablesDir: addOnly, wire: "1.2" });
    try {
      const refused = wire12.PredictReply.deserializeBinary(
        await call(only12.address, addRequest("1.3", [1])),
      );
      expect(refused.status).toBe(false);
      expect(errorTexts(refused)).toEqual([
        "Instances count of request cannot be 0, servable: add, method: add_common",
      ]);
      const ok = wire12.PredictReply.deserializeBinary(
        await call(only12.address, addRequest("1.2", [4])),
      );
      expect(firstY(ok)).toEqual([8]);
    } finally {
      await only12.close();
    }
  });

  it("a 1.3-only Serving never answers a 1.2 request, as master does: its deadline ends it", async () => {
    const only13 = await startServing({ port: 0, quiet: true, servablesDir: addOnly, wire: "1.3" });
    try {
      const deadline = new Date(Date.now() + 300);
      await expect(
        call(only13.address, addRequest("1.2", [1]), { deadline }),
      ).rejects.toMatchObject({ code: grpc.status.DEADLINE_EXCEEDED });
      await vi.waitFor(() => expect(only13.pending).toBe(0));
      const ok = wire13.PredictReply.deserializeBinary(
        await call(only13.address, addRequest("1.3", [4])),
      );
      expect(firstY(ok)).toEqual([8]);
    } finally {
      await only13.close();
    }
  });

  it("closing a 1.3-only Serving answers the requests it holds as master's shutdown does", async () => {
    const only13 = await startServing({ port: 0, quiet: true, servablesDir: addOnly, wire: "1.3" });
    const held = call(only13.address, addRequest("1.2", [1]));
    await vi.waitFor(() => expect(only13.pending).toBe(1));
    const closed = only13.close();
    const reply = wire13.PredictReply.deserializeBinary(await held);
    expect(errorTexts(reply)).toEqual([
      "Request servable(add) method(add_common) , servable is not available",
    ]);
    await closed;
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
