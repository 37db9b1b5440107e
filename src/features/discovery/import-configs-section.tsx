import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { useDiscoveryStore } from "./discovery-store";

/** Import of servable_config.py files or a servable folder, its report, and the imported presets. */
export function ImportConfigsSection() {
  const { t } = useTranslation("discovery");
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const reports = useDiscoveryStore((s) => s.importReports);
  const presets = useImportedPresetsStore((s) => s.presets);
  const storageError = useImportedPresetsStore((s) => s.storageError);
  const { importFiles, dismissImport } = useDiscoveryStore.getState();
  const { remove } = useImportedPresetsStore.getState();
  const take = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) {
      void importFiles(files);
    }
  };
  return (
    <div className="discovery-import">
      <div className="row">
        <button type="button" onClick={() => filesInput.current?.click()}>
          {t("import.files")}
        </button>
        <button type="button" onClick={() => folderInput.current?.click()}>
          {t("import.folder")}
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".py,text/x-python"
        hidden
        aria-label={t("import.filesInput")}
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          el?.setAttribute("webkitdirectory", "");
        }}
        type="file"
        hidden
        aria-label={t("import.folderInput")}
        onChange={(e) => take(e.currentTarget)}
      />
      {reports.length > 0 && (
        <div role="status" className="discovery-report">
          <ul>
            {reports.map((r) => (
              <li key={r.file}>
                <strong>{r.file}</strong>
                {r.refusal ? (
                  <span className="field-error"> ⚠ {r.refusal}</span>
                ) : (
                  <span>
                    {" "}
                    {t("import.methods", {
                      count: r.methods.length,
                      servable: r.servable,
                      methods: r.methods.join(", "),
                    })}
                  </span>
                )}
                {r.skipped.length > 0 && (
                  <ul aria-label={t("import.skipped", { file: r.file })}>
                    {r.skipped.map((s, i) => (
                      <li key={i}>{t("import.line", { line: s.line, what: s.what })}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={dismissImport}>
            {t("import.dismiss")}
          </button>
        </div>
      )}
      {storageError && <p className="field-error">⚠ {storageError}</p>}
      {presets.length > 0 && (
        <ul aria-label={t("import.presets")} className="discovery-presets">
          {presets.map((p) => (
            <li key={p.id}>
              {p.label}{" "}
              <button
                type="button"
                aria-label={t("import.remove", { label: p.label })}
                onClick={() => void remove(p.id)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
