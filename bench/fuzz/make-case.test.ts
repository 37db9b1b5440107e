import { describe, expect, it } from "vitest";
import { makeCase } from "./make-case";

describe("makeCase()", () => {
  it("draws the same case for a seed and index, and other cases for other seeds", () => {
    const sameCase = (seed: number, index: number) => JSON.stringify(makeCase(seed, index));
    expect(sameCase(5, 17)).toBe(sameCase(5, 17));
    const first = Array.from({ length: 20 }, (_, i) => sameCase(5, i));
    const other = Array.from({ length: 20 }, (_, i) => sameCase(6, i));
    expect(first).not.toEqual(other);
  });

  it("mixes every family of attack within a few hundred cases", () => {
    const families = new Set(Array.from({ length: 300 }, (_, i) => makeCase(1, i).family));
    expect([...families].sort()).toEqual(["frames", "headers", "protobuf", "text"]);
  });
});
