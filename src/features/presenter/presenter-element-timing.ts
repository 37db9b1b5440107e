/**
 * Element Timing names of what the presenter shows first (its photo and its answer), so the
 * browser reports when they were painted; the browser benchmark times Present with them.
 */
export const PRESENTER_ELEMENT_TIMING = {
  photo: "presenter-photo",
  label: "presenter-label",
} as const;

/** Returns the `elementtiming` attribute (not in React's types) to spread on an element. */
export function elementTiming(name: string): Record<string, string> {
  return { elementtiming: name };
}
