/**
 * The steps of the draft that can be undone: removing an instance, clearing the draft, and
 * replacing it (a restored run, an imported archive). Holds data only; `undo-draft.ts` applies it.
 */
import { create } from "zustand";
import type { ConnectionDraft } from "../draft/connection-draft";
import type { DraftInstance } from "../draft/draft-value";
import type { MethodDraft } from "./method-drafts-store";

/** How many steps can be undone; older ones are forgotten. */
export const MAX_UNDO_STEPS = 20;

/** The connection fields that belong to a draft (not the gateway, not the headers). */
export type DraftConnection = Omit<ConnectionDraft, "gatewayUrl" | "metadata">;

/** A whole draft: what to call and the instances, with the bytes of files it references. */
export interface FullDraft {
  connection: DraftConnection;
  instances: DraftInstance[];
  /** File bytes by file id, for files not already in the files store. */
  files?: Readonly<Record<string, Uint8Array>>;
}

/** One step that can be undone. */
export type UndoStep =
  | {
      kind: "instance-removed";
      servable: string;
      method: string;
      instance: DraftInstance;
      /** Its place in the list (0-based); it goes back there. */
      index: number;
    }
  | {
      kind: "draft-cleared" | "draft-restored" | "draft-imported";
      /** The draft on screen before the step. */
      previous: FullDraft;
      /** The kept draft of the restored method that the step replaced, to keep again on undo. */
      replaced?: { key: string; draft: MethodDraft };
    };

interface UndoState {
  /** Oldest first; the last one is undone next. */
  steps: UndoStep[];
}

interface UndoActions {
  /** Records a step, forgetting the oldest beyond `MAX_UNDO_STEPS`. */
  push(step: UndoStep): void;
  /** Removes and returns the latest step. */
  pop(): UndoStep | undefined;
}

/** Returns the state of a fresh page: nothing to undo. */
export function initialUndo(): UndoState {
  return { steps: [] };
}

/** The undo store. */
export const useUndoStore = create<UndoState & UndoActions>()((set, get) => ({
  ...initialUndo(),
  push: (step) => set((s) => ({ steps: [...s.steps, step].slice(-MAX_UNDO_STEPS) })),
  pop: () => {
    const step = get().steps.at(-1);
    if (step) {
      set((s) => ({ steps: s.steps.slice(0, -1) }));
    }
    return step;
  },
}));
