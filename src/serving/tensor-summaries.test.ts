import { describe, expect, it } from "vitest";
import {
  OVERVIEW_MAX_SIDE,
  recallBlockMeans,
  recallTensorStats,
  rememberTensorSummary,
  summarizeTensor,
} from "./tensor-summaries";

describe("summarizeTensor()", () => {
  it("gives stats and block means laid out as leading axes × last axis", () => {
    const data = Float64Array.from({ length: 2 * 3 * 4 }, (_, i) => i);
    const summary = summarizeTensor([2, 3, 4], data);
    expect(summary.stats).toEqual({ count: 24, nanCount: 0, min: 0, max: 23, mean: 11.5 });
    expect(summary.blocks).toMatchObject({ rows: 6, columns: 4, maxSide: OVERVIEW_MAX_SIDE });
    expect(Array.from(summary.blocks?.means.means ?? [])).toEqual(Array.from(data));
  });

  it("gives only stats for a vector", () => {
    expect(summarizeTensor([3], new Int32Array([4, -1, 6])).blocks).toBeUndefined();
  });
});

describe("rememberTensorSummary()", () => {
  it("keeps a summary for the very array it was made of, and block means for their layout only", () => {
    const data = new Float32Array([1, 2, 3, 4]);
    rememberTensorSummary(data, summarizeTensor([2, 2], data));
    expect(recallTensorStats(data)?.mean).toBe(2.5);
    expect(recallTensorStats(new Float32Array([1, 2, 3, 4]))).toBeUndefined();
    expect(recallBlockMeans(data, 2, 2, OVERVIEW_MAX_SIDE)?.width).toBe(2);
    expect(recallBlockMeans(data, 1, 4, OVERVIEW_MAX_SIDE)).toBeUndefined();
  });
});
