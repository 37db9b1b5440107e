import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff-image-type";

// Tests run from the repository root; the shared fixtures sit beside it.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve("../shared/fixtures/images", name)));

describe("sniffImageType()", () => {
  it("recognizes the JPEG fixtures", () => {
    expect(sniffImageType(fixture("cat.jpg"))).toBe("image/jpeg");
    expect(sniffImageType(fixture("dog.jpg"))).toBe("image/jpeg");
  });

  it("recognizes PNG, GIF and WebP headers", () => {
    expect(
      sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBe("image/png");
    expect(sniffImageType(new TextEncoder().encode("GIF89a..."))).toBe("image/gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF\u0001\u0002\u0003\u0004WEBPVP8 "))).toBe(
      "image/webp",
    );
  });

  it("returns undefined for other bytes, short inputs and text", () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50]))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode("tabby cat"))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode("RIFF....WAVEfmt "))).toBeUndefined();
  });
});
