/**
 * Large tensor values of saved drafts in IndexedDB: a 1000×1000 grid is megabytes of text, too
 * much for localStorage and too slow to serialize there on every edit.
 */
import { createStore, delMany, getMany, keys, setMany, type UseStore } from "idb-keyval";
import { isStoredArray, type StoredValue } from "./pack-large-values";

let store: UseStore | undefined;

// Its own database: idb-keyval opens one object store per database, and "serving-console" holds files.
function valueStore(): UseStore {
  store ??= createStore("serving-console-tensors", "values");
  return store;
}

/** Writes the values (text or typed-array bytes) under their ids; rejects when IndexedDB is unavailable or full. */
export function storeTensorValues(
  entries: readonly (readonly [string, StoredValue])[],
): Promise<void> {
  return setMany(
    entries.map(([id, value]) => [id, value]),
    valueStore(),
  );
}

/** Returns the stored value of each id (undefined where none is stored or it is neither text nor an array). */
export async function loadTensorValues(
  ids: readonly string[],
): Promise<(StoredValue | undefined)[]> {
  const values = await getMany<unknown>([...ids], valueStore());
  return values.map((v) => (typeof v === "string" || isStoredArray(v) ? v : undefined));
}

/**
 * Deletes every stored value whose id is not in the set `readKept` returns; returns the deleted
 * ids. `readKept` runs after the stored ids are read, so values written meanwhile are kept.
 */
export async function pruneTensorValues(readKept: () => ReadonlySet<string>): Promise<string[]> {
  const stored = await keys<string>(valueStore());
  const keep = readKept();
  const stale = stored.filter((id) => !keep.has(id));
  await delMany(stale, valueStore());
  return stale;
}
