/** Runs a load-test sweep: every concurrency with every instance count, warm-up then measurement. */
import { classifyLoadOutcome } from "./classify-load-outcome";
import { createCellRecord, type LoadCellRecord } from "./load-cell";
import type { InferExchange } from "../serving/types";
import type { LoadSettings } from "./parse-load-settings";

/** Why a run ended before its last cell. */
export type LoadStopReason =
  | { readonly kind: "stopped" }
  | { readonly kind: "gateway-down"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

/** What runLoadTest needs: the settings, one call, and where to report. */
export interface LoadRun {
  readonly settings: LoadSettings;
  /** Sends one request of `instances` instances; resolves its exchange (rejects only on abort or a bug). */
  readonly send: (instances: number, signal: AbortSignal) => Promise<InferExchange>;
  readonly signal: AbortSignal;
  /** Called with every cell after each call ends and at each phase change. */
  readonly onProgress: (cells: readonly LoadCellRecord[]) => void;
  /** Clock in milliseconds; performance.now by default. */
  readonly now?: () => number;
}

/** How the sweep ended: every cell measured so far, and why it stopped early, if it did. */
export interface LoadRunOutcome {
  readonly cells: readonly LoadCellRecord[];
  readonly stopReason?: LoadStopReason;
}

class GatewayDown extends Error {}

/**
 * Returns the outcome of the sweep. Each cell runs `concurrency` loops that send back to back,
 * first for the warm-up (not counted), then for the duration: calls started in the measurement
 * window count, and the window closes when the last of them ends. A call that gets no response at
 * all stops the run (the gateway is down), keeping what was measured.
 */
export async function runLoadTest(run: LoadRun): Promise<LoadRunOutcome> {
  const now = run.now ?? (() => performance.now());
  const cells: LoadCellRecord[] = [];
  for (const concurrency of run.settings.concurrency) {
    for (const instancesPerRequest of run.settings.instancesPerRequest) {
      cells.push(createCellRecord(concurrency, instancesPerRequest));
    }
  }
  run.onProgress(cells);
  for (const cell of cells) {
    if (run.signal.aborted) {
      return { cells, stopReason: { kind: "stopped" } };
    }
    try {
      await runCell(cell, run, now, () => run.onProgress(cells));
      cell.phase = "done";
      run.onProgress(cells);
    } catch (error) {
      cell.phase = "stopped";
      run.onProgress(cells);
      if (error instanceof GatewayDown) {
        return { cells, stopReason: { kind: "gateway-down", message: error.message } };
      }
      if (run.signal.aborted) {
        return { cells, stopReason: { kind: "stopped" } };
      }
      return {
        cells,
        stopReason: {
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  }
  return { cells };
}

async function runCell(
  cell: LoadCellRecord,
  run: LoadRun,
  now: () => number,
  report: () => void,
): Promise<void> {
  const { durationSeconds, warmupSeconds } = run.settings;
  const start = now();
  const measureFrom = start + warmupSeconds * 1000;
  const measureUntil = measureFrom + durationSeconds * 1000;
  cell.phase = warmupSeconds > 0 ? "warm-up" : "measuring";
  report();
  // One controller per cell: a dead gateway ends every loop at once.
  const cellAbort = new AbortController();
  const onAbort = (): void => cellAbort.abort();
  run.signal.addEventListener("abort", onAbort, { once: true });
  let failure: unknown;
  const loop = async (): Promise<void> => {
    while (!cellAbort.signal.aborted) {
      const sentAt = now();
      if (sentAt >= measureUntil) {
        return;
      }
      const exchange = await run.send(cell.instancesPerRequest, cellAbort.signal);
      const endedAt = now();
      const outcome = classifyLoadOutcome(exchange);
      if (!outcome.ok && outcome.gatewayDown) {
        throw new GatewayDown(outcome.message);
      }
      if (sentAt < measureFrom) {
        continue;
      }
      if (cell.phase === "warm-up") {
        cell.phase = "measuring";
      }
      if (outcome.ok) {
        cell.latenciesMs.push(endedAt - sentAt);
        cell.instances += outcome.instances;
      } else {
        cell.errors[outcome.category] = (cell.errors[outcome.category] ?? 0) + 1;
      }
      cell.measuredSeconds = Math.max(cell.measuredSeconds, (endedAt - measureFrom) / 1000);
      report();
    }
  };
  try {
    await Promise.all(
      Array.from({ length: cell.concurrency }, () =>
        loop().catch((error: unknown) => {
          failure ??= error;
          cellAbort.abort();
        }),
      ),
    );
  } finally {
    run.signal.removeEventListener("abort", onAbort);
  }
  if (failure !== undefined) {
    throw failure;
  }
  if (run.signal.aborted) {
    throw new DOMException("stopped", "AbortError");
  }
}
