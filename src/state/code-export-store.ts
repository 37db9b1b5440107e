/** What "Copy as code" shows: the draft or run it was opened for, until the dialog closes. */
import { create } from "zustand";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import { selectDetectedWire, useWireDetectionStore } from "./wire-detection-store";
import type { CodeExportSource } from "../code-export/export-request";

interface CodeExportState {
  /** The draft-like source the dialog shows; undefined while it is closed. */
  source?: CodeExportSource;
}

/** Returns the state of a fresh page: the dialog closed. */
export function initialCodeExport(): CodeExportState {
  return { source: undefined };
}

/** The code export store. */
export const useCodeExportStore = create<CodeExportState>()(() => initialCodeExport());

/** Opens "Copy as code" for a draft-like source (the draft, or a run from history). */
export function openCopyAsCode(source: CodeExportSource): void {
  useCodeExportStore.setState({ source });
}

/** Closes "Copy as code". */
export function closeCopyAsCode(): void {
  useCodeExportStore.setState({ source: undefined });
}

/** Opens "Copy as code" for the current draft; Auto exports the wire Auto found, else Serving ≥ 1.3. */
export function openDraftAsCode(): void {
  const connection = useConnectionStore.getState();
  const detected = selectDetectedWire(
    useWireDetectionStore.getState(),
    connection.gatewayUrl,
    connection.servable,
  );
  openCopyAsCode({
    target: {
      servable: connection.servable,
      method: connection.method,
      version: connection.version,
    },
    wire: connection.wire === "auto" ? (detected ?? "auto") : connection.wire,
    transport: connection.transport,
    instances: useInstancesStore.getState().instances,
    files: useFilesStore.getState().files,
    gatewayUrl: connection.gatewayUrl,
  });
}
