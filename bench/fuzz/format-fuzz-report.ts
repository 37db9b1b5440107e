/** The printed form of a fuzz run: statuses seen, outcomes per case kind, memory, failures. */
import { formatTable } from "../print-table";
import { formatMiB } from "../rss-monitor";
import type { FuzzReport } from "./run-fuzz";

const byCountDown = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/** Returns the report as lines of text; the last line is exactly `N passed, N failed`. */
export function formatFuzzReport(report: FuzzReport): string {
  const statuses = [...report.outcomes].sort(byCountDown).map(([label, n]) => [label, String(n)]);
  const perCase = [...report.outcomesByCase]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, outcomes]) => [
      key,
      [...outcomes]
        .sort(byCountDown)
        .map(([label, n]) => `${label} ×${n}`)
        .join("; "),
    ]);
  const failures = report.failures.map((f) => [
    String(f.index),
    `${f.family}: ${f.name}`,
    f.outcome,
    f.reason.replace(/\|/g, "/"),
    f.bodyStart,
  ]);
  const lines = [
    `seed ${report.seed}: ${report.passed + report.failed} cases in ${report.seconds.toFixed(1)} s, ${report.restarts} restart(s) of the chain after failures (${report.restartSeconds.toFixed(1)} s)`,
    "",
    formatTable(["HTTP status / grpc-status", "count"], statuses),
    "",
    formatTable(["case", "answers"], perCase),
    "",
    formatTable(
      ["process", "peak RSS MiB"],
      [
        ["stand-in Serving", formatMiB(report.peakRss.serving)],
        ["gateway", formatMiB(report.peakRss.gateway)],
      ],
    ),
  ];
  if (failures.length > 0) {
    lines.push(
      "",
      `failures (replay one with: npm run fuzz -- --seed ${report.seed} --first N --cases 1)`,
      formatTable(["case #", "case", "its answer", "failure", "body starts"], failures),
    );
  }
  if (report.notRun > 0) {
    lines.push("", `stopped after ${report.failed} failures: ${report.notRun} case(s) not run`);
  }
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join("\n");
}
