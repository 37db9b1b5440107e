import { describe, expect, it } from "vitest";
import { rankTop } from "./rank-scores";

describe("rankTop()", () => {
  it("returns the k best indices, highest first, ties by index", () => {
    expect(rankTop([0.1, 0.9, 0.5, 0.9, 0.2], 3)).toEqual([1, 3, 2]);
    expect(rankTop([3, 1], 5)).toEqual([0, 1]);
  });

  it("ranks raw scores, negative ones included", () => {
    expect(rankTop([-4, 2.5, -0.5, 7], 2)).toEqual([3, 1]);
  });
});
