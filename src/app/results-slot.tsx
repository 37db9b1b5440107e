import { ResultsPanel } from "../features/results/results-panel";
import { useRunsStore } from "../state/runs-store";

/** Feeds the results view from the runs store. */
export function ResultsSlot() {
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const instanceCount = useRunsStore((s) => s.instanceCount);
  return <ResultsPanel status={status} exchange={exchange} instanceCount={instanceCount} />;
}
