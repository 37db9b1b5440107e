/** Photo-sized JPEGs of seeded noise, written to a temporary folder, for sends of tens of megabytes. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";

/** Width and height that make a noise JPEG at quality 90 about 3.2 MB. */
const [WIDTH, HEIGHT] = [2200, 1700];

/** Writes `count` distinct JPEGs of about 3.2 MB; returns their paths and total size in bytes. */
export async function writeBigPhotos(count: number): Promise<{ paths: string[]; bytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), "big-photos-"));
  const paths: string[] = [];
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
    // A linear congruential generator: fast, seeded, and noisy enough that JPEG cannot shrink it.
    let state = 1 + n;
    for (let i = 0; i < raw.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      raw[i] = state >>> 24;
    }
    const jpeg = await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const path = join(dir, `photo-${String(n + 1).padStart(2, "0")}.jpg`);
    await writeFile(path, jpeg);
    paths.push(path);
    bytes += jpeg.length;
  }
  return { paths, bytes };
}
