/// <reference lib="webworker" />
/**
 * A module worker that shrinks photos to thumbnails, so decoding and scaling a 3 MB JPEG never
 * holds the page, and the page then paints a few kilobytes instead of megapixels.
 */
import { fitThumbnail, THUMBNAIL_EDGE } from "./fit-thumbnail";
import type { ThumbnailAnswer, ThumbnailJob } from "./thumbnail-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<ThumbnailJob>) => {
  const { id, photo } = event.data;
  shrink(photo).then(
    (thumbnail) => scope.postMessage({ id, thumbnail } satisfies ThumbnailAnswer),
    (error: unknown) => scope.postMessage({ id, error: String(error) } satisfies ThumbnailAnswer),
  );
});

/** A decoded picture and how to let go of its pixels. */
interface Decoded {
  image: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

async function shrink(photo: Blob): Promise<Blob> {
  const decoded = (await decodeScaled(photo)) ?? (await decodeWhole(photo));
  try {
    const { width, height } = fitThumbnail(decoded.width, decoded.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) {
      throw new Error("this browser gives a worker no 2D canvas");
    }
    context.imageSmoothingQuality = "high";
    context.drawImage(decoded.image, 0, 0, width, height);
    // WebP keeps transparency; a browser that cannot write it writes PNG instead.
    return await canvas.convertToBlob({ type: "image/webp", quality: 0.85 });
  } finally {
    decoded.close();
  }
}

// WebCodecs decodes a JPEG at 1/2, 1/4 or 1/8 of its size when asked for a small picture: a
// fraction of the work and memory of the whole photo. Undefined where it cannot.
async function decodeScaled(photo: Blob): Promise<Decoded | undefined> {
  if (typeof ImageDecoder !== "function" || photo.type === "") {
    return undefined;
  }
  let decoder: ImageDecoder | undefined;
  try {
    if (!(await ImageDecoder.isTypeSupported(photo.type))) {
      return undefined;
    }
    decoder = new ImageDecoder({
      data: photo.stream(),
      type: photo.type,
      // Chromium picks the scale by area: twice the edge each way keeps the shorter side at
      // least THUMBNAIL_EDGE for photos up to 4:1.
      desiredWidth: THUMBNAIL_EDGE * 2,
      desiredHeight: THUMBNAIL_EDGE * 2,
    });
    const { image } = await decoder.decode();
    const done = decoder;
    return {
      image,
      width: image.displayWidth,
      height: image.displayHeight,
      close: () => {
        image.close();
        done.close();
      },
    };
  } catch {
    // A type that lies about the bytes: the browser's sniffing decoder gets its turn.
    decoder?.close();
    return undefined;
  }
}

async function decodeWhole(photo: Blob): Promise<Decoded> {
  const bitmap = await createImageBitmap(photo);
  return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}
