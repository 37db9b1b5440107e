import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useCompareVersionsStore } from "../../state/compare-versions";
import type { ChosenVersion } from "../../compare/parse-version-pair";
import "./compare-versions-form.css";

/** "Version A", "Version B" and "Run on both versions": sends the draft twice and opens the comparison. */
export function CompareVersionsForm() {
  const { t } = useTranslation("compare");
  const versionA = useCompareVersionsStore((s) => s.versionA);
  const versionB = useCompareVersionsStore((s) => s.versionB);
  const running = useCompareVersionsStore((s) => s.running);
  const problem = useCompareVersionsStore((s) => s.problem);
  const connectionError = useCompareVersionsStore((s) => s.connectionError);
  const legendId = useId();
  const hintId = useId();
  const errorId = useId();
  const title = (version: ChosenVersion) =>
    version === undefined ? t("versions.titleLatest") : t("versions.titleVersion", { version });
  const run = () => void useCompareVersionsStore.getState().runOnBothVersions(title);
  const describedBy = problem ? `${errorId} ${hintId}` : hintId;
  return (
    <form
      className="compare-versions"
      role="group"
      aria-labelledby={legendId}
      onSubmit={(event) => {
        event.preventDefault();
        run();
      }}
    >
      <span id={legendId} className="compare-versions-legend">
        {t("versions.legend")}
      </span>
      <label>
        {t("versions.versionA")}
        <input
          type="text"
          inputMode="numeric"
          value={versionA}
          aria-invalid={problem === "invalid-a" || problem === "same"}
          aria-describedby={describedBy}
          onChange={(event) => useCompareVersionsStore.getState().setVersionA(event.target.value)}
        />
      </label>
      <label>
        {t("versions.versionB")}
        <input
          type="text"
          inputMode="numeric"
          value={versionB}
          aria-invalid={problem === "invalid-b" || problem === "same"}
          aria-describedby={describedBy}
          onChange={(event) => useCompareVersionsStore.getState().setVersionB(event.target.value)}
        />
      </label>
      <button type="submit" disabled={running}>
        {t("versions.run")}
      </button>
      {running && (
        <button type="button" onClick={() => useCompareVersionsStore.getState().cancel()}>
          {t("versions.cancel")}
        </button>
      )}
      <span id={hintId} className="field-note">
        {t("versions.hint")}
      </span>
      <div aria-live="polite">
        {running && <p className="field-note">{t("versions.running")}</p>}
        {problem && (
          <p id={errorId} className="field-error">
            ⚠ {t(`versions.${problem}`, { error: connectionError ?? "" })}
          </p>
        )}
      </div>
    </form>
  );
}
