import { describe, expect, it } from "vitest";
import { outputArray } from "./output-array";
import { readNpy } from "./read-npy";
import { writeNpy } from "./write-npy";

describe("outputArray", () => {
  it("keeps a tensor's dtype, shape and data", () => {
    const data = new Float32Array([1.5, -2, 3.25, 4]);
    const array = outputArray({ kind: "tensor", dtype: "float32", shape: [2, 2], data });
    expect(array).toEqual({ dtype: "float32", shape: [2, 2], data });
  });

  it("turns a scalar into one element of its dtype and kept shape, exact through .npy", () => {
    const array = outputArray({ kind: "scalar", dtype: "int64", shape: [1, 1], value: 2n ** 60n });
    expect(array?.shape).toEqual([1, 1]);
    expect(array?.data).toBeInstanceOf(BigInt64Array);
    const back = readNpy(writeNpy(array!));
    expect(back.dtype).toBe("int64");
    expect(Array.from(back.data as BigInt64Array)).toEqual([2n ** 60n]);
  });

  it("has no array for text, bytes or unreadable outputs", () => {
    expect(outputArray({ kind: "string", shape: [], value: "cat" })).toBeUndefined();
    expect(outputArray({ kind: "bytes", shape: [], value: new Uint8Array([1]) })).toBeUndefined();
    expect(
      outputArray({ kind: "invalid", dtype: "float32", shape: [3], error: "short" }),
    ).toBeUndefined();
  });
});
