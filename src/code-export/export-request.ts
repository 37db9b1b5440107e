/** The request a snippet reproduces: target, wire and every input value with the file it came from. */
import { buildValue } from "../draft/build-instances";
import { compareUtf8 } from "../serving/encode-instances";
import { safeFileName } from "../tensor-files/archive/archive-paths";
import type { DraftInstance } from "../draft/draft-value";
import type { InstanceValue, Transport, WireVersion } from "../serving/types";

/** What "Copy as code" is opened with: the draft (or a run) as the console would send it. */
export interface CodeExportSource {
  target: { servable: string; method: string; version?: number | bigint | string };
  /** "auto" exports the Serving ≥ 1.3 layout unless a detected wire is given. */
  wire: "auto" | WireVersion;
  transport: Transport;
  instances: readonly DraftInstance[];
  /** File bytes by file id. */
  files: Readonly<Record<string, Uint8Array>>;
  /** The gateway the console talks to (the TypeScript snippet calls it). */
  gatewayUrl?: string;
}

/** One input of one instance: its value, and for file inputs the path the snippet reads it from. */
export interface ExportInput {
  name: string;
  value: InstanceValue;
  /** Path inside the download, e.g. "files/cat.jpg". */
  filePath?: string;
}

/** Everything a generator needs, already validated. */
export interface ExportRequest {
  servable: string;
  method: string;
  version: bigint;
  wire: WireVersion;
  transport: Transport;
  gatewayUrl: string;
  /** Inputs of each instance in the order the client encodes them (UTF-8 byte order). */
  instances: ExportInput[][];
  /** Bytes of every file the inputs read, by path. */
  files: Record<string, Uint8Array>;
}

/** Returns the export request, or the problems that stop the draft from being exported. */
export function prepareExport(
  source: CodeExportSource,
): { ok: true; request: ExportRequest } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const servable = source.target.servable.trim();
  const method = source.target.method.trim();
  if (servable === "") {
    problems.push("The servable name is empty");
  }
  if (method === "") {
    problems.push("The method name is empty");
  }
  const versionText = String(source.target.version ?? "0").trim() || "0";
  if (!/^\d{1,19}$/.test(versionText)) {
    problems.push(`Version must be a whole number (0 = latest), not "${versionText}"`);
  }
  if (source.instances.length === 0) {
    problems.push("Add an instance first");
  }
  const paths = new Map<string, string>();
  const files: Record<string, Uint8Array> = {};
  const instances = source.instances.map((draft, index) => {
    const inputs: ExportInput[] = [];
    for (const name of Object.keys(draft.values).sort(compareUtf8)) {
      const value = draft.values[name];
      if (value === undefined) {
        continue;
      }
      const built = buildValue(value, source.files, Number.POSITIVE_INFINITY);
      if ("error" in built) {
        problems.push(`Instance ${index + 1} ${name}: ${built.error}`);
        continue;
      }
      const input: ExportInput = { name, value: built.value };
      if ((value.kind === "bytes" || value.kind === "image") && value.file) {
        const path = paths.get(value.file.id) ?? uniquePath(value.file.name, files);
        paths.set(value.file.id, path);
        files[path] = source.files[value.file.id] ?? new Uint8Array();
        input.filePath = path;
      }
      inputs.push(input);
    }
    return inputs;
  });
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    request: {
      servable,
      method,
      version: BigInt(versionText),
      wire: source.wire === "auto" ? "1.3" : source.wire,
      transport: source.transport,
      gatewayUrl: (source.gatewayUrl ?? "http://localhost:8080").trim().replace(/\/+$/, ""),
      instances,
      files,
    },
  };
}

// Dropped files keep their names where those are safe; clashes get a counter before the extension.
function uniquePath(name: string, taken: Readonly<Record<string, Uint8Array>>): string {
  const safe = safeFileName(name, "file.bin");
  const dot = safe.lastIndexOf(".");
  const stem = dot > 0 ? safe.slice(0, dot) : safe;
  const extension = dot > 0 ? safe.slice(dot) : "";
  let path = `files/${safe}`;
  for (let n = 2; path in taken; n++) {
    path = `files/${stem}-${n}${extension}`;
  }
  return path;
}
