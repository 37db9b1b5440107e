/** Colours of the difference heatmap: white for equal, through orange to dark red, black for infinite. */
import type { DiffBlocks } from "./downsample-max";

// A sequential ramp from "no difference" (white) to "largest difference" (dark red).
const STOPS: readonly (readonly [number, number, number])[] = [
  [255, 255, 255],
  [254, 217, 118],
  [253, 141, 60],
  [227, 26, 28],
  [128, 0, 38],
];
const INFINITE: readonly [number, number, number] = [0, 0, 0];

/** Returns the [r, g, b] of a difference on the ramp from 0 to top; infinite (or NaN-sided) is black. */
export function computeDiffRgb(value: number, top: number): readonly [number, number, number] {
  if (!Number.isFinite(value)) {
    return INFINITE;
  }
  const position = top > 0 ? Math.min(1, Math.max(0, value / top)) : 0;
  const scaled = position * (STOPS.length - 1);
  const lower = Math.min(Math.floor(scaled), STOPS.length - 2);
  const fraction = scaled - lower;
  const from = STOPS[lower]!;
  const to = STOPS[lower + 1]!;
  const mix = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * fraction);
  return [mix(0), mix(1), mix(2)];
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
