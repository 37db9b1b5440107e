/**
 * Splits large tensor values out of draft instances, so the instances can be saved as small JSON
 * and the values apart from it (in IndexedDB), and joins them back when a saved draft is read.
 */
import { createId, type DraftInstance, type DraftValue, type TensorDraft } from "./draft-value";

/** Values with more characters than this are saved apart from the draft's JSON. */
export const LARGE_VALUE_CHARS = 32 * 1024;

/** A tensor value as saved: large cells or text are replaced by the id of their stored copy. */
export interface PackedTensor extends TensorDraft {
  storedCells?: string;
  storedText?: string;
}

/** The result of packing: instances small enough for JSON, the values to store, every id used. */
export interface PackedInstances {
  instances: DraftInstance[];
  /** Values not stored yet, as [id, text]. */
  writes: [string, string][];
  /** Ids of every stored value the packed instances reference. */
  ids: Set<string>;
}

// Cells and text are never edited in place, so a value keeps its id while unchanged.
const cellIds = new WeakMap<readonly string[], string>();
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
  // A cell is at least one character plus a separator: count before joining anything.
  if (value.cells.length * 2 > LARGE_VALUE_CHARS) {
    let id = cellIds.get(value.cells);
    if (id === undefined) {
      id = createId();
      cellIds.set(value.cells, id);
    }
    if (!storedIds.has(id)) {
      storedIds.add(id);
      packed.writes.push([id, encodeCells(value.cells)]);
    }
    packed.ids.add(id);
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
  stored: ReadonlyMap<string, string>,
): { instances: DraftInstance[]; lost: number } {
  let lost = 0;
  const result = instances.map((inst) => {
    const values: Record<string, DraftValue> = {};
    for (const [name, value] of Object.entries(inst.values)) {
      if (value.kind !== "tensor") {
        values[name] = value;
        continue;
      }
      const { storedCells, storedText, ...tensor } = value as PackedTensor;
      const size = Math.max(0, tensor.rows * tensor.cols);
      let cells = tensor.cells;
      if (storedCells !== undefined) {
        const text = stored.get(storedCells);
        const read = text === undefined ? undefined : decodeCells(text);
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
        if (read === undefined) {
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
