/** Which two runs the Comparison region shows, and the tolerance it counts differences against. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { localJsonStorage } from "./late-local-storage";
import type { InferExchange } from "../serving/types";

/** One side of a comparison: a finished run and what it called. */
export interface ComparedRun {
  /** The history record's id, when the run comes from the history. */
  id?: string;
  /** How the region names this side (e.g. "Version 1", or a pinned run's name). */
  title: string;
  servable: string;
  method: string;
  /** The version asked for; undefined or 0 means the latest. */
  version?: number;
  /** When the run finished, in ms since the epoch. */
  finishedAt: number;
  exchange: InferExchange;
}

/** The default tolerance: differences up to 1e-6 count as equal. */
export const DEFAULT_TOLERANCE = "1e-6";

interface ComparisonState {
  a?: ComparedRun;
  b?: ComparedRun;
  /** The tolerance as typed (kept across reloads, even when not a valid number). */
  tolerance: string;
  /** A first run is picked: a comparison may open soon, so its views can load ahead. */
  expected: boolean;
}

interface ComparisonActions {
  /** Shows the Comparison region with run a on the left and run b on the right. */
  openComparison(a: ComparedRun, b: ComparedRun): void;
  /** Says whether a first run is picked, so a comparison may open soon. */
  expectComparison(expected: boolean): void;
  /** Hides the Comparison region. */
  closeComparison(): void;
  /** Keeps the tolerance text as typed. */
  setTolerance(text: string): void;
}

/** Returns the state of a fresh page: nothing compared, the default tolerance. */
export function initialComparison(): ComparisonState {
  return { a: undefined, b: undefined, tolerance: DEFAULT_TOLERANCE, expected: false };
}

/** The comparison store; only the tolerance text is persisted (runs are large and live in the history). */
export const useComparisonStore = create<ComparisonState & ComparisonActions>()(
  persist(
    (set) => ({
      ...initialComparison(),
      openComparison: (a, b) => set({ a, b, expected: false }),
      expectComparison: (expected) => set({ expected }),
      closeComparison: () => set({ a: undefined, b: undefined }),
      setTolerance: (tolerance) => set({ tolerance }),
    }),
    {
      name: "serving-console.compare-tolerance",
      storage: localJsonStorage(),
      partialize: (s) => ({ tolerance: s.tolerance }),
      merge: (stored, current) => {
        const tolerance = (stored as { tolerance?: unknown } | undefined)?.tolerance;
        return {
          ...current,
          tolerance: typeof tolerance === "string" ? tolerance : current.tolerance,
        };
      },
    },
  ),
);
