import { useCallback } from "react";

/** Shows image bytes as a thumbnail; the object URL lives exactly as long as the element. */
export function ImageThumbnail(props: { bytes: Uint8Array; type: string; alt: string }) {
  const { bytes, type, alt } = props;
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) {
        return;
      }
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [bytes, type],
  );
  return <img ref={attach} className="thumbnail" alt={alt} />;
}
