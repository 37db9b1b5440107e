import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { buildAddModel } from "./add-model";

const shipped = new URL("../../servables/add/1/add.onnx", import.meta.url);

describe("buildAddModel()", () => {
  it("is what server/servables/add/1/add.onnx holds (rewrite it with write-add-model.ts)", () => {
    expect(Buffer.from(buildAddModel()).equals(readFileSync(shipped))).toBe(true);
  });

  it("adds two float32 [2, 2] tensors in onnxruntime", async () => {
    const session = await ort.InferenceSession.create(buildAddModel());
    const tensor = (values: number[]) =>
      new ort.Tensor("float32", Float32Array.from(values), [2, 2]);
    const { y } = await session.run({ x1: tensor([1, 2, 3, 4]), x2: tensor([10, 20, 30, 40]) });
    expect([...(y!.data as Float32Array)]).toEqual([11, 22, 33, 44]);
    expect(y!.dims).toEqual([2, 2]);
    await session.release();
  });
});
