/** The download of a snippet: the script and every file it reads, in one zip. */
import { strToU8, zipSync } from "fflate";
import type { Snippet } from "./snippet";

/** Returns the zip bytes: the script at the root, its files at their relative paths. */
export function zipSnippet(snippet: Snippet): Uint8Array {
  const entries: Record<string, Uint8Array> = { [snippet.fileName]: strToU8(snippet.code) };
  for (const [path, bytes] of Object.entries(snippet.files)) {
    entries[path] = bytes;
  }
  return zipSync(entries, { level: 6 });
}
