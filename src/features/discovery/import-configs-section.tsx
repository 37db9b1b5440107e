import { useRef } from "react";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { useDiscoveryStore } from "./discovery-store";

/** Import of servable_config.py files or a servable folder, its report, and the imported presets. */
export function ImportConfigsSection() {
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
          Import servable_config.py
        </button>
        <button type="button" onClick={() => folderInput.current?.click()}>
          Import servable folder
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".py,text/x-python"
        hidden
        aria-label="servable_config.py files"
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          el?.setAttribute("webkitdirectory", "");
        }}
        type="file"
        hidden
        aria-label="Servable folder"
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
                    → {r.methods.length} method{r.methods.length === 1 ? "" : "s"} of {r.servable}:{" "}
                    {r.methods.join(", ")}
                  </span>
                )}
                {r.skipped.length > 0 && (
                  <ul aria-label={`Not understood in ${r.file}`}>
                    {r.skipped.map((s, i) => (
                      <li key={i}>
                        line {s.line}: {s.what}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={dismissImport}>
            Dismiss
          </button>
        </div>
      )}
      {storageError && <p className="field-error">⚠ {storageError}</p>}
      {presets.length > 0 && (
        <ul aria-label="Imported presets" className="discovery-presets">
          {presets.map((p) => (
            <li key={p.id}>
              {p.label}{" "}
              <button
                type="button"
                aria-label={`Remove ${p.label}`}
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
