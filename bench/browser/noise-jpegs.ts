/** Seeded-noise JPEGs of a chosen size for the browser benchmark's photo scenarios. */
import sharp from "sharp";

/** Returns `count` seeded-noise JPEGs of `width`×`height` (their size is printed, not assumed). */
export async function makeNoiseJpegs(
  count: number,
  width: number,
  height: number,
): Promise<Buffer[]> {
  const out: Buffer[] = [];
  let seed = 12345;
  for (let k = 0; k < count; k++) {
    const raw = Buffer.alloc(width * height * 3);
    for (let i = 0; i < raw.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      raw[i] = ((i / 3) % width) / 16 + ((seed >> 16) % 128) + k;
    }
    out.push(
      await sharp(raw, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 92 })
        .toBuffer(),
    );
  }
  return out;
}
