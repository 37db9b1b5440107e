import { useObjectUrlRef } from "./use-object-url-ref";

/** Shows image bytes as a thumbnail; the object URL lives exactly as long as the element. */
export function ImageThumbnail(props: { bytes: Uint8Array; type: string; alt: string }) {
  const { bytes, type, alt } = props;
  const attach = useObjectUrlRef<HTMLImageElement>(bytes, type);
  return <img ref={attach} className="thumbnail" alt={alt} decoding="async" />;
}
