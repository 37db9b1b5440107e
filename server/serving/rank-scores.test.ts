import { describe, expect, it } from "vitest";
import { rankTop, softmax } from "./rank-scores";

describe("softmax()", () => {
  it("returns probabilities that sum to 1 and keep the order", () => {
    const p = softmax([1, 3, 2]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p[1]).toBeGreaterThan(p[2]!);
    expect(p[2]).toBeGreaterThan(p[0]!);
  });

  it("stays finite for large scores", () => {
    expect([...softmax([1000, 1000])]).toEqual([0.5, 0.5]);
  });
});

describe("rankTop()", () => {
  it("returns the k best indices, highest first, ties by index", () => {
    expect(rankTop([0.1, 0.9, 0.5, 0.9, 0.2], 3)).toEqual([1, 3, 2]);
    expect(rankTop([3, 1], 5)).toEqual([0, 1]);
  });
});
