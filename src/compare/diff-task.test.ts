import { describe, expect, it } from "vitest";
import { diffInBackground } from "./diff-in-background";
import { computeDiffRgb } from "./paint-diff-heat";

describe("diffInBackground() without a Worker", () => {
  it("computes the diff in place, leaves the inputs intact, and keeps each block's maximum", async () => {
    const a = new Float32Array(400 * 400);
    const b = new Float32Array(400 * 400);
    b[401] = 3; // row 1, column 1: falls in block (0, 0) of a 200 × 200 heatmap
    b[400 * 400 - 1] = 1;
    const diff = await diffInBackground("float32", [400, 400], a, b);
    expect(b[401]).toBe(3);
    expect(diff.stats).toMatchObject({ maxAbsolute: 3, maxAbsoluteIndex: 401, differing: 2 });
    expect(diff.blocks).toMatchObject({ width: 200, height: 200, top: 3 });
    expect(diff.blocks.maxima[0]).toBe(3);
    expect(diff.blocks.maxima[200 * 200 - 1]).toBe(1);
    // The heatmap comes painted: the top block dark red, an equal block white, all opaque.
    expect(diff.pixels).toHaveLength(200 * 200 * 4);
    expect([...diff.pixels.subarray(0, 4)]).toEqual([128, 0, 38, 255]);
    expect([...diff.pixels.subarray(4, 8)]).toEqual([255, 255, 255, 255]);
  });

  it("lays a 3-D tensor out as rows of its last dimension", async () => {
    const diff = await diffInBackground("int32", [2, 3, 4], new Int32Array(24), new Int32Array(24));
    expect(diff.blocks).toMatchObject({ width: 4, height: 6, top: 0 });
  });
});

describe("computeDiffRgb()", () => {
  it("is white for no difference, dark red at the top, black when infinite", () => {
    expect(computeDiffRgb(0, 5)).toEqual([255, 255, 255]);
    expect(computeDiffRgb(5, 5)).toEqual([128, 0, 38]);
    expect(computeDiffRgb(Infinity, 5)).toEqual([0, 0, 0]);
  });
});
