import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { loadServables } from "./load-servables";
import { encodeModel, makeFloatInitializer, makeNode, makeValueInfo } from "./onnx/onnx-builder";
import { createPredictor, type PlainReply, type PlainRequest } from "./predict";
import { makeStringTensor, type ServingTensor } from "./serving-tensor";
import { filledFloat32, numericTensor, readValues } from "./testing/tensor-fixtures";
import type { ModelFeed, ModelResult, Servable } from "./servable-types";

const SHIPPED_ADD = new URL("../servables/add/1/add.onnx", import.meta.url);
let dir: string;
let servables: Servable[];

/** add v1 (shipped), add v2 (y = x1 + x2 + 100), and "batched": y = x1 + x2 with a batch dimension. */
function writeServables(root: string): void {
  const config = JSON.stringify({ kind: "tensor-add", model: "add.onnx" });
  for (const name of ["add", "batched"]) {
    mkdirSync(join(root, name, "1"), { recursive: true });
    writeFileSync(join(root, name, "servable_config.json"), config);
  }
  copyFileSync(SHIPPED_ADD, join(root, "add", "1", "add.onnx"));
  mkdirSync(join(root, "add", "2"));
  const plus100 = encodeModel({
    node: [makeNode("Add", ["x1", "x2"], ["s"]), makeNode("Add", ["s", "c"], ["y"])],
    initializer: [makeFloatInitializer("c", [1], Float32Array.of(100))],
    input: [makeValueInfo("x1", [2, 2]), makeValueInfo("x2", [2, 2])],
    output: [makeValueInfo("y", [2, 2])],
  });
  writeFileSync(join(root, "add", "2", "add.onnx"), plus100);
  const batched = encodeModel({
    node: [makeNode("Add", ["x1", "x2"], ["y"])],
    input: [makeValueInfo("x1", ["n", 2, 2]), makeValueInfo("x2", ["n", 2, 2])],
    output: [makeValueInfo("y", ["n", 2, 2])],
  });
  writeFileSync(join(root, "batched", "1", "add.onnx"), batched);
}

/** Returns the servables with version 1 of `name` running its batches through `wrap`. */
function wrapModel(
  name: string,
  wrap: (
    run: (feeds: readonly ModelFeed[]) => Promise<ModelResult[]>,
  ) => (feeds: readonly ModelFeed[]) => Promise<ModelResult[]>,
): Servable[] {
  return servables.map((s) => {
    if (s.name !== name) {
      return s;
    }
    const v1 = s.versions.get(1)!;
    const model = { ...v1.model, runBatch: wrap((feeds) => v1.model.runBatch(feeds)) };
    return { ...s, versions: new Map([...s.versions, [1, { ...v1, model }]]) };
  });
}

const instance = (x1: ServingTensor, x2: ServingTensor = filledFloat32([2, 2], 1)) =>
  new Map([
    ["x1", x1],
    ["x2", x2],
  ]);
const request = (
  instances: PlainRequest["instances"],
  overrides: Partial<PlainRequest> = {},
): PlainRequest => ({
  servable: "add",
  method: "add_common",
  version: 0,
  instances,
  ...overrides,
});
const errorsOf = (reply: PlainReply) =>
  "instances" in reply ? reply.instances.map((o) => ("error" in o ? o.error : null)) : reply;
const yOf = (reply: PlainReply) => {
  if (!("instances" in reply)) {
    throw new Error(reply.error);
  }
  return reply.instances.map((o) => ("outputs" in o ? readValues(o.outputs.get("y"))[0] : o.error));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "servables-"));
  writeServables(dir);
  servables = await loadServables({ servablesDir: dir, cacheDir: join(dir, "cache") });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("createPredictor() pipeline", () => {
  it("runs add_common like the tutorial: 1s, 2s, 3s added to themselves give 2s, 4s, 6s", async () => {
    const predictor = createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
    const reply = await predictor.predict(
      request([1, 2, 3].map((k) => instance(filledFloat32([2, 2], k), filledFloat32([2, 2], k)))),
    );
    expect(yOf(reply)).toEqual([100 + 2, 100 + 4, 100 + 6]);
    const v1 = await predictor.predict(
      request(
        [1, 2, 3].map((k) => instance(filledFloat32([2, 2], k), filledFloat32([2, 2], k))),
        { version: 1 },
      ),
    );
    if (!("instances" in v1) || !("outputs" in v1.instances[0]!)) {
      throw new Error("expected results");
    }
    const y = v1.instances[0].outputs.get("y")!;
    expect([y.dtype, y.dims, readValues(y)]).toEqual([DataType.MS_FLOAT32, [2, 2], [2, 2, 2, 2]]);
    expect(yOf(v1)).toEqual([2, 4, 6]);
  });

  it("casts any numeric input to float32 in add_cast", async () => {
    const predictor = createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
    const int32 = (k: number) =>
      numericTensor(DataType.MS_INT32, [2, 2], new Int32Array(4).fill(k));
    const float64 = numericTensor(DataType.MS_FLOAT64, [2, 2], new Float64Array(4).fill(0.5));
    const reply = await predictor.predict(
      request([instance(int32(1), int32(2)), instance(float64, int32(3))], {
        method: "add_cast",
        version: 1,
      }),
    );
    expect(yOf(reply)).toEqual([3, 3.5]);
  });
});

describe("createPredictor() batching", () => {
  it("runs 70 instances with max batch 32 as 3 model calls and answers in order", async () => {
    const calls: number[] = [];
    const counted = wrapModel("batched", (run) => (feeds) => {
      calls.push(feeds.length);
      return run(feeds);
    });
    const predictor = createPredictor(counted, { maxBatch: 32, maxEnqueued: 1000 });
    const reply = await predictor.predict(
      request(
        Array.from({ length: 70 }, (_, i) => instance(filledFloat32([2, 2], i))),
        { servable: "batched" },
      ),
    );
    expect(calls).toEqual([32, 32, 6]);
    expect(yOf(reply)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it("puts instances of concurrent requests into shared batches", async () => {
    const calls: number[] = [];
    const counted = wrapModel("batched", (run) => (feeds) => {
      calls.push(feeds.length);
      return run(feeds);
    });
    const predictor = createPredictor(counted, { maxBatch: 32, maxEnqueued: 1000 });
    const replies = await Promise.all(
      [0, 10, 20].map((base) =>
        predictor.predict(
          request(
            [0, 1, 2, 3].map((i) => instance(filledFloat32([2, 2], base + i))),
            { servable: "batched" },
          ),
        ),
      ),
    );
    expect(calls).toEqual([12]);
    expect(replies.map(yOf)).toEqual([
      [1, 2, 3, 4],
      [11, 12, 13, 14],
      [21, 22, 23, 24],
    ]);
  });
});

describe("createPredictor() enqueue limit", () => {
  it("refuses a request that would overflow the waiting instances, and serves again once they drain", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = wrapModel("batched", (run) => async (feeds) => {
      await gate;
      return run(feeds);
    });
    const predictor = createPredictor(gated, { maxBatch: 32, maxEnqueued: 4 });
    const three = (base: number) =>
      request(
        [0, 1, 2].map((i) => instance(filledFloat32([2, 2], base + i))),
        { servable: "batched" },
      );
    const first = predictor.predict(three(0));
    expect(predictor.pending).toBe(3);
    expect(await predictor.predict(three(10))).toEqual({
      error: "Serving Error: enqueued requests count exceeds the limit 4",
    });
    const single = predictor.predict(
      request([instance(filledFloat32([2, 2], 7))], { servable: "batched" }),
    );
    release();
    expect(yOf(await first)).toEqual([1, 2, 3]);
    expect(yOf(await single)).toEqual([8]);
    expect(predictor.pending).toBe(0);
    expect(yOf(await predictor.predict(three(10)))).toEqual([11, 12, 13]);
  });

  it("refuses a single request larger than the limit", async () => {
    const predictor = createPredictor(servables, { maxBatch: 32, maxEnqueued: 2 });
    const reply = await predictor.predict(
      request([1, 2, 3].map((k) => instance(filledFloat32([2, 2], k)))),
    );
    expect(reply).toEqual({ error: "Serving Error: enqueued requests count exceeds the limit 2" });
  });
});

describe("createPredictor() version and method selection", () => {
  const predictor = () => createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
  const one = [instance(filledFloat32([2, 2], 1))];

  it("takes version 0 as the latest version and a given version as that one", async () => {
    expect(yOf(await predictor().predict(request(one, { version: 0 })))).toEqual([102]);
    expect(yOf(await predictor().predict(request(one, { version: 2 })))).toEqual([102]);
    expect(yOf(await predictor().predict(request(one, { version: 1 })))).toEqual([2]);
  });

  it("answers a missing servable, version or method with Serving's whole-request texts", async () => {
    expect(await predictor().predict(request(one, { servable: "add2" }))).toEqual({
      error: "Request Servable(add2), servable is not available",
    });
    expect(await predictor().predict(request(one, { version: 3 }))).toEqual({
      error: "Request Servable(add) version(3), servable is not available",
    });
    expect(await predictor().predict(request(one, { method: "add_common2" }))).toEqual({
      error: "Request Servable(add) method(add_common2), method is not available",
    });
  });
});

describe("createPredictor() bad input", () => {
  const predictor = () => createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
  const good = instance(filledFloat32([2, 2], 1));

  it("answers a request without instances with one error", async () => {
    expect(await predictor().predict(request([]))).toEqual({
      error: "Instances count of request cannot be 0",
    });
  });

  it("fails only the bad instance for each kind of bad input, the others still run", async () => {
    const float32 = (shape: number[]) => filledFloat32(shape, 1);
    const bad: [ReadonlyMap<string, ServingTensor>, string][] = [
      [new Map([["x1", float32([2, 2])]]), "Cannot find input x2 in instance input"],
      [
        new Map([...good, ["x3", float32([2, 2])]]),
        "Input x3 is not an input of the method, its inputs are x1, x2",
      ],
      [
        instance(numericTensor(DataType.MS_INT32, [2, 2], new Int32Array(4))),
        "Given model input 0 data type kMSI_Int32 not match the data type kMSI_Float32 defined in model",
      ],
      [
        instance(makeStringTensor("1")),
        "Given model input 0 data type kMSI_String not match the data type kMSI_Float32 defined in model",
      ],
      [
        instance(float32([2, 2]), float32([3])),
        "Given model input 1 size 12 not match the size 16 defined in model",
      ],
      [
        instance(float32([4])),
        "Given model input 0 shape [4] not match the shape [2, 2] defined in model",
      ],
      [
        instance(float32([1, 2, 2])),
        "Given model input 0 shape [1, 2, 2] not match the shape [2, 2] defined in model",
      ],
      [
        instance({ ...float32([3]), dims: [2, 2] }),
        "Input x1 data size 12 not match the size 16 of shape [2, 2] and data type kMSI_Float32",
      ],
      [
        instance({ ...float32([2, 2]), dtype: 99 as DataType }),
        "Input x1 has unknown data type 99",
      ],
    ];
    for (const [inputs, text] of bad) {
      const reply = await predictor().predict(request([good, inputs, good], { version: 1 }));
      expect(errorsOf(reply)).toEqual([null, text, null]);
      expect(yOf(reply)[0]).toBe(2);
    }
  });

  it("fails add_cast instances whose inputs are strings", async () => {
    const reply = await predictor().predict(
      request([good, instance(filledFloat32([2, 2], 1), makeStringTensor("2"))], {
        method: "add_cast",
      }),
    );
    expect(errorsOf(reply)).toEqual([
      null,
      "Cannot cast input x2 of data type kMSI_String to kMSI_Float32",
    ]);
  });
});
