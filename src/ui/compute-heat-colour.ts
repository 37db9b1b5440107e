import { interpolateRamp, type RgbStop } from "../../shared/interpolate-ramp";

/** Cell colours for one value of a heatmap. */
export interface HeatColour {
  background: string;
  /** Text colour with enough contrast on that background. */
  foreground: string;
}

// A perceptually ordered ramp (dark blue → teal → yellow, like viridis), readable by most colour-blind viewers.
const STOPS: readonly RgbStop[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** Returns the heatmap colours of `value` on a linear scale from `min` to `max` (NaN gets neutral grey). */
export function computeHeatColour(value: number, min: number, max: number): HeatColour {
  const [r, g, b] = computeHeatRgb(value, min, max);
  // Relative luminance (sRGB weights, gamma ignored) is enough to pick black or white text.
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return { background: `rgb(${r}, ${g}, ${b})`, foreground: luminance > 0.5 ? "#000" : "#fff" };
}

/** Returns the [r, g, b] (0–255) of `value` on the heatmap ramp from `min` to `max`; NaN is grey. */
export function computeHeatRgb(value: number, min: number, max: number): [number, number, number] {
  if (Number.isNaN(value)) {
    return [128, 128, 128];
  }
  const span = max - min;
  return interpolateRamp(STOPS, span > 0 && Number.isFinite(span) ? (value - min) / span : 0.5);
}
