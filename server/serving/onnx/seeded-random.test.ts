import { describe, expect, it } from "vitest";
import { createNormalRandom, createUniformRandom } from "./seeded-random";

describe("createNormalRandom()", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const take = (seed: number) => Array.from({ length: 5 }, createNormalRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it("draws finite samples with mean near 0 and variance near 1", () => {
    const next = createNormalRandom(1);
    const samples = Array.from({ length: 20000 }, next);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe("createUniformRandom()", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const take = (seed: number) => Array.from({ length: 1000 }, createUniformRandom(seed));
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
    expect(take(3).every((u) => u >= 0 && u < 1)).toBe(true);
  });
});
