import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { downsampleMatrix, paintBlockMeans } from "./downsample-matrix";

describe("downsampleMatrix()", () => {
  it("keeps one block per element when the matrix fits", () => {
    const blocks = downsampleMatrix(new Float32Array([1, 2, 3, 4, 5, 6]), 2, 3, 10);
    expect([blocks.width, blocks.height]).toEqual([3, 2]);
    expect(Array.from(blocks.means)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("averages square blocks of a larger matrix", () => {
    // 4 × 4, values = row * 4 + column, into 2 × 2 blocks of 2 × 2.
    const data = Float64Array.from({ length: 16 }, (_, i) => i);
    const blocks = downsampleMatrix(data, 4, 4, 2);
    expect(Array.from(blocks.means)).toEqual([2.5, 4.5, 10.5, 12.5]);
  });

  it("skips NaN and marks all-NaN blocks", () => {
    const blocks = downsampleMatrix(
      new Float32Array([Number.NaN, 2, Number.NaN, Number.NaN]),
      2,
      2,
      1,
    );
    expect(Array.from(blocks.means)).toEqual([2]);
    const empty = downsampleMatrix(new Float32Array([Number.NaN, 1]), 1, 2, 2);
    expect(Number.isNaN(empty.means[0])).toBe(true);
  });

  it("reads float16 and int64 matrices", () => {
    expect(Array.from(downsampleMatrix(new Float16Array([1, 3]), 1, 2, 1).means)).toEqual([2]);
    expect(Array.from(downsampleMatrix(new BigInt64Array([2n, 4n]), 2, 1, 1).means)).toEqual([3]);
  });

  it("shrinks a 1000 × 1000 matrix to 200 × 200 means of 5 × 5", () => {
    const data = Float32Array.from({ length: 1_000_000 }, (_, i) => Math.floor(i / 1000));
    const blocks = downsampleMatrix(data, 1000, 1000, 200);
    expect([blocks.width, blocks.height]).toEqual([200, 200]);
    expect(blocks.means[0]).toBe(2);
    expect(blocks.means[199 * 200]).toBe(997);
  });
});

describe("paintBlockMeans()", () => {
  it("paints each block on the heatmap ramp, opaque", () => {
    const pixels = paintBlockMeans({ width: 2, height: 1, means: new Float64Array([0, 1]) }, 0, 1);
    expect(Array.from(pixels)).toEqual([68, 1, 84, 255, 253, 231, 37, 255]);
  });
});
