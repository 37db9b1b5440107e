/** The file name of a snippet's download. */
import { safeFileName } from "../../tensor-files/archive/archive-paths";
import type { CodeTarget } from "../../code-export/code-targets";
import type { CodeExportSource } from "../../code-export/export-request";

/** Returns `<servable>-<method>-<target>.zip`, or `serving-<target>.zip` when the names are not safe. */
export function snippetZipName(source: CodeExportSource, target: CodeTarget): string {
  const stem = `${source.target.servable.trim()}-${source.target.method.trim()}-${target}`;
  return `${safeFileName(stem, `serving-${target}`)}.zip`;
}
