import { useId } from "react";
import { useTranslation } from "react-i18next";
import { parseTolerance } from "../../compare/parse-tolerance";
import { useComparisonStore } from "../../state/comparison-store";

/** The "Tolerance" field: kept as typed, explained when it is not a number ≥ 0. */
export function ToleranceField() {
  const { t } = useTranslation("compare");
  const text = useComparisonStore((s) => s.tolerance);
  const parsed = parseTolerance(text);
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="compare-tolerance">
      <label htmlFor={id}>{t("tolerance.label")}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? hintId : `${errorId} ${hintId}`}
        onChange={(event) => useComparisonStore.getState().setTolerance(event.target.value)}
      />
      <span id={hintId} className="field-note">
        {t("tolerance.hint")}
      </span>
      {!parsed.ok && (
        <p id={errorId} className="field-error" role="alert">
          ⚠ {t(`tolerance.${parsed.problem}`)}
        </p>
      )}
    </div>
  );
}
