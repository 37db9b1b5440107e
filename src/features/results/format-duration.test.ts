import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration()", () => {
  it("prints short durations with a decimal, longer in whole ms, then seconds", () => {
    expect(formatDuration(3.14159)).toBe("3.1 ms");
    expect(formatDuration(250.4)).toBe("250 ms");
    expect(formatDuration(1234)).toBe("1.23 s");
  });
});
