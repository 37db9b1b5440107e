/** Loads a recorded run as the draft: its connection fields, instances and file bytes. */
import { identifyInputs } from "../draft/connection-draft";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import type { RunRecord } from "../history/history-types";

/**
 * Replaces the draft with the run's (the gateway URL and metadata headers stay as they are: header
 * values were never recorded).
 */
export async function restoreRun(record: RunRecord): Promise<void> {
  const { body, blobs } = record;
  const files: Record<string, Uint8Array> = {};
  for (const [id, hash] of Object.entries(body.fileHashes)) {
    const bytes = blobs[hash];
    if (bytes) {
      files[id] = bytes;
    }
  }
  await useFilesStore.getState().addBytes(files);
  const c = body.connection;
  useConnectionStore.getState().load({
    servable: c.servable,
    method: c.method,
    version: c.version,
    transport: c.transport,
    wire: c.wire,
    timeoutSeconds: c.timeoutSeconds,
    fileLimitMb: c.fileLimitMb,
    presetId: c.presetId,
    inputs: identifyInputs(c.inputs),
  });
  // After the inputs: declaring them re-keys the instances, which the run's replace.
  useInstancesStore.getState().replaceInstances(structuredClone(body.instances));
}
