import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { buildTensor } from "../draft/build-tensor";
import { draftFromArray } from "./draft-from-array";
import type { TensorArray } from "./tensor-array";

function bytesOf(a: ArrayBufferView): number[] {
  return [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];
}

describe("draftFromArray()", () => {
  const cases: TensorArray[] = [
    { dtype: "float32", shape: [2, 3], data: Float32Array.of(0.1, 1 / 3, -0, 1e-45, NaN, 3e38) },
    { dtype: "float16", shape: [4], data: new Float16Array([0.1, 65504, 6e-8, -Infinity]) },
    { dtype: "float64", shape: [2], data: Float64Array.of(Math.PI, 5e-324) },
    { dtype: "int64", shape: [1, 2], data: BigInt64Array.of(2n ** 63n - 1n, -(2n ** 63n)) },
    { dtype: "uint64", shape: [1], data: BigUint64Array.of(2n ** 64n - 1n) },
    { dtype: "bool", shape: [2, 1, 2], data: Uint8Array.of(1, 0, 0, 1) },
    { dtype: "int8", shape: [], data: Int8Array.of(-128) },
  ];

  it.each(
    cases.flatMap((array) => [
      { array, from: Infinity },
      { array, from: 0 },
    ]),
  )(
    "holds a $array.dtype array of shape $array.shape exactly, as the request sends it (typed cells from $from)",
    ({ array, from }) => {
      const built = buildTensor(draftFromArray(array, from));
      if (!built.ok) {
        throw new Error(built.error);
      }
      expect(built.tensor.dtype).toBe(array.dtype);
      expect(built.tensor.shape).toEqual(array.shape);
      expect(bytesOf(built.tensor.data)).toEqual(bytesOf(array.data));
    },
  );

  it("opens the grid for 1-D and 2-D, the text layout for other ranks", () => {
    expect(draftFromArray(cases[0] as TensorArray)).toMatchObject({
      editor: "2d",
      rows: 2,
      cols: 3,
    });
    expect(draftFromArray(cases[1] as TensorArray)).toMatchObject({ editor: "1d", cols: 4 });
    expect(draftFromArray(cases[5] as TensorArray)).toMatchObject({
      editor: "nd",
      text: "[[[true, false]], [[false, true]]]",
    });
  });
});
