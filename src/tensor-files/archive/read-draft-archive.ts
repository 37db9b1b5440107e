/** Reads a console archive back into the draft it was written from; every byte is checked first. */
import { strFromU8, unzipSync } from "fflate";
import { describeError } from "../../../shared/describe-value";
import { INPUT_KINDS, NUMERIC_DTYPES } from "../../draft/draft-value";
import { formatArrayTexts } from "../format-element-text";
import { formatNestedText } from "../format-nested-text";
import { readNpy } from "../read-npy";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchivedConnection,
  MANIFEST_PATH,
} from "./archive-manifest";
import type { DraftInstance, DraftValue, TensorDraft } from "../../draft/draft-value";

/** The most files read from one archive. */
export const MAX_ARCHIVE_FILES = 10_000;

/** The most bytes the files of one archive may unpack to. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/** The largest manifest read. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** The draft an archive holds. */
export interface ReadDraft {
  connection: ArchivedConnection;
  instances: DraftInstance[];
  /** File bytes by file id. */
  files: Record<string, Uint8Array>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new Error(`not a readable archive: ${message}`);
}

/** Returns the members of an archive's zip, within the limits; throws naming the one passed. */
export function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  let count = 0;
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > MAX_ARCHIVE_FILES) {
          throw new Error(`the archive holds more than ${MAX_ARCHIVE_FILES} files`);
        }
        if (total > MAX_ARCHIVE_BYTES) {
          throw new Error(`the archive unpacks to more than ${MAX_ARCHIVE_BYTES} bytes`);
        }
        if (file.name === MANIFEST_PATH && file.originalSize > MAX_MANIFEST_BYTES) {
          throw new Error(`its manifest is larger than ${MAX_MANIFEST_BYTES} bytes`);
        }
        return true;
      },
    });
  } catch (error) {
    return fail(describeError(error));
  }
}

function readConnection(value: unknown): ArchivedConnection {
  if (!isObject(value)) {
    return fail("the manifest has no draft connection");
  }
  const text = (key: string) => {
    const v = value[key];
    return typeof v === "string" ? v : fail(`connection.${key} is not text`);
  };
  const inputs = value.inputs;
  if (
    !Array.isArray(inputs) ||
    !inputs.every(
      (d) =>
        isObject(d) &&
        typeof d.name === "string" &&
        (INPUT_KINDS as readonly unknown[]).includes(d.kind),
    )
  ) {
    return fail("connection.inputs is not a list of named inputs");
  }
  const fileLimitMb = value.fileLimitMb;
  return {
    servable: text("servable"),
    method: text("method"),
    version: text("version"),
    wire: text("wire"),
    transport: typeof value.transport === "string" ? value.transport : "grpc-web",
    timeoutSeconds: text("timeoutSeconds"),
    presetId: text("presetId"),
    fileLimitMb: typeof fileLimitMb === "number" && fileLimitMb > 0 ? fileLimitMb : 10,
    inputs: inputs as ArchivedConnection["inputs"],
  };
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function readTensor(entry: Json, where: string, members: Record<string, Uint8Array>): TensorDraft {
  const { dtype, editor, rows, cols } = entry;
  if (!(NUMERIC_DTYPES as readonly unknown[]).includes(dtype)) {
    return fail(`${where}: dtype ${String(dtype)} is not known`);
  }
  if (editor !== "1d" && editor !== "2d" && editor !== "nd") {
    return fail(`${where}: editor ${String(editor)} is not known`);
  }
  if (!Number.isSafeInteger(rows) || !Number.isSafeInteger(cols)) {
    return fail(`${where}: rows and cols are not whole numbers`);
  }
  const grid = editor !== "nd";
  let cells: string[] = grid ? [] : ["0"];
  let text = "";
  if (typeof entry.npy === "string") {
    const bytes = members[entry.npy] ?? fail(`${where}: ${entry.npy} is missing`);
    let array;
    try {
      array = readNpy(bytes);
    } catch (error) {
      return fail(`${where}: ${entry.npy}: ${describeError(error)}`);
    }
    if (array.dtype !== dtype) {
      return fail(`${where}: ${entry.npy} holds ${array.dtype}, the manifest says ${dtype}`);
    }
    const texts = formatArrayTexts(array);
    cells = grid ? texts : cells;
    text = grid ? "" : formatNestedText(texts, array.shape);
  }
  if (entry.cells !== undefined) {
    cells = isTextList(entry.cells) ? entry.cells : fail(`${where}: cells are not text`);
  }
  if (entry.text !== undefined) {
    text = typeof entry.text === "string" ? entry.text : fail(`${where}: text is not text`);
  }
  if (grid && cells.length !== (rows as number) * (cols as number)) {
    return fail(`${where}: ${cells.length} cells do not fill ${String(rows)}×${String(cols)}`);
  }
  return {
    kind: "tensor",
    dtype: dtype as TensorDraft["dtype"],
    editor,
    rows: rows as number,
    cols: cols as number,
    cells,
    text,
  };
}

/** Returns the draft value of one archived value, putting its file bytes into `files`. */
export function readValue(
  entry: unknown,
  where: string,
  members: Record<string, Uint8Array>,
  files: Record<string, Uint8Array>,
): DraftValue {
  if (!isObject(entry)) {
    return fail(`${where} is not a value`);
  }
  const text = (key: string) =>
    typeof entry[key] === "string" ? entry[key] : fail(`${where}.${key} is not text`);
  switch (entry.kind) {
    case "tensor":
      return readTensor(entry, where, members);
    case "scalar": {
      const dtype = entry.dtype;
      if (!(NUMERIC_DTYPES as readonly unknown[]).includes(dtype)) {
        return fail(`${where}: dtype ${String(dtype)} is not known`);
      }
      return { kind: "scalar", dtype: dtype as TensorDraft["dtype"], text: text("text") };
    }
    case "bool":
      return typeof entry.value === "boolean"
        ? { kind: "bool", value: entry.value }
        : fail(`${where}.value is not true or false`);
    case "int":
    case "float":
      return { kind: entry.kind, text: text("text") };
    case "string":
      return { kind: "string", value: text("value") };
    case "bytes":
    case "image": {
      const file = entry.file;
      if (file === undefined) {
        return { kind: entry.kind };
      }
      if (
        !isObject(file) ||
        typeof file.id !== "string" ||
        typeof file.name !== "string" ||
        typeof file.type !== "string" ||
        typeof file.size !== "number"
      ) {
        return fail(`${where}.file is not a file reference`);
      }
      if (typeof file.path === "string") {
        const bytes = members[file.path] ?? fail(`${where}: ${file.path} is missing`);
        files[file.id] = bytes;
      }
      return {
        kind: entry.kind,
        file: { id: file.id, name: file.name, size: file.size, type: file.type },
      };
    }
    default:
      return fail(`${where}: kind ${String(entry.kind)} is not known`);
  }
}

/**
 * Returns the draft an archive holds. Throws an Error saying what is wrong: not a zip, a limit
 * passed, another format, a newer version, or a value or file that does not check out.
 */
export function readDraftArchive(bytes: Uint8Array): ReadDraft {
  const members = unpack(bytes);
  const manifestBytes = members[MANIFEST_PATH] ?? fail(`it has no ${MANIFEST_PATH}`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return fail(`${MANIFEST_PATH} is not JSON`);
  }
  if (!isObject(manifest) || manifest.format !== ARCHIVE_FORMAT) {
    return fail(`${MANIFEST_PATH} is not a ${ARCHIVE_FORMAT} manifest`);
  }
  if (manifest.version !== ARCHIVE_VERSION) {
    return fail(
      `it is version ${String(manifest.version)}; this console reads version ${ARCHIVE_VERSION}`,
    );
  }
  const draft = isObject(manifest.draft) ? manifest.draft : fail("the manifest has no draft");
  const connection = readConnection(draft.connection);
  if (!Array.isArray(draft.instances)) {
    return fail("draft.instances is not a list");
  }
  const files: Record<string, Uint8Array> = {};
  const instances = draft.instances.map((instance: unknown, i): DraftInstance => {
    if (!isObject(instance) || typeof instance.id !== "string" || !isObject(instance.values)) {
      return fail(`instance ${i} is not an instance`);
    }
    return {
      id: instance.id,
      values: Object.fromEntries(
        Object.entries(instance.values).map(([name, value]) => [
          name,
          readValue(value, `instance ${i} input ${name}`, members, files),
        ]),
      ),
    };
  });
  return { connection, instances, files };
}
