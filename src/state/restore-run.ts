/** Loads a recorded run as the draft: its connection fields, instances and file bytes. */
import { identifyInputs } from "../draft/connection-draft";
import { restoreDraft } from "./draft-steps";
import type { RunRecord } from "../history/history-types";
import type { FullDraft } from "./undo-store";

/** Returns the run as a whole draft: what it called, its instances, and the bytes of its files. */
export function draftOfRun(record: RunRecord): FullDraft {
  const { body, blobs } = record;
  const files: Record<string, Uint8Array> = {};
  for (const [id, hash] of Object.entries(body.fileHashes)) {
    const bytes = blobs[hash];
    if (bytes) {
      files[id] = bytes;
    }
  }
  const c = body.connection;
  return {
    connection: {
      servable: c.servable,
      method: c.method,
      version: c.version,
      transport: c.transport,
      wire: c.wire,
      timeoutSeconds: c.timeoutSeconds,
      fileLimitMb: c.fileLimitMb,
      presetId: c.presetId,
      inputs: identifyInputs(c.inputs),
    },
    // A copy: editing the restored draft must never touch the loaded record.
    instances: structuredClone(body.instances),
    files,
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
