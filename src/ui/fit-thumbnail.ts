/**
 * The size of a thumbnail: the photo scaled down until its shorter side is THUMBNAIL_EDGE pixels
 * (the thumbnails are cropped to squares of 64–72 CSS pixels, so this is sharp at twice that),
 * keeping its proportions, never scaled up; a sliver of a picture is scaled further so its long
 * side stays within THUMBNAIL_MAX_LONG_SIDE (canvases have a size limit).
 */

/** The shorter side of a thumbnail, in pixels. */
export const THUMBNAIL_EDGE = 160;

/** The longest side a thumbnail may have, in pixels. */
export const THUMBNAIL_MAX_LONG_SIDE = THUMBNAIL_EDGE * 16;

/** Photos with more pixels than this are not decoded for a thumbnail (a 100-megapixel image). */
export const MAX_THUMBNAIL_SOURCE_PIXELS = 100_000_000;

/** Returns the thumbnail's width and height for a photo of `width` × `height`; throws on an empty or oversized photo. */
export function fitThumbnail(width: number, height: number): { width: number; height: number } {
  if (!(width >= 1 && height >= 1)) {
    throw new Error(`an image of ${width} × ${height} pixels has no thumbnail`);
  }
  if (width * height > MAX_THUMBNAIL_SOURCE_PIXELS) {
    throw new Error(
      `an image of ${width} × ${height} pixels is over the ${MAX_THUMBNAIL_SOURCE_PIXELS / 1e6}-megapixel limit for thumbnails`,
    );
  }
  const scale = Math.min(
    1,
    THUMBNAIL_EDGE / Math.min(width, height),
    THUMBNAIL_MAX_LONG_SIDE / Math.max(width, height),
  );
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
