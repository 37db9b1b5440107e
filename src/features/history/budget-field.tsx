import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { BUDGET_LIMITS_MB, useHistoryStore } from "../../state/history-store";

/** The size budget of the history in MB, validated before it is stored. */
export function BudgetField() {
  const { t } = useTranslation("history");
  const budgetBytes = useHistoryStore((s) => s.budgetBytes);
  const [text, setText] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  const fieldId = useId();
  const errorId = useId();
  const shown = text ?? String(budgetBytes / 1_000_000);
  const apply = () => {
    const mb = Number(shown.trim());
    if (shown.trim() === "" || !(mb >= BUDGET_LIMITS_MB.min && mb <= BUDGET_LIMITS_MB.max)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void useHistoryStore
      .getState()
      .setBudgetMb(mb)
      .then(() => setText(undefined));
  };
  return (
    <form
      className="history-budget"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label htmlFor={fieldId}>{t("budget.label")}</label>
      <input
        id={fieldId}
        inputMode="decimal"
        value={shown}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit">{t("budget.apply")}</button>
      {invalid && (
        <p id={errorId} className="history-error">
          {t("budget.invalid", {
            min: BUDGET_LIMITS_MB.min,
            max: new Intl.NumberFormat().format(BUDGET_LIMITS_MB.max),
          })}
        </p>
      )}
    </form>
  );
}
