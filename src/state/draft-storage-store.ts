/** What happened to the saved draft: a write storage refused, a saved draft that could not be read. */
import { create } from "zustand";

/** Why the draft could not be written: the quota is full, or storage is not available at all. */
export type SaveFailure = "quota" | "unavailable";

interface DraftStorageState {
  /** Set while the last write failed; the draft in memory is intact. */
  failure?: SaveFailure;
  /** The saved draft was unreadable and was skipped. */
  corrupt: boolean;
  /** How many large tensor values of the saved draft were missing or damaged (now zeros). */
  lostValues: number;
}

interface DraftStorageActions {
  /** Hides the notices about the saved draft (not the write failure, which clears on the next good write). */
  dismiss(): void;
}

/** Returns the state of a fresh page: nothing to report. */
export function initialDraftStorage(): DraftStorageState {
  return { failure: undefined, corrupt: false, lostValues: 0 };
}

/** The draft storage status store. */
export const useDraftStorageStore = create<DraftStorageState & DraftStorageActions>()((set) => ({
  ...initialDraftStorage(),
  dismiss: () => set({ corrupt: false, lostValues: 0 }),
}));

/** Returns whether the error is the browser refusing a write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}
