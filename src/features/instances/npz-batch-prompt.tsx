import { useTranslation } from "react-i18next";
import type { NpzBatch } from "./use-npz-batch";

/** Asks how a `.npz` dropped on the instance list becomes instances: per row, or whole. */
export function NpzBatchPrompt(props: { batch: NpzBatch }) {
  const { plan, error, confirm, cancel } = props.batch;
  const { t } = useTranslation("instances");
  if (error) {
    return (
      <div className="notices" role="alert">
        <p>⚠ {error}</p>
        <button type="button" onClick={cancel}>
          {t("npz.dismiss")}
        </button>
      </div>
    );
  }
  if (!plan) {
    return null;
  }
  const names = [...plan.arrays.keys()].join(", ");
  return (
    <div
      className="notices npz-prompt"
      role="group"
      aria-label={t("npz.group", { file: plan.fileName })}
    >
      <p>
        {plan.fileName}: {names}
        {plan.batch === undefined ? t("npz.noShared") : t("npz.shared", { batch: plan.batch })}
        {plan.unused.length > 0 && t("npz.unused", { names: plan.unused.join(", ") })}
      </p>
      {plan.batch !== undefined && (
        <button type="button" onClick={() => confirm(true)}>
          {t("npz.perRow", { batch: plan.batch })}
        </button>
      )}
      <button type="button" onClick={() => confirm(false)}>
        {t("npz.whole")}
      </button>
      <button type="button" onClick={cancel}>
        {t("npz.cancel")}
      </button>
    </div>
  );
}
