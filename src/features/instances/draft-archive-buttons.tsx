import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../shared/describe-value";
import { downloadBytes } from "../../ui/download-bytes";
import { exportDraftArchive, importDraftArchive } from "./draft-archive-actions";

/** Buttons that save the whole draft as one archive file and load one back. */
export function DraftArchiveButtons() {
  const picker = useRef<HTMLInputElement>(null);
  const { t } = useTranslation("instances");
  const [error, setError] = useState<string>();
  const exportDraft = () => {
    setError(undefined);
    exportDraftArchive().then(
      (bytes) => downloadBytes(bytes, "serving-console-draft.zip", "application/zip"),
      (e: unknown) => setError(t("archive.exportError", { reason: describeError(e) })),
    );
  };
  const importDraft = (file: File) => {
    setError(undefined);
    importDraftArchive(file).catch((e: unknown) =>
      setError(t("archive.importError", { name: file.name, reason: describeError(e) })),
    );
  };
  return (
    <>
      <button type="button" onClick={exportDraft}>
        {t("archive.export")}
      </button>
      <button type="button" onClick={() => picker.current?.click()}>
        {t("archive.import")}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".zip,application/zip"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("archive.file")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            importDraft(file);
          }
          e.target.value = "";
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          ⚠ {error}
        </p>
      )}
    </>
  );
}
