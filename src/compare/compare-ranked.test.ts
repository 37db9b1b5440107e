import { describe, expect, it } from "vitest";
import { compareRanked } from "./compare-ranked";

describe("compareRanked()", () => {
  it("reports a changed top class, moves, and classes entering and leaving", () => {
    const result = compareRanked(
      ["cat", "dog", "fox", "owl", "bee"],
      [9, 8, 7, 6, 5],
      ["dog", "cat", "fox", "emu", "owl"],
      [9.5, 8.5, 7, 6, 5],
    );
    expect(result.topChanged).toBe(true);
    expect(result.topA).toBe("cat");
    expect(result.topB).toBe("dog");
    expect(result.changes.map((c) => [c.label, c.change, c.rankA, c.rankB])).toEqual([
      ["cat", "down", 1, 2],
      ["dog", "up", 2, 1],
      ["fox", "same", 3, 3],
      ["owl", "down", 4, 5],
      ["bee", "left", 5, undefined],
      ["emu", "entered", undefined, 4],
    ]);
    expect(result.changes[0]).toMatchObject({ scoreA: 9, scoreB: 8.5 });
  });

  it("finds nothing changed in identical lists", () => {
    const result = compareRanked(["a", "b"], [2, 1], ["a", "b"], [2, 1]);
    expect(result.topChanged).toBe(false);
    expect(result.changes.every((c) => c.change === "same")).toBe(true);
  });
});
