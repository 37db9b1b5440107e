import { type TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { undoLastStep } from "../../state/draft-steps";
import { MAX_UNDO_STEPS, type UndoStep, useUndoStore } from "../../state/undo-store";
import { useUndoShortcut } from "./use-undo-shortcut";

/**
 * The status line of the latest step that can be undone ("Instance 2 removed · Undo"), and
 * Ctrl/Cmd+Z outside text fields.
 */
export function UndoStatus() {
  useUndoShortcut();
  const { t } = useTranslation("instances");
  const step = useUndoStore((s) => s.steps.at(-1));
  const count = useUndoStore((s) => s.steps.length);
  return (
    <div className="undo-status" role="status">
      {step && (
        <>
          <span>{describeStep(step, t)}</span>
          {" · "}
          <button
            type="button"
            title={t("undo.hint", { count, max: MAX_UNDO_STEPS })}
            onClick={() => undoLastStep()}
          >
            {t("undo.button")}
          </button>
        </>
      )}
    </div>
  );
}

function describeStep(step: UndoStep, t: TFunction<"instances">): string {
  switch (step.kind) {
    case "instance-removed":
      return t("undo.instanceRemoved", { n: step.index + 1 });
    case "draft-cleared":
      return t("undo.draftCleared");
    case "draft-restored":
      return t("undo.draftRestored");
    case "draft-imported":
      return t("undo.draftImported");
  }
}
