import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatByteSize } from "../../draft/format-byte-size";
import { useFilesStore } from "../../state/files-store";
import { ImageThumbnail } from "../../ui/image-thumbnail";
import type { FileRef } from "../../draft/draft-value";

/** Shows the file of a bytes or image input (thumbnail, name, size) and lets the user choose another. */
export function FileEditor(props: {
  name: string;
  kind: "bytes" | "image";
  file?: FileRef;
  onPick: (file: File) => void;
}) {
  const { name, kind, file, onPick } = props;
  const bytes = useFilesStore((s) => (file ? s.files[file.id] : undefined));
  const missing = useFilesStore((s) => (file ? s.missing.includes(file.id) : false));
  const picker = useRef<HTMLInputElement>(null);
  const { t } = useTranslation("instances");
  const pickerId = useId();
  return (
    <div className="file-editor">
      {file ? (
        <figure className="file-card">
          {kind === "image" && bytes && (
            <ImageThumbnail bytes={bytes} type={file.type} alt={file.name} />
          )}
          <figcaption>
            <span className="file-name">{file.name}</span>{" "}
            <span className="field-note">{formatByteSize(file.size)}</span>
            {!bytes && (
              <span className="field-error">{missing ? t("file.lost") : t("file.loading")}</span>
            )}
          </figcaption>
        </figure>
      ) : (
        <p className="field-note">{kind === "image" ? t("file.noImage") : t("file.noFile")}</p>
      )}
      <input
        id={pickerId}
        ref={picker}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={kind === "image" ? "image/*" : undefined}
        aria-label={t("file.chooseLabel", { name })}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) {
            onPick(chosen);
          }
          e.target.value = "";
        }}
      />
      <button type="button" onClick={() => picker.current?.click()}>
        {t(
          file
            ? kind === "image"
              ? "file.replaceImage"
              : "file.replaceFile"
            : kind === "image"
              ? "file.chooseImage"
              : "file.chooseFile",
        )}
      </button>
    </div>
  );
}
