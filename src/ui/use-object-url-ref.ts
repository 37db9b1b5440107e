import { useCallback } from "react";
import { blobOfBytes } from "../serving/bytes-blob";

/** Element attribute that receives the object URL. */
type UrlTarget = HTMLImageElement | HTMLAnchorElement;

/**
 * Returns a ref callback that points an <img> (src) or <a> (href) at a Blob URL of `bytes`,
 * and revokes that URL when the element goes away or the bytes change, so previews never leak.
 */
export function useObjectUrlRef<T extends UrlTarget>(
  bytes: Uint8Array,
  type: string,
): (node: T | null) => (() => void) | undefined {
  return useCallback(
    (node: T | null) => {
      // Environments without Blob URLs (server rendering, bare DOM shims) render no preview.
      if (!node || typeof URL.createObjectURL !== "function") {
        return undefined;
      }
      const url = URL.createObjectURL(blobOfBytes(bytes, type));
      if (node instanceof HTMLImageElement) {
        node.src = url;
      } else {
        node.href = url;
      }
      return () => URL.revokeObjectURL(url);
    },
    [bytes, type],
  );
}
