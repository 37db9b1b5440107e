/** JSON storage for persisted stores, backed by localStorage as found at each read or write. */
import { createJSONStorage, type PersistStorage, type StateStorage } from "zustand/middleware";

// Looked up on every call, not when a store is created: tests that run in Node put a
// localStorage in place after the stores are loaded. Without one, nothing is kept.
const lateLocalStorage: StateStorage = {
  getItem: (key) => (typeof localStorage === "undefined" ? null : localStorage.getItem(key)),
  setItem: (key, value) => {
    if (typeof localStorage !== "undefined") {
      localStorage.setItem(key, value);
    }
  },
  removeItem: (key) => {
    if (typeof localStorage !== "undefined") {
      localStorage.removeItem(key);
    }
  },
};

/** Returns the `storage` option of a persisted store: JSON in localStorage, when there is one. */
export function localJsonStorage<S>(): PersistStorage<S> | undefined {
  return createJSONStorage<S>(() => lateLocalStorage);
}
