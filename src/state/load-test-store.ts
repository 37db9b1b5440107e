/** The load test of the current draft: its fields, the sweep in progress, and what it measured. */
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { describeError } from "../../shared/describe-value";
import { buildInstances } from "../draft/build-instances";
import { buildTarget } from "../draft/build-target";
import { convertMegabytesToBytes } from "../draft/format-byte-size";
import { isLoopbackUrl } from "../load-test/is-loopback-url";
import { toLoadTestRecord } from "../load-test/load-test-record";
import {
  parseLoadSettings,
  type LoadFieldProblem,
  type LoadSettings,
  type LoadSettingsText,
} from "../load-test/parse-load-settings";
import { runLoadTest, type LoadStopReason } from "../load-test/run-load-test";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { isMetadataWithheld, useGatewayCheckStore } from "./gateway-check-store";
import { useInstancesStore } from "./instances-store";
import { sendExchange } from "./send-exchange";
import type { LoadCellRecord } from "../load-test/load-cell";
import type { LoadTestTarget, LoadTestRecord } from "../load-test/load-test-record";
import type { Instance } from "../serving/types";

/** idle → (confirming →) running → done. */
export type LoadTestStatus = "idle" | "confirming" | "running" | "done";

interface LoadTestState {
  fields: LoadSettingsText;
  problems: LoadFieldProblem[];
  status: LoadTestStatus;
  /** Why the draft cannot be loaded (connection or instances), as plain text. */
  draftError?: string;
  /** The remote gateway awaiting confirmation. */
  confirmHost?: string;
  settings?: LoadSettings;
  target?: LoadTestTarget;
  startedAt?: number;
  /** Copies of the cells, replaced on every progress report. */
  cells: LoadCellRecord[];
  stopReason?: LoadStopReason;
}

interface LoadTestActions {
  setField(field: keyof LoadSettingsText, value: string): void;
  /** Validates and starts, or asks first when the gateway is not on this machine. */
  start(): Promise<void>;
  /** Starts after the user confirmed loading a remote gateway. */
  confirm(): Promise<void>;
  /** Leaves the confirmation without loading. */
  dismiss(): void;
  /** Ends the run in progress, keeping what it measured. */
  stop(): void;
}

/** The fields' values before the user changes them. */
export const DEFAULT_LOAD_FIELDS: LoadSettingsText = {
  concurrency: "1, 2, 4, 8",
  instancesPerRequest: "1",
  durationSeconds: "5",
  warmupSeconds: "1",
};

/** Returns the state before any load test (every field set, for resets). */
export function initialLoadTest(): LoadTestState {
  return {
    fields: { ...DEFAULT_LOAD_FIELDS },
    problems: [],
    status: "idle",
    draftError: undefined,
    confirmHost: undefined,
    settings: undefined,
    target: undefined,
    startedAt: undefined,
    cells: [],
    stopReason: undefined,
  };
}

let controller: AbortController | undefined;

function copyCells(cells: readonly LoadCellRecord[]): LoadCellRecord[] {
  return cells.map((c) => ({ ...c, latenciesMs: [...c.latenciesMs], errors: { ...c.errors } }));
}

/** Returns `count` instances, cycling through the draft's. */
function repeatInstances(instances: readonly Instance[], count: number): Instance[] {
  return Array.from({ length: count }, (_, i) => instances[i % instances.length] as Instance);
}

/** The load-test store. */
export const useLoadTestStore = create<LoadTestState & LoadTestActions>()(
  persist(
    (set, get) => {
      async function run(): Promise<void> {
        const parsed = parseLoadSettings(get().fields);
        if ("problems" in parsed) {
          set({ problems: parsed.problems, status: "idle" });
          return;
        }
        const draft = useConnectionStore.getState();
        const withheld = isMetadataWithheld(useGatewayCheckStore.getState(), draft.gatewayUrl);
        const connection = withheld ? { ...draft, metadata: [] } : draft;
        const built = buildTarget(connection);
        if ("error" in built) {
          set({ draftError: built.error, status: "idle" });
          return;
        }
        const { instances, problems } = buildInstances(
          useInstancesStore.getState().instances,
          useFilesStore.getState().files,
          convertMegabytesToBytes(connection.fileLimitMb),
        );
        if (problems.length > 0 || instances.length === 0) {
          useInstancesStore.getState().showProblems(problems);
          set({
            draftError:
              instances.length === 0 && problems.length === 0
                ? "Add an instance first"
                : "Fix the instances first",
            status: "idle",
          });
          return;
        }
        controller = new AbortController();
        const startedAt = Date.now();
        set({
          status: "running",
          problems: [],
          draftError: undefined,
          confirmHost: undefined,
          settings: parsed.settings,
          startedAt,
          cells: [],
          stopReason: undefined,
          target: {
            gatewayUrl: built.target.url,
            servable: built.target.servable,
            method: built.target.method,
            version: String(built.target.version ?? 0),
            transport: built.target.transport ?? "grpc-web",
          },
        });
        let lastReport = 0;
        try {
          const outcome = await runLoadTest({
            settings: parsed.settings,
            signal: controller.signal,
            send: (count, signal) =>
              sendExchange(built.target, built.wireChoice, repeatInstances(instances, count), {
                signal,
                timeoutMs: built.timeoutMs,
              }),
            onProgress: (cells) => {
              // Re-render at most every 200 ms; phase changes always show.
              const now = performance.now();
              const phases = cells.map((c) => c.phase).join();
              if (
                now - lastReport >= 200 ||
                phases !==
                  get()
                    .cells.map((c) => c.phase)
                    .join()
              ) {
                lastReport = now;
                set({ cells: copyCells(cells) });
              }
            },
          });
          set({ status: "done", cells: copyCells(outcome.cells), stopReason: outcome.stopReason });
        } catch (error) {
          set({ status: "done", stopReason: { kind: "failed", message: describeError(error) } });
        } finally {
          controller = undefined;
        }
      }

      return {
        ...initialLoadTest(),
        setField: (field, value) => {
          set((s) => ({
            fields: { ...s.fields, [field]: value },
            problems: s.problems.filter((p) => p.field !== field),
          }));
        },
        start: async () => {
          if (get().status === "running") {
            return;
          }
          const parsed = parseLoadSettings(get().fields);
          if ("problems" in parsed) {
            set({ problems: parsed.problems });
            return;
          }
          const url = useConnectionStore.getState().gatewayUrl.trim();
          if (!isLoopbackUrl(url)) {
            let host = url;
            try {
              host = new URL(url).host;
            } catch {
              // An unparsable URL is refused by buildTarget when the run starts.
            }
            set({ status: "confirming", confirmHost: host, problems: [] });
            return;
          }
          await run();
        },
        confirm: async () => {
          if (get().status !== "confirming") {
            return;
          }
          await run();
        },
        dismiss: () => set({ status: "idle", confirmHost: undefined }),
        stop: () => controller?.abort(),
      };
    },
    {
      name: "serving-console-load-test",
      storage: createJSONStorage(() => localStorage),
      // Only what the user typed is kept across reloads.
      partialize: (s) => ({ fields: s.fields }),
    },
  ),
);

/**
 * Returns the latest load test as a JSON-able record (for export, and for keeping with a run in
 * history), or undefined before any has started.
 */
export function selectLoadTestRecord(state: LoadTestState): LoadTestRecord | undefined {
  if (!state.settings || !state.target || state.startedAt === undefined) {
    return undefined;
  }
  return toLoadTestRecord({
    startedAt: state.startedAt,
    target: state.target,
    settings: state.settings,
    cells: state.cells,
    stopReason: state.stopReason,
  });
}
