/**
 * Puts a history run's inputs beside its results: what that run sent, when, and whether the draft
 * on screen is still that run's draft (then the results are not stale).
 */
import { replaceArrayCells } from "../draft/array-cells";
import { useConnectionStore } from "./connection-store";
import { describeDraftChangeToken } from "./draft-change-token";
import { useInstancesStore } from "./instances-store";
import { draftOfRun } from "./restore-run";
import { useRunInputsStore } from "./run-inputs-store";
import type { DraftInstance } from "../draft/draft-value";
import type { RunRecord } from "../history/history-types";

// Instance ids are the draft's own bookkeeping; what was sent is the values.
function sentValues(instances: readonly DraftInstance[]): string {
  return JSON.stringify(
    instances.map((instance) => instance.values),
    replaceArrayCells,
  );
}

/** Whether the draft on screen is the one the run sent (target, declared inputs and values). */
export function isDraftOfRun(record: RunRecord): boolean {
  const c = useConnectionStore.getState();
  const run = record.body.connection;
  return (
    c.servable === run.servable &&
    c.method === run.method &&
    c.version === run.version &&
    JSON.stringify(c.inputs.map((input) => input.name)) ===
      JSON.stringify(run.inputs.map((input) => input.name)) &&
    sentValues(useInstancesStore.getState().instances) === sentValues(record.body.instances)
  );
}

/** Records the run's inputs as the ones on screen, sent at the run's start. */
export function showRunInputs(record: RunRecord): void {
  const draft = draftOfRun(record);
  useRunInputsStore
    .getState()
    .record(draft.instances, draft.files ?? {}, record.body.connection.inputs, {
      sentAt: record.summary.startedAt,
      // A token no draft has: the results stay marked stale until the next send.
      token: isDraftOfRun(record) ? describeDraftChangeToken() : `run ${record.summary.id}`,
    });
}
