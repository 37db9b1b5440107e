/** "Copy as code" for a history run: the dialog opened with the run's draft, target, wire and files. */
import { openCopyAsCode } from "./code-export-store";
import { useHistoryStore } from "./history-store";
import { draftOfRun } from "./restore-run";
import type { CodeExportSource } from "../code-export/export-request";
import type { RunRecord } from "../history/history-types";

/** Returns the code export source of a recorded run; Auto exports the wire the run used. */
export function codeSourceOfRun(record: RunRecord): CodeExportSource {
  const draft = draftOfRun(record);
  const c = record.body.connection;
  return {
    target: { servable: c.servable, method: c.method, version: c.version },
    wire: c.wire === "auto" ? (record.summary.wire ?? "auto") : c.wire,
    transport: c.transport,
    instances: draft.instances,
    files: draft.files ?? {},
    gatewayUrl: c.gatewayUrl,
  };
}

/** Opens "Copy as code" for the run; resolves with whether its record could be read. */
export async function copyRunAsCode(id: string): Promise<boolean> {
  const record = await useHistoryStore.getState().loadRecord(id);
  if (!record) {
    return false;
  }
  openCopyAsCode(codeSourceOfRun(record));
  return true;
}
