/** What one cell (a concurrency × instances-per-request pair) of a load test measured. */
import { summarizeLatencies, type LatencySummary } from "./summarize-latencies";

/** The raw measurements of one cell, grown while it runs. */
export interface LoadCellRecord {
  readonly concurrency: number;
  readonly instancesPerRequest: number;
  /** Latencies of the measured calls that ended OK, in milliseconds. */
  readonly latenciesMs: number[];
  /** Instances answered by those calls. */
  instances: number;
  /** Measured calls that failed, by category (see classifyLoadOutcome). */
  readonly errors: Record<string, number>;
  /** From the end of the warm-up to the latest measured call's end, in seconds. */
  measuredSeconds: number;
  /** "warm-up", "measuring", "done", or "stopped" when the run ended during this cell. */
  phase: "pending" | "warm-up" | "measuring" | "done" | "stopped";
}

/** One cell as the chart, the table and the exports show it. */
export interface LoadCellSummary {
  readonly concurrency: number;
  readonly instancesPerRequest: number;
  readonly phase: LoadCellRecord["phase"];
  /** Measured calls that ended OK. */
  readonly completed: number;
  readonly failed: number;
  readonly latency?: LatencySummary;
  /** Instances answered per second (0 before any measured time). */
  readonly instancesPerSecond: number;
  readonly requestsPerSecond: number;
  readonly errors: Readonly<Record<string, number>>;
  readonly measuredSeconds: number;
}

/** Returns an empty cell record. */
export function createCellRecord(concurrency: number, instancesPerRequest: number): LoadCellRecord {
  return {
    concurrency,
    instancesPerRequest,
    latenciesMs: [],
    instances: 0,
    errors: {},
    measuredSeconds: 0,
    phase: "pending",
  };
}

/** Returns the summary of `cell`: counts, percentiles and throughput. */
export function summarizeCell(cell: LoadCellRecord): LoadCellSummary {
  const failed = Object.values(cell.errors).reduce((sum, n) => sum + n, 0);
  const seconds = cell.measuredSeconds;
  return {
    concurrency: cell.concurrency,
    instancesPerRequest: cell.instancesPerRequest,
    phase: cell.phase,
    completed: cell.latenciesMs.length,
    failed,
    latency: summarizeLatencies(cell.latenciesMs),
    instancesPerSecond: seconds > 0 ? cell.instances / seconds : 0,
    requestsPerSecond: seconds > 0 ? cell.latenciesMs.length / seconds : 0,
    errors: { ...cell.errors },
    measuredSeconds: seconds,
  };
}
