/** Tables and goal lines of `npm run bench:load`. */
import { percentile } from "../latency-stats";
import { formatTable } from "../print-table";
import { formatMiB } from "../rss-monitor";

/** One finished call of the load. */
export interface LoadAnswer {
  kind: string;
  /** gRPC status name ("OK", "UNAVAILABLE"…), or what happened instead of an answer. */
  status: string;
  ms: number;
  /** When it finished, ms after the load started. */
  at: number;
  /** The grpc-message (or error text) of an answer other than OK. */
  message?: string;
}

/** When Serving was down: killed at, ready again at, and the window counted as "during the restart" (ms after the start). */
export interface RestartTimes {
  killedAt: number;
  readyAt: number;
  windowEnd: number;
}

/** Resident memory of one process over the run, in bytes. */
export interface RssRow {
  process: string;
  /** Before any warm-up: after one call of each kind. */
  coldStart?: number;
  start?: number;
  peak?: number;
  end?: number;
  settled?: number;
}

/** Statuses allowed at any time; UNAVAILABLE only while Serving restarts. */
const ALWAYS_ALLOWED = new Set(["OK", "CANCELLED"]);

/** Name of the status of calls this benchmark aborts itself (not answers). */
export const ABORTED = "aborted by the client";

/** Returns the phase of an answer relative to the restart. */
function phaseOf(at: number, restart: RestartTimes | undefined): "before" | "during" | "after" {
  if (!restart || at < restart.killedAt) {
    return "before";
  }
  return at <= restart.windowEnd ? "during" : "after";
}

/** Returns the latency table (OK answers) per kind of call. */
export function formatLatencyTable(answers: LoadAnswer[]): string {
  const kinds = [...new Set(answers.map((a) => a.kind))];
  const rows = kinds.map((kind) => {
    const mine = answers.filter((a) => a.kind === kind);
    const ok = mine
      .filter((a) => a.status === "OK")
      .map((a) => a.ms)
      .sort((a, b) => a - b);
    const at = (p: number) => (ok.length > 0 ? percentile(ok, p).toFixed(1) : "—");
    return [kind, String(mine.length), String(ok.length), at(50), at(95), at(99)];
  });
  return formatTable(["call", "calls", "OK", "p50 ms", "p95 ms", "p99 ms"], rows);
}

/** Returns the answers counted by status and by phase of the restart. */
export function formatStatusTable(answers: LoadAnswer[], restart?: RestartTimes): string {
  const statuses = [...new Set(answers.map((a) => a.status))].sort();
  const rows = statuses.map((status) => {
    const mine = answers.filter((a) => a.status === status);
    const inPhase = (phase: string) =>
      String(mine.filter((a) => phaseOf(a.at, restart) === phase).length);
    return [status, inPhase("before"), inPhase("during"), inPhase("after"), String(mine.length)];
  });
  return formatTable(
    ["answer", "before restart", "during restart", "after restart", "total"],
    rows,
  );
}

/** Returns the memory table, MiB. */
export function formatRssTable(rows: RssRow[], settleSeconds: number): string {
  return formatTable(
    [
      "process",
      "cold start MiB",
      "start MiB",
      "peak MiB",
      "end MiB",
      `after ${settleSeconds} s MiB`,
    ],
    rows.map((r) => [
      r.process,
      formatMiB(r.coldStart),
      formatMiB(r.start),
      formatMiB(r.peak),
      formatMiB(r.end),
      formatMiB(r.settled),
    ]),
  );
}

/** Returns the goal lines, each ending in "met" or "missed". */
export function formatGoals(
  answers: LoadAnswer[],
  restart: RestartTimes | undefined,
  rss: RssRow[],
  settleSeconds: number,
): string[] {
  const wrong = answers.filter(
    (a) =>
      a.status !== ABORTED &&
      !ALWAYS_ALLOWED.has(a.status) &&
      !(a.status === "UNAVAILABLE" && phaseOf(a.at, restart) === "during"),
  );
  const counts = new Map<string, number>();
  for (const a of wrong) {
    const key = `${a.status} ${phaseOf(a.at, restart)} the restart`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const detail = [...counts].map(([key, n]) => `${n}× ${key}`).join(", ");
  const lines = [
    `goal: only OK and CANCELLED answers, and UNAVAILABLE only during the restart: ${
      wrong.length === 0 ? "met" : `missed (${detail})`
    }`,
  ];
  for (const r of rss) {
    const ratio = r.start && r.settled ? r.settled / r.start : undefined;
    const verdict = ratio !== undefined && ratio <= 1.2 ? "met" : "missed";
    const cold = r.coldStart && r.settled ? r.settled / r.coldStart : undefined;
    const change =
      (ratio === undefined ? "unknown" : `${((ratio - 1) * 100).toFixed(1)}%`) +
      (cold === undefined ? "" : `; ${((cold - 1) * 100).toFixed(1)}% against the cold start`);
    lines.push(
      `goal: ${r.process} RSS within 20% of its start ${settleSeconds} s after the load: ${verdict} (${change})`,
    );
  }
  return lines;
}

/** Returns the distinct messages of answers other than OK, by phase, most frequent first. */
export function formatMessageTable(
  answers: readonly LoadAnswer[],
  restart: RestartTimes | undefined,
  limit = 12,
): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    if (a.status === "OK" || a.status === ABORTED) continue;
    const message = (a.message ?? "").replace(/[^\x20-\x7e]+/g, " ").slice(0, 100);
    const key = `${phaseOf(a.at, restart)}\u0000${a.kind}\u0000${a.status}\u0000${message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([key, count]) => [...key.split("\u0000"), String(count)]);
  return formatTable(["phase", "call", "answer", "message", "count"], rows);
}
