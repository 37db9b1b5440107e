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
  /**
   * Keeps the bytes under their ids in memory and in storage (e.g. an imported draft's files);
   * without IndexedDB they still work for this page, only a reload loses them.
   */
  addBytes(files: Readonly<Record<string, Uint8Array>>): Promise<void>;
  /** Ends the pending state of the ids. */
  release(ids: readonly string[]): void;
  /** Drops from memory the bytes of every file whose id is not in `kept`. */
  forgetAllBut(kept: ReadonlySet<string>): void;
  /** Loads the bytes of the ids from storage into memory. */
  restore(ids: readonly string[]): Promise<void>;
}

// The `addBytes` writes under way: a saved draft must not name a file before its bytes are stored,
// or a reload in between would find the file missing.
const storing = new Set<Promise<unknown>>();

/** Returns whether file bytes are being written to storage (`addBytes`). */
export function isStoringFiles(): boolean {
  return storing.size > 0;
}

/** Resolves once every file write under way has finished, stored or refused. */
export async function whenFilesStored(): Promise<void> {
  while (storing.size > 0) {
    await Promise.all(storing);
  }
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
  addBytes: async (files) => {
    const written = Promise.all(
      Object.entries(files).map(([id, bytes]) => storeFileBytes(id, bytes).catch(() => undefined)),
    );
    storing.add(written);
    try {
      await written;
    } finally {
      storing.delete(written);
    }
    set((s) => ({ files: { ...s.files, ...files } }));
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
