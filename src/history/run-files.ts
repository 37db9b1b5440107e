/** The file bytes of a recorded run, by the file ids its instances use. */
import type { RunRecord } from "./history-types";

/** Returns the bytes of each file the run's instances reference, where the record holds them. */
export function collectRunFiles({ body, blobs }: RunRecord): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [id, hash] of Object.entries(body.fileHashes)) {
    const bytes = blobs[hash];
    if (bytes) {
      files[id] = bytes;
    }
  }
  return files;
}
