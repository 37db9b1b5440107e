import { describe, expect, it } from "vitest";
import { formatPercent, isProbabilityVector, softmax } from "./read-scores";

describe("isProbabilityVector", () => {
  it("accepts a full distribution that sums to 1 and refuses one that does not", () => {
    expect(isProbabilityVector([0.7, 0.2, 0.1], true)).toBe(true);
    expect(isProbabilityVector([0.7, 0.2, 0.2], true)).toBe(false);
    expect(isProbabilityVector([0.3, 0.3, 0.3], true)).toBe(false);
  });

  it("accepts a top-k slice that sums to at most 1", () => {
    expect(isProbabilityVector([0.18, 0.17, 0.05], false)).toBe(true);
    expect(isProbabilityVector([0.9, 0.8], false)).toBe(false);
  });

  it("refuses logits, negative values, NaN and an empty list", () => {
    expect(isProbabilityVector([12.5, 3.1, -2], false)).toBe(false);
    expect(isProbabilityVector([-0.1, 0.5], false)).toBe(false);
    expect(isProbabilityVector([Number.NaN, 0.5], false)).toBe(false);
    expect(isProbabilityVector([], false)).toBe(false);
  });
});

describe("softmax", () => {
  it("turns logits into a distribution that keeps their order", () => {
    const p = softmax([2, 1, 0]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(1) + 1), 12);
    expect(p[0]! > p[1]! && p[1]! > p[2]!).toBe(true);
  });

  it("does not overflow on large logits", () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });
});

describe("formatPercent", () => {
  it("formats for the locale with one decimal", () => {
    expect(formatPercent(0.482078, "en")).toBe("48.2%");
    expect(formatPercent(1, "zh-CN")).toBe("100.0%");
  });
});
