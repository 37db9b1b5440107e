/** envoy.yaml with a test's edits, written to a temporary file the gateway can read. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../start";

/** Returns the path of a copy of envoy.yaml with each `[from, to]` replaced; throws when one is missing. */
export function writeEditedConfig(edits: [from: string, to: string][]): string {
  let text = readFileSync(DEFAULT_CONFIG, "utf8");
  for (const [from, to] of edits) {
    if (!text.includes(from)) {
      throw new Error(`envoy.yaml has no "${from}"`);
    }
    text = text.replace(from, to);
  }
  const path = join(mkdtempSync(join(tmpdir(), "gateway-config-")), "envoy.yaml");
  writeFileSync(path, text);
  return path;
}
