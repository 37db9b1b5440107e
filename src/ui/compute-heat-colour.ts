/** Cell colours for one value of a heatmap. */
export interface HeatColour {
  background: string;
  /** Text colour with enough contrast on that background. */
  foreground: string;
}

// A perceptually ordered ramp (dark blue → teal → yellow, like viridis), readable by most colour-blind viewers.
const STOPS: readonly (readonly [number, number, number])[] = [
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
  const position = span > 0 && Number.isFinite(span) ? clamp01((value - min) / span) : 0.5;
  const scaled = position * (STOPS.length - 1);
  const lower = Math.min(Math.floor(scaled), STOPS.length - 2);
  const fraction = scaled - lower;
  // lower is within 0…STOPS.length − 2, so both stops exist.
  const from = STOPS[lower]!;
  const to = STOPS[lower + 1]!;
  const mix = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * fraction);
  return [mix(0), mix(1), mix(2)];
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
