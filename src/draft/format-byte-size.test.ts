import { describe, expect, it } from "vitest";
import { convertMegabytesToBytes, formatByteSize } from "./format-byte-size";

describe("formatByteSize()", () => {
  it("prints whole bytes below 1 kB", () => {
    expect(formatByteSize(0)).toBe("0 B");
    expect(formatByteSize(512)).toBe("512 B");
    expect(formatByteSize(999)).toBe("999 B");
  });

  it("uses 1000-based units with at most one decimal", () => {
    expect(formatByteSize(1000)).toBe("1 kB");
    expect(formatByteSize(1500)).toBe("1.5 kB");
    expect(formatByteSize(204_800)).toBe("204.8 kB");
    expect(formatByteSize(4_000_123)).toBe("4 MB");
    expect(formatByteSize(1_340_000)).toBe("1.3 MB");
    expect(formatByteSize(2.5e9)).toBe("2.5 GB");
  });

  it("moves to the next unit when rounding would print 1000", () => {
    expect(formatByteSize(999_960)).toBe("1 MB");
    expect(formatByteSize(999_940)).toBe("999.9 kB");
  });
});

describe("convertMegabytesToBytes()", () => {
  it("counts 1,000,000 bytes to the MB, in whole bytes", () => {
    expect(convertMegabytesToBytes(10)).toBe(10_000_000);
    expect(convertMegabytesToBytes(0.2)).toBe(200_000);
    expect(convertMegabytesToBytes(0.0000015)).toBe(2);
  });
});
