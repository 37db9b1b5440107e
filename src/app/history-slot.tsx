import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { LoadingLine } from "../ui/loading-line";

// The history panel (its virtual list among it) loads right after first paint, off the initial bundle.
const HistoryPanel = lazy(() =>
  import("../features/history/history-panel").then((m) => ({ default: m.HistoryPanel })),
);

/** The History panel, lazily loaded, with a status line while it arrives. */
export function HistorySlot() {
  const { t } = useTranslation("app");
  return (
    <Suspense fallback={<LoadingLine>{t("historyLoading")}</LoadingLine>}>
      <HistoryPanel />
    </Suspense>
  );
}
