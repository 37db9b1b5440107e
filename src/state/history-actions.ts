/** What the history panel does with a run across stores: show it, restore it, run it again, compare. */
import { prepareDiffWorker } from "../compare/diff-in-background";
import { loadExchange } from "../history/store-exchange";
import { useComparisonStore } from "./comparison-store";
import { useHistoryStore } from "./history-store";
import { restoreRun } from "./restore-run";
import { useRunsStore } from "./runs-store";
import { showRunInputs } from "./show-run-inputs";
import type { RunSummary, StoredExchange } from "../history/history-types";
import type { InferExchange } from "../serving/types";

function readExchange(stored: StoredExchange): InferExchange | undefined {
  try {
    return loadExchange(stored);
  } catch (error) {
    useHistoryStore.getState().showNotice({
      kind: "load-failed",
      reason: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

/** Shows the run's results in the results view; resolves with whether it could. */
export async function showRun(id: string): Promise<boolean> {
  const history = useHistoryStore.getState();
  const record = await history.loadRecord(id);
  const exchange = record && readExchange(record.body.exchange);
  if (!record || !exchange) {
    return false;
  }
  if (useRunsStore.getState().status === "running") {
    return false;
  }
  useHistoryStore.getState().select(id);
  showRunInputs(record);
  useRunsStore.getState().showExchange(exchange, {
    instanceCount: record.summary.instanceCount,
    startedAt: record.summary.startedAt,
  });
  return true;
}

/** Loads the run as the draft; resolves with whether it could. */
export async function restoreRunById(id: string): Promise<boolean> {
  const record = await useHistoryStore.getState().loadRecord(id);
  if (!record) {
    return false;
  }
  await restoreRun(record);
  return true;
}

/** Loads the run as the draft and sends it. */
export async function runAgain(id: string): Promise<void> {
  if (await restoreRunById(id)) {
    await useRunsStore.getState().send();
  }
}

/**
 * Picks the run for a comparison: the first pick waits for a second run of the same servable and
 * method, which opens the comparison; picking the first again cancels. `title` names a run.
 */
export async function pickForComparison(
  id: string,
  title: (run: RunSummary) => string,
): Promise<void> {
  const history = useHistoryStore.getState();
  const firstId = history.compareFirstId;
  if (firstId === undefined || firstId === id) {
    history.setCompareFirst(firstId === id ? undefined : id);
    useComparisonStore.getState().expectComparison(firstId === undefined);
    if (firstId === undefined) {
      // While the user picks the second run, the worker that will diff them loads.
      prepareDiffWorker();
    }
    return;
  }
  const first = history.runs.find((r) => r.id === firstId);
  const second = history.runs.find((r) => r.id === id);
  if (!first || !second) {
    history.setCompareFirst(second ? id : undefined);
    return;
  }
  if (first.servable !== second.servable || first.method !== second.method) {
    history.showNotice({ kind: "compare-mismatch" });
    return;
  }
  // Only the replies: the drafts (maybe millions of cells) are not needed to compare.
  const replies = await Promise.all([history.loadReply(first.id), history.loadReply(second.id)]);
  const compared = replies.map((reply) => {
    const exchange = reply && readExchange(reply.exchange);
    if (!reply || !exchange) {
      return undefined;
    }
    const { summary } = reply;
    const version = Number(summary.version);
    return {
      id: summary.id,
      title: title(summary),
      servable: summary.servable,
      method: summary.method,
      ...(Number.isSafeInteger(version) && version > 0 ? { version } : {}),
      finishedAt: summary.finishedAt,
      exchange,
    };
  });
  const [a, b] = compared;
  if (a && b) {
    useHistoryStore.getState().setCompareFirst(undefined);
    useComparisonStore.getState().openComparison(a, b);
  }
}
