import { useEffect, useSyncExternalStore } from "react";
import { requestThumbnailUrl, subscribeThumbnails, thumbnailUrlNow } from "./thumbnail-urls";

/**
 * Returns the URL of the photo's thumbnail, shared by every view of the same bytes; undefined
 * while a large photo's thumbnail is being made (the component re-renders when it is ready).
 */
export function useThumbnailUrl(bytes: Uint8Array | undefined, type: string): string | undefined {
  const url = useSyncExternalStore(subscribeThumbnails, () =>
    bytes ? thumbnailUrlNow(bytes, type) : undefined,
  );
  useEffect(() => {
    if (bytes) {
      void requestThumbnailUrl(bytes, type);
    }
  }, [bytes, type]);
  return url;
}
