/** File bytes of the draft in IndexedDB, so images and files survive a reload. */
import { createStore, delMany, getMany, keys, set, type UseStore } from "idb-keyval";

let store: UseStore | undefined;

// Opened on first use: environments without IndexedDB only fail when files are actually stored.
function fileStore(): UseStore {
  store ??= createStore("serving-console", "files");
  return store;
}

/** Stores the bytes under the id; rejects when IndexedDB is unavailable. */
export function storeFileBytes(id: string, bytes: Uint8Array): Promise<void> {
  return set(id, bytes, fileStore());
}

/** Returns the stored bytes for each id (undefined where none is stored). */
export function loadFileBytes(ids: readonly string[]): Promise<(Uint8Array | undefined)[]> {
  return getMany<Uint8Array>([...ids], fileStore());
}

/**
 * Deletes every stored file whose id is not in the set `readKept` returns; returns how many were
 * deleted. `readKept` runs after the stored ids are read, so files referenced meanwhile are kept.
 */
export async function pruneFileBytes(readKept: () => ReadonlySet<string>): Promise<number> {
  const stored = await keys<string>(fileStore());
  const keep = readKept();
  const stale = stored.filter((id) => !keep.has(id));
  await delMany(stale, fileStore());
  return stale.length;
}
