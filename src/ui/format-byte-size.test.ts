import { describe, expect, it } from "vitest";
import { formatByteSize } from "./format-byte-size";

describe("formatByteSize()", () => {
  it("picks a readable unit", () => {
    expect(formatByteSize(512)).toBe("512 B");
    expect(formatByteSize(4300)).toBe("4.2 KB");
    expect(formatByteSize(150 * 1024)).toBe("150 KB");
    expect(formatByteSize(1.3 * 2 ** 20)).toBe("1.3 MB");
  });
});
