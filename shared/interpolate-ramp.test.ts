import { describe, expect, it } from "vitest";
import { interpolateRamp } from "./interpolate-ramp";

const RAMP = [
  [0, 0, 0],
  [100, 200, 50],
  [200, 0, 250],
] as const;

describe("interpolateRamp", () => {
  it("returns the end stops at 0 and 1 and clamps beyond them", () => {
    expect(interpolateRamp(RAMP, 0)).toEqual([0, 0, 0]);
    expect(interpolateRamp(RAMP, 1)).toEqual([200, 0, 250]);
    expect(interpolateRamp(RAMP, -3)).toEqual([0, 0, 0]);
    expect(interpolateRamp(RAMP, 7)).toEqual([200, 0, 250]);
  });

  it("mixes the two neighbouring stops linearly", () => {
    expect(interpolateRamp(RAMP, 0.5)).toEqual([100, 200, 50]);
    expect(interpolateRamp(RAMP, 0.25)).toEqual([50, 100, 25]);
    expect(interpolateRamp(RAMP, 0.75)).toEqual([150, 100, 150]);
  });

  it("refuses a ramp of fewer than two stops", () => {
    expect(() => interpolateRamp([[1, 2, 3]], 0.5)).toThrow(/at least 2 stops/);
  });
});
