import { describe, expect, it } from "vitest";
import { Base64Encoder, Base64Error, Base64Stream, decodeBase64Body } from "./text-mode";

/** Returns the bytes of `text` as a client sends them. */
const bytesOf = (text: string) => Buffer.from(text, "latin1");

describe("decodeBase64Body()", () => {
  it("decodes one padded block", () => {
    expect(decodeBase64Body(Buffer.from(Buffer.from("hello").toString("base64"))).toString()).toBe(
      "hello",
    );
  });

  it("decodes back-to-back blocks that each carry padding", () => {
    const text =
      Buffer.from("a").toString("base64") +
      Buffer.from("bc").toString("base64") +
      Buffer.from("def").toString("base64");
    expect(text).toBe("YQ==YmM=ZGVm");
    expect(decodeBase64Body(bytesOf(text)).toString()).toBe("abcdef");
  });

  it("ignores line breaks", () => {
    expect(decodeBase64Body(bytesOf("aGVs\r\nbG8=")).toString()).toBe("hello");
  });

  it.each([
    ["a character outside the alphabet", "AAAA*AAA"],
    ["a length that is not a multiple of 4", "AAAAA"],
    ["padding inside a group", "A=AA"],
    ["a lone padding character after data in the group", "AAA=A==="],
    ["url-safe characters", "AA-_"],
    ["a space", "AA AAAAA"],
    ["a non-ASCII character", "AAA\u00e9"],
    ["a bad character in a later block", "YQ==YmM=ZG*m"],
  ])("rejects %s", (_name, text) => {
    expect(() => decodeBase64Body(bytesOf(text))).toThrow(Base64Error);
  });
});

describe("Base64Encoder", () => {
  const bytes = Buffer.from("the quick brown fox jumps over the lazy dog");

  it.each([1, 2, 4, 7, 100])(
    "writes no padding until flush, whatever the chunk size (%i)",
    (size) => {
      const encoder = new Base64Encoder();
      const parts: string[] = [];
      for (let at = 0; at < bytes.byteLength; at += size) {
        parts.push(encoder.push(bytes.subarray(at, at + size)).toString("latin1"));
      }
      expect(parts.join("")).not.toContain("=");
      parts.push(encoder.flush().toString("latin1"));
      expect(parts.join("")).toBe(bytes.toString("base64"));
    },
  );

  it("encodes a view of a larger buffer by its own bytes only", () => {
    const encoder = new Base64Encoder();
    const whole = Buffer.from("xxhixx");
    const text = Buffer.concat([encoder.push(whole.subarray(2, 4)), encoder.flush()]);
    expect(text.toString("latin1")).toBe(Buffer.from("hi").toString("base64"));
  });
});

describe("Base64Stream", () => {
  const text = "YQ==YmM=ZGVm" + Buffer.from("ghijklmnop").toString("base64");

  it.each([1, 3, 5, 8])("decodes chunks of %i characters however they split the groups", (size) => {
    const stream = new Base64Stream();
    const parts: Buffer[] = [];
    for (let at = 0; at < text.length; at += size) {
      parts.push(stream.push(Buffer.from(text.slice(at, at + size), "latin1")));
    }
    stream.end();
    expect(Buffer.concat(parts).toString()).toBe("abcdefghijklmnop");
  });

  it("drops line breaks wherever the chunks split them", () => {
    const stream = new Base64Stream();
    const parts = ["aGVs\r", "\nbG", "8=\n"].map((part) => stream.push(bytesOf(part)));
    stream.end();
    expect(Buffer.concat(parts).toString()).toBe("hello");
  });

  it("reports positions in the whole body and an unfinished last group", () => {
    const stream = new Base64Stream();
    stream.push(Buffer.from("AAAA"));
    expect(() => stream.push(Buffer.from("A=AA"))).toThrow(/character 5/);
    const later = new Base64Stream();
    later.push(bytesOf("YQ==YmM="));
    expect(() => later.push(bytesOf("ZG*m"))).toThrow(/character 10/);
    const short = new Base64Stream();
    short.push(Buffer.from("AAAAAA"));
    expect(() => short.end()).toThrow(/length 6 is not a multiple of 4/);
  });
});
