/** Sending the draft: validation, the call through ServingClient, cancel, and the latest exchange. */
import { create } from "zustand";
import { describeError } from "../../shared/describe-value";
import { buildInstances } from "../draft/build-instances";
import { buildTarget } from "../draft/build-target";
import { convertMegabytesToBytes } from "../draft/format-byte-size";
import { InvalidInputError } from "../serving/invalid-input-error";
import { afterFirstPaint } from "./after-first-paint";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { isMetadataWithheld, useGatewayCheckStore } from "./gateway-check-store";
import { useInstancesStore } from "./instances-store";
import { useRunInputsStore } from "./run-inputs-store";
import { sendExchange } from "./send-exchange";
import type { InferExchange } from "../serving/types";

/** What the results view shows. */
export type RunStatus = "idle" | "running" | "done" | "cancelled";

interface RunsState {
  status: RunStatus;
  /** The latest completed exchange. */
  exchange?: InferExchange;
  /** How many instances the latest request carried. */
  instanceCount: number;
  /** Problems with the connection fields themselves (e.g. an unreadable version). */
  connectionError?: string;
  startedAt?: number;
  /** Size of the request in flight once encoded, in bytes. */
  requestBytes?: number;
  /** Reply bytes received so far by the request in flight. */
  receivedBytes: number;
}

interface RunsActions {
  /** Validates and sends the draft; resolves when the call ends (never rejects). */
  send(): Promise<void>;
  /** Aborts the call in flight, if any. */
  cancel(): void;
  /** Shows a past exchange (a history run) in the results view; ignored while a send runs. */
  showExchange(exchange: InferExchange, meta: { instanceCount: number; startedAt?: number }): void;
}

let controller: AbortController | undefined;

/** Runs whose reply or request reaches this size are recorded in the history only after the result is painted. */
const LARGE_RUN_BYTES = 256 * 1024;

/** Returns the state before any send: idle, no exchange, no problems (every field set, for resets). */
export function initialRuns(): RunsState {
  return {
    status: "idle",
    exchange: undefined,
    instanceCount: 0,
    connectionError: undefined,
    startedAt: undefined,
    requestBytes: undefined,
    receivedBytes: 0,
  };
}

/** The runs store. */
export const useRunsStore = create<RunsState & RunsActions>()((set, get) => ({
  ...initialRuns(),
  send: async () => {
    if (get().status === "running") {
      return;
    }
    const draft = useConnectionStore.getState();
    // Saved headers never go to a gateway from a page link the user has not confirmed.
    const withheld = isMetadataWithheld(useGatewayCheckStore.getState(), draft.gatewayUrl);
    const connection = withheld ? { ...draft, metadata: [] } : draft;
    const built = buildTarget(connection);
    if ("error" in built) {
      set({ connectionError: built.error });
      useInstancesStore.getState().showProblems([]);
      return;
    }
    const drafts = useInstancesStore.getState().instances;
    const { instances, problems } = buildInstances(
      drafts,
      useFilesStore.getState().files,
      convertMegabytesToBytes(connection.fileLimitMb),
    );
    if (problems.length > 0 || instances.length === 0) {
      useInstancesStore.getState().showProblems(problems);
      set({
        connectionError:
          instances.length === 0 && problems.length === 0 ? "Add an instance first" : undefined,
      });
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    useInstancesStore.getState().showProblems([]);
    const startedAt = Date.now();
    set({
      status: "running",
      connectionError: undefined,
      instanceCount: instances.length,
      startedAt,
      requestBytes: undefined,
      receivedBytes: 0,
    });
    // What was sent stays beside its results, however the draft changes afterwards.
    useRunInputsStore.getState().record(drafts, useFilesStore.getState().files, connection.inputs);
    let exchange: InferExchange | undefined;
    try {
      exchange = await sendExchange(built.target, built.wireChoice, instances, {
        signal,
        timeoutMs: built.timeoutMs,
        onRequestBytes: (requestBytes) => {
          if (!signal.aborted) {
            set({ requestBytes });
          }
        },
        onReceived: (receivedBytes) => {
          if (!signal.aborted) {
            set({ receivedBytes });
          }
        },
      });
      set({ status: "done", exchange });
    } catch (error) {
      if (signal.aborted || (error instanceof DOMException && error.name === "AbortError")) {
        set({ status: "cancelled" });
      } else if (error instanceof InvalidInputError) {
        const { instanceIndex, inputName } = error;
        if (instanceIndex === undefined) {
          set({ status: "idle", connectionError: error.message });
        } else {
          set({ status: "idle" });
          useInstancesStore
            .getState()
            .showProblems([{ instanceIndex, inputName: inputName ?? "", message: error.reason }]);
        }
      } else {
        exchange = failedExchange(error);
        set({ status: "done", exchange });
      }
    } finally {
      controller = undefined;
    }
    if (exchange) {
      // In the background: a history that cannot be written never affects the send or the draft.
      // The history store (IndexedDB code) is its own chunk, off the initial bundle.
      const sent = {
        connection,
        instances: drafts,
        files: useFilesStore.getState().files,
        exchange,
        startedAt,
        finishedAt: Date.now(),
      };
      const record = (): void => {
        import("./history-store")
          .then(({ useHistoryStore }) => useHistoryStore.getState().record(sent))
          // A history chunk that cannot be fetched (offline after a deploy) costs this run's entry only.
          .catch(() => undefined);
      };
      // Storing megabytes (a large reply, or the files of a large request) takes a while: it
      // waits until the result is on screen.
      if (exchange.replyBytes >= LARGE_RUN_BYTES || exchange.requestBytes >= LARGE_RUN_BYTES) {
        afterFirstPaint(record);
      } else {
        record();
      }
    }
  },
  cancel: () => controller?.abort(),
  showExchange: (exchange, { instanceCount, startedAt }) => {
    if (get().status !== "running") {
      set({ status: "done", exchange, instanceCount, startedAt, connectionError: undefined });
    }
  },
}));

// An unexpected throw (not a transport failure, which resolves) still reaches the results as a whole-request error.
function failedExchange(error: unknown): InferExchange {
  return {
    result: { ok: false, cause: "unexpected", error: describeError(error) },
    requestBytes: 0,
    replyBytes: 0,
    elapsedMs: 0,
    requestJson: null,
    replyJson: null,
  };
}
