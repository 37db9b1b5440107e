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
const GENERATIONS = ["r1.2", "master"] as const;
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
  it("counts requests, not instances: refuses the one past the limit, and serves again once one ends", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = wrapModel("batched", (run) => async (feeds) => {
      await gate;
      return run(feeds);
    });
    const predictor = createPredictor(gated, { maxBatch: 32, maxEnqueued: 2 });
    const three = (base: number) =>
      request(
        [0, 1, 2].map((i) => instance(filledFloat32([2, 2], base + i))),
        { servable: "batched" },
      );
    const first = predictor.predict(three(0));
    const second = predictor.predict(three(10));
    expect(predictor.pending).toBe(2);
    expect(await predictor.predict(three(20))).toEqual({
      error: "Serving Error: enqueued requests count exceeds the limit 2",
    });
    release();
    expect(yOf(await first)).toEqual([1, 2, 3]);
    expect(yOf(await second)).toEqual([11, 12, 13]);
    expect(predictor.pending).toBe(0);
    expect(yOf(await predictor.predict(three(20)))).toEqual([21, 22, 23]);
  });

  it("admits a single request with more instances than the limit", async () => {
    const predictor = createPredictor(servables, { maxBatch: 32, maxEnqueued: 1 });
    const reply = await predictor.predict(
      request(
        [1, 2, 3].map((k) => instance(filledFloat32([2, 2], k))),
        { version: 1 },
      ),
    );
    expect(yOf(reply)).toEqual([2, 3, 4]);
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

  it.each(GENERATIONS)(
    "answers a missing servable, version or method with Serving's texts (%s)",
    async (generation) => {
      const ask = (overrides: Partial<PlainRequest>) =>
        predictor().predict(request(one, overrides), { generation });
      expect(await ask({ servable: "add2" })).toEqual({
        error: "Request servable(add2) method(add_common) , servable is not available",
      });
      expect(await ask({ version: 7 })).toEqual({
        error: "Request servable(add) method(add_common)  version(7) , servable is not available",
      });
      expect(await ask({ method: "add_common2" })).toEqual({
        error: "Request servable(add) method(add_common2) , method is not available",
      });
      expect(await ask({ version: -1 })).toEqual({
        error:
          "Request servable(add) method(add_common)  version(18446744073709551615) , servable is not available",
      });
      expect(await ask({ method: "add_common2", version: 1 })).toEqual({
        error: "Request servable(add) method(add_common2)  version(1) , method is not available",
      });
    },
  );
});

describe("createPredictor() request checks", () => {
  const predictor = () => createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
  const good = instance(filledFloat32([2, 2], 1));

  it("answers r1.2's text with its suffix to a request without instances", async () => {
    expect(await predictor().predict(request([]), { generation: "r1.2" })).toEqual({
      error: "Instances count of request cannot be 0, servable: add, method: add_common",
    });
  });

  it("holds master's request without instances unanswered until its caller gives up", async () => {
    const p = predictor();
    const caller = new AbortController();
    const reply = p.predict(request([]), { generation: "master", signal: caller.signal });
    expect(p.pending).toBe(1);
    const other = await p.predict(request([good], { version: 1 }), { generation: "master" });
    expect(yOf(other)).toEqual([2]);
    expect(p.pending).toBe(1);
    caller.abort();
    await reply;
    expect(p.pending).toBe(0);
  });

  it("answers held requests on close as master's shutdown does, and later ones at once", async () => {
    const p = predictor();
    const held = p.predict(request([]), { generation: "master" });
    p.close();
    const text = "Request servable(add) method(add_common) , servable is not available";
    expect(await held).toEqual({ error: text, code: 2 });
    expect(await p.predict(request([]), { generation: "master" })).toEqual({
      error: text,
      code: 2,
    });
  });

  it.each(GENERATIONS)(
    "fails the whole request when any instance lacks an input (%s)",
    async (generation) => {
      const lacking = new Map([["x1", filledFloat32([2, 2], 1)]]);
      expect(await predictor().predict(request([good, lacking, good]), { generation })).toEqual({
        error: "Cannot find input x2 in instance input , servable add, method add_common",
      });
    },
  );

  it.each(GENERATIONS)(
    "fails the whole request for a malformed tensor of a declared input (%s)",
    async (generation) => {
      const short = instance({ ...filledFloat32([3], 1), dims: [2, 2] });
      expect(await predictor().predict(request([good, short]), { generation })).toEqual({
        error:
          "Instances input x1 check failed, detail: Tensor check failed: input data size 12 invalid",
      });
    },
  );

  it.each(GENERATIONS)("ignores inputs the method does not declare (%s)", async (generation) => {
    const extra = new Map([...good, ["x3", { ...filledFloat32([3], 1), dims: [9] }]]);
    const reply = await predictor().predict(request([extra, good], { version: 1 }), { generation });
    expect(yOf(reply)).toEqual([2, 2]);
  });

  it.each(GENERATIONS)(
    "checks byte size and data type only, never the shape (%s)",
    async (generation) => {
      const reply = await predictor().predict(
        request(
          [
            instance(filledFloat32([4], 1)),
            instance(filledFloat32([4, 1], 2)),
            instance(filledFloat32([1, 2, 2], 3)),
          ],
          { version: 1 },
        ),
        { generation },
      );
      expect(yOf(reply)).toEqual([2, 3, 4]);
    },
  );
});

describe("createPredictor() instance errors per generation", () => {
  const predictor = () => createPredictor(servables, { maxBatch: 32, maxEnqueued: 100 });
  const good = instance(filledFloat32([2, 2], 1));
  const float64 = instance(numericTensor(DataType.MS_FLOAT64, [2, 2], new Float64Array(4)));
  const int32 = instance(numericTensor(DataType.MS_INT32, [2, 2], new Int32Array(4)));
  const SIZE = "Given model input 0 size 32 not match the size 16 defined in model";
  const DTYPE =
    "Given model input 0 data type kMSI_Int32 not match the data type kMSI_Float32 defined in model";

  it.each(GENERATIONS)(
    "checks the size before the data type, and fails only the bad instances (%s)",
    async (generation) => {
      const reply = await predictor().predict(request([good, float64, int32], { version: 1 }), {
        generation,
      });
      expect(errorsOf(reply)).toEqual([null, SIZE, DTYPE]);
      expect(yOf(reply)[0]).toBe(2);
      if ("instances" in reply) {
        expect(reply.instances.map((o) => ("code" in o ? o.code : 0))).toEqual([0, 2, 2]);
      }
    },
  );

  it("keeps one error per instance in r1.2 when every instance fails the same way", async () => {
    const reply = await predictor().predict(request([float64, float64]), { generation: "r1.2" });
    expect(errorsOf(reply)).toEqual([SIZE, SIZE]);
  });

  it("collapses identical errors of every instance into one whole-request error in master", async () => {
    const reply = await predictor().predict(request([float64, float64]), { generation: "master" });
    expect(reply).toEqual({ error: SIZE, code: 2 });
    const single = await predictor().predict(request([int32]), { generation: "master" });
    expect(single).toEqual({ error: DTYPE, code: 2 });
    const mixed = await predictor().predict(request([float64, int32]), { generation: "master" });
    expect(errorsOf(mixed)).toEqual([SIZE, DTYPE]);
  });

  it("words a failing preprocess per generation (add_cast of a string)", async () => {
    const text = instance(filledFloat32([2, 2], 1), makeStringTensor("2"));
    const cast = { method: "add_cast", version: 1 };
    const old = await predictor().predict(request([good, text], cast), { generation: "r1.2" });
    expect(errorsOf(old)).toEqual([null, "Preprocess Failed"]);
    const current = await predictor().predict(request([good, text], cast), {
      generation: "master",
    });
    expect(errorsOf(current)).toEqual([
      null,
      "Call Function 'add.add_trans_datatype' Failed, method: 'add_cast', stage index(begin with 1): 1, error msg: 'str' object has no attribute 'astype'",
    ]);
    if ("instances" in current) {
      expect(current.instances.map((o) => ("code" in o ? o.code : 0))).toEqual([0, 3]);
    }
  });

  it("casts then checks the size in add_cast: float64 2x2 passes, three values do not", async () => {
    const reply = await predictor().predict(
      request([float64, instance(numericTensor(DataType.MS_INT32, [3], new Int32Array(3)))], {
        method: "add_cast",
        version: 1,
      }),
      { generation: "r1.2" },
    );
    expect(errorsOf(reply)).toEqual([
      null,
      "Given model input 0 size 12 not match the size 16 defined in model",
    ]);
  });
});
