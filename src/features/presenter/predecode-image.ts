/**
 * Decodes an image URL ahead of need, so the presenter's first photo paints without a decode on
 * the critical frame. Returns a function that drops the reference (and with it the decoded pixels).
 */
export function predecodeImage(url: string): () => void {
  // DOM shims without decoding (jsdom) have nothing to prepare.
  if (typeof Image !== "function" || typeof HTMLImageElement.prototype.decode !== "function") {
    return () => undefined;
  }
  const image = new Image();
  image.decoding = "async";
  image.src = url;
  // A photo that cannot be decoded shows its file name in the presenter; nothing to do here.
  image.decode().catch(() => undefined);
  return () => image.removeAttribute("src");
}
