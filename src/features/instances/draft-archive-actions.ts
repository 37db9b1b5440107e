/** Exporting the draft as an archive file, and replacing the draft with an imported one. */
import { identifyInputs } from "../../draft/connection-draft";
import { readFileBytes } from "../../draft/read-file-bytes";
import { useConnectionStore } from "../../state/connection-store";
import { restoreDraft } from "../../state/draft-steps";
import { useFilesStore } from "../../state/files-store";
import { useInstancesStore } from "../../state/instances-store";

/** Returns the zip bytes of the current draft (without gateway URL and metadata headers). */
export async function exportDraftArchive(): Promise<Uint8Array> {
  const c = useConnectionStore.getState();
  // The archive code and its zip library load on first use, off the initial bundle.
  const { writeDraftArchive } = await import("../../tensor-files/archive/write-draft-archive");
  return writeDraftArchive({
    connection: {
      servable: c.servable,
      method: c.method,
      version: c.version,
      wire: c.wire,
      transport: c.transport,
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
 * Replaces the draft with the archive's, as a step that can be undone (the gateway URL and
 * metadata headers stay as they are). Throws an Error saying why the file is not a readable archive.
 */
export async function importDraftArchive(file: File): Promise<void> {
  const bytes = await readFileBytes(file);
  const { readDraftArchive } = await import("../../tensor-files/archive/read-draft-archive");
  const read = readDraftArchive(bytes);
  const { inputs, wire, transport, ...fields } = read.connection;
  await restoreDraft(
    {
      connection: {
        ...fields,
        wire: wire === "1.2" || wire === "1.3" ? wire : "auto",
        transport: transport === "rest" ? "rest" : "grpc-web",
        inputs: identifyInputs(inputs),
      },
      instances: read.instances,
      files: read.files,
    },
    "draft-imported",
  );
}
