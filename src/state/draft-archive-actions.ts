/** Exporting the draft as an archive file, and replacing the draft with an imported one. */
import { readDraftArchive } from "../tensor-files/archive/read-draft-archive";
import { writeDraftArchive } from "../tensor-files/archive/write-draft-archive";
import { identifyInputs, useConnectionStore } from "./connection-store";
import { storeFileBytes } from "./file-storage";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import { readFileBytes } from "./read-file-bytes";

/** Returns the zip bytes of the current draft (without gateway URL and metadata headers). */
export function exportDraftArchive(): Uint8Array {
  const c = useConnectionStore.getState();
  return writeDraftArchive({
    connection: {
      servable: c.servable,
      method: c.method,
      version: c.version,
      wire: c.wire,
      timeoutSeconds: c.timeoutSeconds,
      fileLimitMb: c.fileLimitMb,
      presetId: c.presetId,
      inputs: c.inputs,
    },
    instances: useInstancesStore.getState().instances,
    files: useFilesStore.getState().files,
  });
}

/**
 * Replaces the draft with the archive's (the gateway URL and metadata headers stay as they are).
 * Throws an Error saying why the file is not a readable archive.
 */
export async function importDraftArchive(file: File): Promise<void> {
  const read = readDraftArchive(await readFileBytes(file));
  const { inputs, wire, ...fields } = read.connection;
  await Promise.all(
    Object.entries(read.files).map(([id, bytes]) =>
      // Without IndexedDB the files still work for this page; only a reload loses them.
      storeFileBytes(id, bytes).catch(() => undefined),
    ),
  );
  useFilesStore.setState((s) => ({ files: { ...s.files, ...read.files } }));
  useConnectionStore.setState({
    ...fields,
    wire: wire === "1.2" ? "1.2" : "1.3",
    inputs: identifyInputs(inputs),
  });
  // After the inputs: their change re-keys instances, which the imported ones must replace.
  useInstancesStore.setState({ instances: read.instances });
}
