import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { planComparison } from "./plan-comparison";
import type { InferResult, OutputValue } from "../serving/types";

const ok = (...outputs: Record<string, OutputValue>[]): InferResult => ({
  ok: true,
  instances: outputs.map((o) => ({ outputs: o })),
});
const tensor = (data: Float32Array, shape = [data.length]): OutputValue => ({
  kind: "tensor",
  dtype: "float32",
  shape,
  data,
});

describe("planComparison()", () => {
  it("pairs numeric outputs of one dtype and shape for the element-wise diff", () => {
    const plan = planComparison(
      ok({ y: tensor(Float32Array.of(1, 2, 3, 4), [2, 2]) }),
      ok({ y: tensor(Float32Array.of(1, 2, 3, 5), [2, 2]) }),
    );
    expect(plan.kind).toBe("instances");
    if (plan.kind !== "instances") return;
    const [first] = plan.instances;
    expect(first?.kind).toBe("outputs");
    if (first?.kind !== "outputs") return;
    expect(first.outputs[0]).toMatchObject({
      kind: "numeric",
      name: "y",
      dtype: "float32",
      shape: [2, 2],
    });
  });

  it("reports a shape mismatch with both shapes instead of comparing", () => {
    const plan = planComparison(
      ok({ y: tensor(Float32Array.of(1, 2, 3, 4), [2, 2]) }),
      ok({ y: tensor(Float32Array.of(1, 2, 3, 4), [4]) }),
    );
    expect(plan).toMatchObject({
      instances: [
        {
          outputs: [{ kind: "mismatch", problem: "shape", a: "float32 [2, 2]", b: "float32 [4]" }],
        },
      ],
    });
  });

  it("reports a dtype mismatch, and outputs present on one side only", () => {
    const half: OutputValue = {
      kind: "tensor",
      dtype: "float16",
      shape: [2],
      data: Float16Array.of(1, 2),
    };
    const plan = planComparison(
      ok({ y: tensor(Float32Array.of(1, 2)), z: tensor(Float32Array.of(1, 2)) }),
      ok({ y: half, w: { kind: "string", shape: [1], value: "hi" } }),
    );
    expect(plan).toMatchObject({
      instances: [
        {
          outputs: [
            { kind: "mismatch", name: "y", problem: "dtype", a: "float32 [2]", b: "float16 [2]" },
            { kind: "mismatch", name: "z", problem: "only-a", b: "—" },
            { kind: "mismatch", name: "w", problem: "only-b", a: "—", b: "string [1]" },
          ],
        },
      ],
    });
  });

  it("compares int64 scalars as one-element arrays", () => {
    const plan = planComparison(
      ok({ n: { kind: "scalar", dtype: "int64", shape: [1], value: 5n } }),
      ok({ n: { kind: "scalar", dtype: "int64", shape: [1], value: 7n } }),
    );
    expect(plan).toMatchObject({
      instances: [
        { outputs: [{ kind: "numeric", a: BigInt64Array.of(5n), b: BigInt64Array.of(7n) }] },
      ],
    });
  });

  it("says which labels changed", () => {
    const plan = planComparison(
      ok({ label: { kind: "string", shape: [1], value: "tabby cat" } }),
      ok({ label: { kind: "string", shape: [1], value: "tiger cat" } }),
    );
    expect(plan).toMatchObject({
      instances: [
        { outputs: [{ kind: "text", a: ["tabby cat"], b: ["tiger cat"], changed: [0] }] },
      ],
    });
  });

  it("reads label and score of a top-5 reply as one ranked comparison", () => {
    const top5 = (labels: string, scores: number[]): Record<string, OutputValue> => ({
      label: { kind: "string", shape: [1], value: labels },
      score: tensor(Float32Array.from(scores)),
    });
    const plan = planComparison(
      ok(top5("a;b;c;d;e", [5, 4, 3, 2, 1])),
      ok(top5("b;a;c;d;f", [5, 4, 3, 2, 1])),
    );
    expect(plan).toMatchObject({
      instances: [
        { outputs: [{ kind: "ranked", ranked: { topChanged: true, topA: "a", topB: "b" } }] },
      ],
    });
  });

  it("reports instance errors and instances only one run has", () => {
    const plan = planComparison(
      { ok: true, instances: [{ error: "bad x1" }, { outputs: {} }] },
      { ok: true, instances: [{ outputs: {} }] },
    );
    expect(plan).toMatchObject({
      countA: 2,
      countB: 1,
      instances: [
        { index: 0, kind: "errors", errorA: "bad x1", errorB: undefined },
        { index: 1, kind: "only-a" },
      ],
    });
  });

  it("reports a whole-request failure on either side", () => {
    const failure: InferResult = { ok: false, cause: "not-available", error: "no version 3" };
    expect(planComparison(ok({}), failure)).toEqual({
      kind: "failed",
      failureA: undefined,
      failureB: failure,
    });
  });
});
