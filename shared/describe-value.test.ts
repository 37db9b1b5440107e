import { Float16Array } from "@petamoriken/float16";
import { describe as suite, expect, it } from "vitest";
import { describe, describeError } from "./describe-value";

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

suite("describeError()", () => {
  it("gives an Error's message and any other thrown value as text", () => {
    expect(describeError(new RangeError("too big"))).toBe("too big");
    expect(describeError("plain")).toBe("plain");
    expect(describeError(42)).toBe("42");
    expect(describeError(undefined)).toBe("undefined");
  });
});
