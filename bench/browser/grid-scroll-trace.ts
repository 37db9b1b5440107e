/**
 * Records a Chromium trace and a CPU profile around one grid scroll and breaks the slow frames
 * down: what the page's main thread did in them (script by origin — React, the grid's code, cell
 * text, the virtualizer —, style, layout, paint, GC), what the compositor and raster threads did,
 * and whether the page was busy at all or the frame was late with the page idle.
 */
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { formatTable } from "../print-table";
import type { ScrollRun } from "./scroll-grid";
import type { Page } from "@playwright/test";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A frame that took over the limit: its interval on the trace clock (µs). */
interface SlowFrame {
  start: number;
  end: number;
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "toplevel",
  "v8",
  "disabled-by-default-v8.gc",
].join(",");
const ORIGIN_MARK = "grid-scroll-trace-origin";

/** Main-thread trace events by what they are; the first prefix that matches wins. */
const EVENT_KINDS: [string, string[]][] = [
  ["GC", ["MinorGC", "MajorGC", "V8.GC", "BlinkGC", "ThreadState::", "V8.GCScavenger"]],
  ["style recalc", ["UpdateLayoutTree", "RecalculateStyles", "ScheduleStyleRecalculation"]],
  ["layout", ["Layout", "UpdateLayerTree"]],
  ["pre-paint, paint, layerize", ["PrePaint", "Paint", "Layerize", "UpdateLayer", "Commit"]],
  ["hit test, scroll", ["HitTest", "ScrollLayer", "UpdateCounters", "ComputeIntersections"]],
];

/** Returns the bucket of a JavaScript sample by the original source file it ran in. */
function scriptBucket(source: string | null, functionName: string): string {
  if (functionName === "(garbage collector)") {
    return "GC";
  }
  if (functionName === "(program)") {
    return "browser (non-JS)";
  }
  if (source === null) {
    // No script file: a built-in function such as a DOM property setter called from script.
    return "script: DOM and built-ins (native)";
  }
  if (/node_modules\/(react-dom|scheduler|react)\//.test(source)) {
    return "script: React render/commit";
  }
  if (source.includes("@tanstack")) {
    return "script: virtualizer";
  }
  if (/format-element-text|array-cells|parse-element|cell-text/.test(source)) {
    return "script: cell text (format, parse)";
  }
  if (/features\/instances\/(matrix-|grid-)/.test(source)) {
    return "script: grid components";
  }
  if (source.includes("node_modules/")) {
    return `script: ${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? "library"}`;
  }
  return "script: other app code";
}

/**
 * Maps generated positions to original sources with the app's source maps (fetched from the
 * page's origin); positions without a map keep their file's name.
 */
class SourceLookup {
  private readonly maps = new Map<string, TraceMap | null>();

  async load(urls: Iterable<string>): Promise<void> {
    for (const url of urls) {
      if (this.maps.has(url) || !/^https?:.*\.js$/.test(url)) {
        continue;
      }
      try {
        const response = await fetch(`${url}.map`);
        this.maps.set(url, response.ok ? new TraceMap(await response.text()) : null);
      } catch {
        this.maps.set(url, null);
      }
    }
  }

  /** Returns the original `source:line name` of a frame, and the source alone. */
  locate(frame: ProfileNode["callFrame"]): { where: string; source: string | null } {
    const map = this.maps.get(frame.url);
    if (!map) {
      const where = `${frame.functionName || "(anon)"} ${basename(frame.url) || "(native)"}`;
      return { where, source: frame.url || null };
    }
    const at = originalPositionFor(map, {
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    const source = at.source?.replace(/^(\.\.\/)+/, "") ?? null;
    const file = source?.replace(/^.*node_modules\//, "") ?? basename(frame.url);
    return { where: `${at.name ?? frame.functionName ?? "(anon)"} ${file}:${at.line}`, source };
  }
}

/** Returns the X events of one thread with their self time (duration minus nested children). */
function selfTimes(events: TraceEvent[]): { event: TraceEvent; self: number }[] {
  const sorted = events
    .filter((e) => e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: { event: TraceEvent; self: number }[] = [];
  const stack: { event: TraceEvent; self: number }[] = [];
  for (const event of sorted) {
    while (stack.length > 0) {
      const top = stack.at(-1);
      if (top && top.event.ts + (top.event.dur ?? 0) <= event.ts) {
        stack.pop();
      } else {
        break;
      }
    }
    const parent = stack.at(-1);
    if (parent) {
      parent.self -= event.dur ?? 0;
    }
    const entry = { event, self: event.dur ?? 0 };
    out.push(entry);
    stack.push(entry);
  }
  return out;
}

function kindOf(name: string): string | undefined {
  for (const [kind, prefixes] of EVENT_KINDS) {
    if (prefixes.some((p) => name.startsWith(p))) {
      return kind;
    }
  }
  return undefined;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** How the trace's threads are named: pid:tid → name. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name) {
      names.set(`${e.pid}:${e.tid}`, e.args.name);
    }
  }
  return names;
}

/**
 * Runs `scroll` while tracing and profiling `page`, then prints the breakdown of the frames
 * longer than `slowMs`. Returns the scroll's own result.
 */
export async function traceScroll(
  page: Page,
  scroll: () => Promise<ScrollRun>,
  slowMs: number,
): Promise<ScrollRun> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  // The mark ties the page's clock (performance.now, in which the frame times are) to the trace's.
  const originMs = await page.evaluate((name) => performance.mark(name).startTime, ORIGIN_MARK);
  const run = await scroll();
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
  await cdp.send("Tracing.end");
  await done;
  // Saved whole, to open in DevTools' Performance panel.
  const file = join(tmpdir(), "grid-scroll-trace.json");
  await writeFile(file, JSON.stringify({ traceEvents: events }));
  console.log(`\ntrace written to ${file}`);
  await printBreakdown({ events, profile, run, originMs, slowMs });
  await cdp.detach();
  return run;
}

async function printBreakdown(recorded: {
  events: TraceEvent[];
  profile: CpuProfile;
  run: ScrollRun;
  originMs: number;
  slowMs: number;
}): Promise<void> {
  const { events, profile, run, originMs, slowMs } = recorded;
  const mark = events.find((e) => e.name === ORIGIN_MARK);
  if (!mark) {
    console.log("trace: the origin mark is missing from the trace; no breakdown");
    return;
  }
  const toTrace = (pageMs: number): number => mark.ts + (pageMs - originMs) * 1000;
  const slow: SlowFrame[] = [];
  run.frameMs.forEach((ms, i) => {
    const start = run.frameAt[i];
    const end = run.frameAt[i + 1];
    if (ms > slowMs && start !== undefined && end !== undefined) {
      slow.push({ start: toTrace(start), end: toTrace(end) });
    }
  });
  const inSlow = (ts: number): SlowFrame | undefined =>
    slow.find((f) => ts >= f.start && ts < f.end);

  const names = threadNames(events);
  const mainKey = `${mark.pid}:${mark.tid}`;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }

  // Main thread: self time by kind inside slow frames; script is split by the CPU profile below.
  const mainKinds = new Map<string, number>();
  const mainNames = new Map<string, number>();
  const busyPerFrame = new Map<SlowFrame, number>();
  const longestPerFrame = new Map<SlowFrame, number>();
  for (const { event, self } of selfTimes(byThread.get(mainKey) ?? [])) {
    const frame = inSlow(event.ts);
    if (!frame) {
      continue;
    }
    if (event.name === "RunTask" || event.name === "ThreadControllerImpl::RunTask") {
      busyPerFrame.set(frame, (busyPerFrame.get(frame) ?? 0) + (event.dur ?? 0));
      longestPerFrame.set(frame, Math.max(longestPerFrame.get(frame) ?? 0, event.dur ?? 0));
    }
    add(mainNames, event.name, self);
    add(mainKinds, kindOf(event.name) ?? "script and other", self);
  }

  // Script, by the original source of each sample taken inside a slow frame.
  const lookup = new SourceLookup();
  await lookup.load(new Set(profile.nodes.map((n) => n.callFrame.url)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const scriptBuckets = new Map<string, number>();
  const functions = new Map<string, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    const node = byId.get(id);
    if (!node || !inSlow(clock) || node.callFrame.functionName === "(idle)") {
      return;
    }
    const { where, source } = lookup.locate(node.callFrame);
    add(scriptBuckets, scriptBucket(source, node.callFrame.functionName), dt);
    add(functions, where, dt);
  });

  // Other threads of the page's renderer and the browser: busy time inside slow frames.
  const threads = new Map<string, number>();
  for (const [key, list] of byThread) {
    if (key === mainKey) {
      continue;
    }
    for (const e of list) {
      if (
        (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") &&
        e.ph === "X" &&
        inSlow(e.ts)
      ) {
        const pid = key.split(":")[0];
        const who = `${names.get(key) ?? "thread"}${pid === String(mark.pid) ? " (page)" : ""}`;
        add(threads, who, e.dur ?? 0);
      }
    }
  }

  const totalSlowMs = slow.reduce((s, f) => s + (f.end - f.start), 0) / 1000;
  const pct = (us: number): string =>
    totalSlowMs > 0 ? `${((us / 1000 / totalSlowMs) * 100).toFixed(1)}%` : "—";
  const rowsOf = (map: Map<string, number>, limit = 12): string[][] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([k, us]) => [k, (us / 1000).toFixed(1), pct(us)]);
  console.log(
    `\ntrace: ${slow.length} of ${run.frameMs.length} frames over ${slowMs} ms, ${totalSlowMs.toFixed(0)} ms in all`,
  );
  console.log(
    formatTable(
      ["main thread in slow frames, trace events (self time)", "ms", "of slow time"],
      [...rowsOf(mainKinds), ...rowsOf(mainNames, 12).map(([k, ...rest]) => [`  ${k}`, ...rest])],
    ),
  );
  console.log(
    formatTable(
      ["main thread in slow frames, CPU profile samples", "ms", "of slow time"],
      rowsOf(scriptBuckets),
    ),
  );
  console.log(
    formatTable(
      ["function in slow frames (self time)", "ms", "of slow time"],
      rowsOf(functions, 15),
    ),
  );
  console.log(
    formatTable(["other threads' tasks in slow frames", "ms", "of slow time"], rowsOf(threads, 10)),
  );

  // Was the page busy in each slow frame, or was the frame late with the page idle?
  const classes = new Map<string, number>();
  for (const frame of slow) {
    const busy = (busyPerFrame.get(frame) ?? 0) / 1000;
    const longest = (longestPerFrame.get(frame) ?? 0) / 1000;
    const kind =
      longest >= 50
        ? "a page task ≥ 50 ms (long task)"
        : busy >= 16.7
          ? "page tasks ≥ 16.7 ms in all, none ≥ 50 ms"
          : busy >= 8
            ? "page tasks 8–16.7 ms in all"
            : "page main thread under 8 ms busy (idle but late)";
    classes.set(kind, (classes.get(kind) ?? 0) + 1);
  }
  console.log(
    formatTable(
      ["slow frames by the page's main-thread work inside them", "frames"],
      [...classes.entries()].map(([k, n]) => [k, String(n)]),
    ),
  );
}
