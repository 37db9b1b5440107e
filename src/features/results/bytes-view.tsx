import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatByteSize } from "../../draft/format-byte-size";
import { useObjectUrlRef } from "../../ui/use-object-url-ref";
import { sniffImageType } from "./sniff-image-type";

/** Shows binary output: an image preview when the bytes decode as one, always its size and a download link. */
export function BytesView(props: { name: string; bytes: Uint8Array }) {
  const { name, bytes } = props;
  const imageType = sniffImageType(bytes);
  return (
    <div className="results-bytes">
      {imageType && <ImagePreview name={name} bytes={bytes} type={imageType} />}
      <DownloadLink name={name} bytes={bytes} type={imageType ?? "application/octet-stream"} />
    </div>
  );
}

function ImagePreview(props: { name: string; bytes: Uint8Array; type: string }) {
  const { t } = useTranslation("results");
  const [failed, setFailed] = useState(false);
  const ref = useObjectUrlRef<HTMLImageElement>(props.bytes, props.type);
  if (failed) {
    return <p className="results-note">{t("bytes.notImage", { type: props.type })}</p>;
  }
  return (
    <img
      ref={ref}
      className="results-image"
      decoding="async"
      loading="lazy"
      alt={t("bytes.image", { name: props.name })}
      onError={() => setFailed(true)}
    />
  );
}

function DownloadLink(props: { name: string; bytes: Uint8Array; type: string }) {
  const { t } = useTranslation("results");
  const ref = useObjectUrlRef<HTMLAnchorElement>(props.bytes, props.type);
  const extension = props.type.startsWith("image/")
    ? props.type.slice(6).replace("x-icon", "ico")
    : "bin";
  return (
    <p>
      <span>{formatByteSize(props.bytes.length)}</span>{" "}
      {/* The object URL reaches href through the ref, after the first render. */}
      {/* eslint-disable-next-line jsx-a11y/anchor-is-valid */}
      <a ref={ref} download={`${props.name}.${extension}`}>
        {t("bytes.download", { name: props.name })}
      </a>
    </p>
  );
}
