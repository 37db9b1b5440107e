import { describe, expect, it } from "vitest";
import { Base64Error, decodeBase64Body, encodeBase64 } from "./text-mode";

describe("decodeBase64Body()", () => {
  it("decodes one padded block", () => {
    expect(decodeBase64Body(Buffer.from("hello").toString("base64")).toString()).toBe("hello");
  });

  it("decodes back-to-back blocks that each carry padding", () => {
    const text =
      Buffer.from("a").toString("base64") +
      Buffer.from("bc").toString("base64") +
      Buffer.from("def").toString("base64");
    expect(text).toBe("YQ==YmM=ZGVm");
    expect(decodeBase64Body(text).toString()).toBe("abcdef");
  });

  it("ignores line breaks", () => {
    expect(decodeBase64Body("aGVs\r\nbG8=").toString()).toBe("hello");
  });

  it.each([
    ["a character outside the alphabet", "AAAA*AAA"],
    ["a length that is not a multiple of 4", "AAAAA"],
    ["padding inside a group", "A=AA"],
    ["a lone padding character after data in the group", "AAA=A==="],
    ["url-safe characters", "AA-_"],
  ])("rejects %s", (_name, text) => {
    expect(() => decodeBase64Body(text)).toThrow(Base64Error);
  });
});

describe("encodeBase64()", () => {
  it("encodes a view of a larger buffer by its own bytes only", () => {
    const whole = Buffer.from("xxhixx");
    expect(encodeBase64(whole.subarray(2, 4))).toBe(Buffer.from("hi").toString("base64"));
  });
});
