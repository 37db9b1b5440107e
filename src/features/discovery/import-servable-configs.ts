/**
 * Turns chosen servable_config.py files (or a whole servable folder) into presets and a report of
 * what was imported, skipped or refused.
 */
import {
  parseServableConfig,
  type ServableMethod,
  type SkippedConstruct,
} from "./parse-servable-config";
import type { InputDecl } from "../../draft/draft-value";
import type { Preset } from "../../draft/presets";

/** A chosen file as the import reads it. */
export interface ConfigFile {
  name: string;
  /** Path inside a chosen folder (`webkitRelativePath`), empty for a single file. */
  relativePath: string;
  /** The file's size; `bytes` is left empty for a file over MAX_CONFIG_BYTES. */
  size: number;
  bytes: Uint8Array;
}

/** What happened to one file. */
export interface ConfigFileReport {
  file: string;
  servable: string;
  methods: string[];
  skipped: SkippedConstruct[];
  /** Why nothing was imported from the file, if nothing was. */
  refusal?: string;
}

/** Largest file read: a servable_config.py is a few kB; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Returns the presets found in the files and one report per file read (never throws). */
export function importServableConfigs(
  files: readonly ConfigFile[],
  fallbackServable: string,
): { presets: Preset[]; reports: ConfigFileReport[] } {
  // In a folder only servable_config.py counts; the model files beside it are not Python.
  const inFolder = files.some((f) => f.relativePath.includes("/"));
  const chosen = inFolder ? files.filter((f) => f.name === "servable_config.py") : files;
  const presets: Preset[] = [];
  const reports: ConfigFileReport[] = [];
  if (inFolder && chosen.length === 0) {
    reports.push({
      file: files[0]?.relativePath.split("/")[0] ?? "folder",
      servable: "",
      methods: [],
      skipped: [],
      refusal: "The folder has no servable_config.py.",
    });
  }
  for (const file of chosen) {
    const servable = servableName(file, fallbackServable);
    const base = { file: file.relativePath || file.name, servable, methods: [], skipped: [] };
    const text = readPythonText(file);
    if (typeof text !== "string") {
      reports.push({ ...base, refusal: text.refusal });
      continue;
    }
    const { methods, skipped } = parseServableConfig(text);
    if (methods.length === 0) {
      reports.push({
        ...base,
        skipped,
        refusal: looksLikePython(text, skipped)
          ? "No method is registered with @register.register_method in this file."
          : "This is not Python: most of its lines do not parse.",
      });
      continue;
    }
    presets.push(...methods.map((m) => methodPreset(servable, m)));
    reports.push({ ...base, methods: methods.map((m) => m.name), skipped });
  }
  return { presets, reports };
}

/** The id of an imported preset: apart from the built-in ids. */
export function importedPresetId(servable: string, method: string): string {
  return `imported/${servable}/${method}`;
}

function methodPreset(servable: string, method: ServableMethod): Preset {
  const inputs: InputDecl[] = method.inputs.map((input) =>
    input.image ? { name: input.name, kind: "image" } : { name: input.name, kind: "tensor" },
  );
  return {
    id: importedPresetId(servable, method.name),
    label: `${servable} · ${method.name}`,
    servable,
    method: method.name,
    inputs,
  };
}

// The servable is named by its folder; a lone file named otherwise names it, else the form does.
function servableName(file: ConfigFile, fallback: string): string {
  const parts = file.relativePath.split("/");
  const folder = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (folder) {
    return folder;
  }
  const stem = file.name.replace(/\.py$/i, "");
  return stem === "servable_config" || stem === "" ? fallback : stem;
}

// Python with a typo has a few syntax errors; prose, JSON or CSV has one on most lines.
function looksLikePython(text: string, skipped: readonly SkippedConstruct[]): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "").length;
  const badLines = new Set(
    skipped.filter((s) => s.what.startsWith("syntax error")).map((s) => s.line),
  ).size;
  return badLines * 4 < Math.max(lines, 1);
}

function readPythonText(file: ConfigFile): string | { refusal: string } {
  if (file.size > MAX_CONFIG_BYTES || file.bytes.byteLength > MAX_CONFIG_BYTES) {
    return {
      refusal: `This is not a servable_config.py: ${file.size} bytes is over the ${MAX_CONFIG_BYTES}-byte limit.`,
    };
  }
  if (file.bytes.includes(0)) {
    return { refusal: "This is not Python: the file is binary." };
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return { refusal: "This is not Python: the file is not UTF-8 text." };
  }
}
