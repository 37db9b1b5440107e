import { useThumbnailUrl } from "./use-thumbnail-url";

/**
 * Shows image bytes as a small thumbnail (made off the page's thread for a large photo, shared
 * with every other view of the same bytes); the element is there, named, before its picture is.
 */
export function ImageThumbnail(props: { bytes?: Uint8Array; type: string; alt: string }) {
  const { bytes, type, alt } = props;
  const url = useThumbnailUrl(bytes, type);
  return <img src={url} className="thumbnail" alt={alt} decoding="async" loading="lazy" />;
}
