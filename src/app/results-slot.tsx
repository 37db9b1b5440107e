import { ResultsPanel } from "../features/results/results-panel";
import { useSentRun } from "../features/results/use-sent-run";
import { useRunsStore } from "../state/runs-store";

/** Feeds the results view from the runs store and what the run sent. */
export function ResultsSlot() {
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const instanceCount = useRunsStore((s) => s.instanceCount);
  const { run, stale } = useSentRun();
  return (
    <ResultsPanel
      status={status}
      exchange={exchange}
      instanceCount={instanceCount}
      run={run}
      stale={stale}
    />
  );
}
