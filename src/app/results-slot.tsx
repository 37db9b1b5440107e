import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useSentRun } from "../features/results/use-sent-run";
import { useRunsStore } from "../state/runs-store";
import { LoadingLine } from "../ui/loading-line";

// The result views load right after the shell, off the initial bundle: nothing shows before a send.
const ResultsPanel = lazy(() =>
  import("../features/results/results-panel").then((m) => ({ default: m.ResultsPanel })),
);

/** Feeds the results view from the runs store and what the run sent. */
export function ResultsSlot() {
  const { t } = useTranslation("app");
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const instanceCount = useRunsStore((s) => s.instanceCount);
  const { run, stale } = useSentRun();
  return (
    <Suspense fallback={<LoadingLine>{t("resultsLoading")}</LoadingLine>}>
      <ResultsPanel
        status={status}
        exchange={exchange}
        instanceCount={instanceCount}
        run={run}
        stale={stale}
      />
    </Suspense>
  );
}
