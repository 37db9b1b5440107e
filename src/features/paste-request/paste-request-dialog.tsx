import { lazy, Suspense, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingLine } from "../../ui/loading-line";
import type { UndoPaste } from "./apply-pasted-request";
import "./paste-request.css";

// The dialog and its parsers (the Python grammar among them) load on first open, off the initial bundle.
const PasteRequestDialog = lazy(() => import("./paste-request-form"));

/**
 * The "Paste request" action: a dialog that reads pasted code back into the draft. The draft
 * changes only when Apply is pressed on text that read cleanly; the change can be undone.
 */
export function PasteRequestAction() {
  const { t } = useTranslation("paste-request");
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState<{ message: string; undo?: UndoPaste }>();
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <div className="paste-request">
      <button type="button" ref={opener} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("open")}
      </button>
      <div role="status" className="paste-request-status">
        {applied && (
          <>
            {applied.message}{" "}
            {applied.undo && (
              <button
                type="button"
                onClick={() => {
                  applied.undo?.();
                  setApplied({ message: t("undone") });
                }}
              >
                {t("undo")}
              </button>
            )}
          </>
        )}
      </div>
      {open && (
        <Suspense fallback={<LoadingLine>{t("loading")}</LoadingLine>}>
          <PasteRequestDialog
            onClose={close}
            onApplied={(message, undo) => {
              setApplied({ message, undo });
              close();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
