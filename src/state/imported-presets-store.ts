/**
 * Presets imported from servable_config.py files, kept in IndexedDB and listed in the Preset
 * picker after the built-in ones.
 */
import { createStore, get as idbGet, set as idbSet, type UseStore } from "idb-keyval";
import { create } from "zustand";
import { describeError } from "../../shared/describe-value";
import type { Preset } from "../draft/presets";

const STORED_KEY = "presets";
let store: UseStore | undefined;

// Its own database: idb-keyval keeps one object store per database.
function presetStore(): UseStore {
  store ??= createStore("serving-console-imported-presets", "presets");
  return store;
}

interface ImportedPresetsState {
  presets: Preset[];
  /** Why the last load or save failed, if it did. */
  storageError: string | undefined;
}

interface ImportedPresetsActions {
  /** Reads the stored presets (once at start). */
  load(): Promise<void>;
  /** Adds presets, replacing any with the same id, and stores the list. */
  add(presets: readonly Preset[]): Promise<void>;
  /** Removes the preset with the id and stores the list. */
  remove(id: string): Promise<void>;
}

/** The imported-presets store. */
export const useImportedPresetsStore = create<ImportedPresetsState & ImportedPresetsActions>()((
  set,
  get,
) => {
  async function save(presets: Preset[]): Promise<void> {
    set({ presets });
    try {
      await idbSet(STORED_KEY, presets, presetStore());
      set({ storageError: undefined });
    } catch (error) {
      set({ storageError: `Imported presets are not saved: ${describeError(error)}` });
    }
  }
  return {
    presets: [],
    storageError: undefined,
    load: async () => {
      try {
        const stored = await idbGet<Preset[]>(STORED_KEY, presetStore());
        if (Array.isArray(stored)) {
          const ids = new Set(stored.map((p) => p.id));
          set((s) => ({ presets: [...stored, ...s.presets.filter((p) => !ids.has(p.id))] }));
        }
      } catch (error) {
        set({ storageError: `Imported presets cannot be read: ${describeError(error)}` });
      }
    },
    add: async (presets) => {
      const ids = new Set(presets.map((p) => p.id));
      await save([...get().presets.filter((p) => !ids.has(p.id)), ...presets]);
    },
    remove: async (id) => {
      await save(get().presets.filter((p) => p.id !== id));
    },
  };
});

/** Returns the imported preset with the id, or undefined. */
export function findImportedPreset(id: string): Preset | undefined {
  return useImportedPresetsStore.getState().presets.find((p) => p.id === id);
}

/** Returns the id of the imported preset for servable and method, or undefined. */
export function matchImportedPreset(servable: string, method: string): string | undefined {
  return useImportedPresetsStore
    .getState()
    .presets.find((p) => p.servable === servable && p.method === method)?.id;
}
