/** Bytes of the files the draft references (images, bytes inputs), kept in memory and in IndexedDB. */
import { create } from "zustand";
import { createId, type FileRef } from "./draft-value";
import { loadFileBytes, storeFileBytes } from "./file-storage";
import { readFileBytes } from "./read-file-bytes";

interface FilesState {
  files: Record<string, Uint8Array>;
  /** Ids whose bytes could not be restored from storage. */
  missing: string[];
}

interface FilesActions {
  /** Reads and stores each file; resolves with their references once stored. */
  addFiles(files: readonly File[]): Promise<FileRef[]>;
  /** Loads the bytes of the ids from storage into memory. */
  restore(ids: readonly string[]): Promise<void>;
}

/** The files store. */
export const useFilesStore = create<FilesState & FilesActions>()((set) => ({
  files: {},
  missing: [],
  addFiles: async (files) => {
    const refs: FileRef[] = [];
    const added: Record<string, Uint8Array> = {};
    for (const file of files) {
      const ref: FileRef = { id: createId(), name: file.name, size: file.size, type: file.type };
      const bytes = await readFileBytes(file);
      try {
        await storeFileBytes(ref.id, bytes);
      } catch {
        // Without IndexedDB the file still works for this page; only reload loses it.
      }
      added[ref.id] = bytes;
      refs.push(ref);
    }
    set((s) => ({ files: { ...s.files, ...added } }));
    return refs;
  },
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
