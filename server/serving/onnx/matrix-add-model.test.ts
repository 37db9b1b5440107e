import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { buildMatrixAddModel, MATRIX_ADD_SIDE } from "./matrix-add-model";

const shipped = new URL("../../servables/matrix_add/1/add.onnx", import.meta.url);

describe("buildMatrixAddModel()", () => {
  it("is what server/servables/matrix_add/1/add.onnx holds (rewrite it with write-matrix-add-model.ts)", () => {
    expect(Buffer.from(buildMatrixAddModel()).equals(readFileSync(shipped))).toBe(true);
  });

  it("adds two float32 1000×1000 tensors in onnxruntime", async () => {
    const session = await ort.InferenceSession.create(buildMatrixAddModel());
    const count = MATRIX_ADD_SIDE * MATRIX_ADD_SIDE;
    const x1 = Float32Array.from({ length: count }, (_, i) => i);
    const x2 = Float32Array.from({ length: count }, (_, i) => i % 7);
    const dims = [MATRIX_ADD_SIDE, MATRIX_ADD_SIDE];
    const { y } = await session.run({
      x1: new ort.Tensor("float32", x1, dims),
      x2: new ort.Tensor("float32", x2, dims),
    });
    const sum = y!.data as Float32Array;
    expect(y!.dims).toEqual(dims);
    expect([sum[0], sum[999_999], sum[123_456]]).toEqual([
      0,
      999_999 + (999_999 % 7),
      123_456 + (123_456 % 7),
    ]);
    await session.release();
  });
});
