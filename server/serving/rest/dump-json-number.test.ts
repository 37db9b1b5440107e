import { describe, expect, it } from "vitest";
import { dumpJsonFloat } from "./dump-json-number";

describe("dumpJsonFloat()", () => {
  it.each([
    [3, "3.0"],
    [-2, "-2.0"],
    [0, "0.0"],
    [-0, "-0.0"],
    [1.5, "1.5"],
    [Math.fround(0.1), "0.10000000149011612"],
    [0.00012, "0.00012"],
    [0.000012, "1.2e-05"],
    [123456789012345, "123456789012345.0"],
    [1e15, "1e+15"],
    [1.25e16, "1.25e+16"],
    [1e-100, "1e-100"],
    [Number.NaN, "null"],
    [Number.POSITIVE_INFINITY, "null"],
  ])("writes %s as %s", (value, text) => {
    expect(dumpJsonFloat(value)).toBe(text);
  });

  it("writes the shortest text that reads back to the same double", () => {
    for (const value of [Math.PI, 1 / 3, Math.fround(2.7182817), 6.02214076e23]) {
      expect(Number(dumpJsonFloat(value))).toBe(value);
    }
  });
});
