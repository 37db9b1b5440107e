import { currentResultsText, type ResultsText } from "./results-text";
import type { InferExchange } from "../../serving/types";
import type { RunStatus } from "../../state/runs-store";

/** Returns the sentence the panel's live status line reads for a run's state and outcome. */
export function describeRunStatus(
  status: RunStatus,
  exchange: InferExchange | undefined,
  count: number,
  t: ResultsText = currentResultsText(),
): string {
  switch (status) {
    case "idle":
      return t("status.idle");
    case "running":
      return t("status.running", { count });
    case "cancelled":
      return t("status.cancelled");
    case "done":
      if (!exchange) {
        return t("status.none");
      }
      return exchange.result.ok
        ? t("status.received", { count: exchange.result.instances.length })
        : t("status.failed");
  }
}
