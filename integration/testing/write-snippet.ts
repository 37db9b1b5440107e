/** Puts a snippet and its files on disk, as unzipping its download does. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Snippet } from "../../src/code-export/snippet";

/** Writes the script and every file it reads under `dir`; returns the script's path. */
export function writeSnippet(dir: string, snippet: Snippet): string {
  const script = join(dir, snippet.fileName);
  writeFileSync(script, snippet.code);
  for (const [path, bytes] of Object.entries(snippet.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return script;
}
