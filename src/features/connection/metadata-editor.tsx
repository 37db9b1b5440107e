import { useId } from "react";
import { useTranslation } from "react-i18next";
import { checkMetadataNames, isBlankEntry, needsAllowHeader } from "../../draft/check-metadata";
import { useConnectionStore } from "../../state/connection-store";

/** Request metadata headers (e.g. authorization) as key/value rows, with each name checked. */
export function MetadataEditor() {
  const { t } = useTranslation("connection");
  const metadata = useConnectionStore((s) => s.metadata);
  const { addMetadata, updateMetadata, removeMetadata } = useConnectionStore.getState();
  const baseId = useId();
  const problems = checkMetadataNames(metadata);
  return (
    <fieldset className="sub-form" aria-describedby={`${baseId}-cors`}>
      <legend>{t("metadata.legend")}</legend>
      {/* Browsers preflight custom headers; the gateway refuses names outside its CORS list. */}
      <p id={`${baseId}-cors`} className="field-note">
        {t("metadata.corsBefore")}
        <code>allow_headers</code>
        {t("metadata.corsAfter")}
      </p>
      {metadata.length === 0 && <p className="field-note">{t("metadata.none")}</p>}
      {metadata.map((m, i) => {
        const problem = problems.get(m.id);
        const noteId = `${baseId}-${m.id}`;
        const note =
          problem ??
          (!isBlankEntry(m) && needsAllowHeader(m.key)
            ? t("metadata.needsAllow", { name: m.key.trim() })
            : undefined);
        return (
          <div className="header-row" key={m.id}>
            <div className="row">
              <input
                aria-label={t("metadata.name", { n: i + 1 })}
                aria-invalid={problem !== undefined}
                aria-describedby={note && noteId}
                placeholder={t("metadata.namePlaceholder")}
                value={m.key}
                spellCheck={false}
                autoCapitalize="none"
                onChange={(e) => updateMetadata(m.id, { key: e.target.value })}
              />
              <input
                aria-label={t("metadata.value", { n: i + 1 })}
                placeholder={t("metadata.valuePlaceholder")}
                value={m.value}
                spellCheck={false}
                onChange={(e) => updateMetadata(m.id, { value: e.target.value })}
              />
              <button
                type="button"
                aria-label={t("metadata.remove", { n: i + 1 })}
                onClick={() => removeMetadata(m.id)}
              >
                ✕
              </button>
            </div>
            <label className="remember">
              <input
                type="checkbox"
                checked={m.remember === true}
                aria-describedby={m.remember ? `${noteId}-remember` : undefined}
                onChange={(e) => updateMetadata(m.id, { remember: e.target.checked })}
              />
              {t("metadata.remember")}
            </label>
            {m.remember && (
              <small id={`${noteId}-remember`} className="field-note">
                {t("metadata.rememberNote")}
              </small>
            )}
            {note && (
              <small id={noteId} className={problem ? "field-error" : "field-note"}>
                {problem ? `⚠ ${problem}` : note}
              </small>
            )}
          </div>
        );
      })}
      <button type="button" onClick={addMetadata}>
        {t("metadata.add")}
      </button>
    </fieldset>
  );
}
