import type { InferExchange } from "../../serving/types";
import type { RunStatus } from "../../state/runs-store";

/** Returns the sentence the panel's live status line reads for a run's state and outcome. */
export function describeRunStatus(
  status: RunStatus,
  exchange: InferExchange | undefined,
  count: number,
): string {
  switch (status) {
    case "idle":
      return "No request sent yet. Compose instances and press Send (Ctrl+Enter) to see results here.";
    case "running":
      return `Sending ${plural(count, "instance")}…`;
    case "cancelled":
      return "Request cancelled. No results were received.";
    case "done":
      if (!exchange) {
        return "No results.";
      }
      return exchange.result.ok
        ? `Received ${plural(exchange.result.instances.length, "result")}.`
        : "The request failed.";
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
