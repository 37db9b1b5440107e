/**
 * The `memory {json}` lines of memory-probe.ts, kept as they arrive, and the table of the
 * gateway's memory by kind at the moments the load benchmark marks.
 */
import { formatTable } from "../print-table";
import { formatMiB } from "../rss-monitor";

/** One probe line: process.memoryUsage() plus the anonymous and file-backed parts of RSS, bytes. */
export interface MemorySample {
  at: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rssAnon?: number;
  rssFile?: number;
  /** Young-generation collections so far and their total time. */
  minor?: number;
  minorMs?: number;
  /** Full collections so far and their total time. */
  major?: number;
  majorMs?: number;
}

const PREFIX = "memory ";
/** The fields a probe line must carry as numbers. */
const NUMERIC = ["at", "rss", "heapTotal", "heapUsed", "external", "arrayBuffers"] as const;

/** Returns the sample on a probe line, or undefined for any other line. */
export function parseMemoryLine(line: string): MemorySample | undefined {
  if (!line.startsWith(PREFIX) || line.length > 1000) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(line.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  return NUMERIC.every((key) => typeof record[key] === "number")
    ? (record as unknown as MemorySample)
    : undefined;
}

/** Samples of one process, and the ones picked out at named moments. */
export class MemoryLog {
  /** The newest sample. */
  latest: MemorySample | undefined;
  /** The sample with the largest RSS. */
  peak: MemorySample | undefined;
  private readonly marks: { label: string; sample: MemorySample }[] = [];

  /** Feeds one stdout line of the probed process. */
  readonly onLine = (line: string): void => {
    const sample = parseMemoryLine(line);
    if (!sample) {
      return;
    }
    this.latest = sample;
    if (!this.peak || sample.rss > this.peak.rss) {
      this.peak = sample;
    }
  };

  /** Records the newest sample under `label` (nothing when no sample came yet). */
  mark(label: string): void {
    if (this.latest) {
      this.marks.push({ label, sample: this.latest });
    }
  }

  /** Forgets the peak so far (the warm-up is not part of the load). */
  resetPeak(): void {
    this.peak = this.latest;
  }

  /** Returns the marked samples plus the peak, one row each, MiB. */
  formatTable(): string {
    const rows = [...this.marks];
    if (this.peak) {
      rows.push({ label: "peak RSS (load)", sample: this.peak });
    }
    return formatTable(
      [
        "gateway at",
        "RSS",
        "anon",
        "file",
        "heap total",
        "heap used",
        "external",
        "arrayBuffers",
        "GCs young / full (ms)",
      ],
      rows.map(({ label, sample }) => [
        label,
        formatMiB(sample.rss),
        formatMiB(sample.rssAnon),
        formatMiB(sample.rssFile),
        formatMiB(sample.heapTotal),
        formatMiB(sample.heapUsed),
        formatMiB(sample.external),
        formatMiB(sample.arrayBuffers),
        sample.minor === undefined
          ? "—"
          : `${sample.minor} / ${sample.major ?? 0} (${Math.round(sample.minorMs ?? 0)} / ${Math.round(sample.majorMs ?? 0)})`,
      ]),
    );
  }
}
