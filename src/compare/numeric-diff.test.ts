import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { computeNumericDiff, countOverTolerance } from "./numeric-diff";
import { relativeDifference, relativeDifferenceBig } from "./relative-difference";

describe("relativeDifference()", () => {
  it("is |a − b| / max(|a|, |b|)", () => {
    expect(relativeDifference(4, 5)).toBeCloseTo(0.2);
    expect(relativeDifference(-1, 1)).toBe(2);
  });

  it("is 0 when both are 0, including -0", () => {
    expect(relativeDifference(0, 0)).toBe(0);
    expect(relativeDifference(-0, 0)).toBe(0);
  });

  it("gives 1 for an infinity against a finite value, 2 for opposite infinities, 0 for equal ones", () => {
    expect(relativeDifference(Infinity, 3)).toBe(1);
    expect(relativeDifference(-Infinity, Infinity)).toBe(2);
    expect(relativeDifference(Infinity, Infinity)).toBe(0);
  });

  it("is NaN when either side is NaN", () => {
    expect(relativeDifference(Number.NaN, 1)).toBeNaN();
  });

  it("uses the exact difference of 64-bit integers", () => {
    const big = 2n ** 60n;
    expect(relativeDifferenceBig(big + 1n, big)).toBeCloseTo(1 / 2 ** 60, 30);
    expect(relativeDifferenceBig(-5n, -5n)).toBe(0);
  });
});

describe("computeNumericDiff()", () => {
  it("finds the largest absolute and relative differences and their positions", () => {
    const { stats, absolute } = computeNumericDiff(
      Float32Array.of(1, 2, 100, 0),
      Float32Array.of(1, 3, 90, 0.5),
    );
    expect(Array.from(absolute)).toEqual([0, 1, 10, 0.5]);
    expect(stats).toMatchObject({
      count: 4,
      differing: 3,
      maxAbsolute: 10,
      maxAbsoluteIndex: 2,
      maxRelative: 1,
      maxRelativeIndex: 3,
      nanMismatches: 0,
    });
    expect(stats.largest.map((d) => d.index)).toEqual([2, 1, 3]);
  });

  it("treats NaN against NaN as equal and counts a one-sided NaN apart from the maxima", () => {
    const { stats, absolute } = computeNumericDiff(
      Float64Array.of(Number.NaN, Number.NaN, 1),
      Float64Array.of(Number.NaN, 2, 1.5),
    );
    expect(absolute[0]).toBe(0);
    expect(absolute[1]).toBeNaN();
    expect(stats.nanMismatches).toBe(1);
    expect(stats.maxAbsolute).toBe(0.5);
    expect(stats.largest[0]).toEqual({ index: 1, absolute: Infinity });
  });

  it("reports an infinity against a finite value as an infinite absolute difference", () => {
    const { stats } = computeNumericDiff(Float32Array.of(Infinity, 1), Float32Array.of(5, 1));
    expect(stats.maxAbsolute).toBe(Infinity);
    expect(stats.maxRelative).toBe(1);
  });

  it("subtracts int64 exactly, beyond 2^53", () => {
    const big = 2n ** 62n;
    const { stats } = computeNumericDiff(
      BigInt64Array.of(big + 3n, -7n),
      BigInt64Array.of(big, -7n),
    );
    expect(stats.maxAbsolute).toBe(3);
    expect(stats.differing).toBe(1);
  });

  it("reads float16 values as their exact halves", () => {
    const { stats } = computeNumericDiff(Float16Array.of(1, 0.5), Float16Array.of(1, 0.25));
    expect(stats.maxAbsolute).toBe(0.25);
    expect(stats.maxRelative).toBe(0.5);
  });

  it("compares bool tensors by their 0/1 bytes", () => {
    const { stats } = computeNumericDiff(Uint8Array.of(1, 0, 1), Uint8Array.of(1, 1, 0));
    expect(stats.differing).toBe(2);
    expect(stats.maxAbsolute).toBe(1);
  });

  it("keeps the ten largest differences, largest first", () => {
    const a = new Float32Array(100);
    const b = Float32Array.from({ length: 100 }, (_, i) => i);
    const { stats } = computeNumericDiff(a, b);
    expect(stats.largest.map((d) => d.index)).toEqual([99, 98, 97, 96, 95, 94, 93, 92, 91, 90]);
  });

  it("refuses arrays of different lengths", () => {
    expect(() => computeNumericDiff(Float32Array.of(1), Float32Array.of(1, 2))).toThrow(
      "Cannot compare 1 elements with 2",
    );
  });
});

describe("countOverTolerance()", () => {
  const absolute = Float64Array.of(0, 0.001, 0.01, 0.1, Number.NaN, Infinity);

  it("counts differences strictly over the tolerance, one-sided NaN always", () => {
    expect(countOverTolerance(absolute, 0)).toBe(5);
    expect(countOverTolerance(absolute, 0.01)).toBe(3);
    expect(countOverTolerance(absolute, 1e9)).toBe(2);
  });

  it("refuses a negative or NaN tolerance", () => {
    expect(() => countOverTolerance(absolute, -1)).toThrow("≥ 0");
    expect(() => countOverTolerance(absolute, Number.NaN)).toThrow("≥ 0");
  });
});

describe("computeNumericDiff() on float16 bit patterns", () => {
  it("reads subnormals, infinities and NaN as the half values they encode", () => {
    const values = [2 ** -24, -(2 ** -14), 65504, -Infinity, Number.NaN, 0.1];
    const half = Float16Array.from(values);
    const { absolute } = computeNumericDiff(half, Float16Array.from(values.map(() => 0)));
    expect(Array.from(absolute.slice(0, 4))).toEqual([2 ** -24, 2 ** -14, 65504, Infinity]);
    expect(absolute[4]).toBeNaN();
    expect(absolute[5]).toBe(half[5]);
  });
});
