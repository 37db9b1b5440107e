/**
 * Preloaded into a server under load (`node --import tsx --import ./bench/load/memory-probe.ts …`):
 * prints its own `process.memoryUsage()` as one `memory {json}` stdout line every
 * MEMORY_PROBE_MS (default 200) ms, so the benchmark can tell the JS heap from native memory
 * (Buffers, ArrayBuffers) and from what the allocator keeps. The program itself is unchanged.
 */
import { readFileSync } from "node:fs";
import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";

/** The prefix of a probe line. */
const PREFIX = "memory ";
const intervalMs = Number(process.env.MEMORY_PROBE_MS ?? "200");

/** Returns field `name` of /proc/self/status in bytes, or undefined off Linux. */
function statusField(status: string, name: string): number | undefined {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}

/** Collections so far: young (scavenges) and full, with the time they took. */
const collections = { minor: 0, minorMs: 0, major: 0, majorMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      collections.minor += 1;
      collections.minorMs += entry.duration;
    } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      collections.major += 1;
      collections.majorMs += entry.duration;
    }
  }
}).observe({ entryTypes: ["gc"] });

function report(): void {
  let status = "";
  try {
    status = readFileSync("/proc/self/status", "latin1");
  } catch {
    // Not Linux: memoryUsage alone.
  }
  const usage = process.memoryUsage();
  const line = {
    at: Date.now(),
    rss: usage.rss,
    heapTotal: usage.heapTotal,
    heapUsed: usage.heapUsed,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    rssAnon: statusField(status, "RssAnon"),
    rssFile: statusField(status, "RssFile"),
    ...collections,
  };
  process.stdout.write(`${PREFIX}${JSON.stringify(line)}\n`);
}

if (Number.isFinite(intervalMs) && intervalMs > 0) {
  setInterval(report, intervalMs).unref();
}
