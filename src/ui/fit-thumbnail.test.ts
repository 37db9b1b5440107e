import { describe, expect, it } from "vitest";
import {
  fitThumbnail,
  MAX_THUMBNAIL_SOURCE_PIXELS,
  THUMBNAIL_EDGE,
  THUMBNAIL_MAX_LONG_SIDE,
} from "./fit-thumbnail";

describe("fitThumbnail()", () => {
  it("scales a landscape photo until its height is the thumbnail edge, keeping its proportions", () => {
    expect(fitThumbnail(2400, 1750)).toEqual({
      width: Math.round((2400 * THUMBNAIL_EDGE) / 1750),
      height: THUMBNAIL_EDGE,
    });
  });

  it("scales a portrait photo until its width is the thumbnail edge", () => {
    expect(fitThumbnail(1000, 3000)).toEqual({ width: THUMBNAIL_EDGE, height: THUMBNAIL_EDGE * 3 });
  });

  it("never scales a small picture up, and bounds the long side of a sliver", () => {
    expect(fitThumbnail(100, 50)).toEqual({ width: 100, height: 50 });
    expect(fitThumbnail(100_000, 400)).toEqual({
      width: THUMBNAIL_MAX_LONG_SIDE,
      height: Math.round((400 * THUMBNAIL_MAX_LONG_SIDE) / 100_000),
    });
    expect(fitThumbnail(1, 10_000)).toEqual({ width: 1, height: THUMBNAIL_MAX_LONG_SIDE });
  });

  it("refuses an empty picture and one over the pixel limit, naming the limit", () => {
    expect(() => fitThumbnail(0, 10)).toThrow("0 × 10");
    expect(() => fitThumbnail(Number.NaN, 10)).toThrow("has no thumbnail");
    const side = Math.ceil(Math.sqrt(MAX_THUMBNAIL_SOURCE_PIXELS)) + 1;
    expect(() => fitThumbnail(side, side)).toThrow("100-megapixel limit");
  });
});
