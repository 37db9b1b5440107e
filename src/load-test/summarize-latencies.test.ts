import { describe, expect, it } from "vitest";
import { percentile, summarizeLatencies } from "./summarize-latencies";

describe("percentile()", () => {
  it("takes the nearest rank: the smallest value with p% at or below it", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
  });

  it("gives the only value of a one-element list for every p", () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it("rounds the rank up on short lists", () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
  });

  it("refuses an empty list and a p outside (0, 100]", () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 0)).toThrow(/\(0, 100\]/);
    expect(() => percentile([1], 101)).toThrow(/101/);
  });
});

describe("summarizeLatencies()", () => {
  it("sorts numerically (not as text) and orders p50 ≤ p95 ≤ p99 ≤ max", () => {
    const summary = summarizeLatencies([100, 9, 25, 3, 80, 2, 1000, 40, 5, 11]);
    expect(summary).toMatchObject({ count: 10, p50: 11, p95: 1000, p99: 1000, max: 1000 });
    expect(summary?.mean).toBeCloseTo(127.5);
  });

  it("keeps p50 ≤ p95 ≤ p99 on a skewed random sample", () => {
    let seed = 1;
    const next = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const values = Array.from({ length: 997 }, () => -Math.log(next()) * 20);
    const s = summarizeLatencies(values);
    expect(s).toBeDefined();
    expect(s!.p50).toBeLessThanOrEqual(s!.p95);
    expect(s!.p95).toBeLessThanOrEqual(s!.p99);
    expect(s!.p99).toBeLessThanOrEqual(s!.max);
    const below = values.filter((v) => v <= s!.p95).length;
    expect(below / values.length).toBeGreaterThanOrEqual(0.95);
  });

  it("returns undefined without latencies", () => {
    expect(summarizeLatencies([])).toBeUndefined();
  });
});
