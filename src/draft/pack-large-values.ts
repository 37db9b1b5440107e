/**
 * Splits large tensor values out of draft instances, so the instances can be saved as small JSON
 * and the values apart from it (in IndexedDB), and joins them back when a saved draft is read.
 */
import { numericDTypes } from "../../protocol/dtypes";
import {
  type ArrayCells,
  countCells,
  isArrayCells,
  listCellTexts,
  type NativeLanes,
} from "./array-cells";
import { createId, type DraftInstance, type DraftValue, type TensorDraft } from "./draft-value";
import type { NumericDType } from "../serving/types";

/** Values with more characters than this are saved apart from the draft's JSON. */
export const LARGE_VALUE_CHARS = 32 * 1024;

/** A typed array saved in binary: its dtype and its bytes (little-endian, C order). */
export interface StoredArray {
  dtype: NumericDType;
  bytes: Uint8Array;
}

/** A value saved apart from the draft's JSON: text, or a typed array's bytes. */
export type StoredValue = string | StoredArray;

/**
 * A tensor value as saved: large cells or text are replaced by the id of their stored copy; a
 * large typed array by the id of its bytes, with the cells typed over it (inline, or stored).
 */
export interface PackedTensor extends TensorDraft {
  storedCells?: string;
  storedText?: string;
  storedArray?: string;
  arrayDtype?: NumericDType;
  edits?: [number, string][];
  storedEdits?: string;
}

/** The result of packing: instances small enough for JSON, the values to store, every id used. */
export interface PackedInstances {
  instances: DraftInstance[];
  /** Values not stored yet, as [id, value]. */
  writes: [string, StoredValue][];
  /** Ids of every stored value the packed instances reference. */
  ids: Set<string>;
}

// Cells and text are never edited in place, so a value keeps its id while unchanged.
const cellIds = new WeakMap<object, string>();
const textIds = new Map<string, { text: string; id: string }>();
// Ids whose value is in storage, or being written: only the others are written again.
const storedIds = new Set<string>();
const SEPARATOR = "\u001f";

/** Notes that the values of the ids are in storage (written), or are no longer (`false`: deleted, or the write failed). */
export function markStored(ids: Iterable<string>, stored: boolean): void {
  for (const id of ids) {
    if (stored) storedIds.add(id);
    else storedIds.delete(id);
  }
}

/** Returns the instances with large tensor values replaced by ids, and the values to write. */
export function packInstances(instances: readonly DraftInstance[]): PackedInstances {
  const packed: PackedInstances = { instances: [], writes: [], ids: new Set() };
  for (const inst of instances) {
    let values: Record<string, DraftValue> | undefined;
    for (const [name, value] of Object.entries(inst.values)) {
      if (value.kind !== "tensor") {
        continue;
      }
      const tensor = packTensor(value, `${inst.id}/${name}`, packed);
      if (tensor !== value) {
        values ??= { ...inst.values };
        values[name] = tensor;
      }
    }
    packed.instances.push(values ? { ...inst, values } : inst);
  }
  return packed;
}

function packTensor(value: TensorDraft, slot: string, packed: PackedInstances): TensorDraft {
  let result: PackedTensor = value;
  const { cells } = value;
  if (isArrayCells(cells)) {
    // JSON cannot hold a typed array: a small one is saved as texts, a large one in binary.
    result =
      countCells(cells) * 2 > LARGE_VALUE_CHARS
        ? { ...result, ...packArray(cells, packed), cells: [] }
        : { ...result, cells: listCellTexts(cells) };
  } else if (cells.length * 2 > LARGE_VALUE_CHARS) {
    // A cell is at least one character plus a separator: count before joining anything.
    const id = storeOnce(cells, packed, () => encodeCells(cells));
    result = { ...result, cells: [], storedCells: id };
  }
  if (value.text.length > LARGE_VALUE_CHARS) {
    let known = textIds.get(slot);
    if (known?.text !== value.text) {
      known = { text: value.text, id: createId() };
      textIds.set(slot, known);
    }
    if (!storedIds.has(known.id)) {
      storedIds.add(known.id);
      packed.writes.push([known.id, value.text]);
    }
    packed.ids.add(known.id);
    result = { ...result, text: "", storedText: known.id };
  }
  return result;
}

// The array is never changed in place (edits sit beside it), so it is written once per array.
function packArray(
  cells: ArrayCells,
  packed: PackedInstances,
): Pick<PackedTensor, "storedArray" | "arrayDtype" | "edits" | "storedEdits"> {
  const storedArray = storeOnce(cells.lanes, packed, () => ({
    dtype: cells.dtype,
    bytes: copyBytes(cells.lanes),
  }));
  const edits = [...cells.edits];
  if (JSON.stringify(edits).length <= LARGE_VALUE_CHARS) {
    return { storedArray, arrayDtype: cells.dtype, edits };
  }
  const storedEdits = storeOnce(cells.edits, packed, () => JSON.stringify(edits));
  return { storedArray, arrayDtype: cells.dtype, storedEdits };
}

function storeOnce(key: object, packed: PackedInstances, encode: () => StoredValue): string {
  let id = cellIds.get(key);
  if (id === undefined) {
    id = createId();
    cellIds.set(key, id);
  }
  if (!storedIds.has(id)) {
    storedIds.add(id);
    packed.writes.push([id, encode()]);
  }
  packed.ids.add(id);
  return id;
}

// Its own buffer, exactly the array's bytes: a view would carry its whole buffer into storage.
function copyBytes(data: ArrayCells["lanes"]): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
}

function encodeCells(cells: readonly string[]): string {
  return cells.some((c) => c.includes(SEPARATOR))
    ? `J${JSON.stringify(cells)}`
    : `S${cells.join(SEPARATOR)}`;
}

function decodeCells(stored: string): string[] | undefined {
  if (stored.startsWith("S")) {
    return stored.slice(1).split(SEPARATOR);
  }
  try {
    const cells: unknown = JSON.parse(stored.slice(1));
    return Array.isArray(cells) && cells.every((c) => typeof c === "string") ? cells : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the ids of the stored values packed instances reference. */
export function listStoredIds(instances: readonly DraftInstance[]): string[] {
  const ids: string[] = [];
  for (const inst of instances) {
    for (const value of Object.values(inst.values)) {
      const packed = value as Partial<PackedTensor>;
      if (typeof packed.storedCells === "string") ids.push(packed.storedCells);
      if (typeof packed.storedText === "string") ids.push(packed.storedText);
      if (typeof packed.storedArray === "string") ids.push(packed.storedArray);
      if (typeof packed.storedEdits === "string") ids.push(packed.storedEdits);
    }
  }
  return ids;
}

/**
 * Returns the instances with stored values put back from `stored` (id → text). A value whose
 * copy is missing or does not fit its shape becomes zeros of that shape and is counted as lost.
 */
export function unpackInstances(
  instances: readonly DraftInstance[],
  stored: ReadonlyMap<string, StoredValue>,
): { instances: DraftInstance[]; lost: number } {
  let lost = 0;
  const result = instances.map((inst) => {
    const values: Record<string, DraftValue> = {};
    for (const [name, value] of Object.entries(inst.values)) {
      if (value.kind !== "tensor") {
        values[name] = value;
        continue;
      }
      const { storedCells, storedText, storedArray, arrayDtype, edits, storedEdits, ...tensor } =
        value as PackedTensor;
      const size = Math.max(0, tensor.rows * tensor.cols);
      let cells = tensor.cells;
      if (storedArray !== undefined) {
        const read = unpackArray(stored, size, storedArray, arrayDtype, edits, storedEdits);
        if (read) {
          cells = read;
        } else {
          lost++;
          cells = Array<string>(size).fill("0");
        }
      } else if (storedCells !== undefined) {
        const text = stored.get(storedCells);
        const read = typeof text === "string" ? decodeCells(text) : undefined;
        if (read?.length === size) {
          cells = read;
          cellIds.set(cells, storedCells);
          storedIds.add(storedCells);
        } else {
          lost++;
          cells = Array<string>(size).fill("0");
        }
      }
      let text = tensor.text;
      if (storedText !== undefined) {
        const read = stored.get(storedText);
        if (typeof read !== "string") {
          lost++;
        } else {
          text = read;
          textIds.set(`${inst.id}/${name}`, { text, id: storedText });
          storedIds.add(storedText);
        }
      }
      values[name] = { ...tensor, cells, text };
    }
    return { ...inst, values };
  });
  return { instances: result, lost };
}

/** Returns whether a value read from storage has the shape of a stored typed array. */
export function isStoredArray(value: unknown): value is StoredArray {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const { dtype, bytes } = value as Partial<StoredArray>;
  return typeof dtype === "string" && Object.hasOwn(numericDTypes, dtype) && isUint8Array(bytes);
}

// By tag, not instanceof: storage may hand back an array made in another realm.
function isUint8Array(value: unknown): value is Uint8Array {
  return (
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]"
  );
}

// Stored bytes are checked against the shape before any view is made over them.
function unpackArray(
  stored: ReadonlyMap<string, StoredValue>,
  size: number,
  arrayId: string,
  dtype: NumericDType | undefined,
  inlineEdits: unknown,
  editsId: string | undefined,
): ArrayCells | undefined {
  const value = stored.get(arrayId);
  if (!isStoredArray(value) || value.dtype !== dtype) {
    return undefined;
  }
  const { width } = numericDTypes[value.dtype];
  if (value.bytes.byteLength !== size * width) {
    return undefined;
  }
  let editList = inlineEdits;
  if (editsId !== undefined) {
    const text = stored.get(editsId);
    try {
      editList = typeof text === "string" ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  }
  const edits = readEdits(editList ?? [], size);
  if (!edits) {
    return undefined;
  }
  // A fresh buffer is aligned for every element width.
  const bytes = value.bytes.byteOffset % width === 0 ? value.bytes : value.bytes.slice();
  const lanes = viewLanes(value.dtype, bytes, size);
  cellIds.set(lanes, arrayId);
  storedIds.add(arrayId);
  if (editsId !== undefined) {
    cellIds.set(edits, editsId);
    storedIds.add(editsId);
  }
  return { kind: "array", dtype: value.dtype, lanes, edits };
}

function viewLanes(dtype: NumericDType, bytes: Uint8Array, size: number): NativeLanes {
  // float16 is kept as its bit patterns; every other dtype as its own typed array.
  return dtype === "float16"
    ? new Uint16Array(bytes.buffer, bytes.byteOffset, size)
    : (numericDTypes[dtype].view(bytes.buffer, bytes.byteOffset, size) as NativeLanes);
}

function readEdits(list: unknown, size: number): Map<number, string> | undefined {
  if (!Array.isArray(list)) {
    return undefined;
  }
  const edits = new Map<number, string>();
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      return undefined;
    }
    const [index, text] = entry as unknown[];
    if (
      !Number.isInteger(index) ||
      (index as number) < 0 ||
      (index as number) >= size ||
      typeof text !== "string"
    ) {
      return undefined;
    }
    edits.set(index as number, text);
  }
  return edits;
}
