import { describe, expect, it } from "vitest";
import { formatByteSize, formatDuration } from "./format-figures";

describe("formatByteSize()", () => {
  it("prints exact bytes below 1 kB and one decimal above", () => {
    expect(formatByteSize(0)).toBe("0 B");
    expect(formatByteSize(999)).toBe("999 B");
    expect(formatByteSize(1500)).toBe("1.5 kB");
    expect(formatByteSize(4_000_123)).toBe("4.0 MB");
    expect(formatByteSize(2.5e9)).toBe("2.5 GB");
  });
});

describe("formatDuration()", () => {
  it("prints short durations with a decimal, longer in whole ms, then seconds", () => {
    expect(formatDuration(3.14159)).toBe("3.1 ms");
    expect(formatDuration(250.4)).toBe("250 ms");
    expect(formatDuration(1234)).toBe("1.23 s");
  });
});
