import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";

// The load test and its chart library load only when opened, off the initial bundle.
const LoadTestPanel = lazy(() => import("../features/load-test/load-test-panel"));

/** A "Load test" toggle that opens the lazily loaded load-test region below it. */
export function LoadTestSlot() {
  const { t } = useTranslation("load-test");
  const [open, setOpen] = useState(false);
  return (
    <div className="app-load-test">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t("region")}
      </button>
      {open && (
        <Suspense fallback={<p className="field-note">{t("chartLoading")}</p>}>
          <LoadTestPanel />
        </Suspense>
      )}
    </div>
  );
}
