/** Bytes of the files the draft references (images, bytes inputs), kept in memory and in IndexedDB. */
import { create } from "zustand";
import { createId, type FileRef } from "../draft/draft-value";
import { loadFileBytes, storeFileBytes } from "../draft/file-storage";
import { readFileBytes } from "../draft/read-file-bytes";

interface FilesState {
  files: Record<string, Uint8Array>;
  /** Ids whose bytes could not be restored from storage. */
  missing: string[];
  /** Ids stored but not yet referenced by an instance; cleanup must not delete their bytes. */
  pending: string[];
}

interface FilesActions {
  /**
   * Reads and stores each file; resolves with their references once stored. The ids stay pending
   * until `release` is called, once an instance references them.
   */
  addFiles(files: readonly File[]): Promise<FileRef[]>;
  /** Ends the pending state of the ids. */
  release(ids: readonly string[]): void;
  /** Drops from memory the bytes of every file whose id is not in `kept`. */
  forgetAllBut(kept: ReadonlySet<string>): void;
  /** Loads the bytes of the ids from storage into memory. */
  restore(ids: readonly string[]): Promise<void>;
}

/** Returns the state of a fresh page: no files in memory, none missing or pending. */
export function initialFiles(): FilesState {
  return { files: {}, missing: [], pending: [] };
}

/** The files store. */
export const useFilesStore = create<FilesState & FilesActions>()((set) => ({
  ...initialFiles(),
  addFiles: async (files) => {
    const refs = files.map((file): FileRef => ({
      id: createId(),
      name: file.name,
      size: file.size,
      type: file.type,
    }));
    // Marked before the first write: a cleanup running meanwhile must keep these bytes.
    set((s) => ({ pending: [...s.pending, ...refs.map((r) => r.id)] }));
    const added: Record<string, Uint8Array> = {};
    try {
      for (const [i, ref] of refs.entries()) {
        added[ref.id] = await storeFile(ref, files[i]!);
      }
    } catch (error) {
      useFilesStore.getState().release(refs.map((r) => r.id));
      throw error;
    }
    set((s) => ({ files: { ...s.files, ...added } }));
    return refs;
  },
  release: (ids) => set((s) => ({ pending: s.pending.filter((id) => !ids.includes(id)) })),
  forgetAllBut: (kept) =>
    set((s) => {
      const entries = Object.entries(s.files);
      return entries.every(([id]) => kept.has(id))
        ? s
        : {
            files: Object.fromEntries(entries.filter(([id]) => kept.has(id))),
            missing: s.missing.filter((id) => kept.has(id)),
          };
    }),
  restore: async (ids) => {
    const wanted = ids.filter((id) => !(id in useFilesStore.getState().files));
    if (wanted.length === 0) {
      return;
    }
    let loaded: (Uint8Array | undefined)[];
    try {
      loaded = await loadFileBytes(wanted);
    } catch {
      loaded = wanted.map(() => undefined);
    }
    const files: Record<string, Uint8Array> = {};
    const missing: string[] = [];
    wanted.forEach((id, i) => {
      const bytes = loaded[i];
      if (bytes) {
        files[id] = bytes;
      } else {
        missing.push(id);
      }
    });
    set((s) => ({ files: { ...s.files, ...files }, missing: [...s.missing, ...missing] }));
  },
}));

async function storeFile(ref: FileRef, file: File): Promise<Uint8Array> {
  const bytes = await readFileBytes(file);
  try {
    await storeFileBytes(ref.id, bytes);
  } catch {
    // Without IndexedDB the file still works for this page; only reload loses it.
  }
  return bytes;
}
