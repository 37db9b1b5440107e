/** "Run this draft on version A and on version B": two sends of the draft, then the comparison. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { describeError } from "../../shared/describe-value";
import {
  parseVersionPair,
  type ChosenVersion,
  type VersionPairProblem,
} from "../compare/parse-version-pair";
import { InvalidInputError } from "../serving/invalid-input-error";
import { useComparisonStore, type ComparedRun } from "./comparison-store";
import { localJsonStorage } from "./late-local-storage";
import { prepareDraftSend, type PreparedSend } from "./prepare-draft-send";
import { sendExchange } from "./send-exchange";
import type { InferExchange } from "../serving/types";

/** What stops the two runs: a version field, the connection (see connectionError), the inputs, or no instance. */
export type CompareVersionsProblem = VersionPairProblem | "connection" | "inputs" | "no-instances";

interface CompareVersionsState {
  /** The version fields as typed (empty = latest). */
  versionA: string;
  versionB: string;
  running: boolean;
  problem?: CompareVersionsProblem;
  /** The message of a "connection" problem. */
  connectionError?: string;
}

interface CompareVersionsActions {
  setVersionA(text: string): void;
  setVersionB(text: string): void;
  /**
   * Validates both versions and the draft, sends the draft with version A, then with version B,
   * and opens the comparison; `title` names each side. Resolves when done (never rejects).
   */
  runOnBothVersions(title: (version: ChosenVersion) => string): Promise<void>;
  /** Aborts the runs in flight; nothing is opened. */
  cancel(): void;
}

/** Returns the state of a fresh page. */
export function initialCompareVersions(): CompareVersionsState {
  return {
    versionA: "",
    versionB: "",
    running: false,
    problem: undefined,
    connectionError: undefined,
  };
}

let controller: AbortController | undefined;

/** The store of the two-version run; the typed versions survive a reload. */
export const useCompareVersionsStore = create<CompareVersionsState & CompareVersionsActions>()(
  persist(
    (set, get) => ({
      ...initialCompareVersions(),
      setVersionA: (versionA) => set({ versionA, problem: undefined }),
      setVersionB: (versionB) => set({ versionB, problem: undefined }),
      cancel: () => controller?.abort(),
      runOnBothVersions: async (title) => {
        if (get().running) {
          return;
        }
        const versions = parseVersionPair(get().versionA, get().versionB);
        if (!versions.ok) {
          set({ problem: versions.problem, connectionError: undefined });
          return;
        }
        const prepared = prepareDraftSend();
        if ("problem" in prepared) {
          set({
            problem: prepared.problem,
            connectionError: prepared.problem === "connection" ? prepared.error : undefined,
          });
          return;
        }
        controller = new AbortController();
        const signal = controller.signal;
        set({ running: true, problem: undefined, connectionError: undefined });
        try {
          // One after the other, so neither run's latency includes the other's work.
          const a = await runOn(prepared, versions.a, signal, title);
          const b = await runOn(prepared, versions.b, signal, title);
          useComparisonStore.getState().openComparison(a, b);
        } catch (error) {
          if (error instanceof InvalidInputError) {
            set({ problem: "connection", connectionError: error.message });
          }
          // Otherwise it was cancelled: nothing to show.
        } finally {
          controller = undefined;
          set({ running: false });
        }
      },
    }),
    {
      name: "serving-console.compare-versions",
      storage: localJsonStorage(),
      partialize: (s) => ({ versionA: s.versionA, versionB: s.versionB }),
      merge: (stored, current) => {
        const saved = stored as { versionA?: unknown; versionB?: unknown } | undefined;
        return {
          ...current,
          versionA: typeof saved?.versionA === "string" ? saved.versionA : current.versionA,
          versionB: typeof saved?.versionB === "string" ? saved.versionB : current.versionB,
        };
      },
    },
  ),
);

// Rejects only when aborted or when the client refuses the input; any other throw becomes a failed side.
async function runOn(
  prepared: PreparedSend,
  version: ChosenVersion,
  signal: AbortSignal,
  title: (version: ChosenVersion) => string,
): Promise<ComparedRun> {
  const target = { ...prepared.target, version: BigInt(version ?? 0) };
  let exchange: InferExchange;
  try {
    exchange = await sendExchange(target, prepared.wireChoice, prepared.instances, {
      signal,
      timeoutMs: prepared.timeoutMs,
    });
  } catch (error) {
    if (signal.aborted || error instanceof InvalidInputError || isAbort(error)) {
      throw error;
    }
    exchange = {
      result: { ok: false, cause: "unexpected", error: describeError(error) },
      requestBytes: 0,
      replyBytes: 0,
      elapsedMs: 0,
      requestJson: null,
      replyJson: null,
    };
  }
  return {
    title: title(version),
    servable: target.servable,
    method: target.method,
    version,
    finishedAt: Date.now(),
    exchange,
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
