import sharp from "sharp";
import { createNormalRandom } from "../server/serving/onnx/seeded-random";

/** Returns `count` 500×375 JPEGs of seeded noise over a gradient. */
export async function makeSyntheticPhotos(count: number): Promise<Buffer[]> {
  // Noise keeps the JPEGs photo-sized, so decode and resize cost what real photos cost.
  const next = createNormalRandom(7);
  const [width, height] = [500, 375];
  return Promise.all(
    Array.from({ length: count }, () => {
      const raw = Buffer.alloc(width * height * 3);
      for (let i = 0; i < raw.length; i += 1) {
        raw[i] = Math.max(0, Math.min(255, ((i / 3) % width) / 2 + 60 + next() * 40));
      }
      return sharp(raw, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 90 })
        .toBuffer();
    }),
  );
}
