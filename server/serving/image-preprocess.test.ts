import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { InstanceError } from "./errors";
import { decodeImage } from "./image-preprocess";

const norm = { size: 4, mean: [100, 50, 0], std: [2, 5, 1] } as const;

/** A 40x20 image whose left half is red and right half blue. */
function halves(): Buffer {
  const width = 40;
  const height = 20;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      raw.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3);
    }
  }
  return raw;
}

const encode = (format: "png" | "webp" | "gif" | "jpeg") =>
  sharp(halves(), { raw: { width: 40, height: 20, channels: 3 } })
    .toFormat(format, format === "webp" ? { lossless: true } : {})
    .toBuffer();

/** Returns channel c at pixel (x, y) of a CHW size x size result, back on the 0–255 scale. */
const pixel = (chw: Float32Array, c: number, x: number, y: number) =>
  chw[c * 16 + y * 4 + x]! * norm.std[c]! + norm.mean[c]!;

describe("decodeImage()", () => {
  it.each(["png", "webp", "gif"] as const)(
    "decodes %s, resizes to size x size and normalizes CHW",
    async (format) => {
      const chw = await decodeImage(await encode(format), norm);
      expect(chw).toHaveLength(3 * 16);
      // Left columns red, right columns blue, in every row.
      for (const y of [0, 3]) {
        expect(pixel(chw, 0, 0, y)).toBeCloseTo(255, 0);
        expect(pixel(chw, 2, 0, y)).toBeCloseTo(0, 0);
        expect(pixel(chw, 0, 3, y)).toBeCloseTo(0, 0);
        expect(pixel(chw, 2, 3, y)).toBeCloseTo(255, 0);
      }
      expect(chw[16]).toBeCloseTo((0 - 50) / 5, 5);
    },
  );

  it("decodes JPEG", async () => {
    const chw = await decodeImage(await encode("jpeg"), norm);
    expect(Math.abs(pixel(chw, 0, 0, 0) - 255)).toBeLessThan(12);
    expect(Math.abs(pixel(chw, 2, 3, 0) - 255)).toBeLessThan(12);
  });

  it("applies EXIF orientation: a 90° tag turns the left half into the top", async () => {
    const rotated = await sharp(halves(), { raw: { width: 40, height: 20, channels: 3 } })
      .png()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const chw = await decodeImage(rotated, norm);
    // Orientation 6 shows the stored image turned 90° clockwise: stored left (red) ends up on top.
    expect(pixel(chw, 0, 0, 0)).toBeCloseTo(255, 0);
    expect(pixel(chw, 0, 3, 0)).toBeCloseTo(255, 0);
    expect(pixel(chw, 2, 0, 3)).toBeCloseTo(255, 0);
  });

  it("spreads a grey image over all three channels", async () => {
    const grey = await sharp(Buffer.alloc(64, 200), { raw: { width: 8, height: 8, channels: 1 } })
      .png()
      .toBuffer();
    const chw = await decodeImage(grey, norm);
    expect([0, 1, 2].map((c) => Math.round(pixel(chw, c, 1, 1)))).toEqual([200, 200, 200]);
  });

  it("throws InstanceError for bytes that are no image", async () => {
    await expect(
      decodeImage(new TextEncoder().encode("not an image"), norm),
    ).rejects.toBeInstanceOf(InstanceError);
    await expect(decodeImage(new Uint8Array(0), norm)).rejects.toThrow(/^Cannot decode the image/);
  });
});
