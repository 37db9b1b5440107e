/** The two runs shown side by side in the comparison view. */
import { create } from "zustand";
import type { InferExchange } from "../serving/types";

/** A run handed to the comparison: where it went, when, and its exchange. */
export interface ComparedRun {
  id?: string;
  title: string;
  servable: string;
  method: string;
  version?: number;
  finishedAt: number;
  exchange: InferExchange;
}

interface ComparisonState {
  a?: ComparedRun;
  b?: ComparedRun;
}

interface ComparisonActions {
  /** Shows the two runs side by side. */
  openComparison(a: ComparedRun, b: ComparedRun): void;
  /** Closes the comparison. */
  closeComparison(): void;
}

/** The comparison store. */
export const useComparisonStore = create<ComparisonState & ComparisonActions>()((set) => ({
  openComparison: (a, b) => set({ a, b }),
  closeComparison: () => set({ a: undefined, b: undefined }),
}));
