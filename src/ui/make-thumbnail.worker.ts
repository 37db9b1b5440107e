/// <reference lib="webworker" />
/**
 * A module worker that shrinks photos to thumbnails, so decoding and scaling a 3 MB JPEG never
 * holds the page, and the page then paints a few kilobytes instead of megapixels.
 */
import { fitThumbnail } from "./fit-thumbnail";
import type { ThumbnailAnswer, ThumbnailJob } from "./thumbnail-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<ThumbnailJob>) => {
  const { id, photo } = event.data;
  shrink(photo).then(
    (thumbnail) => scope.postMessage({ id, thumbnail } satisfies ThumbnailAnswer),
    (error: unknown) => scope.postMessage({ id, error: String(error) } satisfies ThumbnailAnswer),
  );
});

async function shrink(photo: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(photo);
  try {
    const { width, height } = fitThumbnail(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) {
      throw new Error("this browser gives a worker no 2D canvas");
    }
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, width, height);
    // WebP keeps transparency; a browser that cannot write it writes PNG instead.
    return await canvas.convertToBlob({ type: "image/webp", quality: 0.85 });
  } finally {
    bitmap.close();
  }
}
