/** Linear interpolation along a colour ramp of evenly spaced stops. */

/** One stop of a ramp: [r, g, b], each 0–255. */
export type RgbStop = readonly [number, number, number];

/**
 * Returns the [r, g, b] at `position` (clamped to 0–1) along `stops`, evenly spaced from the
 * first (0) to the last (1). A ramp needs at least two stops.
 */
export function interpolateRamp(
  stops: readonly RgbStop[],
  position: number,
): [number, number, number] {
  const clamped = Math.min(1, Math.max(0, position));
  const scaled = clamped * (stops.length - 1);
  const lower = Math.max(0, Math.min(Math.floor(scaled), stops.length - 2));
  const fraction = scaled - lower;
  const from = stops[lower];
  const to = stops[lower + 1];
  if (from === undefined || to === undefined) {
    throw new RangeError(`A colour ramp needs at least 2 stops, got ${stops.length}`);
  }
  const mix = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * fraction);
  return [mix(0), mix(1), mix(2)];
}
