/** Colours of the difference heatmap: white for equal, through orange to dark red, black for infinite. */
import { interpolateRamp, type RgbStop } from "../../shared/interpolate-ramp";
import type { DiffBlocks } from "./downsample-max";

// A sequential ramp from "no difference" (white) to "largest difference" (dark red).
const STOPS: readonly RgbStop[] = [
  [255, 255, 255],
  [254, 217, 118],
  [253, 141, 60],
  [227, 26, 28],
  [128, 0, 38],
];
const INFINITE: RgbStop = [0, 0, 0];

/** Returns the [r, g, b] of a difference on the ramp from 0 to top; infinite (or NaN-sided) is black. */
export function computeDiffRgb(value: number, top: number): RgbStop {
  if (!Number.isFinite(value)) {
    return INFINITE;
  }
  return interpolateRamp(STOPS, top > 0 ? value / top : 0);
}

/** Returns RGBA pixels (for ImageData) of the block maxima. */
export function paintDiffBlocks(blocks: DiffBlocks): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(blocks.maxima.length * 4);
  blocks.maxima.forEach((value, block) => {
    const [r, g, b] = computeDiffRgb(value, blocks.top);
    pixels[block * 4] = r;
    pixels[block * 4 + 1] = g;
    pixels[block * 4 + 2] = b;
    pixels[block * 4 + 3] = 255;
  });
  return pixels;
}
