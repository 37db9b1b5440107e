/**
 * The drafts of the methods not on screen: each servable + method (`methodKey`) keeps its own
 * declared inputs and instances, so switching the preset, servable or method never discards them.
 */
import { create } from "zustand";
import type { DeclaredInput } from "../draft/connection-draft";
import type { DraftInstance } from "../draft/draft-value";

/** How many methods keep a draft; the least recently used beyond this is dropped, with a notice. */
export const MAX_METHOD_DRAFTS = 20;

/** One method's draft, kept while another method is on screen. */
export interface MethodDraft {
  inputs: DeclaredInput[];
  presetId: string;
  instances: DraftInstance[];
  /** When the draft was last on screen (ms since the epoch); orders the drafts for dropping. */
  usedAt: number;
}

// The draft on screen as it was when its method was switched to. A draft carried over from the
// previous method and left unchanged is not kept again (it is the previous method's draft).
interface Arrival {
  key: string;
  inputs: readonly DeclaredInput[];
  instances: readonly DraftInstance[];
  /** The draft was this method's own (kept aside, or saved): leaving always keeps it. */
  own: boolean;
}

interface MethodDraftsState {
  drafts: Record<string, MethodDraft>;
  /** Keys of the drafts dropped to stay within `MAX_METHOD_DRAFTS`, until dismissed. */
  dropped: string[];
  arrival?: Arrival;
}

interface MethodDraftsActions {
  /**
   * Keeps the draft on screen under `key` as it leaves the screen; a draft carried over from the
   * previous method and left exactly as it was (e.g. while a name is being typed) is not kept again.
   */
  leave(key: string, draft: Omit<MethodDraft, "usedAt">): void;
  /** Removes and returns the kept draft of `key`, which is going on screen. */
  take(key: string): MethodDraft | undefined;
  /** Notes the draft that just went on screen under `key`; `own` when it is that method's own draft. */
  arrive(
    key: string,
    inputs: readonly DeclaredInput[],
    instances: readonly DraftInstance[],
    own: boolean,
  ): void;
  /** Keeps `draft` under `key` as it is (e.g. putting back a draft an undone step had replaced). */
  keep(key: string, draft: MethodDraft): void;
  /** Hides the notice of dropped drafts. */
  dismissDropped(): void;
}

/** Returns the state of a fresh page: no kept drafts. */
export function initialMethodDrafts(): MethodDraftsState {
  return { drafts: {}, dropped: [], arrival: undefined };
}

/** The per-method drafts store. */
export const useMethodDraftsStore = create<MethodDraftsState & MethodDraftsActions>()((set) => ({
  ...initialMethodDrafts(),
  leave: (key, draft) =>
    set((s) => {
      const a = s.arrival;
      const unchanged =
        a?.key === key && !a.own && a.inputs === draft.inputs && a.instances === draft.instances;
      if (unchanged) {
        return s;
      }
      const drafts = { ...s.drafts, [key]: { ...draft, usedAt: nextUse() } };
      const dropped = dropOldest(drafts);
      return {
        drafts,
        dropped: dropped.length > 0 ? [...s.dropped, ...dropped] : s.dropped,
      };
    }),
  take: (key) => {
    let taken: MethodDraft | undefined;
    set((s) => {
      taken = s.drafts[key];
      if (!taken) {
        return s;
      }
      const drafts = { ...s.drafts };
      delete drafts[key];
      return { drafts };
    });
    return taken;
  },
  arrive: (key, inputs, instances, own) => set({ arrival: { key, inputs, instances, own } }),
  keep: (key, draft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
  dismissDropped: () => set({ dropped: [] }),
}));

let lastUse = 0;

// Strictly increasing, so drafts kept within one millisecond still have an order.
function nextUse(): number {
  lastUse = Math.max(Date.now(), lastUse + 1);
  return lastUse;
}

// The draft on screen counts as one of the kept methods, so at most MAX − 1 are kept aside.
function dropOldest(drafts: Record<string, MethodDraft>): string[] {
  const keys = Object.keys(drafts).sort((a, b) => drafts[b]!.usedAt - drafts[a]!.usedAt);
  const dropped = keys.slice(MAX_METHOD_DRAFTS - 1);
  dropped.forEach((key) => delete drafts[key]);
  return dropped;
}
