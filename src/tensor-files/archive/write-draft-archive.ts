/** Writes the draft as a console archive: a zip of manifest.json, `.npy` tensors and files. */
import { strToU8, zipSync, type Zippable } from "fflate";
import {
  countCells,
  type GridCells,
  isArrayCells,
  listCellTexts,
  readCell,
} from "../../draft/array-cells";
import { buildTensor } from "../../draft/build-tensor";
import { formatArrayTexts } from "../format-element-text";
import { formatNestedText } from "../format-nested-text";
import { writeNpy } from "../write-npy";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchivedConnection,
  type ArchivedInstance,
  type ArchivedTensor,
  type ArchivedValue,
  type ArchiveManifest,
  MANIFEST_PATH,
} from "./archive-manifest";
import { safeFileName } from "./archive-paths";
import type { DraftInstance, DraftValue, TensorDraft } from "../../draft/draft-value";

/** What an archive of the draft is written from. */
export interface DraftSnapshot {
  connection: ArchivedConnection;
  instances: readonly DraftInstance[];
  /** File bytes by file id. */
  files: Readonly<Record<string, Uint8Array>>;
}

function sameTexts(a: GridCells, b: readonly string[]): boolean {
  return countCells(a) === b.length && b.every((t, i) => t === readCell(a, i));
}

function archiveTensor(draft: TensorDraft, path: string, members: Zippable): ArchivedTensor {
  const { dtype, editor, rows, cols, cells, text } = draft;
  const entry: ArchivedTensor = { kind: "tensor", dtype, editor, rows, cols };
  const built = buildTensor(draft);
  if (!built.ok) {
    // Half-typed values are kept as typed; they have no array form yet.
    return { ...entry, cells: [...listCellTexts(cells)], text };
  }
  const array = { dtype, shape: [...built.tensor.shape], data: built.tensor.data };
  members[path] = [writeNpy(array), { level: 0 }];
  const grid = editor !== "nd";
  if (grid && isArrayCells(cells) && cells.dtype === dtype && cells.edits.size === 0) {
    // The cells are the array's own exact texts: the `.npy` alone carries them.
    return { ...entry, npy: path, ...(text === "" ? {} : { text }) };
  }
  const texts = formatArrayTexts(array);
  const cellsFromNpy = grid ? texts : ["0"];
  const textFromNpy = grid ? "" : formatNestedText(texts, array.shape);
  return {
    ...entry,
    npy: path,
    ...(sameTexts(cells, cellsFromNpy) ? {} : { cells: [...listCellTexts(cells)] }),
    ...(text === textFromNpy ? {} : { text }),
  };
}

/** Returns the archived form of one draft value, adding its `.npy` or file to the zip members. */
export function archiveValue(
  value: DraftValue,
  folder: string,
  inputIndex: number,
  inputName: string,
  snapshot: DraftSnapshot,
  members: Zippable,
): ArchivedValue {
  switch (value.kind) {
    case "tensor":
      return archiveTensor(
        value,
        `${folder}/${safeFileName(inputName, `input-${inputIndex}`)}.npy`,
        members,
      );
    case "bytes":
    case "image": {
      if (!value.file) {
        return { kind: value.kind };
      }
      const bytes = snapshot.files[value.file.id];
      if (!bytes) {
        return { kind: value.kind, file: { ...value.file } };
      }
      const path = `files/${safeFileName(value.file.id, `file-${inputIndex}`)}/${safeFileName(value.file.name, "file")}`;
      members[path] = [bytes, { level: 0 }];
      return { kind: value.kind, file: { ...value.file, path } };
    }
    case "scalar":
    case "bool":
    case "int":
    case "float":
    case "string":
      return { ...value };
  }
}

/** Returns the archive's zip bytes. */
export function writeDraftArchive(snapshot: DraftSnapshot, createdAt = new Date()): Uint8Array {
  const members: Zippable = {};
  const instances: ArchivedInstance[] = snapshot.instances.map((instance, i) => ({
    id: instance.id,
    values: Object.fromEntries(
      Object.entries(instance.values).map(([name, value], k) => [
        name,
        archiveValue(value, `draft/instance-${i}`, k, name, snapshot, members),
      ]),
    ),
  }));
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: createdAt.toISOString(),
    draft: { connection: snapshot.connection, instances },
    runs: [],
  };
  members[MANIFEST_PATH] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(members);
}
