/**
 * The manifest of a console archive: `manifest.json` at the root of a zip, beside the binary
 * files it names (tensors as `.npy`, images and other files as themselves), so `unzip` and numpy
 * read everything without the console.
 *
 * Version 1 carries the draft: the connection's servable, method, version, wire, timeout, file
 * limit and declared inputs (never the gateway URL or metadata headers, which may hold
 * credentials), and every instance. `runs` is reserved for history runs; a run will list its
 * request instances as the draft does and its outputs as `.npy` files under `runs/<n>/`.
 */
import type { NumericDType } from "../../../protocol/tensor-types";
import type { InputDecl, TensorEditor } from "../../draft/draft-value";

/** The `format` field every console archive has. */
export const ARCHIVE_FORMAT = "serving-console-archive";

/** The manifest version this console writes and reads. */
export const ARCHIVE_VERSION = 1;

/** The manifest's path inside the zip. */
export const MANIFEST_PATH = "manifest.json";

/** A tensor input: its editor state, its values in a `.npy`, and any text the `.npy` cannot restore. */
export interface ArchivedTensor {
  kind: "tensor";
  dtype: NumericDType;
  editor: TensorEditor;
  rows: number;
  cols: number;
  /** The `.npy` holding the values; absent when the draft does not yet build (an invalid cell). */
  npy?: string;
  /** The grid's cell texts, when they differ from the `.npy` values written out exactly. */
  cells?: string[];
  /** The any-rank text, when it differs from the `.npy` values written out. */
  text?: string;
}

/** A bytes or image input: the file's name, type and size, and its path in the zip. */
export interface ArchivedFile {
  kind: "bytes" | "image";
  file?: { id: string; name: string; size: number; type: string; path?: string };
}

/** An input value: tensors and files by reference, the small kinds inline as the draft holds them. */
export type ArchivedValue =
  ArchivedTensor | ArchivedFile | { kind: string; [key: string]: unknown };

/** One archived instance. */
export interface ArchivedInstance {
  id: string;
  values: Record<string, ArchivedValue>;
}

/** The connection fields an archive carries. */
export interface ArchivedConnection {
  servable: string;
  method: string;
  version: string;
  wire: string;
  /** "grpc-web" or "rest"; archives written before the REST transport have none. */
  transport?: string;
  timeoutSeconds: string;
  fileLimitMb: number;
  presetId: string;
  inputs: (InputDecl & { id?: string })[];
}

/** The whole manifest. */
export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  createdAt: string;
  draft: { connection: ArchivedConnection; instances: ArchivedInstance[] };
  /** History runs: none in version 1. */
  runs: [];
}
