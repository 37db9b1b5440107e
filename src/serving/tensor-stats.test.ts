import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { computeTensorStatsNow } from "./tensor-stats";

describe("computeTensorStatsNow()", () => {
  it("returns min, max and mean of a float32 tensor", () => {
    const stats = computeTensorStatsNow(new Float32Array([3, -1.5, 4, 0.5]));
    expect(stats).toEqual({ count: 4, nanCount: 0, min: -1.5, max: 4, mean: 1.5 });
  });

  it("leaves NaN out of min, max and mean and counts it", () => {
    const stats = computeTensorStatsNow(new Float64Array([1, Number.NaN, 3]));
    expect(stats).toEqual({ count: 3, nanCount: 1, min: 1, max: 3, mean: 2 });
  });

  it("has no min, max or mean when every element is NaN", () => {
    const stats = computeTensorStatsNow(new Float32Array([Number.NaN, Number.NaN]));
    expect(stats).toEqual({
      count: 2,
      nanCount: 2,
      min: undefined,
      max: undefined,
      mean: undefined,
    });
  });

  it("reads float16 values as the 16-bit floats hold them", () => {
    const stats = computeTensorStatsNow(new Float16Array([0.1, 0.2, 65504]));
    expect(stats.min).toBe(0.0999755859375);
    expect(stats.max).toBe(65504);
  });

  it("keeps int64 min and max exact and computes the mean from the exact sum", () => {
    const big = 2n ** 62n;
    const stats = computeTensorStatsNow(new BigInt64Array([big + 1n, big + 3n, -5n]));
    expect(stats.min).toBe(-5n);
    expect(stats.max).toBe(big + 3n);
    expect(stats.mean).toBeCloseTo(Number((2n * big - 1n) / 3n), -3);
  });

  it("handles uint64 beyond the signed range", () => {
    const stats = computeTensorStatsNow(new BigUint64Array([18446744073709551615n, 1n]));
    expect(stats.max).toBe(18446744073709551615n);
    expect(stats.mean).toBe(2 ** 63);
  });

  it("treats bool as 0/1 so the mean is the share of true", () => {
    const stats = computeTensorStatsNow(new Uint8Array([1, 0, 1, 1]));
    expect(stats.mean).toBe(0.75);
  });

  it("summarizes a 10^6-element tensor", () => {
    const data = new Float32Array(1_000_000).map((_, i) => i % 1000);
    const stats = computeTensorStatsNow(data);
    expect(stats).toEqual({ count: 1_000_000, nanCount: 0, min: 0, max: 999, mean: 499.5 });
  });
});
