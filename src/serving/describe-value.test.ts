import { Float16Array } from "@petamoriken/float16";
import { describe as suite, expect, it } from "vitest";
import { describe } from "./describe-value";

suite("describe()", () => {
  it("names values the way error messages show them", () => {
    expect(
      [
        null,
        undefined,
        [1],
        new Float16Array(1),
        new Int8Array(1),
        "x",
        1.5,
        true,
        3n,
        {},
        new Map(),
        () => 0,
      ].map(describe),
    ).toEqual([
      "null",
      "undefined",
      "an array",
      "Float16Array",
      "Int8Array",
      '"x"',
      "1.5",
      "true",
      "3n",
      "an object",
      "a Map",
      "a function",
    ]);
    expect(describe("a".repeat(50))).toBe(`"${"a".repeat(40)}…"`);
  });
});
