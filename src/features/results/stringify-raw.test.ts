import { describe, expect, it } from "vitest";
import { stringifyRaw } from "./stringify-raw";

describe("stringifyRaw()", () => {
  it("indents JSON, writes bigint as decimal strings and summarizes byte arrays", () => {
    const text = stringifyRaw({ version: 18446744073709551615n, data: new Uint8Array(16) });
    expect(JSON.parse(text)).toEqual({
      version: "18446744073709551615",
      data: "<Uint8Array of 16 bytes>",
    });
    expect(text).toContain('\n  "version"');
  });

  it("returns null text for undefined", () => {
    expect(stringifyRaw(undefined)).toBe("null");
  });
});
