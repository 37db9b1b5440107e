/** Loads a recorded run as the draft: its connection fields, instances and file bytes. */
import { identifyInputs } from "../draft/connection-draft";
import { pickDraftTarget } from "../draft/pick-draft-target";
import { collectRunFiles } from "../history/run-files";
import { restoreDraft } from "./draft-steps";
import type { RunRecord } from "../history/history-types";
import type { FullDraft } from "./undo-store";

/** Returns the run as a whole draft: what it called, its instances, and the bytes of its files. */
export function draftOfRun(record: RunRecord): FullDraft {
  const { body } = record;
  return {
    connection: {
      ...pickDraftTarget(body.connection),
      inputs: identifyInputs(body.connection.inputs),
    },
    // A copy: editing the restored draft must never touch the loaded record.
    instances: structuredClone(body.instances),
    files: collectRunFiles(record),
  };
}

/**
 * Replaces the draft with the run's, as one step that can be undone (the draft it replaces is kept
 * under its own method). The gateway URL and metadata headers stay as they are: header values
 * were never recorded.
 */
export async function restoreRun(record: RunRecord): Promise<void> {
  await restoreDraft(draftOfRun(record));
}
