/** A finished (or stopped) load test as plain JSON-able data, for export and for keeping with a run in history. */
import { summarizeCell, type LoadCellRecord } from "./load-cell";
import type { LoadSettings } from "./parse-load-settings";
import type { LoadStopReason } from "./run-load-test";

/** What was loaded: the call target without metadata values (they may hold credentials). */
export interface LoadTestTarget {
  readonly gatewayUrl: string;
  readonly servable: string;
  readonly method: string;
  readonly version: string;
  readonly transport: string;
}

/** One measured cell in a record. Latencies in milliseconds, throughput per second. */
export interface LoadTestRecordCell {
  readonly concurrency: number;
  readonly instancesPerRequest: number;
  readonly completedRequests: number;
  readonly failedRequests: number;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly meanMs: number | null;
  readonly maxMs: number | null;
  readonly instancesPerSecond: number;
  readonly requestsPerSecond: number;
  readonly measuredSeconds: number;
  readonly errors: Readonly<Record<string, number>>;
  readonly complete: boolean;
}

/** A load test as JSON: `format` and `version` name the layout. */
export interface LoadTestRecord {
  readonly format: "serving-console-load-test";
  readonly version: 1;
  /** ISO 8601 time the run started. */
  readonly startedAt: string;
  readonly target: LoadTestTarget;
  readonly settings: LoadSettings;
  readonly cells: readonly LoadTestRecordCell[];
  /** Why it ended early, when it did. */
  readonly stopReason: LoadStopReason | null;
}

/** Returns the record of a load test; only JSON types inside, so JSON.stringify/parse round-trips it. */
export function toLoadTestRecord(run: {
  readonly startedAt: number;
  readonly target: LoadTestTarget;
  readonly settings: LoadSettings;
  readonly cells: readonly LoadCellRecord[];
  readonly stopReason?: LoadStopReason;
}): LoadTestRecord {
  return {
    format: "serving-console-load-test",
    version: 1,
    startedAt: new Date(run.startedAt).toISOString(),
    target: { ...run.target },
    settings: {
      ...run.settings,
      concurrency: [...run.settings.concurrency],
      instancesPerRequest: [...run.settings.instancesPerRequest],
    },
    cells: run.cells
      .filter((cell) => cell.phase !== "pending")
      .map((cell) => {
        const s = summarizeCell(cell);
        return {
          concurrency: s.concurrency,
          instancesPerRequest: s.instancesPerRequest,
          completedRequests: s.completed,
          failedRequests: s.failed,
          p50Ms: s.latency?.p50 ?? null,
          p95Ms: s.latency?.p95 ?? null,
          p99Ms: s.latency?.p99 ?? null,
          meanMs: s.latency?.mean ?? null,
          maxMs: s.latency?.max ?? null,
          instancesPerSecond: s.instancesPerSecond,
          requestsPerSecond: s.requestsPerSecond,
          measuredSeconds: s.measuredSeconds,
          errors: s.errors,
          complete: s.phase === "done",
        };
      }),
    stopReason: run.stopReason ?? null,
  };
}

const CSV_COLUMNS = [
  "concurrency",
  "instances_per_request",
  "completed_requests",
  "failed_requests",
  "p50_ms",
  "p95_ms",
  "p99_ms",
  "mean_ms",
  "max_ms",
  "instances_per_s",
  "requests_per_s",
  "measured_s",
  "complete",
  "errors",
] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Returns the record's cells as CSV (one row per cell, errors as `STATUS=n` joined by `;`). */
export function writeLoadTestCsv(record: LoadTestRecord): string {
  const rows = record.cells.map((c) =>
    [
      c.concurrency,
      c.instancesPerRequest,
      c.completedRequests,
      c.failedRequests,
      c.p50Ms ?? "",
      c.p95Ms ?? "",
      c.p99Ms ?? "",
      c.meanMs ?? "",
      c.maxMs ?? "",
      c.instancesPerSecond,
      c.requestsPerSecond,
      c.measuredSeconds,
      c.complete,
      Object.entries(c.errors)
        .map(([name, n]) => `${name}=${n}`)
        .join(";"),
    ]
      .map((v) => csvField(String(v)))
      .join(","),
  );
  return `${[CSV_COLUMNS.join(","), ...rows].join("\n")}\n`;
}
