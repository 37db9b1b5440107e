import sharp from "sharp";
import { describeError } from "../../shared/describe-value";

// Every request brings new bytes, so libvips' operation cache (50 MB by default) only holds memory
// that a served burst would never give back.
sharp.cache(false);

/** How an image becomes model input: square size, and per-channel RGB mean and std on the 0–255 scale. */
export interface ImageNormalization {
  readonly size: number;
  readonly mean: readonly [number, number, number];
  readonly std: readonly [number, number, number];
}

/**
 * Returns the image in `bytes` (JPEG, PNG, WebP, GIF first frame, ...) as float32 CHW values: EXIF
 * orientation applied, bilinear resize to size x size, each channel normalized as (v - mean) / std.
 * Throws when the bytes are not an image sharp can decode.
 */
export async function decodeImage(
  bytes: Uint8Array,
  norm: ImageNormalization,
): Promise<Float32Array> {
  let pixels: Buffer;
  try {
    pixels = await sharp(bytes, { pages: 1 })
      .rotate()
      .removeAlpha()
      .toColourspace("srgb")
      .resize(norm.size, norm.size, { fit: "fill", kernel: "linear" })
      .raw()
      .toBuffer();
  } catch (error) {
    throw new Error(`Cannot decode the image: ${describeError(error)}`);
  }
  const area = norm.size * norm.size;
  const channels = pixels.length / area;
  const out = new Float32Array(3 * area);
  for (let c = 0; c < 3; c += 1) {
    const mean = norm.mean[c] ?? 0;
    const std = norm.std[c] ?? 1;
    // Grey images come back with one channel: it stands for all three.
    const source = channels >= 3 ? c : 0;
    for (let p = 0; p < area; p += 1) {
      out[c * area + p] = ((pixels[p * channels + source] ?? 0) - mean) / std;
    }
  }
  return out;
}
