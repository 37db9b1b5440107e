import { describe, expect, it } from "vitest";
import { computeHeatColour } from "./compute-heat-colour";

describe("computeHeatColour()", () => {
  it("maps the minimum to the dark end with white text and the maximum to the light end with black", () => {
    expect(computeHeatColour(-1, -1, 3)).toEqual({
      background: "rgb(68, 1, 84)",
      foreground: "#fff",
    });
    expect(computeHeatColour(3, -1, 3)).toEqual({
      background: "rgb(253, 231, 37)",
      foreground: "#000",
    });
  });

  it("places the midpoint on the middle stop", () => {
    expect(computeHeatColour(1, -1, 3).background).toBe("rgb(33, 145, 140)");
  });

  it("clamps values outside the scale and centres a flat tensor", () => {
    expect(computeHeatColour(10, 0, 1).background).toBe("rgb(253, 231, 37)");
    expect(computeHeatColour(5, 5, 5).background).toBe("rgb(33, 145, 140)");
  });

  it("greys out NaN", () => {
    expect(computeHeatColour(Number.NaN, 0, 1).background).toBe("rgb(128, 128, 128)");
  });
});
